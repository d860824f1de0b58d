// The breakdown reports as one PDF: the scene list (顺场表), cast, locations, sets and elements on landscape
// A4 pages, then one breakdown sheet per scene on portrait A4, colour-coded by category. Every text is drawn
// in Noto Sans SC (Latin and Han glyphs, embedded as a subset; see fonts.ts), or in the system fallbacks
// when it is missing.
import type { BreakdownReport, BreakdownSheet } from '../../core/export/breakdown-report';
import { drawTable, inkOn, TABLE_STYLE, type Box } from './breakdown-table';
import type { FontFiles, SystemFont } from './fonts';
import { A4, openReportDoc, type Doc } from './report-doc';
import type { ExportWarning } from '../../core/model/warning';
const MARGIN = 36;

export interface BreakdownPdfOptions {
  files?: FontFiles;
  fallbacks?: readonly SystemFont[];
  /** A line under the title on every page (series, date ...). */
  subtitle?: string;
}

export interface BreakdownPdfResult {
  bytes: Buffer;
  pages: number;
  warnings: ExportWarning[];
}

export async function breakdownPdf(report: BreakdownReport, options: BreakdownPdfOptions = {}): Promise<BreakdownPdfResult> {
  const { doc, font, warnings, finish } = openReportDoc({
    language: report.language,
    title: `${report.title} — breakdown`,
    what: 'reports are',
    files: options.files,
    fallbacks: options.fallbacks,
  });
  const style = { ...TABLE_STYLE, font };
  let pages = 0;

  const page = (layout: 'landscape' | 'portrait', title: string): number => {
    doc.addPage({ size: A4, layout, margin: 0 });
    pages++;
    const width = doc.page.width;
    doc.rect(0, 0, width, 28).fill('#263238');
    doc.fillColor('#FFFFFF').font(font).fontSize(11).text(`${report.title}  ·  ${title}`, MARGIN, 8, { width: width - 2 * MARGIN - 60, lineBreak: false, ellipsis: true });
    doc.fontSize(8).text(String(pages), width - MARGIN - 60, 10, { width: 60, align: 'right', lineBreak: false });
    if (options.subtitle) doc.fillColor('#616161').fontSize(7).text(options.subtitle, MARGIN, 32, { width: width - 2 * MARGIN, lineBreak: false });
    return 46;
  };

  for (const table of report.tables) {
    if (table.rows.length === 0) continue;
    const top = page('landscape', table.title);
    const box: Box = { left: MARGIN, top, width: doc.page.width - 2 * MARGIN, bottom: doc.page.height - MARGIN };
    const columns = table.columns.map((c) => ({ ...c, header: c.headerLines.join('\n') }));
    drawTable(doc, { ...table, columns }, box, top, () => page('landscape', table.title), style);
  }
  for (const sheet of report.sheets) drawSheet(doc, sheet, font, () => page('portrait', sheet.title));

  return { bytes: await finish(), pages, warnings };
}

/** One breakdown sheet: the scene's fields, then a coloured box per category, two columns. */
function drawSheet(doc: Doc, sheet: BreakdownSheet, font: string, newPage: () => number): void {
  let y = newPage();
  const width = doc.page.width - 2 * MARGIN;
  doc.font(font).fillColor('#212121');
  // Fields: label on the left, value on the right, one row each.
  const labelWidth = 130;
  for (const field of sheet.fields) {
    const h = Math.max(16, doc.fontSize(9).heightOfString(field.value, { width: width - labelWidth - 8 }) + 6);
    doc.rect(MARGIN, y, labelWidth, h).fill('#ECEFF1');
    doc.fillColor('#455A64').fontSize(8).text(field.label, MARGIN + 4, y + 4, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
    doc.fillColor('#212121').fontSize(9).text(field.value, MARGIN + labelWidth + 6, y + 3, { width: width - labelWidth - 8 });
    doc.lineWidth(0.4).strokeColor('#CFD8DC').rect(MARGIN, y, width, h).stroke();
    y += h;
  }
  y += 12;
  const gap = 10;
  const boxWidth = (width - gap) / 2;
  const column = [y, y];
  for (const group of sheet.groups) {
    const body = group.items.map((i) => `• ${i}`).join('\n');
    const bodyHeight = doc.fontSize(9).heightOfString(body, { width: boxWidth - 12 }) + 10;
    const c = column[0] <= column[1] ? 0 : 1;
    let top = column[c];
    if (top + 20 + bodyHeight > doc.page.height - MARGIN) {
      top = newPage();
      column[0] = column[1] = top;
    }
    const x = MARGIN + c * (boxWidth + gap);
    doc.rect(x, top, boxWidth, 18).fill(group.color);
    doc.fillColor(inkOn(group.color)).fontSize(9).text(group.label, x + 6, top + 4, { width: boxWidth - 12, lineBreak: false, ellipsis: true });
    doc.rect(x, top + 18, boxWidth, bodyHeight).fill('#FAFAFA');
    doc.lineWidth(1).strokeColor(group.color).rect(x, top, boxWidth, 18 + bodyHeight).stroke();
    doc.fillColor('#212121').fontSize(9).text(body, x + 6, top + 23, { width: boxWidth - 12 });
    column[c] = top + 18 + bodyHeight + gap;
  }
}
