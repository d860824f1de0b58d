// Runs one case: warm-up, fresh setup, timed iterations, then the optional check and retained-heap figure.
import { heapUsed, keep, MB, retainedBytes, type Gc } from './memory';
import { summarize } from './stats';
import { measuredTime } from './types';
import type { BenchCase, CaseResult, Step, TimedStep } from './types';

export interface MeasureOptions {
  gc: Gc | null;
  /** Overrides every case's iteration / warm-up count when set (e.g. a quick smoke run). */
  iterations?: number;
  warmup?: number;
  /** Wraps the measured iterations, e.g. in a CPU profile. */
  around?: (work: () => Promise<number[]>) => Promise<number[]>;
}

const asTimed = (step: Step): TimedStep => (typeof step === 'function' ? { run: step } : step);

async function once(step: TimedStep): Promise<number> {
  step.before?.();
  const start = performance.now();
  let value = step.run();
  if (value instanceof Promise) value = await value;
  const elapsed = performance.now() - start;
  keep(value);
  // A step timed elsewhere (a browser page) reports its own time.
  return measuredTime(value) ?? elapsed;
}

export async function measureCase(suite: string, bench: BenchCase, options: MeasureOptions): Promise<CaseResult> {
  const warmup = options.warmup ?? bench.warmup ?? 5;
  const iterations = Math.max(1, options.iterations ?? bench.iterations ?? 30);
  if (warmup > 0) {
    const step = asTimed(await bench.setup());
    for (let i = 0; i < warmup; i++) await once(step);
  }
  const step = asTimed(await bench.setup());
  options.gc?.();
  const heapBefore = heapUsed();
  const loop = async (): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) times.push(await once(step));
    return times;
  };
  const times = options.around ? await options.around(loop) : await loop();
  const heapDeltaMB = (heapUsed() - heapBefore) / MB;
  const rssMB = process.memoryUsage().rss / MB;
  keep(null);
  let problem: string | null = null;
  try {
    problem = step.verify?.() ?? null;
  } catch (error) {
    problem = `verify threw: ${(error as Error).message}`;
  }
  let retainedMB: number | null = null;
  if (bench.retained && options.gc) {
    const fresh = asTimed(await bench.setup());
    fresh.before?.();
    retainedMB = (await retainedBytes(options.gc, fresh.run)) / MB;
  }
  const stats = summarize(times);
  return {
    suite,
    name: bench.name,
    detail: bench.detail ?? null,
    iterations,
    medianMs: stats.median,
    p95Ms: stats.p95,
    meanMs: stats.mean,
    minMs: stats.min,
    maxMs: stats.max,
    speedup: null,
    baseline: bench.baseline ?? null,
    retainedMB,
    heapDeltaMB,
    rssMB,
    goal: bench.goal ?? null,
    goalMet: null,
    problem,
  };
}

/** Fills in speed-ups against baselines and whether each goal is met. */
export function judge(results: CaseResult[]): void {
  for (const result of results) {
    const base = result.baseline ? results.find((r) => r.suite === result.suite && r.name === result.baseline) : undefined;
    if (base && result.medianMs > 0) result.speedup = base.medianMs / result.medianMs;
    const goal = result.goal;
    if (!goal) continue;
    const checks: boolean[] = [];
    if (goal.maxMedianMs !== undefined) checks.push(result.medianMs <= goal.maxMedianMs);
    if (goal.maxP95Ms !== undefined) checks.push(result.p95Ms <= goal.maxP95Ms);
    if (goal.minSpeedup !== undefined && result.speedup !== null) checks.push(result.speedup >= goal.minSpeedup);
    result.goalMet = checks.length > 0 ? checks.every(Boolean) : null;
  }
}
