// Report tables and CSV text: page counts, durations, episode ranges, quoting and formula guarding.
import { describe, expect, it } from 'vitest';
import { breakdownReport, durationText, episodesText, pagesText } from '../../../src/core/export/breakdown-report';
import { csvField, toCsv } from '../../../src/core/export/csv';
import { sample } from './support';

describe('report values', () => {
  it.each([[1, '1/8'], [4, '4/8'], [8, '1'], [11, '1 3/8'], [16, '2']])('%i eighths print as %s', (n, text) => expect(pagesText(n)).toBe(text));
  it.each([[5, '0:05'], [65, '1:05'], [600, '10:00']])('%i s print as %s', (n, text) => expect(durationText(n)).toBe(text));
  it('prints episode lists as ranges', () => {
    expect(episodesText([1, 2, 3, 5, 7, 8, 10, 11, 12, 3])).toBe('1-3, 5, 7, 8, 10-12');
    expect(episodesText([])).toBe('');
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and guards formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-12')).toBe('-12');
    expect(csvField('@cue')).toBe("'@cue");
    expect(csvField(3)).toBe('3');
    expect(csvField(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, '林晚']])).toBe('\uFEFFa,b\r\n1,林晚\r\n');
  });
});

describe('breakdown report', () => {
  it('writes the series language by default, with bilingual headers and a sheet per scene', () => {
    const r = breakdownReport(sample('zh'));
    expect(r.language).toBe('zh-Hans');
    expect(r.tables.map((t) => t.title)).toEqual(['顺场表', '演员表', '场景表', '置景表', '道具与元素表']);
    expect(r.tables[0].columns[1]).toMatchObject({ header: '场次 Scene', headerLines: ['场次', 'Scene'] });
    expect(r.sheets).toHaveLength(38);
    const fb = r.sheets.find((s) => s.sceneId === '3/3-3')!;
    expect(fb.groups.map((g) => g.category)).toEqual(['cast', 'vehicles', 'sfx']);
    expect(fb.fields.at(-1)).toEqual({ label: '闪回 Flashback', value: '是' });
  });
  it('marks unmapped locations and flashback scenes', () => {
    const b = sample('en');
    const moved = { ...b, locations: b.locations.map((l, i) => (i === 0 ? { ...l, set: null, setId: null, setSource: null } : l)) };
    const r = breakdownReport(moved, 'en');
    expect(r.tables[2].rows[0][1]).toBe('(no set)');
    expect(r.tables[2].rowFill?.[0]).toBe('#FFF3E0');
    const scenes = r.tables[0];
    expect(scenes.rowFill?.[scenes.rows.findIndex((row) => row[1] === '3-3')]).toBe('#EDE7F6');
  });
});
