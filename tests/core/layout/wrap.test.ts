import { describe, expect, it } from 'vitest';
import { isWide, metrics } from '../../../src/core/layout/measure';
import { sentenceCuts } from '../../../src/core/layout/speech';
import { wrap } from '../../../src/core/layout/wrap';

const zh = metrics(7.2, 12, true);
const en = metrics(7.2, 12, false);
const lines = (text: string, chars: number, m = zh) => wrap(text, chars * m.wide, chars * m.wide, m).map((l) => text.slice(l.start, l.end));

const NO_START = '，。！？、；：）」』》';
const NO_END = '（「『《';

/** A deterministic pseudo-random generator for property tests. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('measure', () => {
  it('sets Han, kana, full-width forms and emoji wide; ambiguous marks wide only on Chinese pages', () => {
    for (const c of ['林', '。', '（', 'Ａ', 'あ', '😀', '𠀀']) expect(isWide(c.codePointAt(0)!, false), c).toBe(true);
    for (const c of ['a', 'Z', '1', '-', 'é']) expect(isWide(c.codePointAt(0)!, true), c).toBe(false);
    for (const c of ['“', '…', '—', '△']) {
      expect(isWide(c.codePointAt(0)!, true), c).toBe(true);
      expect(isWide(c.codePointAt(0)!, false), c).toBe(false);
    }
  });
});

describe('Chinese line breaking', () => {
  it('pushes a character down rather than start a line with a closing mark', () => {
    const text = `${'字'.repeat(10)}，后面还有。`;
    const got = lines(text, 10);
    expect(got[0]).toBe('字'.repeat(9));
    expect(got[1].startsWith('字，')).toBe(true);
  });

  it('never ends a line with an opening mark', () => {
    const text = `${'字'.repeat(9)}「引号里的话」结束。`;
    const got = lines(text, 10);
    expect(got[0]).toBe('字'.repeat(9));
    expect(got[1].startsWith('「')).toBe(true);
  });

  it('keeps —— and …… together and Latin words whole', () => {
    // A dash or an ellipsis may not start a line either: the character before it comes down too.
    expect(lines(`${'字'.repeat(9)}——好`, 10)[1]).toBe('字——好');
    expect(lines(`${'字'.repeat(9)}……好`, 10)).toEqual(['字'.repeat(8), '字……好']);
    const mixed = `${'字'.repeat(8)}iPhone手机`;
    const got = lines(mixed, 10);
    expect(got[0]).toBe('字'.repeat(8));
    expect(got[1]).toBe('iPhone手机');
  });

  it('keeps the rules on random text, and loses no character', () => {
    const rand = rng(7);
    const pool = `林晚许承泽周屿夜市金坠子${NO_START}${NO_END}ab c—…`;
    for (let t = 0; t < 300; t++) {
      const n = 20 + Math.floor(rand() * 200);
      const text = Array.from({ length: n }, () => pool[Math.floor(rand() * pool.length)]).join('');
      const width = 6 + Math.floor(rand() * 20);
      const ls = wrap(text, width * zh.wide, width * zh.wide, zh);
      let covered = '';
      ls.forEach((l, k) => {
        const line = text.slice(l.start, l.end);
        // `forced` marks a line cut at its end where no rule-abiding break was left.
        if (k > 0 && !ls[k - 1].forced) expect(NO_START.includes(line[0]), `line starts with ${line[0]}: ${JSON.stringify(text)} at ${width}`).toBe(false);
        const next = ls[k + 1];
        if (next && !l.forced) expect(NO_END.includes(line.at(-1)!), `line ends with ${line.at(-1)}`).toBe(false);
        covered += text.slice(l.start, next ? next.start : text.length);
      });
      expect(covered).toBe(text.slice(ls[0].start));
    }
  });

  it('cuts a line with no break anywhere where it is full', () => {
    const got = wrap('x'.repeat(25), 10 * en.narrow, 10 * en.narrow, en);
    expect(got.map((l) => l.end - l.start)).toEqual([10, 10, 5]);
    expect(got[0].forced).toBe(true);
    // A surrogate pair is never cut in two.
    const emoji = '😀'.repeat(7);
    for (const l of wrap(emoji, 3 * zh.wide, 3 * zh.wide, zh)) expect(emoji.slice(l.start, l.end)).toMatch(/^(?:😀)+$/u);
  });
});

describe('sentence ends', () => {
  it('finds English sentence ends, not abbreviations', () => {
    const text = 'Go home. Mr. Smith waits! Really? Yes.';
    expect(sentenceCuts(text, false).map((k) => text.slice(k, k + 6))).toEqual(['Mr. Sm', 'Really', 'Yes.']);
    // "Mr. Smith" is not an end
    expect(sentenceCuts('Ask Mr. Smith now.', false)).toEqual([]);
  });
  it('finds Chinese sentence ends', () => {
    const text = '你来了。我等你好久了！真的吗？“走吧。”他说。';
    expect(sentenceCuts(text, true).map((k) => text[k])).toEqual(['我', '真', '“', '他']);
  });
});
