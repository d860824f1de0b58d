// The CLI names the files it wrote relative to the working folder only when they are inside it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownPath } from '../../../src/node/cli/shown-path';

describe('shownPath', () => {
  const cwd = join('/', 'home', 'pa', 'series');
  it('is relative inside the working folder', () => {
    expect(shownPath(cwd, join(cwd, 'reports', 'cast.csv'))).toBe(join('reports', 'cast.csv'));
    expect(shownPath(cwd, cwd)).toBe('.');
  });
  it('is the full path outside it', () => {
    expect(shownPath(cwd, join('/', 'tmp', 'out.pdf'))).toBe(join('/', 'tmp', 'out.pdf'));
    expect(shownPath(cwd, join('/', 'home', 'pa', 'other', 'x.pdf'))).toBe(join('/', 'home', 'pa', 'other', 'x.pdf'));
  });
});
