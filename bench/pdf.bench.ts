// Screenplay PDFs: Big Fish (about 120 pages) through our CLI and through afterwriting's CLI in the same run,
// each a child process (start-up included, as a user runs them), with its peak memory (maximum resident set
// size from /usr/bin/time); and a generated 90-episode Chinese series in one PDF with cover, contents and
// bookmarks. Goals: at least 2x faster than afterwriting with less memory; the 90-episode series under 5 s.
// In-process cases show where the time goes (layout alone, PDF drawing alone).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { layoutFor, paginate, LETTER } from '../src/core/layout';
import { parse } from '../src/core/parse';
import { renderPdf } from '../src/node/pdf';
import { generateSeries } from './fixtures/series';
import type { BenchCase, BenchSuite } from './lib/types';

const BIG_FISH = 'screenplain__examples__Big-Fish.fountain';
const TIME = '/usr/bin/time';

interface Child {
  command: string[];
  /** Checks the output after each run; a problem or null. */
  check: () => string | null;
}

/** Peak RSS (MB) of each run of a child, by name: the memory comparison reads afterwriting's figure. */
const peaks = new Map<string, number[]>();

function runChild(name: string, child: Child, root: string): void {
  const timed = existsSync(TIME);
  const args = timed ? ['-f', 'PEAK_KB %M', ...child.command] : child.command;
  const r = spawnSync(timed ? TIME : child.command[0], timed ? args : args.slice(1), { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`${child.command.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
  const kb = /PEAK_KB (\d+)/.exec(r.stderr);
  if (kb) peaks.set(name, [...(peaks.get(name) ?? []), Number(kb[1]) / 1024]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The 1-minute load average (0 where the system has none): child processes are timed on shared cores. */
const load = (): number => loadavg()[0];

function childCase(name: string, detail: string, make: () => Child, root: string, extra: Partial<BenchCase> = {}, compareWith?: string): BenchCase {
  const bench: BenchCase = {
    name,
    detail,
    warmup: 1,
    iterations: 7,
    ...extra,
    setup: () => {
      const child = make();
      peaks.delete(name);
      const loadBefore = load();
      return {
        run: () => runChild(name, child, root),
        verify: () => {
          const mine = peaks.get(name);
          // The load average while it ran says how far other work on the machine may have slowed it.
          const busy = loadBefore > 0 ? `; load ${loadBefore.toFixed(1)}-${load().toFixed(1)}` : '';
          if (mine) bench.detail = `${detail}; peak RSS ${median(mine).toFixed(0)} MB${busy}`;
          const problem = child.check();
          if (problem) return problem;
          const theirs = compareWith ? peaks.get(compareWith) : undefined;
          if (mine && theirs && median(mine) >= median(theirs)) return `peak memory ${median(mine).toFixed(0)} MB is not below ${compareWith}'s ${median(theirs).toFixed(0)} MB`;
          return null;
        },
      };
    },
  };
  return bench;
}

/** Builds our CLI bundle once (what `npm run build` writes to out/cli), into a temporary folder. */
let bundle: string | null = null;
function cliBundle(root: string): string {
  if (bundle) return bundle;
  const parent = join(root, 'node_modules', '.tmp');
  mkdirSync(parent, { recursive: true });
  const out = mkdtempSync(join(parent, 'shotline-bench-cli-'));
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.cli.config.ts', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: root });
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
  bundle = join(out, 'shotline.mjs');
  return bundle;
}

const pdfPages = (path: string): number => {
  const head = readFileSync(path).toString('latin1');
  return Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(head)?.[1] ?? 0);
};

const suite: BenchSuite = {
  name: 'pdf',
  cases: ({ root, skip }) => {
    const corpus = join(root, '..', 'shared', 'fountain-corpus', 'samples', BIG_FISH);
    mkdirSync(join(root, 'node_modules', '.tmp'), { recursive: true });
    const work = mkdtempSync(join(root, 'node_modules', '.tmp', 'shotline-bench-pdf-'));
    process.on('exit', () => rmSync(work, { recursive: true, force: true }));
    const zhSeries = join(work, 'zh-90ep.fountain');
    const cases: BenchCase[] = [];
    const shotline = (input: string, output: string, extra: string[] = []) => [process.execPath, join(root, 'bin', 'shotline.mjs'), 'pdf', input, '-o', output, ...extra];
    const ourEnv = () => {
      process.env.SHOTLINE_CLI = 'build';
      process.env.SHOTLINE_CLI_BUNDLE = cliBundle(root);
    };
    if (existsSync(corpus)) {
      const text = readFileSync(corpus, 'utf8');
      const awConfig = join(work, 'afterwriting.json');
      writeFileSync(awConfig, JSON.stringify({ print_profile: 'usletter' }));
      const awOut = join(work, 'big-fish-afterwriting.pdf');
      const ourOut = join(work, 'big-fish-shotline.pdf');
      const pages = (p: string, min: number) => () => (existsSync(p) && pdfPages(p) >= min ? null : `${p} has fewer than ${min} pages`);
      cases.push(
        childCase(
          'big-fish afterwriting cli',
          'afterwriting 1.17 CLI, US Letter, child process',
          () => ({ command: [process.execPath, join(root, 'node_modules', 'afterwriting', 'awc.js'), '--source', corpus, '--pdf', awOut, '--config', awConfig, '--overwrite'], check: pages(awOut, 110) }),
          root,
        ),
        childCase(
          'big-fish shotline cli',
          'shotline pdf (built CLI), US Letter, child process',
          () => {
            ourEnv();
            return { command: shotline(corpus, ourOut), check: pages(ourOut, 110) };
          },
          root,
          { baseline: 'big-fish afterwriting cli', goal: { minSpeedup: 2 } },
          'big-fish afterwriting cli',
        ),
        { name: 'big-fish layout', detail: 'parse + paginate in-process', warmup: 3, iterations: 20, setup: () => () => paginate(parse(text), LETTER) },
        {
          name: 'big-fish render',
          detail: 'renderPdf of the laid-out pages in-process (fonts, subsetting, drawing)',
          warmup: 2,
          iterations: 10,
          setup: () => {
            const layout = paginate(parse(text), LETTER);
            return () => renderPdf(layout);
          },
        },
      );
    } else {
      skip(`pdf: Big Fish cases skipped: ${corpus} not found (the corpus sits beside the repository)`);
    }
    const seriesOut = join(work, 'zh-90ep.pdf');
    cases.push(
      childCase(
        'zh-90ep shotline cli',
        'generated 90-episode Chinese series in one PDF (cover, contents, bookmarks), child process',
        () => {
          if (!existsSync(zhSeries)) writeFileSync(zhSeries, generateSeries({ episodes: 90, language: 'zh' }));
          ourEnv();
          return { command: shotline(zhSeries, seriesOut), check: () => (pdfPages(seriesOut) > 90 ? null : 'the series PDF has too few pages') };
        },
        root,
        { goal: { maxMedianMs: 5000 }, iterations: 3 },
      ),
      {
        name: 'zh-90ep layout',
        detail: 'parse + series layout in-process',
        warmup: 1,
        iterations: 5,
        setup: () => {
          const text = generateSeries({ episodes: 90, language: 'zh' });
          return () => layoutFor([{ script: parse(text), label: 'series' }]);
        },
      },
    );
    return cases;
  },
};

export default suite;
