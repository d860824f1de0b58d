// The `!` decisions of the strict export, one reader at a time.
import { describe, expect, it } from 'vitest';
import { forceLine, genericMisread, readsBackAs } from '../../../src/core/export/strict-safety';

describe('genericMisread (a Fountain tool reading blank-line-separated blocks)', () => {
  it.each([
    [['INT. is short for interior.'], 'a heading'],
    [['EXT'], 'a bare heading word'],
    [['SHE SCREAMS', 'and runs.'], 'a cue with dialogue'],
    [['林晚坐在窗边', '看着楼下的车流。'], 'a Chinese paragraph (no lower case)'],
    [['HE LEAVES. SMASH TO:'], 'a transition'],
    [['~la la'], 'a lyric'],
    [['=== '], 'a page break'],
    [['.hidden'], 'a forced heading'],
    [['Calm.', '>THE END<'], 'a centered line inside'],
  ])('%j would be misread as %s', (lines) => {
    expect(genericMisread(lines, false)).toBe(true);
  });

  it.each([
    [['He walks in.']],
    [['SHE SCREAMS']],
    [['He says', 'NO WAY.']],
    [['△林晚推门进来。']],
    [['!SHE SCREAMS', 'and runs.']],
  ])('%j is read as action', (lines) => {
    expect(genericMisread(lines, false)).toBe(false);
  });

  it('a `Key: value` line only matters when it opens the file', () => {
    expect(genericMisread(['Note: the lights are off.'], true)).toBe(true);
    expect(genericMisread(['Note: the lights are off.'], false)).toBe(false);
  });
});

describe('readsBackAs (our parser)', () => {
  it('checks the element type and text, by language', () => {
    expect(readsBackAs('林晚：这是台词。', 'action', '林晚：这是台词。', 'zh', false)).toBe(false);
    expect(readsBackAs('!林晚：这是台词。', 'action', '林晚：这是台词。', 'zh', false)).toBe(true);
    expect(readsBackAs('林晚：这是台词。', 'action', '林晚：这是台词。', 'en', false)).toBe(true);
    expect(readsBackAs('人物：林晚、李母', 'cast_list', '人物：林晚、李母', 'zh', false)).toBe(true);
    expect(readsBackAs('Title: not action', 'action', 'Title: not action', 'en', true)).toBe(false);
  });

  it('forceLine keeps indentation', () => {
    expect(forceLine('    INT. NOT A HEADING')).toBe('    !INT. NOT A HEADING');
  });
});
