// The one atomic writer (writeBytesAtomic): a temporary file in the same folder, flushed, renamed over the
// target, the folder flushed; and every report and PDF written through it (links followed, modes kept).
import { lstat, mkdtemp, readFile, readdir, stat, symlink, writeFile, chmod } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli/main';
import { writeBytesAtomic, type FileSystem, ShotlineFileError } from '../../src/node/files';

const SCRIPT = 'Title: T\nLanguage: en\n\nINT. KITCHEN - DAY\n\nAnna cooks.\n\nANNA\nEat.\n';

/** fs/promises with every step recorded: opens, syncs of files and folders, renames. */
function recordingFs(log: string[], failRename = false): FileSystem {
  return {
    ...fsp,
    open: (async (path: string, flags?: string, mode?: number) => {
      const handle = await fsp.open(path, flags, mode);
      log.push(`open ${flags ?? 'r'} ${path}`);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        log.push(`sync ${path}`);
        return sync();
      };
      return handle;
    }) as FileSystem['open'],
    rename: async (from, to) => {
      log.push(`rename ${String(from)} -> ${String(to)}`);
      if (failRename) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      return fsp.rename(from, to);
    },
  };
}

describe('writeBytesAtomic', () => {
  it('writes a temporary file beside the target, flushes it, renames it, then flushes the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shotline-bytes-'));
    const path = join(dir, 'report.pdf');
    await writeFile(path, 'old');
    const log: string[] = [];
    const written = await writeBytesAtomic(path, Buffer.from('%PDF-new'), { fs: recordingFs(log) });
    expect(written).toEqual({ path, size: 8 });
    expect(await readFile(path, 'utf8')).toBe('%PDF-new');
    const temp = log[0].replace(/^open wx /, '');
    expect(dirname(temp)).toBe(dir);
    expect(log).toEqual([`open wx ${temp}`, `sync ${temp}`, `rename ${temp} -> ${path}`, `open r ${dir}`, `sync ${dir}`]);
    expect(await readdir(dir)).toEqual(['report.pdf']);
  });

  it('leaves the original whole and no temporary file when the rename fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shotline-bytes-'));
    const path = join(dir, 'report.xlsx');
    await writeFile(path, 'old');
    const error = await writeBytesAtomic(path, Buffer.from('new'), { fs: recordingFs([], true) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShotlineFileError);
    expect((error as ShotlineFileError).code).toBe('write-failed');
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['report.xlsx']);
  });
});

describe('reports and PDFs go through it', () => {
  async function cli(args: string[], cwd: string) {
    let stderr = '';
    const code = await runCli(args, { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, cwd });
    return { code, stderr };
  }

  it('keeps a symbolic link to an earlier report and the report\'s permissions (breakdown, shots, pdf)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shotline-bytes-'));
    await writeFile(join(dir, 'ep01.fountain'), SCRIPT);
    const first = await cli(['breakdown', '.', '--xlsx', 'real.xlsx', '--pdf', 'real.pdf'], dir);
    expect(first.code).toBe(0);
    expect((await cli(['shots', '.', '--suggest', '--xlsx', 'shots-real.xlsx'], dir)).code).toBe(0);
    for (const name of ['real.xlsx', 'real.pdf', 'shots-real.xlsx']) {
      await symlink(join(dir, name), join(dir, `link-${name}`));
      await chmod(join(dir, name), 0o640);
    }
    await writeFile(join(dir, 'ep01.pdf'), '%PDF-old');
    await symlink(join(dir, 'ep01.pdf'), join(dir, 'link-ep01.pdf'));
    expect((await cli(['breakdown', '.', '--xlsx', 'link-real.xlsx', '--pdf', 'link-real.pdf'], dir)).code).toBe(0);
    expect((await cli(['shots', '.', '--suggest', '--xlsx', 'link-shots-real.xlsx'], dir)).code).toBe(0);
    expect((await cli(['pdf', 'ep01.fountain', '-o', 'link-ep01.pdf'], dir)).code).toBe(0);
    for (const name of ['real.xlsx', 'real.pdf', 'shots-real.xlsx', 'ep01.pdf']) {
      expect((await lstat(join(dir, `link-${name}`))).isSymbolicLink(), name).toBe(true);
    }
    expect((await readFile(join(dir, 'ep01.pdf'))).subarray(0, 8).toString()).not.toBe('%PDF-old');
    for (const name of ['real.xlsx', 'real.pdf', 'shots-real.xlsx']) expect((await stat(join(dir, name))).mode & 0o777, name).toBe(0o640);
  });
});
