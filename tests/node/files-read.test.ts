// Reading script files: encodings, BOMs, line endings as found, and clear errors for what is not a script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { readScriptFile, ShotlineFileError, eolStyle } from '../../src/node/files';

const SAMPLES = fileURLToPath(new URL('../../../shared/fountain-corpus/samples', import.meta.url));
const corpus = existsSync(SAMPLES);
if (!corpus) console.warn(`[files] corpus tests skipped: the shared corpus is absent (expected at ${SAMPLES}).`);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shotline-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixture(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function failure(path: string): Promise<ShotlineFileError> {
  try {
    await readScriptFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ShotlineFileError);
    return error as ShotlineFileError;
  }
  throw new Error(`expected reading ${path} to fail`);
}

const ZH = '第1集：金坠子\n\n1-1 夜 外 福安夜市\n人物：林晚、林母\n林晚：（笑）妈，客人吃得开心才会回来。\n';

describe('readScriptFile: encodings', () => {
  it('reads UTF-8 without a BOM and reports size and line endings', async () => {
    const path = await fixture('plain.fountain', 'INT. HOUSE - DAY\r\n\r\nJohn waits.\r\n');
    const file = await readScriptFile(path);
    expect(file).toEqual({ text: 'INT. HOUSE - DAY\r\n\r\nJohn waits.\r\n', encoding: 'utf-8', bom: false, eol: 'CRLF', size: 33 });
  });

  it('strips a UTF-8 BOM from the text and reports it', async () => {
    const path = await fixture('bom.fountain', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ZH)]));
    const file = await readScriptFile(path);
    expect(file.text).toBe(ZH);
    expect(file.bom).toBe(true);
    expect(file.encoding).toBe('utf-8');
  });

  it.each([
    ['utf-16le', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['utf-16be', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
  ])('reads %s with a BOM, Chinese and emoji included', async (encoding, encode) => {
    const text = `${ZH}林晚：好😀\r\n`;
    const file = await readScriptFile(await fixture(`${encoding}.fountain`, encode(text)));
    expect(file).toMatchObject({ text, encoding, bom: true, eol: 'mixed' });
  });

  it('falls back to Windows-1252 for Western text that is not UTF-8 (curly quotes, accents)', async () => {
    const bytes = Buffer.from([...Buffer.from('CAF'), 0xc9, 0x20, 0x93, ...Buffer.from('Hi'), 0x94, 0x0a]);
    const file = await readScriptFile(await fixture('cp1252.fountain', bytes));
    expect(file.text).toBe('CAFÉ “Hi”\n');
    expect(file.encoding).toBe('windows-1252');
  });

  it('falls back to Latin-1 when a byte has no Windows-1252 character', async () => {
    const file = await readScriptFile(await fixture('latin1.fountain', Buffer.from([0x41, 0x81, 0xe9, 0x0a])));
    expect(file.text).toBe('A\u0081é\n');
    expect(file.encoding).toBe('latin1');
  });

  it('reads Simplified Chinese in GB18030 and Traditional Chinese in Big5', async () => {
    const gb = await readScriptFile(await fixture('gb.fountain', iconv.encode(ZH, 'gb18030')));
    expect(gb).toMatchObject({ text: ZH, encoding: 'gb18030', bom: false });
    const tw = '12. 內 客廳 日\n人物：林晚、阿嬤\n林晚：阿嬤，我回來了。\n';
    const big5 = await readScriptFile(await fixture('big5.fountain', iconv.encode(tw, 'big5')));
    expect(big5).toMatchObject({ text: tw, encoding: 'big5' });
  });

  it('reads an empty file as empty text', async () => {
    expect(await readScriptFile(await fixture('empty.fountain', ''))).toEqual({ text: '', encoding: 'utf-8', bom: false, eol: 'none', size: 0 });
  });
});

