// Watching open files for changes by other programs.
//
// Each file is checked against the fingerprint Shotline has of it (see fingerprint.ts): on a timer (every
// `intervalMs`, which also covers network drives and systems where watching is unreliable), and soon after
// `fs.watch` reports activity in the file's folder. The folder is watched rather than the file, because an
// atomic save by another program replaces the file (a new inode renamed over it), which a watch on the old
// file would never see again.
//
// Reports are for people, so they are few: a change is reported once per distinct content, a deletion only
// when the file is still missing at the next check (some programs delete and then write), and a return to
// what Shotline has after such a report is reported as `unchanged` so the offer to reload can go away.
import { watch as fsWatch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { checkDisk, type DiskCheck, type DiskState, type Fingerprint, type FingerprintFs } from './fingerprint';

export interface FileWatcherOptions {
  /** The files to watch now. */
  paths(): Iterable<string>;
  /** What Shotline has of a file (null: not watched any more). */
  baselineOf(path: string): Fingerprint | null;
  /** A fresher stamp for the same content (after a touch or a same-content rewrite). */
  refresh(path: string, fingerprint: Fingerprint): void;
  /** Shotline is writing this file itself: skip checks until it is done. */
  isBusy?(path: string): boolean;
  report(path: string, state: DiskState): void;
  /** Milliseconds between polls; 0 turns polling off (tests). Default 2000. */
  intervalMs?: number;
  /** Milliseconds to wait after folder activity before checking, so a burst of events is one check. Default 150. */
  settleMs?: number;
  /** Starts watching a folder; returns the function that stops. Default: fs.watch. Null turns it off. */
  watchFolder?: ((folder: string, onActivity: (fileName: string | null) => void) => () => void) | null;
  fs?: FingerprintFs;
  /** Errors while checking (a permission change, a disk error): logged, never thrown. */
  log?: (message: string) => void;
}

export interface FileWatcher {
  /** Checks one file, or every watched file, now. */
  checkNow(path?: string): Promise<void>;
  /** Call after the set of watched files changed: starts and stops folder watches to match. */
  sync(): void;
  close(): void;
}

interface Reported {
  state: DiskState;
  hash: string | null;
  /** The baseline hash the report was made against; a new baseline (save, reload) starts afresh. */
  baseline: string;
}

function defaultWatchFolder(folder: string, onActivity: (fileName: string | null) => void): () => void {
  const watcher = fsWatch(folder, { persistent: false }, (_event, fileName) => onActivity(fileName ? String(fileName) : null));
  watcher.on('error', () => watcher.close());
  return () => watcher.close();
}

export function createFileWatcher(options: FileWatcherOptions): FileWatcher {
  const log = options.log ?? (() => {});
  const intervalMs = options.intervalMs ?? 2000;
  const settleMs = options.settleMs ?? 150;
  const watchFolder = options.watchFolder === undefined ? defaultWatchFolder : options.watchFolder;
  const reported = new Map<string, Reported>();
  const missingOnce = new Set<string>();
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  const folders = new Map<string, () => void>();
  const settling = new Map<string, ReturnType<typeof setTimeout>>();
  let closed = false;

  const apply = (path: string, baseline: Fingerprint, result: DiskCheck) => {
    let last = reported.get(path);
    if (last && last.baseline !== baseline.hash) {
      reported.delete(path);
      last = undefined;
    }
    const remember = (state: DiskState, hash: string | null) => reported.set(path, { state, hash, baseline: baseline.hash });
    if (result.state !== 'deleted') missingOnce.delete(path);
    switch (result.state) {
      case 'unchanged':
        if (result.now && result.now !== baseline) options.refresh(path, result.now);
        if (last && last.state !== 'unchanged') {
          remember('unchanged', baseline.hash);
          options.report(path, 'unchanged');
        }
        return;
      case 'changed': {
        const hash = result.now?.hash ?? null;
        if (last?.state === 'changed' && last.hash === hash) return;
        remember('changed', hash);
        options.report(path, 'changed');
        return;
      }
      case 'deleted':
        if (!missingOnce.has(path)) {
          missingOnce.add(path);
          return;
        }
        if (last?.state === 'deleted') return;
        remember('deleted', null);
        options.report(path, 'deleted');
    }
  };

  const checkOne = async (path: string): Promise<void> => {
    const baseline = options.baselineOf(path);
    if (!baseline || options.isBusy?.(path)) return;
    let result: DiskCheck;
    try {
      result = await checkDisk(path, baseline, options.fs);
    } catch (error) {
      log(`Shotline could not check ${path} for changes: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    // The baseline may have moved on while the disk was read (a save finished): judge against the current one.
    const current = options.baselineOf(path);
    if (closed || !current || options.isBusy?.(path)) return;
    if (current !== baseline) {
      again.add(path);
      return;
    }
    apply(path, current, result);
  };

  const check = (path: string): Promise<void> => {
    const inFlight = running.get(path);
    if (inFlight) {
      again.add(path);
      return inFlight;
    }
    const run = (async () => {
      do {
        again.delete(path);
        await checkOne(path);
      } while (again.has(path) && !closed);
    })().finally(() => running.delete(path));
    running.set(path, run);
    return run;
  };

  const checkAll = async () => {
    await Promise.all([...options.paths()].map((p) => check(p)));
  };

  const onFolderActivity = (folder: string, fileName: string | null) => {
    for (const path of options.paths()) {
      if (dirname(path) !== folder || (fileName !== null && fileName !== basename(path) && !fileName.startsWith('.'))) continue;
      clearTimeout(settling.get(path));
      const timer = setTimeout(() => {
        settling.delete(path);
        void check(path).then(() => {
          // A deletion is confirmed by a second look a moment later.
          if (missingOnce.has(path) && !closed) setTimeout(() => void check(path), settleMs * 2).unref?.();
        });
      }, settleMs);
      timer.unref?.();
      settling.set(path, timer);
    }
  };

  const sync = () => {
    if (closed || !watchFolder) return;
    const wanted = new Set([...options.paths()].map((p) => dirname(p)));
    for (const [folder, stop] of folders) {
      if (!wanted.has(folder)) {
        stop();
        folders.delete(folder);
      }
    }
    for (const folder of wanted) {
      if (folders.has(folder)) continue;
      try {
        folders.set(folder, watchFolder(folder, (fileName) => onFolderActivity(folder, fileName)));
      } catch (error) {
        log(`Shotline cannot watch ${folder} (${error instanceof Error ? error.message : String(error)}); it checks it every ${intervalMs / 1000} s instead.`);
      }
    }
  };

  const timer = intervalMs > 0 ? setInterval(() => void checkAll(), intervalMs) : null;
  timer?.unref?.();

  return {
    checkNow: (path) => (path === undefined ? checkAll() : check(path)),
    sync,
    close() {
      closed = true;
      if (timer) clearInterval(timer);
      for (const t of settling.values()) clearTimeout(t);
      for (const stop of folders.values()) stop();
      folders.clear();
    },
  };
}
