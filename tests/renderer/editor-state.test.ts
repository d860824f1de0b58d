// The editor's parse follows every edit through reparse, and equals a full parse of the edited text;
// every line block carries one decoration with the parser's line type.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { splitBlock, joinBackward } from 'prosemirror-commands';
import { undo, redo } from 'prosemirror-history';
import { parse } from '../../src/core/parse';
import { createEditorState, scriptOf, textOf } from '../../src/renderer/editor/state';
import { scriptKey } from '../../src/renderer/editor/line-types';
import { textToSlice } from '../../src/renderer/editor/clipboard';

const ROOT = join(import.meta.dirname, '..', '..');
const sample = (lang: 'en' | 'zh') => readFileSync(join(ROOT, 'resources', 'sample', lang, 'ep01.fountain'), 'utf8');

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lineTexts(state: EditorState): string[] {
  const out: string[] = [];
  state.doc.forEach((node) => out.push(node.textContent));
  return out;
}

/** Checks the plugin's parse and decorations against a full parse of the editor's text. */
function expectInSync(state: EditorState, eol: string, bom = false): void {
  const text = textOf(state);
  expect(text).toBe((bom ? '\uFEFF' : '') + lineTexts(state).join(eol));
  expect(scriptOf(state)).toEqual(parse(text));
  const decorations = scriptKey.getState(state)!.decorations.find();
  const lines = scriptOf(state).lines;
  expect(decorations).toHaveLength(lines.length);
  state.doc.forEach((node, pos, i) => {
    const mine = decorations.filter((d) => d.from === pos && d.to === pos + node.nodeSize);
    expect(mine.map((d) => (d.spec as { type: string }).type), `line ${i + 1}`).toEqual([lines[i].type]);
  });
}

const WORDS = ['INT. KITCHEN - DAY', 'LIN WAN', '(beat)', 'Hello.', '', '  ', 'CUT TO:', '> THE END <', '[[note]]', '/*', '*/', '林晚：你好。', '1-1 日 内 客厅', '△门开了。', 'Title: X', 'x'];

type Edit = (state: EditorState, rnd: () => number) => Transaction | null;

/** The text position at or just after `pos` (inside a line block). */
const textPos = (state: EditorState, pos: number) => {
  const $pos = state.doc.resolve(Math.max(0, Math.min(pos, state.doc.content.size)));
  return $pos.depth === 0 ? Math.min($pos.pos + 1, state.doc.content.size - 1) : $pos.pos;
};
const randomPos = (state: EditorState, rnd: () => number) => textPos(state, Math.floor(rnd() * (state.doc.content.size + 1)));

const EDITS: Edit[] = [
  (s, r) => s.tr.insertText(WORDS[Math.floor(r() * WORDS.length)], randomPos(s, r)),
  (s, r) => {
    const a = randomPos(s, r);
    const b = Math.max(a, textPos(s, a + Math.floor(r() * 60)));
    return s.tr.setSelection(TextSelection.create(s.doc, a, b)).deleteSelection();
  },
  (s, r) => {
    let tr: Transaction | null = null;
    splitBlock(s.apply(s.tr.setSelection(TextSelection.create(s.doc, randomPos(s, r)))), (t) => (tr = t));
    return tr;
  },
  (s, r) => {
    const moved = s.apply(s.tr.setSelection(TextSelection.create(s.doc, s.doc.resolve(randomPos(s, r)).start())));
    let tr: Transaction | null = null;
    joinBackward(moved, (t) => (tr = t));
    return tr;
  },
  (s, r) => {
    const a = randomPos(s, r);
    const text = Array.from({ length: 1 + Math.floor(r() * 4) }, () => WORDS[Math.floor(r() * WORDS.length)]).join('\n');
    return s.tr.setSelection(TextSelection.create(s.doc, a)).replaceSelection(textToSlice(text));
  },
];

