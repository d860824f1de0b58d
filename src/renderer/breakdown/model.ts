// What the breakdown panel shows, as plain functions of a breakdown: the scenes with their filters and sort
// order, the filter choices, and the incremental engine the panel keeps between snapshots.
import { breakdownSeries, createBreakdownCache, type BreakdownCache, type SeriesDocument, type ToSimplified } from '../../core/breakdown';
import type { DayNight, SceneBreakdown, SeriesBreakdown } from '../../core/model/breakdown';
import type { Project } from '../../core/model/project';

export interface SceneFilter {
  episode: number | null;
  /** A set id, `''` for scenes without a set, or null for all. */
  set: string | null;
  /** A cast report id (merge key), or null. */
  character: string | null;
  dayNight: DayNight | null;
}

export const NO_FILTER: SceneFilter = { episode: null, set: null, character: null, dayNight: null };

export type SceneSortKey = 'order' | 'episode' | 'set' | 'location' | 'time' | 'cast' | 'eighths' | 'seconds';

export interface SceneSort {
  key: SceneSortKey;
  descending: boolean;
}

export const SCRIPT_ORDER: SceneSort = { key: 'order', descending: false };

export function allScenes(b: SeriesBreakdown): SceneBreakdown[] {
  return b.episodes.flatMap((e) => e.scenes);
}

export function filterScenes(b: SeriesBreakdown, filter: SceneFilter): SceneBreakdown[] {
  const character = filter.character === null ? null : new Set(b.cast.find((c) => c.id === filter.character)?.sceneIds ?? []);
  return allScenes(b).filter(
    (s) =>
      (filter.episode === null || s.episode === filter.episode) &&
      (filter.set === null || (s.setId ?? '') === filter.set) &&
      (character === null || character.has(s.id)) &&
      (filter.dayNight === null || s.dayNight === filter.dayNight),
  );
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compare(a: SceneBreakdown, b: SceneBreakdown, key: SceneSortKey): number {
  switch (key) {
    case 'episode':
      return a.episode - b.episode || collator.compare(a.number, b.number);
    case 'set':
      return collator.compare(a.set ?? '\uffff', b.set ?? '\uffff');
    case 'location':
      return collator.compare(a.location, b.location);
    case 'time':
      return collator.compare(a.dayNight ?? '', b.dayNight ?? '');
    case 'cast':
      return a.cast.length - b.cast.length;
    case 'eighths':
      return a.eighths - b.eighths;
    case 'seconds':
      return a.seconds - b.seconds;
    default:
      return 0;
  }
}

/** Sorted copy; ties keep script order (the sort is stable). */
export function sortScenes(scenes: readonly SceneBreakdown[], sort: SceneSort): SceneBreakdown[] {
  if (sort.key === 'order') return sort.descending ? [...scenes].reverse() : [...scenes];
  const sign = sort.descending ? -1 : 1;
  return [...scenes].sort((a, b) => sign * compare(a, b, sort.key));
}

/** Clicking a column: sorts by it, or flips the direction when it already sorts. */
export function nextSort(current: SceneSort, key: SceneSortKey): SceneSort {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: false };
}

export interface FilterChoices {
  episodes: number[];
  sets: { id: string; name: string }[];
  characters: { id: string; name: string }[];
  /** True when some scene has no set. */
  unmapped: boolean;
}

export function filterChoices(b: SeriesBreakdown): FilterChoices {
  const scenes = allScenes(b);
  return {
    episodes: b.episodes.map((e) => e.number),
    sets: b.sets.filter((s) => s.scenes > 0).map((s) => ({ id: s.id, name: s.name })),
    characters: [...b.cast].sort((x, y) => y.scenes - x.scenes).map((c) => ({ id: c.id, name: c.name })),
    unmapped: scenes.some((s) => s.setId === null),
  };
}

/** The breakdown of the open script (or series), redone incrementally from snapshot to snapshot. */
export class BreakdownEngine {
  private cache: BreakdownCache = createBreakdownCache();
  private last: { docs: readonly SeriesDocument[]; project: Project | null; result: SeriesBreakdown } | null = null;

  constructor(private readonly toSimplified?: ToSimplified) {}

  compute(docs: readonly SeriesDocument[], project: Project | null): SeriesBreakdown {
    const last = this.last;
    if (last && last.project === project && last.docs.length === docs.length && last.docs.every((d, i) => d.script === docs[i].script && d.name === docs[i].name)) {
      return last.result;
    }
    const result = breakdownSeries(docs, { project, toSimplified: this.toSimplified, cache: this.cache });
    this.last = { docs, project, result };
    return result;
  }

  /** Forgets everything (another series was opened). */
  reset(): void {
    this.cache = createBreakdownCache();
    this.last = null;
  }
}
