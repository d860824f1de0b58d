// Project files on disk: found beside the episodes, read with clear messages, never overwritten when they
// cannot be read, unknown keys kept through a save.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultProject } from '../../src/core/breakdown/project';
import { findProjectFile, loadProjectFile, loadSeries, saveProjectFile, ProjectFileError } from '../../src/node/project';
import { textFingerprint } from '../../src/core/hash';
import { isShotlineFileError } from '../../src/node/files';

const temp = () => mkdtempSync(join(tmpdir(), 'shotline-project-'));

describe('project files', () => {
  it('saves and loads a project, keeping keys this version does not know', async () => {
    const dir = temp();
    const path = join(dir, 'series.shotline.json');
    writeFileSync(path, JSON.stringify({ format: 'shotline-project', version: 1, title: 'A', futureKey: [1, 2], cast: [{ name: 'X', aliases: [], agent: 'kept' }] }));
    const { project } = await loadProjectFile(path);
    await saveProjectFile(path, { ...project, title: 'B' }, { expected: textFingerprint(readFileSync(path, 'utf8')) });
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
    await expect(saveProjectFile(path, defaultProject('new'), { expected: textFingerprint(text) })).rejects.toThrow(/will not overwrite/);
    await expect(saveProjectFile(path, defaultProject('new'), { expected: null, force: true })).rejects.toThrow(/will not overwrite/);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('never saves over a change another program made since the project was read, unless forced', async () => {
    const dir = temp();
    const path = join(dir, 'series.shotline.json');
    const first = await saveProjectFile(path, defaultProject('A'), { expected: null });
    expect(first).toBe(textFingerprint(readFileSync(path, 'utf8')));
    // Saved again on what the last save wrote: fine.
    const second = await saveProjectFile(path, defaultProject('B'), { expected: first });
    // Another program edits the file.
    const theirs = readFileSync(path, 'utf8').replace('"B"', '"Theirs"');
    writeFileSync(path, theirs);
    const error = await saveProjectFile(path, defaultProject('Mine'), { expected: second }).catch((e: unknown) => e);
    expect(isShotlineFileError(error) && error.code).toBe('changed-on-disk');
    expect((error as Error).message).toMatch(/^"series\.shotline\.json" was changed by another program since Shotline read it\. The project was not saved/);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    // A file that appeared where there was none is not replaced either.
    const fresh = join(dir, 'other.shotline.json');
    writeFileSync(fresh, theirs);
    await expect(saveProjectFile(fresh, defaultProject('Mine'), { expected: null })).rejects.toThrow(/was created by another program/);
    // The user chose to overwrite; a file deleted since is written again.
    await saveProjectFile(path, defaultProject('Mine'), { expected: second, force: true });
    expect(JSON.parse(readFileSync(path, 'utf8')).title).toBe('Mine');
    rmSync(path);
    await saveProjectFile(path, defaultProject('Again'), { expected: second });
    expect(JSON.parse(readFileSync(path, 'utf8')).title).toBe('Again');
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
    await saveProjectFile(join(dir, 'x.shotline.json'), defaultProject('X', 'zh-Hans'), { expected: null });
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
    await saveProjectFile(path, { ...defaultProject('S'), episodes: ['scripts/b.fountain', 'scripts/a.fountain'] }, { expected: null });
    const series = await loadSeries(path);
    expect(series.documents.map((d) => d.name)).toEqual(['scripts/b.fountain', 'scripts/a.fountain']);
  });
});
