// `shotline shots PATH [--suggest] [--csv FILE] [--xlsx FILE] [--pdf FILE] [--save] [--json] [--lock-scene-numbers]`:
// the shot lists beside a script or a series folder's episodes, suggested coverage for scenes without shots,
// and the exports for the crew. See docs/shots.md.
import { basename, resolve } from 'node:path';
import { shownPath } from '../shown-path';
import type { LabelLanguage, SceneShotsInput, ShotGrouping, OrphanInput } from '../../../core/shots';
import type { Shot } from '../../../core/model/shots';
import { shotTable } from '../../../core/shots';
import { fillWithSuggestions, loadShotsSeries, lockSeriesFiles, saveShotsSeries, type ShotsSeries } from '../../shots';
import { isProjectFileError } from '../../project';
import { checkOutputTarget, writeBytesAtomic } from '../../files';
import { CliError, EXIT, type Command, type CliIo } from '../command';
import { LANGUAGE_OPTION, languageOption } from './load';

const LANGUAGES: readonly LabelLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

export const shotsCommand: Command = {
  name: 'shots',
  summary: 'shot lists: suggest 9:16 coverage, save them beside the scripts, export CSV, XLSX or PDF',
  usage: 'PATH',
  positionals: [1, 1],
  options: {
    suggest: { type: 'boolean', help: 'suggest coverage for every scene that has no shots yet (saved shots are kept)' },
    csv: { type: 'string', help: 'write the shot list as CSV (UTF-8 with BOM, one row per shot)', valueName: 'FILE' },
    xlsx: { type: 'string', help: 'write the shot list as a spreadsheet', valueName: 'FILE' },
    pdf: { type: 'string', help: 'write the shot list as a landscape PDF table', valueName: 'FILE' },
    by: { type: 'string', help: 'group the exports by episode (the default) or by physical set', valueName: 'episode|set' },
    episode: { type: 'string', help: 'only this episode', valueName: 'N' },
    save: { type: 'boolean', help: 'save the shot lists beside the scripts (EP.shots.json); unreadable ones are never replaced' },
    json: { type: 'boolean', help: 'print the shot lists as JSON (per file: scenes with their shots, and orphans)' },
    'lock-scene-numbers': { type: 'boolean', help: 'write #n# into every scene heading that has none (new scenes get 12A, 12B); changes the scripts' },
    'report-language': { type: 'string', help: "language of the exports' labels (default: the script's)", valueName: 'en|zh-Hans|zh-Hant' },
    language: LANGUAGE_OPTION,
  },
  details: [
    'PATH is a script or a folder of episode files. Each script\'s shot list is the file beside it with',
    '.shots.json instead of .fountain; without --suggest only saved shot lists are used.',
    '',
    'Examples:',
    '  shotline shots resources/sample/zh --suggest --pdf shots.pdf',
    '  shotline shots ep01.fountain --suggest --save',
    '  shotline shots ep01.fountain --csv ep01-shots.csv --xlsx ep01-shots.xlsx',
    '  shotline shots ep01.fountain --lock-scene-numbers',
  ].join('\n'),
  async run({ args, options, io }) {
    const labels = options['report-language'];
    if (labels !== undefined && !LANGUAGES.includes(labels as LabelLanguage)) throw new CliError(`--report-language must be one of ${LANGUAGES.join(', ')}, not "${String(labels)}".`);
    const by = options.by ?? 'episode';
    if (by !== 'episode' && by !== 'set') throw new CliError(`--by must be "episode" or "set", not "${String(by)}".`);
    const episode = options.episode === undefined ? null : Number(options.episode);
    if (episode !== null && (!Number.isInteger(episode) || episode < 0)) throw new CliError(`--episode must be an episode number, not "${String(options.episode)}".`);

    let series: ShotsSeries;
    try {
      series = await loadShotsSeries(resolve(io.cwd, args[0]), { language: languageOption(options.language) });
    } catch (error) {
      if (isProjectFileError(error)) throw new CliError(error.message, 1);
      throw error;
    }
    const say = (line: string) => io.stderr.write(`shotline shots: ${line}\n`);
    for (const problem of series.problems) say(problem);
    if (series.documents.length === 0) throw new CliError(`${args[0]}: no episode files.`, 1);
    const shown = (path: string) => shownPath(io.cwd, path);

    if (options['lock-scene-numbers']) {
      for (const file of await lockSeriesFiles(series)) {
        for (const l of file.locked) io.stdout.write(`${shown(file.path)}:${l.line}: ${l.after}\n`);
        say(`${shown(file.path)}: ${file.locked.length} scene number${file.locked.length === 1 ? '' : 's'} locked, ${file.kept} already locked`);
      }
      // The scripts changed on disk: read them again for whatever else was asked.
      series = await loadShotsSeries(resolve(io.cwd, args[0]), { language: languageOption(options.language) });
    }

    const language = (labels as LabelLanguage | undefined) ?? series.breakdown.series.languageTag;
    const inEpisode = (scene: { episode: number }) => episode === null || scene.episode === episode;
    for (const doc of series.documents) if (doc.file.status === 'broken') say(doc.file.message);
    if (options.suggest) {
      const filled = fillWithSuggestions(series, language, inEpisode);
      say(`suggested coverage for ${filled} scene${filled === 1 ? '' : 's'} without shots`);
    } else {
      const missing = series.documents.filter((d) => d.file.status === 'missing');
      if (missing.length === series.documents.length && !options['lock-scene-numbers']) {
        throw new CliError(`no saved shot lists for ${args[0]}. Run "shotline shots ${args[0]} --suggest" to suggest coverage (add --save to keep it).`, 1);
      }
      for (const d of missing) say(`no shot list beside ${d.name} (${basename(d.file.path)}); use --suggest to propose one`);
    }
    for (const doc of series.documents) {
      for (const orphan of doc.resolved.orphans) {
        say(`${doc.name}: ${orphan.shots.length} orphaned shot${orphan.shots.length === 1 ? '' : 's'} of scene ${orphan.scene.number} "${orphan.scene.heading}" (no longer in the script; kept in the shot list)`);
      }
    }

    const scenes: SceneShotsInput[] = [];
    const orphans: OrphanInput[] = [];
    for (const doc of series.documents) {
      for (const scene of doc.scenes) if (inEpisode(scene)) scenes.push({ script: doc.script, scene, shots: doc.resolved.scenes[scene.id]?.shots ?? [] });
      for (const block of doc.resolved.orphans) if (episode === null || block.scene.episode === episode) orphans.push({ file: doc.name, block });
    }
    if (episode !== null && scenes.length === 0) throw new CliError(`there is no episode ${episode} in ${args[0]}.`, 1);
    const table = shotTable(scenes, orphans, { language, grouping: by as ShotGrouping });

    if (options.json) io.stdout.write(`${JSON.stringify(jsonOf(series, inEpisode), null, 2)}\n`);
    const anyOutput = options.csv !== undefined || options.xlsx !== undefined || options.pdf !== undefined || options.save || options.json || options['lock-scene-numbers'];
    if (!anyOutput) io.stdout.write(summaryOf(series, table.shots, table.seconds));
    await writeExports(options, table, series, io, shown, say);
    if (options.save) {
      const { saved, refused, changed } = await saveShotsSeries(series);
      for (const path of saved) say(`saved ${shown(path)}`);
      for (const message of changed) say(message);
      if (refused.length || changed.length) return EXIT.FAILED;
    }
    return EXIT.OK;
  },
};

