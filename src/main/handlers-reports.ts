// The report-export handlers: the breakdown reports and the shot list as CSV, XLSX or PDF, from what the page
// holds (episodes as the editor has them, the project and shot lists in use). Pure apart from the
// dependencies they are given (the dialogs, the open documents, the writers). The writers are the CLI's own
// (src/node/reports, src/node/shots/export, src/node/pdf/shots-pdf), loaded on first use; the tables come
// from src/core/export/series-reports.ts, which the in-browser stand-in uses too.
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ToSimplified } from '../core/breakdown';
import { breakdownOfTexts, shotTableOfTexts } from '../core/export/series-reports';
import type { SeriesBreakdown } from '../core/model/breakdown';
import type { ShotTable } from '../core/shots';
import { checkOutputTarget } from '../node/files/target';
import { writeBytesAtomic } from '../node/files/write';
import type { UiLanguage } from '../shared/api';
import type { BreakdownExportRequest, ReportEpisode, ReportExportResult, ReportFormat, ReportLanguage, ShotsExportRequest, ShotsReportEpisode } from '../shared/api-reports';
import {
  BREAKDOWN_CSV_NAMES, REPORT_FORMATS, REPORT_LANGUAGES, REPORT_MAX_EPISODE_CHARS, REPORT_MAX_EPISODES, REPORT_MAX_PROJECT_CHARS,
  REPORT_MAX_SHOTS_CHARS, REPORT_MAX_TOTAL_CHARS, SHOTS_GROUPINGS,
} from '../shared/api-reports';
import { askToReplace, safeFileName, type PdfDialogs } from './handlers-pdf';
import type { Handlers } from './ipc';
import type { Validators } from './validate';
import type { ExportWarning } from '../core/model/warning';

/** The writers `shotline breakdown` and `shotline shots` use; tests may pass their own. */
export interface ReportWriters {
  writeCsv(dir: string, breakdown: SeriesBreakdown, language?: ReportLanguage): Promise<string[]>;
  writeXlsxReport(path: string, breakdown: SeriesBreakdown, language?: ReportLanguage): Promise<void>;
  writePdfReport(path: string, breakdown: SeriesBreakdown, language?: ReportLanguage): Promise<{ pages: number; warnings: ExportWarning[] }>;
  writeShotsCsv(path: string, table: ShotTable): Promise<void>;
  writeShotsXlsx(path: string, table: ShotTable): Promise<void>;
  shotsPdf(table: ShotTable, options: { series?: string }): Promise<{ bytes: Uint8Array; pages: number; warnings: ExportWarning[] }>;
}

export interface ReportsHandlerDeps {
  /** Shows a save dialog for one file of `format`; the chosen path (with its extension), or null when cancelled. */
  chooseFile(format: ReportFormat, suggestedName: string, title: string): Promise<string | null>;
  /** Shows a folder dialog (the CSV breakdown reports are several files); null when cancelled. */
  chooseFolder(title: string): Promise<string | null>;
  /** Asks once whether to replace the reports already in the folder (their names); true to replace. */
  confirmReplace(names: string[], folder: string): Promise<boolean>;
  /** The files open in this session (scripts): never written over, whatever is chosen. */
  inputs(): string[];
  loadWriters?: () => Promise<ReportWriters>;
  loadConverter?: () => Promise<ToSimplified>;
}

export type ReportsHandlers = Pick<Handlers, 'exportBreakdown' | 'exportShots'>;

async function nodeWriters(): Promise<ReportWriters> {
  const [reports, shots, pdf] = await Promise.all([import('../node/reports'), import('../node/shots/export'), import('../node/pdf/shots-pdf')]);
  return {
    writeCsv: reports.writeCsv,
    writeXlsxReport: reports.writeXlsxReport,
    writePdfReport: reports.writePdfReport,
    writeShotsCsv: shots.writeShotsCsv,
    writeShotsXlsx: shots.writeShotsXlsx,
    shotsPdf: pdf.shotsPdf,
  };
}

