// `shotline pdf PATH -o FILE`: a script, an episode or a whole series as a print-ready PDF.
import { stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { shownPath } from '../shown-path';
import type { PaperId, SceneNumbers } from '../../../core/model/layout';
import { parse } from '../../../core/parse';
import { checkOutputTarget, listSeriesFolder, readScriptFile, writeBytesAtomic } from '../../files';
import type { ExportProgress, ScreenplaySource } from '../../pdf';
import { CliError, EXIT, type CliIo, type Command } from '../command';
import { LANGUAGE_OPTION, languageOption } from './load';
import type { ExportWarning } from '../../../core/model/warning';

const PAPERS: readonly PaperId[] = ['letter', 'a4'];
const SCENE_NUMBERS: readonly SceneNumbers[] = ['left', 'right', 'both', 'none'];

function choice<T extends string>(name: string, value: string | boolean | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value.toLowerCase())) return value.toLowerCase() as T;
  throw new CliError(`--${name} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
}

/** The scripts at PATH: one file, or the .fountain episodes of a folder in episode order. */
async function readSources(path: string, io: CliIo, language: 'en' | 'zh' | undefined): Promise<{ sources: ScreenplaySource[]; inputs: string[] }> {
  const full = resolve(io.cwd, path);
  const info = await stat(full).catch(() => null);
  const read = async (file: string, episode: number | null) => {
    const f = await readScriptFile(file);
    return { script: parse(f.text, language ? { language } : {}), label: basename(file), episode };
  };
  if (info?.isDirectory()) {
    const listing = await listSeriesFolder(full);
    for (const problem of listing.problems) io.stderr.write(`shotline pdf: note: ${problem}\n`);
    if (listing.episodes.length === 0) throw new CliError(`the folder ${path} holds no .fountain episode files.`, 1);
    const sources = [];
    for (const ep of listing.episodes) sources.push(await read(ep.path, ep.episode));
    return { sources, inputs: listing.episodes.map((e) => e.path) };
  }
  return { sources: [await read(full, null)], inputs: [full] };
}

/** The target check (src/node/files), its refusals as the CLI's input errors (exit code 1). */
async function target(out: string, inputs: string[], shown: string): Promise<void> {
  try {
    await checkOutputTarget(out, 'pdf', { inputs, shown });
  } catch (error) {
    throw new CliError(`-o ${error instanceof Error ? error.message : String(error)}`, 1);
  }
}

/** A progress bar on a terminal; nothing on a pipe (the final line says what was written). */
function progressBar(io: CliIo): { update(p: ExportProgress): void; done(): void } {
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  let last = '';
  return {
    update(p) {
      if (!tty) return;
      const width = 30;
      const filled = Math.round((p.done / Math.max(1, p.total)) * width);
      const line = `\r${p.phase === 'layout' ? 'laying out' : 'writing   '} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} ${p.phase === 'layout' ? 'episodes' : 'pages'}`;
      if (line !== last) io.stderr.write(line);
      last = line;
    },
    done() {
      if (tty && last) io.stderr.write(`\r${' '.repeat(last.length)}\r`);
    },
  };
}

export const pdfCommand: Command = {
  name: 'pdf',
  summary: 'print a script, an episode or a whole series as a PDF (industry pages, Chinese typesetting)',
  usage: 'PATH',
  positionals: [1, 1],
  options: {
    output: { type: 'string', short: 'o', help: 'the PDF to write; a folder name ending in "/" writes one PDF per episode', valueName: 'FILE' },
    paper: { type: 'string', help: 'US Letter or A4 (default: letter for English, a4 for Chinese)', valueName: 'letter|a4' },
    'scene-numbers': { type: 'string', help: 'scene numbers in the margins (Chinese: at the start of the heading); default both when the script numbers its scenes, else none', valueName: 'left|right|both|none' },
    episode: { type: 'string', help: 'print only episode N of a series folder or file', valueName: 'N' },
    notes: { type: 'boolean', help: 'print [[notes]] in grey (they are left out by default)' },
    style: { type: 'string', help: 'Chinese pages: mainland (简体) or Taiwan (繁體) layout; by default from the title page and the text', valueName: 'mainland|taiwan' },
    language: LANGUAGE_OPTION,
  },
  details: [
    'PATH is a .fountain file (one episode, or a series with episode markers inside) or a folder of episode',
    'files (read in episode order). Several episodes print as one PDF with a cover, a contents page and',
    'bookmarks (episode -> scene), unless -o ends with "/".',
    '',
    'Examples:',
    '  shotline pdf episode01.fountain -o episode01.pdf',
    '  shotline pdf series/ -o series.pdf --paper a4',
    '  shotline pdf series/ -o pdfs/              # one PDF per episode',
    '  shotline pdf series/ --episode 12 -o ep12.pdf --scene-numbers both',
  ].join('\n'),
  async run({ args, options, io }) {
    if (typeof options.output !== 'string' || options.output === '') {
      throw new CliError(`-o FILE is needed: where to write the PDF, as in "shotline pdf ${args[0]} -o script.pdf".`);
    }
    const paper = choice('paper', options.paper, PAPERS);
    const sceneNumbers = choice('scene-numbers', options['scene-numbers'], SCENE_NUMBERS);
    const chineseStyle = choice('style', options.style, ['mainland', 'taiwan'] as const);
    let episode: number | undefined;
    if (options.episode !== undefined) {
      episode = Number(options.episode);
      if (!Number.isInteger(episode) || episode < 1) throw new CliError(`--episode must be an episode number (1, 2, 3 ...), not "${String(options.episode)}".`);
    }
    const { sources, inputs } = await readSources(args[0], io, languageOption(options.language));
    // pdfkit and the fonts load only for this command.
    const pdf = await import('../../pdf');
    const bar = progressBar(io);
    const exportOptions = { paper, sceneNumbers, notes: options.notes === true, chineseStyle, episode, onProgress: bar.update };
    const perEpisode = /[/\\]$/.test(options.output);
    const warn = (label: string, warnings: readonly ExportWarning[]) => {
      for (const w of warnings) io.stderr.write(`shotline pdf: warning${label ? ` (${label})` : ''}: ${w.message}\n`);
    };
    try {
      if (perEpisode) {
        const folder = resolve(io.cwd, options.output);
        const { mkdir } = await import('node:fs/promises');
        await mkdir(folder, { recursive: true });
        const results = await pdf.exportEpisodePdfs(sources, exportOptions);
        const names = new Set<string>();
        for (const [i, r] of results.entries()) {
          const stem = r.number !== null ? `episode-${String(r.number).padStart(2, '0')}` : basename(r.label, extname(r.label)) || `episode-${i + 1}`;
          let name = `${stem}.pdf`;
          for (let k = 2; names.has(name); k++) name = `${stem}-${k}.pdf`;
          names.add(name);
          const out = join(folder, name);
          await target(out, inputs, shownPath(io.cwd, out));
          await writeBytesAtomic(out, r.result.bytes);
          bar.done();
          warn(r.label, r.result.warnings);
        }
        bar.done();
        io.stderr.write(`shotline: wrote ${results.length} PDFs to ${shownPath(io.cwd, folder)}/ (${results.reduce((n, r) => n + r.result.pages, 0)} pages)\n`);
        return EXIT.OK;
      }
      const out = resolve(io.cwd, options.output);
      await target(out, inputs, options.output);
      const result = await pdf.exportPdf(sources, exportOptions);
      await writeBytesAtomic(out, result.bytes);
      bar.done();
      warn('', result.warnings);
      const w = result.warnings.length;
      io.stderr.write(`shotline: wrote ${shownPath(io.cwd, out)} (${result.pages} page${result.pages === 1 ? '' : 's'}${w ? `, ${w} warning${w === 1 ? '' : 's'}` : ''})\n`);
      return EXIT.OK;
    } catch (error) {
      bar.done();
      if (error instanceof CliError) throw error;
      if (error instanceof Error && /^there is (no episode|nothing to print)/.test(error.message)) throw new CliError(`${error.message}.`, 1);
      throw error;
    }
  },
};
