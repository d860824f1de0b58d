// What a file on disk looked like when Shotline last read or wrote it, and whether it still does.
//
// A fingerprint is the SHA-256 of the bytes plus the file's stat stamp (inode, size, times). Checking a
// file compares the stamp first (cheap) and hashes the bytes only when the stamp moved, so a program that
// rewrites a file with the same content (or touches it) is not reported, and an atomic save by another
// program (a new inode renamed over the old one) is seen through the stamp change and the new hash.
// The stamp is always taken before the bytes are read: if the file changes in between, the stamp is the
// older one, and the next check hashes again instead of trusting it.
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename } from 'node:path';
import { ShotlineFileError } from './errors';
import { MAX_SCRIPT_BYTES } from './read';

/** The stat fields that change whenever a file's content is replaced or rewritten. */
export interface FileStamp {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface Fingerprint {
  /** SHA-256 of the file's bytes, hex. */
  hash: string;
  /** The stamp the hash belongs to; null when unknown (then the next check hashes). */
  stamp: FileStamp | null;
}

export type DiskState = 'unchanged' | 'changed' | 'deleted';

export interface DiskCheck {
  state: DiskState;
  /** The file as it is now (null when deleted); after `unchanged`, a fresher stamp to keep. */
  now: Fingerprint | null;
}

/** The parts of `fs/promises` used here. */
export type FingerprintFs = Pick<typeof fsp, 'stat' | 'readFile'>;

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The fingerprint of a file's text as read (src/core/hash textFingerprint, computed with Node's crypto): what
 * a save of a shot list or project carries back to say which text it replaces.
 */
export function fingerprintText(text: string): string {
  return createHash('sha256').update(text.startsWith('\uFEFF') ? text.slice(1) : text, 'utf8').digest('hex');
}

/** What a save replaces: the fingerprint of the text read (null when there was no file), or anything when forced. */
export interface SaveBase {
  expected: string | null;
  force?: boolean;
}

/**
 * Throws a ShotlineFileError (`changed-on-disk`) when the file now holds text other than what the save was
 * based on (`current`: its fingerprint now, null when there is no file). A file deleted since is written again:
 * nothing on disk is lost by that. `what` names the file in the message ("the shot list").
 */
export function checkSaveBase(path: string, current: string | null, base: SaveBase, what: string): void {
  if (base.force === true || current === null || current === base.expected) return;
  const name = `"${basename(path)}"`;
  const since = base.expected === null ? 'was created by another program since Shotline looked for it' : 'was changed by another program since Shotline read it';
  throw new ShotlineFileError('changed-on-disk', path, `${name} ${since}. ${what} was not saved: reload it to see the other version, or save again and choose to overwrite it.`);
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** The file's stamp, or null when there is no file (or it is not a regular file). */
export async function stampOf(path: string, fs: FingerprintFs = fsp): Promise<FileStamp | null> {
  try {
    const s = await fs.stat(path);
    if (!s.isFile()) return null;
    return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

export function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  return a !== null && b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** Reads the file and fingerprints it (stamp first, then bytes); null when there is no file. */
export async function fingerprintFile(path: string, fs: FingerprintFs = fsp): Promise<Fingerprint | null> {
  const stamp = await stampOf(path, fs);
  if (!stamp) return null;
  if (stamp.size > MAX_SCRIPT_BYTES) return { hash: `too-large:${stamp.size}`, stamp };
  try {
    return { hash: hashBytes(await fs.readFile(path)), stamp };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** Whether the file still holds what `baseline` describes. */
export async function checkDisk(path: string, baseline: Fingerprint, fs: FingerprintFs = fsp): Promise<DiskCheck> {
  const stamp = await stampOf(path, fs);
  if (!stamp) return { state: 'deleted', now: null };
  if (sameStamp(stamp, baseline.stamp)) return { state: 'unchanged', now: baseline };
  const now = await fingerprintFile(path, fs);
  if (!now) return { state: 'deleted', now: null };
  return { state: now.hash === baseline.hash ? 'unchanged' : 'changed', now };
}
