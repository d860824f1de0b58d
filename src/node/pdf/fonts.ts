// Fonts for every PDF Shotline writes (screenplays, breakdown and shot-list reports): where the files are,
// registering them in a PDFKit document, and which font can draw a character.
//
// - Courier Prime (regular, bold, italic, bold italic; SIL OFL 1.1) ships in resources/fonts/courier-prime.
// - Noto Sans SC Regular (SIL OFL 1.1, Simplified and Traditional Han, kana, Latin, Cyrillic) is read from the
//   npm package @expo-google-fonts/noto-sans-sc (10.5 MB: not copied into the repository), or from
//   resources/fonts/noto-sans-sc/ when a packager puts it there. PDFKit embeds only the glyphs used (subset).
// - Fallbacks for characters neither font has (rare Han characters, symbols, emoji): system fonts when
//   present, by PostScript name inside collections (Debian's Noto Sans CJK, DejaVu Sans; PingFang and
//   Microsoft YaHei/JhengHei elsewhere). A character no font has is reported, never dropped silently.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentBytes } from './content';
import { codePointLabel, type ExportWarning } from '../../core/model/warning';

/** The PDFKit document, as far as font handling needs it (keeps the import of pdfkit in the writers). */
export interface FontDocument {
  registerFont(name: string, src: string, family?: string): unknown;
  font(name: string): unknown;
}

export type LatinFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface FontFiles {
  latin: Record<LatinFace, string>;
  /** The CJK font, or null when it cannot be found (Chinese text then falls back or is reported). */
  cjk: string | null;
}

/** A system font tried when the embedded fonts lack a character. */
export interface SystemFont {
  path: string;
  /** PostScript name of the face inside a collection (.ttc). */
  postscript?: string;
  /** Used first for Taiwan pages: Traditional glyph shapes and centred punctuation. */
  traditional?: boolean;
}

export const SYSTEM_FALLBACKS: readonly SystemFont[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscript: 'NotoSansCJKtc-Regular', traditional: true },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscript: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', postscript: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', postscript: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
  { path: '/System/Library/Fonts/PingFang.ttc', postscript: 'PingFangSC-Regular' },
  { path: 'C:\\Windows\\Fonts\\msyh.ttc', postscript: 'MicrosoftYaHei' },
  { path: 'C:\\Windows\\Fonts\\msjh.ttc', postscript: 'MicrosoftJhengHeiRegular', traditional: true },
];

const LATIN_NAMES: Record<LatinFace, string> = { regular: 'courier-regular', bold: 'courier-bold', italic: 'courier-italic', boldItalic: 'courier-boldItalic' };
const COURIER = { regular: 'CourierPrime_400Regular.ttf', bold: 'CourierPrime_700Bold.ttf', italic: 'CourierPrime_400Regular_Italic.ttf', boldItalic: 'CourierPrime_700Bold_Italic.ttf' };
const NOTO_PACKAGE_FILE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
const COURIER_PACKAGE_DIRS = { regular: '400Regular', bold: '700Bold', italic: '400Regular_Italic', boldItalic: '700Bold_Italic' };

