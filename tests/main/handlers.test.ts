// The file handlers with real files in a temporary folder: open, save (only to paths the user chose, never
// over another program's change unless told to), save as, open by path, series folders, recent files.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, session, tempDir } from './support';

let tmp: ReturnType<typeof tempDir>;
let dir: string;
let data: string;
beforeEach(() => {
  tmp = tempDir('shotline-handlers-');
  dir = tmp.dir;
  data = join(dir, 'userData');
});
afterEach(() => tmp.remove());

function file(name: string, bytes: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('open and save', () => {
  it('open: null when the dialog is cancelled', async () => {
    expect(await session(data).openFile()).toBeNull();
  });

  it('open then save without edits gives back the same bytes (CRLF, BOM)', async () => {
    const bytes = Buffer.from('\uFEFFINT. A - DAY\r\n\r\nAction.\r\n', 'utf8');
    const path = file('crlf.fountain', bytes);
    const s = session(data, { choices: { open: path } });
    const opened = await s.openFile();
    expect(opened).toEqual({ path, name: 'crlf.fountain', text: 'INT. A - DAY\r\n\r\nAction.\r\n', encoding: 'utf-8', bom: true, eol: 'CRLF' });
    await s.saveFile(path, opened!.text);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    // The renderer may hand the text back with its byte-order mark in front: the same bytes again.
    await s.saveFile(path, `\uFEFF${opened!.text}`);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('keeps a Latin-1 file in its encoding when saving', async () => {
    const path = file('latin1.fountain', Buffer.from('CAF\xc9 - NIGHT\n', 'latin1'));
    const s = session(data, { choices: { open: path } });
    const opened = await s.openFile();
    expect(opened?.text).toBe('CAFÉ - NIGHT\n');
    const saved = await s.saveFile(path, 'CAFÉ - DAY\n');
    expect(saved.encoding).toBe(opened!.encoding);
    expect(readFileSync(path, 'latin1')).toBe('CAFÉ - DAY\n');
  });

  it('refuses to save to a path the user did not choose, and writes nothing', async () => {
    const target = join(dir, 'not-chosen.fountain');
    await expect(session(data).saveFile(target, 'text')).rejects.toMatchObject({
      code: 'not-opened',
      params: { name: 'not-chosen.fountain' },
      message: expect.stringMatching(/saves only to files opened or chosen with "Save As"/),
    });
    expect(existsSync(target)).toBe(false);
  });

  it('save as writes UTF-8 to the chosen file, which later saves may use', async () => {
    const path = join(dir, 'new.fountain');
    const s = session(data, { choices: { save: path } });
    expect(await s.saveFileAs('第1集\n林晚：你好。\n')).toEqual({ path, name: 'new.fountain', encoding: 'utf-8' });
    expect(readFileSync(path, 'utf8')).toBe('第1集\n林晚：你好。\n');
    await s.saveFile(path, '第1集\n');
    expect(readFileSync(path, 'utf8')).toBe('第1集\n');
    expect(await session(data).saveFileAs('x')).toBeNull();
  });

  it('passes on the file adapter’s message for a file that is not a script', async () => {
    const path = file('binary.fountain', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0]));
    await expect(session(data, { choices: { open: path } }).openFile()).rejects.toThrow(/binary\.fountain/);
  });

  it('reads the bundled samples', async () => {
    const s = session(data);
    const en = await s.readSample('en');
    expect(en.text).toBe(readFileSync(join(ROOT, 'resources', 'sample', 'en', 'ep01.fountain'), 'utf8'));
    expect((await s.readSample('zh')).text).toContain('第1集');
    await expect(session(data, { resourcesDir: join(dir, 'nowhere') }).readSample('en')).rejects.toThrow(/bundled en sample episode is missing/);
  });
});

describe('a file changed by another program', () => {
  it('is never overwritten silently: the save is refused, reported, and the other version kept', async () => {
    const path = file('ep01.fountain', 'INT. A - DAY\n');
    const s = session(data, { choices: { open: path } });
    await s.openFile();
    writeFileSync(path, 'INT. A - DAY\n\nTheir line.\n');
    await expect(s.saveFile(path, 'INT. A - DAY\n\nMy line.\n')).rejects.toMatchObject({
      // The code and the name let the page say it in the UI's language.
      code: 'changed-on-disk',
      params: { name: 'ep01.fountain' },
      message:
        '"ep01.fountain" was changed by another program since Shotline opened or last saved it. Nothing was saved: reload it to see the other version, or save again and choose to overwrite it.',
    });
    expect(readFileSync(path, 'utf8')).toBe('INT. A - DAY\n\nTheir line.\n');
    expect(s.changes).toEqual([{ path, name: 'ep01.fountain', state: 'changed' }]);

    // The user chose to overwrite.
    await s.saveFile(path, 'INT. A - DAY\n\nMy line.\n', { force: true });
    expect(readFileSync(path, 'utf8')).toBe('INT. A - DAY\n\nMy line.\n');
    // And from then on saves go through again.
    await s.saveFile(path, 'INT. A - DAY\n\nMy second line.\n');
    expect(readFileSync(path, 'utf8')).toBe('INT. A - DAY\n\nMy second line.\n');
  });

  it('sees an atomic save by another program (a new file renamed over it)', async () => {
    const path = file('ep02.fountain', 'one\n');
    const s = session(data, { choices: { open: path } });
    await s.openFile();
    renameSync(file('.ep02.fountain.swp', 'two\n'), path);
    await expect(s.saveFile(path, 'mine\n')).rejects.toThrow(/changed by another program/);
    expect(readFileSync(path, 'utf8')).toBe('two\n');
  });

  it('lets the save through after a reload, after a same-content rewrite, and over a deleted file', async () => {
    const path = file('ep03.fountain', 'one\n');
    const s = session(data, { choices: { open: path } });
    await s.openFile();
    writeFileSync(path, 'two\n');
    expect((await s.openPath(path)).text).toBe('two\n'); // reload
    await s.saveFile(path, 'three\n');
    writeFileSync(path, 'three\n'); // touched by a sync tool, same bytes
    await s.saveFile(path, 'four\n');
    expect(readFileSync(path, 'utf8')).toBe('four\n');
    unlinkSync(path);
    await s.saveFile(path, 'five\n');
    expect(readFileSync(path, 'utf8')).toBe('five\n');
    expect(s.changes).toEqual([]);
  });
});

describe('opening by path, series folders and the recent list', () => {
  it('opens by path only files from a dialog, the recent list or an open folder', async () => {
    const a = file('a.fountain', 'A\n');
    const b = file('b.fountain', 'B\n');
    const s = session(data, { choices: { open: a } });
    await expect(s.openPath(a)).rejects.toThrow('Shotline opens only files you chose, from the recent list or an open series folder; use Open… for "a.fountain".');
    await s.openFile();
    expect((await s.openPath(a)).text).toBe('A\n');
    await expect(s.openPath(b)).rejects.toThrow(/use Open… for "b\.fountain"/);
    // A new run may open what the recent list holds.
    const next = session(data, { session: 'bbbbbbbb2' });
    expect((await next.openPath(a)).text).toBe('A\n');
    await expect(next.openPath(b)).rejects.toThrow(/Open…/);
  });

  it('lists recent files and folders newest first and prunes what is gone', async () => {
    const a = file('a.fountain', 'A\n');
    const series = join(dir, 'series');
    mkdirSync(series);
    const s = session(data, { choices: { open: a, folder: series, save: join(dir, 'new.fountain') } });
    await s.openFile();
    await s.openFolder();
    await s.saveFileAs('NEW\n');
    expect((await s.listRecent()).map((r) => [r.name, r.kind])).toEqual([
      ['new.fountain', 'file'],
      ['series', 'folder'],
      ['a.fountain', 'file'],
    ]);
    rmSync(a);
    expect((await s.listRecent()).map((r) => r.name)).toEqual(['new.fountain', 'series']);
    await s.clearRecent();
    expect(await session(data).listRecent()).toEqual([]);
  });

  it('saves without touching the recent list when asked (a replace in the whole series)', async () => {
    const series = join(dir, 'quiet');
    mkdirSync(series);
    const ep = join(series, 'ep1.fountain');
    writeFileSync(ep, 'A\n');
    const s = session(data, { choices: { folder: series } });
    await s.openFolder();
    await s.openPath(ep, { recent: false });
    await s.saveFile(ep, 'B\n', { recent: false });
    expect(readFileSync(ep, 'utf8')).toBe('B\n');
    expect((await s.listRecent()).map((r) => r.name)).toEqual(['quiet']);
    await s.saveFile(ep, 'C\n');
    expect((await s.listRecent()).map((r) => r.name)).toEqual(['ep1.fountain', 'quiet']);
  });

  it('opens a series folder: episodes in order, the project file, each episode openable', async () => {
    const series = join(dir, '夜市千金');
    mkdirSync(series);
    for (const [name, text] of [['ep10.fountain', '第10集\n'], ['ep2.fountain', '第2集\n'], ['ep1.fountain', '第1集\n'], ['night.shotline.json', '{}\n']]) {
      writeFileSync(join(series, name), text);
    }
    const s = session(data, { choices: { folder: series } });
    const folder = await s.openFolder();
    expect(folder).toEqual({
      path: series,
      name: '夜市千金',
      episodes: [
        { path: join(series, 'ep1.fountain'), name: 'ep1.fountain', episode: 1 },
        { path: join(series, 'ep2.fountain'), name: 'ep2.fountain', episode: 2 },
        { path: join(series, 'ep10.fountain'), name: 'ep10.fountain', episode: 10 },
      ],
      project: { path: join(series, 'night.shotline.json'), name: 'night.shotline.json', text: '{}\n' },
      problems: [],
    });
    expect((await s.openPath(join(series, 'ep10.fountain'))).text).toBe('第10集\n');
    await expect(s.openPath(join(series, 'night.shotline.json'))).rejects.toThrow(/Open…/);
    expect(await session(data).openFolder()).toBeNull();
    // A recent folder opens by path in a later run; another folder does not.
    const next = session(data, { session: 'bbbbbbbb2' });
    expect((await next.openFolder(series))?.episodes).toHaveLength(3);
    await expect(next.openFolder(dir)).rejects.toThrow(/use Open Series Folder… for/);
  });
});
