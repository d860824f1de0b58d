// Opening a series folder puts the folder on the recent list, not its episodes (all of which the window
// reads in the background); an episode the writer opens from the series does go on the list.
import { afterEach, expect, it, vi } from 'vitest';
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
