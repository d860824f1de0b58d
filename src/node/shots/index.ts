// Shot lists on disk: the file beside each script, a series with its shot lists, locking scene numbers in the
// scripts, and the CSV and XLSX exports (the PDF is in src/node/pdf/shots-pdf.ts).
export { readShotsFile, saveShotsFile, shotsPathFor, ShotsFileRefused } from './files';
export type { ShotsFileState } from './files';
export { loadShotsSeries, fillWithSuggestions, saveShotsSeries } from './series';
export type { ShotsDocument, ShotsSeries } from './series';
export { lockSeriesFiles } from './lock';
export type { LockedFile } from './lock';
