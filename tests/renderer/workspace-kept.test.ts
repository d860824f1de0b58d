// Unsaved episodes of a series kept in memory while the writer works on another one: the window knows there
// is unsaved work (so closing asks), "Save" in the close prompt saves every episode, opening another folder
// asks before dropping them, and their recovery copies follow replace-all in the series.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserFiles } from '../../src/renderer/api/browser-adapter';
import type { Workspace } from '../../src/renderer/session/workspace';
import { replaceInSeries } from '../../src/renderer/find/series-search';
import { testWorkspace, typeAtEnd as typeInto } from './workspace-support';
import type { TestWorkspace } from './workspace-support';

let confirm: TestWorkspace['confirm'];
let files: BrowserFiles;
let workspace: Workspace;

beforeEach(async () => {
  ({ workspace, files, confirm } = await testWorkspace());
});

afterEach(() => {
  workspace.dispose();
  vi.unstubAllGlobals();
});

const typeAtEnd = (text: string) => typeInto(workspace, text);

const EPISODES = {
  'ep1.fountain': 'INT. ROOF - DAY\n\nWind.\n',
  'ep2.fountain': 'INT. HALL - NIGHT\n\nRain.\n',
  'ep3.fountain': 'EXT. PIER - DAWN\n\nGulls.\n',
};

async function openSeries(): Promise<string> {
  const folder = files.queueFolder('night', EPISODES);
  expect(await workspace.openFolder()).toBe(true);
  expect(workspace.getSnapshot().doc?.name).toBe('ep1.fountain');
  return folder;
}

describe('unsaved episodes kept in memory', () => {
  it('keep the window dirty while another, clean episode is open', async () => {
    const folder = await openSeries();
    typeAtEnd(' Sirens.');
    expect(files.window().state.dirty).toBe(true);
    expect(await workspace.openPath(`${folder}/ep2.fountain`)).toBe(true);
    expect(workspace.store.isDirty()).toBe(false);
    expect(workspace.isKeptDirty(`${folder}/ep1.fountain`)).toBe(true);
    // The close prompt must still come up: ep1's edits exist only in memory.
    expect(files.window().state).toMatchObject({ dirty: true, name: 'ep2.fountain', unsaved: ['ep1.fountain'] });
    expect(files.window().title).toMatch(/^• /);
    // The prompt names every unsaved script, the open one first.
    typeAtEnd(' Thunder.');
    expect(files.window().state.unsaved).toEqual(['ep2.fountain', 'ep1.fountain']);
  });

  it('"Save" in the close prompt saves every unsaved episode, then closes', async () => {
    const folder = await openSeries();
    typeAtEnd(' Sirens.');
    await workspace.openPath(`${folder}/ep2.fountain`);
    typeAtEnd(' Thunder.');
    files.requestClose();
    await vi.waitFor(() => expect(files.window().closed).toBe(true));
    expect(files.list()[`${folder}/ep1.fountain`]).toBe('INT. ROOF - DAY\n\nWind. Sirens.\n');
    expect(files.list()[`${folder}/ep2.fountain`]).toBe('INT. HALL - NIGHT\n\nRain. Thunder.\n');
    expect(files.list()[`${folder}/ep3.fountain`]).toBe(EPISODES['ep3.fountain']);
    expect(workspace.isKeptDirty(`${folder}/ep1.fountain`)).toBe(false);
    expect(files.window().state.dirty).toBe(false);
  });

  it('"Save" in the close prompt keeps the window open when an episode cannot be saved', async () => {
    const folder = await openSeries();
    typeAtEnd(' Sirens.');
    await workspace.openPath(`${folder}/ep2.fountain`);
    typeAtEnd(' Thunder.');
    files.changeOnDisk(`${folder}/ep1.fountain`, 'INT. ROOF - DAY\n\nTheirs.\n');
    files.requestClose();
    await vi.waitFor(() => expect(workspace.getSnapshot().error).toMatch(/ep1\.fountain/));
    expect(files.window().closed).toBe(false);
    // Nothing another program wrote was overwritten, and the unsaved episode is still there.
    expect(files.list()[`${folder}/ep1.fountain`]).toBe('INT. ROOF - DAY\n\nTheirs.\n');
    expect(workspace.isKeptDirty(`${folder}/ep1.fountain`)).toBe(true);
    expect(files.window().state.dirty).toBe(true);
  });

  it('opening another folder asks before dropping unsaved episodes, naming them', async () => {
    const folder = await openSeries();
    typeAtEnd(' Sirens.');
    await workspace.openPath(`${folder}/ep2.fountain`);
    files.queueFolder('day', { 'ep1.fountain': 'INT. SHOP - DAY\n' });
    confirm.mockReturnValueOnce(false);
    await workspace.openFolder();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0][0]).toContain('ep1.fountain');
    // Cancelled: the series, the open episode and the kept one are as they were.
    expect(workspace.getSnapshot().series?.path).toBe(folder);
    expect(workspace.getSnapshot().doc?.name).toBe('ep2.fountain');
    expect(workspace.isKeptDirty(`${folder}/ep1.fountain`)).toBe(true);
    expect(files.window().state.dirty).toBe(true);
    // Going back to ep1 brings the edits back.
    await workspace.openPath(`${folder}/ep1.fountain`);
    expect(workspace.store.isDirty()).toBe(true);
    await workspace.openPath(`${folder}/ep2.fountain`);
    // Confirmed: the other folder opens and nothing unsaved is left.
    files.queueFolder('day', { 'ep1.fountain': 'INT. SHOP - DAY\n' });
    await workspace.openFolder();
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(workspace.getSnapshot().series?.name).toBe('day');
    expect(files.window().state.dirty).toBe(false);
  });

  it('opening the same folder again keeps its unsaved episodes without asking', async () => {
    const folder = await openSeries();
    await workspace.openPath(`${folder}/ep2.fountain`);
    typeAtEnd(' Thunder.');
    await workspace.openPath(`${folder}/ep3.fountain`);
    expect(await workspace.openFolder(folder)).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    expect(workspace.isKeptDirty(`${folder}/ep2.fountain`)).toBe(true);
    expect(files.window().state.dirty).toBe(true);
  });

  it('keeps recovery copies of kept episodes, each with its path, after a replace-all in the series', async () => {
    const folder = await openSeries();
    typeAtEnd(' Sirens.');
    await workspace.openPath(`${folder}/ep2.fountain`);
    await workspace.autosave();
    const copy = (name: string) => files.recoveries().find((r) => r.path === `${folder}/${name}`)?.text;
    expect(copy('ep1.fountain')).toBe('INT. ROOF - DAY\n\nWind. Sirens.\n');
    const result = await replaceInSeries(workspace, /Sirens/g, 'Bells', false);
    expect(result.failed).toEqual([]);
    await workspace.autosave();
    expect(copy('ep1.fountain')).toBe('INT. ROOF - DAY\n\nWind. Bells.\n');
    expect(files.window().state.dirty).toBe(true);
  });
});