async function writeExports(
  options: Record<string, string | boolean | undefined>,
  table: ReturnType<typeof shotTable>,
  series: ShotsSeries,
  io: CliIo,
  shown: (path: string) => string,
  say: (line: string) => void,
): Promise<void> {
  const inputs = [...series.documents.flatMap((d) => [d.path, d.file.path]), ...(series.projectPath ? [series.projectPath] : [])];
  const target = async (value: string, kind: 'csv' | 'xlsx' | 'pdf') => {
    const path = resolve(io.cwd, value);
    await checkOutputTarget(path, kind, { inputs, shown: value });
    return path;
  };
  if (options.csv === undefined && options.xlsx === undefined && options.pdf === undefined) return;
  // Every target is checked before anything is written.
  const paths = {
    csv: typeof options.csv === 'string' ? await target(options.csv, 'csv') : null,
    xlsx: typeof options.xlsx === 'string' ? await target(options.xlsx, 'xlsx') : null,
    pdf: typeof options.pdf === 'string' ? await target(options.pdf, 'pdf') : null,
  };
  // exceljs and pdfkit load only when an export is asked for.
  const exports = await import('../../shots/export');
  if (paths.csv) {
    const path = paths.csv;
    await exports.writeShotsCsv(path, table);
    say(`wrote ${table.shots} shots to ${shown(path)}`);
  }
  if (paths.xlsx) {
    const path = paths.xlsx;
    await exports.writeShotsXlsx(path, table);
    say(`wrote the spreadsheet ${shown(path)}`);
  }
  if (paths.pdf) {
    const path = paths.pdf;
    const { shotsPdf } = await import('../../pdf/shots-pdf');
    const result = await shotsPdf(table, { series: series.breakdown.series.title ?? undefined });
    await writeBytesAtomic(path, result.bytes);
    for (const w of result.warnings) say(`warning: ${w.message}`);
    say(`wrote ${result.pages} PDF page${result.pages === 1 ? '' : 's'} to ${shown(path)}`);
  }
}

function summaryOf(series: ShotsSeries, shots: number, seconds: number): string {
  const lines: string[] = [];
  for (const doc of series.documents) {
    const withShots = doc.scenes.filter((s) => (doc.resolved.scenes[s.id]?.shots.length ?? 0) > 0).length;
    const n = doc.scenes.reduce((sum, s) => sum + (doc.resolved.scenes[s.id]?.shots.length ?? 0), 0);
    const orphans = doc.resolved.orphans.reduce((sum, o) => sum + o.shots.length, 0);
    lines.push(`${doc.name}: ${n} shots in ${withShots} of ${doc.scenes.length} scenes${orphans ? `, ${orphans} orphaned` : ''}`);
  }
  lines.push(`total: ${shots} shots, ${seconds} s`);
  return `${lines.join('\n')}\n`;
}

function jsonOf(series: ShotsSeries, keep: (scene: { episode: number }) => boolean): unknown {
  const strip = (shot: Shot) => {
    const { id: _id, ...rest } = shot;
    return rest;
  };
  return {
    files: series.documents.map((doc) => ({
      file: doc.name,
      shotList: basename(doc.file.path),
      status: doc.file.status,
      scenes: doc.scenes.filter(keep).map((s) => ({
        id: s.id,
        episode: s.episode,
        number: s.number,
        heading: s.heading,
        set: s.breakdown.set,
        seconds: s.breakdown.seconds,
        match: doc.resolved.kinds[s.id] ?? null,
        shots: (doc.resolved.scenes[s.id]?.shots ?? []).map(strip),
      })),
      orphans: doc.resolved.orphans.map((o) => ({ scene: o.scene, shots: o.shots.map(strip) })),
    })),
  };
}
