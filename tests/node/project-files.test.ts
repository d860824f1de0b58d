// Project files on disk: found beside the episodes, read with clear messages, never overwritten when they
// cannot be read, unknown keys kept through a save.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultProject } from '../../src/core/breakdown/project';
import { findProjectFile, loadProjectFile, loadSeries, saveProjectFile, ProjectFileError } from '../../src/node/project';

const temp = () => mkdtempSync(join(tmpdir(), 'shotline-project-'));

describe('project files', () => {
  it('saves and loads a project, keeping keys this version does not know', async () => {
    const dir = temp();
    const path = join(dir, 'series.shotline.json');
    writeFileSync(path, JSON.stringify({ format: 'shotline-project', version: 1, title: 'A', futureKey: [1, 2], cast: [{ name: 'X', aliases: [], agent: 'kept' }] }));
    const { project } = await loadProjectFile(path);
    await saveProjectFile(path, { ...project, title: 'B' });
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    expect(saved).toMatchObject({ title: 'B', futureKey: [1, 2], cast: [{ name: 'X', agent: 'kept' }] });
  });

  it.each([
    ['malformed', '{ "format": "shotline-project", "version": 1, ', /not valid JSON/],
    ['newer', '{ "format": "shotline-project", "version": 99 }', /newer Shotline/],
    ['not a project', '{ "hello": 1 }', /not a Shotline project/],
  ])('never overwrites a %s file, and says why', async (_what, text, message) => {
    const dir = temp();
    const path = join(dir, 'series.shotline.json');
    writeFileSync(path, text);
    await expect(loadProjectFile(path)).rejects.toThrow(message);
    await expect(saveProjectFile(path, defaultProject('new'))).rejects.toThrow(/will not overwrite/);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('names the file in its messages', async () => {
    const dir = temp();
    const path = join(dir, 'broken.shotline.json');
    writeFileSync(path, '{');
    await expect(loadProjectFile(path)).rejects.toThrow(/"broken\.shotline\.json"/);
  });

  it('finds the one project file of a folder, and refuses to guess between two', async () => {
    const dir = temp();
    expect(await findProjectFile(dir)).toBeNull();
    writeFileSync(join(dir, 'a.shotline.json'), '{}');
    expect(await findProjectFile(dir)).toBe(join(dir, 'a.shotline.json'));
    writeFileSync(join(dir, 'b.shotline.json'), '{}');
    await expect(findProjectFile(dir)).rejects.toBeInstanceOf(ProjectFileError);
  });

  it('loads a folder of episodes in natural order with its project', async () => {
    const dir = temp();
    for (const n of [10, 2, 1]) writeFileSync(join(dir, `ep${n}.fountain`), `第${n}集\n\n${n}-1 日 内 客厅\n林晚：好。\n`);
    await saveProjectFile(join(dir, 'x.shotline.json'), defaultProject('X', 'zh-Hans'));
    const series = await loadSeries(dir);
    expect(series.documents.map((d) => d.name)).toEqual(['ep1.fountain', 'ep2.fountain', 'ep10.fountain']);
    expect(series.project?.title).toBe('X');
  });

  it('loads the episodes a project file lists', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'scripts'));
    writeFileSync(join(dir, 'scripts', 'b.fountain'), 'INT. B - DAY\n\nHi.\n');
    writeFileSync(join(dir, 'scripts', 'a.fountain'), 'INT. A - DAY\n\nHi.\n');
    const path = join(dir, 's.shotline.json');
    await saveProjectFile(path, { ...defaultProject('S'), episodes: ['scripts/b.fountain', 'scripts/a.fountain'] });
    const series = await loadSeries(path);
    expect(series.documents.map((d) => d.name)).toEqual(['scripts/b.fountain', 'scripts/a.fountain']);
  });
});
