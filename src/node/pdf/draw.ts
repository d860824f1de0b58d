// Draws laid-out pages (src/core/layout) into a PDFKit document, exactly where the layout put them. Each run is
// drawn in its font; characters the font lacks go to the other embedded font or a system fallback, and a
// character whose glyph advance differs from the layout's measure is drawn on its own at its measured place,
// so nothing drifts. Characters no font has are collected for a warning.
//
// Text goes in as PDF text operators written here, one BT..ET block a page, with glyphs encoded by PDFKit's
// font objects (which record them for the subset and the ToUnicode map, so text extracts): PDFKit's text()
// saves, transforms and measures on every call, which made it most of the time of a 120-page script.
import type PDFDocument from 'pdfkit';
import type { Layout, LayoutLine, LayoutRun, PrintProfile } from '../../core/model/layout';
import { ContentBytes } from './content';
import { FontSet, type MissingGlyph } from './fonts';

type Doc = InstanceType<typeof PDFDocument>;

const NOTE_GREY = 0.4;

/** 2 decimals at most, no trailing zeros: what PDF numbers need. */
const num = (n: number): string => {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** Which font draws a character of a run, and whether its glyph advances as the layout measured. */
interface Choice {
  font: string;
  fits: boolean;
  /** No font has it: drawn in the run's font (an empty box) and reported. */
  missing: boolean;
}

/**
 * The text operators of the page being drawn, written into the content bytes, and what to draw after them
 * (underlines). One per document, started again for each page.
 */
class PageText {
  private readonly lines: string[] = [];
  /** Font name of the last text drawn, and the PDF font id, grey and render mode set in the stream. */
  private name = '';
  private font = '';
  private grey = 0;
  private mode = 0;
  /** num() of the x and y positions met so far: a script uses few (its indents, its line positions). */
  private readonly numbers = new Map<number, string>();

  constructor(
    private readonly doc: Doc,
    private readonly fonts: FontSet,
    private readonly out: ContentBytes,
    private readonly height: number,
    private readonly size: number,
  ) {}

  private num(n: number): string {
    let s = this.numbers.get(n);
    if (s === undefined) this.numbers.set(n, (s = num(n)));
    return s;
  }

  /** Starts the page PDFKit just added. */
  start(): void {
    this.lines.length = 0;
    this.name = '';
    this.font = '';
    this.grey = 0;
    this.mode = 0;
    this.out.ascii(`q\n1 0 0 -1 0 ${num(this.height)} cm\nBT\n`);
  }

  /** text[from, to) in one font, its first character at x, on the baseline y. */
  text(name: string, text: string, from: number, to: number, x: number, y: number, grey: number, fauxBold: boolean): void {
    const out = this.out;
    if (name !== this.name) {
      const f = this.fonts.pdfFont(name);
      const fonts = this.doc.page.fonts as Record<string, unknown>;
      if (fonts[f.id] == null) fonts[f.id] = f.ref();
      if (f.id !== this.font) {
        out.ascii(`/${f.id} ${num(this.size)} Tf\n`);
        this.font = f.id;
      }
      this.name = name;
    }
    if (grey !== this.grey) {
      out.ascii(`${grey} g ${grey} G\n`);
      this.grey = grey;
    }
    const mode = fauxBold ? 2 : 0;
    if (mode !== this.mode) {
      out.ascii(mode ? '2 Tr 0.35 w\n' : '0 Tr\n');
      this.mode = mode;
    }
    out.ascii('1 0 0 1 ');
    out.ascii(this.num(x));
    out.ascii(' ');
    out.ascii(this.num(this.height - y));
    out.ascii(' Tm ');
    this.fonts.writeGlyphs(name, text, from, to, out);
    out.ascii(' Tj\n');
  }

  underline(x: number, y: number, width: number, grey: number): void {
    this.lines.push(`${grey} G 0.6 w ${num(x)} ${num(y + 1.8)} m ${num(x + width)} ${num(y + 1.8)} l S\n`);
  }

  /** Ends the page's text and hands its content to PDFKit. */
  flush(): void {
    const out = this.out;
    out.ascii('ET\nQ\n');
    for (let k = 0; k < this.lines.length; k++) out.ascii(this.lines[k]);
    this.doc.addContent(out.take());
  }
}

/** What draws the lines of a document: the page being written, fonts, and the characters no font has. */
interface Pen {
  page: PageText;
  profile: PrintProfile;
  fonts: FontSet;
  /** Choices per preferred font and advance (`font|step`), by code point. */
  choices: Map<string, Map<number, Choice>>;
  missing: (cp: number) => void;
}

function choose(pen: Pen, cp: number, preferred: string, step: number, cache: Map<number, Choice>): Choice {
  let choice = cache.get(cp);
  if (choice === undefined) {
    const { fonts, profile } = pen;
    const picked = fonts.pick(cp, preferred);
    const font = picked ?? preferred;
    choice = { font, fits: Math.abs(fonts.advance(font, cp, profile.fontSize) - step) < 0.05, missing: picked === null };
    cache.set(cp, choice);
  }
  return choice;
}

/**
 * A run that is not plain ASCII: split into stretches of one font whose glyphs advance as the layout measured;
 * a character whose advance differs is drawn on its own at its measured place, so nothing drifts.
 */
function drawMixedRun(pen: Pen, run: LayoutRun, preferred: string, y: number, grey: number, bold: boolean): void {
  const step = run.script === 'cjk' ? pen.profile.wideAdvance : pen.profile.narrowAdvance;
  const key = `${preferred}|${step}`;
  let cache = pen.choices.get(key);
  if (!cache) pen.choices.set(key, (cache = new Map()));
  const text = run.text;
  const draw = (font: string, from: number, to: number, x: number) => pen.page.text(font, text, from, to, x, y, grey, bold && pen.fonts.isCjk(font));
  // The open stretch: [start, i) in `font` from x0, still able to take more characters when `open`.
  let font = '';
  let start = -1;
  let x0 = 0;
  let open = false;
  let x = run.x;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const next = i + (cp > 0xffff ? 2 : 1);
    const c = choose(pen, cp, preferred, step, cache);
    if (c.missing) pen.missing(cp);
    if (!(open && c.font === font && c.fits)) {
      if (start >= 0) draw(font, start, i, x0);
      font = c.font;
      start = i;
      x0 = x;
      open = c.fits;
    }
    x += step;
    i = next;
  }
  if (start >= 0) draw(font, start, text.length, x0);
}

