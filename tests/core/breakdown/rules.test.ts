// The rules of the breakdown, one by one: tags, extras, sets, names, warnings, episode numbers.
import { describe, expect, it } from 'vitest';
import { breakdownSeries, categoryOfWord, defaultProject, readTag, tagEdit, tagInsertion, tagNote, tagsIn } from '../../../src/core/breakdown';
import { extrasRules, keyMaker } from '../../../src/core/breakdown/names';
import { setMatcher } from '../../../src/core/breakdown/sets';
import { parse } from '../../../src/core/parse';
import { scenes, textSeries, toSimplified } from './support';

describe('tags', () => {
  it('reads English and Chinese category names, Simplified and Traditional', () => {
    expect(readTag('prop: gold pendant')).toEqual([{ category: 'props', name: 'gold pendant', at: 0 }]);
    expect(readTag('道具：金坠子、铁板').map((t) => t.name)).toEqual(['金坠子', '铁板']);
    expect(['Wardrobe', '服裝', '化妝', 'make-up', '車輛', 'SFX', '特效', 'VFX', '后期', '陳設', 'set dressing', '音效', '音樂', 'animal', '動物', 'stunt', '替身', 'extras', '群演', 'cast', '备注'].map(categoryOfWord)).toEqual([
      'wardrobe', 'wardrobe', 'makeup', 'makeup', 'vehicles', 'sfx', 'sfx', 'vfx', 'vfx', 'set_dressing', 'set_dressing', 'sound', 'music', 'animals', 'animals', 'stunts', 'stunts', 'extras', 'extras', 'cast', 'notes',
    ]);
  });
  it('leaves notes that are not tags alone', () => {
    expect(tagsIn('He waits. [[hook]] [[this scene is too long]] [[Note to self: cut]]')).toEqual([]);
  });
  it('writes tags in the script language', () => {
    expect(tagNote('props', 'gold pendant', 'en')).toBe('[[prop: gold pendant]]');
    expect(tagNote('wardrobe', '旗袍', 'zh')).toBe('[[服装：旗袍]]');
    expect(tagNote('wardrobe', '旗袍', 'zh', true)).toBe('[[服裝：旗袍]]');
    expect(tagNote('props', 'a ]] b', 'en')).toBe('[[prop: a ] ] b]]');
    expect(readTag(tagNote('set_dressing', 'altar', 'en').slice(2, -2))[0].category).toBe('set_dressing');
  });
  it('puts cast and extras tags into the cast and extras of the scene', () => {
    const b = textSeries('INT. ROOM - DAY\n\nA knock. [[cast: JUN]] [[extras: DELIVERY MEN]]\n');
    expect(scenes(b)[0]).toMatchObject({ listed: ['JUN'], cast: ['JUN'], extras: ['DELIVERY MEN'], elements: [] });
  });
});

describe('extras', () => {
  const rules = extrasRules(defaultProject().settings.extras, keyMaker(toSimplified));
  it.each(['村民', '路人甲', '路人若干', '记者A', '記者B', '摊贩乙', '群众', '保镖们', '警察甲', 'PASSERSBY', 'CROWD', 'REPORTER #1', 'REPORTER 2', 'OFFICER A', 'DINERS'])('%s is an extra', (name) => {
    expect(rules.isExtra(name)).toBe(true);
  });
  it.each(['林晚', '记者站长', '董事长', 'LIN WAN', 'REPORTERMAN', 'NURSE', '秘书', 'VENDOR'])('%s is not', (name) => {
    expect(rules.isExtra(name)).toBe(false);
  });
  it('finds crowds in English capitals and in Chinese action without a cast line', () => {
    expect(rules.inAction('PASSERSBY', 'en')).toEqual(['PASSERSBY']);
    const b = textSeries('第1集\n1-1 日 外 广场\n△路人纷纷围拢过来，董事长走过。\n林晚：让一让。\n【卡点】完。\n');
    expect(scenes(b)[0].extras).toEqual(['路人']);
  });
  it('follows the project rules', () => {
    const project = { ...defaultProject(), settings: { ...defaultProject().settings, extras: ['小弟'] } };
    const b = textSeries('第1集\n1-1 日 外 广场\n人物：大哥、小弟甲、路人\n大哥：走。\n', { project });
    expect(scenes(b)[0]).toMatchObject({ cast: ['大哥', '小弟甲', '路人'], extras: ['小弟甲'] });
  });
});

