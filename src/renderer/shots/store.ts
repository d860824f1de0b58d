// The shot lists of the documents opened in this window, outside React: reading each one through the API
// when its document opens, edits with undo, and saving beside the script shortly after each change. A list
// that could not be read is shown with its problem and never saved over; the sample's is read-only. Each save
// says which text it replaces (the fingerprint of what was read or last saved): when another program changed
// the file meanwhile the save is refused, the list waits in 'conflict', and the user reloads or overwrites.
import { textFingerprint } from '../../core/hash';
import type { ShotList } from '../../core/model/shots';
import { emptyShotList, readShotList, resolveShots, toShotList, writeShotList, type ResolvedShots, type ShotScene } from '../../core/shots';
import type { SampleLanguage, ShotsApi } from '../../shared/api';
import { problemOf, type Problem } from '../notices/problem';

export type SaveState = 'loading' | 'clean' | 'saving' | 'saved' | 'unsaved' | 'failed' | 'conflict' | 'readOnly' | 'untitled' | 'broken';


export interface DocShots {
  key: string;
  /** The script's path, or null for the sample and untitled scripts. */
  scriptPath: string | null;
  list: ShotList;
  state: SaveState;
  /** The problem of a broken file, or of the last failed save. */
  message: string | null;
  /** The same problem with its code, when the API gave one. */
  problem: Problem | null;
  /** The fingerprint of the file's text as read or last saved; null when there was no file. */
  base: string | null;
  history: ShotList[];
  future: ShotList[];
}

export interface DocSource {
  key: string;
  kind: 'file' | 'sample' | 'untitled';
  path: string | null;
  name: string;
  language: SampleLanguage;
}

const SAVE_DELAY_MS = 700;
const HISTORY = 100;

export class ShotsStore {
  private docs = new Map<string, DocShots>();
  private listeners = new Set<() => void>();
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private version = 0;

  constructor(private readonly api: ShotsApi) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes with every change to any document's shots (for useSyncExternalStore). */
  readonly getVersion = (): number => this.version;

  get(key: string): DocShots | null {
    return this.docs.get(key) ?? null;
  }

  private set(doc: DocShots): void {
    this.docs.set(doc.key, doc);
    this.version++;
    for (const l of this.listeners) l();
  }

  /** Reads the shot list of a document the first time it is shown. */
  open(source: DocSource): void {
    if (this.docs.has(source.key)) return;
    const first: DocShots = { key: source.key, scriptPath: source.path, list: emptyShotList(source.name), state: 'loading', message: null, problem: null, base: null, history: [], future: [] };
    this.set(first);
    const done = (change: Partial<DocShots>) => {
      const now = this.docs.get(source.key);
      // Edits made while reading win: they started from an empty list only if the read found nothing.
      if (now && now.state === 'loading') this.set({ ...now, ...change });
    };
    if (source.kind === 'untitled' || !source.path) {
      if (source.kind === 'sample') {
        void this.api.readSampleShots(source.language).then(
          (file) => {
            const read = file ? this.parsed(file.text, source.name) : {};
            done(read.state === 'broken' ? read : { ...read, state: 'readOnly' });
          },
          () => done({ state: 'readOnly' }),
        );
      } else done({ state: 'untitled' });
      return;
    }
    void this.api.readShotsBeside(source.path).then(
      (file) => done(file ? this.parsed(file.text, source.name) : { state: 'clean', base: null }),
      (error: unknown) => done({ state: 'broken', message: problemOf(error).message, problem: problemOf(error) }),
    );
  }

  private parsed(text: string, name: string): Partial<DocShots> {
    const read = readShotList(text, name.replace(/\.[^.]*$/, '') + '.shots.json');
    return read.ok ? { list: read.list, state: 'clean', base: textFingerprint(text) } : { state: 'broken', message: read.message, problem: { message: read.message } };
  }

