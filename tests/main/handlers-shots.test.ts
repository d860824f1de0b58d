// The shot-list handlers: read beside a script or from the sample, save only checked lists beside scripts
// that exist, and never over a file that could not be read (real files in a temporary folder).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createShotsHandlers, shotsDeps, shotsValidators } from '../../src/main/handlers-shots';
import { dispatch } from '../../src/main/ipc';
import type { Handlers } from '../../src/main/ipc';
import { textFingerprint } from '../../src/core/hash';

const NEW = { expected: null };

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
    expect(await handlers.saveShots(join(dir, 'ep01.fountain'), LIST, NEW)).toEqual({ path: join(dir, 'ep01.shots.json'), hash: textFingerprint(LIST) });
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
    await expect(handlers.saveShots(join(dir, 'ep01.fountain'), '{"format": "other"}', NEW)).rejects.toThrow(/not saved: .*not a shot list/);
    await expect(handlers.saveShots(join(dir, 'ep09.fountain'), LIST, NEW)).rejects.toThrow(/not on disk/);
    await expect(handlers.saveShots(join(dir, 'notes.json'), LIST, NEW)).rejects.toThrow(/beside scripts/);
    writeFileSync(join(dir, 'ep01.shots.json'), '{ broken');
    await expect(handlers.readShotsBeside(join(dir, 'ep01.fountain'))).rejects.toThrow(/ep01\.shots\.json could not be read: it is not valid JSON/);
    await expect(handlers.saveShots(join(dir, 'ep01.fountain'), LIST, { expected: null, force: true })).rejects.toThrow(/will not replace it/);
    expect(readFileSync(join(dir, 'ep01.shots.json'), 'utf8')).toBe('{ broken');
  });

  it('refuse to save over a shot list another program changed since the page read it, unless forced', async () => {
    const { dir, handlers } = setup();
    const script = join(dir, 'ep01.fountain');
    const first = await handlers.saveShots(script, LIST, NEW);
    const read = await handlers.readShotsBeside(script);
    expect(textFingerprint(read!.text)).toBe(first.hash);
    const theirs = LIST.replace('"scenes": []', '"scenes": [], "by": "another program"');
    writeFileSync(join(dir, 'ep01.shots.json'), theirs);
    const mine = LIST.replace('"scenes": []', '"scenes": [], "by": "me"');
    await expect(handlers.saveShots(script, mine, { expected: first.hash })).rejects.toMatchObject({ code: 'changed-on-disk', message: expect.stringMatching(/changed by another program/) });
    expect(readFileSync(join(dir, 'ep01.shots.json'), 'utf8')).toBe(theirs);
    // Across IPC the refusal keeps its code, for the page to offer a reload.
    const reply = await dispatch('saveShots', handlers as unknown as Handlers, { senderFrame: { url: 'app://page', parent: null } }, [script, mine, { expected: first.hash }], () => true);
    expect(reply).toMatchObject({ ok: false, code: 'changed-on-disk', params: { name: 'ep01.shots.json' } });
    // Reloaded (based on their text), or forced: saved.
    expect((await handlers.saveShots(script, mine, { expected: textFingerprint(theirs) })).hash).toBe(textFingerprint(mine));
    writeFileSync(join(dir, 'ep01.shots.json'), theirs);
    await handlers.saveShots(script, mine, { expected: first.hash, force: true });
    expect(readFileSync(join(dir, 'ep01.shots.json'), 'utf8')).toBe(mine);
  });

  it('check their arguments', () => {
    expect(() => shotsValidators.readSampleShots(['fr'])).toThrow(/no bundled sample/);
    expect(() => shotsValidators.saveShots(['/a/ep01.fountain', 42])).toThrow(/must be text/);
    expect(shotsValidators.saveShots(['/a/ep01.fountain', LIST, NEW])).toEqual(['/a/ep01.fountain', LIST, NEW]);
    expect(() => shotsValidators.saveShots(['/a/ep01.fountain', LIST])).toThrow(/which text it replaces/);
    expect(() => shotsValidators.saveShots(['/a/ep01.fountain', LIST, { expected: 'abc' }])).toThrow(/fingerprint/);
    expect(() => shotsValidators.saveShots(['/a/ep01.fountain', LIST, { expected: null, force: 'yes' }])).toThrow(/force/);
  });
});
