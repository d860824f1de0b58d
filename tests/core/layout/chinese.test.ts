import { describe, expect, it } from 'vitest';
import { chineseStyle, paginate, printProfile, profileFor } from '../../../src/core/layout';
import type { LayoutOptions } from '../../../src/core/model/layout';
import { parse } from '../../../src/core/parse';
import { bodyText, lineText, pageLines } from './support';

const zh = (text: string, options: LayoutOptions = {}) => {
  const script = parse(text, { language: 'zh' });
  return paginate(script, profileFor(script, 'a4', options), options);
};
const P = printProfile('a4', 'zh-mainland');
const find = (layout: ReturnType<typeof zh>, text: string) => {
  for (const page of layout.pages) for (const l of page.lines) if (lineText(l).includes(text)) return l;
  throw new Error(`"${text}" is not on any page`);
};

describe('mainland pages', () => {
  it('print the heading as number, time, int/ext and place, bold, whatever order it was written in', () => {
    const layout = zh('第1集：金坠子\n\n1-2 福安街骑楼 夜 外\n人物：林晚、林母\n△林晚跑过来。\n\n1-3 日 内 林家客厅\n△天亮了。\n');
    const body = bodyText(layout).flat();
    expect(body).toEqual(['第1集：金坠子', '1-2　夜　外　福安街骑楼', '人物：林晚、林母', '△林晚跑过来。', '1-3　日　内　林家客厅', '△天亮了。']);
    const heading = find(layout, '福安街骑楼');
    expect(heading.bold).toBe(true);
    const episode = find(layout, '金坠子');
    const run = episode.runs[0];
    expect(run.x - P.marginLeft).toBeGreaterThan(100);
    expect(layout.meta.language).toBe('zh-CN');
  });

  it('leaves the number out with --scene-numbers none, and never prints margin numbers', () => {
    const layout = zh('1-1 日 内 客厅\n△他进来。\n', { sceneNumbers: 'none' });
    expect(bodyText(layout).flat()[0]).toBe('日　内　客厅');
    expect(zh('1-1 日 内 客厅\n△他进来。\n').pages[0].lines.some((l) => l.kind === 'scene_number')).toBe(false);
  });

  it('hangs wrapped dialogue after the colon and wrapped action after the △', () => {
    const long = '我爸在这里摆了二十年摊，你一句公道就想打发？我告诉你，这块地我们一寸都不会让，你回去跟你们老板说清楚。';
    const layout = zh(`1-1 日 内 客厅\n林晚：${long}\n△${long}\n`);
    const lines = pageLines(layout.pages[0]);
    const speech = lines.filter((l) => l.sourceLine === 2);
    expect(speech.length).toBeGreaterThan(1);
    expect(lineText(speech[0]).startsWith('林晚：我爸')).toBe(true);
    expect(speech[1].runs[0].x).toBeCloseTo(speech[0].runs[0].x + 3 * 12);
    const action = lines.filter((l) => l.sourceLine === 3);
    expect(action[1].runs[0].x).toBeCloseTo(action[0].runs[0].x + 12);
    // Every character comes back, in order.
    expect(speech.map(lineText).join('')).toBe(`林晚：${long}`);
    for (const l of [...speech, ...action]) expect(l.runs.at(-1)!.x + l.runs.at(-1)!.width).toBeLessThanOrEqual(P.marginLeft + P.blocks.dialogue.width + 0.01);
  });

  it('puts the parenthetical on the speaker\'s line and splits long speeches with （接下页）/（续）', () => {
    const filler = Array.from({ length: 35 }, (_, i) => `△第${i + 1}行动作。`).join('\n');
    const speech = '第一句话说完了。第二句话也说完了。第三句话还没有说完但是马上就要说完了。第四句话。第五句话在这里结束。'.repeat(2);
    const layout = zh(`1-1 日 内 客厅\n${filler}\n林晚：（冷笑）${speech}\n`);
    const [p1, p2] = bodyText(layout);
    expect(p1.at(-1)).toBe('（接下页）');
    expect(p1.at(-2)).toMatch(/。$/);
    expect(p2[0].startsWith('林晚（续）：')).toBe(true);
    expect(p1.find((l) => l.startsWith('林晚：'))).toMatch(/^林晚：（冷笑）第一句/);
  });

  it('sets Latin words inside Chinese text in the Latin font, placed where the measure says', () => {
    const layout = zh('1-1 日 内 客厅\n△林晚看着iPhone发呆。\n');
    const line = find(layout, 'iPhone');
    expect(line.runs.map((r) => [r.text, r.script])).toEqual([
      ['△林晚看着', 'cjk'],
      ['iPhone', 'latin'],
      ['发呆。', 'cjk'],
    ]);
    expect(line.runs[1].x).toBeCloseTo(line.runs[0].x + 5 * 12);
    expect(line.runs[2].x).toBeCloseTo(line.runs[1].x + 6 * 7.2);
  });

  it('breaks lines by the Chinese rules on real pages', () => {
    const text = `1-1 日 内 客厅\n△${'好'.repeat(35)}，${'长'.repeat(30)}「${'话'.repeat(5)}」。\n`;
    const lines = bodyText(zh(text)).flat().slice(1);
    for (const l of lines.slice(1)) expect('，。！？、；：）」』》').not.toContain(l[0]);
    for (const l of lines) expect('（「『《').not.toContain(l.at(-1));
  });
});

