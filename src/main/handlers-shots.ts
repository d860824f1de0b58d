// The shot-list handlers: reading the shot list beside a script or the sample's, and saving one. Pure apart
// from the dependencies they are given (the file system through src/node/shots).
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readShotList } from '../core/shots/file';
import { readShotsFile, saveShotsFile } from '../node/shots/files';
import type { SampleLanguage, SaveBase, SavedText, ShotsFileText } from '../shared/api';
import { apiError, SAMPLE_LANGUAGES } from '../shared/api';
import type { Handlers } from './ipc';
import type { Validators } from './validate';
import { saveBase } from './save-base';
import { isOpenedDocument, notAllowed, type OpenedDocuments } from './beside';

/** Largest shot-list text accepted from the page. */
export const MAX_SHOTS_CHARS = 20_000_000;
const SCRIPT = /\.(fountain|spmd|txt)$/i;

export type ShotsRead = { status: 'ok'; path: string; text: string } | { status: 'missing'; path: string } | { status: 'broken'; path: string; message: string };

export interface ShotsHandlerDeps {
  /** The folder holding sample/<lang>/. */
  resourcesDir: string;
  /** What the user opened: shot lists are read and saved only beside those scripts. */
  documents: OpenedDocuments;
  /** The shot-list file beside a script: its text, missing, or broken (with a message). */
  readBeside(scriptPath: string): Promise<ShotsRead>;
  /** True when `path` is an existing regular file. */
  isFile(path: string): Promise<boolean>;
  /**
   * Saves a checked text beside the script (src/node/shots: atomic, never over a file it cannot read, nor over
   * one that no longer holds the text `base` names unless forced).
   */
  save(scriptPath: string, text: string, base: SaveBase): Promise<SavedText>;
}

export type ShotsHandlers = Pick<Handlers, 'readShotsBeside' | 'readSampleShots' | 'saveShots'>;

export function createShotsHandlers(deps: ShotsHandlerDeps): ShotsHandlers {
  const check = (scriptPath: string) => {
    if (!isOpenedDocument(deps.documents, scriptPath)) throw notAllowed(scriptPath, 'shot lists');
  };
  return {
    async readShotsBeside(scriptPath: string): Promise<ShotsFileText | null> {
      check(scriptPath);
      const read = await deps.readBeside(scriptPath);
      if (read.status === 'missing') return null;
      // A broken file is handed over as it is: the page reads it, shows what is wrong and never saves over it.
      if (read.status === 'broken') throw apiError(read.message, 'unreadable-shots', { name: basename(read.path) });
      return { path: read.path, text: read.text, readOnly: false };
    },

    async readSampleShots(lang: SampleLanguage): Promise<ShotsFileText | null> {
      const read = await deps.readBeside(join(deps.resourcesDir, 'sample', lang, 'ep01.fountain'));
      if (read.status !== 'ok') return null;
      return { path: null, text: read.text, readOnly: true };
    },

    async saveShots(scriptPath: string, text: string, base: SaveBase): Promise<SavedText> {
      if (!SCRIPT.test(scriptPath)) throw new Error(`Shotline keeps shot lists beside scripts (.fountain files), not beside "${basename(scriptPath)}".`);
      check(scriptPath);
      if (!(await deps.isFile(scriptPath))) throw new Error(`The shot list was not saved: the script "${basename(scriptPath)}" is not on disk (save the script first).`);
      const checked = readShotList(text);
      if (!checked.ok) throw new Error(`The shot list was not saved: ${checked.message}`);
      return deps.save(scriptPath, text, base);
    },
  };
}

function text(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max || value.includes('\0')) throw new Error(`${what} must be text of at most ${max} characters.`);
  return value;
}

export const shotsValidators: Validators<'readShotsBeside' | 'readSampleShots' | 'saveShots'> = {
  readShotsBeside: (args) => [text(args[0], 'The script path', 4096)],
  readSampleShots: (args) => {
    if (!SAMPLE_LANGUAGES.includes(args[0] as SampleLanguage)) throw new Error(`There is no bundled sample in "${String(args[0])}".`);
    return [args[0] as SampleLanguage];
  },
  saveShots: (args) => [text(args[0], 'The script path', 4096), text(args[1], 'The shot list', MAX_SHOTS_CHARS), saveBase(args[2])],
};

/** The handlers' file system: Node's, through the shot-list adapter. */
export function shotsDeps(resourcesDir: string, documents: OpenedDocuments): ShotsHandlerDeps {
  return {
    resourcesDir,
    documents,
    readBeside: async (scriptPath) => {
      const state = await readShotsFile(scriptPath);
      if (state.status !== 'ok') return state;
      return { status: 'ok', path: state.path, text: await readFile(state.path, 'utf8') };
    },
    isFile: async (path) => {
      try {
        return (await stat(path)).isFile();
      } catch {
        return false;
      }
    },
    save: async (scriptPath, t, base) => {
      const checked = readShotList(t);
      if (!checked.ok) throw new Error(checked.message);
      return saveShotsFile(scriptPath, t, base);
    },
  };
}
