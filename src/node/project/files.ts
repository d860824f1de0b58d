// Project files on disk (`*.shotline.json` beside the episode files): finding, reading and saving them.
// A file that cannot be read (malformed, not a project, written by a newer Shotline) is reported with a
// message that names the problem and is never overwritten. A save carries the fingerprint of the text it was
// based on and is refused when another program changed the file since (unless forced).
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Project } from '../../core/model/project';
import { readProject, writeProject, type ProjectProblem } from '../../core/breakdown/project';
import { checkSaveBase, fingerprintText, readScriptFile, writeScriptFileAtomic, type SaveBase } from '../files';

export const PROJECT_SUFFIX = '.shotline.json';

export type ProjectFileProblem = ProjectProblem | 'unreadable' | 'ambiguous';

export class ProjectFileError extends Error {
  override readonly name = 'ProjectFileError';
  constructor(
    readonly problem: ProjectFileProblem,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }

  /** The code the page translates (src/shared/api-errors.ts): a file it cannot read; none for two files in a folder. */
  get code(): 'unreadable-project' | undefined {
    return this.problem === 'ambiguous' ? undefined : 'unreadable-project';
  }

  get params(): { name: string } {
    return { name: basename(this.path) };
  }
}

export function isProjectFileError(error: unknown): error is ProjectFileError {
  return error instanceof ProjectFileError;
}

export interface LoadedProject {
  path: string;
  project: Project;
  /** The older format version the file was migrated from (it is written in the new format on save), or null. */
  migratedFrom: number | null;
}

const name = (path: string) => `"${basename(path)}"`;

/** Reads and checks a project file. Throws ProjectFileError naming the file and the problem. */
export async function loadProjectFile(path: string): Promise<LoadedProject> {
  return (await readProjectText(path)).loaded;
}

async function readProjectText(path: string): Promise<{ loaded: LoadedProject; text: string }> {
  let text: string;
  try {
    text = (await readScriptFile(path)).text;
  } catch (error) {
    throw new ProjectFileError('unreadable', path, error instanceof Error ? error.message : String(error));
  }
  const result = readProject(text);
  if (!result.ok) throw new ProjectFileError(result.problem, path, `Cannot use the project file ${name(path)}: ${result.message}. The file was not changed.`);
  return { loaded: { path, project: result.project, migratedFrom: result.migratedFrom }, text };
}

/** The one project file in a folder, or null; two or more are an error (which one would be meant?). */
export async function findProjectFile(folder: string): Promise<string | null> {
  let entries: string[];
  try {
    entries = await fsp.readdir(folder);
  } catch {
    return null;
  }
  const found = entries.filter((e) => e.endsWith(PROJECT_SUFFIX)).sort();
  if (found.length > 1) {
    throw new ProjectFileError('ambiguous', folder, `The folder ${name(folder)} holds ${found.length} project files (${found.join(', ')}); keep one, or name the one to use.`);
  }
  return found.length === 1 ? join(folder, found[0]) : null;
}

/**
 * Saves a project atomically. When a file is already there, it must read as a project this version can
 * write (not malformed, not newer): otherwise it is left untouched and ProjectFileError says why, even when
 * forced. It must also still hold the text the save is based on (`base.expected`, null when there was no
 * file), unless `base.force`: otherwise ShotlineFileError `changed-on-disk`. Resolves to the fingerprint of
 * the text written (the base of the next save).
 */
export async function saveProjectFile(path: string, project: Project | string, base: SaveBase): Promise<string> {
  let exists = true;
  try {
    await fsp.stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new ProjectFileError('unreadable', path, `Cannot save ${name(path)}: ${(error as Error).message}.`);
    exists = false;
  }
  let current: string | null = null;
  if (exists) {
    try {
      current = fingerprintText((await readProjectText(path)).text);
    } catch (error) {
      const why = error instanceof ProjectFileError ? error.message.replace(/ The file was not changed\.$/, '') : String(error);
      throw new ProjectFileError(error instanceof ProjectFileError ? error.problem : 'unreadable', path, `${why} Shotline will not overwrite a project file it cannot read; nothing was saved.`);
    }
  }
  checkSaveBase(path, current, base, 'The project');
  const text = typeof project === 'string' ? project : writeProject(project);
  await writeScriptFileAtomic(path, text, 'utf-8');
  return fingerprintText(text);
}

/** The folder a project's relative episode paths start from. */
export function projectFolder(projectPath: string): string {
  return dirname(projectPath);
}
