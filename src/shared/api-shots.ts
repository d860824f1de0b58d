// The shot-list part of the IPC contract: reading and saving the shot-list file beside a script
// (`ep01.fountain` -> `ep01.shots.json`). The page reads, checks, edits and writes the list's text itself
// (src/core/shots); the main process only reads and writes the file, and refuses to replace one it cannot
// read as a shot list. Plain JSON only.
import type { SampleLanguage } from './api';

/** A shot-list file's text as read. */
export interface ShotsFileText {
  /** The shot-list file, or null for the bundled sample's (which is read-only). */
  path: string | null;
  text: string;
  /** True for the bundled sample: changes stay in the window and are not saved. */
  readOnly: boolean;
}

export interface ShotsApi {
  /** The shot-list file beside `scriptPath` (same name, `.shots.json`), or null when there is none. */
  readShotsBeside(scriptPath: string): Promise<ShotsFileText | null>;
  /** The bundled sample episode's shot list, or null when the sample has none. */
  readSampleShots(lang: SampleLanguage): Promise<ShotsFileText | null>;
  /**
   * Saves the shot list beside `scriptPath` (which must be a script file that exists): `text` must read as a
   * shot list, and a file already there must read as one too (a file Shotline cannot read is never
   * replaced). Written atomically. Resolves to the file's path.
   */
  saveShots(scriptPath: string, text: string): Promise<string>;
}

export const SHOTS_CHANNELS = {
  readShotsBeside: 'shotline:shots-read-beside',
  readSampleShots: 'shotline:shots-read-sample',
  saveShots: 'shotline:shots-save',
} as const satisfies Record<keyof ShotsApi, string>;
