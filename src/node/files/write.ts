// Saving a file atomically (scripts, and through writeBytesAtomic every file Shotline writes): the new bytes go to a temporary file in the same folder, are flushed to disk,
// and only then renamed over the original (an atomic replace on one file system), after which the folder
// is flushed too where the system allows it. Until the rename, the original is untouched; if anything fails,
// the temporary file is removed and the original stays exactly as it was.
import * as fsp from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { encodeText, firstUnencodable, toSpec, type EncodingInput, type EncodingSpec } from './encoding';
import { quoted, writeError, ShotlineFileError, MESSAGES } from './errors';
import type { FileOptions } from './read';

export interface SavedScriptFile extends EncodingSpec {
  /** The file written: the path given, or the file a symbolic link there points to. */
  path: string;
  /** Bytes written. */
  size: number;
}

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252 (Western)',
  latin1: 'Latin-1 (Western)',
  gb18030: 'GB18030 (Simplified Chinese)',
  big5: 'Big5 (Traditional Chinese)',
};

/** Encodes `text` as `encoding` (byte-order mark included when the spec has one) and replaces `path` atomically. */
export async function writeScriptFileAtomic(
  path: string,
  text: string,
  encoding: EncodingInput,
  options: FileOptions = {},
): Promise<SavedScriptFile> {
  const spec = toSpec(encoding);
  if (!spec) {
    const name = typeof encoding === 'object' ? encoding.encoding : encoding;
    throw new ShotlineFileError('unencodable', path, `Could not save ${quoted(path)}: "${name}" is not an encoding Shotline writes. ${MESSAGES.UNCHANGED_WRITE}`, {
      params: { encoding: String(name), char: '' },
    });
  }
  const bytes = encodeText(text, spec);
  if (!bytes) {
    const ch = firstUnencodable(text, spec.encoding);
    // A lone surrogate (a broken character); an emoji is a pair and is named as it is.
    const broken = !ch || (ch.length === 1 && /[\uD800-\uDFFF]/.test(ch));
    const what = broken ? 'a broken character' : `characters such as "${ch}"`;
    throw new ShotlineFileError(
      'unencodable',
      path,
      `Could not save ${quoted(path)}: it is stored as ${ENCODING_NAMES[spec.encoding]}, which cannot hold ${what}. Save it as UTF-8 instead. ${MESSAGES.UNCHANGED_WRITE}`,
      { params: { encoding: ENCODING_NAMES[spec.encoding], char: broken ? '\uFFFD' : ch } },
    );
  }

  const written = await writeBytesAtomic(path, bytes, options);
  return { path: written.path, size: written.size, encoding: spec.encoding, bom: spec.bom };
}

/** What `writeBytesAtomic` wrote. */
export interface WrittenFile {
  /** The file written: the path given, or the file a symbolic link there points to. */
  path: string;
  /** Bytes written. */
  size: number;
}

/**
 * Replaces `path` with `bytes` atomically: a temporary file in the same folder, flushed to disk (fsync), renamed
 * over the original, then the folder flushed. A symbolic link is followed (the link survives) and an existing
 * file keeps its permissions. On failure the temporary file is removed and the original is untouched; the error
 * is a ShotlineFileError (`write-failed`). The one atomic writer: scripts, JSON stores, reports and PDFs.
 */
export async function writeBytesAtomic(path: string, bytes: Uint8Array, options: Pick<FileOptions, 'fs'> = {}): Promise<WrittenFile> {
  const fs = options.fs ?? fsp;
  const target = await resolveTarget(fs, path);
  let mode: number | undefined;
  try {
    const stat = await fs.stat(target);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    mode = stat.mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(path, error);
  }

  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.shotline-tmp`);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx', mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(bytes);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    created = false;
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw writeError(path, error);
  }
  await syncFolder(fs, dirname(target));
  return { path: target, size: bytes.length };
}

/** Follows a symbolic link so the link itself survives the save; a new file is written where asked. */
async function resolveTarget(fs: NonNullable<FileOptions['fs']>, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return path;
  }
}

/** Makes the rename durable; some systems (Windows) cannot open a folder for this, which is fine. */
async function syncFolder(fs: NonNullable<FileOptions['fs']>, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data is already flushed and renamed; only the folder entry's durability is best-effort.
  }
}