const exists = (path: string) => stat(path).then(() => true, () => false);

export function createReportsHandlers(deps: ReportsHandlerDeps): ReportsHandlers {
  let writers: Promise<ReportWriters> | null = null;
  const load = () => (writers ??= (deps.loadWriters ?? nodeWriters)());
  const converter = () => (deps.loadConverter ?? (async () => (await import('../node/project/names')).toSimplified()))();

  /** Asks for the one file of `format`, checked before anything is written; null when cancelled. */
  const oneFile = async (format: ReportFormat, request: { suggestedName: string; dialogTitle: string }): Promise<string | null> => {
    const path = await deps.chooseFile(format, `${safeFileName(request.suggestedName)}.${format}`, request.dialogTitle);
    if (path === null) return null;
    await checkOutputTarget(path, format, { inputs: deps.inputs(), shown: basename(path) });
    return path;
  };

  return {
    async exportBreakdown(request: BreakdownExportRequest): Promise<ReportExportResult | null> {
      // Read first: a project that cannot be read stops the export before any dialog.
      const breakdown = breakdownOfTexts(request.episodes, request.project, await converter());
      const language = request.language;
      if (request.format === 'csv') {
        const folder = await deps.chooseFolder(request.dialogTitle);
        if (folder === null) return null;
        // Every report is checked before any is written; reports already there are replaced only after asking.
        const targets = BREAKDOWN_CSV_NAMES.map((name) => ({ name, path: join(folder, name) }));
        for (const t of targets) await checkOutputTarget(t.path, 'csv', { inputs: deps.inputs(), shown: t.name });
        const existing: string[] = [];
        for (const t of targets) if (await exists(t.path)) existing.push(t.name);
        if (existing.length > 0 && !(await deps.confirmReplace(existing, folder))) return null;
        const written = await (await load()).writeCsv(folder, breakdown, language);
        return { path: folder, files: written.map((p) => basename(p)), warnings: [] };
      }
      const path = await oneFile(request.format, request);
      if (path === null) return null;
      const w = await load();
      if (request.format === 'xlsx') {
        await w.writeXlsxReport(path, breakdown, language);
        return { path, files: [basename(path)], warnings: [] };
      }
      const { pages, warnings } = await w.writePdfReport(path, breakdown, language);
      return { path, files: [basename(path)], pages, warnings };
    },

    async exportShots(request: ShotsExportRequest): Promise<ReportExportResult | null> {
      const { table, breakdown, orphans } = shotTableOfTexts(request.episodes, request.project, {
        language: request.language,
        grouping: request.grouping ?? 'episode',
        toSimplified: await converter(),
      });
      if (table.shots === 0) throw new Error('There are no shots to export: suggest coverage or add shots first.');
      const path = await oneFile(request.format, request);
      if (path === null) return null;
      const w = await load();
      const done = (extra: Partial<ReportExportResult> = {}): ReportExportResult => ({ path, files: [basename(path)], shots: table.shots, orphans, warnings: [], ...extra });
      if (request.format === 'csv') {
        await w.writeShotsCsv(path, table);
        return done();
      }
      if (request.format === 'xlsx') {
        await w.writeShotsXlsx(path, table);
        return done();
      }
      const pdf = await w.shotsPdf(table, { series: breakdown.series.title ?? undefined });
      await writeBytesAtomic(path, pdf.bytes);
      return done({ pages: pdf.pages, warnings: pdf.warnings });
    },
  };
}

