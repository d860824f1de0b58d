// Loading a series from disk: one script file (episode markers inside), a folder of episode files, or a
// project file; with the project file beside the episodes when there is one.
import * as fsp from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { Project } from '../../core/model/project';
import type { Language } from '../../core/model/script';
import { parse } from '../../core/parse';
import type { SeriesDocument } from '../../core/breakdown';
import { readScriptFile } from '../files';
import { findProjectFile, loadProjectFile, PROJECT_SUFFIX, ProjectFileError } from './files';

export const SCRIPT_EXTENSIONS = ['.fountain', '.spmd', '.txt'];

export interface LoadedSeries {
  /** The project file used, or null when there is none. */
  projectPath: string | null;
  project: Project | null;
  migratedFrom: number | null;
  documents: (SeriesDocument & { path: string })[];
}

/** `ep2` before `ep10`. */
export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await fsp.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function scriptFilesIn(folder: string): Promise<string[]> {
  const entries = await fsp.readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name !== '' && SCRIPT_EXTENSIONS.includes(extname(e.name).toLowerCase()) && !e.name.endsWith(PROJECT_SUFFIX))
    .map((e) => e.name)
    .sort(naturalCompare)
    .map((n) => join(folder, n));
}

/** Reads a series from a script file, a folder, or a project file. Throws ShotlineFileError / ProjectFileError. */
export async function loadSeries(path: string, options: { language?: Language } = {}): Promise<LoadedSeries> {
  const full = resolve(path);
  let projectPath: string | null;
  let files: string[];
  if (full.endsWith(PROJECT_SUFFIX)) {
    projectPath = full;
    files = [];
  } else if (await isFolder(full)) {
    projectPath = await findProjectFile(full);
    files = await scriptFilesIn(full);
    if (files.length === 0 && !projectPath) {
      throw new ProjectFileError('unreadable', full, `The folder "${basename(full)}" holds no script files (${SCRIPT_EXTENSIONS.join(', ')}) and no project file.`);
    }
  } else {
    projectPath = await findProjectFile(dirname(full));
    files = [full];
  }
  const loaded = projectPath ? await loadProjectFile(projectPath) : null;
  if (loaded && (files.length === 0 || (await isFolder(full)))) {
    const folder = dirname(loaded.path);
    files = loaded.project.episodes.length > 0 ? loaded.project.episodes.map((e) => resolve(folder, e)) : await scriptFilesIn(folder);
  }
  const from = files.length === 1 ? dirname(files[0]) : projectPath ? dirname(projectPath) : full;
  const documents = [];
  for (const file of files) {
    const read = await readScriptFile(file);
    const name = relative(from, file) || basename(file);
    documents.push({ name, path: file, script: parse(read.text, options.language ? { language: options.language } : {}) });
  }
  return { projectPath, project: loaded?.project ?? null, migratedFrom: loaded?.migratedFrom ?? null, documents };
}
