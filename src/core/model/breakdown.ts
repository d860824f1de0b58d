// A series broken down into episodes, scenes, cast, locations, sets and elements. Plain JSON data: what the
// CLI prints with `shotline breakdown --json`, what the panel shows and what shot lists and schedules build on.
import type { IntExt, TimeOfDay } from './script';

/** The industry breakdown categories, in breakdown-sheet order. */
export type ElementCategory =
  | 'cast'
  | 'extras'
  | 'stunts'
  | 'props'
  | 'wardrobe'
  | 'makeup'
  | 'vehicles'
  | 'animals'
  | 'sfx'
  | 'vfx'
  | 'set_dressing'
  | 'sound'
  | 'music'
  | 'notes';

/** An element tagged in the script (`[[prop: gold pendant]]`). */
export interface SceneElement {
  category: ElementCategory;
  name: string;
  /** Source line of the tag. */
  line: number;
}

/** Day or night for shooting; continuity words (CONTINUOUS, LATER) take the previous scene's. */
export type DayNight = 'DAY' | 'NIGHT';

export type SetSource = 'user' | 'suggested';

/** Where something first or last appears. */
export interface Appearance {
  episode: number;
  scene: string;
  line: number;
  file: string;
}

export interface SceneBreakdown {
  /**
   * Stable key of the scene in the series: `<episode>/<number>` (`3/3-2`, `1/12A`), with `~2`, `~3` added to
   * repeated numbers in one episode. Written numbers keep their id while scenes around them change; assigned
   * numbers move when scenes are inserted before them, so keyed data (shot lists) should also keep
   * `fingerprint` to find a scene again.
   */
  id: string;
  /** 8 hex digits hashing the scene's text (heading and body); changes whenever the scene's text changes. */
  fingerprint: string;
  episode: number;
  /** The number as written (`1-1`, `12A`), or assigned in order (`<episode>-<n>`) when the heading has none. */
  number: string;
  numberWritten: boolean;
  heading: string;
  intExt: IntExt | null;
  location: string;
  time: TimeOfDay | null;
  timeText: string | null;
  dayNight: DayNight | null;
  /** The physical set's name, or null when the location is not mapped. */
  set: string | null;
  setId: string | null;
  setSource: SetSource | null;
  /**
   * Listed and speaking cast, merged (aliases, Simplified/Traditional) under the cast report's `name`; bit
   * parts the extras rules match (记者A, FISHERMAN #1) included (they are in `extras` too).
   */
  cast: string[];
  /** Names from `人物：` lines and `[[cast: …]]` tags, as written. */
  listed: string[];
  /** Speakers as written, without extensions, in order of first speech. */
  speaking: string[];
  /** Known cast seen in the action (introductions in capitals, names in the action) but not in `cast`. */
  present: string[];
  /**
   * Crowds and small parts the extras rules name: listed or speaking ones (`路人若干`, `记者A`) under the same
   * name as in `cast`; `[[extras: …]]` tags and crowd words in the action (`PASSERSBY`) as written.
   */
  extras: string[];
  elements: SceneElement[];
  /** Length in eighths of a page. */
  eighths: number;
  /** Estimated screen time. */
  seconds: number;
  flashback: boolean;
  /** The heading's source line (1-based) in `file`, and the scene's last line. */
  line: number;
  endLine: number;
  file: string;
}

export type EpisodeWarningCode = 'no-hook' | 'too-short' | 'too-long' | 'no-scenes' | 'duplicate-number' | 'before-first-episode';

export interface EpisodeWarning {
  code: EpisodeWarningCode;
  message: string;
}

export interface EpisodeBreakdown {
  number: number;
  title: string | null;
  /** The closing hook's text without `【卡点】`, or null. */
  hook: string | null;
  hookLine: number | null;
  paywall: boolean;
  sceneCount: number;
  seconds: number;
  eighths: number;
  /** The episode marker's line, or the first line of the file when it has none. */
  line: number;
  file: string;
  warnings: EpisodeWarning[];
  scenes: SceneBreakdown[];
}

export interface CastReportEntry {
  /** Merge key (Simplified, upper case, no dots); stable while the name is. */
  id: string;
  /** The project's name for the person, or the first spelling in the series. */
  name: string;
  /** Every spelling met (cues, cast lines, aliases used). */
  spellings: string[];
  /** Scenes where the person is cast or present. */
  scenes: number;
  sceneIds: string[];
  episodes: number[];
  /** Speeches (dialogue blocks) and characters spoken. */
  speeches: number;
  characters: number;
  first: Appearance;
  last: Appearance;
  dayRate: number | null;
  currency: string | null;
  /** True when the project's cast list has the person. */
  inProject: boolean;
  /**
   * True when the extras rules call the name an extra (`记者A`, `保镖甲`, `路人若干`, `FISHERMAN #1`): a
   * featured extra (特约) when the person speaks, a listed crowd otherwise. Schedulers book them as extras.
   */
  extra: boolean;
}

export interface LocationReportEntry {
  /** Merge key of the location. */
  id: string;
  location: string;
  spellings: string[];
  set: string | null;
  setId: string | null;
  setSource: SetSource | null;
  scenes: number;
  sceneIds: string[];
  episodes: number[];
  intExt: IntExt[];
  times: string[];
  eighths: number;
  seconds: number;
}

export interface SetReportEntry {
  id: string;
  name: string;
  group: string | null;
  stage: string | null;
  kind: string | null;
  style: string | null;
  locations: string[];
  scenes: number;
  sceneIds: string[];
  episodes: number[];
  dayScenes: number;
  nightScenes: number;
  eighths: number;
  seconds: number;
}

export interface ElementReportEntry {
  category: ElementCategory;
  name: string;
  scenes: number;
  sceneIds: string[];
  episodes: number[];
  first: Appearance;
}

export interface SeriesInfo {
  title: string | null;
  language: 'en' | 'zh';
  /** `en`, `zh-Hans` or `zh-Hant`: the project's, else the title page's, else the script's language. */
  languageTag: 'en' | 'zh-Hans' | 'zh-Hant';
  files: string[];
  episodeCount: number;
  sceneCount: number;
  seconds: number;
  eighths: number;
  targetEpisodeSeconds: number;
}

export interface SeriesBreakdown {
  series: SeriesInfo;
  episodes: EpisodeBreakdown[];
  cast: CastReportEntry[];
  locations: LocationReportEntry[];
  sets: SetReportEntry[];
  /** Story locations with no set (neither fixed by the user nor suggested), in script order. */
  unmapped: string[];
  elements: ElementReportEntry[];
}
