// Shot lists as files for the crew: CSV (UTF-8 with BOM, one row per shot) and XLSX (exceljs). The PDF is
// drawn in src/node/pdf/shots-pdf.ts. All three print the same table (src/core/shots/table.ts).
import ExcelJS from 'exceljs';
import { toCsv } from '../../core/export/csv';
import { flatRows, type ShotTable } from '../../core/shots';
import { writeBytesAtomic, writeScriptFileAtomic } from '../files';

/** The CSV text: the bilingual header, then one row per shot (orphans last, marked in the lines column). */
export function shotsCsv(table: ShotTable): string {
  return toCsv(table.columns.map((c) => c.header), flatRows(table));
}

export async function writeShotsCsv(path: string, table: ShotTable): Promise<void> {
  // toCsv starts the text with the byte-order mark; it is written as is.
  await writeScriptFileAtomic(path, shotsCsv(table), 'utf-8');
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
const rule = { style: 'thin' as const, color: { argb: 'FFBDBDBD' } };
const thin: Partial<ExcelJS.Borders> = { top: rule, bottom: rule, left: rule, right: rule };

/** The workbook: one worksheet with every shot (frozen two-line header, filters); shot rows green, orphans orange. */
export async function shotsXlsx(table: ShotTable): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Shotline';
  book.title = table.title;
  const ws = book.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  ws.columns = table.columns.map((c) => ({ header: c.headerLines.join('\n'), key: c.key, width: Math.max(6, Math.min(60, c.width * 1.8)) }));
  const header = ws.getRow(1);
  header.height = 30;
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = solid('#37474F');
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = thin;
  });
  // One row per shot and no title rows between them, so the crew can sort and filter; Ep, Scene, Location and Set say where.
  for (const group of table.sections.flatMap((s) => s.groups)) {
    group.rows.forEach((cells, i) => {
      const r = ws.addRow(cells.map((v) => (v === null ? '' : v)));
      r.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.border = thin;
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: table.columns[col - 1]?.align ?? 'left' };
        if (group.done[i]) cell.fill = solid('#E8F5E9');
        else if (group.orphan) cell.fill = solid('#FFF3E0');
      });
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function writeShotsXlsx(path: string, table: ShotTable): Promise<void> {
  await writeBytesAtomic(path, await shotsXlsx(table));
}
