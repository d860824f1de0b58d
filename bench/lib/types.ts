// The shape of a bench module: every `bench/*.bench.ts` default-exports one BenchSuite.

/** One timed iteration: `run` is timed; `before` (untimed) prepares it; `verify` (untimed) checks the end state. */
export interface TimedStep {
  before?: () => void;
  run: () => unknown;
  /** Called once after the measured iterations; returns a problem to report, or null when all is well. */
  verify?: () => string | null;
}

export type Step = (() => unknown) | TimedStep;

const MEASURED = Symbol.for('shotline.bench.measured');

/** What `run` returns when the time was measured elsewhere (in a browser page): that time is recorded. */
export interface Measured {
  [MEASURED]: number;
}

/** Records `ms` as this iteration's time instead of the wall time of `run` (e.g. a latency the page measured). */
export function measured(ms: number): Measured {
  return { [MEASURED]: ms };
}

export function measuredTime(value: unknown): number | null {
  return value !== null && typeof value === 'object' && MEASURED in value ? (value as Measured)[MEASURED] : null;
}

export interface Goal {
  /** The median must be at most this many milliseconds. */
  maxMedianMs?: number;
  /** The 95th percentile must be at most this many milliseconds (latencies: the slow keystrokes count). */
  maxP95Ms?: number;
  /** The case must be at least this many times faster than its baseline. */
  minSpeedup?: number;
}

export interface BenchCase {
  /** Unique within its suite; the filter matches `suite/name`. */
  name: string;
  /** Shown beside the name, e.g. the size of the input. */
  detail?: string;
  /** Untimed: builds the state and returns the step to time. Called once for the warm-up and again for measuring. */
  setup: () => Step | Promise<Step>;
  warmup?: number;
  iterations?: number;
  /** Name of another case of the same suite: the ratio says how many times faster this case is than that one. */
  baseline?: string;
  goal?: Goal;
  /** Also measure the heap retained by the value one `run` returns (needs gc; see lib/memory). */
  retained?: boolean;
}

export interface SuiteContext {
  /** Repository root (absolute). */
  root: string;
  /** Report that some cases could not run here, and why (e.g. an optional corpus is absent). */
  skip: (message: string) => void;
}

export interface BenchSuite {
  name: string;
  /** Cheap: list the cases; heavy work belongs in each case's setup. */
  cases: (context: SuiteContext) => BenchCase[] | Promise<BenchCase[]>;
  /** Called after the suite's cases ran: close what the cases opened (a browser, a server). */
  teardown?: () => void | Promise<void>;
}

export interface CaseResult {
  suite: string;
  name: string;
  detail: string | null;
  iterations: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
  /** How many times faster than the baseline case (baseline median / this median), or null. */
  speedup: number | null;
  baseline: string | null;
  /** Heap retained by one result, in MB, when measured. */
  retainedMB: number | null;
  /** Heap used after the iterations minus before them (no gc in between), in MB: a rough allocation figure. */
  heapDeltaMB: number;
  /** Resident set size of the process right after the case, in MB. */
  rssMB: number;
  goal: Goal | null;
  /** null when the case has no goal. */
  goalMet: boolean | null;
  problem: string | null;
}
