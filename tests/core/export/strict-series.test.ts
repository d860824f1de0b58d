// Strict export of whole generated series (the bench's deterministic micro-drama generator): every scene,
// speaker and line survives, read by fountain-js and by our parser, in both languages.
import { describe, expect, it } from 'vitest';
import { generateSeries } from '../../../bench/fixtures/series';
import { parse } from '../../../src/core/parse';
import { toStrictFountain } from '../../../src/core/export';
import { expressible, fountainJsSequence, ourSequence } from './sequence';

describe('strict Fountain: generated series', () => {
  it.each(['en', 'zh'] as const)('%s, 12 episodes', (language) => {
    const script = parse(generateSeries({ language, episodes: 12, seed: 7 }));
    expect(script.language).toBe(language);
    const expected = ourSequence(script);
    expect(expected.filter((e) => e.startsWith('H|')).length).toBeGreaterThan(100);
    const strict = toStrictFountain(script);
    expect(fountainJsSequence(strict)).toEqual(expressible(expected));
    const again = parse(strict);
    expect(ourSequence(again)).toEqual(expected);
    expect(again.elements.filter((e) => e.type === 'episode').length).toBe(12);
  });
});
