// `shotline breakdown PATH [--json] [--csv DIR] [--xlsx FILE] [--pdf FILE]`: a series broken down into
// episodes, scenes, cast, locations, sets and elements; PATH is a script, a folder of episodes or a project.
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { shownPath } from '../shown-path';
import { breakdownSeries } from '../../../core/breakdown';
import type { ReportLanguage } from '../../../core/export/breakdown-report';
import { durationText, pagesText } from '../../../core/export/breakdown-report';
import type { EpisodeBreakdown, SceneBreakdown, SeriesBreakdown } from '../../../core/model/breakdown';
import { checkOutputTarget } from '../../files';
import { isProjectFileError, loadProjectFile, loadSeries, toSimplified } from '../../project';
import { CSV_FILES } from '../../reports/csv';
import { CliError, EXIT, type Command } from '../command';
import { LANGUAGE_OPTION, languageOption } from './load';

const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

export const breakdownCommand: Command = {
  name: 'breakdown',
  summary: 'break a series down into episodes, scenes, sets, cast and elements; write the reports',
  usage: 'PATH',
  positionals: [1, 1],
  options: {
    json: { type: 'boolean', help: 'print the breakdown as JSON: { series, episodes: [{ number, title, hook, scenes }], cast, locations, sets, unmapped, elements }' },
    csv: { type: 'string', help: 'write the reports as CSV files (UTF-8 with BOM) into this folder', valueName: 'DIR' },
    xlsx: { type: 'string', help: 'write the reports as one spreadsheet', valueName: 'FILE' },
    pdf: { type: 'string', help: 'write the reports and one breakdown sheet per scene as a PDF', valueName: 'FILE' },
    project: { type: 'string', help: 'use this project file (*.shotline.json) instead of the one beside the scripts', valueName: 'FILE' },
    'report-language': { type: 'string', help: 'language of the reports (default: the script\'s)', valueName: 'en|zh-Hans|zh-Hant' },
    language: LANGUAGE_OPTION,
  },
  details: [
    'PATH is one script (episode markers such as 第3集 or # Episode 3 inside), a folder of episode files,',
    'or a project file. A project file (NAME.shotline.json) beside the scripts gives the sets catalogue,',
    'cast aliases and day rates, and settings; without one, the starter sets catalogue is used.',
    '',
    'Examples:',
    '  shotline breakdown resources/sample/zh --json > breakdown.json',
    '  shotline breakdown series.fountain --csv reports/ --xlsx breakdown.xlsx --pdf breakdown.pdf',
  ].join('\n'),
  async run({ args, options, io }) {
    const reportLanguage = options['report-language'];
    if (reportLanguage !== undefined && !REPORT_LANGUAGES.includes(reportLanguage as ReportLanguage)) {
      throw new CliError(`--report-language must be one of ${REPORT_LANGUAGES.join(', ')}, not "${String(reportLanguage)}".`);
    }
    let series;
    let project;
    let projectPath: string | null;
    try {
      series = await loadSeries(resolve(io.cwd, args[0]), { language: languageOption(options.language) });
      projectPath = typeof options.project === 'string' ? resolve(io.cwd, options.project) : series.projectPath;
      project = typeof options.project === 'string' ? (await loadProjectFile(resolve(io.cwd, options.project))).project : series.project;
    } catch (error) {
      if (isProjectFileError(error)) throw new CliError(error.message, 1);
      throw error;
    }
    for (const problem of series.problems) io.stderr.write(`shotline breakdown: ${problem}\n`);
    if (series.documents.length === 0) throw new CliError(`${args[0]}: no episode files to break down.`, 1);
    const breakdown = breakdownSeries(series.documents, { project, toSimplified: toSimplified() });
    const language = reportLanguage as ReportLanguage | undefined;

    if (options.json) io.stdout.write(`${JSON.stringify(breakdownJson(breakdown), null, 2)}\n`);
    else if (options.csv === undefined && options.xlsx === undefined && options.pdf === undefined) io.stdout.write(summary(breakdown));

    const shown = (path: string) => shownPath(io.cwd, path);
    // Every target is checked before anything is written: a refusal leaves no half set of reports.
    const inputs = [...series.documents.map((d) => d.path), ...(projectPath ? [projectPath] : [])];
    await checkTargets(options, io.cwd, inputs, shown);
    // The report writers (exceljs, pdfkit) load only when a report is asked for.
    const reports = options.csv !== undefined || options.xlsx !== undefined || options.pdf !== undefined ? await import('../../reports') : null;
    const { writeCsv, writePdfReport, writeXlsxReport } = reports ?? ({} as typeof import('../../reports'));
    if (typeof options.csv === 'string') {
      const files = await writeCsv(resolve(io.cwd, options.csv), breakdown, language);
      io.stderr.write(`shotline: wrote ${files.length} CSV reports to ${shown(resolve(io.cwd, options.csv))}\n`);
    }
    if (typeof options.xlsx === 'string') {
      const path = resolve(io.cwd, options.xlsx);
      await writeXlsxReport(path, breakdown, language);
      io.stderr.write(`shotline: wrote the spreadsheet ${shown(path)}\n`);
    }
    if (typeof options.pdf === 'string') {
      const path = resolve(io.cwd, options.pdf);
      const { pages, warnings } = await writePdfReport(path, breakdown, language);
      for (const w of warnings) io.stderr.write(`shotline: warning: ${w.message}\n`);
      io.stderr.write(`shotline: wrote ${pages} PDF pages to ${shown(path)}\n`);
    }
    return EXIT.OK;
  },
};

