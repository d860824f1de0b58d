// The report exports in a plain browser, standing in for the desktop app's (which writes with exceljs and
// PDFKit in the main process): the same tables (src/core/export/series-reports.ts, breakdown-report.ts,
// src/core/shots/table.ts), written in the page and offered as one download each. CSV is byte for byte what
// the desktop writes (the breakdown's six CSV files come as one zip); XLSX is a plain workbook of the same
// sheets (browser-reports-xlsx.ts); PDF is fixed-pitch text in the standard PDF fonts (browser-reports-pdf.ts).
// The result carries the bytes (base64) for tests.
import * as OpenCC from 'opencc-js/t2cn';
import type { ToSimplified } from '../../core/breakdown';
import { breakdownReport, sheetTable, type BreakdownReport } from '../../core/export/breakdown-report';
import { toCsv } from '../../core/export/csv';
import { breakdownOfTexts, shotTableOfTexts } from '../../core/export/series-reports';
import type { SeriesBreakdown } from '../../core/model/breakdown';
import { flatRows, type ShotTable } from '../../core/shots';
import type { BreakdownExportRequest, ReportExportResult, ReportsApi, ShotsExportRequest } from '../../shared/api-reports';
import { BREAKDOWN_CSV_NAMES } from '../../shared/api-reports';
import { reportPdf, type PdfTableSection } from './browser-reports-pdf';
import { xlsxWorkbook, zip, type XlsxSheet } from './browser-reports-xlsx';
import { base64, offerDownload } from './download';
import { PLAIN_REPORT, replacedChars } from './browser-warnings';


const MIME = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  zip: 'application/zip',
} as const;

type Mime = keyof typeof MIME;


/** Offers bytes as a file download (where there is a document to click a link in). */
const download = (name: string, bytes: Uint8Array, kind: Mime) => offerDownload(name, bytes, MIME[kind]);

const safe = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'report';
const utf8 = (text: string) => new TextEncoder().encode(text);

const CSV_OF: Record<BreakdownReport['tables'][number]['id'], string> = {
  scenes: BREAKDOWN_CSV_NAMES[0],
  cast: BREAKDOWN_CSV_NAMES[1],
  locations: BREAKDOWN_CSV_NAMES[2],
  sets: BREAKDOWN_CSV_NAMES[3],
  elements: BREAKDOWN_CSV_NAMES[4],
};

/** The breakdown's CSV files: name and text, as src/node/reports/csv.ts writes them. */
export function breakdownCsvFiles(report: BreakdownReport, breakdown: SeriesBreakdown): { name: string; text: string }[] {
  const files = report.tables.map((t) => ({ name: CSV_OF[t.id], text: toCsv(t.columns.map((c) => c.header), t.rows) }));
  const sheets = sheetTable(report.sheets, breakdown.episodes.flatMap((e) => e.scenes), report.language);
  files.push({ name: BREAKDOWN_CSV_NAMES[5], text: toCsv(sheets.columns.map((c) => c.header), sheets.rows) });
  return files;
}

/** The breakdown workbook: a worksheet per report, then the breakdown sheets (as src/node/reports/xlsx.ts). */
export function breakdownXlsx(report: BreakdownReport): Uint8Array {
  const sheets: XlsxSheet[] = report.tables.map((t) => ({
    name: t.title,
    widths: t.columns.map((c) => Math.max(8, Math.min(60, c.width * 1.6))),
    headerRow: true,
    rows: [
      { cells: t.columns.map((c) => c.headerLines.join('\n')), style: 'header' as const },
      ...t.rows.map((cells, i) => ({ cells, fill: t.rowFill?.[i] ?? null, swatch: t.swatch?.[i] ?? null })),
    ],
  }));
  sheets.push({
    name: report.sheetsTitle,
    widths: [22, 80],
    rows: report.sheets.flatMap((s) => [
      { cells: [s.title], style: 'header' as const },
      ...s.fields.map((f) => ({ cells: [f.label, f.value] })),
      ...s.groups.map((g) => ({ cells: [g.label, g.items.join('\n')], swatch: g.color })),
      { cells: [] },
    ]),
  });
  return xlsxWorkbook(sheets, report.title);
}

