// The one error type of the file adapters. Its message is written for a writer, not a programmer: which
// file, what is wrong, and (always) whether the file on disk was left as it was.
import { basename } from 'node:path';

export type FileErrorCode =
  /** No file at that path. */
  | 'not-found'
  /** The path is a folder or a device, not a file. */
  | 'not-a-file'
  /** The operating system refused access. */
  | 'permission-denied'
  /** Larger than the 50 MB a script can reasonably be. */
  | 'too-large'
  /** Not text: NUL bytes, control characters, or a known binary format (PDF, Word, image, archive). */
  | 'binary'
  /** Text in an encoding Shotline cannot read (UTF-32, UTF-16 without a byte-order mark, broken UTF-16). */
  | 'unsupported-encoding'
  /** The text holds characters the file's encoding cannot store (saving would lose them). */
  | 'unencodable'
  /** Reading failed for another reason (a disk or network error). */
  | 'read-failed'
  /** Writing failed; the original file is untouched. */
  | 'write-failed'
  /** An output would replace a file that is not an earlier output of its kind (a script, a folder). */
  | 'not-replaceable'
  /** A save found the file changed by another program since it was read; nothing was written. */
  | 'changed-on-disk';

/** Values a message is built from, for translating it (the file's name is always there as `name`). */
export type FileErrorParams = Record<string, string | number>;

export class ShotlineFileError extends Error {
  override readonly name = 'ShotlineFileError';
  readonly code: FileErrorCode;
  readonly path: string;
  readonly params: FileErrorParams;

  constructor(code: FileErrorCode, path: string, message: string, options?: { cause?: unknown; params?: FileErrorParams }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = path;
    this.params = { name: basename(path) || path, ...options?.params };
  }
}

export function isShotlineFileError(error: unknown): error is ShotlineFileError {
  return error instanceof ShotlineFileError;
}

/** `"name.fountain"` for messages: the file name a writer recognises, quoted. */
export function quoted(path: string): string {
  return `"${basename(path) || path}"`;
}

const UNCHANGED_READ = 'Nothing was changed.';
const UNCHANGED_WRITE = 'The file on disk was not changed.';

/** Maps an error from `fs` while reading to a ShotlineFileError with a writer's message. */
export function readError(path: string, error: unknown): ShotlineFileError {
  if (error instanceof ShotlineFileError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const name = quoted(path);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ShotlineFileError('not-found', path, `Cannot open ${name}: there is no such file (${path}). ${UNCHANGED_READ}`, { cause: error });
    case 'EISDIR':
      return new ShotlineFileError('not-a-file', path, `Cannot open ${name}: it is a folder, not a script file. ${UNCHANGED_READ}`, { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new ShotlineFileError('permission-denied', path, `Cannot open ${name}: permission denied. ${UNCHANGED_READ}`, { cause: error });
    default:
      return new ShotlineFileError('read-failed', path, `Cannot open ${name}: ${describe(error)}. ${UNCHANGED_READ}`, { cause: error });
  }
}

/** Maps an error while saving to a ShotlineFileError; the caller guarantees the original is intact. */
export function writeError(path: string, error: unknown): ShotlineFileError {
  if (error instanceof ShotlineFileError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const name = quoted(path);
  const why =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'permission denied (the file or its folder is read-only)'
      : code === 'ENOSPC' || code === 'EDQUOT'
        ? 'the disk is full'
        : code === 'ENOENT'
          ? 'its folder does not exist'
          : code === 'EISDIR'
            ? 'a folder has that name'
            : describe(error);
  return new ShotlineFileError('write-failed', path, `Could not save ${name}: ${why}. ${UNCHANGED_WRITE}`, { cause: error });
}

export function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const text = error.message.replace(/^[A-Z]+:\s*/, '').replace(/,\s*\w+\s+'[^']*'$/, '');
    return code && !text.includes(code) ? `${text} (${code})` : text;
  }
  return String(error);
}

export const MESSAGES = { UNCHANGED_READ, UNCHANGED_WRITE } as const;