/** Applies a transaction, following any selection change made beforehand by the edit helpers. */
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
  it('decorates every line of the English and Chinese samples with its parsed type', () => {
    for (const lang of ['en', 'zh'] as const) {
      const state = createEditorState(sample(lang));
      expect(textOf(state)).toBe(sample(lang));
      expectInSync(state, '\n');
      expect(scriptOf(state).language).toBe(lang);
    }
  });

  it('starts from empty text with one empty line', () => {
    const state = createEditorState('');
    expect(state.doc.childCount).toBe(1);
    expectInSync(state, '\n');
  });

  for (const [name, eol, bom] of [
    ['LF', '\n', false],
    ['CRLF with a byte-order mark', '\r\n', true],
  ] as const) {
    it(`stays equal to a full parse through 400 random edits (${name})`, () => {
      const warn = vi.spyOn(console, 'warn');
      for (const lang of ['en', 'zh'] as const) {
        const text = (bom ? '\uFEFF' : '') + sample(lang).split('\n').join(eol);
        let state = createEditorState(text);
        const rnd = random(lang === 'en' ? 7 : 11);
        let changes = 0;
        for (let i = 0; i < 400; i++) {
          const next = step(state, rnd);
          if (!next.doc.eq(state.doc)) changes++;
          state = next;
          if (i % 20 === 0) expectInSync(state, eol, bom);
        }
        expectInSync(state, eol, bom);
        expect(changes).toBeGreaterThan(300);
      }
      expect(warn).not.toHaveBeenCalled();
    });
  }

  it('keeps the line endings of untouched lines in a mixed file', () => {
    const text = 'INT. A - DAY\r\n\nAction one.\rAction two.\n';
    let state = createEditorState(text);
    state = state.apply(state.tr.insertText('!', state.doc.content.size - 1 - ''.length));
    // Typing on the last (empty) line leaves every earlier ending as it was.
    expect(textOf(state)).toBe('INT. A - DAY\r\n\nAction one.\rAction two.\n!');
    const split = state.apply(state.tr.split(1 + 'INT. A'.length));
    expect(textOf(split)).toBe('INT. A\r\n - DAY\r\n\nAction one.\rAction two.\n!');
    expect(scriptOf(split)).toEqual(parse(textOf(split)));
  });

  it('reuses the line endings of the lines an edit spans', () => {
    const text = 'INT. A - DAY\r\n\nAction one.\rAction two.\n';
    const state = createEditorState(text);
    const lineStart = (i: number) => {
      let pos = 0;
      for (let k = 0; k < i; k++) pos += state.doc.child(k).nodeSize;
      return pos + 1;
    };
    const from = lineStart(2) + 'Action '.length;
    const to = lineStart(3) + 'Action '.length;
    const next = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)).replaceSelection(textToSlice('X\nY')));
    expect(textOf(next)).toBe('INT. A - DAY\r\n\nAction X\rYtwo.\n');
    expect(scriptOf(next)).toEqual(parse(textOf(next)));
  });

  it('retypes a cue when the line under it is written, and back when it is deleted', () => {
    let state = createEditorState('Action.\n\nMARA\n');
    expect(scriptOf(state).lines.map((l) => l.type)).toEqual(['action', 'blank', 'action', 'blank']);
    const end = state.doc.content.size - 1;
    state = state.apply(state.tr.insertText('Hi.', end));
    expect(scriptOf(state).lines.map((l) => l.type)).toEqual(['action', 'blank', 'character', 'dialogue']);
    expectInSync(state, '\n');
    state = state.apply(state.tr.delete(end, end + 3));
    expect(scriptOf(state).lines.map((l) => l.type)).toEqual(['action', 'blank', 'action', 'blank']);
    expectInSync(state, '\n');
  });
});

describe('plain-text paste', () => {
  it('makes one line block per pasted line, whatever the line endings', () => {
    const slice = textToSlice('A\r\nB\rC\nD');
    expect(slice.content.childCount).toBe(4);
    expect(slice.openStart).toBe(1);
    const one = textToSlice('just text');
    expect(one.content.textBetween(0, one.content.size)).toBe('just text');
    expect(one.openStart).toBe(0);
  });
});
