// "Lock scene numbers": the edits it returns, and what the script reads as afterwards.
import { describe, expect, it } from 'vitest';
import { applyTextEdits, lockSceneNumbers, lockedNumberOf, resolveShots } from '../../../src/core/shots';
import { listWith, load } from './helpers';

const en = (...s: string[]) => `Title: Test\nLanguage: en\n\n${s.join('')}`;
const K = 'INT. KITCHEN - DAY\n\nAnna cooks eggs.\n\n';
const G = 'EXT. GARDEN - DAY\n\nBen waters the roses.\n\n';
const H = 'INT. HALL - DAY\n\nCarl sneaks in.\n\n';
const R = 'EXT. ROOF - NIGHT\n\nMara looks over the city.\n\n';

function lock(text: string): { text: string; headings: string[]; numbers: string[] } {
  const doc = load(text);
  const result = lockSceneNumbers(doc.script, doc.scenes);
  const out = applyTextEdits(text, result.edits);
  const after = load(out);
  return { text: out, headings: after.scenes.map((s) => after.script.lines[s.line - 1].text), numbers: after.scenes.map((s) => s.number) };
}

describe('locking scene numbers (English)', () => {
  it('writes each scene its number as #n# and touches nothing else', () => {
    const text = en(K, G);
    const locked = lock(text);
    expect(locked.headings).toEqual(['INT. KITCHEN - DAY #1-1#', 'EXT. GARDEN - DAY #1-2#']);
    expect(locked.text.replace(/ #1-\d#/g, '')).toBe(text);
    expect(load(locked.text).scenes.map((s) => s.locked)).toEqual(['1-1', '1-2']);
  });

  it('changes nothing on a script already locked', () => {
    const doc = load(lock(en(K, G)).text);
    expect(lockSceneNumbers(doc.script, doc.scenes)).toMatchObject({ edits: [], kept: 2 });
  });

  it('numbers scenes added later after the scene before them: 12A, 12B, and A1 before the first', () => {
    const first = lock(en(K, G)).text;
    const withNew = first.replace('EXT. GARDEN', `${H}EXT. GARDEN`).replace('INT. KITCHEN', `${R}INT. KITCHEN`);
    expect(lock(withNew).numbers).toEqual(['A1-1', '1-1', '1-1A', '1-2']);
    const again = lock(withNew).text.replace('EXT. GARDEN', 'INT. CELLAR - NIGHT\n\nDust everywhere.\n\nEXT. GARDEN');
    expect(lock(again).numbers).toEqual(['A1-1', '1-1', '1-1A', '1-1B', '1-2']);
  });

  it('keeps a shot list on its scenes across the lock (the heading key has no number)', () => {
    const text = en(K, G, H);
    const before = load(text);
    const list = listWith(before, ['k', 'g', 'h']);
    const after = load(lock(text).text);
    const r = resolveShots(list, after.scenes);
    expect(after.scenes.map((s) => r.scenes[s.id]?.shots[0].description)).toEqual(['k', 'g', 'h']);
    expect(Object.values(r.kinds)).toEqual(['same', 'same', 'same']);
  });

  it('counts offsets past a byte-order mark and CRLF line ends', () => {
    const text = `\uFEFF${en(K, G)}`.replace(/\n/g, '\r\n');
    const doc = load(text);
    const out = applyTextEdits(text, lockSceneNumbers(doc.script, doc.scenes).edits);
    expect(out).toContain('INT. KITCHEN - DAY #1-1#\r\n');
    expect(out).toContain('EXT. GARDEN - DAY #1-2#\r\n');
  });
});

describe('locking scene numbers (Chinese)', () => {
  const zh = (...s: string[]) => `第2集：测试\n\n${s.join('')}`;
  const A = (n: string) => `${n} 日 内 林家客厅\n△林晚推门进来。\n`;
  const B = (n: string) => `${n} 夜 外 福安夜市\n△夜市灯火通明。\n`;
  const C = (n: string) => `${n} 医院走廊 夜内\n△护士快步走过。\n`;

  it('locks the numbers as written, and every heading still reads as the same heading', () => {
    const text = zh(A('2-1'), B('2-2'), C('2-3'));
    const before = load(text);
    const out = lock(text).text;
    const after = load(out);
    expect(after.scenes.map((s) => [s.locked, s.breakdown.location, s.breakdown.time, s.breakdown.intExt])).toEqual(
      before.scenes.map((s) => [s.number, s.breakdown.location, s.breakdown.time, s.breakdown.intExt]),
    );
    for (const s of after.scenes) expect(lockedNumberOf(after.script.lines[s.line - 1].text)).toBe(s.locked);
  });

  it('gives a repeated written number a letter', () => {
    expect(load(lock(zh(A('2-1'), B('2-1'), C('2-2'))).text).scenes.map((s) => s.locked)).toEqual(['2-1', '2-1A', '2-2']);
  });

  it('numbers a scene added after the lock after the scene before it, whatever number the writer typed', () => {
    const locked = lock(zh(A('2-1'), B('2-2'))).text;
    const added = locked.replace(/(.*夜市.*\n)/, `${C('2-2')}$1`);
    expect(load(lock(added).text).scenes.map((s) => s.locked)).toEqual(['2-1', '2-1A', '2-2']);
  });
});
