// The completion list in the editor: opens as the writer types, keys move and accept, Escape dismisses,
// and without a list no key is taken (Enter stays a new line).
import { describe, expect, it } from 'vitest';
import { splitBlock } from 'prosemirror-commands';
import { acceptCompletion, activeCompletion, dismissCompletion } from '../../src/renderer/editor/completion';
import { keymapHandles } from './keys';
import { editorState, lines, press, type } from './editor-support';

const EN = 'INT. KITCHEN - NIGHT\n\nMARA\nHi.\n\nMARCUS\nHey.\n\n';
const ZH = 'Language: zh\n\n第1集\n1-1 夜 外 福安夜市\n人物：林晚、林母\n林母：阿晚。\n林晚（OS）：三年了。\n';

describe('completion in the editor', () => {
  it('opens while typing a cue and accepts with Enter', () => {
    let s = type(editorState(EN), 'MA');
    expect(activeCompletion(s)?.items.map((i) => i.label)).toEqual(['MARA', 'MARCUS']);
    s = press(s, acceptCompletion()).state;
    expect(lines(s).at(-1)).toEqual(['action', 'MARA']);
    expect(activeCompletion(s)).toBeNull();
  });

  it('moves with the arrows and accepts with Tab', () => {
    const s = type(editorState(EN), 'MA');
    expect(keymapHandles(s, 'ArrowDown')).toBe(true);
    const moved = keymapHandles.last!;
    expect(activeCompletion(moved)?.selected).toBe(1);
    expect(keymapHandles(moved, 'Tab')).toBe(true);
    expect(lines(keymapHandles.last!).at(-1)![1]).toBe('MARCUS');
  });

  it('takes no key when no list is shown: Enter is a new line, Tab cycles, arrows move', () => {
    const s = type(editorState(EN), 'She');
    expect(activeCompletion(s)).toBeNull();
    for (const key of ['Enter', 'ArrowDown', 'ArrowUp', 'Escape']) expect(keymapHandles(s, key, 'completion')).toBe(false);
    expect(press(s, splitBlock).handled).toBe(true);
  });

  it('stays closed after Escape until the line changes', () => {
    let s = type(editorState(EN), 'MA');
    s = press(s, dismissCompletion).state;
    expect(activeCompletion(s)).toBeNull();
    s = type(s, 'R');
    expect(activeCompletion(s)?.items.map((i) => i.label)).toEqual(['MARA', 'MARCUS']);
  });

  it('closes when the caret leaves the line, and does not open on paste or undo', async () => {
    const { TextSelection } = await import('prosemirror-state');
    let s = type(editorState(EN), 'MA');
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, 3)));
    expect(activeCompletion(s)).toBeNull();
    const pasted = editorState(EN);
    const p = pasted.apply(pasted.tr.insertText('MA').setMeta('uiEvent', 'paste'));
    expect(activeCompletion(p)).toBeNull();
  });

  it('offers Chinese speakers, then the next scene number and heading words', () => {
    let s = type(editorState(ZH), '林');
    expect(activeCompletion(s)?.items.map((i) => i.insert)).toEqual(['林晚：', '林母：']);
    s = press(s, acceptCompletion()).state;
    s = type(s, '你好。');
    expect(lines(s).at(-1)).toEqual(['dialogue', '林晚：你好。']);
    s = press(s, splitBlock).state;
    s = type(s, '1');
    expect(activeCompletion(s)?.items).toEqual([{ label: '1-2', insert: '1-2 ', kind: 'scene-number' }]);
    s = press(s, acceptCompletion()).state;
    // Accepting the number opens the heading's words at once.
    expect(activeCompletion(s)?.items.map((i) => i.kind)).toContain('time');
    s = press(s, acceptCompletion()).state; // 夜, the script's own time word
    expect(lines(s).at(-1)![1]).toBe('1-2 夜 ');
  });
});