describe('Taiwan pages', () => {
  it('follow the Taiwan order and Traditional fixed words', () => {
    const layout = zh('Language: zh-Hant\n\n12. 內 客廳 日\n林晚：你來了。\n\n3-1 日 内 客厅\n△他進來。\n');
    expect(layout.profile.style).toBe('zh-taiwan');
    expect(layout.meta.language).toBe('zh-TW');
    const body = bodyText(layout).flat();
    expect(body[0]).toBe('12　內　客廳　日');
    // The fixed words are set in Traditional; the place is printed as written.
    expect(body[2]).toBe('3-1　內　客厅　日');
  });

  it('are chosen by the title page or by Traditional text', () => {
    expect(chineseStyle(parse('Language: zh-TW\n\n1-1 日 内 客厅\n', { language: 'zh' }))).toBe('taiwan');
    expect(chineseStyle(parse('Language: zh-Hans\n\n1-1 日 内 客厅\n', { language: 'zh' }))).toBe('mainland');
    expect(chineseStyle(parse('12. 內 客廳 日\n林晚：這個時候你還沒說。\n', { language: 'zh' }))).toBe('taiwan');
    expect(chineseStyle(parse('12. 内 客厅 日\n林晚：这个时候你还没说。\n', { language: 'zh' }))).toBe('mainland');
  });

  it('continue split speeches with （接下頁）/（續）', () => {
    const filler = Array.from({ length: 35 }, (_, i) => `△第${i + 1}行。`).join('\n');
    const speech = '第一句話說完了。第二句話也說完了。第三句話還沒有說完但是馬上就要說完了。第四句話。'.repeat(3);
    const [p1, p2] = bodyText(zh(`Language: zh-Hant\n\n1. 內 客廳 日\n${filler}\n林晚：${speech}\n`));
    expect(p1.at(-1)).toBe('（接下頁）');
    expect(p2[0].startsWith('林晚（續）：')).toBe(true);
  });
});

describe('Chinese title page', () => {
  it('centres the title in bold and labels the author', () => {
    const layout = zh('Title: 夜市千金\nAuthor: 示例剧组\nDraft date: 2025-01\nLanguage: zh\n\n1-1 日 内 客厅\n△他进来。\n');
    const lines = pageLines(layout.pages[0]).map(lineText);
    expect(lines).toEqual(['夜市千金', '编剧：示例剧组', '2025-01']);
    expect(layout.pages[0].lines[0].bold).toBe(true);
    expect(layout.meta.title).toBe('夜市千金');
  });
});
