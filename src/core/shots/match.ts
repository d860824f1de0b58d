// Finding the scenes of a stored shot list in the script as it is now. See docs/shots.md, "Keying".
//
// Three passes, each taking only what the earlier ones left:
//  1. same: the heading (without numbers) and the opening lines are unchanged, so this is the scene whatever
//     its number now; repeats are paired in order.
//  2. locked: the stored scene had a locked number (`#12A#`) and a scene in the same episode carries it now.
//  3. similar: the best pairs by likeness of heading and opening (character pairs, so it works for Chinese
//     and English alike), above a threshold; position breaks ties.
// Stored scenes left over are orphans: kept, shown, never dropped.
import type { SceneKey } from '../model/shots';
import type { ShotScene } from './scenes';

export type MatchKind = 'same' | 'locked' | 'similar';

export interface SceneMatch {
  /** Current scene id -> index of the stored scene matched to it. */
  byScene: Record<string, number>;
  /** Stored scene index -> how it was matched. */
  kind: Record<number, MatchKind>;
  /** Indexes of stored scenes that match no scene now, in stored order. */
  orphans: number[];
}

/** The lowest likeness (0-1) at which pass 3 takes a stored scene to be a current one. */
export const SIMILAR_THRESHOLD = 0.55;
const HEADING_WEIGHT = 0.3;
const OPENING_WEIGHT = 0.7;

function normal(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u3000]+/g, ' ').trim();
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = Array.from(text);
  if (chars.length === 1) out.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice's coefficient over character pairs: 1 for equal texts, 0 for texts with no pair in common. */
export function likeness(a: string, b: string): number {
  const x = normal(a);
  const y = normal(b);
  if (x === y) return 1;
  if (!x || !y) return 0;
  const ga = bigrams(x);
  const gb = bigrams(y);
  let common = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / total;
}

/** How alike a stored scene and a current one read (0-1): heading 30 %, opening lines 70 %. */
export function sceneLikeness(stored: SceneKey, scene: ShotScene): number {
  return HEADING_WEIGHT * likeness(stored.heading, scene.heading) + OPENING_WEIGHT * likeness(stored.opening, scene.opening);
}

interface Pair {
  stored: number;
  scene: number;
  score: number;
  distance: number;
}

function take(pairs: Pair[], usedStored: Set<number>, usedScene: Set<number>, accept: (p: Pair) => void): void {
  pairs.sort((a, b) => b.score - a.score || a.distance - b.distance || a.stored - b.stored);
  for (const p of pairs) {
    if (usedStored.has(p.stored) || usedScene.has(p.scene)) continue;
    usedStored.add(p.stored);
    usedScene.add(p.scene);
    accept(p);
  }
}

/** Matches stored scene keys (in stored order) to the current scenes of the same file. */
export function matchScenes(stored: readonly SceneKey[], scenes: readonly ShotScene[]): SceneMatch {
  const result: SceneMatch = { byScene: {}, kind: {}, orphans: [] };
  const usedStored = new Set<number>();
  const usedScene = new Set<number>();
  const accept = (kind: MatchKind) => (p: Pair) => {
    result.byScene[scenes[p.scene].id] = p.stored;
    result.kind[p.stored] = kind;
  };
  // Position, relative to each list's length, so an insertion near the top does not push every pair apart.
  const distance = (s: number, c: number) => Math.abs(stored[s].order - scenes[c].order);

  // 1. Same heading and opening.
  const same: Pair[] = [];
  const byText = new Map<string, number[]>();
  scenes.forEach((scene, c) => {
    const k = `${normal(scene.heading)}\n${normal(scene.opening)}`;
    byText.set(k, [...(byText.get(k) ?? []), c]);
  });
  stored.forEach((key, s) => {
    for (const c of byText.get(`${normal(key.heading)}\n${normal(key.opening)}`) ?? []) same.push({ stored: s, scene: c, score: 1, distance: distance(s, c) });
  });
  take(same, usedStored, usedScene, accept('same'));

  // 2. The same locked number in the same episode.
  const locked: Pair[] = [];
  stored.forEach((key, s) => {
    if (usedStored.has(s) || !key.locked) return;
    scenes.forEach((scene, c) => {
      if (usedScene.has(c) || scene.locked === null || scene.locked !== key.number) return;
      if (key.episode !== null && key.episode !== scene.episode) return;
      locked.push({ stored: s, scene: c, score: 1, distance: distance(s, c) });
    });
  });
  take(locked, usedStored, usedScene, accept('locked'));

  // 3. Alike enough.
  const similar: Pair[] = [];
  stored.forEach((key, s) => {
    if (usedStored.has(s)) return;
    scenes.forEach((scene, c) => {
      if (usedScene.has(c)) return;
      const score = sceneLikeness(key, scene);
      if (score >= SIMILAR_THRESHOLD) similar.push({ stored: s, scene: c, score, distance: distance(s, c) });
    });
  });
  take(similar, usedStored, usedScene, accept('similar'));

  stored.forEach((_, s) => {
    if (!usedStored.has(s)) result.orphans.push(s);
  });
  return result;
}
