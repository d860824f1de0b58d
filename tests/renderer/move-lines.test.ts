// Dragging a scene in the navigator moves its lines in one transaction (one undo).
import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { buildOutline } from '../../src/core/outline';
import type { OutlineScene } from '../../src/core/outline';
import { moveLines } from '../../src/renderer/editor/move-lines';
import { scriptOf, textOf } from '../../src/renderer/editor/state';
import { parse } from '../../src/core/parse';
import { editorState, press } from './editor-support';

const TEXT = 'INT. ONE - DAY\n\nFirst.\n\nINT. TWO - DAY\n\nSecond.\n\nINT. THREE - DAY\n\nThird.';

const scenes = (s: ReturnType<typeof editorState>) => buildOutline(scriptOf(s))[0].items.filter((i): i is OutlineScene => i.kind === 'scene');

describe('moveLines', () => {
  it('moves a scene up and down, keeping a blank line before each heading', () => {
    const s = editorState(TEXT);
    const [one, two, three] = scenes(s);
    const up = s.apply(moveLines(s, three.line, three.endLine, one.line, { blankAround: true })!.tr);
    expect(textOf(up)).toBe('INT. THREE - DAY\n\nThird.\n\nINT. ONE - DAY\n\nFirst.\n\nINT. TWO - DAY\n\nSecond.\n');
    expect(scriptOf(up)).toEqual(parse(textOf(up)));
    expect(scenes(up).map((x) => x.heading)).toEqual(['INT. THREE - DAY', 'INT. ONE - DAY', 'INT. TWO - DAY']);
    const down = s.apply(moveLines(s, one.line, one.endLine, three.endLine, { blankAround: true })!.tr);
    expect(scenes(down).map((x) => x.heading)).toEqual(['INT. TWO - DAY', 'INT. THREE - DAY', 'INT. ONE - DAY']);
    expect(moveLines(s, two.line, two.endLine, two.line)).toBeNull();
    const last = moveLines(s, one.line, one.endLine, three.endLine, { blankAround: true })!;
    expect(down.doc.textBetween(0, down.doc.content.size, '\n').split('\n')[last.firstLine]).toBe('INT. ONE - DAY');
    expect(moveLines(s, three.line, three.endLine, one.line, { blankAround: true })!.firstLine).toBe(0);
  });

  it('is undone in one step', () => {
    const s = editorState(TEXT);
    const [one, , three] = scenes(s);
    const moved = s.apply(moveLines(s, three.line, three.endLine, one.line, { blankAround: true })!.tr);
    expect(textOf(press(moved, undo).state)).toBe(TEXT);
  });

  it('moves across chunk boundaries of a long script', () => {
    const body = Array.from({ length: 60 }, (_, i) => `INT. ROOM ${i} - DAY\n\nLine of scene ${i}.\n`).join('\n');
    const s = editorState(body);
    const list = scenes(s);
    const last = list[list.length - 1];
    const moved = s.apply(moveLines(s, last.line, last.endLine, list[1].line, { blankAround: true })!.tr);
    expect(scenes(moved).map((x) => x.heading).slice(0, 3)).toEqual(['INT. ROOM 0 - DAY', 'INT. ROOM 59 - DAY', 'INT. ROOM 1 - DAY']);
    expect(scriptOf(moved)).toEqual(parse(textOf(moved)));
    moved.doc.check();
  });
});