/** Refuses (ShotlineFileError) any report that would replace a script, the project or a file of another kind. */
async function checkTargets(options: Record<string, string | boolean | undefined>, cwd: string, inputs: string[], shown: (path: string) => string): Promise<void> {
  if (typeof options.csv === 'string') {
    const dir = resolve(cwd, options.csv);
    const info = await stat(dir).catch(() => null);
    if (info && !info.isDirectory()) throw new CliError(`--csv ${shown(dir)} is a file, not a folder; Shotline will not overwrite it. Name a folder for the CSV reports.`, 1);
    for (const name of Object.values(CSV_FILES)) await checkOutputTarget(join(dir, name), 'csv', { inputs, shown: shown(join(dir, name)) });
  }
  if (typeof options.xlsx === 'string') await checkOutputTarget(resolve(cwd, options.xlsx), 'xlsx', { inputs, shown: shown(resolve(cwd, options.xlsx)) });
  if (typeof options.pdf === 'string') await checkOutputTarget(resolve(cwd, options.pdf), 'pdf', { inputs, shown: shown(resolve(cwd, options.pdf)) });
}

/** The JSON printed: the fields of the breakdown, the main ones first. */
export function breakdownJson(b: SeriesBreakdown): unknown {
  const scene = (s: SceneBreakdown) => {
    const { number, heading, intExt, location, time, timeText, set, cast, speaking, extras, elements, eighths, seconds, line, ...rest } = s;
    return { number, heading, intExt, location, time, timeText, set, cast, speaking, extras, elements, eighths, seconds, line, ...rest };
  };
  const episode = (e: EpisodeBreakdown) => {
    const { number, title, hook, scenes, ...rest } = e;
    return { number, title, hook, scenes: scenes.map(scene), ...rest };
  };
  return { series: b.series, episodes: b.episodes.map(episode), cast: b.cast, locations: b.locations, sets: b.sets, unmapped: b.unmapped, elements: b.elements };
}

/** The plain-text summary: one line per episode, warnings, unmapped locations. */
function summary(b: SeriesBreakdown): string {
  const out: string[] = [];
  const s = b.series;
  out.push(`${s.title ?? '(untitled)'}: ${s.episodeCount} episodes, ${s.sceneCount} scenes, ${pagesText(s.eighths)} pages, about ${durationText(s.seconds)} (${s.languageTag})`);
  for (const e of b.episodes) {
    const warn = e.warnings.length ? `  ! ${e.warnings.map((w) => w.message).join('; ')}` : '';
    out.push(`  ${String(e.number).padStart(3)}  ${e.title ?? ''}  ${e.sceneCount} scenes, ${durationText(e.seconds)}${e.paywall ? ', paywall' : ''}${warn}`);
  }
  out.push(`Cast: ${b.cast.length}; locations: ${b.locations.length}; sets used: ${b.sets.filter((x) => x.scenes > 0).length}; elements: ${b.elements.length}`);
  if (b.unmapped.length) out.push(`Locations without a set: ${b.unmapped.join(', ')}`);
  return `${out.join('\n')}\n`;
}

