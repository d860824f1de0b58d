// The report exports of the IPC contract: the breakdown reports (scene list 顺场表, cast, locations, sets,
// elements, breakdown sheets) and the shot list, as CSV, XLSX or PDF. The page sends what it holds (the
// episodes as the editor has them, unsaved changes included; the project in use; the shot lists in use); the
// main process asks where to save and writes the files with the same writers as `shotline breakdown` and
// `shotline shots`. Plain JSON only.
import type { ExportWarning } from '../core/model/warning';

export type ReportFormat = 'csv' | 'xlsx' | 'pdf';
export type ReportLanguage = 'en' | 'zh-Hans' | 'zh-Hant';
export type ShotsGrouping = 'episode' | 'set';

export const REPORT_FORMATS: readonly ReportFormat[] = ['csv', 'xlsx', 'pdf'];
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];
export const SHOTS_GROUPINGS: readonly ShotsGrouping[] = ['episode', 'set'];

/** Most episodes one export takes, most characters in one episode, and in all of them together. */
export const REPORT_MAX_EPISODES = 1000;
export const REPORT_MAX_EPISODE_CHARS = 20_000_000;
export const REPORT_MAX_TOTAL_CHARS = 100_000_000;
/** Longest project text and shot-list text accepted. */
export const REPORT_MAX_PROJECT_CHARS = 5_000_000;
export const REPORT_MAX_SHOTS_CHARS = 20_000_000;

/** The CSV files of the breakdown reports, written into the chosen folder (the CLI's `--csv DIR` names). */
export const BREAKDOWN_CSV_NAMES = ['scene-list.csv', 'cast.csv', 'locations.csv', 'sets.csv', 'elements.csv', 'breakdown-sheets.csv'] as const;

export interface ReportEpisode {
  /** The file name (`ep03.fountain`), or a name for an unsaved script; unique within one request. */
  name: string;
  text: string;
}

export interface ShotsReportEpisode extends ReportEpisode {
  /** The episode's shot list as the panel holds it (`*.shots.json` text), or null when it has none. */
  shots: string | null;
}

interface ReportRequestBase {
  format: ReportFormat;
  /** The project file's text in use (sets catalogue, mapping, cast), or null for the starter catalogue. */
  project: string | null;
  /** The reports' language (bilingual headers either way); by default the script's. */
  language?: ReportLanguage;
  /** The file (or, for CSV breakdown reports, nothing: a folder is chosen) the save dialog suggests, without extension. */
  suggestedName: string;
  /** The save dialog's title, in the UI language. */
  dialogTitle: string;
}

export interface BreakdownExportRequest extends ReportRequestBase {
  /** What to break down, in order: one script, or the episodes of a series. */
  episodes: ReportEpisode[];
}

export interface ShotsExportRequest extends ReportRequestBase {
  episodes: ShotsReportEpisode[];
  /** One section per episode (the default) or per physical set. */
  grouping?: ShotsGrouping;
}

export interface ReportExportResult {
  /** The file written, or the folder the CSV reports went to. */
  path: string;
  /** The names of the files written (one, or the CSV reports). */
  files: string[];
  /** PDF pages written, when a PDF was. */
  pages?: number;
  /** Shot-list exports: the shots exported, and how many of them are orphans (their scene is gone). */
  shots?: number;
  orphans?: number;
  /** What the writers want the user to know (a character no font has ...), as they said it. */
  warnings: ExportWarning[];
  /**
   * The bytes, base64, when there is no file system to write to (the in-browser stand-in, which offers them as
   * a download; several CSV files come as one zip); absent in the desktop app.
   */
  base64?: string;
}

export interface ReportsApi {
  /** Asks where to save, then writes the breakdown reports; null when the user cancels. */
  exportBreakdown(request: BreakdownExportRequest): Promise<ReportExportResult | null>;
  /** Asks where to save, then writes the shot list; null when the user cancels. */
  exportShots(request: ShotsExportRequest): Promise<ReportExportResult | null>;
}

export const REPORTS_CHANNELS = {
  exportBreakdown: 'shotline:export-breakdown',
  exportShots: 'shotline:export-shots',
} as const satisfies Record<keyof ReportsApi, string>;
