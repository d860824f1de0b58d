// Saving: same bytes back after open + save, and a failed save never truncates or removes the original.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm, stat, symlink, writeFile, chmod, copyFile, lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { readScriptFile, writeScriptFileAtomic, ShotlineFileError, type FileSystem } from '../../src/node/files';

const SAMPLES = fileURLToPath(new URL('../../../shared/fountain-corpus/samples', import.meta.url));
const corpus = existsSync(SAMPLES);
if (!corpus) console.warn(`[files] corpus round-trip skipped: the shared corpus is absent (expected at ${SAMPLES}).`);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shotline-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function fixture(bytes: Uint8Array | string, name = `f${++counter}.fountain`): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

/** Open, save without edits, and compare bytes. */
async function roundTrip(path: string): Promise<void> {
  const before = await readFile(path);
  const file = await readScriptFile(path);
  await writeScriptFileAtomic(path, file.text, { encoding: file.encoding, bom: file.bom });
  expect(Buffer.compare(await readFile(path), before), path).toBe(0);
}

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);
const utf8bom = (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]);
const ENDINGS = {
  LF: 'INT. HOUSE - DAY\n\nJohn waits.\n\nMARY\nHi.\n',
  CRLF: 'INT. HOUSE - DAY\r\n\r\nJohn waits.\r\n',
  CR: 'INT. HOUSE - DAY\r\rJohn waits.\r',
  mixed: '1-1 夜 外 码头\r\n人物：林晚\n林晚：三年了。\r△她转身。',
};

describe('open + save without edits gives back the same bytes', () => {
  for (const [eol, text] of Object.entries(ENDINGS)) {
    it.each([
      ['utf-8', (s: string) => Buffer.from(s)],
      ['utf-8 with BOM', utf8bom],
      ['utf-16le', utf16le],
      ['utf-16be', utf16be],
      ['gb18030', (s: string) => iconv.encode(s, 'gb18030')],
    ])(`%s, ${eol} line endings`, async (_name, encode) => {
      const path = await fixture(encode(text));
      const file = await readScriptFile(path);
      expect(file.text).toBe(text);
      expect(file.eol).toBe(eol);
      await roundTrip(path);
    });
  }

  it('Windows-1252 and Latin-1 files', async () => {
    await roundTrip(await fixture(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x0d, 0x0a, 0xe9])));
    await roundTrip(await fixture(Buffer.from([0x41, 0x81, 0x8d, 0xff, 0x0d])));
  });

  it.runIf(corpus)('every corpus sample', async () => {
    const names = corpus ? readdirSync(SAMPLES).sort() : [];
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) {
      const copy = join(dir, `corpus-${name}`);
      await copyFile(join(SAMPLES, name), copy);
      await roundTrip(copy);
    }
  });
});

