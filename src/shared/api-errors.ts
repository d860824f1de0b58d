// Errors across IPC: the English message (the fallback, and what logs show), plus a code and the values the
// message was built from, so the page can say it in the user's language. The page's API rejects with an Error
// carrying `code` and `params` when the main process sent them (the in-browser adapter throws such Errors; the
// preload rejects with an ErrorRecord, which the page turns back into one).

/** The failures the page knows how to say in every UI language. */
export const ERROR_CODES = [
  /** No file at that path. */
  'not-found',
  /** A folder or a device, not a file. */
  'not-a-file',
  'permission-denied',
  /** Larger than a script can be. */
  'too-large',
  /** Not text (a PDF, a Word document, an image ...). */
  'binary',
  /** Text in an encoding Shotline cannot read. */
  'unsupported-encoding',
  /** The text holds characters the file's encoding cannot store. */
  'unencodable',
  'read-failed',
  'write-failed',
  /** An output would replace a script or a file of another kind. */
  'not-replaceable',
  /** The file was changed by another program since it was read; nothing was saved. */
  'changed-on-disk',
  /** Whether another program changed the file since it was saved cannot be told; nothing was saved. */
  'unknown-on-disk',
  /** A file this session did not open or choose (use Open… or Save As). */
  'not-opened',
  /** A project file Shotline cannot read (malformed, newer); it is never overwritten. */
  'unreadable-project',
  /** A shot-list file Shotline cannot read; it is never overwritten. */
  'unreadable-shots',
  /** A path the page may not touch (not beside a document the user opened). */
  'not-allowed',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The values a message is built from (`name`: the file's name). Plain JSON. */
export type ErrorParams = Record<string, string | number>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** What an API method rejects with: an Error whose message a writer can read, and maybe a code to translate. */
export type ApiError = Error & { code?: ErrorCode; params?: ErrorParams };

/** An Error with a code and its params (the preload and the browser adapter reject with these). */
export function apiError(message: string, code?: ErrorCode, params?: ErrorParams): ApiError {
  const error: ApiError = new Error(message);
  if (code !== undefined) error.code = code;
  if (params !== undefined) error.params = { ...params };
  return error;
}

/**
 * A failure as the preload rejects with it: plain data, because Electron's context bridge rebuilds a rejected
 * Error from its message alone (its code and params would be lost on the way to the page). The page turns it
 * back into an ApiError (src/renderer/api/preload-errors.ts).
 */
export interface ErrorRecord {
  shotlineError: true;
  message: string;
  code?: ErrorCode;
  params?: ErrorParams;
}

/** The record of a failure reply from the main process. */
export function errorRecord(message: string, code?: unknown, params?: unknown): ErrorRecord {
  const record: ErrorRecord = { shotlineError: true, message };
  if (isErrorCode(code)) record.code = code;
  if (params && typeof params === 'object' && !Array.isArray(params)) record.params = plainParams(params as Record<string, unknown>);
  return record;
}

/** What an API call rejected with, as an ApiError: an Error stays one, a record becomes one, anything else a message. */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof Error) return reason as ApiError;
  if (reason && typeof reason === 'object' && (reason as ErrorRecord).shotlineError === true && typeof (reason as ErrorRecord).message === 'string') {
    const r = reason as ErrorRecord;
    return apiError(r.message, isErrorCode(r.code) ? r.code : undefined, r.params && typeof r.params === 'object' ? plainParams(r.params) : undefined);
  }
  return new Error(String(reason));
}

function plainParams(params: Record<string, unknown>): ErrorParams {
  const out: ErrorParams = {};
  for (const [key, value] of Object.entries(params)) if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  return out;
}
