// Recovery copies of unsaved work: one small JSON file per open document and app session, in a folder of
// the app's data (userData/recovery/<id>.json):
// { "version": 1, "id", "session", "path" (null when never saved), "name", "time", "encoding", "bom",
//   "baseline" (the file's fingerprint when it was opened or last saved, or null), "text" }
// Written atomically on every autosave; removed when the document is saved or the window closes cleanly.
// Copies of other sessions are what a crash, a kill or a power cut left behind: they are offered on the
// next start. A file that cannot be read as a copy is left alone (it may come from a newer version).
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { Fingerprint } from './fingerprint';
import { readJsonFile, serialQueue, writeJsonFileAtomic } from './json-store';

export const RECOVERY_VERSION = 1;

export interface RecoveryEntry {
  id: string;
  session: string;
  path: string | null;
  name: string;
  /** ISO 8601. */
  time: string;
  encoding: string;
  bom: boolean;
  baseline: Fingerprint | null;
  text: string;
}

export type RecoveryDraft = Omit<RecoveryEntry, 'id' | 'session' | 'time'>;

const ID = /^[a-z0-9]{8,40}-[a-f0-9]{16}$/;

/** A new session id: random, so two runs never share one. */
export function newSessionId(): string {
  return `${Date.now().toString(36)}${randomBytes(6).toString('hex')}`;
}

export function isRecoveryId(id: string): boolean {
  return ID.test(id);
}

/** The id of a document's copy in a session: the session, and a hash of the path ('' when untitled). */
export function recoveryId(session: string, path: string | null): string {
  return `${session}-${createHash('sha256').update(path ?? '').digest('hex').slice(0, 16)}`;
}

function isFingerprint(x: unknown): x is Fingerprint {
  const f = x as Fingerprint | null;
  if (!f || typeof f.hash !== 'string') return false;
  if (f.stamp === null) return true;
  const s = f.stamp as unknown as Record<string, unknown> | undefined;
  return !!s && ['ino', 'size', 'mtimeMs', 'ctimeMs'].every((k) => typeof s[k] === 'number');
}

/** The entry a file holds, or null when it is not a valid recovery copy. */
export function parseRecovery(data: unknown): RecoveryEntry | null {
  const e = data as Partial<RecoveryEntry> & { version?: unknown } | null;
  if (!e || e.version !== RECOVERY_VERSION) return null;
  if (typeof e.id !== 'string' || !isRecoveryId(e.id) || typeof e.session !== 'string') return null;
  if (e.path !== null && (typeof e.path !== 'string' || e.path === '')) return null;
  if (typeof e.name !== 'string' || typeof e.time !== 'string' || typeof e.text !== 'string') return null;
  if (typeof e.encoding !== 'string' || typeof e.bom !== 'boolean') return null;
  const baseline = e.baseline === undefined || e.baseline === null ? null : isFingerprint(e.baseline) ? e.baseline : null;
  return { id: e.id, session: e.session, path: e.path, name: e.name, time: e.time, encoding: e.encoding, bom: e.bom, baseline, text: e.text };
}

export interface RecoveryStore {
  readonly session: string;
  readonly dir: string;
  /** Writes this session's copy of the document at `draft.path`, replacing the previous one. */
  save(draft: RecoveryDraft): Promise<RecoveryEntry>;
  /** Removes this session's copy of the document at `path`. */
  remove(path: string | null): Promise<void>;
  /** Removes every copy of this session (a clean close). */
  removeSession(): Promise<void>;
  /** Copies left by other sessions, newest first. */
  listOthers(): Promise<RecoveryEntry[]>;
  /** The copy with this id, or null. */
  read(id: string): Promise<RecoveryEntry | null>;
  /** Makes an earlier session's copy this session's (written under the new id first, then the old removed). */
  adopt(id: string): Promise<RecoveryEntry>;
  discard(id: string): Promise<void>;
}

export function createRecoveryStore(dir: string, session: string, options: { now?: () => Date } = {}): RecoveryStore {
  const now = options.now ?? (() => new Date());
  const queue = serialQueue();
  const fileOf = (id: string) => join(dir, `${id}.json`);
  const unlink = async (id: string) => {
    await fsp.unlink(fileOf(id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  };
  const write = async (entry: RecoveryEntry) => {
    await writeJsonFileAtomic(fileOf(entry.id), { version: RECOVERY_VERSION, ...entry }, dir);
    return entry;
  };
  const readEntry = async (id: string): Promise<RecoveryEntry | null> => {
    if (!isRecoveryId(id)) return null;
    const read = await readJsonFile(fileOf(id));
    const entry = read.ok ? parseRecovery(read.value) : null;
    return entry && entry.id === id ? entry : null;
  };
  const ids = async (): Promise<string[]> => {
    let names: string[];
    try {
      names = await fsp.readdir(dir);
    } catch {
      return [];
    }
    return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter(isRecoveryId);
  };

  return {
    session,
    dir,
    save: (draft) => queue(() => write({ ...draft, id: recoveryId(session, draft.path), session, time: now().toISOString() })),
    remove: (path) => queue(() => unlink(recoveryId(session, path))),
    removeSession: () =>
      queue(async () => {
        for (const id of await ids()) if (id.startsWith(`${session}-`)) await unlink(id);
      }),
    listOthers: () =>
      queue(async () => {
        const entries: RecoveryEntry[] = [];
        for (const id of await ids()) {
          if (id.startsWith(`${session}-`)) continue;
          const entry = await readEntry(id);
          if (entry) entries.push(entry);
        }
        return entries.sort((a, b) => b.time.localeCompare(a.time));
      }),
    read: (id) => queue(() => readEntry(id)),
    adopt: (id) =>
      queue(async () => {
        const entry = await readEntry(id);
        if (!entry) throw new Error('That recovered work is no longer there (it was restored or discarded already).');
        if (entry.session === session) return entry;
        const adopted = await write({ ...entry, id: recoveryId(session, entry.path), session });
        await unlink(id);
        return adopted;
      }),
    discard: (id) =>
      queue(async () => {
        if (!isRecoveryId(id)) throw new Error('There is no recovered work with that id.');
        await unlink(id);
      }),
  };
}
