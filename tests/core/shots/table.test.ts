// The shot table every export prints: the Set column holds the physical set only (empty when the location is
// not mapped), the story location has its own column.
import { describe, expect, it } from 'vitest';
import { flatRows, shotTable, suggestShots } from '../../../src/core/shots';
import { load } from './helpers';

const TEXT = 'INT. KITCHEN - DAY\n\nAnn cooks.\n\nANN\nDinner.\n\nEXT. SPACEPORT - NIGHT\n\nShips land.\n\nBEN\nLate again.\n';

function table(grouping: 'episode' | 'set', language: 'en' | 'zh-Hans' = 'en') {
  const doc = load(TEXT);
  const shots = suggestShots([{ script: doc.script, scenes: doc.scenes }], doc.breakdown, { language });
  return shotTable(doc.scenes.map((scene) => ({ script: doc.script, scene, shots: shots[scene.id] })), [], { language, grouping });
}

describe('the shot table', () => {
  it('has a Location column and a Set column that is empty when no set is mapped', () => {
    const t = table('episode');
    const keys = t.columns.map((c) => c.key);
    expect(keys.slice(0, 5)).toEqual(['episode', 'scene', 'location', 'set', 'shot']);
    const rows = flatRows(t);
    const at = (key: string) => keys.indexOf(key);
    const kitchen = rows.filter((r) => r[at('location')] === 'KITCHEN');
    const spaceport = rows.filter((r) => r[at('location')] === 'SPACEPORT');
    expect(kitchen.length).toBeGreaterThan(0);
    expect(spaceport.length).toBeGreaterThan(0);
    expect(new Set(kitchen.map((r) => r[at('set')]))).toEqual(new Set(['Taiwan Home set - kitchen']));
    expect(new Set(spaceport.map((r) => r[at('set')]))).toEqual(new Set(['']));
  });

  it('heads the columns apart in Chinese: 场景 is the location, 置景 the set', () => {
    const t = table('episode', 'zh-Hans');
    expect(t.columns.slice(2, 4).map((c) => c.header)).toEqual(['场景 Location', '置景 Set']);
  });

  it('says "no set" (not the location as if it were a set) on a section of unmapped scenes', () => {
    const t = table('set');
    expect(t.sections.map((s) => s.title)).toEqual(['Taiwan Home set - kitchen', 'No set · SPACEPORT']);
    expect(t.sections[1].groups[0].detail).toMatch(/^No set · SPACEPORT {2}·/);
  });
});
