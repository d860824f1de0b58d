// The breakdown part of the IPC contract: reading and saving a series' project file (sets catalogue, the
// user's location -> set mapping, cast). The page parses and writes the project's text itself (core); the
// main process reads and writes files only. Plain JSON only.
import type { SampleLanguage } from './api';
import type { SaveBase, SavedText } from './api-shots';

/** A project file's text as read. */
export interface BreakdownProjectText {
  /** The file, or null for the bundled sample's project (which is read-only). */
  path: string | null;
  text: string;
  /** True for the bundled sample: changes stay in the window and are not saved. */
  readOnly: boolean;
}

export interface BreakdownApi {
  /** The bundled sample's project (`resources/sample/<lang>/*.shotline.json`). */
  readSampleProject(lang: SampleLanguage): Promise<BreakdownProjectText>;
  /** The project file (`*.shotline.json`) in the folder of `scriptPath`, or null when it has none. */
  readProjectBeside(scriptPath: string): Promise<BreakdownProjectText | null>;
  /**
   * Saves a project file: `path` must end in `.shotline.json`, `text` must read as a project, and a file
   * already there must read as one too (a file Shotline cannot read is never overwritten, even when forced)
   * and still hold the text `base` says (else `changed-on-disk`). A new project file is written only into a
   * folder that holds scripts. Written atomically.
   */
  saveProject(path: string, text: string, base: SaveBase): Promise<SavedText>;
}

export const BREAKDOWN_CHANNELS = {
  readSampleProject: 'shotline:breakdown-read-sample-project',
  readProjectBeside: 'shotline:breakdown-read-project-beside',
  saveProject: 'shotline:breakdown-save-project',
} as const satisfies Record<keyof BreakdownApi, string>;
