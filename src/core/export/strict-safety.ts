// When does a line written as plain text need Fountain's `!` (force action) to be read back as we mean it?
// Two readers are guarded against: a generic Fountain tool (modelled on fountain-js, the strictest common
// reader, which classifies whole blank-line-separated blocks), and Shotline's own parser, which is asked
// directly: the block is parsed alone and must come back as the element it was.
import type { ElementType, Language } from '../model/script';
import { parse } from '../parse';

/** Title-page keys, ASCII or Chinese, at the very start of a file. */
const TITLE_KEY_RE = /^\s*(?:[A-Za-z][\w -]*|剧名|劇名|片名|标题|標題|编剧|編劇|作者|集数|集數|类型|類型|语言|語言)\s*[:：]/;
/** A scene heading prefix in any English-reading tool. */
const HEADING_RE = /^\s*(?:int|ext|est|i\.?\/e|int\.?\/ext|ext\.?\/int)(?:[. ]|$)/i;
/** Markers that make a line something else at its start. */
const MARKER_RE = /^\s*(?:[!@.>~=#]|\[\[|\/\*)/;
const TRANSITION_RE = /(?:^\s*(?:FADE (?:TO BLACK|OUT)|CUT TO BLACK)\.|\sTO:|^TO:)\s*$/;
const PAGE_BREAK_RE = /^\s*={3,}\s*$/;
const LATER_LINE_RE = /^\s*(?:[!@.>~=#]|\[\[.*\]\]\s*$|\/\*|={3,}\s*$)/;

/**
 * True when a generic Fountain reader could take this block (lines with no blank between them) for
 * something other than action: a heading, a cue with dialogue (fountain-js takes any multi-line block whose
 * first line has no lower-case ASCII letter for one, which catches every Chinese paragraph), a transition,
 * a marker, or the title page when it opens the file.
 */
export function genericMisread(lines: readonly string[], opensFile: boolean): boolean {
  const first = lines[0];
  if (!first.trimStart().startsWith('!')) {
    if (MARKER_RE.test(first) || HEADING_RE.test(first) || PAGE_BREAK_RE.test(first)) return true;
    if (lines.length === 1 && TRANSITION_RE.test(first)) return true;
    if (lines.length > 1 && !/[a-z]/.test(first.replace(/\(.*\)\s*$/, ''))) return true;
    if (opensFile && TITLE_KEY_RE.test(first)) return true;
  }
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].trimStart().startsWith('!') && LATER_LINE_RE.test(lines[i])) return true;
  }
  return false;
}

/** `!` after the line's indentation, which both readers keep. */
export function forceLine(line: string): string {
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  return `${indent}!${line.slice(indent.length)}`;
}

// Parsed after this prefix, a block cannot be mistaken for a title page.
const PREFIX = '!.\n\n';

/**
 * True when Shotline's parser reads `block` back as elements of `type` whose texts, joined with new lines,
 * are `text` (an action paragraph may come back as one element per line in a Chinese script).
 */
export function readsBackAs(block: string, type: ElementType, text: string, language: Language, opensFile: boolean): boolean {
  const check = (source: string, skip: number): boolean => {
    const elements = parse(source, { language }).elements.slice(skip);
    if (elements.length === 0 || elements.some((e) => e.type !== type)) return false;
    return elements.map((e) => e.text).join('\n') === text;
  };
  return check(PREFIX + block, 1) && (!opensFile || check(block, 0));
}
