// Shot-list files on disk, beside their scripts (`ep01.fountain` -> `ep01.shots.json`). Reading never
// throws for a bad file: it says what is wrong. Saving writes atomically, and refuses to replace a file that
// exists but could not be read (or was written by a newer Shotline): the user's shots are never lost. A save
// carries the fingerprint of the text it was based on and is refused when another program changed the file
// since (unless forced), so a list saved shortly after every edit never replaces someone else's.
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readShotList, shotsFileName, writeShotList } from '../../core/shots';
import type { ShotList } from '../../core/model/shots';
import { checkSaveBase, fingerprintText, writeScriptFileAtomic, type SaveBase } from '../files';

const MAX_BYTES = 20 * 1024 * 1024;

export type ShotsFileState =
  | { status: 'ok'; path: string; list: ShotList; text: string; hash: string }
  | { status: 'missing'; path: string }
  | { status: 'broken'; path: string; message: string };

/** The shot-list file of a script. */
export function shotsPathFor(scriptPath: string): string {
  return join(dirname(scriptPath), shotsFileName(basename(scriptPath)));
}

/** Reads the shot list beside `scriptPath`. */
export async function readShotsFile(scriptPath: string): Promise<ShotsFileState> {
  const path = shotsPathFor(scriptPath);
  const name = basename(path);
  let bytes: Buffer;
  try {
    const stat = await fsp.stat(path);
    if (!stat.isFile()) return { status: 'broken', path, message: `${name} is not a file. It was left as it is.` };
    if (stat.size > MAX_BYTES) return { status: 'broken', path, message: `${name} is larger than 20 MB, too large for a shot list. It was left as it is.` };
    bytes = await fsp.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'missing', path };
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    return { status: 'broken', path, message: `${name} could not be read: ${why}. It was left as it is.` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 'broken', path, message: `${name} could not be read: it is not UTF-8 text. It was left as it is; fix it in a text editor, or move it away to start a new shot list.` };
  }
  const read = readShotList(text, name);
  return read.ok ? { status: 'ok', path, list: read.list, text, hash: fingerprintText(text) } : { status: 'broken', path, message: read.message };
}

/** Thrown when a save would replace a shot-list file that could not be read. */
export class ShotsFileRefused extends Error {
  override readonly name = 'ShotsFileRefused';
  /** The code the page translates (src/shared/api-errors.ts). */
  readonly code = 'unreadable-shots';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }

  get params(): { name: string } {
    return { name: basename(this.path) };
  }
}

/**
 * Saves `list` beside `scriptPath`, atomically. Refuses (ShotsFileRefused) when a file is there that could not
 * be read, so it is never overwritten, even when forced; refuses (ShotlineFileError `changed-on-disk`) when the
 * file holds other text than `base.expected` says was read, unless `base.force`.
 */
export async function saveShotsFile(scriptPath: string, list: ShotList | string, base: SaveBase): Promise<SavedShots> {
  const before = await readShotsFile(scriptPath);
  if (before.status === 'broken') {
    throw new ShotsFileRefused(`${before.message.replace(/\.?\s*It was left as it is.*$/, '')}. Shotline will not replace it; the shot list was not saved. Fix or move ${basename(before.path)} first.`, before.path);
  }
  checkSaveBase(before.path, before.status === 'ok' ? before.hash : null, base, 'The shot list');
  const text = typeof list === 'string' ? list : writeShotList(list);
  const saved = await writeScriptFileAtomic(before.path, text, 'utf-8');
  return { path: saved.path, hash: fingerprintText(text) };
}

/** A saved shot list: its file, and the fingerprint of the text now in it (the base of the next save). */
export interface SavedShots {
  path: string;
  hash: string;
}
