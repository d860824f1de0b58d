// The incremental breakdown equals a fresh one through random edits, and redoes only the touched episode.
import { describe, expect, it } from 'vitest';
import { generateSeries } from '../../../bench/fixtures/series';
import { createRandom } from '../../../bench/fixtures/random';
import { breakdownSeries, createBreakdownCache, defaultProject } from '../../../src/core/breakdown';
import type { Script, TextEdit } from '../../../src/core/model/script';
import { parse, reparse } from '../../../src/core/parse';
import { sampleDocs, sampleProject, toSimplified } from './support';

const INSERTS = ['a', '\n', '\n\n', ' ', '林晚：', '△', '【卡点】', '【闪回】', '3-1 日 内 客厅\n', '第2集\n', '人物：林晚、路人', '[[道具：刀]]', 'INT. PARK - DAY\n\n', '\nJOHN\nHi.\n', '[[hook]]\n\n', '# Episode 9\n', '[[prop: x]]', '/*', '*/'];

function randomEdit(text: string, rnd: ReturnType<typeof createRandom>): TextEdit {
  const from = rnd.int(0, text.length);
  const kind = rnd.next();
  const to = kind < 0.6 ? from : Math.min(text.length, from + rnd.int(1, 60));
  return { from, to, insert: kind < 0.85 ? rnd.pick(INSERTS) : '' };
}

describe.each(['zh', 'en'] as const)('incremental breakdown (%s)', (language) => {
  it('equals a fresh breakdown after every one of 150 random edits', () => {
    const rnd = createRandom(language === 'zh' ? 7 : 11);
    let text = generateSeries({ episodes: 8, language, scenesPerEpisode: [2, 4], linesPerEpisode: 40 });
    let script: Script = parse(text);
    const cache = createBreakdownCache();
    const project = defaultProject();
    for (let step = 0; step < 150; step++) {
      const edit = randomEdit(text, rnd);
      text = text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
      script = reparse(script, edit);
      const live = breakdownSeries([{ name: 's.fountain', script }], { project, toSimplified, cache });
      const fresh = breakdownSeries([{ name: 's.fountain', script: parse(text) }], { project, toSimplified });
      expect(JSON.parse(JSON.stringify(live)), `step ${step}: ${JSON.stringify(edit)}`).toEqual(JSON.parse(JSON.stringify(fresh)));
    }
  });
});

describe('what an edit redoes', () => {
  it('reads again only the episode an edit touches', () => {
    const text = generateSeries({ episodes: 20, language: 'zh' });
    let script = parse(text);
    const cache = createBreakdownCache();
    const before = breakdownSeries([{ name: 's', script }], { toSimplified, cache });
    const factsBefore = [...cache.facts.values()];
    // Type one character into the middle of episode 10.
    const at = text.indexOf('\n', text.indexOf('第10集') + 40);
    script = reparse(script, { from: at, to: at, insert: '好' });
    const after = breakdownSeries([{ name: 's', script }], { toSimplified, cache });
    const factsAfter = [...cache.facts.values()];
    const changed = factsAfter.map((f, i) => f !== factsBefore[i]);
    expect(changed.filter(Boolean)).toHaveLength(1);
    expect(changed.indexOf(true)).toBe(9);
    // Untouched episodes come back as the same objects.
    expect(after.episodes.filter((e, i) => e === before.episodes[i])).toHaveLength(19);
    expect(after.episodes[9]).not.toBe(before.episodes[9]);
  });

  it('follows a changed project: a new set mapping applies at once', () => {
    const docs = sampleDocs('zh');
    const cache = createBreakdownCache();
    const project = sampleProject('zh');
    expect(breakdownSeries(docs, { project, toSimplified, cache }).locations.find((l) => l.location === '车内')?.setId).toBe('car');
    const moved = { ...project, locations: [...project.locations, { location: '车内', set: 'office' }] };
    const b = breakdownSeries(docs, { project: moved, toSimplified, cache });
    expect(b.locations.find((l) => l.location === '车内')).toMatchObject({ setId: 'office', setSource: 'user' });
  });

  it('gives the same breakdown for episodes in one file and in several files', () => {
    const docs = sampleDocs('zh');
    // Later files' title pages would read as action in one file: leave them out.
    const whole = docs.map((d, i) => d.script.lines.filter((l) => i === 0 || l.type !== 'title_page').map((l) => l.text).join('\n')).join('\n');
    const one = breakdownSeries([{ name: 'all', script: parse(whole) }], { toSimplified });
    const many = breakdownSeries(docs, { toSimplified });
    const strip = (b: typeof one) => b.episodes.map((e) => ({ n: e.number, hook: e.hook, scenes: e.scenes.map((s) => [s.id, s.location, s.cast, s.speaking, s.seconds, s.eighths]) }));
    expect(strip(one)).toEqual(strip(many));
  });
});
