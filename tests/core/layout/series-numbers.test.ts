// Scene numbers are printed for the whole series or not at all: one numbered scene (`#5A#`) anywhere in a
// series numbers every episode, in one layout, one episode picked out, or one PDF per episode.
import { describe, expect, it } from 'vitest';
import { layoutEach, layoutFor, paginateSeries, printProfile } from '../../../src/core/layout';
import type { Layout } from '../../../src/core/model/layout';
import { parse } from '../../../src/core/parse';
import { lineText } from './support';

const SERIES = `Title: Numbers

# Episode 1

INT. KITCHEN - DAY #5A#

Ann cooks.

INT. HALL - DAY

Ann waits.

# Episode 2

EXT. GARDEN - DAY

Ben digs.

INT. SHED - NIGHT

Ben hides.
`;

const PLAIN = SERIES.replace(' #5A#', '');

/** Scene numbers printed in the margins, by episode, once per heading (the left margin's). */
function numbersByEpisode(layout: Layout): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const page of layout.pages) {
    if (page.kind !== 'body' || page.episode === null) continue;
    const left = page.lines.filter((l) => l.kind === 'scene_number' && l.runs[0].x < layout.profile.marginLeft);
    (out[page.episode] ??= []).push(...left.map(lineText));
  }
  return out;
}

const sources = (text: string) => [{ script: parse(text), label: 'series.fountain' }];

describe('scene numbers across a series', () => {
  it('numbers every episode when one scene of the series has a number', () => {
    expect(numbersByEpisode(layoutFor(sources(SERIES)))).toEqual({ 1: ['5A', '2'], 2: ['1', '2'] });
  });

  it('numbers none when no scene has a number, and all when asked', () => {
    expect(numbersByEpisode(layoutFor(sources(PLAIN)))).toEqual({ 1: [], 2: [] });
    const asked = layoutFor(sources(PLAIN), { sceneNumbers: 'left' });
    expect(numbersByEpisode(asked)).toEqual({ 1: ['1', '2'], 2: ['1', '2'] });
    expect(numbersByEpisode(layoutFor(sources(SERIES), { sceneNumbers: 'none' }))).toEqual({ 1: [], 2: [] });
  });

  it('decides the same for paginateSeries given the episodes', () => {
    const [one, two] = SERIES.split('# Episode 2');
    const layout = paginateSeries([{ script: parse(two), label: 'ep2' }, { script: parse(one), label: 'ep1' }], printProfile('letter', 'en'));
    const scenePages = layout.pages.filter((p) => p.kind === 'body');
    expect(scenePages.flatMap((p) => p.lines.filter((l) => l.kind === 'scene_number')).length).toBe(8);
  });

  it('keeps the decision when one episode is printed, or each on its own', () => {
    const ep2 = layoutFor(sources(SERIES), { episode: 2 });
    expect(ep2.pages.flatMap((p) => p.lines.filter((l) => l.kind === 'scene_number' && l.runs[0].x < ep2.profile.marginLeft)).map(lineText)).toEqual(['1', '2']);
    const each = layoutEach(sources(SERIES));
    expect(each.map(({ layout }) => layout.pages.flatMap((p) => p.lines.filter((l) => l.kind === 'scene_number')).length)).toEqual([4, 4]);
  });
});
