import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse';
import type { Element } from '../../../src/core/model/script';

const zh = (body: string) => parse(body, { language: 'zh' });
const els = (body: string) => zh(body).elements;
const only = (body: string) => {
  const list = els(body);
  expect(list).toHaveLength(1);
  return list[0] as Element & Record<string, unknown>;
};

describe('language', () => {
  it('is detected when most letters are Han', () => {
    expect(parse('第1集\n1-1 日 内 客厅\n林晚：你好。').language).toBe('zh');
    expect(parse('第1集\n1-1 日 内 客厅\n林晚：你好。').languageSource).toBe('detected');
    expect(parse('INT. HOUSE - DAY\n\nBOB\nHi 你好.').language).toBe('en');
  });
  it('follows the title page Language key either way', () => {
    const zhTitle = parse('Title: X\nLanguage: zh-Hant\n\n12. 內 客廳 日\n');
    expect([zhTitle.language, zhTitle.languageSource]).toEqual(['zh', 'title']);
    expect(zhTitle.elements[0].type).toBe('scene_heading');
    const en = parse('Title: X\nLanguage: en\n\n林晚：你好。\n3-1 日 内 客厅\n');
    expect(en.language).toBe('en');
    expect(en.elements.map((e) => e.type)).toEqual(['action']);
  });
});

describe('episode markers', () => {
  it.each([
    ['第3集', 3, null],
    ['第三集：逆袭', 3, '逆袭'],
    ['# 第12集', 12, null],
    ['第二十一集 重逢', 21, '重逢'],
    ['第一百集', 100, null],
    ['# Episode 7: The Deal', 7, 'The Deal'],
  ])('%s', (line, number, title) => {
    expect(only(line)).toMatchObject({ type: 'episode', number, title });
  });
});

describe('scene headings', () => {
  it.each([
    ['3-1 日 内 李家客厅', '3-1', 'INT', '李家客厅', 'DAY', '日'],
    ['3-2 夜 外 码头', '3-2', 'EXT', '码头', 'NIGHT', '夜'],
    ['1-2 医院走廊 夜内', '1-2', 'INT', '医院走廊', 'NIGHT', '夜'],
    ['1-3 公司楼下 日 外', '1-3', 'EXT', '公司楼下', 'DAY', '日'],
    ['12. 內 客廳 日', '12', 'INT', '客廳', 'DAY', '日'],
    ['5. 外景 夜市 夜', '5', 'EXT', '夜市', 'NIGHT', '夜'],
    ['20、卫生间 日 内', '20', 'INT', '卫生间', 'DAY', '日'],
    ['4-5 黄昏 内/外 车内', '4-5', 'INT/EXT', '车内', 'DUSK', '黄昏'],
    ['2-1 清晨 外 山顶', '2-1', 'EXT', '山顶', 'DAWN', '清晨'],
    ['6-3 深夜 内景 李家 卧室', '6-3', 'INT', '李家 卧室', 'NIGHT', '深夜'],
  ])('%s', (line, number, intExt, location, time, timeText) => {
    expect(only(line)).toMatchObject({ type: 'scene_heading', number, intExt, location, time, timeText });
  });
  it('does not take numbered action or dialogue for a heading', () => {
    expect(els('3 个人走进来。')[0].type).toBe('action');
    expect(els('1. 林晚走进客厅。')[0].type).toBe('action');
  });
  it('still reads forced Fountain headings', () => {
    expect(only('.客厅 - 夜')).toMatchObject({ type: 'scene_heading', location: '客厅', time: 'NIGHT', forced: true });
  });
});

