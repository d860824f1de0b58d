// `--profile`: records a V8 CPU profile of a case's measured iterations through the inspector (no node flags
// needed), saves it for DevTools and prints where the time goes, by self and by total time per function.
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export async function withProfile<T>(work: () => Promise<T>): Promise<{ value: T; profile: CpuProfile }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const value = await work();
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    return { value, profile };
  } finally {
    session.disconnect();
  }
}

function label(node: ProfileNode, root: string): string {
  const { functionName, url, lineNumber } = node.callFrame;
  let where = url;
  try {
    if (url.startsWith('file:')) where = relative(root, fileURLToPath(url));
  } catch {
    // keep the URL as it is
  }
    // Code run through tsx reports line 1 for everything; a line is shown only where it means something.
  const line = lineNumber > 0 ? `:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}${line}`.trim();
}

/** The `top` functions by self time and by total (inclusive) time, as printable lines. */
export function summarizeProfile(profile: CpuProfile, root: string, top = 12): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let all = 0;
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? deltas[i] ?? 0;
    all += us;
    let node = byId.get(samples[i]);
    if (!node) continue;
    const first = label(node, root);
    self.set(first, (self.get(first) ?? 0) + us);
    const seen = new Set<string>();
    while (node) {
      const key = label(node, root);
      if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + us);
      seen.add(key);
      const up = parent.get(node.id);
      node = up === undefined ? undefined : byId.get(up);
    }
  }
  const rows = (map: Map<string, number>): string[] =>
    [...map.entries()]
      .filter(([key]) => !/^\((root|program|idle)\)/.test(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => `    ${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / (all || 1)).toFixed(1).padStart(5)}%  ${key}`);
  return [`  self time (of ${(all / 1000).toFixed(0)} ms sampled):`, ...rows(self), '  total time:', ...rows(total)];
}
