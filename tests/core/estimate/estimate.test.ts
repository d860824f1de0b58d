// Page, word and screen-time estimates, simple and stated: ~55 lines a page at element widths; a page a
// minute in English; 4.5 characters a second in Chinese.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../src/core/parse';
import { countText, countWords, displayWidth, estimatePages, estimateSeconds, printedLines } from '../../../src/core/estimate';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('widths and printed lines', () => {
  it('counts Han and full-width characters as two columns', () => {
    expect(displayWidth('ABC')).toBe(3);
    expect(displayWidth('林晚：好')).toBe(8);
    expect(displayWidth('𠀀')).toBe(2); // a supplementary ideograph (a surrogate pair)
  });

  it('wraps each element at its own width', () => {
    const line = (type: 'action' | 'dialogue', n: number) => ({ text: 'x'.repeat(n), eol: '\n' as const, type });
    expect(printedLines(line('action', 60), false)).toBe(1);
    expect(printedLines(line('action', 61), false)).toBe(2);
    expect(printedLines(line('dialogue', 36), false)).toBe(2);
    expect(printedLines({ text: '[[a note]]', eol: '\n', type: 'note' }, false)).toBe(0);
    // A Chinese dialogue line runs the full width.
    expect(printedLines({ text: '林'.repeat(30), eol: '\n', type: 'dialogue' }, true)).toBe(1);
  });
});

describe('pages', () => {
  it('fills pages of 55 lines and starts a new one at ===', () => {
    const body = Array.from({ length: 120 }, (_, i) => `Action ${i}.`).join('\n');
    const est = estimatePages(parse(body));
    expect(est.pages).toBe(3);
    expect(est.pageStarts).toEqual([55, 110]);
    const broken = estimatePages(parse('One.\n\n===\n\nTwo.'));
    expect(broken.pages).toBe(2);
    expect(broken.pageStarts).toEqual([4]);
  });

  it('gives the English sample episode about three pages', () => {
    const script = parse(readFileSync(join(ROOT, 'resources', 'sample', 'en', 'ep01.fountain'), 'utf8'));
    expect(estimatePages(script).pages).toBe(3);
  });
});

describe('words', () => {
  it('counts Latin words and each Han character', () => {
    expect(countText("Don't stop, Wan — 林晚 2 times")).toEqual({ words: 5, han: 2 });
  });

  it('leaves out the title page, notes and sections', () => {
    expect(countWords(parse('Title: Many words here\n\n# Act One\n\nShe runs.\n\n[[note with words]]\n'))).toEqual({ words: 2, han: 0 });
  });
});

describe('screen time', () => {
  it('runs an English page a minute', () => {
    const body = 'INT. A - DAY\n\n' + Array.from({ length: 53 }, () => 'She runs.').join('\n');
    const script = parse(body);
    expect(estimateSeconds(script, 0, script.lines.length)).toBe(60);
  });

  it('runs Chinese dialogue and action at 4.5 characters a second, not the speaker or notes', () => {
    const script = parse('Language: zh\n\n1-1 日 内 客厅\n林晚：一二三四五六七八九。\n△门开了[[道具：门]]。\n');
    // 9 spoken + 3 acted characters: 12 / 4.5 = 2.7 s, at least 3 s for a scene.
    expect(estimateSeconds(script, 2, 5)).toBe(3);
    const long = parse(`Language: zh\n\n1-1 日 内 客厅\n林晚：${'好'.repeat(90)}\n`);
    expect(estimateSeconds(long, 2, 4)).toBe(20);
  });

  it('is zero for a heading alone', () => {
    const script = parse('INT. A - DAY\n');
    expect(estimateSeconds(script, 0, 1)).toBe(0);
  });
});
