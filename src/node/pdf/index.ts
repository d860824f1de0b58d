// PDF output (the only place that imports pdfkit): fonts, drawing laid-out pages, screenplay export.
export { FontSet, fontFiles, defaultFontsDir, SYSTEM_FALLBACKS, describeMissing } from './fonts';
export type { FontFiles, FontDocument, SystemFont, MissingGlyph, LatinFace } from './fonts';
export { drawLayout } from './draw';
export { renderPdf } from './screenplay';
export type { PdfResult, RenderOptions } from './screenplay';
export { exportPdf, exportEpisodePdfs, layoutFor, episodesOf, pickEpisode } from './export';
export type { ScreenplaySource, ExportOptions, ExportProgress, Episode } from './export';