describe('locations to sets', () => {
  const key = keyMaker(toSimplified);
  const m = setMatcher(defaultProject(), key);
  it.each([
    ['福安夜市', 'tw-street-market'],
    ['夜市后巷', 'tw-street-alley'],
    ['福安街騎樓', 'tw-street-arcade'],
    ['林家客廳', 'tw-home-living'],
    ['阿嬤家神明桌前', 'tw-home-living'],
    ['林家厨房', 'tw-home-kitchen'],
    ['NIGHT MARKET', 'tw-street-market'],
    ['ALLEY BEHIND THE NIGHT MARKET', 'tw-street-alley'],
    ['FU\'AN STREET ARCADE', 'tw-street-arcade'],
    ['LIN FAMILY HOME - LIVING ROOM', 'tw-home-living'],
    ['LIN FAMILY HOME - KITCHEN', 'tw-home-kitchen'],
    ['HOSPITAL - CORRIDOR', 'hospital-ward'],
    ['医院病房', 'hospital-ward'],
    ['许氏集团会议室', 'office'],
    ['车内', 'car'],
    ["CHENGZE'S CAR - PARKING GARAGE", 'car'],
  ])('suggests a set for %s', (location, id) => {
    expect(m.choose(location)).toMatchObject({ set: { id }, source: 'suggested' });
  });
  it.each(['SUPERMARKET', 'CARNIVAL', 'FORWARD BASE', '陈家别墅花园'])('does not guess for %s', (location) => {
    expect(m.choose(location).set).toBeNull();
  });
  it('lets the user mapping win, "not a set" included, whatever the spelling', () => {
    const project = { ...defaultProject(), locations: [{ location: '夜市後巷', set: 'tw-street-market' }, { location: 'STOCK FOOTAGE - CITY', set: null }] };
    const um = setMatcher(project, key);
    expect(um.choose('夜市后巷')).toMatchObject({ set: { id: 'tw-street-market' }, source: 'user' });
    expect(um.choose('Stock footage - city')).toEqual({ set: null, source: 'user' });
  });
  it('uses aliases before keywords', () => {
    const project = defaultProject();
    project.sets[0] = { ...project.sets[0], aliases: ['BACK OF THE SHOP'] };
    expect(setMatcher(project, key).choose('back of the shop')).toMatchObject({ set: { id: project.sets[0].id } });
  });
  it('lists unmapped locations once, in script order', () => {
    const b = textSeries('INT. SPACESHIP - DAY\n\nBeep.\n\nEXT. MOON - NIGHT\n\nDust.\n\nINT. SPACESHIP - NIGHT\n\nBeep.\n');
    expect(b.unmapped).toEqual(['SPACESHIP', 'MOON']);
  });
});

describe('names', () => {
  it('merges Simplified and Traditional spellings of one name', () => {
    const b = textSeries(['第1集\n1-1 日 内 客厅\n人物：张浩\n张浩：你好。\n', '第2集\n2-1 日 內 客廳\n人物：張浩\n張浩：再見。\n']);
    expect(b.cast).toHaveLength(1);
    expect(b.cast[0]).toMatchObject({ name: '张浩', spellings: ['张浩', '張浩'], scenes: 2, episodes: [1, 2], speeches: 2 });
  });
  it('keeps them apart without a converter', () => {
    const docs = ['第1集\n1-1 日 内 客厅\n张浩：你好。\n', '第2集\n2-1 日 內 客廳\n張浩：再見。\n'].map((t, i) => ({ name: `${i}`, script: parse(t) }));
    expect(breakdownSeries(docs).cast).toHaveLength(2);
  });
  it('merges aliases from the project under the project name', () => {
    const project = { ...defaultProject(), cast: [{ name: '林姨', aliases: ['AUNTIE LIN'], dayRate: 1000, currency: 'CNY' }] };
    const b = textSeries(['第1集\n1-1 日 内 客厅\n林姨：吃饭了。\n', 'INT. KITCHEN - DAY\n\nAUNTIE LIN\nDinner!\n'], { project });
    expect(b.cast).toHaveLength(1);
    expect(b.cast[0]).toMatchObject({ name: '林姨', spellings: ['林姨', 'AUNTIE LIN'], dayRate: 1000, inProject: true });
    expect(scenes(b)[1]).toMatchObject({ speaking: ['AUNTIE LIN'], cast: ['林姨'] });
  });
  it('counts speeches and characters spoken, extensions and CONT\'D merged', () => {
    const b = textSeries("INT. ROOM - DAY\n\nJUN\nOne two.\n\nJUN (CONT'D)\nThree.\n\nJUN (V.O.)\nFour five six.\n");
    expect(b.cast[0]).toMatchObject({ name: 'JUN', speeches: 3, characters: 'OnetwoThreeFourfivesix'.length });
    expect(scenes(b)[0].speaking).toEqual(['JUN']);
  });
});