describe('readScriptFile: bad input gets a clear error', () => {
  it('a missing file', async () => {
    const error = await failure(join(dir, 'nope.fountain'));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('"nope.fountain"');
    expect(error.message).toContain('no such file');
  });

  it('a folder', async () => {
    await mkdir(join(dir, 'folder.fountain'));
    const error = await failure(join(dir, 'folder.fountain'));
    expect(error.code).toBe('not-a-file');
    expect(error.message).toMatch(/folder/);
  });

  it('a device is refused without being opened', async () => {
    const error = await failure('/dev/zero');
    expect(error.code).toBe('not-a-file');
    expect(error.message).toBe('Cannot open "zero": it is not a regular file (a device or a pipe), not a script file. Nothing was changed.');
  });

  it('NUL bytes in a UTF-8 file', async () => {
    const error = await failure(await fixture('nul.fountain', Buffer.from('INT. HOUSE\0 - DAY\n')));
    expect(error.code).toBe('binary');
    expect(error.message).toBe('Cannot open "nul.fountain": it contains NUL bytes, so it is not a text file. Nothing was changed.');
  });

  it('a NUL character inside UTF-16 text', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\0b', 'utf16le')]);
    expect((await failure(await fixture('nul16.fountain', bytes))).code).toBe('binary');
  });

  it.each([
    ['script.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), /PDF document/],
    ['script.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), /Office document/],
    ['poster.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG image/],
    ['noise.bin', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 7) % 31 + 1)), /control characters/],
  ])('a binary file (%s)', async (name, bytes, why) => {
    const error = await failure(await fixture(name, bytes));
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(why);
    expect(error.message).toContain(`"${name}"`);
    expect(error.message).toContain('Nothing was changed.');
  });

  it('UTF-16 without a BOM, UTF-32, and cut-off UTF-16 are named, not guessed', async () => {
    const bomless = await failure(await fixture('bomless.fountain', Buffer.from('INT. HOUSE - DAY\n', 'utf16le')));
    expect(bomless.code).toBe('unsupported-encoding');
    expect(bomless.message).toMatch(/UTF-16 text without a byte-order mark; save it as UTF-8/);
    const utf32 = await failure(await fixture('utf32.fountain', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])));
    expect(utf32.message).toMatch(/UTF-32/);
    const odd = await failure(await fixture('odd.fountain', Buffer.from([0xff, 0xfe, 0x41, 0, 0x42])));
    expect(odd.code).toBe('unsupported-encoding');
  });

  it('a file over 50 MB is refused before it is read', async () => {
    const path = join(dir, 'huge.fountain');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024 + 1); // sparse: costs no disk space
    const error = await failure(path);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/"huge.fountain": it is 50 MB, more than the 50 MB a script can be/);
  });
});

describe('eolStyle', () => {
  it.each([
    ['a\nb\n', 'LF'],
    ['a\r\nb', 'CRLF'],
    ['a\rb\r', 'CR'],
    ['a\r\nb\nc', 'mixed'],
    ['a\rb\r\n', 'mixed'],
    ['abc', 'none'],
  ])('%j is %s', (text, style) => {
    expect(eolStyle(text)).toBe(style);
  });
});

describe.runIf(corpus)('readScriptFile: the corpus', () => {
  const names = corpus ? readdirSync(SAMPLES).sort() : [];

  it('reads the two Latin-1 Big Fish copies with the right accented text', async () => {
    for (const name of ['fountain-js__samples__bigfish.fountain', 'Fountain.js-mattdaly__samples__bigfish.fountain']) {
      const file = await readScriptFile(join(SAMPLES, name));
      expect(file.encoding, name).toBe('windows-1252');
      expect(file.text).toContain('INT.  TINY PARIS RESTAURANT (LA RUE 14°) - NIGHT (1998)');
      expect(file.text).toContain('EXT.  OUTSIDE LA RUE 14° - NIGHT');
      expect(file.text).not.toContain('\ufffd');
    }
  });

  it('reads the BOM sample with its BOM reported and its CRLF kept', async () => {
    const file = await readScriptFile(join(SAMPLES, 'screenplain__tests__files__utf-8-bom.fountain'));
    expect(file).toMatchObject({ encoding: 'utf-8', bom: true, eol: 'CRLF' });
    expect(file.text.startsWith('\ufeff')).toBe(false);
  });

  it('reads every sample as text', async () => {
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) {
      const file = await readScriptFile(join(SAMPLES, name));
      expect(['utf-8', 'windows-1252'], name).toContain(file.encoding);
    }
  });
});
