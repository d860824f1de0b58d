// The typing flow: Enter is a plain new line (the parser types what follows), Tab cycles the line's form,
// English headings and cues are upper-cased as they are typed.
import { describe, expect, it } from 'vitest';
import { splitBlock } from 'prosemirror-commands';
import { cycleLine } from '../../src/renderer/editor/typing';
import { editorState, lines, press, type } from './editor-support';

const enter = (s: ReturnType<typeof editorState>) => press(s, splitBlock).state;

describe('Enter', () => {
  it('continues a cue with dialogue, and leaves dialogue for action on an empty line', () => {
    let s = editorState('INT. HOUSE - DAY\n\n');
    s = type(s, 'MARA');
    s = enter(s);
    s = type(s, 'Where were you?');
    expect(lines(s).slice(-2)).toEqual([['character', 'MARA'], ['dialogue', 'Where were you?']]);
    s = enter(s);
    s = enter(s); // Enter on the empty line after the dialogue: that line stays as the blank that ends it
    s = type(s, 'She leaves.');
    expect(lines(s).slice(-4)).toEqual([['character', 'MARA'], ['dialogue', 'Where were you?'], ['blank', ''], ['action', 'She leaves.']]);
  });
});

describe('typed text', () => {
  it('puts the caret after the typed text even when the state had the caret elsewhere', async () => {
    const { typingTransaction } = await import('../../src/renderer/editor/typing');
    const { lineEnd } = await import('../../src/renderer/editor/lines');
    const { TextSelection } = await import('prosemirror-state');
    let s = editorState('Title: Test\n\nShe waits.\n');
    // The page's caret is at the end of "She waits." while the state still has it at the start (a click
    // the browser has not reported yet).
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, 2)));
    const at = lineEnd(s.doc, 2);
    s = s.apply(typingTransaction(s, at, at, ' A'));
    expect(lines(s)[2][1]).toBe('She waits. A');
    expect(s.selection.head).toBe(at + 2);
  });
});

describe('upper case as typed', () => {
  it('upper-cases an English heading once INT. is typed, and its place', () => {
    let s = editorState('Action.\n\n');
    s = type(s, 'int. kitchen - night');
    expect(lines(s).at(-1)).toEqual(['scene_heading', 'INT. KITCHEN - NIGHT']);
    expect(s.selection.head).toBe(s.doc.content.size - 2);
  });

  it('upper-cases a forced cue, not action or Chinese', () => {
    expect(lines(type(editorState('Action.\n\n'), '@mara')).at(-1)).toEqual(['character', '@MARA']);
    expect(lines(type(editorState('Action.\n\n'), 'mara walks in.')).at(-1)).toEqual(['action', 'mara walks in.']);
    expect(lines(type(editorState('Language: zh\n\n1-1 日 内 客厅\n'), 'abc')).at(-1)![1]).toBe('abc');
  });
});

describe('Tab', () => {
  it('cycles an English line: action, character, scene heading, transition, action', () => {
    let s = type(editorState('Action.\n\n'), 'mara');
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      s = press(s, cycleLine(1)).state;
      seen.push(lines(s).at(-1)![1]);
    }
    expect(seen).toEqual(['MARA', '.MARA', '> MARA', '!MARA']);
    expect(lines(press(s, cycleLine(-1)).state).at(-1)).toEqual(['transition', '> MARA']);
  });

  it('makes an empty line a cue with @, and a heading with INT.', () => {
    let s = press(editorState('Action.\n\n'), cycleLine(1)).state;
    expect(lines(s).at(-1)).toEqual(['character', '@']);
    s = type(s, 'zoe');
    expect(lines(s).at(-1)).toEqual(['character', '@ZOE']);
    const heading = press(press(editorState('Action.\n\n'), cycleLine(1)).state, cycleLine(1)).state;
    expect(lines(heading).at(-1)).toEqual(['scene_heading', 'INT. ']);
  });

  it('cycles a Chinese line with the next scene number and a speaker colon', () => {
    let s = type(editorState('Language: zh\n\n第1集\n1-1 夜 外 福安夜市\n△灯亮了。\n'), '林晚');
    s = press(s, cycleLine(1)).state;
    expect(lines(s).at(-1)).toEqual(['character', '林晚：']);
    s = press(s, cycleLine(1)).state;
    expect(lines(s).at(-1)).toEqual(['scene_heading', '.林晚']);
    const place = press(type(editorState('Language: zh\n\n第1集\n1-1 夜 外 福安夜市\n△灯亮了。\n'), '客厅 日 内'), cycleLine(-1)).state;
    expect(lines(press(place, cycleLine(1)).state).at(-1)).toEqual(['action', '客厅 日 内']);
    const heading = press(press(type(editorState('Language: zh\n\n第1集\n1-1 夜 外 福安夜市\n△灯亮了。\n'), '客厅 日 内'), cycleLine(1)).state, cycleLine(1)).state;
    expect(lines(heading).at(-1)).toEqual(['scene_heading', '1-2 客厅 日 内']);
  });

  it('is one undo step', async () => {
    const { undo } = await import('prosemirror-history');
    const s = press(type(editorState('Action.\n\n'), 'mara'), cycleLine(1)).state;
    expect(lines(press(s, undo).state).at(-1)![1]).toBe('mara');
    expect(lines(press(press(s, undo).state, undo).state).at(-1)![1]).toBe('');
  });
});
