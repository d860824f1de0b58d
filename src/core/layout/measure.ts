// Pure text measurement. Courier is monospaced, so a narrow character is always 0.6 em (7.2 pt at 12 pt);
// a wide one (Han, kana, Hangul, full-width forms, emoji) is 1 em (12 pt), which is what a CJK font
// advances. Characters whose East Asian width is "ambiguous" (“ ” … — · △ ○ ★ …) are wide in Chinese pages
// and narrow in English ones, the way each convention sets them. Widths are integers in tenths of a point so
// the layout is exact and the same everywhere.

/** Code point ranges set wide in every script (sorted, inclusive). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f000, 0x1faff],
  [0x20000, 0x3fffd],
];

/** Ambiguous-width ranges: wide on Chinese pages, narrow on English ones. */
const AMBIGUOUS: readonly (readonly [number, number])[] = [
  [0x00b7, 0x00b7],
  [0x2010, 0x203f],
  [0x2100, 0x27bf],
];

function inRanges(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  // Indexed (no iterator): this runs for every wide character, often in code not yet optimised.
  for (let k = 0; k < ranges.length; k++) {
    const range = ranges[k];
    if (cp < range[0]) return false;
    if (cp <= range[1]) return true;
  }
  return false;
}

/** True when the code point is set wide (one em) and in the CJK font. */
export function isWide(cp: number, zh: boolean): boolean {
  if (cp < 0x00b7) return false;
  return inRanges(cp, WIDE) || (zh && inRanges(cp, AMBIGUOUS));
}

/** Width units: a tenth of a point. */
export const UNIT = 10;

export interface Metrics {
  narrow: number;
  wide: number;
  zh: boolean;
}

export function metrics(narrowAdvance: number, wideAdvance: number, zh: boolean): Metrics {
  return { narrow: Math.round(narrowAdvance * UNIT), wide: Math.round(wideAdvance * UNIT), zh };
}

/** Width of text[from, to) in units; a surrogate pair counts once. */
export function measure(text: string, from: number, to: number, m: Metrics): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > from) continue;
    w += isWide(text.codePointAt(i) ?? c, m.zh) ? m.wide : m.narrow;
  }
  return w;
}

/** Width of one UTF-16 unit: the whole character for a high surrogate, 0 for a low one. */
export function unitWidth(text: string, i: number, m: Metrics): number {
  const c = text.charCodeAt(i);
  if (c < 0x00b7) return m.narrow;
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return isWide(text.codePointAt(i) ?? c, m.zh) ? m.wide : m.narrow;
}

/** Points from units. */
export const points = (units: number): number => units / UNIT;

/** Units from points (rounded down, so a width limit is never exceeded). */
export const units = (pt: number): number => Math.floor(pt * UNIT + 1e-6);
