// The next scene number of a Chinese script, in the script's own numbering style.
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse';
import { nextSceneNumber } from '../../../src/core/complete';

const next = (text: string) => {
  const script = parse(`Language: zh\n\n${text}\n`);
  return nextSceneNumber(script, script.lines.length - 1);
};

describe('nextSceneNumber', () => {
  it('counts on within an episode: 1-3 after 1-2', () => {
    expect(next('第1集\n1-1 夜 外 福安夜市\n△灯亮了。\n1-2 福安街骑楼 夜 外\n△人群散开。')).toEqual({ number: '1-3', text: '1-3 ' });
  });

  it('starts the episode after a marker: 2-1 after 第2集', () => {
    expect(next('第1集\n1-1 夜 外 福安夜市\n1-2 日 内 客厅\n第2集')).toEqual({ number: '2-1', text: '2-1 ' });
    expect(next('第二集：逆袭')).toEqual({ number: '2-1', text: '2-1 ' });
  });

  it('keeps running numbers and their marks (Taiwan 12., lists 20、)', () => {
    expect(next('12. 內 客廳 日\n△門開了。')).toEqual({ number: '13', text: '13. ' });
    expect(next('20、卫生间 日 内')).toEqual({ number: '21', text: '21、' });
    expect(next('第3场 日 内 客厅')).toEqual({ number: '4', text: '第4场 ' });
    // Running numbers go on across an episode marker.
    expect(next('12. 內 客廳 日\n第2集')).toEqual({ number: '13', text: '13. ' });
  });

  it('starts at 1-1 in a script with no scenes yet', () => {
    expect(next('△开场。')).toEqual({ number: '1-1', text: '1-1 ' });
  });

  it('looks only above the line', () => {
    const script = parse('Language: zh\n\n1-1 夜 外 福安夜市\n\n1-2 日 内 客厅\n');
    expect(nextSceneNumber(script, 3).number).toBe('1-2');
  });
});
