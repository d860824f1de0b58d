// The API's handlers, pure apart from the dependencies they are given (dialogs, files, the sample folder).
//
// Saving is limited to paths the user chose in this session (in the open dialog or the save dialog):
// a compromised page cannot write over arbitrary files through saveFile.
import { basename, join } from 'node:path';
import type { EolStyle, OpenedFile, SampleLanguage, SavedFile } from '../shared/api';
import type { Handlers } from './ipc';

/** A script file as read from disk (text without the byte-order mark). */
export interface ReadScript {
  text: string;
  encoding: string;
  bom: boolean;
  eol: EolStyle;
}

/** Reading and atomic writing of script files (src/node/files behind it). */
export interface ScriptFiles {
  read(path: string): Promise<ReadScript>;
  write(path: string, text: string, encoding: string, bom: boolean): Promise<void>;
}

export interface HandlerDeps {
  /** Shows the open dialog; the chosen path, or null when cancelled. */
  chooseFileToOpen(): Promise<string | null>;
  /** Shows the save dialog; the chosen path, or null when cancelled. */
  chooseFileToSave(suggestedName: string): Promise<string | null>;
  files: ScriptFiles;
  /** The folder holding sample/<lang>/ep01.fountain. */
  resourcesDir: string;
  readTextFile(path: string): Promise<string>;
}

export const SAMPLE_FILE = 'ep01.fountain';

export function samplePath(resourcesDir: string, lang: SampleLanguage): string {
  return join(resourcesDir, 'sample', lang, SAMPLE_FILE);
}

const BOM = '\uFEFF';

export function createHandlers(deps: HandlerDeps): Handlers {
  /** Paths the user chose in this session, with the encoding and BOM to keep when saving. */
  const granted = new Map<string, { encoding: string; bom: boolean }>();

  const saved = (path: string, encoding: string): SavedFile => ({ path, name: basename(path), encoding });

  return {
    async openFile(): Promise<OpenedFile | null> {
      const path = await deps.chooseFileToOpen();
      if (path === null) return null;
      const file = await deps.files.read(path);
      granted.set(path, { encoding: file.encoding, bom: file.bom });
      return { path, name: basename(path), text: file.text, encoding: file.encoding, bom: file.bom, eol: file.eol };
    },

    async saveFile(path: string, text: string): Promise<SavedFile> {
      const grant = granted.get(path);
      if (!grant) {
        throw new Error(
          `Shotline saves only to files opened or chosen with "Save As" in this session; use Save As for ${JSON.stringify(basename(path))}.`,
        );
      }
      const hasBom = text.startsWith(BOM);
      await deps.files.write(path, hasBom ? text.slice(1) : text, grant.encoding, grant.bom || hasBom);
      return saved(path, grant.encoding);
    },

    async saveFileAs(text: string, suggestedName?: string): Promise<SavedFile | null> {
      const path = await deps.chooseFileToSave(suggestedName ?? 'Untitled.fountain');
      if (path === null) return null;
      const hasBom = text.startsWith(BOM);
      await deps.files.write(path, hasBom ? text.slice(1) : text, 'utf-8', hasBom);
      granted.set(path, { encoding: 'utf-8', bom: hasBom });
      return saved(path, 'utf-8');
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