/** The dialogs of the desktop app, for createReportsHandlers; the replace question in the UI `language`. */
export function reportsDeps<W>(dialog: PdfDialogs<W>, parent: () => W, inputs: () => string[], language: () => UiLanguage): ReportsHandlerDeps {
  return {
    async chooseFile(format, suggestedName, title) {
      const r = await dialog.showSaveDialog(parent(), { title, defaultPath: suggestedName, filters: [{ name: format.toUpperCase(), extensions: [format] }] });
      if (r.canceled || !r.filePath) return null;
      return r.filePath.toLowerCase().endsWith(`.${format}`) ? r.filePath : `${r.filePath}.${format}`;
    },
    async chooseFolder(title) {
      const r = await dialog.showOpenDialog(parent(), { title, properties: ['openDirectory', 'createDirectory'] });
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
    },
    confirmReplace: (names, folder) => askToReplace(dialog, parent(), language(), names, folder),
    inputs,
  };
}

// ---- The shape check of the requests as they arrive from the page.

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} must be an object.`);
  return value as Record<string, unknown>;
}

function shortText(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string' || value.length > max || value.includes('\0')) throw new Error(`${what} must be text of at most ${max} characters.`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${what} must be one of ${allowed.join(', ')}.`);
}

function episodesOf(value: unknown, withShots: boolean): ShotsReportEpisode[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > REPORT_MAX_EPISODES) {
    throw new Error(`The export needs between 1 and ${REPORT_MAX_EPISODES} episodes.`);
  }
  const names = new Set<string>();
  let total = 0;
  return value.map((e, i) => {
    const o = object(e, `Episode ${i + 1} of the export`);
    if (typeof o.text !== 'string' || o.text.length > REPORT_MAX_EPISODE_CHARS) throw new Error(`Episode ${i + 1} of the export has no text, or too much.`);
    const name = shortText(o.name, 'An episode name', 1000);
    if (name.length === 0 || names.has(name)) throw new Error(`Episode ${i + 1} of the export needs a name of its own.`);
    names.add(name);
    let shots: string | null = null;
    if (withShots) {
      if (o.shots !== null && (typeof o.shots !== 'string' || o.shots.length > REPORT_MAX_SHOTS_CHARS)) {
        throw new Error(`The shot list of episode ${i + 1} must be text of at most ${REPORT_MAX_SHOTS_CHARS} characters, or null.`);
      }
      shots = o.shots;
    }
    total += o.text.length + (shots?.length ?? 0);
    if (total > REPORT_MAX_TOTAL_CHARS) throw new Error(`The episodes of the export hold more than ${REPORT_MAX_TOTAL_CHARS} characters.`);
    return { name, text: o.text, shots };
  });
}

function common(o: Record<string, unknown>) {
  if (o.project !== null && (typeof o.project !== 'string' || o.project.length > REPORT_MAX_PROJECT_CHARS)) {
    throw new Error(`The project must be text of at most ${REPORT_MAX_PROJECT_CHARS} characters, or null.`);
  }
  const base = {
    format: oneOf(o.format, REPORT_FORMATS, 'The format'),
    project: o.project as string | null,
    suggestedName: shortText(o.suggestedName, 'The suggested file name', 255),
    dialogTitle: shortText(o.dialogTitle, 'The dialog title', 200),
  };
  return o.language === undefined ? base : { ...base, language: oneOf(o.language, REPORT_LANGUAGES, 'The report language') };
}

/** Checks a breakdown export request from the page. */
export function breakdownRequest(value: unknown): BreakdownExportRequest {
  const o = object(value, 'The breakdown export request');
  const episodes: ReportEpisode[] = episodesOf(o.episodes, false).map(({ name, text }) => ({ name, text }));
  return { ...common(o), episodes };
}

/** Checks a shot-list export request from the page. */
export function shotsRequest(value: unknown): ShotsExportRequest {
  const o = object(value, 'The shot-list export request');
  const request: ShotsExportRequest = { ...common(o), episodes: episodesOf(o.episodes, true) };
  if (o.grouping !== undefined) request.grouping = oneOf(o.grouping, SHOTS_GROUPINGS, 'The grouping');
  return request;
}

export const reportsValidators: Validators<'exportBreakdown' | 'exportShots'> = {
  exportBreakdown: (args) => [breakdownRequest(args[0])],
  exportShots: (args) => [shotsRequest(args[0])],
};
