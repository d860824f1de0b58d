// The files API's handlers, pure apart from the dependencies they are given (dialogs, files, stores).
//
// Reading is limited to files the user pointed at (a dialog, the recent list, a series folder they
// opened) and saving to files opened or chosen with Save As in this session: a compromised page cannot
// read or write arbitrary files through the API. A save never silently replaces what another program
// wrote: the file must still be what Shotline last read or wrote, unless the user said to overwrite.
import { basename } from 'node:path';
import type { FileChange, OpenedFile, OpenPathOptions, RecentEntry, SampleLanguage, SavedFile, SaveOptions, SeriesFolder, EolStyle } from '../shared/api';
import type { DiskCheck, Fingerprint, RecentStore, RecoveryStore, SeriesFolderListing } from '../node/files';
import type { DocumentRegistry } from './documents';
import { textHash } from './documents';
import { apiError } from '../shared/api-errors';
import type { Handlers } from './ipc';
import { join } from 'node:path';

/** A script file as read from disk (text without the byte-order mark), with the fingerprint of its bytes. */
export interface ReadScript {
  text: string;
  encoding: string;
  bom: boolean;
  eol: EolStyle;
  fingerprint: Fingerprint | null;
}

/** Reading, atomic writing and checking of script files (src/node/files behind it). */
export interface ScriptFiles {
  read(path: string): Promise<ReadScript>;
  /** Writes atomically; returns the fingerprint of the file as written (null if it could not be read back). */
  write(path: string, text: string, encoding: string, bom: boolean): Promise<Fingerprint | null>;
  check(path: string, baseline: Fingerprint): Promise<DiskCheck>;
}

export interface FileHandlerDeps {
  /** Shows the open dialog; the chosen path, or null when cancelled. */
  chooseFileToOpen(): Promise<string | null>;
  /** Shows the save dialog; the chosen path, or null when cancelled. */
  chooseFileToSave(suggestedName: string): Promise<string | null>;
  /** Shows the folder dialog; the chosen folder, or null when cancelled. */
  chooseFolder(): Promise<string | null>;
  files: ScriptFiles;
  listFolder(path: string): Promise<SeriesFolderListing>;
  documents: DocumentRegistry;
  recent: RecentStore;
  recovery: Pick<RecoveryStore, 'remove'>;
  /** Tells the renderer about a file that changed on disk. */
  fileChanged(change: FileChange): void;
  /** The recent list changed (the Open Recent menu follows). */
  recentChanged?(): void;
  /** The folder holding sample/<lang>/ep01.fountain. */
  resourcesDir: string;
  readTextFile(path: string): Promise<string>;
  log?(message: string): void;
}

export type FileHandlers = Pick<
  Handlers,
  'openFile' | 'openPath' | 'saveFile' | 'saveFileAs' | 'openFolder' | 'listRecent' | 'clearRecent' | 'readSample'
>;

export const SAMPLE_FILE = 'ep01.fountain';

export function samplePath(resourcesDir: string, lang: SampleLanguage): string {
  return join(resourcesDir, 'sample', lang, SAMPLE_FILE);
}

const BOM = '\uFEFF';

export function changedOnDiskMessage(path: string): string {
  return `"${basename(path)}" was changed by another program since Shotline opened or last saved it. Nothing was saved: reload it to see the other version, or save again and choose to overwrite it.`;
}

export function unknownOnDiskMessage(path: string): string {
  return `Shotline cannot tell whether "${basename(path)}" was changed by another program since it was last saved. Nothing was saved: reload it, or save again and choose to overwrite it.`;
}

