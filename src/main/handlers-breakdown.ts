// The breakdown's handlers: reading the sample's project and the project beside a script, and saving a
// project file. Pure apart from the dependencies they are given (the file system through src/node/project).
import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readProject } from '../core/breakdown/project';
import { readScriptFile } from '../node/files';
import { saveProjectFile } from '../node/project/files';
import type { BreakdownProjectText, SampleLanguage, SaveBase, SavedText } from '../shared/api';
import { SAMPLE_LANGUAGES } from '../shared/api';
import type { Handlers } from './ipc';
import type { Validators } from './validate';
import { saveBase } from './save-base';
import { isBesideOpenedDocument, isOpenedDocument, notAllowed, type OpenedDocuments } from './beside';

export const PROJECT_SUFFIX = '.shotline.json';
/** Largest project text accepted from the page. */
export const MAX_PROJECT_CHARS = 5_000_000;

export interface BreakdownHandlerDeps {
  /** The folder holding sample/<lang>/. */
  resourcesDir: string;
  /** What the user opened: project files are read and saved only beside those scripts. */
  documents: OpenedDocuments;
  /** Names in a folder ([] when it cannot be read). */
  list(folder: string): Promise<string[]>;
  /** A project file's text (src/node/files reading: size and encoding checked). */
  readText(path: string): Promise<string>;
  /**
   * Saves a project (src/node/project saveProjectFile: refuses to overwrite a file it cannot read, or one that
   * no longer holds the text `base` names unless forced); resolves to the fingerprint of the text written.
   */
  save(path: string, text: string, base: SaveBase): Promise<string>;
}

export type BreakdownHandlers = Pick<Handlers, 'readSampleProject' | 'readProjectBeside' | 'saveProject'>;

async function projectIn(deps: BreakdownHandlerDeps, folder: string): Promise<string | null> {
  const names = (await deps.list(folder)).filter((n) => n.toLowerCase().endsWith(PROJECT_SUFFIX) && !n.startsWith('.')).sort();
  return names.length > 0 ? join(folder, names[0]) : null;
}

export function createBreakdownHandlers(deps: BreakdownHandlerDeps): BreakdownHandlers {
  return {
    async readSampleProject(lang: SampleLanguage): Promise<BreakdownProjectText> {
      const path = await projectIn(deps, join(deps.resourcesDir, 'sample', lang));
      if (!path) throw new Error(`The bundled sample's project file is missing from resources/sample/${lang}; reinstall Shotline.`);
      return { path: null, text: await deps.readText(path), readOnly: true };
    },

    async readProjectBeside(scriptPath: string): Promise<BreakdownProjectText | null> {
      if (!isOpenedDocument(deps.documents, scriptPath)) throw notAllowed(scriptPath, 'project files');
      const path = await projectIn(deps, dirname(scriptPath));
      return path ? { path, text: await deps.readText(path), readOnly: false } : null;
    },

    async saveProject(path: string, text: string, base: SaveBase): Promise<SavedText> {
      if (!path.toLowerCase().endsWith(PROJECT_SUFFIX)) throw new Error(`Shotline saves projects only as ${PROJECT_SUFFIX} files, not "${basename(path)}".`);
      if (!isBesideOpenedDocument(deps.documents, path)) throw notAllowed(path, 'project files');
      const checked = readProject(text);
      if (!checked.ok) throw new Error(`The project was not saved: ${checked.message}.`);
      const names = await deps.list(dirname(path));
      const exists = names.includes(basename(path));
      if (!exists && !names.some((n) => /\.fountain$/i.test(n))) {
        throw new Error(`Shotline writes a new project file only into a folder of scripts; "${basename(dirname(path))}" holds none.`);
      }
      return { path, hash: await deps.save(path, text, base) };
    },
  };
}

function text(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max || value.includes('\0')) throw new Error(`${what} must be text of at most ${max} characters.`);
  return value;
}

export const breakdownValidators: Validators<'readSampleProject' | 'readProjectBeside' | 'saveProject'> = {
  readSampleProject: (args) => {
    if (!SAMPLE_LANGUAGES.includes(args[0] as SampleLanguage)) throw new Error(`There is no bundled sample in "${String(args[0])}".`);
    return [args[0] as SampleLanguage];
  },
  readProjectBeside: (args) => [text(args[0], 'The script path', 4096)],
  saveProject: (args) => [text(args[0], 'The project path', 4096), text(args[1], 'The project', MAX_PROJECT_CHARS), saveBase(args[2])],
};

/** The handlers' file system: Node's, through the file and project adapters. */
export function breakdownDeps(resourcesDir: string, documents: OpenedDocuments): BreakdownHandlerDeps {
  return {
    resourcesDir,
    documents,
    list: (folder) => readdir(folder).catch(() => []),
    readText: async (path) => (await readScriptFile(path)).text,
    save: async (path, t, base) => {
      const checked = readProject(t);
      if (!checked.ok) throw new Error(checked.message);
      return saveProjectFile(path, t, base);
    },
  };
}
