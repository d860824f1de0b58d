// The shot-list part of the IPC contract: reading and saving the shot-list file beside a script
// (`ep01.fountain` -> `ep01.shots.json`). The page reads, checks, edits and writes the list's text itself
// (src/core/shots); the main process only reads and writes the file, and refuses to replace one it cannot
// read as a shot list, nor one another program changed since the page read it. Plain JSON only.
import type { SampleLanguage } from './api';

/** A shot-list file's text as read. */
export interface ShotsFileText {
  /** The shot-list file, or null for the bundled sample's (which is read-only). */
  path: string | null;
  text: string;
  /** True for the bundled sample: changes stay in the window and are not saved. */
  readOnly: boolean;
}

/**
 * What a save of a shot list or a project is based on: the fingerprint (src/core/hash textFingerprint) of the
 * text the page read, or of the text its last save wrote; null when there was no file. When the file on disk
 * holds anything else the save is refused (error code `changed-on-disk`), unless `force` (the user chose to
 * overwrite the other version).
 */
export interface SaveBase {
  expected: string | null;
  force?: boolean;
}

/** A shot list or project saved: the file, and the fingerprint of the text now in it (the next save's base). */
export interface SavedText {
  path: string;
  hash: string;
}

export interface ShotsApi {
  /** The shot-list file beside `scriptPath` (same name, `.shots.json`), or null when there is none. */
  readShotsBeside(scriptPath: string): Promise<ShotsFileText | null>;
  /** The bundled sample episode's shot list, or null when the sample has none. */
  readSampleShots(lang: SampleLanguage): Promise<ShotsFileText | null>;
  /**
   * Saves the shot list beside `scriptPath` (which must be a script file that exists): `text` must read as a
   * shot list, and a file already there must read as one too (a file Shotline cannot read is never
   * replaced, even when forced) and still hold the text `base` says (else `changed-on-disk`). Written atomically.
   */
  saveShots(scriptPath: string, text: string, base: SaveBase): Promise<SavedText>;
}

export const SHOTS_CHANNELS = {
  readShotsBeside: 'shotline:shots-read-beside',
  readSampleShots: 'shotline:shots-read-sample',
  saveShots: 'shotline:shots-save',
} as const satisfies Record<keyof ShotsApi, string>;
