// Shot lists: a director's shots for each scene, kept in a file beside the script (`ep01.shots.json`).
// Plain JSON data. src/core/shots reads, checks, keys, suggests and writes it; see docs/shots.md.

/** The format version this build writes. Files with a higher version are refused, never overwritten. */
export const SHOTS_FORMAT_VERSION = 1;
/** The `format` key every shot-list file carries, so a stray JSON file is not taken for a shot list. */
export const SHOTS_FORMAT = 'shotline-shots';
/** How a shot-list file's name ends: `ep01.fountain` -> `ep01.shots.json`. */
export const SHOTS_FILE_SUFFIX = '.shots.json';

/** Shot sizes, widest first, then the special kinds. */
export const SHOT_SIZES = ['EWS', 'WS', 'FS', 'MS', 'MCU', 'CU', 'ECU', 'INSERT', 'OTS', 'POV', '2S'] as const;
export type ShotSize = (typeof SHOT_SIZES)[number];

export const SHOT_ANGLES = ['eye', 'high', 'low', 'overhead', 'dutch'] as const;
export type ShotAngle = (typeof SHOT_ANGLES)[number];

export const SHOT_MOVEMENTS = ['static', 'push-in', 'pull-out', 'pan', 'tilt', 'track', 'follow', 'handheld', 'gimbal', 'crane'] as const;
export type ShotMovement = (typeof SHOT_MOVEMENTS)[number];

export const SHOT_STATUSES = ['planned', 'shot'] as const;
export type ShotStatus = (typeof SHOT_STATUSES)[number];

/** Keys this version does not know, kept as found and written back on save. */
export type ShotsPreserved = Record<string, unknown>;

/**
 * The script lines a shot covers, relative to its scene: `from` and `to` count lines after the scene heading
 * (0 = the heading, 1 = the line right after it), both included. `text` is the start of line `from` as it was when the range
 * was set, so the range follows that line when lines are added or removed above it in the scene.
 */
export interface ShotLines {
  from: number;
  to: number;
  text: string;
}

export interface Shot {
  /** In memory only (not written): a unique id for selection and drag, given when the list is read. */
  id: string;
  /** As written: `1`, `2`, `2A` (a shot added after 2 once the list is numbered). */
  number: string;
  size: ShotSize | null;
  angle: ShotAngle | null;
  movement: ShotMovement | null;
  /** Focal length in mm. */
  lens: number | null;
  /** `A`, `B` ... */
  camera: string | null;
  /** Who is in the frame, as the script names them. */
  cast: string[];
  description: string;
  lines: ShotLines | null;
  /** Camera setup (one lighting and camera position); shots of one setup are shot together. */
  setup: number | null;
  /** Estimated screen seconds. */
  seconds: number | null;
  notes: string;
  status: ShotStatus;
  preserved?: ShotsPreserved;
}

/**
 * What identifies a scene in a shot-list file, as it was when the list was last saved against the script.
 * `number` is the scene number when it was locked (`#12A#` in the heading), else the number as written or
 * assigned; `heading` (without the number) and `opening` (the first lines of the scene, shortened) let the
 * scene be found again when it moves or is renumbered; `order` (1-based, in the file) breaks ties.
 */
export interface SceneKey {
  episode: number | null;
  number: string;
  locked: boolean;
  heading: string;
  opening: string;
  order: number;
}

/** One scene's shots, as stored. */
export interface SceneShots {
  scene: SceneKey;
  shots: Shot[];
  preserved?: ShotsPreserved;
}

/** A shot-list file. Scenes that no longer match the script (orphans) stay in `scenes` until deleted. */
export interface ShotList {
  format: typeof SHOTS_FORMAT;
  version: number;
  /** The script's file name (for people reading the file; the file sits beside it). */
  script: string;
  scenes: SceneShots[];
  preserved?: ShotsPreserved;
}
