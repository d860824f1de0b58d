// How the CLI names a file it wrote: relative to the working folder when it is inside it (`reports/cast.csv`),
// else in full (`/tmp/out.pdf`, not `../../tmp/out.pdf`); the working folder itself is `.`.
import { isAbsolute, relative } from 'node:path';

export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
