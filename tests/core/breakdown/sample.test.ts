// The breakdown of the bundled sample series, both versions, against what its README says.
import { describe, expect, it } from 'vitest';
import { sample, scenes } from './support';

describe('sample series breakdown', () => {
  const zh = sample('zh');
  const en = sample('en');

  it('finds ten episodes with their titles, in order', () => {
    expect(zh.episodes.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(zh.episodes.map((e) => e.title)).toEqual(['金坠子', '病房风波', '神明桌下', '五百万', '后巷', '一根头发', '发布会', '深夜车内', '董事会', '回家']);
    expect(en.episodes[2].title).toBe('Beneath the Altar');
    expect(zh.series).toMatchObject({ title: '夜市千金', language: 'zh', languageTag: 'zh-Hans', episodeCount: 10 });
  });

  it('numbers scenes as written, English 8-1A included', () => {
    expect(zh.episodes[0].scenes.map((s) => s.number)).toEqual(['1-1', '1-2', '1-3', '1-4']);
    expect(en.episodes[7].scenes.map((s) => s.id)).toEqual(['8/8-1', '8/8-1A', '8/8-2', '8/8-3']);
    expect(scenes(zh).every((s) => s.numberWritten)).toBe(true);
  });

  it('reads both heading orders, glued time and int/ext, and normalises times', () => {
    const s = scenes(zh);
    expect(s.find((x) => x.id === '1/1-2')).toMatchObject({ intExt: 'EXT', location: '福安街骑楼', time: 'NIGHT', timeText: '夜', dayNight: 'NIGHT' });
    expect(s.find((x) => x.id === '3/3-1')).toMatchObject({ intExt: 'INT', location: '林家客厅', time: 'DAWN', timeText: '清晨', dayNight: 'DAY' });
    expect(s.find((x) => x.id === '10/10-2')).toMatchObject({ time: 'DUSK', timeText: '黄昏' });
    const e = scenes(en);
    expect(e.find((x) => x.id === '2/2-4')).toMatchObject({ time: 'CONTINUOUS', dayNight: 'NIGHT' });
  });

  it('takes listed cast from 人物 lines and speakers from dialogue, bit parts in cast and extras', () => {
    const s = zh.episodes[0].scenes[0];
    expect(s.listed).toEqual(['林晚', '林母', '周屿', '摊贩甲']);
    expect(s.speaking).toEqual(['林母', '林晚', '周屿', '摊贩甲']);
    expect(s.cast).toEqual(['林晚', '林母', '周屿', '摊贩甲']);
    expect(s.extras).toEqual(['摊贩甲']);
    expect(zh.episodes[0].scenes[2].extras).toEqual(['路人若干']);
    expect(scenes(zh).find((x) => x.id === '7/7-1')?.extras).toEqual(['记者A', '记者B', '记者若干']);
  });

  it('writes speakers as written, without extensions', () => {
    expect(zh.episodes[0].scenes[1].speaking).toContain('林晚');
    expect(en.episodes[0].scenes[1].speaking).toEqual(['LIN WAN', 'SECRETARY', 'CHENGZE', 'MRS. LIN']);
    expect(en.episodes[0].scenes[2].extras).toEqual(['PASSERSBY']);
  });

  it('finds every hook: 【卡点】 lines and the paragraph after a lone [[hook]] note', () => {
    expect(zh.episodes.every((e) => e.hook && e.warnings.every((w) => w.code !== 'no-hook'))).toBe(true);
    expect(zh.episodes[0].hook).toBe('林晚翻过金坠子，背面那两个她看了二十年的小字，原来是一个名字——小满。');
    expect(en.episodes[0].hook).toMatch(/^Wan turns the pendant over\..*XIAOMAN\.$/);
    expect(en.episodes.every((e) => e.hook !== null)).toBe(true);
  });

  it('marks the flashback scene 3-3 in both versions, and only it', () => {
    expect(scenes(zh).filter((s) => s.flashback).map((s) => s.id)).toEqual(['3/3-3']);
    expect(scenes(en).filter((s) => s.flashback).map((s) => s.id)).toEqual(['3/3-3']);
  });

  it('maps every location to the sets of the README table', () => {
    expect(zh.unmapped).toEqual([]);
    expect(en.unmapped).toEqual([]);
    const setOf = (b: typeof zh, location: string) => b.locations.find((l) => l.location === location)?.setId;
    expect(setOf(zh, '福安夜市')).toBe('tw-street-market');
    expect(setOf(zh, '福安街骑楼')).toBe('tw-street-arcade');
    expect(setOf(zh, '夜市后巷')).toBe('tw-street-alley');
    expect(setOf(zh, '林家客厅')).toBe('tw-home-living');
    expect(setOf(zh, '林家厨房')).toBe('tw-home-kitchen');
    expect(setOf(zh, '医院走廊')).toBe('hospital-ward');
    expect(setOf(zh, '许氏集团走廊')).toBe('office');
    expect(zh.locations.find((l) => l.location === '许氏集团走廊')?.setSource).toBe('user');
    expect(setOf(en, 'HSU HOUSE - ENTRANCE')).toBe('tw-home-entrance');
    expect(setOf(en, "CHENGZE'S CAR - PARKING GARAGE")).toBe('car');
  });

  it('reports cast with project names, day rates, counts and first and last appearances', () => {
    const wan = zh.cast.find((c) => c.name === '林晚')!;
    expect(wan).toMatchObject({ dayRate: 1500, currency: 'CNY', inProject: true, first: { episode: 1, scene: '1-1' }, last: { episode: 10, scene: '10-4' } });
    expect(wan.speeches).toBeGreaterThan(40);
    expect(wan.characters).toBeGreaterThan(400);
    expect(wan.episodes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const chengze = en.cast.find((c) => c.name === 'CHENGZE')!;
    expect(chengze.spellings).toContain('CHENGZE');
    expect(en.cast.find((c) => c.name === 'HSU CHENGZE')).toBeUndefined();
  });

  it('reports sets with their scenes, day and night', () => {
    const market = zh.sets.find((s) => s.id === 'tw-street-market')!;
    expect(market.locations).toEqual(['福安夜市']);
    expect(market.scenes).toBe(5); // 1-1, 1-3, 6-2, 8-2, 10-4
    expect(market.nightScenes).toBe(5);
    expect(zh.sets.find((s) => s.id === 'tw-home-bedroom')?.scenes).toBe(0);
  });

  it('collects tagged elements with their categories and lines', () => {
    const s = zh.episodes[0].scenes[0];
    expect(s.elements).toEqual([
      { category: 'props', name: '铁板', line: 14 },
      { category: 'props', name: '金坠子', line: 14 },
    ]);
    expect(en.episodes[0].scenes[0].elements.map((e) => `${e.category}:${e.name}`)).toEqual(['props:griddle', 'props:gold pendant']);
    expect(zh.elements.find((e) => e.name === '黑色老款奔驰')).toMatchObject({ category: 'vehicles', scenes: 3 });
    expect(scenes(en).find((x) => x.id === '2/2-3')?.elements.map((e) => e.name)).toEqual(['ancestral altar', 'incense burner', "Mr. Lin's memorial photo", 'red cloth bundle']);
  });

  it('gives the Chinese and English versions about the same length, scene by scene', () => {
    expect(Math.abs(zh.series.seconds - en.series.seconds) / en.series.seconds).toBeLessThan(0.1);
    expect(Math.abs(zh.series.eighths - en.series.eighths) / en.series.eighths).toBeLessThan(0.1);
    for (let i = 0; i < 10; i++) {
      const ratio = zh.episodes[i].seconds / en.episodes[i].seconds;
      expect(ratio, `episode ${i + 1}`).toBeGreaterThan(0.8);
      expect(ratio, `episode ${i + 1}`).toBeLessThan(1.25);
    }
    // One to three minutes an episode, as the README says.
    expect(zh.episodes.every((e) => e.seconds >= 60 && e.seconds <= 180)).toBe(true);
  });

  it('flags the paywall episode of the project', () => {
    expect(zh.episodes.filter((e) => e.paywall).map((e) => e.number)).toEqual([6]);
  });
});
