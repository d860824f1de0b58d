// Scripts written here, not seen while the engine was written: English, Simplified and Traditional series,
// each with what a production assistant would write down by hand.
import { describe, expect, it } from 'vitest';
import { scenes, textSeries } from './support';

const ZH_HANS = `第一集：雨夜
1-1 夜 外 城中村巷口
人物：陈默、房东、村民若干
△大雨。陈默拖着行李箱站在巷口[[道具：行李箱]]。
房东：（打伞）你就是新租客？
陈默：是我。
村民甲：这么晚还有人搬家啊。
1-2 陈默出租屋 夜内
人物：陈默
△屋里只有一张床[[陈设：铁架床]]。
陈默（OS）：三年，我会回来的。
【卡点】手机亮起：陈总，您父亲病危。

第二集：回家
2-1 日 内 陈家别墅客厅
人物：陈默、陈母、管家
陈母：你还知道回来？
管家：少爷，老爷在楼上等您。
【闪回】
2-2 日 外 陈家别墅花园
人物：少年陈默、陈父
陈父：默儿，记住，陈家的人不低头。
【闪回结束】
2-3 日 内 陈家别墅客厅
人物：陈默、陈母
陈母：你爸的遗嘱，你签了吧。
【卡点】遗嘱最后一页，继承人写着：陈默。
`;

const ZH_HANT = `Title: 阿公的麵攤
Language: zh-Hant

第1集
1. 外景 夜市 夜
人物：阿公、小美、攤販
△阿公煮著麵[[道具：大湯鍋]]，小美在旁邊洗碗[[服裝：學生制服]]。
阿公：小美，去幫客人收錢。
小美：好啦！
攤販：阿公，今天生意不錯喔！
2. 內 阿公家客廳 夜
人物：阿公、小美
△神明桌前，阿公點了一炷香[[陳設：神明桌]]。
阿公（OS）：阿枝，孫女長大了。
【卡點】小美在抽屜裡找到一張舊照片。
`;

const EN = `Title: The Last Ferry
Language: en

# Episode 1: Fog

EXT. HARBOUR PIER - NIGHT

Fog rolls in. MAYA (30s) waits by the ticket booth. [[prop: ferry ticket]] COMMUTERS hurry past.

MAYA
(to herself)
Last one. Don't miss it.

OLD SAILOR (O.S.)
It's not coming tonight, miss.

INT. FERRY CABIN - CONTINUOUS

Maya sits. The OLD SAILOR sits across from her. [[wardrobe: oilskin coat]]

OLD SAILOR
You've got your mother's eyes.

MAYA
You knew her?

[[hook]]

He slides a photograph across the table: Maya's mother, on this very ferry.

# Episode 2: The Photograph

INT. MAYA'S APARTMENT - KITCHEN - DAY

Maya pins the photograph to the fridge.

MAYA (V.O.)
Twenty years, and she never said a word.

EXT. HARBOUR PIER - DAY (FLASHBACK)

YOUNG MAYA (8) holds her mother's hand.

MOTHER
Never take the last ferry, Maya.

[[hook]]

The photograph's back reads: Ferry 7. She never came home.
`;

