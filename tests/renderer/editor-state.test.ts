// The editor's parse follows every edit through reparse and equals a full parse of the edited text; the
// lines it reports as changed cover every line whose text or type changed; chunks stay within bounds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { joinBackward, splitBlock } from 'prosemirror-commands';
import { closeHistory, undo, redo } from 'prosemirror-history';
import { parse } from '../../src/core/parse';
import { createEditorState, scriptOf, textOf } from '../../src/renderer/editor/state';
import { scriptKey } from '../../src/renderer/editor/line-types';
import { sliceToText, textToSlice } from '../../src/renderer/editor/clipboard';
import { joinBackwardAcrossChunks, joinForwardAcrossChunks } from '../../src/renderer/editor/chunks';
import { lineAt, lineCount, lineEnd, lineStart, lineTexts } from '../../src/renderer/editor/lines';
import { CHUNK_MAX, CHUNK_MIN } from '../../src/renderer/editor/schema';
import { generateSeries } from '../../bench/fixtures/series';
import { random } from './support';

const ROOT = join(import.meta.dirname, '..', '..');
const sample = (lang: 'en' | 'zh') => readFileSync(join(ROOT, 'resources', 'sample', lang, 'ep01.fountain'), 'utf8');

/** Checks the plugin's parse against a full parse of the editor's text, and the chunks' sizes. */
function expectInSync(state: EditorState, eol: string, bom = false): void {
  const text = textOf(state);
  expect(text).toBe((bom ? '\uFEFF' : '') + lineTexts(state.doc).join(eol));
  expect(scriptOf(state)).toEqual(parse(text));
  state.doc.check();
  if (state.doc.childCount > 1) {
    state.doc.forEach((chunk) => {
      expect(chunk.childCount).toBeLessThanOrEqual(CHUNK_MAX);
      expect(chunk.childCount).toBeGreaterThanOrEqual(1);
    });
  }
}

/** The lines outside the span the plugin reported as changed are the lines of before, in text and type. */
function expectChangedCovers(before: EditorState, after: EditorState): void {
  if (after.doc === before.doc) return;
  const a = scriptOf(before).lines.map((l) => `${l.type}|${l.text}`);
  const b = scriptOf(after).lines.map((l) => `${l.type}|${l.text}`);
  if (a.join('\n') === b.join('\n')) return;
  const changed = scriptKey.getState(after)!.changed;
  expect(changed, 'a changed span').not.toBeNull();
  const { from, to } = changed!;
  const delta = b.length - a.length;
  expect(b.slice(0, from)).toEqual(a.slice(0, from));
  expect(b.slice(to)).toEqual(a.slice(to - delta));
}

const WORDS = ['INT. KITCHEN - DAY', 'LIN WAN', '(beat)', 'Hello.', '', '  ', 'CUT TO:', '> THE END <', '[[note]]', '/*', '*/', '林晚：你好。', '1-1 日 内 客厅', '△门开了。', 'Title: X', 'x'];

type Edit = (state: EditorState, rnd: () => number) => Transaction | null;

/** A text position (inside a line) at or near `pos`. */
const textPos = (state: EditorState, pos: number) => {
  const p = Math.max(0, Math.min(pos, state.doc.content.size));
  const $pos = state.doc.resolve(p);
  return $pos.depth >= 2 ? p : lineStart(state.doc, lineAt(state.doc, p, 'after'));
};
const randomPos = (state: EditorState, rnd: () => number) => textPos(state, Math.floor(rnd() * (state.doc.content.size + 1)));
const at = (state: EditorState, pos: number) => state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
const run = (state: EditorState, command: (s: EditorState, d: (tr: Transaction) => void) => boolean): Transaction | null => {
  let tr: Transaction | null = null;
  command(state, (t) => (tr = t));
  return tr;
};
/** The start of the first line of a random chunk (where chunk boundaries are crossed). */
const chunkStartPos = (state: EditorState, rnd: () => number) => {
  const c = Math.floor(rnd() * state.doc.childCount);
  let pos = 0;
  for (let i = 0; i < c; i++) pos += state.doc.child(i).nodeSize;
  return pos + 2;
};

