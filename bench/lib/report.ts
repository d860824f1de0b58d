// The printed table and the JSON record of a run.
import type { CaseResult, Goal } from './types';

export interface RunRecord {
  version: 1;
  startedAt: string;
  durationS: number;
  node: string;
  v8: string;
  platform: string;
  cpu: string;
  cpus: number;
  gc: boolean;
  filters: string[];
  peakRssMB: number;
  skipped: string[];
  results: CaseResult[];
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  if (value < 1) return value.toFixed(3);
  if (value < 100) return value.toFixed(2);
  return value.toFixed(0);
}

const mb = (value: number | null): string => (value === null ? '-' : value.toFixed(1));

function goalText(goal: Goal | null): string {
  if (!goal) return '';
  const parts: string[] = [];
  if (goal.maxMedianMs !== undefined) parts.push(`<= ${goal.maxMedianMs} ms`);
  if (goal.maxP95Ms !== undefined) parts.push(`p95 <= ${goal.maxP95Ms} ms`);
  if (goal.minSpeedup !== undefined) parts.push(`>= ${goal.minSpeedup}x`);
  return parts.join(', ');
}

function status(result: CaseResult): string {
  if (result.problem) return 'PROBLEM';
  if (result.goalMet === null) return result.goal ? '?' : '';
  return result.goalMet ? 'met' : 'MISSED';
}

export function table(results: CaseResult[]): string {
  const header = ['case', 'input', 'n', 'median ms', 'p95 ms', 'min ms', 'speed-up', 'retained MB', 'goal', 'status'];
  const rows = results.map((r) => [
    `${r.suite}/${r.name}`,
    r.detail ?? '',
    String(r.iterations),
    ms(r.medianMs),
    ms(r.p95Ms),
    ms(r.minMs),
    r.speedup === null ? '' : `${r.speedup.toFixed(1)}x`,
    mb(r.retainedMB),
    goalText(r.goal),
    status(r),
  ]);
  const numeric = new Set([2, 3, 4, 5, 6, 7]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const round = (value: number | null, digits: number): number | null =>
  value === null || !Number.isFinite(value) ? value : Number(value.toFixed(digits));

/** The results with times to 0.1 µs and sizes to 0.01 MB, for the JSON record. */
export function rounded(results: CaseResult[]): CaseResult[] {
  return results.map((r) => ({
    ...r,
    medianMs: round(r.medianMs, 4) as number,
    p95Ms: round(r.p95Ms, 4) as number,
    meanMs: round(r.meanMs, 4) as number,
    minMs: round(r.minMs, 4) as number,
    maxMs: round(r.maxMs, 4) as number,
    speedup: round(r.speedup, 2),
    retainedMB: round(r.retainedMB, 2),
    heapDeltaMB: round(r.heapDeltaMB, 2) as number,
    rssMB: round(r.rssMB, 1) as number,
  }));
}

export function problems(results: CaseResult[]): string[] {
  return results.flatMap((r) => [
    ...(r.problem ? [`${r.suite}/${r.name}: ${r.problem}`] : []),
    ...(r.goalMet === false ? [`${r.suite}/${r.name}: goal ${goalText(r.goal)} missed`] : []),
  ]);
}
