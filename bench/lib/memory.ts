// Heap and RSS figures. gc is needed for retained sizes: `--expose-gc` when given, otherwise enabled at run time.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export type Gc = () => void;

/** The V8 garbage collector as a function, or null where it cannot be had. */
export function findGc(): Gc | null {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as Gc;
  try {
    setFlagsFromString('--expose-gc');
    const fresh: unknown = runInNewContext('gc');
    return typeof fresh === 'function' ? (fresh as Gc) : null;
  } catch {
    return null;
  }
}

export const MB = 1024 * 1024;

export const heapUsed = (): number => process.memoryUsage().heapUsed;

/** Peak resident set size of the process so far, in MB. */
export const peakRssMB = (): number => process.resourceUsage().maxRSS / 1024;

let _sink: unknown = null;

/** Heap retained by the value `make` returns: gc, measure, make and keep it, gc, measure. */
export async function retainedBytes(gc: Gc, make: () => unknown): Promise<number> {
  gc();
  gc();
  const before = heapUsed();
  _sink = await make();
  gc();
  gc();
  const after = heapUsed();
  _sink = null;
  return Math.max(0, after - before);
}

/** Keeps a value reachable so the optimiser cannot drop the work that made it. */
export function keep(value: unknown): void {
  _sink = value;
}