export function breakdownPdfBytes(report: BreakdownReport, fallbackTitle: string) {
  const tables: PdfTableSection[] = report.tables
    .filter((t) => t.rows.length > 0)
    .map((t) => ({ title: t.title, columns: t.columns.map((c) => ({ header: c.headerLines, width: c.width, align: c.align })), groups: [{ rows: t.rows }] }));
  const sheets = report.sheets.map((s) => ({
    title: s.title,
    lines: [...s.fields, ...s.groups.map((g) => ({ label: g.label, value: g.items.join(', ') }))],
  }));
  return reportPdf(report.title || fallbackTitle, report.language, tables, sheets);
}

export function shotsXlsx(table: ShotTable): Uint8Array {
  const rows = table.sections.flatMap((s) => s.groups.flatMap((g) => g.rows.map((cells, i) => ({ cells, fill: g.done[i] ? '#E8F5E9' : g.orphan ? '#FFF3E0' : null }))));
  return xlsxWorkbook(
    [{ name: table.title, widths: table.columns.map((c) => Math.max(6, Math.min(60, c.width * 1.8))), headerRow: true, rows: [{ cells: table.columns.map((c) => c.headerLines.join('\n')), style: 'header' }, ...rows] }],
    table.title,
  );
}

export function shotsPdfBytes(table: ShotTable, series: string | null) {
  const columns = table.columns.map((c) => ({ header: c.headerLines, width: c.width, align: c.align }));
  const sections = table.sections.map((s) => ({ title: s.title, columns, groups: s.groups.map((g) => ({ band: `${g.title}  ·  ${g.detail}`, rows: g.rows })) }));
  return reportPdf(series ? `${series}  ·  ${table.title}` : table.title, table.language, sections);
}

export function createBrowserReports(offer: (name: string, bytes: Uint8Array, kind: Mime) => void = download): ReportsApi {
  let converter: ToSimplified | null = null;
  const toSimplified = () => (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  const pdfWarnings = (replaced: number) => [PLAIN_REPORT, ...replacedChars(replaced)];
  const give = (name: string, bytes: Uint8Array, kind: Mime, extra: Omit<ReportExportResult, 'path' | 'base64'>): ReportExportResult => {
    offer(name, bytes, kind);
    return { path: name, base64: base64(bytes), ...extra };
  };

  return {
    async exportBreakdown(request: BreakdownExportRequest): Promise<ReportExportResult | null> {
      const breakdown = breakdownOfTexts(request.episodes, request.project, toSimplified());
      const report = breakdownReport(breakdown, request.language);
      const name = safe(request.suggestedName);
      if (request.format === 'csv') {
        const files = breakdownCsvFiles(report, breakdown);
        return give(`${name}.zip`, zip(files.map((f) => ({ name: f.name, data: utf8(f.text) }))), 'zip', { files: files.map((f) => f.name), warnings: [] });
      }
      if (request.format === 'xlsx') return give(`${name}.xlsx`, breakdownXlsx(report), 'xlsx', { files: [`${name}.xlsx`], warnings: [] });
      const pdf = breakdownPdfBytes(report, name);
      return give(`${name}.pdf`, pdf.bytes, 'pdf', { files: [`${name}.pdf`], pages: pdf.pages, warnings: pdfWarnings(pdf.replaced) });
    },

    async exportShots(request: ShotsExportRequest): Promise<ReportExportResult | null> {
      const { table, breakdown, orphans } = shotTableOfTexts(request.episodes, request.project, { language: request.language, grouping: request.grouping ?? 'episode', toSimplified: toSimplified() });
      if (table.shots === 0) throw new Error('There are no shots to export: suggest coverage or add shots first.');
      const file = `${safe(request.suggestedName)}.${request.format}`;
      const counts = { files: [file], shots: table.shots, orphans };
      if (request.format === 'csv') return give(file, utf8(toCsv(table.columns.map((c) => c.header), flatRows(table))), 'csv', { ...counts, warnings: [] });
      if (request.format === 'xlsx') return give(file, shotsXlsx(table), 'xlsx', { ...counts, warnings: [] });
      const pdf = shotsPdfBytes(table, breakdown.series.title);
      return give(file, pdf.bytes, 'pdf', { ...counts, pages: pdf.pages, warnings: pdfWarnings(pdf.replaced) });
    },
  };
}
