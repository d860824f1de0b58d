// Shots survive rewrites: scenes inserted, moved, deleted, renumbered, their headings edited.
import { describe, expect, it } from 'vitest';
import { absoluteLines, relativeLines, resolveShots, toShotList, attachOrphan } from '../../../src/core/shots';
import { listWith, load, where } from './helpers';

const KITCHEN = 'INT. KITCHEN - DAY\n\nAnna cooks eggs on the stove.\n\nANNA\nBreakfast is ready.\n\n';
const GARDEN = 'EXT. GARDEN - DAY\n\nBen waters the roses slowly.\n\nBEN\nThey need rain.\n\n';
const KITCHEN2 = 'INT. KITCHEN - NIGHT\n\nAnna washes the dishes alone.\n\n';
const STREET = 'EXT. STREET - NIGHT\n\nA car waits with its lights off.\n\n';
const HALL = 'INT. HALL - DAY\n\nCarl sneaks in through the back door.\n\n';
const en = (...scenes: string[]) => `Title: Test\nLanguage: en\n\n${scenes.join('')}`;

const base = load(en(KITCHEN, GARDEN, KITCHEN2, STREET));
const saved = listWith(base, ['K1', 'G', 'K2', 'S']);

function tags(text: string): { placed: string[]; orphans: string[] } {
  const doc = load(text);
  const { resolved } = where(saved, doc);
  return {
    placed: doc.scenes.map((s) => (resolved.scenes[s.id]?.shots ?? []).map((x) => x.description).join('+') || '-'),
    orphans: resolved.orphans.flatMap((o) => o.shots.map((x) => x.description)),
  };
}

describe('shots follow their scenes (English, no scene numbers)', () => {
  it('stay put when nothing changed', () => {
    expect(tags(en(KITCHEN, GARDEN, KITCHEN2, STREET))).toEqual({ placed: ['K1', 'G', 'K2', 'S'], orphans: [] });
  });
  it('survive a scene inserted between others (numbers assigned in order all shift)', () => {
    expect(tags(en(KITCHEN, GARDEN, HALL, KITCHEN2, STREET))).toEqual({ placed: ['K1', 'G', '-', 'K2', 'S'], orphans: [] });
    expect(tags(en(HALL, KITCHEN, GARDEN, KITCHEN2, STREET))).toEqual({ placed: ['-', 'K1', 'G', 'K2', 'S'], orphans: [] });
  });
  it('survive scenes moved', () => {
    expect(tags(en(STREET, KITCHEN2, KITCHEN, GARDEN))).toEqual({ placed: ['S', 'K2', 'K1', 'G'], orphans: [] });
  });
  it('of a deleted scene become orphans with their old key, never dropped', () => {
    const doc = load(en(KITCHEN, KITCHEN2, STREET));
    const { orphans, resolved } = where(saved, doc);
    expect(orphans).toEqual([{ number: '1-2', heading: 'EXT. GARDEN - DAY', shots: ['G'] }]);
    // Saved again, the orphan stays in the file, after the scenes, with its old key.
    const list = toShotList(resolved, doc.scenes);
    expect(list.scenes.map((b) => b.shots[0].description)).toEqual(['K1', 'K2', 'S', 'G']);
    expect(list.scenes[3].scene).toMatchObject({ number: '1-2', heading: 'EXT. GARDEN - DAY' });
    // Undo the deletion: the orphan finds its scene again.
    const back = load(en(KITCHEN, GARDEN, KITCHEN2, STREET));
    expect(where(list, back).orphans).toEqual([]);
    expect(where(list, back).byHeading['EXT. GARDEN - DAY|Ben waters t']).toEqual(['G']);
  });
  it('of a deleted scene are not handed to a new scene at the same place', () => {
    expect(tags(en(KITCHEN, 'EXT. GARDEN - DAY\n\nA stray dog digs under the fence.\n\n', KITCHEN2, STREET))).toEqual({ placed: ['K1', '-', 'K2', 'S'], orphans: ['G'] });
  });
  it('survive the heading text being edited', () => {
    const edited = KITCHEN.replace('INT. KITCHEN - DAY', 'INT. FARMHOUSE KITCHEN - MORNING');
    expect(tags(en(edited, GARDEN, KITCHEN2, STREET))).toEqual({ placed: ['K1', 'G', 'K2', 'S'], orphans: [] });
    const doc = load(en(edited, GARDEN, KITCHEN2, STREET));
    expect(where(saved, doc).resolved.kinds[doc.scenes[0].id]).toBe('similar');
  });
  it('survive the opening lines being reworded, and a heading edit and a move at once', () => {
    const reworded = 'INT. KITCHEN - EARLY MORNING\n\nAnna fries eggs on the old stove.\n\nANNA\nBreakfast is ready.\n\n';
    expect(tags(en(STREET, reworded, GARDEN, KITCHEN2))).toEqual({ placed: ['S', 'K1', 'G', 'K2'], orphans: [] });
  });
  it('of two identical scenes keep their order', () => {
    const car = 'INT. CAR - NIGHT\n\nThey drive in silence.\n\n';
    const doc = load(en(car, KITCHEN, car));
    const list = listWith(doc, ['C1', 'K', 'C2']);
    const moved = load(en(HALL, car, KITCHEN, car));
    const r = resolveShots(list, moved.scenes);
    expect(moved.scenes.map((s) => r.scenes[s.id]?.shots[0]?.description ?? '-')).toEqual(['-', 'C1', 'K', 'C2']);
  });
});