  /**
   * Reads the file again after a refused save, replacing the list with what is on disk now; the list that was
   * refused stays one Undo away.
   */
  async reload(key: string): Promise<void> {
    const doc = this.docs.get(key);
    if (!doc || !doc.scriptPath) return;
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    const name = doc.scriptPath.replace(/^.*[\\/]/, '');
    try {
      const file = await this.api.readShotsBeside(doc.scriptPath);
      const now = this.docs.get(key)!;
      const read = file ? this.parsed(file.text, name) : { state: 'clean' as const, base: null, list: emptyShotList(name) };
      this.set({ ...now, ...read, message: read.message ?? null, problem: read.problem ?? null, history: [...now.history.slice(-HISTORY + 1), now.list], future: [] });
    } catch (error) {
      const now = this.docs.get(key)!;
      this.set({ ...now, state: 'broken', message: problemOf(error).message, problem: problemOf(error) });
    }
  }

  /** Saves over the other program's version after a refused save (the user chose to). */
  async overwrite(key: string): Promise<void> {
    const doc = this.docs.get(key);
    if (!doc || doc.state !== 'conflict') return;
    this.set({ ...doc, state: 'unsaved' });
    await this.save(key, true);
  }

  /** The document's list read against the scenes as they are now. */
  resolved(key: string, scenes: readonly ShotScene[]): ResolvedShots | null {
    const doc = this.docs.get(key);
    return doc ? resolveShots(doc.list, scenes) : null;
  }

  /** An edit: `change` gets the list read against `scenes` and returns the new one. */
  edit(key: string, scenes: readonly ShotScene[], change: (resolved: ResolvedShots) => ResolvedShots): void {
    const doc = this.docs.get(key);
    if (!doc || doc.state === 'loading') return;
    const next = toShotList(change(resolveShots(doc.list, scenes)), scenes);
    this.commit(doc, next, [...doc.history.slice(-HISTORY + 1), doc.list], []);
  }

  undo(key: string): boolean {
    const doc = this.docs.get(key);
    const previous = doc?.history[doc.history.length - 1];
    if (!doc || !previous) return false;
    this.commit(doc, previous, doc.history.slice(0, -1), [doc.list, ...doc.future]);
    return true;
  }

  redo(key: string): boolean {
    const doc = this.docs.get(key);
    const next = doc?.future[0];
    if (!doc || !next) return false;
    this.commit(doc, next, [...doc.history, doc.list], doc.future.slice(1));
    return true;
  }

  private commit(doc: DocShots, list: ShotList, history: ShotList[], future: ShotList[]): void {
    // While a save is refused (conflict) edits stay in the window until the user reloads or overwrites.
    const writable = doc.scriptPath !== null && doc.state !== 'readOnly' && doc.state !== 'untitled' && doc.state !== 'broken' && doc.state !== 'conflict';
    this.set({ ...doc, list, history, future, state: writable ? 'unsaved' : doc.state });
    if (writable) this.schedule(doc.key);
  }

  private schedule(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.set(key, setTimeout(() => void this.save(key), SAVE_DELAY_MS));
  }

  /** Saves now (also called by the timer); `force` overwrites a file another program changed. */
  async save(key: string, force = false): Promise<void> {
    this.timers.delete(key);
    const doc = this.docs.get(key);
    if (!doc || !doc.scriptPath || doc.state !== 'unsaved') return;
    const list = doc.list;
    this.set({ ...doc, state: 'saving' });
    try {
      const saved = await this.api.saveShots(doc.scriptPath, writeShotList(list), force ? { expected: doc.base, force: true } : { expected: doc.base });
      const now = this.docs.get(key)!;
      this.set({ ...now, base: saved.hash, state: now.list === list ? 'saved' : 'unsaved', message: null, problem: null });
      if (now.list !== list) this.schedule(key);
    } catch (error) {
      const now = this.docs.get(key)!;
      const problem = problemOf(error);
      this.set({ ...now, state: problem.code === 'changed-on-disk' ? 'conflict' : 'failed', message: problem.message, problem });
    }
  }

  /** Saves every list with unsaved changes (before the window closes or a document is switched). */
  async flush(): Promise<void> {
    for (const [key] of this.timers) await this.save(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.listeners.clear();
  }
}
