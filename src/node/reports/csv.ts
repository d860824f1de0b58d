// The breakdown reports as CSV files in a folder: one file per report, UTF-8 with a byte-order mark.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { toCsv } from '../../core/export/csv';
import { sheetTable, type BreakdownReport } from '../../core/export/breakdown-report';
import type { SeriesBreakdown } from '../../core/model/breakdown';
import { writeScriptFileAtomic } from '../files';

export const CSV_FILES = {
  scenes: 'scene-list.csv',
  cast: 'cast.csv',
  locations: 'locations.csv',
  sets: 'sets.csv',
  elements: 'elements.csv',
  sheets: 'breakdown-sheets.csv',
} as const;

/** Writes every report into `dir` (created when missing); resolves to the files written. */
export async function writeCsvReports(dir: string, report: BreakdownReport, breakdown: SeriesBreakdown): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  const write = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeScriptFileAtomic(path, text, 'utf-8');
    written.push(path);
  };
  for (const table of report.tables) {
    await write(CSV_FILES[table.id], toCsv(table.columns.map((c) => c.header), table.rows));
  }
  const sheets = sheetTable(report.sheets, breakdown.episodes.flatMap((e) => e.scenes), report.language);
  await write(CSV_FILES.sheets, toCsv(sheets.columns.map((c) => c.header), sheets.rows));
  return written;
}
