// A series project: what a production knows about a series beyond its script text. Plain JSON data.
//
// On disk it is a `*.shotline.json` file beside the episode files (see docs/breakdown.md, "The project
// file"); src/core/breakdown/project reads, checks, migrates and writes it, src/node/project touches the disk.

/** The format version this build writes. Files with a higher version are refused, never overwritten. */
export const PROJECT_FORMAT_VERSION = 1;
/** The `format` key every project file carries, so a stray JSON file is not taken for a project. */
export const PROJECT_FORMAT = 'shotline-project';

/** Keys this version does not know, kept as found and written back on save (after the known keys). */
export type Preserved = Record<string, unknown>;

export type ProjectLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

/** A kind of physical set. Free text is allowed too; these are the usual ones. */
export type SetKind = 'street' | 'home' | 'office' | 'hospital' | 'car' | 'shop' | 'restaurant' | 'school' | 'other' | (string & {});

/** One physical set (or an area of one) on the studio base. */
export interface SetEntry {
  /** Stable id used by the location mapping and by schedules (`tw-street-market`). */
  id: string;
  /** As printed on reports: `Taiwan Street set - night market`. */
  name: string;
  /** The set this one is an area of, as rented (`Taiwan Street set`); sets of one group are shot together. */
  group?: string;
  /** The studio base or stage (`Xiangshan base, stage 3`). */
  stage?: string;
  kind?: SetKind;
  /** Taiwan, mainland, Western, Japanese ... */
  style?: string;
  /** Story locations that are this set exactly (`福安夜市`, `FU'AN NIGHT MARKET`). */
  aliases: string[];
  /** Words that suggest this set when a location contains them (`夜市`, `night market`). */
  keywords: string[];
  /** Rent per shooting day, for schedules. */
  dayRate?: number;
  currency?: string;
  preserved?: Preserved;
}

/** A story location fixed to a set by the user; wins over any suggestion. `set: null` says "not a set". */
export interface LocationMapping {
  location: string;
  set: string | null;
  preserved?: Preserved;
}

/** A person of the cast; every alias (other spellings, the other language's cue) is merged into `name`. */
export interface CastEntry {
  name: string;
  aliases: string[];
  /** The actor, when cast. */
  actor?: string;
  dayRate?: number;
  currency?: string;
  preserved?: Preserved;
}

/** Screen-time and page-length rates for one script language (see docs/breakdown.md, "Timing"). */
export interface TimingRates {
  /** English: spoken words a second. Chinese: spoken characters a second. */
  dialoguePerSecond: number;
  /** English: action words a second of screen time. Chinese: action characters a second. */
  actionPerSecond: number;
  /** Added for each speech (the cut or breath between lines). */
  secondsPerSpeech: number;
  /** Added for each scene (establishing, entrances). */
  secondsPerScene: number;
  /** Added for each caption (`【字幕：…】`) and centered card. */
  secondsPerCaption: number;
  /** Printed columns of a full-width line: English action 60; Chinese characters a line. */
  charsPerLine: number;
  /** Printed lines a page (55 for US Letter Courier 12 pt). */
  linesPerPage: number;
  preserved?: Preserved;
}

export interface ProjectSettings {
  /** What `OS` and `VO` mean in this series' scripts: mainland micro-drama usage or Hollywood usage. */
  osVo: 'mainland' | 'hollywood';
  timing: { en: TimingRates; zh: TimingRates; preserved?: Preserved };
  /** Episodes whose length is outside target × (1 ± tolerance) get a warning. */
  targetEpisodeSeconds: number;
  episodeLengthTolerance: number;
  /** Episodes that end on a paywall (the viewer pays to go on). */
  paywallEpisodes: number[];
  /** Names or words that mean extras (crowds). A name that is one of these, optionally followed by a
   * letter, number or 甲乙丙丁 (`记者A`, `REPORTER #1`, `摊贩甲`) or by 若干/们/等, is an extra. */
  extras: string[];
  preserved?: Preserved;
}

export interface Project {
  format: typeof PROJECT_FORMAT;
  version: number;
  title: string;
  language: ProjectLanguage;
  /** Episode files, relative to the project file, in order; empty means every `.fountain` file beside it. */
  episodes: string[];
  settings: ProjectSettings;
  sets: SetEntry[];
  locations: LocationMapping[];
  cast: CastEntry[];
  preserved?: Preserved;
}
