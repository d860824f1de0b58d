// The cast contract of `shotline breakdown --json` (issue 4, item 8): a scene's `cast` is its listed and
// speaking names, merged and under the name the cast report uses; bit parts the extras rules match stay in
// `cast` (and the cast report, flagged `extra`) as well as in `extras`.
import { describe, expect, it } from 'vitest';
import { breakdownSeries, createBreakdownCache, defaultProject } from '../../../src/core/breakdown';
import { keyMaker } from '../../../src/core/breakdown/names';
import type { SeriesBreakdown } from '../../../src/core/model/breakdown';
import { parse, reparse } from '../../../src/core/parse';
import { sample, scenes, textSeries, toSimplified } from './support';

const key = keyMaker(toSimplified);

/** Every listed or speaking name of every scene is in the scene's cast under the cast report's name. */
function expectCastIsListedPlusSpeaking(b: SeriesBreakdown): void {
  const byKey = new Map<string, string>();
  for (const c of b.cast) for (const s of [c.name, ...c.spellings]) byKey.set(key(s), c.name);
  for (const s of scenes(b)) {
    for (const name of [...s.listed, ...s.speaking]) {
      const canonical = byKey.get(key(name));
      expect(canonical, `${s.id}: ${name} has a cast report entry`).toBeDefined();
      expect(s.cast, `${s.id}: ${name}`).toContain(canonical);
    }
    for (const name of s.cast) expect(b.cast.map((c) => c.name), `${s.id}: ${name} is a cast report name`).toContain(name);
  }
}

describe('cast = listed + speaking, speaking bit parts included', () => {
  const zh = textSeries(
    '第1集\n1-1 夜 外 福安夜市\n人物：林晚、保镖甲\n△林晚走过摊位。\n保镖甲：站住！\n攤販甲：小姐，看看金坠子？\n林晚：不用了。\n【卡点】完。\n',
  );
  const en = textSeries(
    'INT. PIER - DAY\n\nMara waits.\n\nFISHERMAN #1\nStorm coming.\n\nREPORTER A\nAny comment?\n\nMARA\nNo.\n',
  );

  it('keeps speaking extras in the scene cast and in its extras (Chinese)', () => {
    const s = scenes(zh)[0];
    expect(s.speaking).toEqual(['保镖甲', '攤販甲', '林晚']);
    expect(s.cast).toEqual(['林晚', '保镖甲', '攤販甲']);
    expect(s.extras).toEqual(['保镖甲', '攤販甲']);
  });

  it('keeps speaking extras in the scene cast and in its extras (English)', () => {
    const s = scenes(en)[0];
    expect(s.cast).toEqual(['FISHERMAN #1', 'REPORTER A', 'MARA']);
    expect(s.extras).toEqual(['FISHERMAN #1', 'REPORTER A']);
  });

  it('lists them in the cast report, flagged as extras', () => {
    expect(zh.cast.map((c) => [c.name, c.extra, c.speeches])).toEqual([['林晚', false, 1], ['保镖甲', true, 1], ['攤販甲', true, 1]]);
    expect(en.cast.map((c) => [c.name, c.extra])).toEqual([['FISHERMAN #1', true], ['REPORTER A', true], ['MARA', false]]);
  });

  it('keeps listed crowds in the cast too (flagged), and crowds from the action in extras only', () => {
    const b = textSeries('第1集\n1-1 日 外 广场\n人物：大哥、路人若干\n△群众纷纷围拢。\n大哥：走。\n【卡点】完。\n');
    const s = scenes(b)[0];
    expect(s.cast).toEqual(['大哥', '路人若干']);
    expect(s.extras).toEqual(['路人若干']);
    expect(b.cast.find((c) => c.name === '路人若干')).toMatchObject({ extra: true, speeches: 0 });
    const action = textSeries('INT. BANK - DAY\n\nCUSTOMERS queue.\n\nSAM\nNext.\n');
    expect(scenes(action)[0]).toMatchObject({ cast: ['SAM'], extras: ['CUSTOMERS'] });
    expect(action.cast.map((c) => c.name)).toEqual(['SAM']);
  });

  it('holds on these scripts and on the bundled sample, both versions', () => {
    expectCastIsListedPlusSpeaking(zh);
    expectCastIsListedPlusSpeaking(en);
    expectCastIsListedPlusSpeaking(sample('zh'));
    expectCastIsListedPlusSpeaking(sample('en'));
  });
});

describe('scene cast under the cast report name', () => {
  const texts = ['第1集\n1-1 日 内 客厅\n人物：张浩\n张浩：你好。\n', '第2集\n2-1 日 內 客廳\n人物：張浩、保鏢甲\n張浩：再見。\n保鏢甲：請。\n', '第3集\n3-1 日 内 客厅\n保镖甲：走。\n'];

  it('uses the merged name in cast, keeps listed and speaking as written', () => {
    const b = textSeries(texts);
    expect(b.cast.map((c) => [c.name, c.spellings])).toEqual([['张浩', ['张浩', '張浩']], ['保鏢甲', ['保鏢甲', '保镖甲']]]);
    const second = scenes(b)[1];
    expect(second).toMatchObject({ cast: ['张浩', '保鏢甲'], listed: ['張浩', '保鏢甲'], speaking: ['張浩', '保鏢甲'], extras: ['保鏢甲'] });
    expect(scenes(b)[2]).toMatchObject({ cast: ['保鏢甲'], speaking: ['保镖甲'], extras: ['保鏢甲'] });
    expectCastIsListedPlusSpeaking(b);
  });

  it('uses the project name when the project has the person', () => {
    const project = { ...defaultProject(), cast: [{ name: '張浩', aliases: ['HAO'] }] };
    const b = textSeries([...texts, 'INT. ROOM - DAY\n\nHAO\nHi.\n'], { project });
    expect(scenes(b).map((s) => s.cast[0])).toEqual(['張浩', '張浩', '保鏢甲', '張浩']);
    expect(b.cast[0]).toMatchObject({ name: '張浩', inProject: true });
  });

  it('follows an edit that changes which spelling comes first', () => {
    let text = texts.join('');
    let script = parse(text);
    const cache = createBreakdownCache();
    const options = { toSimplified, cache, project: defaultProject() };
    expect(scenes(breakdownSeries([{ name: 's', script }], options))[1].cast[0]).toBe('张浩');
    // Episode 1 now lists 張浩 (and still speaks as 张浩): the same names, but Traditional comes first.
    const from = text.indexOf('人物：张浩') + 3;
    const edit = { from, to: from + 2, insert: '張浩' };
    text = text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
    script = reparse(script, edit);
    const live = breakdownSeries([{ name: 's', script }], options);
    const fresh = breakdownSeries([{ name: 's', script: parse(text) }], { toSimplified, project: options.project });
    expect(scenes(live).map((s) => s.cast)).toEqual([['張浩'], ['張浩', '保鏢甲'], ['保鏢甲']]);
    expect(JSON.parse(JSON.stringify(live))).toEqual(JSON.parse(JSON.stringify(fresh)));
  });
});