const EDITS: Edit[] = [
  (s, r) => s.tr.insertText(WORDS[Math.floor(r() * WORDS.length)], randomPos(s, r)),
  (s, r) => {
    const a = randomPos(s, r);
    const b = Math.max(a, textPos(s, a + Math.floor(r() * (r() < 0.1 ? 6000 : 60))));
    return s.tr.setSelection(TextSelection.create(s.doc, a, b)).deleteSelection();
  },
  (s, r) => run(at(s, randomPos(s, r)), splitBlock),
  (s, r) => run(at(s, s.doc.resolve(randomPos(s, r)).start()), joinBackward),
  (s, r) => {
    const a = randomPos(s, r);
    const n = r() < 0.1 ? 260 : 1 + Math.floor(r() * 4);
    const text = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join('\n');
    return s.tr.setSelection(TextSelection.create(s.doc, a)).replaceSelection(textToSlice(text));
  },
  // Backspace at the start of a chunk's first line and Delete at the end of a chunk's last line.
  (s, r) => run(at(s, chunkStartPos(s, r)), joinBackwardAcrossChunks),
  (s, r) => {
    const start = chunkStartPos(s, r);
    const line = lineAt(s.doc, start);
    return line > 0 ? run(at(s, lineEnd(s.doc, line - 1)), joinForwardAcrossChunks) : null;
  },
];

/** Applies a random edit (or undo/redo), following any selection change made beforehand. */
function step(state: EditorState, rnd: () => number): EditorState {
  const kind = Math.floor(rnd() * (EDITS.length + 1));
  if (kind === EDITS.length) {
    let next = state;
    (rnd() < 0.5 ? undo : redo)(state, (tr) => (next = state.apply(tr)));
    return next;
  }
  const tr = EDITS[kind](state, rnd);
  if (!tr) return state;
  // Edits built on a moved selection belong to a state with the same document: replay their steps here.
  const replay = state.tr;
  for (const s of tr.steps) replay.step(s);
  return state.apply(replay);
}

afterEach(() => vi.restoreAllMocks());

describe('the editor state', () => {
  it('reads the English and Chinese samples into line blocks with the parser line types', () => {
    for (const lang of ['en', 'zh'] as const) {
      const state = createEditorState(sample(lang));
      expect(textOf(state)).toBe(sample(lang));
      expectInSync(state, '\n');
      expect(lineCount(state.doc)).toBe(sample(lang).split('\n').length);
      expect(scriptOf(state).language).toBe(lang);
    }
  });

  it('starts from empty text with one empty line', () => {
    const state = createEditorState('');
    expect(lineCount(state.doc)).toBe(1);
    expectInSync(state, '\n');
  });

  for (const [name, eol, bom] of [
    ['LF', '\n', false],
    ['CRLF with a byte-order mark', '\r\n', true],
  ] as const) {
    it(`stays equal to a full parse through 300 random edits, chunk boundaries included (${name})`, () => {
      const warn = vi.spyOn(console, 'warn');
      const texts = { en: sample('en'), zh: sample('zh'), series: generateSeries({ episodes: 4, language: 'en', seed: 3 }) };
      for (const [key, raw] of Object.entries(texts)) {
        const text = (bom ? '\uFEFF' : '') + raw.split('\n').join(eol);
        let state = createEditorState(text);
        const rnd = random(key.length * 7 + eol.length);
        let changes = 0;
        for (let i = 0; i < 300; i++) {
          const next = step(state, rnd);
          if (!next.doc.eq(state.doc)) changes++;
          expectChangedCovers(state, next);
          state = next;
          if (i % 25 === 0) expectInSync(state, eol, bom);
        }
        expectInSync(state, eol, bom);
        expect(changes).toBeGreaterThan(200);
      }
      expect(warn).not.toHaveBeenCalled();
    });
  }

  it('keeps the line endings of untouched lines in a mixed file', () => {
    const text = 'INT. A - DAY\r\n\nAction one.\rAction two.\n';
    let state = createEditorState(text);
    state = state.apply(state.tr.insertText('!', lineEnd(state.doc, lineCount(state.doc) - 1)));
    // Typing on the last (empty) line leaves every earlier ending as it was.
    expect(textOf(state)).toBe('INT. A - DAY\r\n\nAction one.\rAction two.\n!');
    const split = state.apply(state.tr.split(lineStart(state.doc, 0) + 'INT. A'.length));
    expect(textOf(split)).toBe('INT. A\r\n - DAY\r\n\nAction one.\rAction two.\n!');
    expect(scriptOf(split)).toEqual(parse(textOf(split)));
  });

  it('reuses the line endings of the lines an edit spans', () => {
    const text = 'INT. A - DAY\r\n\nAction one.\rAction two.\n';
    const state = createEditorState(text);
    const from = lineStart(state.doc, 2) + 'Action '.length;
    const to = lineStart(state.doc, 3) + 'Action '.length;
    const next = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)).replaceSelection(textToSlice('X\nY')));
    expect(textOf(next)).toBe('INT. A - DAY\r\n\nAction X\rYtwo.\n');
    expect(scriptOf(next)).toEqual(parse(textOf(next)));
  });

  it('retypes a cue when the line under it is written, and back when it is deleted', () => {
    let state = createEditorState('Action.\n\nMARA\n');
    expect(scriptOf(state).lines.map((l) => l.type)).toEqual(['action', 'blank', 'action', 'blank']);
    const end = lineEnd(state.doc, 3);
    state = state.apply(state.tr.insertText('Hi.', end));
    expect(scriptOf(state).lines.map((l) => l.type)).toEqual(['action', 'blank', 'character', 'dialogue']);
    expect(scriptKey.getState(state)!.changed).toEqual({ from: 2, to: 4 });
    expectInSync(state, '\n');
    state = state.apply(state.tr.delete(end, end + 3));
    expect(scriptOf(state).lines.map((l) => l.type)).toEqual(['action', 'blank', 'action', 'blank']);
    expectInSync(state, '\n');
  });
});

