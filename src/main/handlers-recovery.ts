// Autosave and recovery: the renderer sends its text every few seconds while the writer types; the main
// process keeps it as this session's recovery copy (atomically), drops it when the text is what is on disk,
// and after a crash or a kill offers the copies the earlier run left behind.
import { basename } from 'node:path';
import type { AutosaveResult, RecoveredFile, RecoveryInfo } from '../shared/api';
import type { RecoveryEntry, RecoveryStore } from '../node/files';
import { eolStyle } from '../node/files';
import type { DocumentRegistry } from './documents';
import { textHash } from './documents';
import type { ReadScript } from './handlers';
import type { Handlers } from './ipc';

export interface RecoveryHandlerDeps {
  documents: DocumentRegistry;
  recovery: RecoveryStore;
  /** Reads a file to see whether a copy still holds anything the file does not (null when unreadable). */
  readFile(path: string): Promise<ReadScript | null>;
  /** The name of an untitled script in the UI language. */
  untitled(): string;
  log?(message: string): void;
}

export type RecoveryHandlers = Pick<Handlers, 'autosave' | 'clearAutosave' | 'listRecoveries' | 'restoreRecovery' | 'discardRecovery'>;

const BOM = '\uFEFF';
const PREVIEW_LENGTH = 80;

function preview(text: string): string {
  const line = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length > PREVIEW_LENGTH ? `${trimmed.slice(0, PREVIEW_LENGTH - 1)}…` : trimmed;
}

function info(entry: RecoveryEntry): RecoveryInfo {
  const text = entry.text.startsWith(BOM) ? entry.text.slice(1) : entry.text;
  return { id: entry.id, path: entry.path, name: entry.name, time: entry.time, length: text.length, preview: preview(text) };
}

export function createRecoveryHandlers(deps: RecoveryHandlerDeps): RecoveryHandlers {
  const { documents, recovery } = deps;
  const log = deps.log ?? (() => {});

  /** True when the file on disk holds exactly the copy's text (the copy has nothing to give back). */
  const onDiskAlready = async (entry: RecoveryEntry): Promise<boolean> => {
    if (entry.path === null) return entry.text.replace(/^\uFEFF/, '').trim() === '';
    const file = await deps.readFile(entry.path).catch(() => null);
    return file !== null && textHash(file.text) === textHash(entry.text);
  };

  return {
    async autosave(text: string, path: string | null): Promise<AutosaveResult> {
      const doc = path === null ? null : documents.get(path);
      if (path !== null && !doc) {
        throw new Error(`Shotline keeps recovery copies only of files open in this session; "${basename(path)}" is not one.`);
      }
      const nothingToKeep = doc ? doc.textHash === textHash(text) : text.replace(/^\uFEFF/, '').trim() === '';
      if (nothingToKeep) {
        await recovery.remove(path);
        return { time: null, cleared: true };
      }
      const entry = await recovery.save({
        path,
        name: path === null ? deps.untitled() : basename(path),
        text,
        encoding: doc?.encoding ?? 'utf-8',
        bom: doc?.bom ?? false,
        baseline: doc?.baseline ?? null,
      });
      return { time: entry.time, cleared: false };
    },

    async clearAutosave(path: string | null) {
      await recovery.remove(path);
    },

    async listRecoveries(): Promise<RecoveryInfo[]> {
      const offers: RecoveryInfo[] = [];
      for (const entry of await recovery.listOthers()) {
        if (await onDiskAlready(entry)) {
          await recovery.discard(entry.id).catch((error: unknown) => log(`Shotline could not remove a spent recovery copy: ${String(error)}`));
          continue;
        }
        offers.push(info(entry));
      }
      return offers;
    },

    async restoreRecovery(id: string): Promise<RecoveredFile> {
      const entry = await recovery.adopt(id);
      const hasBom = entry.text.startsWith(BOM);
      const text = hasBom ? entry.text.slice(1) : entry.text;
      const bom = entry.bom || hasBom;
      if (entry.path !== null) {
        // Saving goes back to the file, checked against the file as it was when the work was autosaved:
        // if another program changed it since, the save asks first.
        const current = documents.get(entry.path);
        documents.track({
          path: entry.path,
          encoding: entry.encoding,
          bom,
          baseline: current?.baseline ?? entry.baseline,
          textHash: current?.textHash ?? null,
        });
      }
      return { ...info(entry), text, encoding: entry.encoding, bom, eol: eolStyle(text) };
    },

    async discardRecovery(id: string) {
      await recovery.discard(id);
    },
  };
}
