// Recovery copies, the recent list and series folders, on real files in a temporary folder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import {
  addRecent,
  createRecentStore,
  createRecoveryStore,
  episodeNumberOf,
  listSeriesFolder,
  parseRecent,
  recoveryId,
} from '../../src/node/files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shotline-recovery-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const draft = (path: string | null, text: string) => ({ path, name: path ? path.split('/').pop()! : 'Untitled', text, encoding: 'utf-8', bom: false, baseline: null });

describe('the recovery store', () => {
  it("keeps one copy per document and session, and offers only other sessions' copies", async () => {
    const recovery = join(dir, 'recovery');
    const crashed = createRecoveryStore(recovery, 'aaaaaaaa1');
    await crashed.save(draft('/s/ep01.fountain', 'first'));
    await crashed.save(draft('/s/ep01.fountain', 'second'));
    await crashed.save(draft(null, '第1集\n林晚：你好。'));
    expect((await readdir(recovery)).sort()).toEqual([`${recoveryId('aaaaaaaa1', null)}.json`, `${recoveryId('aaaaaaaa1', '/s/ep01.fountain')}.json`].sort());
    expect(await crashed.listOthers()).toEqual([]);

    const next = createRecoveryStore(recovery, 'bbbbbbbb2');
    const offered = await next.listOthers();
    expect(offered.map((e) => [e.path, e.text])).toEqual(
      expect.arrayContaining([
        ['/s/ep01.fountain', 'second'],
        [null, '第1集\n林晚：你好。'],
      ]),
    );
    expect(offered).toHaveLength(2);
  });

  it('adopts a copy into the new session (written before the old is removed), and discards', async () => {
    const recovery = join(dir, 'recovery');
    await createRecoveryStore(recovery, 'aaaaaaaa1').save(draft('/s/ep02.fountain', 'unsaved words'));
    const next = createRecoveryStore(recovery, 'bbbbbbbb2');
    const [offer] = await next.listOthers();
    const adopted = await next.adopt(offer.id);
    expect(adopted).toMatchObject({ id: recoveryId('bbbbbbbb2', '/s/ep02.fountain'), session: 'bbbbbbbb2', text: 'unsaved words', time: offer.time });
    expect(await next.read(offer.id)).toBeNull();
    expect(await next.listOthers()).toEqual([]);
    await expect(next.adopt(offer.id)).rejects.toThrow(/no longer there/);
    // Still there for a third run if this one crashes too.
    expect(await createRecoveryStore(recovery, 'cccccccc3').listOthers()).toHaveLength(1);

    await next.discard(adopted.id);
    expect(await createRecoveryStore(recovery, 'cccccccc3').listOthers()).toEqual([]);
    await expect(next.discard('../../etc/passwd')).rejects.toThrow(/no recovered work/);
  });

  it('removes a document’s copy on save and all of a session’s copies on a clean close', async () => {
    const recovery = join(dir, 'recovery');
    const other = createRecoveryStore(recovery, 'aaaaaaaa1');
    await other.save(draft('/s/x.fountain', 'from a crash'));
    const store = createRecoveryStore(recovery, 'bbbbbbbb2');
    await store.save(draft('/s/a.fountain', 'a'));
    await store.save(draft(null, 'b'));
    await store.remove('/s/a.fountain');
    expect(await store.read(recoveryId('bbbbbbbb2', '/s/a.fountain'))).toBeNull();
    await store.removeSession();
    expect(await readdir(recovery)).toEqual([`${recoveryId('aaaaaaaa1', '/s/x.fountain')}.json`]);
  });

  it('skips files that are not recovery copies, and leaves them alone', async () => {
    const recovery = join(dir, 'recovery');
    await mkdir(recovery);
    await writeFile(join(recovery, 'aaaaaaaa1-0123456789abcdef.json'), '{broken');
    await writeFile(join(recovery, 'notes.json'), '{}');
    await writeFile(join(recovery, 'aaaaaaaa1-fedcba9876543210.json'), JSON.stringify({ version: 99, text: 'x' }));
    expect(await createRecoveryStore(recovery, 'bbbbbbbb2').listOthers()).toEqual([]);
    expect(await readdir(recovery)).toHaveLength(3);
    expect(await createRecoveryStore(join(dir, 'nowhere'), 'bbbbbbbb2').listOthers()).toEqual([]);
  });

  it('writes plain JSON holding the exact text', async () => {
    const recovery = join(dir, 'recovery');
    const text = '\uFEFF第1集\r\n林晚：“你好”\r\n\r\n';
    const entry = await createRecoveryStore(recovery, 'aaaaaaaa1').save({ ...draft('/s/a.fountain', text), encoding: 'gb18030', bom: false });
    const onDisk = JSON.parse(await readFile(join(recovery, `${entry.id}.json`), 'utf8'));
    expect(onDisk).toMatchObject({ version: 1, path: '/s/a.fountain', text, encoding: 'gb18030' });
  });
});

