// The synthetic series used by `npm run bench` (bench/fixtures/series.ts): deterministic and the size asked for.
import { describe, expect, it } from 'vitest';
import { generateSeries } from '../../bench/fixtures/series';

const lineCount = (text: string): number => text.split('\n').length - 1;
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

describe.each(['en', 'zh'] as const)('generateSeries (%s)', (language) => {
  const text = generateSeries({ episodes: 90, language });

  it('gives the same text for the same options, and another text for another seed', () => {
    expect(generateSeries({ episodes: 90, language })).toBe(text);
    expect(generateSeries({ episodes: 90, language, seed: 2 })).not.toBe(text);
  });

  it('writes about 15,000 lines for 90 episodes, LF endings and a final newline', () => {
    expect(Math.abs(lineCount(text) - 15_000)).toBeLessThan(300);
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes every episode marker, in order, and the scenes per episode asked for', () => {
    const marker = language === 'en' ? /^# Episode (\d+)$/gm : /^第(\d+)集：\S+$/gm;
    expect([...text.matchAll(marker)].map((m) => Number(m[1]))).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    const heading = language === 'en' ? /^(?:INT\.|EXT\.|INT\.\/EXT\.|\.FLASHBACK) /gm : /^\d+-\d+ /gm;
    const scenes = count(text, heading);
    expect(scenes).toBeGreaterThanOrEqual(90 * 10);
    expect(scenes).toBeLessThanOrEqual(90 * 12);
  });

  it('honours a fixed scene count and reaches 1,000 scenes for the breakdown bench', () => {
    const heading = language === 'en' ? /^(?:INT\.|EXT\.|INT\.\/EXT\.|\.FLASHBACK) /gm : /^\d+-\d+ /gm;
    expect(count(generateSeries({ episodes: 3, language, scenesPerEpisode: 7 }), heading)).toBe(21);
    expect(count(generateSeries({ episodes: 100, language }), heading)).toBeGreaterThanOrEqual(1000);
  });
});

describe('generateSeries content', () => {
  it('uses the English screenplay elements', () => {
    const text = generateSeries({ episodes: 10, language: 'en' });
    expect(text.startsWith('Title: ')).toBe(true);
    for (const piece of ['\n(', ' (V.O.)\n', ' ^\n', 'CUT TO:\n', '[[prop: ', '\n= ', '> THE END <']) expect(text).toContain(piece);
  });

  it('uses the Chinese micro-drama conventions', () => {
    const text = generateSeries({ episodes: 10, language: 'zh' });
    expect(text).toContain('Language: zh');
    expect(text).toMatch(/^\d+-\d+ [日夜晨傍晚深黄昏]+ (内|外|内\/外) \S+$/m);
    for (const piece of ['\n人物：', '\n△', '（OS）：', '【字幕：', '\n【卡点】', '\n【闪回】\n', '\n【闪回结束】\n']) expect(text).toContain(piece);
    expect(text).toMatch(/^\S{1,10}：（[^）]+）\S+$/m);
  });

  it('rejects an impossible scene count', () => {
    expect(() => generateSeries({ episodes: 1, language: 'en', scenesPerEpisode: [3, 2] })).toThrow(/scenesPerEpisode/);
  });
});
