// The recent files and folders, kept in a small JSON file in the app's data folder:
// { "version": 1, "items": [ { "path": "...", "kind": "file", "time": "2025-01-01T10:00:00.000Z" } ] }
// Newest first, no duplicates, at most MAX_RECENT; entries whose file or folder is gone are pruned when
// the list is read. A missing or broken file is an empty list (the list is a convenience, never data).
import * as fsp from 'node:fs/promises';
import { dirname } from 'node:path';
import { readJsonFile, serialQueue, writeJsonFileAtomic } from './json-store';

export const MAX_RECENT = 12;
export const RECENT_VERSION = 1;

export interface RecentItem {
  path: string;
  kind: 'file' | 'folder';
  /** ISO 8601. */
  time: string;
}

/** `item` first, its older entry removed, the list cut to `max`. */
export function addRecent(list: readonly RecentItem[], item: RecentItem, max = MAX_RECENT): RecentItem[] {
  return [item, ...list.filter((x) => x.path !== item.path)].slice(0, max);
}

/** The valid entries of whatever the file held. */
export function parseRecent(data: unknown): RecentItem[] {
  const items = (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  const out: RecentItem[] = [];
  for (const x of items as unknown[]) {
    const r = x as Partial<RecentItem> | null;
    if (!r || typeof r.path !== 'string' || r.path === '' || r.path.includes('\0')) continue;
    if (r.kind !== 'file' && r.kind !== 'folder') continue;
    if (out.some((o) => o.path === r.path)) continue;
    out.push({ path: r.path, kind: r.kind, time: typeof r.time === 'string' ? r.time : new Date(0).toISOString() });
  }
  return out.slice(0, MAX_RECENT);
}

/** Whether a recent entry still exists as what it was. */
export async function recentExists(item: RecentItem, fs: Pick<typeof fsp, 'stat'> = fsp): Promise<boolean> {
  try {
    const s = await fs.stat(item.path);
    return item.kind === 'file' ? s.isFile() : s.isDirectory();
  } catch {
    return false;
  }
}

export interface RecentStore {
  /** The list, newest first, with missing entries pruned (and the pruned list saved). */
  list(): Promise<RecentItem[]>;
  add(path: string, kind: RecentItem['kind']): Promise<RecentItem[]>;
  clear(): Promise<void>;
  /** Whether `path` is on the list as `kind` (without touching the disk). */
  has(path: string, kind: RecentItem['kind']): Promise<boolean>;
}

export function createRecentStore(
  file: string,
  options: { now?: () => Date; exists?: (item: RecentItem) => Promise<boolean> } = {},
): RecentStore {
  const now = options.now ?? (() => new Date());
  const exists = options.exists ?? ((item: RecentItem) => recentExists(item));
  const queue = serialQueue();
  let cache: RecentItem[] | null = null;

  const load = async (): Promise<RecentItem[]> => {
    if (cache) return cache;
    const read = await readJsonFile(file);
    cache = read.ok ? parseRecent(read.value) : [];
    return cache;
  };
  const store = async (items: RecentItem[]): Promise<RecentItem[]> => {
    cache = items;
    await writeJsonFileAtomic(file, { version: RECENT_VERSION, items }, dirname(file));
    return items;
  };

  return {
    list: () =>
      queue(async () => {
        const items = await load();
        const present = await Promise.all(items.map((item) => exists(item)));
        const kept = items.filter((_, i) => present[i]);
        return kept.length === items.length ? items : store(kept);
      }),
    add: (path, kind) => queue(async () => store(addRecent(await load(), { path, kind, time: now().toISOString() }))),
    clear: () => queue(async () => void (await store([]))),
    has: (path, kind) => queue(async () => (await load()).some((x) => x.path === path && x.kind === kind)),
  };
}
