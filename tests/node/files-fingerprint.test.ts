// Fingerprints and the watcher: another program's change is seen (in place, by atomic rename, by deletion),
// a rewrite with the same bytes is not, and each change is reported once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rename, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDisk, createFileWatcher, fingerprintFile, type DiskState, type Fingerprint } from '../../src/node/files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shotline-watch-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('checkDisk', () => {
  it('sees no change when nothing happened, or when the same bytes were written again', async () => {
    const path = await file('a.fountain', 'INT. A - DAY\n');
    const base = (await fingerprintFile(path))!;
    expect(await checkDisk(path, base)).toEqual({ state: 'unchanged', now: base });
    await writeFile(path, 'INT. A - DAY\n');
    await utimes(path, new Date(2001, 1, 1), new Date(2001, 1, 1));
    const again = await checkDisk(path, base);
    expect(again.state).toBe('unchanged');
    expect(again.now?.hash).toBe(base.hash);
    expect(again.now?.stamp).not.toEqual(base.stamp);
  });

  it('sees an edit in place, an atomic replace, and a deletion', async () => {
    const path = await file('a.fountain', 'INT. A - DAY\n');
    const base = (await fingerprintFile(path))!;
    await writeFile(path, 'INT. A - NIGHT\n');
    expect((await checkDisk(path, base)).state).toBe('changed');

    await writeFile(path, 'INT. A - DAY\n');
    const base2 = (await fingerprintFile(path))!;
    const temp = await file('.a.fountain.tmp', 'EXT. B - DAY\n');
    await rename(temp, path);
    expect((await checkDisk(path, base2)).state).toBe('changed');

    await unlink(path);
    expect(await checkDisk(path, base2)).toEqual({ state: 'deleted', now: null });
  });

  it('does not trust a same-size edit whose stamp moved: it hashes', async () => {
    const path = await file('a.fountain', 'AAAA\n');
    const base = (await fingerprintFile(path))!;
    await writeFile(path, 'BBBB\n');
    await utimes(path, new Date(base.stamp!.mtimeMs), new Date(base.stamp!.mtimeMs));
    // Same size, same mtime; the ctime moved with the write, so the bytes are compared.
    expect((await checkDisk(path, base)).state).toBe('changed');
  });
});

function harness(paths: string[], baselines: Map<string, Fingerprint>) {
  const reports: [string, DiskState][] = [];
  const busy = new Set<string>();
  const watcher = createFileWatcher({
    paths: () => paths,
    baselineOf: (p) => baselines.get(p) ?? null,
    refresh: (p, f) => baselines.set(p, f),
    isBusy: (p) => busy.has(p),
    report: (p, s) => reports.push([p, s]),
    intervalMs: 0,
    watchFolder: null,
  });
  return { reports, busy, watcher };
}

describe('the file watcher', () => {
  it('reports a change once per content, a return to the known content, and nothing while Shotline saves', async () => {
    const path = await file('ep01.fountain', 'one\n');
    const baselines = new Map([[path, (await fingerprintFile(path))!]]);
    const { reports, busy, watcher } = harness([path], baselines);

    await watcher.checkNow();
    expect(reports).toEqual([]);
    await writeFile(path, 'two\n');
    await watcher.checkNow();
    await watcher.checkNow();
    expect(reports).toEqual([[path, 'changed']]);
    await writeFile(path, 'three\n');
    await watcher.checkNow();
    expect(reports).toEqual([[path, 'changed'], [path, 'changed']]);
    await writeFile(path, 'one\n');
    await watcher.checkNow();
    expect(reports.at(-1)).toEqual([path, 'unchanged']);

    // Shotline's own save: busy while writing, then a new baseline; no report.
    busy.add(path);
    await writeFile(path, 'saved by Shotline\n');
    await watcher.checkNow();
    baselines.set(path, (await fingerprintFile(path))!);
    busy.delete(path);
    await watcher.checkNow();
    expect(reports).toHaveLength(3);
    watcher.close();
  });

  it('reports a deletion only when the file is still missing at the next check', async () => {
    const path = await file('ep02.fountain', 'one\n');
    const baselines = new Map([[path, (await fingerprintFile(path))!]]);
    const { reports, watcher } = harness([path], baselines);
    await unlink(path);
    await watcher.checkNow();
    expect(reports).toEqual([]);
    await writeFile(path, 'one\n'); // a program that deletes, then writes the same file
    await watcher.checkNow();
    expect(reports).toEqual([]);
    await unlink(path);
    await watcher.checkNow();
    await watcher.checkNow();
    await watcher.checkNow();
    expect(reports).toEqual([[path, 'deleted']]);
    await writeFile(path, 'other\n');
    await watcher.checkNow();
    expect(reports).toEqual([[path, 'deleted'], [path, 'changed']]);
    watcher.close();
  });

  it('notices an atomic save by another program through the folder watch', async () => {
    const path = await file('ep03.fountain', 'one\n');
    const baselines = new Map([[path, (await fingerprintFile(path))!]]);
    const reports: DiskState[] = [];
    const watcher = createFileWatcher({
      paths: () => [path],
      baselineOf: (p) => baselines.get(p) ?? null,
      refresh: (p, f) => baselines.set(p, f),
      report: (_p, s) => reports.push(s),
      intervalMs: 0,
      settleMs: 20,
    });
    watcher.sync();
    const temp = await file('.ep03.fountain.swp', 'two\n');
    await rename(temp, path);
    for (let i = 0; i < 200 && reports.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    watcher.close();
    expect(reports).toEqual(['changed']);
  });
});
