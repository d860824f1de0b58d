// The breakdown reports as one XLSX workbook (exceljs): a worksheet per report with a bold, frozen header
// row and the report's row colours, and a worksheet of breakdown sheets, one block per scene with each
// category in its colour.
import ExcelJS from 'exceljs';
import type { BreakdownReport, BreakdownSheet, ReportTable } from '../../core/export/breakdown-report';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const fill = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBDBDBD' } },
  bottom: { style: 'thin', color: { argb: 'FFBDBDBD' } },
  left: { style: 'thin', color: { argb: 'FFBDBDBD' } },
  right: { style: 'thin', color: { argb: 'FFBDBDBD' } },
};

/** Worksheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

function addTable(book: ExcelJS.Workbook, table: ReportTable): void {
  const ws = book.addWorksheet(sheetName(`${table.title}`), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = table.columns.map((c) => ({ header: c.headerLines.join('\n'), key: c.key, width: Math.max(8, Math.min(60, c.width * 1.6)) }));
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = fill('#37474F');
    cell.border = thin;
  });
  header.height = 30;
  table.rows.forEach((row, i) => {
    const r = ws.addRow(row.map((v) => (v === null ? '' : v)));
    r.alignment = { vertical: 'top', wrapText: true };
    const rowFill = table.rowFill?.[i];
    r.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      cell.border = thin;
      const column = table.columns[colNumber - 1];
      if (column) cell.alignment = { vertical: 'top', wrapText: true, horizontal: column.align };
      if (rowFill) cell.fill = fill(rowFill);
    });
    const swatch = table.swatch?.[i];
    if (swatch) r.getCell(1).fill = fill(swatch);
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}

function addSheets(book: ExcelJS.Workbook, title: string, sheets: readonly BreakdownSheet[]): void {
  const ws = book.addWorksheet(sheetName(title));
  ws.columns = [{ width: 22 }, { width: 80 }];
  for (const sheet of sheets) {
    const head = ws.addRow([sheet.title]);
    ws.mergeCells(head.number, 1, head.number, 2);
    head.font = { bold: true, size: 13, color: { argb: 'FFFFFFFF' } };
    head.getCell(1).fill = fill('#37474F');
    for (const f of sheet.fields) {
      const r = ws.addRow([f.label, f.value]);
      r.getCell(1).font = { bold: true };
      r.eachCell((cell) => (cell.border = thin));
    }
    for (const g of sheet.groups) {
      const r = ws.addRow([g.label, g.items.join('\n')]);
      r.getCell(1).fill = fill(g.color);
      r.getCell(1).font = { bold: true, color: { argb: argb(g.ink) } };
      r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      r.eachCell((cell) => (cell.border = thin));
    }
    ws.addRow([]);
  }
}

/** The workbook's bytes. */
export async function xlsxReport(report: BreakdownReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Shotline';
  book.title = report.title;
  for (const table of report.tables) addTable(book, table);
  addSheets(book, report.sheetsTitle, report.sheets);
  return Buffer.from(await book.xlsx.writeBuffer());
}
