// Loading a series from disk: one script file (episode markers inside), a series folder (its episode files
// in episode order, see src/node/files/series-folder.ts), or a project file; with the project file beside
// the episodes when there is one.
import * as fsp from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Project } from '../../core/model/project';
import type { Language } from '../../core/model/script';
import { parse } from '../../core/parse';
import type { SeriesDocument } from '../../core/breakdown';
import { listSeriesFolder, readScriptFile } from '../files';
import { loadProjectFile, PROJECT_SUFFIX, ProjectFileError, type LoadedProject } from './files';

export interface LoadedSeries {
  /** The project file used, or null when there is none. */
  projectPath: string | null;
  project: Project | null;
  migratedFrom: number | null;
  documents: (SeriesDocument & { path: string })[];
  /** Things the user should know that did not stop the load (two project files in a folder ...). */
  problems: string[];
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await fsp.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Reads a series from a script file, a folder, or a project file. Throws ShotlineFileError / ProjectFileError. */
export async function loadSeries(path: string, options: { language?: Language } = {}): Promise<LoadedSeries> {
  const full = resolve(path);
  const problems: string[] = [];
  let loaded: LoadedProject | null = null;
  let files: string[];
  let from: string;
  if (full.toLowerCase().endsWith(PROJECT_SUFFIX)) {
    loaded = await loadProjectFile(full);
    from = dirname(full);
    files = loaded.project.episodes.length > 0 ? loaded.project.episodes.map((e) => resolve(from, e)) : await folderEpisodes(from, problems);
  } else if (await isFolder(full)) {
    const listing = await listSeriesFolder(full);
    problems.push(...listing.problems);
    from = full;
    if (listing.project) loaded = await loadProjectFile(listing.project.path);
    files = loaded && loaded.project.episodes.length > 0 ? loaded.project.episodes.map((e) => resolve(full, e)) : listing.episodes.map((e) => e.path);
    if (files.length === 0) throw new ProjectFileError('unreadable', full, `The folder "${basename(full)}" holds no .fountain episode files.`);
  } else {
    // One script: its folder's project applies when the folder has one.
    from = dirname(full);
    const listing = await listSeriesFolder(from).catch(() => null);
    if (listing?.project) loaded = await loadProjectFile(listing.project.path);
    files = [full];
  }
  const documents = [];
  for (const file of files) {
    const read = await readScriptFile(file);
    documents.push({ name: relative(from, file) || basename(file), path: file, script: parse(read.text, options.language ? { language: options.language } : {}) });
  }
  return { projectPath: loaded?.path ?? null, project: loaded?.project ?? null, migratedFrom: loaded?.migratedFrom ?? null, documents, problems };
}

async function folderEpisodes(folder: string, problems: string[]): Promise<string[]> {
  const listing = await listSeriesFolder(folder);
  problems.push(...listing.problems.filter((p) => !/project files/.test(p)));
  return listing.episodes.map((e) => e.path);
}
