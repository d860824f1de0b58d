// The breakdown's handlers on real folders: the sample's project, the project beside a script, and saves
// that never overwrite a file Shotline cannot read nor create project files outside folders of scripts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakdownDeps, breakdownValidators, createBreakdownHandlers } from '../../src/main/handlers-breakdown';
import { defaultProject, writeProject } from '../../src/core/breakdown/project';

const ROOT = join(import.meta.dirname, '..', '..');
const handlers = () => createBreakdownHandlers(breakdownDeps(join(ROOT, 'resources')));
const temp = () => mkdtempSync(join(tmpdir(), 'shotline-bdh-'));

describe('breakdown handlers', () => {
  it('reads the bundled sample project, read-only', async () => {
    const p = await handlers().readSampleProject('zh');
    expect(p).toMatchObject({ path: null, readOnly: true });
    expect(JSON.parse(p.text).title).toBe('夜市千金');
  });

  it('reads the project beside a script, or says there is none', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'ep1.fountain'), 'INT. A - DAY\n');
    expect(await handlers().readProjectBeside(join(dir, 'ep1.fountain'))).toBeNull();
    writeFileSync(join(dir, 's.shotline.json'), writeProject(defaultProject('S')));
    expect(await handlers().readProjectBeside(join(dir, 'ep1.fountain'))).toMatchObject({ path: join(dir, 's.shotline.json'), readOnly: false });
  });

  it('saves a valid project beside scripts, and refuses everything else', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'ep1.fountain'), 'INT. A - DAY\n');
    const text = writeProject(defaultProject('S'));
    await handlers().saveProject(join(dir, 's.shotline.json'), text);
    expect(readFileSync(join(dir, 's.shotline.json'), 'utf8')).toBe(text);
    await expect(handlers().saveProject(join(dir, 'evil.txt'), text)).rejects.toThrow(/only as \.shotline\.json/);
    await expect(handlers().saveProject(join(dir, 's.shotline.json'), '{"format":"x"}')).rejects.toThrow(/not saved: it is not a Shotline project/);
    const empty = temp();
    await expect(handlers().saveProject(join(empty, 'new.shotline.json'), text)).rejects.toThrow(/folder of scripts/);
    writeFileSync(join(dir, 'broken.shotline.json'), '{ nope');
    await expect(handlers().saveProject(join(dir, 'broken.shotline.json'), text)).rejects.toThrow(/will not overwrite/);
    expect(readFileSync(join(dir, 'broken.shotline.json'), 'utf8')).toBe('{ nope');
  });

  it('checks the arguments from the page', () => {
    expect(() => breakdownValidators.readSampleProject(['fr'])).toThrow(/no bundled sample/);
    expect(() => breakdownValidators.saveProject(['/a.shotline.json', 42])).toThrow(/The project must be text/);
    expect(breakdownValidators.readProjectBeside(['/a/b.fountain'])).toEqual(['/a/b.fountain']);
  });
});
