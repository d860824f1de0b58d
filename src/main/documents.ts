// What the main process knows of the files open in this session: the paths the user gave it (in a dialog,
// the recent list or a series folder), and for each open file the encoding and byte-order mark to save
// with, the fingerprint of what is on disk (to notice other programs' changes), and the hash of the text
// last read or saved (so autosaving unchanged text keeps no copy). One place, plain data, no Electron.
import { createHash } from 'node:crypto';
import type { Fingerprint } from '../node/files';

export interface OpenDocument {
  path: string;
  encoding: string;
  bom: boolean;
  /** The file as Shotline last read or wrote it; null when unknown (a save then asks before overwriting). */
  baseline: Fingerprint | null;
  /** SHA-256 of the text (without byte-order mark) last read or saved; null when unknown. */
  textHash: string | null;
}

const BOM = '\uFEFF';

/** The hash autosave compares against: the text without a leading byte-order mark. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.startsWith(BOM) ? text.slice(1) : text, 'utf8').digest('hex');
}

export interface DocumentRegistry {
  /** Lets openPath read `path` (a file of a series folder the user opened). */
  allowOpen(path: string): void;
  /** Whether openPath may read `path` without asking the recent list. */
  mayOpen(path: string): boolean;
  /** Records a file as open (after a read or a save). */
  track(doc: OpenDocument): void;
  get(path: string): OpenDocument | null;
  /** The open files (the watcher watches these). */
  paths(): string[];
  /** A fresher fingerprint with the same content. */
  refresh(path: string, baseline: Fingerprint): void;
  /** Marks a save in progress (the watcher does not check the file meanwhile). */
  busy(path: string): () => void;
  isBusy(path: string): boolean;
}

export function createDocumentRegistry(onTrack: () => void = () => {}): DocumentRegistry {
  const open = new Map<string, OpenDocument>();
  const openable = new Set<string>();
  const saving = new Map<string, number>();
  return {
    allowOpen: (path) => void openable.add(path),
    mayOpen: (path) => openable.has(path) || open.has(path),
    track(doc) {
      const isNew = !open.has(doc.path);
      open.set(doc.path, { ...doc });
      if (isNew) onTrack();
    },
    get: (path) => {
      const doc = open.get(path);
      return doc ? { ...doc } : null;
    },
    paths: () => [...open.keys()],
    refresh(path, baseline) {
      const doc = open.get(path);
      if (doc && doc.baseline?.hash === baseline.hash) open.set(path, { ...doc, baseline });
    },
    busy(path) {
      saving.set(path, (saving.get(path) ?? 0) + 1);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const n = (saving.get(path) ?? 1) - 1;
        if (n <= 0) saving.delete(path);
        else saving.set(path, n);
      };
    },
    isBusy: (path) => saving.has(path),
  };
}
