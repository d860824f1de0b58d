// Page length (eighths) and screen time (seconds) of a scene. See docs/breakdown.md, "Timing".
//
// Page length counts printed lines. English: the lines of a Courier 12 pt page (55 a page), with the element
// widths of the usual screenplay layout (action and headings 60 columns, dialogue 35, parentheticals 25),
// words wrapped, one blank line between elements. Chinese: each paragraph starts a new line of
// `charsPerLine` characters (a Latin letter counts half), blank lines are not counted, `linesPerPage` lines a
// page. Inline notes and boneyard are not printed.
//
// Screen time adds up speech (words or characters spoken at the dialogue rate, plus a pause per speech),
// action (words or characters at the action rate), captions and a fixed amount per scene.
import type { LineType, ScriptLine } from '../model/script';
import type { TimingRates } from '../model/project';
import { withoutNotes } from './categories';

/** Printed columns of a line: CJK and full-width characters count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high one
    width += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xd800 && c <= 0xdbff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) ? 2 : 1;
  }
  return width;
}

/** Lines an English paragraph takes when its words are wrapped at `width` columns. */
export function wrappedLines(text: string, width: number): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = displayWidth(word);
    if (used === 0) used = w;
    else if (used + 1 + w <= width) used += 1 + w;
    else {
      lines++;
      used = w;
    }
    while (used > width) {
      lines++;
      used -= width;
    }
  }
  return lines;
}

const EN_WIDTH: Partial<Record<LineType, number>> = {
  scene_heading: 60,
  action: 60,
  centered: 60,
  lyrics: 60,
  transition: 60,
  character: 38,
  dialogue: 35,
  parenthetical: 25,
  cast_list: 60,
  caption: 60,
  hook: 60,
  flashback_start: 60,
  flashback_end: 60,
};

/** Printed lines of source lines [from, to) of a script. */
export function printedLines(lines: readonly ScriptLine[], from: number, to: number, language: 'en' | 'zh', rates: TimingRates): number {
  let total = 0;
  if (language === 'en') {
    const scale = rates.charsPerLine / 60;
    let blank = false;
    for (let i = from; i < to; i++) {
      const { type, text } = lines[i];
      if (type === 'blank') {
        if (!blank && total > 0) total++;
        blank = true;
        continue;
      }
      const width = EN_WIDTH[type];
      if (width === undefined) continue;
      const printed = withoutNotes(text);
      if (!printed.trim()) continue;
      blank = false;
      total += wrappedLines(printed, Math.max(10, Math.round(width * scale)));
    }
    return total;
  }
  const columns = rates.charsPerLine * 2;
  for (let i = from; i < to; i++) {
    const { type, text } = lines[i];
    if (type === 'blank' || type === 'note' || type === 'boneyard' || type === 'section' || type === 'synopsis' || type === 'page_break' || type === 'episode' || type === 'title_page') continue;
    const printed = withoutNotes(text).trim();
    if (!printed) continue;
    total += Math.max(1, Math.ceil(displayWidth(printed) / columns)) + (type === 'scene_heading' && total > 0 ? 1 : 0);
  }
  return total;
}

/** Eighths of a page for a number of printed lines: rounded, at least 1. */
export function eighthsOf(lines: number, rates: TimingRates): number {
  return Math.max(1, Math.round((lines / rates.linesPerPage) * 8));
}

/** Counting units of spoken or acted text: words in English, letters and digits (each Han character) in Chinese. */
export function units(text: string, language: 'en' | 'zh'): number {
  const clean = withoutNotes(text);
  if (language === 'en') {
    const words = clean.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
    return words ? words.length : 0;
  }
  const m = clean.match(ZH_UNIT);
  return m ? m.length : 0;
}

// A Han character, or a run of Latin letters or digits (half- or full-width): one unit each.
const ZH_UNIT = /\p{Script=Han}|[A-Za-z0-9\u00C0-\u024F]+|[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+/gu;

/** Characters spoken: letters and digits, without spaces, punctuation and notes. */
export function spokenCharacters(text: string): number {
  const m = withoutNotes(text).match(/[\p{L}\p{N}]/gu);
  return m ? m.length : 0;
}

export interface TimingCounts {
  dialogue: number;
  speeches: number;
  action: number;
  captions: number;
}

/** Estimated screen seconds of a scene, rounded to whole seconds (at least 1). */
export function secondsOf(counts: TimingCounts, rates: TimingRates): number {
  const s =
    rates.secondsPerScene +
    counts.dialogue / rates.dialoguePerSecond +
    counts.speeches * rates.secondsPerSpeech +
    counts.action / rates.actionPerSecond +
    counts.captions * rates.secondsPerCaption;
  return Math.max(1, Math.round(s));
}
