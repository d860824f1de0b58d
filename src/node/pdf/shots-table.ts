// Drawing the shot-list table into a PDFKit document: a two-line bilingual header repeated on every page, a
// band per scene (heading, set, length) kept with its first shot, shot rows with wrapped text, shots already
// shot shaded. Short columns (numbers, codes) are as wide as their longest value; the text columns share the
// rest of the page by weight.
import type PDFDocument from 'pdfkit';
import type { ShotCell, ShotColumn, ShotSection } from '../../core/shots';

type Doc = InstanceType<typeof PDFDocument>;

/** Columns printed in the PDF (episode, scene and set are in the page title and the scene bands). */
export const PDF_COLUMNS = ['shot', 'size', 'angle', 'movement', 'lens', 'camera', 'setup', 'cast', 'description', 'lines', 'seconds', 'status', 'notes'];
const WRAPPED: Record<string, number> = { cast: 14, description: 36, notes: 10 };

export interface ShotsTableStyle {
  font: string;
  size: number;
  pad: number;
}

export interface Frame {
  left: number;
  width: number;
  bottom: number;
  /** Starts a new page and returns the top of its content area. */
  newPage: () => number;
}

const INK = '#212121';
const HEADER_FILL = '#37474F';
const BAND_FILL = '#ECEFF1';
const ORPHAN_FILL = '#FFE0B2';
const DONE_FILL = '#E8F5E9';
const RULE = '#CFD8DC';

const cellText = (v: ShotCell) => (v === null ? '' : String(v));

export interface PreparedTable {
  columns: { index: number; column: ShotColumn; width: number; wrap: boolean }[];
}

/** Column widths for every section of the table at once, so columns line up from page to page. */
export function prepareColumns(doc: Doc, columns: readonly ShotColumn[], sections: readonly ShotSection[], width: number, style: ShotsTableStyle): PreparedTable {
  doc.font(style.font).fontSize(style.size);
  const picked = PDF_COLUMNS.map((key) => ({ index: columns.findIndex((c) => c.key === key), key })).filter((c) => c.index >= 0);
  const rows = sections.flatMap((s) => s.groups.flatMap((g) => g.rows));
  const natural = picked.map(({ index, key }) => {
    const header = Math.max(...columns[index].headerLines.map((l) => doc.widthOfString(l)));
    if (key in WRAPPED) return header;
    return Math.max(header, ...rows.map((r) => doc.widthOfString(cellText(r[index]))));
  });
  const fixed = picked.reduce((sum, c, i) => sum + (c.key in WRAPPED ? 0 : natural[i] + 2 * style.pad + 1), 0);
  const free = width - fixed;
  const weight = picked.reduce((sum, c) => sum + (WRAPPED[c.key] ?? 0), 0);
  return {
    columns: picked.map((c, i) => {
      const wrap = c.key in WRAPPED;
      const w = wrap ? Math.max(natural[i] + 2 * style.pad + 1, (free * WRAPPED[c.key]) / weight) : natural[i] + 2 * style.pad + 1;
      return { index: c.index, column: columns[c.index], width: w, wrap };
    }),
  };
}

function header(doc: Doc, table: PreparedTable, frame: Frame, y: number, style: ShotsTableStyle): number {
  const h = 2 * style.size + 2 * style.pad + 3;
  doc.rect(frame.left, y, frame.width, h).fill(HEADER_FILL);
  let x = frame.left;
  for (const c of table.columns) {
    const opts = { width: c.width - 2 * style.pad, align: c.column.align, lineBreak: false } as const;
    doc.font(style.font).fontSize(style.size).fillColor('#FFFFFF').text(c.column.headerLines[0], x + style.pad, y + style.pad, opts);
    doc.fillColor('#B0BEC5').text(c.column.headerLines[1], x + style.pad, y + style.pad + style.size + 2, opts);
    x += c.width;
  }
  return y + h;
}

function rowHeight(doc: Doc, table: PreparedTable, cells: readonly ShotCell[], style: ShotsTableStyle): number {
  let h = style.size;
  for (const c of table.columns) {
    const text = cellText(cells[c.index]);
    if (text && c.wrap) h = Math.max(h, doc.heightOfString(text, { width: c.width - 2 * style.pad, lineGap: 0.5 }));
  }
  return h + 2 * style.pad;
}

/** Draws one section (its scene bands and shots) from `y`, adding pages as needed; returns the y below it. */
export function drawSection(doc: Doc, table: PreparedTable, section: ShotSection, frame: Frame, top: number, style: ShotsTableStyle): number {
  let y = header(doc, table, frame, top, style);
  const page = () => {
    y = header(doc, table, frame, frame.newPage(), style);
  };
  const band = 2 * style.pad + style.size + 4;
  for (const group of section.groups) {
    doc.font(style.font).fontSize(style.size);
    const first = group.rows.length ? rowHeight(doc, table, group.rows[0], style) : 0;
    if (y + band + first > frame.bottom) page();
    doc.rect(frame.left, y, frame.width, band).fill(group.orphan ? ORPHAN_FILL : BAND_FILL);
    doc.fillColor(INK).fontSize(style.size + 1).text(group.title, frame.left + style.pad, y + style.pad + 1, { width: frame.width * 0.6, lineBreak: false, ellipsis: true });
    doc.fillColor('#546E7A').fontSize(style.size).text(group.detail, frame.left + frame.width * 0.45, y + style.pad + 2, { width: frame.width * 0.55 - style.pad, align: 'right', lineBreak: false, ellipsis: true });
    y += band;
    group.rows.forEach((cells, r) => {
      doc.font(style.font).fontSize(style.size);
      const h = rowHeight(doc, table, cells, style);
      if (y + h > frame.bottom) page();
      if (group.done[r]) doc.rect(frame.left, y, frame.width, h).fill(DONE_FILL);
      let x = frame.left;
      for (const c of table.columns) {
        const text = cellText(cells[c.index]);
        if (text) {
          doc.fillColor(INK).font(style.font).fontSize(style.size);
          doc.text(text, x + style.pad, y + style.pad, { width: c.width - 2 * style.pad, align: c.column.align, lineGap: 0.5, lineBreak: c.wrap });
        }
        x += c.width;
      }
      doc.lineWidth(0.4).strokeColor(RULE).moveTo(frame.left, y + h).lineTo(frame.left + frame.width, y + h).stroke();
      y += h;
    });
  }
  return y;
}
