// Opening a series folder puts the folder on the recent list, not its episodes (all of which the window
// reads in the background); an episode the writer opens from the series does go on the list.
import { afterEach, expect, it, vi } from 'vitest';
import { replaceInSeries } from '../../src/renderer/find/series-search';
import { testWorkspace } from './workspace-support';
import type { TestWorkspace } from './workspace-support';

let t: TestWorkspace | null = null;
afterEach(() => {
  t?.workspace.dispose();
  vi.unstubAllGlobals();
});

it('keeps the episodes of an opened series off the recent list', async () => {
  t = await testWorkspace();
  const { workspace, files, api } = t;
  const episodes = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`ep${i + 1}.fountain`, `INT. ROOM ${i + 1} - DAY\n`]));
  const folder = files.queueFolder('night', episodes);
  await workspace.openFolder();
  await vi.waitFor(() => expect(workspace.library.get(`${folder}/ep8.fountain`)).not.toBeNull());
  expect(workspace.getSnapshot().doc?.name).toBe('ep1.fountain');
  expect((await api.listRecent()).map((r) => [r.name, r.kind])).toEqual([['night', 'folder']]);
  await workspace.openPath(`${folder}/ep4.fountain`);
  expect((await api.listRecent()).map((r) => r.name)).toEqual(['ep4.fountain', 'night']);
});

it('keeps the episodes a replace in the whole series writes off the recent list', async () => {
  t = await testWorkspace();
  const { workspace, files, api } = t;
  const folder = files.queueFolder('rain', { 'ep1.fountain': 'INT. A - DAY\n\nRain.\n', 'ep2.fountain': 'INT. B - DAY\n\nRain.\n', 'ep3.fountain': 'INT. C - DAY\n\nRain.\n' });
  await workspace.openFolder();
  await vi.waitFor(() => expect(workspace.library.get(`${folder}/ep3.fountain`)).not.toBeNull());
  const result = await replaceInSeries(workspace, /Rain/g, 'Snow', false);
  expect(result.failed).toEqual([]);
  expect(files.list()[`${folder}/ep3.fountain`]).toBe('INT. C - DAY\n\nSnow.\n');
  expect((await api.listRecent()).map((r) => r.name)).toEqual(['rain']);
});