describe('the recent list', () => {
  it('puts the newest first without duplicates, and keeps at most twelve', () => {
    let list = [] as ReturnType<typeof addRecent>;
    for (let i = 0; i < 14; i++) list = addRecent(list, { path: `/p/${i}`, kind: 'file', time: String(i) });
    list = addRecent(list, { path: '/p/5', kind: 'file', time: 'x' });
    expect(list.map((x) => x.path)).toEqual(['/p/5', '/p/13', '/p/12', '/p/11', '/p/10', '/p/9', '/p/8', '/p/7', '/p/6', '/p/4', '/p/3', '/p/2']);
    expect(parseRecent({ items: [{ path: '/a', kind: 'file' }, { path: '/a', kind: 'file' }, { path: 3 }, { path: '/b', kind: 'disk' }, null] })).toEqual([
      { path: '/a', kind: 'file', time: new Date(0).toISOString() },
    ]);
    expect(parseRecent('nonsense')).toEqual([]);
  });

  it('persists in its JSON file and prunes files and folders that are gone', async () => {
    const a = join(dir, 'a.fountain');
    const series = join(dir, 'series');
    await writeFile(a, 'x');
    await mkdir(series);
    const file = join(dir, 'data', 'recent.json');
    const store = createRecentStore(file);
    await store.add(join(dir, 'gone.fountain'), 'file');
    await store.add(series, 'folder');
    await store.add(a, 'file');
    await store.add(a, 'folder'); // a file is no folder
    expect(JSON.parse(await readFile(file, 'utf8')).items.map((x: { path: string }) => x.path)).toEqual([a, series, join(dir, 'gone.fountain')]);

    const again = createRecentStore(file);
    expect((await again.list()).map((x) => [x.path, x.kind])).toEqual([[series, 'folder']]);
    expect(JSON.parse(await readFile(file, 'utf8')).items).toHaveLength(1);
    expect(await again.has(series, 'folder')).toBe(true);
    expect(await again.has(series, 'file')).toBe(false);
    await again.clear();
    expect(await createRecentStore(file).list()).toEqual([]);
  });

  it('starts empty when its file is broken', async () => {
    const file = join(dir, 'recent.json');
    await writeFile(file, 'not json');
    expect(await createRecentStore(file).list()).toEqual([]);
  });
});

describe('series folders', () => {
  it('reads episode numbers from file names', () => {
    expect(episodeNumberOf('ep03.fountain')).toBe(3);
    expect(episodeNumberOf('Episode 12 - Hook.fountain')).toBe(12);
    expect(episodeNumberOf('S01E04.fountain')).toBe(4);
    expect(episodeNumberOf('第3集.fountain')).toBe(3);
    expect(episodeNumberOf('夜市千金 第二十一集.fountain')).toBe(21);
    expect(episodeNumberOf('10 - finale.fountain')).toBe(10);
    expect(episodeNumberOf('notes.fountain')).toBeNull();
  });

  it('lists the .fountain files in episode order and reads the project file', async () => {
    const series = join(dir, '夜市千金');
    await mkdir(series);
    for (const name of ['ep10.fountain', 'ep2.fountain', 'ep1.fountain', '第三集.fountain', 'notes.fountain', 'cover.png', '.ep1.fountain.swp', 'README.txt']) {
      await writeFile(join(series, name), 'x');
    }
    await mkdir(join(series, 'old.fountain'));
    await writeFile(join(series, 'night-market.shotline.json'), '{"format": "shotline-project"}\n');
    const listing = await listSeriesFolder(series);
    expect(listing.name).toBe('夜市千金');
    expect(listing.episodes.map((e) => [e.name, e.episode])).toEqual([
      ['ep1.fountain', 1],
      ['ep2.fountain', 2],
      ['第三集.fountain', 3],
      ['ep10.fountain', 10],
      ['notes.fountain', null],
    ]);
    expect(listing.episodes[0].path).toBe(join(series, 'ep1.fountain'));
    expect(listing.project).toEqual({ path: join(series, 'night-market.shotline.json'), name: 'night-market.shotline.json', text: '{"format": "shotline-project"}\n' });
    expect(listing.problems).toEqual([]);
  });

  it('reports an unreadable project file as a problem, and a missing folder as an error', async () => {
    const series = join(dir, 's');
    await mkdir(series);
    await writeFile(join(series, 'a.shotline.json'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 0, 1]));
    await writeFile(join(series, 'b.shotline.json'), '{}');
    await writeFile(join(series, 'ep1.fountain'), iconv.encode('第1集', 'gb18030'));
    const listing = await listSeriesFolder(series);
    expect(listing.project).toBeNull();
    expect(listing.problems).toEqual([
      'The folder holds 2 project files (a.shotline.json, b.shotline.json); Shotline uses "a.shotline.json".',
      expect.stringMatching(/a\.shotline\.json.*PDF/),
    ]);
    expect(listing.episodes).toHaveLength(1);
    await expect(listSeriesFolder(join(dir, 'missing'))).rejects.toThrow('Cannot open the folder "missing": there is no such folder.');
  });
});
