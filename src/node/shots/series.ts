// A series with its shot lists: the scripts (one file, or a folder of episodes), the breakdown, each file's
// scenes as shot lists key them, and the saved shot list beside each file, read against the script as it is.
import { basename } from 'node:path';
import { breakdownSeries } from '../../core/breakdown';
import type { SeriesBreakdown } from '../../core/model/breakdown';
import type { Language, Script } from '../../core/model/script';
import type { Shot } from '../../core/model/shots';
import { emptyShotList, resolveShots, sceneKeyOf, shotScenes, suggestShots, toShotList, type ResolvedShots, type ShotScene } from '../../core/shots';
import { isShotlineFileError } from '../files';
import { loadSeries, toSimplified } from '../project';
import { readShotsFile, saveShotsFile, type ShotsFileState } from './files';

export interface ShotsDocument {
  name: string;
  path: string;
  script: Script;
  scenes: ShotScene[];
  file: ShotsFileState;
  /** The saved list read against the script (empty when there is none, or it could not be read). */
  resolved: ResolvedShots;
}

export interface ShotsSeries {
  breakdown: SeriesBreakdown;
  documents: ShotsDocument[];
  /** The project file used, or null when there is none. */
  projectPath: string | null;
  problems: string[];
}

/** Loads a script file or a series folder with the shot list beside each script. */
export async function loadShotsSeries(path: string, options: { language?: Language } = {}): Promise<ShotsSeries> {
  const series = await loadSeries(path, options);
  const breakdown = breakdownSeries(series.documents, { project: series.project, toSimplified: toSimplified() });
  const documents: ShotsDocument[] = [];
  for (const doc of series.documents) {
    const scenes = shotScenes(doc.script, doc.name, breakdown);
    const file = await readShotsFile(doc.path);
    const list = file.status === 'ok' ? file.list : emptyShotList(basename(doc.path));
    documents.push({ name: doc.name, path: doc.path, script: doc.script, scenes, file, resolved: resolveShots(list, scenes) });
  }
  return { breakdown, documents, projectPath: series.projectPath, problems: series.problems };
}

/**
 * Fills scenes that have no shots with suggested coverage (saved shots are kept as they are); returns how many
 * scenes were filled.
 */
export function fillWithSuggestions(series: ShotsSeries, language: 'en' | 'zh-Hans' | 'zh-Hant', only?: (scene: ShotScene) => boolean): number {
  const empty = (doc: ShotsDocument) => (scene: ShotScene) => (doc.resolved.scenes[scene.id]?.shots.length ?? 0) === 0 && (!only || only(scene));
  const wanted = new Set<string>();
  for (const doc of series.documents) for (const s of doc.scenes) if (empty(doc)(s)) wanted.add(s.id);
  const suggested: Record<string, Shot[]> = suggestShots(
    series.documents.map((d) => ({ script: d.script, scenes: d.scenes })),
    series.breakdown,
    { language },
    (scene) => wanted.has(scene.id),
  );
  let filled = 0;
  for (const doc of series.documents) {
    for (const scene of doc.scenes) {
      const shots = suggested[scene.id];
      if (!shots || !wanted.has(scene.id)) continue;
      doc.resolved = { ...doc.resolved, scenes: { ...doc.resolved.scenes, [scene.id]: { scene: sceneKeyOf(scene), shots } } };
      filled++;
    }
  }
  return filled;
}

/**
 * Saves every document's shot list beside its script; documents whose file could not be read are skipped and
 * named (`refused`), and so are files another program changed since they were loaded (`changed`, messages).
 */
export async function saveShotsSeries(series: ShotsSeries): Promise<{ saved: string[]; refused: string[]; changed: string[] }> {
  const saved: string[] = [];
  const refused: string[] = [];
  const changed: string[] = [];
  for (const doc of series.documents) {
    if (doc.file.status === 'broken') {
      refused.push(doc.file.message);
      continue;
    }
    // Based on the list as read: a change by another program since the load is refused, not overwritten.
    const base = { expected: doc.file.status === 'ok' ? doc.file.hash : null };
    try {
      saved.push((await saveShotsFile(doc.path, toShotList(doc.resolved, doc.scenes), base)).path);
    } catch (error) {
      if (!isShotlineFileError(error) || error.code !== 'changed-on-disk') throw error;
      changed.push(error.message);
    }
  }
  return { saved, refused, changed };
}
