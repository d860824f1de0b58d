// Drawing a table of text into a PDFKit document: columns sized by weight to the page width, cells wrapped,
// a dark header row repeated on every page, optional row fills and a colour swatch in the first cell.
// Generic (nothing about breakdowns here): report writers (breakdown, later shot lists) pass rows of text.
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export interface TableColumn {
  header: string;
  /** Relative width. */
  width: number;
  align: 'left' | 'right' | 'center';
}

export interface TableStyle {
  /** The font every cell is drawn in (one that has Latin and Han glyphs). */
  font: string;
  fontSize: number;
  headerFill: string;
  headerInk: string;
  ink: string;
  rule: string;
  padding: number;
}

export const TABLE_STYLE: TableStyle = { font: 'Helvetica', fontSize: 7.5, headerFill: '#37474F', headerInk: '#FFFFFF', ink: '#212121', rule: '#BDBDBD', padding: 3 };

export interface TableInput {
  columns: TableColumn[];
  rows: (string | number | null)[][];
  rowFill?: (string | null)[];
  swatch?: (string | null)[];
}

export interface Box {
  left: number;
  top: number;
  width: number;
  bottom: number;
}

const text = (v: string | number | null) => (v === null ? '' : String(v));

/**
 * Draws the table from `y` down, adding pages (through `newPage`, which returns the top of the new page's
 * content area) as needed. Returns the y below the table.
 */
export function drawTable(doc: Doc, table: TableInput, box: Box, y: number, newPage: () => number, style: TableStyle = TABLE_STYLE): number {
  const pad = style.padding;
  doc.font(style.font).fontSize(style.fontSize);
  const widths = columnWidths(doc, table.columns, box.width, pad);
  const heightOf = (cells: string[]) =>
    Math.max(...cells.map((cell, i) => (cell ? doc.heightOfString(cell, { width: widths[i] - 2 * pad, lineGap: 0.5 }) : style.fontSize))) + 2 * pad;

  const drawRow = (cells: string[], top: number, h: number, fill: string | null, ink: string, swatch: string | null) => {
    let x = box.left;
    if (fill) doc.rect(box.left, top, box.width, h).fill(fill);
    cells.forEach((cell, i) => {
      const first = i === 0 && swatch;
      if (first) doc.rect(x, top, widths[i], h).fill(swatch);
      if (cell) {
        doc.fillColor(first ? inkOn(swatch) : ink).font(style.font).fontSize(style.fontSize);
        doc.text(cell, x + pad, top + pad, { width: widths[i] - 2 * pad, align: table.columns[i].align, lineGap: 0.5 });
      }
      x += widths[i];
    });
    doc.lineWidth(0.4).strokeColor(style.rule).moveTo(box.left, top + h).lineTo(box.left + box.width, top + h).stroke();
  };

  const headers = table.columns.map((c) => c.header);
  const headerHeight = heightOf(headers);
  const header = (top: number) => {
    drawRow(headers, top, headerHeight, style.headerFill, style.headerInk, null);
    return top + headerHeight;
  };

  y = header(y);
  table.rows.forEach((row, r) => {
    const cells = row.map(text);
    const h = heightOf(cells);
    if (y + h > box.bottom) y = header(newPage());
    drawRow(cells, y, h, table.rowFill?.[r] ?? null, style.ink, table.swatch?.[r] ?? null);
    y += h;
  });
  return y;
}

/**
 * Column widths: each at least as wide as the longest line of its header, the rest of the width shared by
 * the columns' weights.
 */
function columnWidths(doc: Doc, columns: readonly TableColumn[], width: number, pad: number): number[] {
  const min = columns.map((c) => Math.max(...c.header.split('\n').map((l) => doc.widthOfString(l))) + 2 * pad + 4);
  let widths = columns.map(() => 0);
  let fixed = new Set<number>();
  // Give every column its share; columns whose share is below their minimum get the minimum, and the others
  // share what is left, until no column is below its minimum.
  for (let round = 0; round < columns.length; round++) {
    const free = columns.map((_, i) => i).filter((i) => !fixed.has(i));
    const left = width - [...fixed].reduce((s, i) => s + min[i], 0);
    const weight = free.reduce((s, i) => s + columns[i].width, 0);
    widths = columns.map((c, i) => (fixed.has(i) ? min[i] : (c.width / weight) * left));
    const under = free.filter((i) => widths[i] < min[i]);
    if (under.length === 0) break;
    fixed = new Set([...fixed, ...under]);
  }
  return widths;
}

/** Black or white, whichever reads better on a fill. */
export function inkOn(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#000000' : '#FFFFFF';
}