describe('episodes', () => {
  it('warns about a missing hook and a length far from the target', () => {
    const b = textSeries('第1集\n1-1 日 内 客厅\n林晚：好。\n');
    expect(b.episodes[0].warnings.map((w) => w.code)).toEqual(['no-hook', 'too-short']);
    const project = { ...defaultProject(), settings: { ...defaultProject().settings, targetEpisodeSeconds: 1 } };
    expect(textSeries('第1集\n1-1 日 内 客厅\n林晚：好好好好好好好好好好好好好好好好好好。\n【卡点】完。\n', { project }).episodes[0].warnings.map((w) => w.code)).toEqual(['too-long']);
  });
  it('warns about repeated scene numbers and keeps ids unique', () => {
    const b = textSeries('第1集\n1-1 日 内 客厅\n△甲。\n1-1 日 内 客厅\n△乙。\n【卡点】完。\n');
    expect(scenes(b).map((s) => s.id)).toEqual(['1/1-1', '1/1-1~2']);
    expect(b.episodes[0].warnings.map((w) => w.code)).toContain('duplicate-number');
  });
  it('numbers files without markers from the title page, then the file name, then in order', () => {
    const docs = [
      { name: 'pilot.fountain', script: parse('Title: X\nEpisode: 7\n\nINT. A - DAY\n\nHi.\n') },
      { name: 'ep12.fountain', script: parse('INT. B - DAY\n\nHi.\n') },
      { name: 'extra.fountain', script: parse('INT. C - DAY\n\nHi.\n') },
    ];
    expect(breakdownSeries(docs).episodes.map((e) => e.number)).toEqual([7, 12, 13]);
  });
  it('gives a scene id and a fingerprint that changes with the text only', () => {
    const a = textSeries('INT. A - DAY #4#\n\nHi.\n');
    const b = textSeries('Title: X\n\nINT. A - DAY #4#\n\nHi.\n');
    const c = textSeries('INT. A - DAY #4#\n\nHello.\n');
    expect(scenes(a)[0].id).toBe('1/4');
    expect(scenes(a)[0].fingerprint).toBe(scenes(b)[0].fingerprint);
    expect(scenes(a)[0].fingerprint).not.toBe(scenes(c)[0].fingerprint);
  });
  it('marks a scene flashback when a flashback starts inside it', () => {
    const b = textSeries('第1集\n1-1 日 内 客厅\n△她看着照片。\n【闪回】\n△小时候的她在笑。\n【闪回结束】\n1-2 日 内 客厅\n△她放下照片。\n');
    expect(scenes(b).map((s) => s.flashback)).toEqual([true, false]);
  });
});

describe('timing', () => {
  it('gives longer scenes more eighths and seconds, at least 1 of each', () => {
    const short = scenes(textSeries('INT. A - DAY\n\nHi.\n'))[0];
    const long = scenes(textSeries(`INT. A - DAY\n\n${'She walks across the room and looks out of the window. '.repeat(40)}\n`))[0];
    expect(short.eighths).toBe(1);
    expect(short.seconds).toBeGreaterThanOrEqual(1);
    expect(long.eighths).toBeGreaterThan(4);
    expect(long.seconds).toBeGreaterThan(short.seconds * 10);
  });
  it('follows the project rates', () => {
    const text = 'INT. A - DAY\n\nJUN\nOne two three four five six seven eight nine ten.\n';
    const slow = { ...defaultProject(), settings: { ...defaultProject().settings, timing: { ...defaultProject().settings.timing, en: { ...defaultProject().settings.timing.en, dialoguePerSecond: 0.5 } } } };
    expect(scenes(textSeries(text, { project: slow }))[0].seconds).toBeGreaterThan(scenes(textSeries(text))[0].seconds + 10);
  });
  it('does not count notes as printed text', () => {
    const plain = scenes(textSeries('INT. A - DAY\n\nHe sits.\n'))[0];
    const tagged = scenes(textSeries(`INT. A - DAY\n\nHe sits. [[prop: ${'a very long prop name '.repeat(30)}]]\n`))[0];
    expect(tagged.eighths).toBe(plain.eighths);
    expect(tagged.seconds).toBe(plain.seconds);
  });
});

describe('tagging a selection', () => {
  it('inserts the note after the selection, in the script language', () => {
    const en = 'She lifts the gold pendant.';
    const at = en.indexOf('gold pendant');
    expect(tagEdit(en, at, at + 12, 'props', 'en')).toEqual({ from: at + 12, to: at + 12, insert: ' [[prop: gold pendant]]' });
    const zh = '△林晚戴着金坠子。';
    expect(tagEdit(zh, 5, 8, 'props', 'zh')).toEqual({ from: 8, to: 8, insert: '[[道具：金坠子]]' });
    expect(tagEdit('穿著旗袍', 2, 4, 'wardrobe', 'zh', true)?.insert).toBe('[[服裝：旗袍]]');
  });
  it('reads back as the tagged element', () => {
    const text = 'INT. ROOM - DAY\n\nHe opens the red box slowly.\n';
    const at = text.indexOf('red box');
    const edit = tagEdit(text, at, at + 7, 'props', 'en')!;
    const tagged = text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
    expect(scenes(textSeries(tagged))[0].elements).toEqual([{ category: 'props', name: 'red box', line: 3 }]);
  });
  it('refuses empty, overlong and note selections', () => {
    expect(tagEdit('abc', 1, 1, 'props', 'en')).toBeNull();
    expect(tagEdit('x'.repeat(500), 0, 500, 'props', 'en')).toBeNull();
    expect(tagEdit('a [[prop: b]]', 0, 13, 'props', 'en')).toBeNull();
    expect(tagInsertion('  “金坠子”。 ', '', 'props', 'zh')).toBe('[[道具：金坠子]]');
  });
});
