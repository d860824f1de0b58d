// A series folder: its .fountain episode files in episode order, and the project file beside them.
//
// Episode order comes from the number in each file name (`ep03`, `Episode 12`, `第3集`, `第十二集`,
// `s01e04`, or else the first number in the name), then from the name itself compared as people read
// numbers (ep2 before ep10). Hidden files (a leading dot: editors' and our own temporary files) and
// subfolders are left out. The project file (`*.shotline.json`, see src/core/model/project.ts) is found by
// name and handed over as text; reading and checking it belongs to the project feature.
import type { Dirent } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readNumber } from '../../core/parse/numerals';
import { readScriptFile } from './read';

/** How a series project file's name ends. */
export const PROJECT_FILE_SUFFIX = '.shotline.json';

const EPISODE_EXTENSION = /\.fountain$/i;
const MAX_PROJECT_BYTES = 5 * 1024 * 1024;

export interface FolderEpisodeFile {
  path: string;
  name: string;
  episode: number | null;
}

export interface SeriesFolderListing {
  path: string;
  name: string;
  episodes: FolderEpisodeFile[];
  project: { path: string; name: string; text: string } | null;
  problems: string[];
}

const CHINESE_NUMBER = '[0-9０-９零〇一二两兩三四五六七八九十百千]+';

/** The episode number a file name carries, or null. */
export function episodeNumberOf(fileName: string): number | null {
  const stem = fileName.replace(/\.[^.]*$/, '');
  const zh = new RegExp(`第\\s*(${CHINESE_NUMBER})\\s*[集话話回]`).exec(stem);
  if (zh) return readNumber(zh[1]);
  const ep = /(?:^|[^a-z])(?:ep|episode|e)[\s._-]*(\d+)/i.exec(stem);
  if (ep) return Number(ep[1]);
  const any = /\d+/.exec(stem);
  return any ? Number(any[0]) : null;
}

/** Made on first use: creating a collator loads ICU data, 5 ms of every `shotline` start. */
let naturalOrder: Intl.Collator | undefined;
const collator = (): Intl.Collator => (naturalOrder ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }));

export function compareEpisodes(a: FolderEpisodeFile, b: FolderEpisodeFile): number {
  if (a.episode !== b.episode) {
    if (a.episode === null) return 1;
    if (b.episode === null) return -1;
    return a.episode - b.episode;
  }
  return collator().compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

export function isProjectFileName(name: string): boolean {
  return name.toLowerCase().endsWith(PROJECT_FILE_SUFFIX) && !name.startsWith('.');
}

/** Lists a series folder. Throws an Error with a writer's message when the folder cannot be read. */
export async function listSeriesFolder(folder: string): Promise<SeriesFolderListing> {
  let entries: Dirent[];
  try {
    entries = await fsp.readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'there is no such folder' : code === 'ENOTDIR' ? 'it is a file, not a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String((error as Error).message);
    throw new Error(`Cannot open the folder "${basename(folder) || folder}": ${why}.`, { cause: error });
  }
  const files = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.'));
  const episodes = files
    .filter((e) => EPISODE_EXTENSION.test(e.name))
    .map((e) => ({ path: join(folder, e.name), name: e.name, episode: episodeNumberOf(e.name) }))
    .sort(compareEpisodes);

  const problems: string[] = [];
  let project: SeriesFolderListing['project'] = null;
  const projects = files.filter((e) => isProjectFileName(e.name)).map((e) => e.name).sort(collator().compare);
  const projectName = projects[0];
  if (projects.length > 1) {
    problems.push(`The folder holds ${projects.length} project files (${projects.join(', ')}); Shotline uses "${projectName}".`);
  }
  if (projectName) {
    const path = join(folder, projectName);
    try {
      const file = await readScriptFile(path, { maxBytes: MAX_PROJECT_BYTES });
      project = { path, name: projectName, text: file.text };
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { path: folder, name: basename(folder) || folder, episodes, project, problems };
}
