// Report tables as a PDF written in the page, for the in-browser stand-in of the report exports: landscape A4
// pages of fixed-pitch text (Courier, and the CJK font PDF readers supply), laid out here as positioned runs
// and written by simplePdf, as browser-pdf.ts writes screenplay pages. No fonts embedded, no fills or rules
// but one under each header: the desktop app and the CLI draw the real report with PDFKit (src/node/pdf).
import { A4, simplePdf } from '../../core/layout';
import type { Layout, LayoutLine, LayoutPage, LayoutRun } from '../../core/model/layout';

export type PdfCell = string | number | null;

export interface PdfColumn {
  header: string[];
  /** Relative width. */
  width: number;
  align: 'left' | 'right' | 'center';
}

/** Rows under an optional band (a scene's heading and detail). */
export interface PdfGroup {
  band?: string;
  rows: PdfCell[][];
}

/** A table that starts on a new page, its title and column headers repeated on every page it takes. */
export interface PdfTableSection {
  title: string;
  columns: PdfColumn[];
  groups: PdfGroup[];
}

/** A page of label/value lines (a breakdown sheet). */
export interface PdfSheet {
  title: string;
  lines: { label: string; value: string }[];
}

const SIZE = 7.5;
const LINE = 9.5;
const MARGIN = 30;
const WIDTH = 841.89;
const HEIGHT = 595.28;
const NARROW = SIZE * 0.6;

/** Narrow (Latin-1, Courier) or wide (everything else, the CJK font's one em). */
const advance = (cp: number) => (cp < 0x100 ? NARROW : SIZE);

function widthOf(text: string): number {
  let w = 0;
  for (const ch of text) w += advance(ch.codePointAt(0) ?? 0);
  return w;
}

/** The runs of a text from `x`: Latin-1 in Courier, the rest in the CJK font. */
function runs(text: string, x: number): LayoutRun[] {
  const out: LayoutRun[] = [];
  let at = x;
  for (const ch of text) {
    const script = (ch.codePointAt(0) ?? 0) < 0x100 ? 'latin' : 'cjk';
    const last = out[out.length - 1];
    const w = advance(ch.codePointAt(0) ?? 0);
    if (last && last.script === script) {
      last.text += ch;
      last.width += w;
    } else out.push({ text: ch, x: at, width: w, styles: [], script });
    at += w;
  }
  return out;
}

const CLOSING = '，。、；：！？）」』》〉】〕…,.;:!?)';

/** Lines of at most `width` points: each paragraph wrapped, after a space where there is one. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let w = 0;
    for (const ch of paragraph) {
      const a = advance(ch.codePointAt(0) ?? 0);
      // Closing punctuation never starts a line: it hangs past the edge instead.
      if (w + a > width && line && !CLOSING.includes(ch)) {
        const space = line.lastIndexOf(' ');
        if (space > 0 && (ch.codePointAt(0) ?? 0) < 0x100 && ch !== ' ') {
          lines.push(line.slice(0, space));
          line = line.slice(space + 1);
        } else {
          lines.push(line);
          line = '';
        }
        w = widthOf(line);
        if (ch === ' ' && !line) continue;
      }
      line += ch;
      w += a;
    }
    lines.push(line);
  }
  return lines;
}

class Pages {
  pages: LayoutPage[] = [];
  private y = HEIGHT;
  private head: (() => void) | null = null;

  /** Starts a new page; `head` is drawn at the top of it and of every page that follows until the next start. */
  start(head: () => void): void {
    this.head = head;
    this.newPage();
  }
  private newPage(): void {
    this.pages.push({ kind: 'body', number: this.pages.length + 1, episode: null, lines: [] });
    this.y = MARGIN;
    const pageNumber = String(this.pages.length);
    this.put([{ text: pageNumber, x: WIDTH - MARGIN - widthOf(pageNumber), width: widthOf(pageNumber), styles: [], script: 'latin' }], MARGIN - 12);
    this.head?.();
  }
  private put(runs: LayoutRun[], y: number, bold = false): void {
    const line: LayoutLine = { kind: 'action', y, runs, sourceLine: null };
    if (bold) line.bold = true;
    this.pages[this.pages.length - 1].lines.push(line);
  }
  /** Room for `lines` more lines on this page, else a new page. */
  room(lines: number): void {
    if (this.y + lines * LINE > HEIGHT - MARGIN && this.pages.length > 0) this.newPage();
  }
  /** One line of runs; bold for headers and titles, a rule under it when asked. */
  line(parts: LayoutRun[], options: { bold?: boolean; rule?: boolean } = {}): void {
    this.y += LINE;
    const runsOut = options.bold ? parts.map((r) => ({ ...r, styles: ['bold' as const] })) : parts;
    this.put(runsOut, this.y, options.bold);
    // A rule: simplePdf underlines a run across its width, so one space as wide as the page draws it.
    if (options.rule) this.put([{ text: ' ', x: MARGIN, width: WIDTH - 2 * MARGIN, styles: ['underline'], script: 'latin' }], this.y + 1.5);
  }
  gap(): void {
    this.y += LINE / 2;
  }
}

