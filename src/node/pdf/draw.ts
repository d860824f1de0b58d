// Draws laid-out pages (src/core/layout) into a PDFKit document, exactly where the layout put them. Each run is
// drawn in its font; characters the font lacks go to the other embedded font or a system fallback, and a
// character whose glyph advance differs from the layout's measure is drawn on its own at its measured place,
// so nothing drifts. Characters no font has are collected for a warning.
import type PDFDocument from 'pdfkit';
import type { Layout, LayoutLine, LayoutPage, LayoutRun, PrintProfile } from '../../core/model/layout';
import { FontSet, type MissingGlyph } from './fonts';

type Doc = InstanceType<typeof PDFDocument>;

const INK = '#000000';
const NOTE_INK = '#666666';

interface Segment {
  text: string;
  font: string;
  x: number;
  width: number;
}

/** Splits a run into segments of one font whose glyphs advance as the layout measured. */
function segments(run: LayoutRun, profile: PrintProfile, fonts: FontSet, missing: (cp: number) => void, bold: boolean, italic: boolean): Segment[] {
  const step = run.script === 'cjk' ? profile.wideAdvance : profile.narrowAdvance;
  const preferred = run.script === 'cjk' ? (fonts.cjk() ?? fonts.latin(bold, italic)) : fonts.latin(bold, italic);
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
      cur.width += step;
    } else {
      cur = { text: ch, font, x, width: step };
      out.push(cur);
      if (!fits) cur = null;
    }
    x += step;
  }
  return out;
}

function drawLine(doc: Doc, line: LayoutLine, profile: PrintProfile, fonts: FontSet, missing: (cp: number) => void): void {
  for (const run of line.runs) {
    if (!run.text) continue;
    const bold = run.styles.includes('bold') || !!line.bold;
    const italic = run.styles.includes('italic');
    const underline = run.styles.includes('underline');
    const ink = run.note ? NOTE_INK : INK;
    for (const seg of segments(run, profile, fonts, missing, bold, italic)) {
      doc.font(seg.font).fontSize(profile.fontSize).fillColor(ink);
      const fauxBold = bold && fonts.isCjk(seg.font);
      if (fauxBold) doc.lineWidth(0.35).strokeColor(ink);
      doc.text(seg.text, seg.x, line.y, {
        lineBreak: false,
        baseline: 'alphabetic',
        textWidth: seg.width,
        ...(fauxBold ? { fill: true, stroke: true } : {}),
      } as PDFKit.Mixins.TextOptions);
    }
    // PDFKit's own underline sits a line height under the top, which is below the next line when y is the
    // baseline: draw it here, just under the baseline, across the run's measured width.
    if (underline) {
      doc.save().lineWidth(0.6).strokeColor(ink);
      doc.moveTo(run.x, line.y + 1.8).lineTo(run.x + run.width, line.y + 1.8).stroke();
      doc.restore();
    }
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
    for (const line of page.lines) {
      const note = (cp: number) => {
        const lines = missing.get(cp) ?? new Set<number>();
        if (line.sourceLine !== null) lines.add(line.sourceLine);
        missing.set(cp, lines);
      };
      drawLine(doc, line, profile, fonts, note);
    }
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