describe('shots follow their scenes (Chinese, numbers written and renumbered)', () => {
  const A = (n: string) => `${n} 日 内 林家客厅\n△林晚推门进来，放下书包。\n林母：回来了？饭在锅里。\n`;
  const B = (n: string) => `${n} 夜 外 福安夜市\n△夜市灯火通明，林晚在铁板前忙碌。\n林晚：蚵仔煎好了！\n`;
  const C = (n: string) => `${n} 夜 内 林家厨房\n△林母独自洗碗，水声哗哗。\n`;
  const N = (n: string) => `${n} 日 内 医院走廊\n△护士推着病床快步走过。\n`;
  const zh = (...s: string[]) => `第1集：测试\n\n${s.join('')}`;
  const doc = load(zh(A('1-1'), B('1-2'), C('1-3')));
  const list = listWith(doc, ['客厅', '夜市', '厨房']);
  const placed = (text: string) => {
    const d = load(text);
    const r = resolveShots(list, d.scenes);
    return { placed: d.scenes.map((s) => `${s.number}:${r.scenes[s.id]?.shots[0]?.description ?? '-'}`), orphans: r.orphans.length };
  };

  it('survive a scene inserted and the ones after renumbered', () => {
    expect(placed(zh(A('1-1'), N('1-2'), B('1-3'), C('1-4')))).toEqual({ placed: ['1-1:客厅', '1-2:-', '1-3:夜市', '1-4:厨房'], orphans: 0 });
  });
  it('survive scenes moved and renumbered in their new order', () => {
    expect(placed(zh(C('1-1'), A('1-2'), B('1-3')))).toEqual({ placed: ['1-1:厨房', '1-2:客厅', '1-3:夜市'], orphans: 0 });
  });
  it('of a deleted scene become an orphan even when another scene takes its number', () => {
    const d = load(zh(A('1-1'), C('1-2')));
    const r = resolveShots(list, d.scenes);
    expect(d.scenes.map((s) => r.scenes[s.id]?.shots[0]?.description)).toEqual(['客厅', '厨房']);
    expect(r.orphans.map((o) => [o.scene.number, o.scene.heading, o.shots[0].description])).toEqual([['1-2', '夜 外 福安夜市', '夜市']]);
  });
  it('survive the heading being edited (time and place words)', () => {
    expect(placed(zh(A('1-1'), B('1-2').replace('夜 外 福安夜市', '深夜 外 福安夜市入口'), C('1-3')))).toEqual({ placed: ['1-1:客厅', '1-2:夜市', '1-3:厨房'], orphans: 0 });
  });
});

