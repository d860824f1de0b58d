// The typed IPC contract between the Electron main process, the preload and the renderer.
// Everything here is plain JSON data: no classes, no methods, no Buffers.

/** The languages of the bundled sample episode. */
export type SampleLanguage = 'en' | 'zh';

export const SAMPLE_LANGUAGES: readonly SampleLanguage[] = ['en', 'zh'];

/** How a file's line endings were found: one kind throughout, a mix, or no line break at all. */
export type EolStyle = 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';

/** A script file read from disk. `text` never contains the byte-order mark; `bom` says whether there was one. */
export interface OpenedFile {
  path: string;
  /** The file name without its folder, for titles and tabs. */
  name: string;
  text: string;
  /** The encoding the file was read with (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`); saves keep it. */
  encoding: string;
  bom: boolean;
  eol: EolStyle;
}

/** A file written to disk. */
export interface SavedFile {
  path: string;
  name: string;
  encoding: string;
}

/** The bundled sample episode. */
export interface SampleFile {
  lang: SampleLanguage;
  name: string;
  text: string;
}

/**
 * What the preload exposes as `window.shotline` (and what the in-browser adapter stands in for).
 * Every method rejects with an Error whose message a writer can read when something goes wrong.
 */
export interface ShotlineApi {
  /** Shows the open dialog and reads the chosen file; null when the user cancels. */
  openFile(): Promise<OpenedFile | null>;
  /**
   * Saves `text` to a file this session opened or saved as (the main process refuses other paths),
   * in the encoding it was read with, atomically.
   */
  saveFile(path: string, text: string): Promise<SavedFile>;
  /** Shows the save dialog and writes `text` (UTF-8) to the chosen file; null when the user cancels. */
  saveFileAs(text: string, suggestedName?: string): Promise<SavedFile | null>;
  /** The bundled sample episode in the given language. */
  readSample(lang: SampleLanguage): Promise<SampleFile>;
}

/** The IPC channel of each API method. */
export const CHANNELS = {
  openFile: 'shotline:open-file',
  saveFile: 'shotline:save-file',
  saveFileAs: 'shotline:save-file-as',
  readSample: 'shotline:read-sample',
} as const satisfies Record<keyof ShotlineApi, string>;

export type ApiMethod = keyof ShotlineApi;
export type Channel = (typeof CHANNELS)[ApiMethod];

/** What crosses IPC for each call: the handler's value, or an error message (never a thrown Error). */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The arguments of each API method, as sent over IPC. */
export type ApiArgs = { [K in ApiMethod]: Parameters<ShotlineApi[K]> };

/** The resolved value of each API method. */
export type ApiValue = { [K in ApiMethod]: Awaited<ReturnType<ShotlineApi[K]>> };
