// Autosave and recovery through the handlers, on real files: a session that is killed leaves its unsaved
// work behind, the next session offers it, restores it and saves it where it belongs.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session, tempDir } from './support';

let tmp: ReturnType<typeof tempDir>;
let dir: string;
let data: string;
beforeEach(() => {
  tmp = tempDir('shotline-recovery-');
  dir = tmp.dir;
  data = join(dir, 'userData');
});
afterEach(() => tmp.remove());

const recoveryFiles = () => {
  try {
    return readdirSync(join(data, 'recovery')).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
};

describe('autosave', () => {
  it('keeps a copy of unsaved work and removes it when the work is saved', async () => {
    const path = join(dir, 'ep01.fountain');
    writeFileSync(path, 'INT. A - DAY\n');
    const s = session(data, { choices: { open: path } });
    await s.openFile();
    const result = await s.autosave('INT. A - DAY\n\nNew words.\n', path);
    expect(result.cleared).toBe(false);
    expect(result.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(recoveryFiles()).toHaveLength(1);
    await s.saveFile(path, 'INT. A - DAY\n\nNew words.\n');
    expect(recoveryFiles()).toEqual([]);
  });

  it('keeps no copy of text equal to what is on disk, nor of an empty untitled script', async () => {
    const path = join(dir, 'ep01.fountain');
    writeFileSync(path, '\uFEFFINT. A - DAY\r\n');
    const s = session(data, { choices: { open: path } });
    await s.openFile();
    await s.autosave('INT. A - DAY\r\nmore', path);
    expect(await s.autosave('\uFEFFINT. A - DAY\r\n', path)).toEqual({ time: null, cleared: true });
    expect(await s.autosave('  \n', null)).toEqual({ time: null, cleared: true });
    expect(recoveryFiles()).toEqual([]);
  });

  it('refuses a path this session did not open', async () => {
    await expect(session(data).autosave('text', join(dir, 'other.fountain'))).rejects.toThrow(/only of files open in this session/);
    expect(recoveryFiles()).toEqual([]);
  });
});

describe('after a crash', () => {
  it('offers the unsaved work of the run that died, restores it, and saving puts it in the file', async () => {
    const path = join(dir, 'ep02.fountain');
    writeFileSync(path, '第2集\r\n');
    const crashed = session(data, { choices: { open: path }, session: 'aaaaaaaa1' });
    await crashed.openFile();
    await crashed.autosave('第2集\r\n2-1 日 内 客厅\r\n林晚：三年了。', path);
    await crashed.autosave('INT. UNTITLED - NIGHT\n\nA draft never saved.', null);
    // The process is killed here: no save, no clean close.

    const next = session(data, { session: 'bbbbbbbb2' });
    const offers = await next.listRecoveries();
    expect(offers.map((o) => [o.path, o.name, o.preview])).toEqual(
      expect.arrayContaining([
        [path, 'ep02.fountain', '第2集'],
        [null, 'Untitled', 'INT. UNTITLED - NIGHT'],
      ]),
    );
    expect(offers).toHaveLength(2);

    const offer = offers.find((o) => o.path === path)!;
    const restored = await next.restoreRecovery(offer.id);
    expect(restored).toMatchObject({ path, text: '第2集\r\n2-1 日 内 客厅\r\n林晚：三年了。', encoding: 'utf-8', bom: false, eol: 'CRLF' });
    expect(restored.length).toBe(restored.text.length);
    // Saving goes to the file without a dialog, and the copy goes away.
    await next.saveFile(path, restored.text);
    expect(readFileSync(path, 'utf8')).toBe('第2集\r\n2-1 日 内 客厅\r\n林晚：三年了。');
    const left = await session(data, { session: 'cccccccc3' }).listRecoveries();
    expect(left.map((o) => o.path)).toEqual([null]);

    await next.discardRecovery(left[0].id);
    expect(await session(data, { session: 'cccccccc3' }).listRecoveries()).toEqual([]);
  });

  it('does not let a restored copy overwrite a file another program changed since', async () => {
    const path = join(dir, 'ep03.fountain');
    writeFileSync(path, 'one\n');
    const crashed = session(data, { choices: { open: path }, session: 'aaaaaaaa1' });
    await crashed.openFile();
    await crashed.autosave('one\nmine\n', path);
    writeFileSync(path, 'one\ntheirs\n');

    const next = session(data, { session: 'bbbbbbbb2' });
    const [offer] = await next.listRecoveries();
    const restored = await next.restoreRecovery(offer.id);
    await expect(next.saveFile(path, restored.text)).rejects.toThrow(/changed by another program/);
    expect(readFileSync(path, 'utf8')).toBe('one\ntheirs\n');
    await next.saveFile(path, restored.text, { force: true });
    expect(readFileSync(path, 'utf8')).toBe('one\nmine\n');
  });

  it('drops copies that hold nothing the file does not (saved after all)', async () => {
    const path = join(dir, 'ep04.fountain');
    writeFileSync(path, 'one\n');
    const crashed = session(data, { choices: { open: path }, session: 'aaaaaaaa1' });
    await crashed.openFile();
    await crashed.autosave('one\ntwo\n', path);
    writeFileSync(path, 'one\ntwo\n');
    expect(await session(data, { session: 'bbbbbbbb2' }).listRecoveries()).toEqual([]);
    expect(recoveryFiles()).toEqual([]);
  });

  it('keeps the copy until it is saved, so a second crash loses nothing either', async () => {
    const crashed = session(data, { session: 'aaaaaaaa1' });
    await crashed.autosave('Untitled words', null);
    const second = session(data, { session: 'bbbbbbbb2' });
    const [offer] = await second.listRecoveries();
    await second.restoreRecovery(offer.id);
    // Killed again before saving.
    const third = session(data, { session: 'cccccccc3' });
    const offers = await third.listRecoveries();
    expect(offers.map((o) => o.preview)).toEqual(['Untitled words']);
  });
});
