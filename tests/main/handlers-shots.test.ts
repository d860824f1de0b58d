// The shot-list handlers: read beside a script or from the sample, save only checked lists beside scripts
// that exist, and never over a file that could not be read (real files in a temporary folder).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createShotsHandlers, shotsDeps, shotsValidators } from '../../src/main/handlers-shots';

const ROOT = join(__dirname, '../..');
const LIST = '{"format": "shotline-shots", "version": 1, "script": "ep01.fountain", "scenes": []}';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'shotline-shots-main-'));
  writeFileSync(join(dir, 'ep01.fountain'), 'INT. A - DAY\n');
  return { dir, handlers: createShotsHandlers(shotsDeps(join(ROOT, 'resources'))) };
}

describe('shot-list handlers', () => {
  it('read nothing beside a script without a shot list, then what was saved', async () => {
    const { dir, handlers } = setup();
    expect(await handlers.readShotsBeside(join(dir, 'ep01.fountain'))).toBeNull();
    expect(await handlers.saveShots(join(dir, 'ep01.fountain'), LIST)).toBe(join(dir, 'ep01.shots.json'));
    const read = await handlers.readShotsBeside(join(dir, 'ep01.fountain'));
    expect(read).toMatchObject({ path: join(dir, 'ep01.shots.json'), readOnly: false });
    expect(JSON.parse(read!.text).format).toBe('shotline-shots');
  });

  it("read the sample's shot list as read-only", async () => {
    const { handlers } = setup();
    const zh = await handlers.readSampleShots('zh');
    expect(zh).toMatchObject({ path: null, readOnly: true });
    expect(zh!.text).toContain('建立镜头：福安夜市');
  });

  it('refuse text that is no shot list, scripts that are not there, and files they cannot read', async () => {
    const { dir, handlers } = setup();
    await expect(handlers.saveShots(join(dir, 'ep01.fountain'), '{"format": "other"}')).rejects.toThrow(/not saved: .*not a shot list/);
    await expect(handlers.saveShots(join(dir, 'ep09.fountain'), LIST)).rejects.toThrow(/not on disk/);
    await expect(handlers.saveShots(join(dir, 'notes.json'), LIST)).rejects.toThrow(/beside scripts/);
    writeFileSync(join(dir, 'ep01.shots.json'), '{ broken');
    await expect(handlers.readShotsBeside(join(dir, 'ep01.fountain'))).rejects.toThrow(/ep01\.shots\.json could not be read: it is not valid JSON/);
    await expect(handlers.saveShots(join(dir, 'ep01.fountain'), LIST)).rejects.toThrow(/will not replace it/);
    expect(readFileSync(join(dir, 'ep01.shots.json'), 'utf8')).toBe('{ broken');
  });

  it('check their arguments', () => {
    expect(() => shotsValidators.readSampleShots(['fr'])).toThrow(/no bundled sample/);
    expect(() => shotsValidators.saveShots(['/a/ep01.fountain', 42])).toThrow(/must be text/);
    expect(shotsValidators.saveShots(['/a/ep01.fountain', LIST])).toEqual(['/a/ep01.fountain', LIST]);
  });
});