describe('chunks', () => {
  const long = Array.from({ length: 450 }, (_, i) => `Line ${i + 1}.`).join('\n');

  it('groups lines into chunks that the text never sees', () => {
    const state = createEditorState(long);
    expect(state.doc.childCount).toBe(5);
    expect(textOf(state)).toBe(long);
  });

  it('joins the lines on either side of a chunk boundary with Backspace and Delete', () => {
    let state = createEditorState(long);
    const first = lineStart(state.doc, 100); // the first line of the second chunk
    state = at(state, first);
    state = state.apply(run(state, joinBackwardAcrossChunks)!);
    expect(lineTexts(state.doc).slice(98, 101)).toEqual(['Line 99.', 'Line 100.Line 101.', 'Line 102.']);
    expect(state.selection.head).toBe(lineStart(state.doc, 99) + 'Line 100.'.length);
    state = at(state, lineEnd(state.doc, 198)); // the last line of a chunk again
    const before = lineTexts(state.doc).slice(198, 200);
    state = state.apply(run(state, joinForwardAcrossChunks)!);
    expect(lineTexts(state.doc)[198]).toBe(before.join(''));
    expectInSync(state, '\n');
    // Elsewhere these commands leave the keys to the base keymap.
    expect(run(at(state, lineStart(state.doc, 5)), joinBackwardAcrossChunks)).toBeNull();
    expect(run(at(state, lineEnd(state.doc, 5)), joinForwardAcrossChunks)).toBeNull();
  });

  it('splits a chunk that grows past the maximum and merges small ones, outside the undo history', () => {
    let state = createEditorState('a\nb');
    state = state.apply(state.tr.replaceSelection(textToSlice(long)));
    state.doc.forEach((chunk) => expect(chunk.childCount).toBeLessThanOrEqual(CHUNK_MAX));
    expect(state.doc.childCount).toBeGreaterThan(2);
    expectInSync(state, '\n');
    const pasted = textOf(state);
    // Deleting most lines leaves small chunks that are merged.
    const cut = state.tr.setSelection(TextSelection.create(state.doc, lineStart(state.doc, 10), lineEnd(state.doc, 400))).deleteSelection();
    state = state.apply(closeHistory(cut));
    expect(lineCount(state.doc)).toBe(61);
    state.doc.forEach((chunk) => expect(chunk.childCount).toBeGreaterThanOrEqual(CHUNK_MIN));
    // One undo brings the deleted lines back: the chunk changes are not steps of their own.
    undo(state, (tr) => (state = state.apply(tr)));
    expect(textOf(state)).toBe(pasted);
    state.doc.forEach((chunk) => expect(chunk.childCount).toBeGreaterThanOrEqual(CHUNK_MIN));
    expectInSync(state, '\n');
  });
});

describe('plain text on the clipboard', () => {
  it('pastes one line block per pasted line, whatever the line endings', () => {
    const slice = textToSlice('A\r\nB\rC\nD');
    expect(slice.content.childCount).toBe(4);
    expect(slice.openStart).toBe(1);
    const one = textToSlice('just text');
    expect(one.content.textBetween(0, one.content.size)).toBe('just text');
    expect(one.openStart).toBe(0);
  });

  it('copies the lines of a selection joined with single line breaks, across chunks', () => {
    const text = Array.from({ length: 150 }, (_, i) => `L${i}`).join('\n');
    const state = createEditorState(text);
    const from = lineStart(state.doc, 98) + 1;
    const to = lineStart(state.doc, 102) + 2;
    expect(sliceToText(state.doc.slice(from, to))).toBe('98\nL99\nL100\nL101\nL1');
    expect(sliceToText(state.doc.slice(lineStart(state.doc, 3), lineStart(state.doc, 3) + 1))).toBe('L');
  });
});