export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const log = deps.log ?? (() => {});
  const { documents } = deps;

  const saved = (path: string, encoding: string): SavedFile => ({ path, name: basename(path), encoding });

  /** Side work that must never fail the user's action (the recent list, removing a recovery copy). */
  const quietly = async (what: string, task: () => Promise<unknown>) => {
    try {
      await task();
    } catch (error) {
      log(`Shotline could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const remember = (path: string, kind: 'file' | 'folder') =>
    quietly('update the recent list', async () => {
      await deps.recent.add(path, kind);
      deps.recentChanged?.();
    });

  const open = async (path: string, recent = true): Promise<OpenedFile> => {
    const file = await deps.files.read(path);
    documents.track({ path, encoding: file.encoding, bom: file.bom, baseline: file.fingerprint, textHash: textHash(file.text) });
    if (recent) await remember(path, 'file');
    return { path, name: basename(path), text: file.text, encoding: file.encoding, bom: file.bom, eol: file.eol };
  };

  const write = async (path: string, text: string, encoding: string, bom: boolean, recent = true) => {
    const done = documents.busy(path);
    try {
      const hasBom = text.startsWith(BOM);
      const body = hasBom ? text.slice(1) : text;
      const fingerprint = await deps.files.write(path, body, encoding, bom || hasBom);
      documents.track({ path, encoding, bom: bom || hasBom, baseline: fingerprint, textHash: textHash(body) });
    } finally {
      done();
    }
    await quietly('remove the recovery copy', () => deps.recovery.remove(path));
    if (recent) await remember(path, 'file');
  };

  return {
    async openFile() {
      const path = await deps.chooseFileToOpen();
      return path === null ? null : open(path);
    },

    async openPath(path: string, options?: OpenPathOptions) {
      if (!documents.mayOpen(path) && !(await deps.recent.has(path, 'file'))) {
        throw apiError(`Shotline opens only files you chose, from the recent list or an open series folder; use Open… for "${basename(path)}".`, 'not-opened', { name: basename(path) });
      }
      return open(path, options?.recent !== false);
    },

    async saveFile(path: string, text: string, options?: SaveOptions) {
      const doc = documents.get(path);
      if (!doc) {
        throw apiError(
          `Shotline saves only to files opened or chosen with "Save As" in this session; use Save As for ${JSON.stringify(basename(path))}.`,
          'not-opened',
          { name: basename(path) },
        );
      }
      if (options?.force !== true) {
        if (!doc.baseline) {
          deps.fileChanged({ path, name: basename(path), state: 'changed' });
          throw apiError(unknownOnDiskMessage(path), 'unknown-on-disk', { name: basename(path) });
        }
        const check = await deps.files.check(path, doc.baseline);
        if (check.state === 'changed') {
          deps.fileChanged({ path, name: basename(path), state: 'changed' });
          throw apiError(changedOnDiskMessage(path), 'changed-on-disk', { name: basename(path) });
        }
        // A deleted file is written again: nothing on disk is lost by that.
      }
      await write(path, text, doc.encoding, doc.bom, options?.recent !== false);
      return saved(path, doc.encoding);
    },

    async saveFileAs(text: string, suggestedName?: string) {
      const path = await deps.chooseFileToSave(suggestedName ?? 'Untitled.fountain');
      if (path === null) return null;
      await write(path, text, 'utf-8', false);
      await quietly('remove the recovery copy', () => deps.recovery.remove(null));
      return saved(path, 'utf-8');
    },

    async openFolder(path?: string): Promise<SeriesFolder | null> {
      let folder: string | null;
      if (path === undefined) {
        folder = await deps.chooseFolder();
        if (folder === null) return null;
      } else {
        if (!documents.mayOpen(path) && !(await deps.recent.has(path, 'folder'))) {
          throw apiError(`Shotline opens only folders you chose or from the recent list; use Open Series Folder… for "${basename(path)}".`, 'not-opened', { name: basename(path) });
        }
        folder = path;
      }
      const listing = await deps.listFolder(folder);
      documents.allowOpen(folder);
      for (const episode of listing.episodes) documents.allowOpen(episode.path);
      await remember(folder, 'folder');
      return {
        path: listing.path,
        name: listing.name,
        episodes: listing.episodes.map((e) => ({ path: e.path, name: e.name, episode: e.episode })),
        project: listing.project && { path: listing.project.path, name: listing.project.name, text: listing.project.text },
        problems: [...listing.problems],
      };
    },

    async listRecent(): Promise<RecentEntry[]> {
      const items = await deps.recent.list();
      return items.map((item) => ({ path: item.path, name: basename(item.path) || item.path, kind: item.kind, time: item.time }));
    },

    async clearRecent() {
      await deps.recent.clear();
      deps.recentChanged?.();
    },

    async readSample(lang: SampleLanguage) {
      const path = samplePath(deps.resourcesDir, lang);
      let text: string;
      try {
        text = await deps.readTextFile(path);
      } catch (error) {
        throw new Error(`The bundled ${lang} sample episode is missing (${path}); reinstall Shotline.`, { cause: error });
      }
      return { lang, name: SAMPLE_FILE, text: text.startsWith(BOM) ? text.slice(1) : text };
    },
  };
}
