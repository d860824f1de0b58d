// Building shot-list inputs from script text, for the shot-list tests.
import { breakdownSeries } from '../../../src/core/breakdown';
import { parse } from '../../../src/core/parse';
import type { Script } from '../../../src/core/model/script';
import type { SeriesBreakdown } from '../../../src/core/model/breakdown';
import type { Shot, ShotList } from '../../../src/core/model/shots';
import { blankShot, emptyShotList, readShotList, resolveShots, shotScenes, toShotList, writeShotList, type ResolvedShots, type ShotScene } from '../../../src/core/shots';

export interface Loaded {
  text: string;
  script: Script;
  breakdown: SeriesBreakdown;
  scenes: ShotScene[];
}

export function load(text: string, name = 'ep01.fountain'): Loaded {
  const script = parse(text);
  const breakdown = breakdownSeries([{ name, script }]);
  return { text, script, breakdown, scenes: shotScenes(script, name, breakdown) };
}

/** A shot whose description names it, so tests can tell where it went. */
export function shot(description: string, fields: Partial<Shot> = {}): Shot {
  return { ...blankShot('1'), description, ...fields };
}

/** A saved list with one shot per scene, described `<tag>` by the given tags (in scene order). */
export function listWith(doc: Loaded, tags: string[]): ShotList {
  let resolved: ResolvedShots = resolveShots(emptyShotList('ep01.fountain'), doc.scenes);
  doc.scenes.forEach((scene, i) => {
    if (tags[i]) resolved = { ...resolved, scenes: { ...resolved.scenes, [scene.id]: { scene: { episode: null, number: '', locked: false, heading: '', opening: '', order: 0 }, shots: [shot(tags[i])] } } };
  });
  // Through the file text, as a real save and reopen would go.
  const read = readShotList(writeShotList(toShotList(resolved, doc.scenes)));
  if (!read.ok) throw new Error(read.message);
  return read.list;
}

/** Scene heading (without numbers) -> descriptions of its shots, after resolving `list` against `doc`. */
export function where(list: ShotList, doc: Loaded): { byHeading: Record<string, string[]>; orphans: { number: string; heading: string; shots: string[] }[]; resolved: ResolvedShots } {
  const resolved = resolveShots(list, doc.scenes);
  const byHeading: Record<string, string[]> = {};
  for (const scene of doc.scenes) {
    const shots = resolved.scenes[scene.id]?.shots ?? [];
    if (shots.length) byHeading[`${scene.heading}|${scene.opening.slice(0, 12)}`] = shots.map((s) => s.description);
  }
  return { byHeading, orphans: resolved.orphans.map((o) => ({ number: o.scene.number, heading: o.scene.heading, shots: o.shots.map((s) => s.description) })), resolved };
}
