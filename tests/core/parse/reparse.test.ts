import { describe, expect, it } from 'vitest';
import { parse, reparse, sourceText } from '../../../src/core/parse';
import type { Script, TextEdit } from '../../../src/core/model/script';
import { CORPUS_ABSENT_MESSAGE, corpusPresent, corpusSamples } from './corpus-files';

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = ['a', 'X', '\n', '\n\n', '\r\n', '\r', ' ', '  ', 'INT. ', '@', '!', '.', '>', '<', '~', '=', '#', '[[', ']]', '/*', '*/', '(', ')', 'JOHN\n', '\nEXT. PARK - DAY\n\n', '：', '林晚：', '△', '【卡点】', '3-1 日 内 客厅\n', '第2集\n', '人物：林晚', '===', '^', '\t', '中文字'];

function randomEdit(text: string, next: () => number): TextEdit {
  const from = Math.floor(next() * (text.length + 1));
  const kind = next();
  const to = kind < 0.5 ? from : Math.min(text.length, from + Math.floor(next() * 40));
  const insert = kind < 0.75 ? INSERTS[Math.floor(next() * INSERTS.length)] : '';
  return { from, to, insert };
}

function check(start: string, seed: number, steps: number) {
  const next = rng(seed);
  let script: Script = parse(start);
  let text = start;
  for (let step = 0; step < steps; step++) {
    const edit = randomEdit(text, next);
    text = text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
    script = reparse(script, edit);
    const expected = parse(text);
    if (JSON.stringify(script) !== JSON.stringify(expected)) {
      // Narrow the report down to the first differing part.
      expect({ seed, step, edit, lines: script.lines }).toEqual({ seed, step, edit, lines: expected.lines });
      expect({ seed, step, edit, elements: script.elements }).toEqual({ seed, step, edit, elements: expected.elements });
      expect(script).toEqual(expected);
    }
    expect(sourceText(script)).toBe(text);
  }
}

const ZH = `第1集：开端
1-1 日 内 李家客厅
人物：林晚、李母
△林晚推门进来。
李母：（冷笑）签了它。
林晚（OS）：三年了。

1-2 夜市 夜 外
【字幕：三年前】
【闪回】
△人群。
【闪回结束】
林晚：
三年了。
（停顿）
我回来了。

【卡点】林晚手机亮起。
第2集
2-1 医院走廊 夜内
张三(VO): 我来了。
`;

const EN = `Title: Sample
Author: Someone

INT. HOUSE - DAY

John enters. /* cut this
and this */ Then he sits.

JOHN (V.O.)
(quietly)
Hello.
  
Still me.

MARY ^
Hi.

CUT TO:

[[A note
over lines]]

> FADE OUT.
`;

describe('reparse equals a full parse', () => {
  it('on random edits of an English script', () => {
    for (let seed = 1; seed <= 40; seed++) check(EN, seed, 40);
  });
  it('on random edits of a Chinese script', () => {
    for (let seed = 100; seed <= 140; seed++) check(ZH, seed, 40);
  });
  it('on random edits of every corpus sample', { timeout: 120_000 }, (ctx) => {
    if (!corpusPresent) {
      console.warn(CORPUS_ABSENT_MESSAGE);
      ctx.skip();
    }
    let seed = 1000;
    for (const { text } of corpusSamples()) check(text, seed++, 15);
  });
});

describe('reparse re-reads only the affected lines', () => {
  const big = Array.from({ length: 400 }, (_, i) => `INT. ROOM ${i} - DAY\n\nAction ${i}.\n\nBOB\nLine ${i}.\n`).join('\n');
  it('keeps the line objects far from a one-character edit', () => {
    const prev = parse(big);
    const at = big.indexOf('Action 200.') + 3;
    const next = reparse(prev, { from: at, to: at, insert: 'x' });
    const lineOf = next.lines.findIndex((l) => l.text === 'Actxion 200.');
    expect(lineOf).toBeGreaterThan(0);
    let reused = 0;
    for (let i = 0; i < next.lines.length; i++) if (next.lines[i] === prev.lines[i]) reused++;
    // Everything but the edited line and its two neighbours is the very same object.
    expect(reused).toBe(next.lines.length - 3);
    expect(next).toEqual(parse(big.slice(0, at) + 'x' + big.slice(at)));
  });
  it('hands the previous parse over: its text stays, and reparsing it again is still right', () => {
    const prev = parse(big);
    const edit = { from: 10, to: 30, insert: '\n\nBOB\n' };
    const edited = big.slice(0, 10) + edit.insert + big.slice(30);
    const next = reparse(prev, edit);
    expect(sourceText(prev)).toBe(big);
    expect(JSON.stringify(prev.lines)).toBe(JSON.stringify(parse(big).lines));
    expect(next).toEqual(parse(edited));
    // A second edit of the same previous parse is read in full, and is right.
    const again = reparse(prev, { from: 0, to: 0, insert: 'x' });
    expect(again).toEqual(parse('x' + big));
  });
  it('rejects an edit outside the text', () => {
    const prev = parse('abc');
    expect(() => reparse(prev, { from: 2, to: 9, insert: '' })).toThrow(RangeError);
  });
});
