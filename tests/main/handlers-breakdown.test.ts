// The breakdown's handlers on real folders: the sample's project, the project beside a script, and saves
// that never overwrite a file Shotline cannot read nor create project files outside folders of scripts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakdownDeps, breakdownValidators, createBreakdownHandlers } from '../../src/main/handlers-breakdown';
import { defaultProject, writeProject } from '../../src/core/breakdown/project';
import { textFingerprint } from '../../src/core/hash';
import { createDocumentRegistry } from '../../src/main/documents';

const NEW = { expected: null };

const ROOT = join(import.meta.dirname, '..', '..');
/** The folders and files the user opened in this session (what the page may touch). */
const documents = createDocumentRegistry();
const handlers = () => createBreakdownHandlers(breakdownDeps(join(ROOT, 'resources'), documents));
/** A folder the user opened (as Open Series Folder does). */
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shotline-bdh-'));
  documents.allowOpen(dir);
  return dir;
};
const foreign = () => mkdtempSync(join(tmpdir(), 'shotline-foreign-'));

describe('breakdown handlers', () => {
  it('reads the bundled sample project, read-only', async () => {
    const p = await handlers().readSampleProject('zh');
    expect(p).toMatchObject({ path: null, readOnly: true });
    expect(JSON.parse(p.text).title).toBe('夜市千金');
  });

  it('reads the project beside a script, or says there is none', async () => {
    const dir = temp();
    documents.allowOpen(join(dir, 'ep1.fountain'));
    writeFileSync(join(dir, 'ep1.fountain'), 'INT. A - DAY\n');
    expect(await handlers().readProjectBeside(join(dir, 'ep1.fountain'))).toBeNull();
    writeFileSync(join(dir, 's.shotline.json'), writeProject(defaultProject('S')));
    expect(await handlers().readProjectBeside(join(dir, 'ep1.fountain'))).toMatchObject({ path: join(dir, 's.shotline.json'), readOnly: false });
  });

  it('saves a valid project beside scripts, and refuses everything else', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'ep1.fountain'), 'INT. A - DAY\n');
    const text = writeProject(defaultProject('S'));
    expect(await handlers().saveProject(join(dir, 's.shotline.json'), text, NEW)).toEqual({ path: join(dir, 's.shotline.json'), hash: textFingerprint(text) });
    expect(readFileSync(join(dir, 's.shotline.json'), 'utf8')).toBe(text);
    await expect(handlers().saveProject(join(dir, 'evil.txt'), text, NEW)).rejects.toThrow(/only as \.shotline\.json/);
    await expect(handlers().saveProject(join(dir, 's.shotline.json'), '{"format":"x"}', NEW)).rejects.toThrow(/not saved: it is not a Shotline project/);
    const empty = temp();
    await expect(handlers().saveProject(join(empty, 'new.shotline.json'), text, NEW)).rejects.toThrow(/folder of scripts/);
    writeFileSync(join(dir, 'broken.shotline.json'), '{ nope');
    await expect(handlers().saveProject(join(dir, 'broken.shotline.json'), text, { expected: null, force: true })).rejects.toThrow(/will not overwrite/);
    expect(readFileSync(join(dir, 'broken.shotline.json'), 'utf8')).toBe('{ nope');
  });

  it('refuses to save over a project another program changed since the page read it, unless forced', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'ep1.fountain'), 'INT. A - DAY\n');
    const path = join(dir, 's.shotline.json');
    const read = { text: writeProject(defaultProject('Read')) };
    writeFileSync(path, read.text);
    documents.allowOpen(join(dir, 'ep1.fountain'));
    const beside = await handlers().readProjectBeside(join(dir, 'ep1.fountain'));
    const base = { expected: textFingerprint(beside!.text) };
    const theirs = writeProject(defaultProject('Theirs'));
    writeFileSync(path, theirs);
    const mine = writeProject(defaultProject('Mine'));
    await expect(handlers().saveProject(path, mine, base)).rejects.toMatchObject({ code: 'changed-on-disk', message: expect.stringMatching(/^"s\.shotline\.json" was changed by another program/) });
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    await handlers().saveProject(path, mine, { ...base, force: true });
    expect(readFileSync(path, 'utf8')).toBe(mine);
  });

  it('refuses paths that are not beside a document the user opened', async () => {
    const away = foreign();
    writeFileSync(join(away, 'ep1.fountain'), 'INT. A - DAY\n');
    const theirs = writeProject(defaultProject('Theirs'));
    writeFileSync(join(away, 's.shotline.json'), theirs);
    await expect(handlers().readProjectBeside(join(away, 'ep1.fountain'))).rejects.toMatchObject({ code: 'not-allowed', message: expect.stringMatching(/"ep1\.fountain"/) });
    await expect(handlers().saveProject(join(away, 's.shotline.json'), writeProject(defaultProject('Mine')), { expected: null, force: true })).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(handlers().saveProject(join(away, 'new.shotline.json'), writeProject(defaultProject('Mine')), NEW)).rejects.toMatchObject({ code: 'not-allowed' });
    expect(readFileSync(join(away, 's.shotline.json'), 'utf8')).toBe(theirs);
    // One script opened on its own makes its folder's project readable and writable.
    documents.track({ path: join(away, 'ep1.fountain'), encoding: 'utf-8', bom: false, baseline: null, textHash: null });
    expect(await handlers().readProjectBeside(join(away, 'ep1.fountain'))).toMatchObject({ path: join(away, 's.shotline.json') });
    await handlers().saveProject(join(away, 's.shotline.json'), writeProject(defaultProject('Mine')), { expected: textFingerprint(theirs) });
  });

  it('checks the arguments from the page', () => {
    expect(() => breakdownValidators.saveProject(['/a.shotline.json', '{}'])).toThrow(/which text it replaces/);
    expect(breakdownValidators.saveProject(['/a.shotline.json', '{}', { expected: null, force: true }])).toEqual(['/a.shotline.json', '{}', { expected: null, force: true }]);
    expect(() => breakdownValidators.readSampleProject(['fr'])).toThrow(/no bundled sample/);
    expect(() => breakdownValidators.saveProject(['/a.shotline.json', 42])).toThrow(/The project must be text/);
    expect(breakdownValidators.readProjectBeside(['/a/b.fountain'])).toEqual(['/a/b.fountain']);
  });
});
