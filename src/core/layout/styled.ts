// Element text as printed: emphasis read by parseInline into a mark per character, inline notes and boneyard
// left out (or notes kept, in brackets, when asked), one paragraph per source line.
import type { TextStyle } from '../model/layout';
import { parseInline } from '../parse';

export const BOLD = 1;
export const ITALIC = 2;
export const UNDERLINE = 4;
export const NOTE = 8;

/** Text with a style mark per UTF-16 unit. */
export interface Styled {
  text: string;
  marks: number[];
}

/** One printed paragraph: a source line's text and its source line number. */
export interface Paragraph extends Styled {
  line: number;
}

const MARK_OF: Record<TextStyle, number> = { bold: BOLD, italic: ITALIC, underline: UNDERLINE };

/** The styles of each combination of BOLD, ITALIC and UNDERLINE: one frozen array each, shared by every run. */
const STYLES: readonly TextStyle[][] = Array.from({ length: 8 }, (_, mark) => {
  const out: TextStyle[] = [];
  if (mark & BOLD) out.push('bold');
  if (mark & ITALIC) out.push('italic');
  if (mark & UNDERLINE) out.push('underline');
  return Object.freeze(out) as TextStyle[];
});

/** The styles of a mark (shared and frozen: runs never change them). */
export function stylesOf(mark: number): TextStyle[] {
  return STYLES[mark & (BOLD | ITALIC | UNDERLINE)];
}

export function plain(text: string, mark = 0): Styled {
  return { text, marks: new Array<number>(text.length).fill(mark) };
}

/** One paragraph of text in one mark, from a source line. */
export function paragraph(text: string, line: number, mark = 0): Paragraph {
  return { text, marks: new Array<number>(text.length).fill(mark), line };
}

export function concat(...parts: Styled[]): Styled {
  return { text: parts.map((p) => p.text).join(''), marks: parts.flatMap((p) => p.marks) };
}

export function slice(s: Styled, from: number, to = s.text.length): Styled {
  return { text: s.text.slice(from, to), marks: s.marks.slice(from, to) };
}

export function trimEnd(s: Styled): Styled {
  let end = s.text.length;
  while (end > 0 && /\s/.test(s.text[end - 1])) end--;
  return slice(s, 0, end);
}

export function trimStart(s: Styled): Styled {
  let start = 0;
  while (start < s.text.length && /\s/.test(s.text[start])) start++;
  return slice(s, start);
}

/**
 * The printed paragraphs of an element's text (its lines joined with `\n`, first line at `firstLine`).
 * Notes are dropped unless `notes` is set; boneyard always is. A line that held only notes or boneyard
 * disappears, and the space left where a note was is closed up.
 */
/** Characters that can start inline markup (emphasis, notes, boneyard, escapes) or need rewriting (tabs). */
const MARKUP = /[*_[/\\\t]/;

export function paragraphs(text: string, firstLine: number, notes: boolean, extraMark = 0): Paragraph[] {
  // Most lines hold no markup at all: one paragraph per line, every character with the same mark.
  if (!MARKUP.test(text)) {
    return text.split('\n').map((t, k) => afterRemovalTrim({ text: t, marks: new Array<number>(t.length).fill(extraMark), line: firstLine + k }));
  }
  const out: Paragraph[] = [];
  let cur: Paragraph = { text: '', marks: [], line: firstLine };
  let line = firstLine;
  // A line is kept when it has text, or when nothing was removed from it (an intended empty line).
  let removed = false;
  let hadText = false;
  const push = () => {
    if (hadText || !removed) out.push(cur);
  };
  const add = (chunk: string, mark: number, joinAfterRemoval: boolean) => {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === '\n') {
        push();
        line++;
        cur = { text: '', marks: [], line };
        removed = false;
        hadText = false;
        continue;
      }
      if (joinAfterRemoval && i === 0 && c === ' ' && (cur.text.endsWith(' ') || cur.text === '')) continue;
      // A tab prints as four spaces: the page has no tab stops.
      const chars = c === '\t' ? '    ' : c;
      cur.text += chars;
      for (let k = 0; k < chars.length; k++) cur.marks.push(mark);
      if (c !== ' ' && c !== '\t') hadText = true;
    }
  };
  let afterRemoval = false;
  for (const run of parseInline(text)) {
    if (run.kind === 'text') {
      let mark = extraMark;
      for (const st of run.styles) mark |= MARK_OF[st];
      add(run.text, mark, afterRemoval);
      afterRemoval = false;
    } else if (run.kind === 'note' && notes) {
      add(`[${run.text.replace(/\n/g, ' ')}]`, extraMark | NOTE | ITALIC, false);
      afterRemoval = false;
    } else {
      // Left out: count the lines it spanned, so the following text keeps its source line.
      removed = true;
      const breaks = run.text.split('\n').length - 1;
      if (breaks > 0) {
        push();
        line += breaks;
        cur = { text: '', marks: [], line };
        hadText = false;
      }
      afterRemoval = true;
    }
  }
  push();
  return out.map(afterRemovalTrim);
}

/** Trailing spaces left by a note at the end of a line go. */
function afterRemovalTrim(p: Paragraph): Paragraph {
  let end = p.text.length;
  while (end > 0 && p.text[end - 1] === ' ') end--;
  return end === p.text.length ? p : { text: p.text.slice(0, end), marks: p.marks.slice(0, end), line: p.line };
}
