// One project per window, shared by the panels: a set fixed in one panel shows in the others, and moving
// between the episodes of a series keeps the project as last saved, so the next save is not refused as a
// conflict with the folder's copy read when it was opened.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultProject, writeProject } from '../../src/core/breakdown';
import { ProjectStore, projectKey, projectStoreFor } from '../../src/renderer/breakdown/project';
import type { ProjectSource } from '../../src/renderer/breakdown/project';
import { testWorkspace } from './workspace-support';
import type { TestWorkspace } from './workspace-support';

let t: TestWorkspace | null = null;
afterEach(() => {
  t?.workspace.dispose();
  vi.unstubAllGlobals();
});

const setOf = (project: { locations: { location: string; set: string | null }[] }, location: string) => project.locations.find((l) => l.location === location)?.set;

const EPISODES = { 'ep1.fountain': 'EXT. NIGHT MARKET - NIGHT\n\nStalls.\n', 'ep2.fountain': 'INT. KITCHEN - DAY\n\nEggs.\n' };

async function series() {
  t = await testWorkspace();
  const project = defaultProject('Night');
  const folder = t.files.queueFolder('night', { ...EPISODES, 'night.shotline.json': writeProject(project) });
  await t.workspace.openFolder();
  const s = t.workspace.getSnapshot().series!;
  expect(s.project?.path).toBe(`${folder}/night.shotline.json`);
  const source = (name: string): ProjectSource => ({ path: `${folder}/${name}`, kind: 'file', seriesProject: s.project, language: 'en' });
  const setId = project.sets[0].id;
  return { folder, source, setId, api: t.api };
}

describe('the project store', () => {
  it('keys a project by its folder, the sample by language', () => {
    expect(projectKey({ path: '/s/ep1.fountain', kind: 'file', seriesProject: null, language: 'en' })).toBe(projectKey({ path: '/s/ep2.fountain', kind: 'file', seriesProject: null, language: 'zh' }));
    expect(projectKey({ path: null, kind: 'sample', seriesProject: null, language: 'zh' })).toBe('sample:zh');
    expect(projectKey({ path: null, kind: 'untitled', seriesProject: null, language: 'en' })).toBe('none');
  });

  it('is one per window: every panel gets the same store', async () => {
    const { api } = await series();
    expect(projectStoreFor(api)).toBe(projectStoreFor(api));
    expect(projectStoreFor({ ...api })).not.toBe(projectStoreFor(api));
  });

  it('tells every panel of a mapping at once', async () => {
    const { source, setId, api } = await series();
    const store = new ProjectStore(api);
    store.follow(source('ep1.fountain'));
    const seen: (string | null | undefined)[] = [];
    store.subscribe(() => seen.push(setOf(store.get().project, 'NIGHT MARKET')));
    store.map('NIGHT MARKET', setId);
    expect(seen[0]).toBe(setId);
    await store.settled();
    expect(store.get().status).toMatchObject({ kind: 'file' });
  });

  it('keeps the saved project across episodes, and saves again without a conflict', async () => {
    const { folder, source, setId, api } = await series();
    const store = new ProjectStore(api);
    store.follow(source('ep1.fountain'));
    store.map('NIGHT MARKET', setId);
    await store.settled();
    store.follow(source('ep2.fountain'));
    expect(setOf(store.get().project, 'NIGHT MARKET')).toBe(setId);
    store.map('KITCHEN', setId);
    await store.settled();
    expect(store.get()).toMatchObject({ saveError: null, saved: `${folder}/night.shotline.json` });
    const onDisk = JSON.parse((await api.readProjectBeside(`${folder}/ep1.fountain`))!.text) as { locations: { location: string; set: string | null }[] };
    expect([setOf(onDisk, 'NIGHT MARKET'), setOf(onDisk, 'KITCHEN')]).toEqual([setId, setId]);
  });

  it('reads the file again on reload after another program changed it', async () => {
    const { folder, source, setId, api } = await series();
    const store = new ProjectStore(api);
    store.follow(source('ep1.fountain'));
    // Another program (or another window) writes the project file.
    const theirs = writeProject({ ...defaultProject('Theirs'), locations: [{ location: 'KITCHEN', set: setId }] });
    await api.saveProject(`${folder}/night.shotline.json`, theirs, { expected: null, force: true });
    store.map('NIGHT MARKET', setId);
    await store.settled();
    expect(store.get().problem?.code).toBe('changed-on-disk');
    store.reload();
    await vi.waitFor(() => expect(store.get().project.locations.map((l) => [l.location, l.set])).toEqual([['KITCHEN', setId]]));
  });
});
