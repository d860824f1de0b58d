// `npm run bench [-- FILTER ...] [--iterations=N] [--warmup=N] [--profile]`: runs every bench/*.bench.ts suite (or
// the cases whose `suite/name` contains a filter), prints a table, then one `BENCH_JSON {...}` line, and writes
// bench/results/latest.json. `--profile` also saves a CPU profile per case in bench/results and prints its
// hottest functions (profiling slows the timed code: its numbers are not the bench's). Tests never assert times.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measureCase, judge } from './lib/measure';
import { findGc, peakRssMB } from './lib/memory';
import { summarizeProfile, withProfile } from './lib/profile';
import { problems, rounded, table, type RunRecord } from './lib/report';
import type { BenchCase, BenchSuite, CaseResult } from './lib/types';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');

interface Args {
  filters: string[];
  iterations?: number;
  warmup?: number;
  profile: boolean;
}

const USAGE = 'usage: npm run bench [-- FILTER ...] [--iterations=N] [--warmup=N] [--profile]';

function parseArgs(argv: string[]): Args {
  const args: Args = { filters: [], profile: false };
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2);
    if (flag === '--iterations' || flag === '--warmup') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, e.g. ${flag}=5`);
      args[flag === '--iterations' ? 'iterations' : 'warmup'] = n;
    } else if (arg === '--profile') {
      args.profile = true;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}\n${USAGE}`);
    } else {
      args.filters.push(arg.toLowerCase());
    }
  }
  return args;
}

async function loadSuites(skipped: string[]): Promise<BenchSuite[]> {
  const files = readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts')).sort();
  const suites: BenchSuite[] = [];
  for (const file of files) {
    try {
      const module = (await import(pathToFileURL(join(benchDir, file)).href)) as { default?: BenchSuite };
      if (module.default?.cases) suites.push(module.default);
      else skipped.push(`${file}: no default-exported suite`);
    } catch (error) {
      skipped.push(`${file}: could not load (${(error as Error).message.split('\n')[0]})`);
    }
  }
  return suites;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const skipped: string[] = [];
  const gc = findGc();
  if (!gc) skipped.push('gc unavailable: retained-heap figures left out');
  const wanted = (id: string): boolean => args.filters.length === 0 || args.filters.some((f) => id.toLowerCase().includes(f));
  const results: CaseResult[] = [];
  const profiles: string[] = [];
  const out = join(benchDir, 'results');
  mkdirSync(out, { recursive: true });
  for (const suite of await loadSuites(skipped)) {
    const suiteSkips: string[] = [];
    const cases: BenchCase[] = await suite.cases({ root, skip: (message) => suiteSkips.push(`${suite.name}: ${message}`) });
    const chosen = cases.filter((c) => wanted(`${suite.name}/${c.name}`));
    if (chosen.length > 0 || wanted(suite.name)) skipped.push(...suiteSkips);
    for (const bench of chosen) {
      const id = `${suite.name}/${bench.name}`;
      process.stderr.write(`  ${id} ...\n`);
      const around = args.profile
        ? async (work: () => Promise<number[]>): Promise<number[]> => {
          const { value, profile } = await withProfile(work);
          const file = join(out, `${id.replace(/[^\w.-]+/g, '_')}.cpuprofile`);
          writeFileSync(file, JSON.stringify(profile));
          profiles.push(`profile of ${id} (${file}):`, ...summarizeProfile(profile, root));
          return value;
        }
        : undefined;
      try {
        results.push(await measureCase(suite.name, bench, { gc, iterations: args.iterations, warmup: args.warmup, around }));
      } catch (error) {
        skipped.push(`${suite.name}/${bench.name}: failed (${(error as Error).message.split('\n')[0]})`);
      }
    }
    try {
      await suite.teardown?.();
    } catch (error) {
      skipped.push(`${suite.name}: teardown failed (${(error as Error).message.split('\n')[0]})`);
    }
  }
  judge(results);
  const record: RunRecord = {
    version: 1,
    startedAt: new Date(started).toISOString(),
    durationS: (Date.now() - started) / 1000,
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    gc: gc !== null,
    filters: args.filters,
    peakRssMB: Math.round(peakRssMB()),
    skipped,
    results: rounded(results),
  };
  for (const line of profiles) console.log(line);
  console.log(table(results));
  for (const note of skipped) console.log(`skipped: ${note}`);
  for (const note of problems(results)) console.log(`attention: ${note}`);
  console.log(`peak RSS ${record.peakRssMB.toFixed(0)} MB, ${record.durationS.toFixed(1)} s, ${record.node}, ${record.cpu} x${record.cpus}`);
  console.log(`BENCH_JSON ${JSON.stringify(record)}`);
  writeFileSync(join(out, 'latest.json'), JSON.stringify(record, null, 2) + '\n');
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
