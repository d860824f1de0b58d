// The files part of the IPC contract: open, save, recent files, series folders, autosave and recovery,
// and the event that reports a change to an open file by another program. Plain JSON only.

/** How a file's line endings were found: one kind throughout, a mix, or no line break at all. */
export type EolStyle = 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';

/** A script file read from disk. `text` never contains the byte-order mark; `bom` says whether there was one. */
export interface OpenedFile {
  path: string;
  /** The file name without its folder, for titles and tabs. */
  name: string;
  text: string;
  /** The encoding the file was read with (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, `gb18030`, ...); saves keep it. */
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

export interface SaveOptions {
  /**
   * Write even though another program changed the file on disk since it was opened or last saved
   * (the user chose "overwrite" after an onFileChanged event or a refused save). Default false.
   */
  force?: boolean;
  /** Put the file on the recent list (default true); false for writes the writer did not ask for file by file (replace in a series). */
  recent?: boolean;
}

export interface OpenPathOptions {
  /**
   * Put the file on the recent list (default true). False for reads the writer did not ask for one by one,
   * such as the episodes of a series folder read in the background (the folder is on the list).
   */
  recent?: boolean;
}

/** One entry of the recent list, newest first. */
export interface RecentEntry {
  path: string;
  name: string;
  kind: 'file' | 'folder';
  /** When it was last opened or saved (ISO 8601). */
  time: string;
}

/** A script file inside a series folder. */
export interface FolderEpisode {
  path: string;
  name: string;
  /** The episode number read from the file name (`ep03`, `第3集`, `第十二集`), or null. */
  episode: number | null;
}

/** The series project file beside the episodes, read as text (its format belongs to the project feature). */
export interface ProjectFileText {
  path: string;
  name: string;
  text: string;
}

/** A series folder: its .fountain files in episode order, and the project file when there is one. */
export interface SeriesFolder {
  path: string;
  name: string;
  episodes: FolderEpisode[];
  project: ProjectFileText | null;
  /** What could not be read (a project file in an unreadable encoding, ...), for the writer; usually empty. */
  problems: string[];
}

/** What autosave did. */
export interface AutosaveResult {
  /** When the recovery copy was written (ISO 8601), or null when there was nothing to keep. */
  time: string | null;
  /** True when the text equals what is on disk, so the recovery copy was removed instead. */
  cleared: boolean;
}

/** Unsaved work kept from an earlier run that ended without saving (a crash, a kill, a power cut). */
export interface RecoveryInfo {
  id: string;
  /** The file the work belongs to, or null for a script that was never saved. */
  path: string | null;
  /** The file name, or "Untitled". */
  name: string;
  /** When it was last autosaved (ISO 8601). */
  time: string;
  /** Length of the recovered text in characters, and its first non-empty line, for the offer. */
  length: number;
  preview: string;
}

/** Recovered text, ready to load into the editor (saving it goes to `path`, or Save As when null). */
export interface RecoveredFile extends RecoveryInfo {
  text: string;
  encoding: string;
  bom: boolean;
  eol: EolStyle;
}

/** Reported when a file open in Shotline changes on disk because of another program. */
export interface FileChange {
  path: string;
  name: string;
  /**
   * `changed`: its content differs from what Shotline opened or last saved; `deleted`: it is gone;
   * `unchanged`: after an earlier report, the file is back to what Shotline has (the offer can go).
   */
  state: 'changed' | 'deleted' | 'unchanged';
}

export interface FilesApi {
  /** Shows the open dialog and reads the chosen file; null when the user cancels. */
  openFile(): Promise<OpenedFile | null>;
  /**
   * Reads a file this session may open: one from the recent list, from a series folder opened in this
   * session, or one already open (this is also how a changed file is reloaded). Others are refused.
   */
  openPath(path: string, options?: OpenPathOptions): Promise<OpenedFile>;
  /**
   * Saves `text` to a file this session opened or saved as, in the encoding and with the byte-order mark
   * it was read with, atomically. Refuses (rejects, and reports an onFileChanged event) when another
   * program changed the file since it was opened or last saved, unless `options.force`.
   */
  saveFile(path: string, text: string, options?: SaveOptions): Promise<SavedFile>;
  /** Shows the save dialog and writes `text` (UTF-8) to the chosen file; null when the user cancels. */
  saveFileAs(text: string, suggestedName?: string): Promise<SavedFile | null>;
  /** Shows the folder dialog (no path) or opens a recent folder (path); null when the user cancels. */
  openFolder(path?: string): Promise<SeriesFolder | null>;
  /** Recent files and folders, newest first; entries whose file or folder is gone are pruned. */
  listRecent(): Promise<RecentEntry[]>;
  clearRecent(): Promise<void>;
  /**
   * Keeps a recovery copy of unsaved work (call it debounced while the writer types). `path` is the
   * open file, or null for a script never saved. Written atomically; removed on save and on clean close.
   */
  autosave(text: string, path: string | null): Promise<AutosaveResult>;
  /** Removes this session's recovery copy for `path` (after "Don't Save", a reload, or Save As elsewhere). */
  clearAutosave(path: string | null): Promise<void>;
  /** Unsaved work left by earlier runs, newest first. */
  listRecoveries(): Promise<RecoveryInfo[]>;
  /** The recovered text; the copy is kept (now as this session's) until it is saved or discarded. */
  restoreRecovery(id: string): Promise<RecoveredFile>;
  discardRecovery(id: string): Promise<void>;
}

export interface FilesEvents {
  /** Calls `listener` when an open file changes on disk; returns the function that stops listening. */
  onFileChanged(listener: (change: FileChange) => void): () => void;
}

export const FILES_CHANNELS = {
  openFile: 'shotline:open-file',
  openPath: 'shotline:open-path',
  saveFile: 'shotline:save-file',
  saveFileAs: 'shotline:save-file-as',
  openFolder: 'shotline:open-folder',
  listRecent: 'shotline:list-recent',
  clearRecent: 'shotline:clear-recent',
  autosave: 'shotline:autosave',
  clearAutosave: 'shotline:clear-autosave',
  listRecoveries: 'shotline:list-recoveries',
  restoreRecovery: 'shotline:restore-recovery',
  discardRecovery: 'shotline:discard-recovery',
} as const satisfies Record<keyof FilesApi, string>;

export const FILES_EVENTS = {
  onFileChanged: 'shotline:file-changed',
} as const satisfies Record<keyof FilesEvents, string>;
