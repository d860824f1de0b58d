// Completion at the caret: names, extensions, locations, times and the next Chinese scene number.
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse';
import { buildIndex, mergeIndexes, nextSceneNumber, suggest } from '../../../src/core/complete';
import type { LineContext } from '../../../src/core/complete';

const EN = `INT. KITCHEN - NIGHT

MARA
Where were you?

MARCUS (V.O.)
Out.

EXT. KITCHEN GARDEN - DAY

MARA (O.S.)
Marcus!

INT. KITCHEN - MORNING
`;

const ZH = `Language: zh

第1集

1-1 夜 外 福安夜市
人物：林晚、林母、周屿
林母：阿晚。
林晚（OS）：三年了。
周屿：老样子。

1-2 福安街骑楼 夜 外
林晚：谁准你们贴的？
`;

const at = (text: string, extra: Partial<LineContext> = {}): LineContext => ({ text, column: text.length, language: 'en', prevBlank: true, ...extra });
const labels = (c: ReturnType<typeof suggest>) => c?.items.map((i) => i.label) ?? [];

describe('English completion', () => {
  const index = buildIndex([parse(EN)]);

  it('offers character names on a cue line, most used first, upper-cased', () => {
    const c = suggest(at('MA'), index);
    expect(labels(c)).toEqual(['MARA', 'MARCUS']);
    expect(c).toMatchObject({ from: 0, to: 2 });
    expect(c!.items[0]).toEqual({ label: 'MARA', insert: 'MARA', kind: 'character' });
    // A forced cue takes any case, and completes after the @.
    expect(suggest(at('@marc'), index)).toMatchObject({ from: 1, to: 5, items: [{ insert: 'MARCUS' }] });
  });

  it('ranks by use before the alphabet', () => {
    const used = buildIndex([parse('INT. A - DAY\n\nZED\nOne.\n\nZACK\nTwo.\n\nZED\nThree.\n\nZED\nFour.\n')]);
    expect(labels(suggest(at('Z'), used))).toEqual(['ZED', 'ZACK']);
  });

  it('offers nothing in action lines, after a line that is not blank, or mid-line', () => {
    expect(suggest(at('Ma'), index)).toBeNull();
    expect(suggest(at('MA', { prevBlank: false }), index)).toBeNull();
    expect(suggest({ ...at('MA'), column: 1 }, index)).toBeNull();
    expect(suggest(at('MARA'), index)).toBeNull(); // nothing longer than what is typed
  });

  it('offers extensions after a name and an open bracket', () => {
    const c = suggest(at('MARA ('), index);
    expect(c).toMatchObject({ from: 6, to: 6 });
    expect(labels(c).slice(0, 2)).toEqual(['O.S.', 'V.O.']);
    expect(c!.items[0].insert).toBe('O.S.)');
    expect(labels(suggest(at('MARA (C'), index))).toEqual(["CONT'D"]);
  });

  it('offers story locations after INT./EXT. and times after the dash', () => {
    const places = suggest(at('INT. KIT'), index);
    expect(labels(places)).toEqual(['KITCHEN', 'KITCHEN GARDEN']);
    expect(places).toMatchObject({ from: 5, to: 8 });
    expect(labels(suggest(at('ext. kit'), index))).toEqual(['KITCHEN', 'KITCHEN GARDEN']);
    expect(suggest(at('INT. '), index)).toBeNull();
    const times = suggest(at('INT. KITCHEN - '), index);
    expect(labels(times).slice(0, 3)).toEqual(['DAY', 'MORNING', 'NIGHT']);
    expect(labels(suggest(at('INT. KITCHEN - MO'), index))).toEqual(['MORNING', 'MOMENTS LATER']);
    expect(labels(suggest(at('.KIT'), index))).toEqual(['KITCHEN', 'KITCHEN GARDEN']);
  });

  it('leaves out the names on the line being typed when asked to', () => {
    const script = parse('INT. A - DAY\n\nMARGOT\nHi.\n');
    expect(labels(suggest(at('MAR'), buildIndex([script])))).toEqual(['MARGOT']);
    expect(suggest(at('MAR'), buildIndex([script], { script, line: 2 }))).toBeNull();
  });
});

describe('Chinese completion', () => {
  const script = parse(ZH);
  const index = buildIndex([script]);
  const zh = (text: string, extra: Partial<LineContext> = {}) => at(text, { language: 'zh', ...extra });

  it('offers speakers with their colon, from dialogue and cast lists', () => {
    const c = suggest(zh('林'), index);
    expect(labels(c)).toEqual(['林晚', '林母']);
    expect(c!.items[0].insert).toBe('林晚：');
    // The full name is still offered: accepting adds the colon.
    expect(labels(suggest(zh('周屿'), index))).toEqual(['周屿']);
    expect(suggest(zh('△林'), index)).toBeNull();
    expect(suggest(zh('林晚：你'), index)).toBeNull();
  });

  it('offers extensions in brackets after a speaker', () => {
    const c = suggest(zh('林晚（'), index);
    expect(labels(c)).toEqual(['OS', 'VO', '画外音']);
    expect(c!.items[0].insert).toBe('OS）：');
  });

  it('offers names on a cast line after each separator', () => {
    const c = suggest(zh('人物：林晚、周'), index);
    expect(c).toMatchObject({ from: 6, to: 7, items: [{ label: '周屿', insert: '周屿' }] });
  });

  it('offers the next scene number as soon as a digit starts the line', () => {
    const offer = nextSceneNumber(script, script.lines.length - 1);
    expect(offer).toEqual({ number: '1-3', text: '1-3 ' });
    const c = suggest(zh('1', { nextScene: offer }), index);
    expect(c).toEqual({ from: 0, to: 1, items: [{ label: '1-3', insert: '1-3 ', kind: 'scene-number' }] });
    expect(suggest(zh('2', { nextScene: offer }), index)).not.toMatchObject({ items: [{ kind: 'scene-number' }] });
  });

  it('offers times, interior/exterior words and places inside a heading', () => {
    const empty = suggest(zh('1-3 '), index);
    expect(empty!.items.map((i) => i.kind)).toContain('time');
    expect(empty!.items.map((i) => i.kind)).toContain('location');
    expect(labels(empty).slice(0, 1)).toEqual(['夜']);
    const place = suggest(zh('1-3 日 内 福'), index);
    expect(labels(place)).toEqual(['福安夜市', '福安街骑楼']);
    expect(place).toMatchObject({ from: 8, to: 9 });
    // Words already in the heading are not offered again.
    expect(suggest(zh('1-3 夜 外 '), index)!.items.every((i) => i.kind === 'location')).toBe(true);
  });

  it('offers Traditional words in a script written in Traditional characters', () => {
    const hant = buildIndex([parse('Language: zh\n\n12. 內 客廳 日\n人物：張浩\n張浩：這裡說的時間不對。\n')]);
    expect(hant.traditional).toBe(true);
    expect(labels(suggest(zh('張浩（'), hant))).toContain('畫外音');
  });
});

describe('the index', () => {
  it('merges the open script with the rest of the series', () => {
    const a = buildIndex([parse(EN)]);
    const b = buildIndex([parse('INT. KITCHEN - DAY\n\nZOE\nHi.\n\nMARA\nYes.\n')]);
    const both = mergeIndexes(a, b);
    expect(both.characters.get('MARA')).toBe(3);
    expect(both.characters.get('ZOE')).toBe(1);
    expect(both.locations.get('KITCHEN')).toBe(3);
  });
});