describe('locked scene numbers', () => {
  const S1 = 'INT. OFFICE - DAY #1#\n\nMara signs the lease.\n\n';
  const S2 = 'EXT. ROOF - NIGHT #2#\n\nMara looks over the city lights.\n\n';
  const S3 = 'INT. BAR - NIGHT #3#\n\nJules pours two whiskies.\n\n';
  const doc = load(en(S1, S2, S3));
  const list = listWith(doc, ['office', 'roof', 'bar']);

  it('keep shots on a scene rewritten from heading to last line', () => {
    const rewritten = 'INT. STAIRWELL - DAWN #2#\n\nJules runs up the stairs, out of breath.\n\n';
    const d = load(en(S1, rewritten, S3));
    const r = resolveShots(list, d.scenes);
    expect(d.scenes.map((s) => r.scenes[s.id]?.shots[0]?.description)).toEqual(['office', 'roof', 'bar']);
    expect(r.kinds[d.scenes[1].id]).toBe('locked');
  });
  it('and a scene inserted as 2A takes nothing', () => {
    const d = load(en(S1, S2, 'INT. CAB - NIGHT #2A#\n\nThe driver hums.\n\n', S3));
    const r = resolveShots(list, d.scenes);
    expect(d.scenes.map((s) => r.scenes[s.id]?.shots[0]?.description ?? '-')).toEqual(['office', 'roof', '-', 'bar']);
  });
  it('give way to unchanged text when a writer renumbers locked scenes anyway', () => {
    const d = load(en(S1, 'INT. CAB - NIGHT #2#\n\nThe driver hums.\n\n', S2.replace('#2#', '#3#'), S3.replace('#3#', '#4#')));
    const r = resolveShots(list, d.scenes);
    expect(d.scenes.map((s) => r.scenes[s.id]?.shots[0]?.description ?? '-')).toEqual(['office', '-', 'roof', 'bar']);
  });
});

describe('covered lines', () => {
  it('follow their first line when lines are added above it in the scene', () => {
    const doc = load(en(KITCHEN, GARDEN));
    const garden = doc.scenes[1];
    const benLine = doc.script.lines.findIndex((l) => l.text === 'BEN') + 1;
    const rel = relativeLines(doc.script, garden, benLine, benLine + 1);
    expect(rel).toEqual({ from: benLine - garden.line, to: benLine + 1 - garden.line, text: 'BEN' });
    const longer = load(en(KITCHEN, GARDEN.replace('slowly.\n\n', 'slowly.\n\nA bee drifts past.\n\nHe sighs.\n\n')));
    const r = absoluteLines(longer.script, longer.scenes[1], rel);
    expect(longer.script.lines[r.from - 1].text).toBe('BEN');
    expect(longer.script.lines[r.to - 1].text).toBe('They need rain.');
  });
  it('stay within the scene when their line is gone', () => {
    const doc = load(en(KITCHEN, GARDEN));
    const shorter = load(en(KITCHEN, 'EXT. GARDEN - DAY\n\nBen waters the roses slowly.\n\n'));
    const r = absoluteLines(shorter.script, shorter.scenes[1], { from: 4, to: 5, text: 'BEN' });
    expect(r.from).toBeGreaterThanOrEqual(shorter.scenes[1].line);
    expect(r.to).toBeLessThanOrEqual(shorter.scenes[1].endLine);
    expect(doc.scenes.length).toBe(2);
  });
});

describe('orphans', () => {
  it('can be attached to a scene by the user', () => {
    const doc = load(en(KITCHEN, KITCHEN2, STREET));
    const r = resolveShots(saved, doc.scenes);
    const next = attachOrphan(r, 0, doc.scenes[2]);
    expect(next.orphans).toEqual([]);
    expect(next.scenes[doc.scenes[2].id].shots.map((s) => s.description)).toEqual(['S', 'G']);
  });
});
