// Reading a script file: size and type checked before a byte is decoded, encoding detected, line endings
// kept as found. Every failure is a ShotlineFileError; nothing on disk is ever touched by a read.
import * as fsp from 'node:fs/promises';
import { decodeBytes, eolStyle, type EolStyle, type ScriptEncoding } from './encoding';
import { quoted, readError, ShotlineFileError, MESSAGES } from './errors';

/** Scripts larger than this are refused (a 100-episode series is a few megabytes). */
export const MAX_SCRIPT_BYTES = 50 * 1024 * 1024;

export interface ScriptFile {
  /** The text without the byte-order mark (see `bom`), line endings as found. */
  text: string;
  encoding: ScriptEncoding;
  /** True when the file starts with a byte-order mark; saving with the same encoding writes it back. */
  bom: boolean;
  eol: EolStyle;
  /** The file's size in bytes. */
  size: number;
}

/** The parts of `fs/promises` the file adapters use; tests pass a wrapper that fails on purpose. */
export type FileSystem = Pick<typeof fsp, 'open' | 'rename' | 'unlink' | 'realpath' | 'stat'>;

export interface FileOptions {
  fs?: FileSystem;
  /** Overrides MAX_SCRIPT_BYTES (tests). */
  maxBytes?: number;
}

function megabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

/** Reads a script file. Throws ShotlineFileError (with a message for the writer) when it cannot. */
export async function readScriptFile(path: string, options: FileOptions = {}): Promise<ScriptFile> {
  const fs = options.fs ?? fsp;
  const maxBytes = options.maxBytes ?? MAX_SCRIPT_BYTES;
  let bytes: Buffer;
  try {
    // Checked before opening: opening a pipe or a device could wait forever.
    checkRegularFile(path, await fs.stat(path), maxBytes);
    const handle = await fs.open(path, 'r');
    try {
      checkRegularFile(path, await handle.stat(), maxBytes);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw readError(path, error);
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    throw new ShotlineFileError(decoded.code, path, `Cannot open ${quoted(path)}: it ${decoded.detail}. ${MESSAGES.UNCHANGED_READ}`);
  }
  return { text: decoded.text, encoding: decoded.encoding, bom: decoded.bom, eol: eolStyle(decoded.text), size: bytes.length };
}

function checkRegularFile(path: string, stat: { isFile(): boolean; isDirectory(): boolean; size: number }, maxBytes: number): void {
  if (!stat.isFile()) {
    const what = stat.isDirectory() ? 'it is a folder' : 'it is not a regular file (a device or a pipe)';
    throw new ShotlineFileError('not-a-file', path, `Cannot open ${quoted(path)}: ${what}, not a script file. ${MESSAGES.UNCHANGED_READ}`);
  }
  if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
}

function tooLarge(path: string, size: number, maxBytes: number): ShotlineFileError {
  return new ShotlineFileError(
    'too-large',
    path,
    `Cannot open ${quoted(path)}: it is ${megabytes(size)}, more than the ${megabytes(maxBytes)} a script can be, so it is probably not a script. ${MESSAGES.UNCHANGED_READ}`,
    { params: { size: megabytes(size), max: megabytes(maxBytes) } },
  );
}
