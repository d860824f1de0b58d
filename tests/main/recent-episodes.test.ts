// Opening a series folder puts the folder on the recent list, not each of its episodes: the renderer reads
// every episode in the background (for completion, the navigator and find in the series) with
// openPath(path, { recent: false }). A file the writer opens by path still goes on the list.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SeriesLibrary } from '../../src/renderer/session/series';
import type { ShotlineApi } from '../../src/shared/api';
import { validateArgs } from '../../src/main/validate';
import { session, tempDir } from './support';

let tmp: ReturnType<typeof tempDir>;
let series: string;
beforeEach(() => {
  tmp = tempDir('shotline-recent-');
  series = join(tmp.dir, 'night');
  mkdirSync(series);
  for (let n = 1; n <= 12; n++) writeFileSync(join(series, `ep${n}.fountain`), `第${n}集\n`);
});
afterEach(() => tmp.remove());

describe('the recent list and series folders', () => {
  it('holds the folder, not the episodes the renderer reads in the background', async () => {
    const s = session(join(tmp.dir, 'userData'), { choices: { folder: series } });
    const folder = (await s.openFolder())!;
    const library = new SeriesLibrary(s as unknown as ShotlineApi);
    library.open(folder);
    await library.loadAll(() => undefined);
    expect(library.get(join(series, 'ep12.fountain'))?.text).toBe('第12集\n');
    expect((await s.listRecent()).map((r) => [r.name, r.kind])).toEqual([['night', 'folder']]);
    // Read without the list, the episodes can still be saved (this session opened them).
    await s.saveFile(join(series, 'ep3.fountain'), '第3集\n改。\n');
    // The writer opening one by path puts it on the list.
    await s.openPath(join(series, 'ep5.fountain'));
    expect((await s.listRecent()).map((r) => r.name)).toEqual(['ep5.fountain', 'ep3.fountain', 'night']);
  });

  it('checks the open options as they arrive from the page', () => {
    expect(validateArgs.openPath(['/a/ep1.fountain'])).toEqual(['/a/ep1.fountain']);
    expect(validateArgs.openPath(['/a/ep1.fountain', { recent: false }])).toEqual(['/a/ep1.fountain', { recent: false }]);
    expect(validateArgs.openPath(['/a/ep1.fountain', {}])).toEqual(['/a/ep1.fountain', {}]);
    expect(() => validateArgs.openPath(['/a/ep1.fountain', { recent: 'no' }])).toThrow('The open option "recent" must be true or false.');
    expect(() => validateArgs.openPath(['/a/ep1.fountain', 'quietly'])).toThrow('The open options must be an object.');
  });
});