describe('writeScriptFileAtomic', () => {
  it('writes the encoding it is given, BOM included', async () => {
    const path = join(dir, 'new.fountain');
    const saved = await writeScriptFileAtomic(path, '林晚：好。\n', 'utf-16be');
    expect(saved).toMatchObject({ encoding: 'utf-16be', bom: true, size: 14 });
    expect(await readFile(path)).toEqual(utf16be('林晚：好。\n'));
    await writeScriptFileAtomic(path, 'A\n', 'utf-8-bom');
    expect(await readFile(path)).toEqual(utf8bom('A\n'));
    await writeScriptFileAtomic(path, 'A\n', { encoding: 'utf-8', bom: false });
    expect(await readFile(path)).toEqual(Buffer.from('A\n'));
  });

  it('keeps the file mode, and a symbolic link stays a link to the saved file', async () => {
    const real = await fixture('old\n', 'real.fountain');
    await chmod(real, 0o640);
    const link = join(dir, 'link.fountain');
    await symlink(real, link);
    await writeScriptFileAtomic(link, 'new\n', 'utf-8');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('new\n');
    expect((await stat(real)).mode & 0o777).toBe(0o640);
  });

  it('refuses text the encoding cannot hold, and leaves the file alone', async () => {
    const path = await fixture(Buffer.from([0x93, 0x48, 0x69, 0x94]), 'western.fountain');
    const error = await writeScriptFileAtomic(path, '“Hi” 林晚', 'windows-1252').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShotlineFileError);
    expect((error as ShotlineFileError).code).toBe('unencodable');
    expect((error as ShotlineFileError).message).toBe(
      'Could not save "western.fountain": it is stored as Windows-1252 (Western), which cannot hold characters such as "林". Save it as UTF-8 instead. The file on disk was not changed.',
    );
    expect(await readFile(path)).toEqual(Buffer.from([0x93, 0x48, 0x69, 0x94]));
  });

  it('refuses broken text (a lone surrogate) and unknown encodings', async () => {
    const path = await fixture('keep\n');
    await expect(writeScriptFileAtomic(path, 'a\ud800b', 'utf-8')).rejects.toThrow(/cannot hold a broken character/);
    await expect(writeScriptFileAtomic(path, 'x', 'ebcdic')).rejects.toThrow(/"ebcdic" is not an encoding Shotline writes/);
    expect(await readFile(path, 'utf8')).toBe('keep\n');
  });
});

describe('a failed save never truncates or removes the original', () => {
  const ORIGINAL = 'INT. HOUSE - DAY\n\nThe original, every word of it.\n';
  const fail = (code: string) => Object.assign(new Error(`${code}: injected failure`), { code });

  /** An fs whose file handles fail at `step` (write, sync, close) or whose rename fails. */
  function failingFs(step: 'writeFile' | 'sync' | 'rename' | 'open', code: string): FileSystem {
    return {
      ...fsp,
      rename: step === 'rename' ? async () => { throw fail(code); } : fsp.rename,
      open: (async (path: string, flags?: string, mode?: number) => {
        if (flags === 'wx' && step === 'open') throw fail(code);
        const handle = await fsp.open(path, flags, mode);
        if (flags !== 'wx' || step === 'rename') return handle;
        return new Proxy(handle, {
          get(target, prop) {
            if (prop === step) {
              return async (...args: unknown[]) => {
                // Write part of the data first, as a full disk does.
                if (step === 'writeFile') await target.writeFile(Buffer.from(String(args[0]).slice(0, 5)));
                throw fail(code);
              };
            }
            const value = Reflect.get(target, prop) as unknown;
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      }) as FileSystem['open'],
    };
  }

  it.each([
    ['open', 'EACCES', 'permission denied (the file or its folder is read-only)'],
    ['writeFile', 'ENOSPC', 'the disk is full'],
    ['sync', 'EIO', 'injected failure (EIO)'],
    ['rename', 'EXDEV', 'injected failure (EXDEV)'],
  ] as const)('when %s fails (%s)', async (step, code, why) => {
    const sub = await mkdtemp(join(dir, `fail-${step}-`));
    const path = join(sub, 'episode.fountain');
    await writeFile(path, ORIGINAL);
    const error = await writeScriptFileAtomic(path, 'a shorter text', 'utf-8', { fs: failingFs(step, code) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShotlineFileError);
    expect((error as ShotlineFileError).code).toBe('write-failed');
    expect((error as ShotlineFileError).message).toBe(`Could not save "episode.fountain": ${why}. The file on disk was not changed.`);
    expect(await readFile(path, 'utf8')).toBe(ORIGINAL);
    expect(await readdir(sub)).toEqual(['episode.fountain']); // no temporary file left behind
  });

  it('when the folder is gone, the error says so', async () => {
    const path = join(dir, 'missing-folder', 'episode.fountain');
    await expect(writeScriptFileAtomic(path, 'x', 'utf-8')).rejects.toThrow('Could not save "episode.fountain": its folder does not exist.');
  });
});