function cellRuns(text: string, x: number, width: number, align: PdfColumn['align']): LayoutRun[] {
  const w = widthOf(text);
  const left = align === 'right' ? x + width - w : align === 'center' ? x + (width - w) / 2 : x;
  return runs(text, left);
}

/**
 * Column widths in points: in proportion to the columns' relative widths, but never narrower than the longest
 * word of their headers (at most 12 characters), so a header is not cut inside a word.
 */
export function columnWidths(columns: readonly PdfColumn[], room: number): number[] {
  const least = columns.map((c) => Math.min(NARROW * 12, Math.max(...c.header.flatMap((h) => h.split(' ').map(widthOf)))));
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (let pass = 0; pass <= columns.length; pass++) {
    const free = room - [...fixed].reduce((n, i) => n + least[i], 0);
    const share = columns.reduce((n, c, i) => n + (fixed.has(i) ? 0 : c.width), 0);
    widths = columns.map((c, i) => (fixed.has(i) ? least[i] : (c.width / share) * free));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < least[i]);
    if (short < 0) break;
    widths.forEach((w, i) => w < least[i] && fixed.add(i));
  }
  return widths;
}

function drawTable(pages: Pages, docTitle: string, table: PdfTableSection): void {
  const usable = WIDTH - 2 * MARGIN;
  const gap = NARROW * 1.5;
  const widths = columnWidths(table.columns, usable - gap * (table.columns.length - 1));
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((n, w) => n + w, 0) + gap * i);
  const row = (cells: PdfCell[], bold: boolean, rule = false) => {
    const wrapped = table.columns.map((_, i) => wrapText(cells[i] === null || cells[i] === undefined ? '' : String(cells[i]), widths[i]));
    const height = Math.max(1, ...wrapped.map((l) => l.length));
    if (!bold) pages.room(height);
    for (let k = 0; k < height; k++) {
      pages.line(
        wrapped.flatMap((lines, i) => (lines[k] ? cellRuns(lines[k], xs[i], widths[i], table.columns[i].align) : [])),
        { bold, rule: rule && k === height - 1 },
      );
    }
  };
  const headerLines = Math.max(...table.columns.map((c) => c.header.length));
  pages.start(() => {
    pages.line(runs(`${docTitle}  ·  ${table.title}`, MARGIN), { bold: true });
    pages.gap();
    for (let k = 0; k < headerLines; k++) row(table.columns.map((c) => c.header[k] ?? ''), true, k === headerLines - 1);
    pages.gap();
  });
  for (const group of table.groups) {
    if (group.band !== undefined) {
      pages.room(2);
      pages.gap();
      for (const text of wrapText(group.band, usable)) pages.line(runs(text, MARGIN), { bold: true });
    }
    for (const cells of group.rows) row(cells, false);
  }
}

function drawSheet(pages: Pages, docTitle: string, sheet: PdfSheet): void {
  const labelWidth = NARROW * 28;
  const valueWidth = WIDTH - 2 * MARGIN - labelWidth;
  pages.start(() => {
    pages.line(runs(`${docTitle}  ·  ${sheet.title}`, MARGIN), { bold: true, rule: true });
    pages.gap();
  });
  for (const { label, value } of sheet.lines) {
    const lines = wrapText(value, valueWidth);
    pages.room(lines.length);
    lines.forEach((text, k) => pages.line([...(k === 0 ? runs(label, MARGIN) : []), ...runs(text, MARGIN + labelWidth)]));
  }
}

export interface ReportPdf {
  bytes: Uint8Array;
  pages: number;
  /** Characters the standard fonts cannot show (printed as "?"). */
  replaced: number;
}

/** The tables (each from a new page), then the sheets (one a page), as a PDF. */
export function reportPdf(title: string, language: 'en' | 'zh-Hans' | 'zh-Hant', tables: readonly PdfTableSection[], sheets: readonly PdfSheet[] = []): ReportPdf {
  const pages = new Pages();
  for (const table of tables) drawTable(pages, title, table);
  for (const sheet of sheets) drawSheet(pages, title, sheet);
  if (pages.pages.length === 0) pages.start(() => pages.line(runs(title, MARGIN), { bold: true }));
  const layout: Layout = {
    profile: { ...A4, id: 'report-a4-landscape', pageWidth: WIDTH, pageHeight: HEIGHT, fontSize: SIZE, lineHeight: LINE },
    pages: pages.pages,
    outline: [],
    warnings: [],
    meta: { title, author: '', language: language === 'en' ? 'en' : language === 'zh-Hant' ? 'zh-TW' : 'zh-CN' },
  };
  const pdf = simplePdf(layout);
  return { bytes: pdf.bytes, pages: pages.pages.length, replaced: pdf.replaced };
}
