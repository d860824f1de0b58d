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
import { createDocumentRegistry } from '../../src/main/documents';

const NEW = { expected: null };

const ROOT = join(__dirname, '../..');
const LIST = '{"format": "shotline-shots", "version": 1, "script": "ep01.fountain", "scenes": []}';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'shotline-shots-main-'));
  writeFileSync(join(dir, 'ep01.fountain'), 'INT. A - DAY\n');
  // The user opened the folder: its scripts (those there and those not yet saved) may have shot lists.
  const documents = createDocumentRegistry();
  documents.allowOpen(dir);
  for (const name of ['ep01.fountain', 'ep09.fountain', 'notes.json']) documents.allowOpen(join(dir, name));
  return { dir, documents, handlers: createShotsHandlers(shotsDeps(join(ROOT, 'resources'), documents)) };
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

  it('refuse scripts the user did not open: a page cannot read or write shot lists anywhere', async () => {
    const { dir, handlers } = setup();
    const foreign = mkdtempSync(join(tmpdir(), 'shotline-foreign-'));
    writeFileSync(join(foreign, 'victim.fountain'), 'INT. B - DAY\n');
    writeFileSync(join(foreign, 'victim.shots.json'), LIST);
    for (const call of [() => handlers.readShotsBeside(join(foreign, 'victim.fountain')), () => handlers.saveShots(join(foreign, 'victim.fountain'), LIST, { expected: null, force: true })]) {
      await expect(call()).rejects.toMatchObject({ code: 'not-allowed', message: expect.stringMatching(/only beside scripts you opened.*"victim\.fountain"/) });
    }
    expect(readFileSync(join(foreign, 'victim.shots.json'), 'utf8')).toBe(LIST);
    // A path that only looks like one of the folder's scripts is refused too.
    await expect(handlers.readShotsBeside(join(dir, '..', 'elsewhere', 'ep01.fountain'))).rejects.toMatchObject({ code: 'not-allowed' });
  });

  it('allow a script opened on its own, or saved with Save As', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotline-shots-main-'));
    writeFileSync(join(dir, 'alone.fountain'), 'INT. A - DAY\n');
    const documents = createDocumentRegistry();
    const handlers = createShotsHandlers(shotsDeps(join(ROOT, 'resources'), documents));
    await expect(handlers.readShotsBeside(join(dir, 'alone.fountain'))).rejects.toMatchObject({ code: 'not-allowed' });
    documents.track({ path: join(dir, 'alone.fountain'), encoding: 'utf-8', bom: false, baseline: null, textHash: null });
    expect(await handlers.readShotsBeside(join(dir, 'alone.fountain'))).toBeNull();
    expect((await handlers.saveShots(join(dir, 'alone.fountain'), LIST, NEW)).path).toBe(join(dir, 'alone.shots.json'));
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
