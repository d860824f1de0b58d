// Streams of edits for the reparse benches: each edit applies to the Script the previous reparse returned,
// as in the editor. The text is kept beside it (untimed) so the end state can be checked against a full parse.
import { parse, reparse, sourceText } from '../src/core/parse';
import type { LineType, Script, TextEdit } from '../src/core/model/script';
import type { TimedStep } from './lib/types';

export interface ChainState {
  script: Script;
  text: string;
}

type NextEdit = (state: ChainState, index: number) => TextEdit;

const applyEdit = (text: string, edit: TextEdit): string => text.slice(0, edit.from) + edit.insert + text.slice(edit.to);

/** A step that reparses one edit per iteration, starting from a full parse of `text`. */
export function editChain(text: string, next: NextEdit): () => TimedStep {
  return () => {
    const state: ChainState = { script: parse(text), text };
    let pending: TextEdit | null = null;
    let edit: TextEdit = { from: 0, to: 0, insert: '' };
    let index = 0;
    const flush = (): void => {
      if (pending) state.text = applyEdit(state.text, pending);
      pending = null;
    };
    return {
      before: () => {
        flush();
        edit = next(state, index++);
      },
      run: () => {
        state.script = reparse(state.script, edit);
        pending = edit;
        return state.script;
      },
      verify: () => {
        flush();
        return compare(state.script, parse(state.text), state.text, index);
      },
    };
  };
}

function compare(chained: Script, full: Script, text: string, edits: number): string | null {
  if (sourceText(chained) !== text) return `after ${edits} edits the reparsed Script no longer rebuilds the text`;
  if (JSON.stringify(chained) === JSON.stringify(full)) return null;
  const line = chained.lines.findIndex((l, i) => JSON.stringify(l) !== JSON.stringify(full.lines[i]));
  const element = chained.elements.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(full.elements[i]));
  return `after ${edits} edits reparse differs from a full parse (first differing line index ${line}, element index ${element})`;
}

/** UTF-16 offset where line `index` (0-based) starts. */
export function lineStart(script: Script, index: number): number {
  let offset = script.bom ? 1 : 0;
  for (let i = 0; i < index; i++) offset += script.lines[i].text.length + script.lines[i].eol.length;
  return offset;
}

/** The first line at or after `from` (wrapping around) of one of the types and at least `minLength` long. */
export function findLine(script: Script, from: number, types: LineType[], minLength = 1): number {
  const count = script.lines.length;
  for (let k = 0; k < count; k++) {
    const i = (from + k) % count;
    const line = script.lines[i];
    if (types.includes(line.type) && line.text.length >= minLength) return i;
  }
  throw new Error(`no ${types.join('/')} line of ${minLength}+ characters in the script`);
}

/** Offset just after the text of a dialogue (or action) line near the middle of the script. */
export function middleCursor(script: Script): number {
  const i = findLine(script, script.lines.length >> 1, ['dialogue', 'action'], 4);
  return lineStart(script, i) + script.lines[i].text.length;
}

/** Type `phrase` one character at a time at a cursor near the middle. */
export const typing = (phrase: string): NextEdit => {
  let cursor = -1;
  return (state, k) => {
    if (k === 0) cursor = middleCursor(state.script);
    const at = cursor + k;
    return { from: at, to: at, insert: phrase[k % phrase.length] };
  };
};

/** Backspace one character at a time from a cursor near the middle (runs into the previous lines when long). */
export const backspacing = (): NextEdit => {
  let cursor = -1;
  return (state, k) => {
    if (k === 0) cursor = middleCursor(state.script);
    const at = Math.max(1, cursor - k);
    return { from: at - 1, to: at, insert: '' };
  };
};

/** Press Enter in the middle of a dialogue or action line, a few lines further down on each edit. */
export const splitting = (): NextEdit => (state, k) => {
  const i = findLine(state.script, (state.script.lines.length >> 1) + 3 * k, ['dialogue', 'action'], 8);
  const at = lineStart(state.script, i) + (state.script.lines[i].text.length >> 1);
  return { from: at, to: at, insert: '\n' };
};

/** Paste a copy of a whole scene from the first quarter of the script before a scene heading near the middle. */
export const pastingScene = (): NextEdit => {
  let block = '';
  let at = -1;
  return (state, k) => {
    if (k === 0) {
      const first = findLine(state.script, state.script.lines.length >> 2, ['scene_heading']);
      const next = findLine(state.script, first + 1, ['scene_heading']);
      const start = lineStart(state.script, first);
      block = state.text.slice(start, next > first ? lineStart(state.script, next) : start + 2000);
      at = lineStart(state.script, findLine(state.script, state.script.lines.length >> 1, ['scene_heading']));
    }
    return { from: at, to: at, insert: block };
  };
};
