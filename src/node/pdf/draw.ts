// Draws laid-out pages (src/core/layout) into a PDFKit document, exactly where the layout put them. Each run is
// drawn in its font; characters the font lacks go to the other embedded font or a system fallback, and a
// character whose glyph advance differs from the layout's measure is drawn on its own at its measured place,
// so nothing drifts. Characters no font has are collected for a warning.
//
// Text goes in as PDF text operators written here, one BT..ET block a page, with glyphs encoded by PDFKit's
// font objects (which record them for the subset and the ToUnicode map, so text extracts): PDFKit's text()
// saves, transforms and measures on every call, which made it most of the time of a 120-page script.
import type PDFDocument from 'pdfkit';
import type { Layout, LayoutLine, LayoutPage, LayoutRun, PrintProfile } from '../../core/model/layout';
import { FontSet, type MissingGlyph } from './fonts';

type Doc = InstanceType<typeof PDFDocument>;

const NOTE_GREY = 0.4;

interface Segment {
  text: string;
  font: string;
  x: number;
}

/** 2 decimals at most, no trailing zeros: what PDF numbers need. */
const num = (n: number): string => {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** Splits a run into segments of one font whose glyphs advance as the layout measured. */
function segments(run: LayoutRun, profile: PrintProfile, fonts: FontSet, missing: (cp: number) => void, preferred: string): Segment[] {
  // Courier Prime has every printable ASCII character at the layout's advance: one segment.
  if (run.script === 'latin' && ASCII_PRINTABLE.test(run.text)) return [{ text: run.text, font: preferred, x: run.x }];
  const step = run.script === 'cjk' ? profile.wideAdvance : profile.narrowAdvance;
  const out: Segment[] = [];
  let cur: Segment | null = null;
  let x = run.x;
  for (const ch of run.text) {
    const cp = ch.codePointAt(0) ?? 0;
    let font = fonts.pick(cp, preferred);
    if (font === null) {
      missing(cp);
      font = preferred;
    }
    const fits = Math.abs(fonts.advance(font, cp, profile.fontSize) - step) < 0.05;
    if (cur && cur.font === font && fits) {
      cur.text += ch;
    } else {
      cur = { text: ch, font, x };
      out.push(cur);
      if (!fits) cur = null;
    }
    x += step;
  }
  return out;
}

/** The text operators of one page, and what to draw after them (underlines). */
class PageText {
  private ops: string[] = ['q', `1 0 0 -1 0 ${num(0)} cm`, 'BT'];
  private lines: string[] = [];
  private font = '';
  private grey = 0;
  private mode = 0;

  constructor(
    private readonly doc: Doc,
    private readonly fonts: FontSet,
    private readonly height: number,
    private readonly size: number,
  ) {
    this.ops[1] = `1 0 0 -1 0 ${num(height)} cm`;
  }

  text(seg: Segment, y: number, grey: number, fauxBold: boolean): void {
    const f = this.fonts.pdfFont(seg.font);
    const fonts = this.doc.page.fonts as Record<string, unknown>;
    if (fonts[f.id] == null) fonts[f.id] = f.ref();
    if (f.id !== this.font) {
      this.ops.push(`/${f.id} ${num(this.size)} Tf`);
      this.font = f.id;
    }
    if (grey !== this.grey) {
      this.ops.push(`${grey} g ${grey} G`);
      this.grey = grey;
    }
    const mode = fauxBold ? 2 : 0;
    if (mode !== this.mode) {
      this.ops.push(mode ? '2 Tr 0.35 w' : '0 Tr');
      this.mode = mode;
    }
    this.ops.push(`1 0 0 1 ${num(seg.x)} ${num(this.height - y)} Tm <${this.fonts.glyphCodes(seg.font, seg.text)}> Tj`);
  }

  underline(x: number, y: number, width: number, grey: number): void {
    this.lines.push(`${grey} G 0.6 w ${num(x)} ${num(y + 1.8)} m ${num(x + width)} ${num(y + 1.8)} l S`);
  }

  flush(): void {
    this.ops.push('ET', 'Q', ...this.lines);
    this.doc.addContent(this.ops.join('\n'));
  }
}

function drawLine(page: PageText, line: LayoutLine, profile: PrintProfile, fonts: FontSet, missing: (cp: number) => void): void {
  for (const run of line.runs) {
    if (!run.text) continue;
    const bold = run.styles.includes('bold') || !!line.bold;
    const italic = run.styles.includes('italic');
    const grey = run.note ? NOTE_GREY : 0;
    const preferred = run.script === 'cjk' ? (fonts.cjk() ?? fonts.latin(bold, italic)) : fonts.latin(bold, italic);
    for (const seg of segments(run, profile, fonts, missing, preferred)) {
      page.text(seg, line.y, grey, bold && fonts.isCjk(seg.font));
    }
    if (run.styles.includes('underline')) page.underline(run.x, line.y, run.width, grey);
  }
}

export interface DrawOptions {
  /** Called after each page is drawn. */
  onPage?: (done: number, total: number) => void;
}

export interface DrawResult {
  missing: MissingGlyph[];
}

/** Adds the layout's pages to the document, with bookmarks (outline). */
export function drawLayout(doc: Doc, layout: Layout, fonts: FontSet, options: DrawOptions = {}): DrawResult {
  const { profile } = layout;
  const missing = new Map<number, Set<number>>();
  const total = layout.pages.length;
  layout.pages.forEach((page: LayoutPage, i) => {
    doc.addPage({ size: [profile.pageWidth, profile.pageHeight], margin: 0 });
    const text = new PageText(doc, fonts, profile.pageHeight, profile.fontSize);
    for (const line of page.lines) {
      const note = (cp: number) => {
        const lines = missing.get(cp) ?? new Set<number>();
        if (line.sourceLine !== null) lines.add(line.sourceLine);
        missing.set(cp, lines);
      };
      drawLine(text, line, profile, fonts, note);
    }
    text.flush();
    options.onPage?.(i + 1, total);
  });
  addOutline(doc, layout);
  return { missing: [...missing].map(([cp, lines]) => ({ char: String.fromCodePoint(cp), lines: [...lines].sort((a, b) => a - b) })) };
}

function addOutline(doc: Doc, layout: Layout): void {
  const { pageWidth } = layout.profile;
  type Item = { addItem(title: string, options?: Record<string, unknown>): Item };
  const add = (parent: Item, entry: Layout['outline'][number]) => {
    // PDFKit's destination: `left` is subtracted from the page width, `top` from the page height.
    const item = parent.addItem(entry.title, { pageNumber: entry.page, top: Math.max(0, entry.y - 12), left: pageWidth, expanded: false });
    for (const child of entry.children) add(item, child);
  };
  const root = (doc as unknown as { outline: Item }).outline;
  for (const entry of layout.outline) add(root, entry);
}
