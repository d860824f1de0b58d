// Breakdown reports written to disk: CSV files, an XLSX workbook, a PDF (drawn in src/node/pdf).
import { breakdownReport, type ReportLanguage } from '../../core/export/breakdown-report';
import type { SeriesBreakdown } from '../../core/model/breakdown';
import type { ExportWarning } from '../../core/model/warning';
import { breakdownPdf } from '../pdf/breakdown-pdf';
import { writeBytesAtomic } from '../files/write';
import { writeCsvReports } from './csv';
import { xlsxReport } from './xlsx';

export { writeCsvReports, CSV_FILES } from './csv';
export { xlsxReport, sheetName } from './xlsx';

export async function writeXlsxReport(path: string, breakdown: SeriesBreakdown, language?: ReportLanguage): Promise<void> {
  await writeBytesAtomic(path, await xlsxReport(breakdownReport(breakdown, language)));
}

/** Writes the PDF report; resolves to its warnings (a missing font ...). */
export async function writePdfReport(path: string, breakdown: SeriesBreakdown, language?: ReportLanguage): Promise<{ pages: number; warnings: ExportWarning[] }> {
  const result = await breakdownPdf(breakdownReport(breakdown, language));
  await writeBytesAtomic(path, result.bytes);
  return { pages: result.pages, warnings: result.warnings };
}

export async function writeCsv(dir: string, breakdown: SeriesBreakdown, language?: ReportLanguage): Promise<string[]> {
  return writeCsvReports(dir, breakdownReport(breakdown, language), breakdown);
}
