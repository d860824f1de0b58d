// The breakdown of the parser fixtures against their hand-written expectations (tests/fixtures/scripts).
import { describe, expect, it } from 'vitest';
import { breakdownSeries } from '../../../src/core/breakdown';
import { fixture, scenes, toSimplified } from './support';

interface Expected {
  scenes: { line: number; number: string | null; intExt: string | null; location: string; time: string | null; timeText: string | null }[];
  speakers: { line: number; name: string }[];
  episodes: { line: number; number: number; title: string | null }[];
  hooks: number[];
  castLists: { line: number; names: string[] }[];
}

const NAMES = ['zh-mainland-a', 'zh-mainland-b', 'zh-taiwan', 'zh-mixed-fountain', 'en-standard', 'en-series'];

describe.each(NAMES)('fixture %s', (name) => {
  const { docs, expected } = fixture(name);
  const exp = expected as unknown as Expected;
  const b = breakdownSeries(docs, { toSimplified });
  const all = scenes(b);

  it('has every scene with its heading fields', () => {
    expect(all.map((s) => ({ line: s.line, intExt: s.intExt, location: s.location, time: s.time, timeText: s.timeText }))).toEqual(
      exp.scenes.map((s) => ({ line: s.line, intExt: s.intExt, location: s.location, time: s.time, timeText: s.timeText })),
    );
  });

  it('keeps written scene numbers and assigns the missing ones in order', () => {
    all.forEach((s, i) => {
      const written = exp.scenes[i].number;
      if (written !== null) expect(s).toMatchObject({ number: written, numberWritten: true });
      else {
        expect(s.numberWritten).toBe(false);
        const index = b.episodes.find((e) => e.scenes.includes(s))!.scenes.indexOf(s) + 1;
        expect(s.number).toBe(`${s.episode}-${index}`);
      }
    });
  });

  it('has the speakers of each scene, as written', () => {
    for (const s of all) {
      const inScene = exp.speakers.filter((sp) => sp.line >= s.line && sp.line <= s.endLine).map((sp) => sp.name);
      expect(s.speaking, `scene at line ${s.line}`).toEqual([...new Set(inScene)]);
    }
  });

  it('has the listed cast of each scene', () => {
    for (const s of all) {
      const lists = exp.castLists.filter((c) => c.line > s.line && c.line <= s.endLine).flatMap((c) => c.names);
      expect(s.listed, `scene at line ${s.line}`).toEqual([...new Set(lists)]);
    }
  });

  it('has the episodes and their hooks', () => {
    if (exp.episodes.length > 0) {
      expect(b.episodes.map((e) => ({ number: e.number, title: e.title, line: e.line }))).toEqual(
        exp.episodes.map((e) => ({ number: e.number, title: e.title, line: e.line })),
      );
    } else {
      expect(b.episodes).toHaveLength(1);
    }
    const hooks = b.episodes.map((e) => e.hookLine).filter((l) => l !== null);
    expect(hooks).toEqual(exp.hooks);
  });
});