/** resources/fonts beside the sources (src/node/pdf), the CLI bundle (out/cli) or the app bundle (out/main). */
export function defaultFontsDir(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, 'courier-prime'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

function fromPackage(file: string): string | null {
  try {
    return createRequire(import.meta.url).resolve(file);
  } catch {
    return null;
  }
}

/** Finds the font files: resources/fonts first, then the npm packages. Throws when Courier Prime is missing. */
export function fontFiles(fontsDir: string | null = defaultFontsDir()): FontFiles {
  const latin = {} as Record<LatinFace, string>;
  for (const face of Object.keys(COURIER) as LatinFace[]) {
    const local = fontsDir ? join(fontsDir, 'courier-prime', COURIER[face]) : null;
    const found = local && existsSync(local) ? local : fromPackage(`@expo-google-fonts/courier-prime/${COURIER_PACKAGE_DIRS[face]}/${COURIER[face]}`);
    if (!found) throw new Error(`the Courier Prime font (${COURIER[face]}) is missing from resources/fonts/courier-prime; reinstall Shotline`);
    latin[face] = found;
  }
  const localCjk = fontsDir ? join(fontsDir, 'noto-sans-sc', 'NotoSansSC-Regular.ttf') : null;
  // Found when first asked for: English documents never need it, and resolving the package takes a moment.
  let cjk: string | null | undefined;
  return {
    latin,
    get cjk() {
      if (cjk === undefined) cjk = localCjk && existsSync(localCjk) ? localCjk : fromPackage(NOTO_PACKAGE_FILE);
      return cjk;
    },
  };
}

/** The fontkit font behind a registered PDFKit font (PDFKit keeps it as `_font.font`; no public accessor). */
interface GlyphFont {
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
  unitsPerEm: number;
}

/** PDFKit's font object behind a registered font (`_font`): its resource name, its reference, and encode(),
 * which maps text to glyph ids and records them for the subset. */
export interface PdfFont {
  id: string;
  ref(): unknown;
  encode(text: string): [string[], unknown[]];
}

/** What PDFKit's EmbeddedFont keeps for the subset (see its encode()): used to add glyphs without shaping. */
interface EmbeddedFontParts extends PdfFont {
  font: { glyphForCodePoint(cp: number): { id: number; advanceWidth: number; codePoints: number[] } };
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
}

function glyphFont(doc: FontDocument, name: string): GlyphFont | null {
  doc.font(name);
  const font = (doc as unknown as { _font?: { font?: GlyphFont } })._font?.font;
  return font && typeof font.hasGlyphForCodePoint === 'function' ? font : null;
}

/** Glyph ids of one embedded font by code point; a glyph is added to the font's subset on first use. */
class GlyphCoder {
  private readonly ascii = new Int32Array(128).fill(-1);
  private readonly others = new Map<number, number>();

  constructor(private readonly f: EmbeddedFontParts) {}

  code(cp: number): number {
    if (cp < 128) {
      const known = this.ascii[cp];
      return known >= 0 ? known : (this.ascii[cp] = this.add(cp));
    }
    let known = this.others.get(cp);
    if (known === undefined) this.others.set(cp, (known = this.add(cp)));
    return known;
  }

  private add(cp: number): number {
    const f = this.f;
    const glyph = f.font.glyphForCodePoint(cp);
    const gid = f.subset.includeGlyph(glyph.id);
    if (f.widths[gid] == null) f.widths[gid] = glyph.advanceWidth * f.scale;
    if (f.unicode[gid] == null) f.unicode[gid] = glyph.codePoints.length > 0 ? glyph.codePoints : [cp];
    return gid;
  }
}

export interface FontSetOptions {
  files?: FontFiles;
  /** Taiwan pages: prefer a Traditional CJK face (system Noto Sans CJK TC) over Noto Sans SC when present. */
  traditional?: boolean;
  /** System fonts to try (tests pass their own list). */
  fallbacks?: readonly SystemFont[];
}

/**
 * The fonts of one document. Registration is lazy: the CJK font (10 MB) and the fallbacks are read only when
 * a character needs them, so English documents never load them.
 */
export class FontSet {
  readonly files: FontFiles;
  private readonly doc: FontDocument;
  private readonly registered = new Set<string>();
  private readonly glyphs = new Map<string, GlyphFont | null>();
  private order: { font: SystemFont; name: string }[] | undefined;
  private readonly failed = new Set<string>();
  private readonly fallbackList: readonly SystemFont[];
  private readonly traditional: boolean;
  private cjkName: string | null | undefined;
  /** Which font draws a code point, per preferred font: cache of `pick`. */
  private readonly picks = new Map<string, Map<number, string | null>>();
  private readonly pdfFonts = new Map<string, PdfFont>();
  private readonly coders = new Map<string, GlyphCoder | null>();
  /** Advance of each code point in each font, in font units per em (cache of `advance`). */
  private readonly advances = new Map<string, Map<number, number>>();

  constructor(doc: FontDocument, options: FontSetOptions = {}) {
    this.doc = doc;
    this.files = options.files ?? fontFiles();
    this.fallbackList = options.fallbacks ?? SYSTEM_FALLBACKS;
    this.traditional = !!options.traditional;
  }

  private ensure(name: string, path: string, family?: string): boolean {
    if (this.registered.has(name)) return true;
    try {
      this.doc.registerFont(name, path, family);
      const g = glyphFont(this.doc, name);
      if (!g) return false;
      this.glyphs.set(name, g);
      this.registered.add(name);
      return true;
    } catch {
      return false;
    }
  }

  /** Courier Prime in the face for these styles. */
  latin(bold: boolean, italic: boolean): string {
    const face: LatinFace = bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
    const name = LATIN_NAMES[face];
    if (!this.registered.has(name)) this.ensure(name, this.files.latin[face]);
    return name;
  }

  /** The CJK font (Noto Sans SC, or a Traditional system face on Taiwan pages); null when none is found. */
  cjk(): string | null {
    if (this.cjkName !== undefined) return this.cjkName;
    this.cjkName = null;
    if (this.traditional) {
      for (const f of this.fallbackList.filter((s) => s.traditional && existsSync(s.path))) {
        if (this.ensure('cjk-traditional', f.path, f.postscript)) return (this.cjkName = 'cjk-traditional');
      }
    }
    if (this.files.cjk && this.ensure('cjk', this.files.cjk)) this.cjkName = 'cjk';
    return this.cjkName;
  }

  /** System fallbacks in the order to try: the page's own convention first (Simplified or Traditional shapes). */
  private fallbackOrder(): { font: SystemFont; name: string }[] {
    return this.fallbackList
      .map((font, i) => ({ font, name: `fallback-${i}`, i }))
      .sort((a, b) => Number(!!b.font.traditional === this.traditional) - Number(!!a.font.traditional === this.traditional) || a.i - b.i);
  }

  /** The first fallback with a glyph for cp, registering fallbacks one by one as they are needed. */
  private fallbackFor(cp: number): string | null {
    for (const { font, name } of (this.order ??= this.fallbackOrder())) {
      if (this.failed.has(name)) continue;
      if (!this.registered.has(name) && !(existsSync(font.path) && this.ensure(name, font.path, font.postscript))) {
        this.failed.add(name);
        continue;
      }
      if (this.has(name, cp)) return name;
    }
    return null;
  }

  /** The PDFKit font object of a registered font (for writing text operators directly). */
  pdfFont(name: string): PdfFont {
    let f = this.pdfFonts.get(name);
    if (!f) {
      this.doc.font(name);
      f = (this.doc as unknown as { _font: PdfFont })._font;
      this.pdfFonts.set(name, f);
    }
    return f;
  }

  /** The glyph coder of a font; null when PDFKit's font object is not shaped as expected (then encode()). */
  private coder(name: string): GlyphCoder | null {
    let c = this.coders.get(name);
    if (c === undefined) {
      const f = this.pdfFont(name) as EmbeddedFontParts;
      c = f.subset && f.font && Array.isArray(f.widths) && Array.isArray(f.unicode) ? new GlyphCoder(f) : null;
      this.coders.set(name, c);
    }
    return c;
  }

  /**
   * Writes the glyph codes of text[from, to) in a font as a PDF string, one glyph per character and no
   * shaping: every character sits on the layout's grid, so ligatures or contextual forms would be wrong here
   * anyway. Adds the glyphs to the subset with their widths and Unicode values (for text extraction), as
   * PDFKit's own encode() does, and falls back to encode() (a hex string) if PDFKit's font object is not
   * shaped as expected.
   */
  writeGlyphs(name: string, text: string, from: number, to: number, out: ContentBytes): void {
    const c = this.coder(name);
    if (!c) {
      out.ascii(`<${this.pdfFont(name).encode(text.slice(from, to))[0].join('')}>`);
      return;
    }
    out.ascii('(');
    for (let i = from; i < to; i++) {
      const cp = text.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      out.glyph(c.code(cp));
    }
    out.ascii(')');
  }

  has(name: string, cp: number): boolean {
    return this.glyphs.get(name)?.hasGlyphForCodePoint(cp) ?? false;
  }

  /** Advance of a code point in a font, in points at `size`. */
  advance(name: string, cp: number, size: number): number {
    let perFont = this.advances.get(name);
    if (!perFont) this.advances.set(name, (perFont = new Map()));
    let em = perFont.get(cp);
    if (em === undefined) {
      const g = this.glyphs.get(name);
      em = g ? g.glyphForCodePoint(cp).advanceWidth / g.unitsPerEm : 0;
      perFont.set(cp, em);
    }
    return em * size;
  }

  /**
   * The font that draws `cp`: the preferred one when it has the glyph, else the other embedded font, else the
   * first system fallback that has it; null when none does.
   */
  pick(cp: number, preferred: string): string | null {
    let perFont = this.picks.get(preferred);
    if (!perFont) this.picks.set(preferred, (perFont = new Map()));
    const cached = perFont.get(cp);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    if (this.has(preferred, cp)) found = preferred;
    else {
      const other = preferred.startsWith('courier') ? this.cjk() : this.latin(false, false);
      if (other && this.has(other, cp)) found = other;
      else found = this.fallbackFor(cp);
    }
    perFont.set(cp, found);
    return found;
  }

  /** True for fonts without bold or italic faces (drawn with a stroke for bold). */
  isCjk(name: string): boolean {
    return !name.startsWith('courier');
  }
}

/** A character and where it is, for "no font can draw it" warnings. */
export interface MissingGlyph {
  char: string;
  lines: number[];
}

export function describeMissing(m: MissingGlyph): ExportWarning {
  const code = codePointLabel(m.char);
  const where = m.lines.length === 0 ? '' : ` on line${m.lines.length > 1 ? 's' : ''} ${m.lines.slice(0, 5).join(', ')}${m.lines.length > 5 ? ' …' : ''}`;
  const message = `"${m.char}" (${code})${where} is in none of the fonts Shotline embeds or finds on this computer; it prints as an empty box`;
  return { code: 'missing-glyph', char: m.char, lines: m.lines, message };
}
