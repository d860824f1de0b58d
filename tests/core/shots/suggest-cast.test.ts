// Suggested coverage reads the breakdown's cast (listed + speaking, under the series' name for each person,
// bit parts included) without counting one person twice or framing a crowd as a person.
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js/t2cn';
import { breakdownSeries } from '../../../src/core/breakdown';
import { parse } from '../../../src/core/parse';
import { shotScenes, suggestShots } from '../../../src/core/shots';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

function suggest(text: string) {
  const script = parse(text);
  const breakdown = breakdownSeries([{ name: 'ep.fountain', script }], { toSimplified });
  const scenes = shotScenes(script, 'ep.fountain', breakdown);
  const all = suggestShots([{ script, scenes }], breakdown, { language: 'zh-Hans' });
  return { breakdown, shots: scenes.map((s) => all[s.id]) };
}

describe('coverage with a series-wide cast', () => {
  it('knows a person spelled two ways (张浩 / 張浩) is one person', () => {
    const { breakdown, shots } = suggest(
      '第1集\n1-1 日 内 客厅\n人物：张浩、林晚\n张浩：你来了。\n林晚：嗯。\n\n1-2 夜 内 客厅\n人物：張浩、林晚\n張浩：還不睡？\n林晚：睡不着。\n【卡点】完。\n',
    );
    expect(breakdown.episodes[0].scenes[1].cast).toEqual(['张浩', '林晚']);
    const second = shots[1];
    expect(second.find((s) => s.description.includes('双人') || s.size === '2S' || s.size === 'FS')?.size).toBe('2S');
    // Nobody in the scene is silent: no reaction shot for 张浩, who speaks (as 張浩).
    expect(second.filter((s) => s.description.startsWith('反应'))).toEqual([]);
  });

  it('frames speaking bit parts but not a listed crowd', () => {
    const { breakdown, shots } = suggest('第1集\n1-1 日 外 街口\n人物：林晚、路人若干\n△路人围在街口，林晚拨开人群往前走，一个穿黑西装的保镖拦住她。\n林晚：让开，我有急事，今天一定要见到他。\n保镖甲：站住！没有预约，谁也不能进去。\n林晚：那你告诉他，林晚来了，他会见我的。\n【卡点】林晚笑了。\n');
    expect(breakdown.episodes[0].scenes[0].cast).toEqual(['林晚', '路人若干', '保镖甲']);
    const master = shots[0].find((s) => s.size === '2S' || s.size === 'FS' || s.size === 'MS');
    expect(master).toMatchObject({ size: '2S', cast: ['林晚', '保镖甲'] });
    expect(shots[0].filter((s) => s.cast.includes('路人若干'))).toEqual([]);
    // The bit part gets its MCU and no CU; the lead gets both.
    expect(shots[0].filter((s) => s.cast[0] === '保镖甲' && s.size !== '2S').map((s) => s.size)).toEqual(['MCU']);
    expect(shots[0].filter((s) => s.cast[0] === '林晚' && s.size !== '2S').map((s) => s.size).sort()).toEqual(['CU', 'CU', 'MCU']);
  });
});