function drawLine(pen: Pen, line: LayoutLine): void {
  const { fonts } = pen;
  // Indexed loops: in code run once per page (not yet optimised), for...of allocates an iterator result per item.
  const runs = line.runs;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (!run.text) continue;
    let bold = !!line.bold;
    let italic = false;
    let underline = false;
    for (let k = 0; k < run.styles.length; k++) {
      const style = run.styles[k];
      if (style === 'bold') bold = true;
      else if (style === 'italic') italic = true;
      else if (style === 'underline') underline = true;
    }
    const grey = run.note ? NOTE_GREY : 0;
    const preferred = run.script === 'cjk' ? (fonts.cjk() ?? fonts.latin(bold, italic)) : fonts.latin(bold, italic);
    // Courier Prime has every printable ASCII character at the layout's advance: one stretch.
    if (run.script === 'latin' && ASCII_PRINTABLE.test(run.text)) pen.page.text(preferred, run.text, 0, run.text.length, run.x, line.y, grey, bold && fonts.isCjk(preferred));
    else drawMixedRun(pen, run, preferred, line.y, grey, bold);
    if (underline) pen.page.underline(run.x, line.y, run.width, grey);
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
  let sourceLine: number | null = null;
  const pen: Pen = {
    page: new PageText(doc, fonts, new ContentBytes(), profile.pageHeight, profile.fontSize),
    profile,
    fonts,
    choices: new Map(),
    missing: (cp) => {
      let lines = missing.get(cp);
      if (!lines) missing.set(cp, (lines = new Set<number>()));
      if (sourceLine !== null) lines.add(sourceLine);
    },
  };
  for (let i = 0; i < total; i++) {
    doc.addPage({ size: [profile.pageWidth, profile.pageHeight], margin: 0 });
    pen.page.start();
    const lines = layout.pages[i].lines;
    for (let k = 0; k < lines.length; k++) {
      sourceLine = lines[k].sourceLine;
      drawLine(pen, lines[k]);
    }
    pen.page.flush();
    options.onPage?.(i + 1, total);
  }
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
