// Line breaking. Latin text breaks at spaces only (words are never split unless one is wider than the line).
// Wide (CJK) text breaks between any two characters, with the Chinese rules (禁则): no line starts with a
// closing mark (，。！？、；：）」』》 …) and none ends with an opening one (（「『《 …); a doubled —— or …… is
// never split. A line that cannot break anywhere (a 10,000-character word) is cut where it is full.
import { type Metrics, unitWidth } from './measure';

/** Characters that may not start a line. */
const NO_START = new Set(
  Array.from('，。！？、；：）」』》〉】〕］｝〗〙”’…‥·・—～％‰℃°,.!?;:)]}»›ーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ々〻〉'),
);
/** Characters that may not end a line. */
const NO_END = new Set(Array.from('（「『《〈【〔［｛〖〘“‘([{«‹'));
/** Marks written doubled that stay together. */
const PAIRED = new Set(['—', '…', '―']);

export interface WrappedLine {
  /** Text range [start, end) of the line, trailing spaces excluded. */
  start: number;
  end: number;
  /** True when the line was cut inside a word because nothing else fit. */
  forced: boolean;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** May a line break fall between text[i-1] and text[i]? */
export function canBreakBefore(text: string, i: number, m: Metrics): boolean {
  if (i <= 0 || i >= text.length) return false;
  const b = text.charCodeAt(i);
  // Two narrow characters (most of an English script): a break only after a space.
  if (b < 0x00b7) {
    const before = text.charCodeAt(i - 1);
    if (before < 0x00b7 && before !== 0x20 && before !== 0x09) return false;
  }
  if (isLow(b)) return false;
  let a = i - 1;
  if (isLow(text.charCodeAt(a)) && a > 0) a--;
  const ac = text.charCodeAt(a);
  if (isSpace(ac)) {
    if (isSpace(b) || NO_START.has(text[i])) return false;
    let k = a;
    while (k > 0 && isSpace(text.charCodeAt(k))) k--;
    return !NO_END.has(text[k]);
  }
  if (isSpace(b)) return false;
  const before = text[a];
  const after = text[i];
  const wideA = unitWidth(text, a, m) === m.wide && m.wide !== m.narrow;
  const wideB = unitWidth(text, i, m) === m.wide && m.wide !== m.narrow;
  if (!wideA && !wideB) return false;
  if (NO_START.has(after) || NO_END.has(before)) return false;
  if (before === after && PAIRED.has(before)) return false;
  return true;
}

/**
 * Breaks `text` into lines no wider than `first` units (the first line) and `rest` units (the others).
 * Leading spaces of the text are kept; spaces at a break are dropped.
 */
export function wrap(text: string, first: number, rest: number, m: Metrics): WrappedLine[] {
  const lines: WrappedLine[] = [];
  const n = text.length;
  if (n === 0) return [{ start: 0, end: 0, forced: false }];
  let lineStart = 0;
  let width = 0;
  let lastBreak = -1;
  let limit = first;
  let i = 0;
  const trimmedEnd = (at: number) => {
    let e = at;
    while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
    return e;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (i > lineStart) {
      // Between two narrow characters a line may break only after a space (canBreakBefore's first test).
      const p = text.charCodeAt(i - 1);
      if ((c >= 0x00b7 || p >= 0x00b7 || p === 0x20 || p === 0x09) && canBreakBefore(text, i, m)) lastBreak = i;
    }
    const w = c < 0x00b7 ? m.narrow : unitWidth(text, i, m);
    if (c === 0x20 || c === 0x09 || c === 0x3000 || width + w <= limit || i === lineStart) {
      width += w;
      i++;
      continue;
    }
    // Char i does not fit: break at the last opportunity, or cut here.
    const forced = lastBreak <= lineStart;
    const at = forced ? i : lastBreak;
    lines.push({ start: lineStart, end: trimmedEnd(at), forced });
    lineStart = at;
    while (lineStart < n && isSpace(text.charCodeAt(lineStart))) lineStart++;
    limit = rest;
    lastBreak = -1;
    width = 0;
    for (let k = lineStart; k < i; k++) width += unitWidth(text, k, m);
    if (lineStart > i) i = lineStart;
  }
  if (lineStart < n || lines.length === 0) lines.push({ start: lineStart, end: trimmedEnd(n), forced: false });
  return lines;
}