describe('lines of a scene', () => {
  it('cast lines with every separator', () => {
    expect(only('人物：林晚、李母，张三, 李四 王五')).toMatchObject({ type: 'cast_list', names: ['林晚', '李母', '张三', '李四', '王五'] });
    expect(only('出场人物：阿嬤')).toMatchObject({ names: ['阿嬤'] });
    expect(only('人：记者A、村民')).toMatchObject({ names: ['记者A', '村民'] });
  });
  it('△ action keeps its mark; each line is its own paragraph', () => {
    expect(els('△林晚推门进来。\n△李母抬头。').map((e) => [e.type, e.text])).toEqual([
      ['action', '△林晚推门进来。'],
      ['action', '△李母抬头。'],
    ]);
  });
  it('dialogue with parenthetical, extensions, half-width punctuation', () => {
    const d = els('李母：（冷笑）签了它。');
    expect(d.map((e) => [e.type, e.text])).toEqual([
      ['character', '李母'],
      ['parenthetical', '（冷笑）'],
      ['dialogue', '签了它。'],
    ]);
    expect(d[0].range.start.column).toBe(0);
    expect(d[2].range.start.column).toBe(7);
    expect(els('林晚（OS）：三年了。')[0]).toMatchObject({ type: 'character', name: '林晚', extension: 'OS', text: '林晚（OS）' });
    expect(els('张三(VO): 我来了。')[0]).toMatchObject({ name: '张三', extension: 'VO' });
    expect(els('张三(VO): 我来了。')[1]).toMatchObject({ type: 'dialogue', text: '我来了。' });
  });
  it('a speaker alone on a line takes the following lines as dialogue', () => {
    expect(els('林晚：\n三年了。\n（停顿）\n我回来了。\n\n△她走了。').map((e) => e.type)).toEqual([
      'character', 'dialogue', 'parenthetical', 'dialogue', 'action',
    ]);
  });
  it('reserved keys and narration verbs are not speakers', () => {
    expect(only('时间：三年后').type).toBe('action');
    expect(only('林晚看着他说：你好').type).toBe('action');
    expect(only('这是一个很长很长很长的句子里面有冒号：对').type).toBe('action');
  });
  it('captions, flashbacks, hooks and transitions', () => {
    const s = els('【字幕：三年前】\n【闪回】\n△雨夜。\n【闪回结束】\n切至：\n黑场\n【卡点】林晚手机亮起。');
    expect(s.map((e) => e.type)).toEqual(['caption', 'flashback_start', 'action', 'flashback_end', 'transition', 'transition', 'hook']);
    expect(s[6].text).toBe('【卡点】林晚手机亮起。');
  });
  it('Fountain keeps working inside Chinese scripts', () => {
    const s = els('@林晚\n三年了。\n\nJACK\nHello.\n\n[[道具：离婚协议]]\n/* 删掉 */\n===\n> 淡出');
    expect(s.map((e) => e.type)).toEqual(['character', 'dialogue', 'character', 'dialogue', 'note', 'boneyard', 'page_break', 'transition']);
    expect(els('林晚走进来\n她看着窗外。').map((e) => e.type)).toEqual(['action', 'action']);
  });
});

describe('forced headings in Chinese scripts', () => {
  it('read Chinese time and int/ext words, and the #n# number', () => {
    const h = els('.夜 外 福安夜市 #1-1#')[0];
    expect(h).toMatchObject({ type: 'scene_heading', number: '1-1', intExt: 'EXT', location: '福安夜市', time: 'NIGHT', timeText: '夜', forced: true });
  });
});

describe('locked scene numbers on Chinese headings', () => {
  it.each([
    ['1-3 夜 外 福安夜市 #1-3#', '1-3', 'EXT', '福安夜市', 'NIGHT'],
    ['1-2 医院走廊 夜内 #1-2A#', '1-2A', 'INT', '医院走廊', 'NIGHT'],
    ['12. 內 客廳 日 #12#', '12', 'INT', '客廳', 'DAY'],
  ])('%s', (line, number, intExt, location, time) => {
    expect(only(line)).toMatchObject({ type: 'scene_heading', number, intExt, location, time });
  });
});

describe('speakers a Chinese script also has', () => {
  it('reads mixed-case Latin names, not Latin labels', () => {
    expect(els('Tom：OK，我来。')[0]).toMatchObject({ type: 'character', name: 'Tom' });
    expect(els('Lucy：Hello，王总。')[0]).toMatchObject({ type: 'character', name: 'Lucy' });
    expect(only('Note：这里要改').type).toBe('action');
  });
  it('takes screens and messages for action, not speakers', () => {
    for (const line of ['手机屏幕显示：你被解雇了。', '短信内容：今晚八点。', '电视新闻播报：台风将至。']) {
      expect(els(line).map((e) => e.type), line).toEqual(['action']);
    }
  });
  it('reads 内心 after a name as its extension', () => {
    expect(els('小李内心：完了。')[0]).toMatchObject({ type: 'character', name: '小李', extension: '内心', text: '小李内心' });
  });
});