describe('an unseen Simplified Chinese series', () => {
  const b = textSeries(ZH_HANS);
  it('gets episodes, numbers, int/ext, locations, times and hooks', () => {
    expect(b.series.languageTag).toBe('zh-Hans');
    expect(b.episodes.map((e) => [e.number, e.title, e.hook])).toEqual([
      [1, '雨夜', '手机亮起：陈总，您父亲病危。'],
      [2, '回家', '遗嘱最后一页，继承人写着：陈默。'],
    ]);
    expect(scenes(b).map((s) => [s.number, s.intExt, s.location, s.time, s.timeText, s.flashback])).toEqual([
      ['1-1', 'EXT', '城中村巷口', 'NIGHT', '夜', false],
      ['1-2', 'INT', '陈默出租屋', 'NIGHT', '夜', false],
      ['2-1', 'INT', '陈家别墅客厅', 'DAY', '日', false],
      ['2-2', 'EXT', '陈家别墅花园', 'DAY', '日', true],
      ['2-3', 'INT', '陈家别墅客厅', 'DAY', '日', false],
    ]);
  });
  it('gets listed, speaking cast and extras', () => {
    const [s1, s2] = b.episodes[0].scenes;
    expect(s1.listed).toEqual(['陈默', '房东', '村民若干']);
    expect(s1.speaking).toEqual(['房东', '陈默', '村民甲']);
    expect(s1.cast).toEqual(['陈默', '房东', '村民若干', '村民甲']);
    expect(s1.extras).toEqual(['村民若干', '村民甲']);
    expect(s2.speaking).toEqual(['陈默']);
    expect(b.episodes[1].scenes[0].cast).toEqual(['陈默', '陈母', '管家']);
  });
  it('suggests sets: 巷口 is the Taiwan street alley, 客厅 the Taiwan home living room', () => {
    expect(scenes(b).map((s) => s.setId)).toEqual(['tw-street-alley', null, 'tw-home-living', null, 'tw-home-living']);
    expect(b.unmapped).toEqual(['陈默出租屋', '陈家别墅花园']);
  });
});

describe('an unseen Traditional Chinese series', () => {
  const b = textSeries(ZH_HANT);
  it('gets Taiwan-order headings, Traditional tags and the hook', () => {
    expect(b.series.languageTag).toBe('zh-Hant');
    expect(b.episodes.map((e) => [e.number, e.hook])).toEqual([[1, '小美在抽屜裡找到一張舊照片。']]);
    expect(scenes(b).map((s) => [s.number, s.intExt, s.location, s.time, s.setId])).toEqual([
      ['1', 'EXT', '夜市', 'NIGHT', 'tw-street-market'],
      ['2', 'INT', '阿公家客廳', 'NIGHT', 'tw-home-living'],
    ]);
    const [s1, s2] = scenes(b);
    expect(s1.elements.map((e) => [e.category, e.name])).toEqual([['props', '大湯鍋'], ['wardrobe', '學生制服']]);
    expect(s2.elements.map((e) => [e.category, e.name])).toEqual([['set_dressing', '神明桌']]);
    expect(s1.cast).toEqual(['阿公', '小美', '攤販']);
    expect(s1.extras).toEqual(['攤販']);
    expect(s2.speaking).toEqual(['阿公']);
  });
});

describe('an unseen English series', () => {
  const b = textSeries(EN);
  it('gets episodes, assigned numbers, headings and hooks', () => {
    expect(b.episodes.map((e) => [e.number, e.title, e.hook])).toEqual([
      [1, 'Fog', "He slides a photograph across the table: Maya's mother, on this very ferry."],
      [2, 'The Photograph', "The photograph's back reads: Ferry 7. She never came home."],
    ]);
    expect(scenes(b).map((s) => [s.number, s.numberWritten, s.intExt, s.location, s.time, s.dayNight, s.flashback])).toEqual([
      ['1-1', false, 'EXT', 'HARBOUR PIER', 'NIGHT', 'NIGHT', false],
      ['1-2', false, 'INT', 'FERRY CABIN', 'CONTINUOUS', 'NIGHT', false],
      ['2-1', false, 'INT', "MAYA'S APARTMENT - KITCHEN", 'DAY', 'DAY', false],
      ['2-2', false, 'EXT', 'HARBOUR PIER', 'DAY', 'DAY', true],
    ]);
  });
  it('gets speakers without extensions, crowds, tags and the cast seen in the action', () => {
    const [s1, s2] = b.episodes[0].scenes;
    expect(s1.speaking).toEqual(['MAYA', 'OLD SAILOR']);
    expect(s1.cast).toEqual(['MAYA', 'OLD SAILOR']);
    expect(s1.extras).toEqual(['COMMUTERS']);
    expect(s1.elements).toEqual([{ category: 'props', name: 'ferry ticket', line: 8 }]);
    expect(s2.speaking).toEqual(['OLD SAILOR', 'MAYA']);
    expect(b.episodes[1].scenes[0]).toMatchObject({ speaking: ['MAYA'], setId: 'tw-home-kitchen' });
    expect(b.episodes[1].scenes[1].speaking).toEqual(['MOTHER']);
  });
});
