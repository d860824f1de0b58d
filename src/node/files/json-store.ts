// Small JSON files of the app's own (recent list, preferences, recovery copies): read tolerantly, written
// atomically (a temporary file renamed over the old one), so a crash mid-write leaves the old file whole.
import * as fsp from 'node:fs/promises';
import { writeScriptFileAtomic } from './write';

/** The parsed content of a JSON file; `missing` when there is none, `broken` when it is not JSON. */
export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: 'missing' | 'broken'; error?: unknown };

export async function readJsonFile(path: string, fs: Pick<typeof fsp, 'readFile'> = fsp): Promise<JsonRead> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
    return { ok: false, reason: 'broken', error };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: 'broken', error };
  }
}

/** Writes `value` as indented JSON (UTF-8, a final newline), atomically. Creates the folder if needed. */
export async function writeJsonFileAtomic(path: string, value: unknown, folder?: string): Promise<void> {
  if (folder) await fsp.mkdir(folder, { recursive: true });
  await writeScriptFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, 'utf-8');
}

/** Runs async tasks one after another (writes to one file must not overtake each other). */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
