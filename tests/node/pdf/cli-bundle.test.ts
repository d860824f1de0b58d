// The CLI bundle (vite.cli.config.ts) carries its own copy of PDFKit and its dependencies, with three modules
// replaced by the stand-ins in src/node/pdf/bundle. It must write the very PDFs the sources write: English,
// Chinese (mainland and Taiwan, with fallback fonts and a character no font has), and the report PDFs that
// go through PDFKit's text() (line breaking, shaping). Compared byte for byte, creation dates and file IDs
// aside; then read back with poppler as a user's tools would: fonts embedded and subset, text, metadata.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, deflateRawSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPresent, CORPUS_DIR } from '../../core/parse/corpus-files';
import { buildBundle, ROOT, shotline, type Mode } from '../cli-support';
import { pdfFonts, pdfInfo, pdfText, POPPLER_ABSENT, popplerPresent } from './poppler';

const require = createRequire(import.meta.url);
const STAND_INS = join(ROOT, 'src', 'node', 'pdf', 'bundle');
const BIG_FISH = join(CORPUS_DIR, 'samples', 'screenplain__examples__Big-Fish.fountain');

/** The bytes with what differs between two runs (creation date, file ID derived from it) blanked. */
function normalised(path: string): Buffer {
  const text = readFileSync(path).toString('latin1');
  const out = text
    .replace(/\(D:\d{14}Z\)/g, '(D:)')
    .replace(/<xmp:CreateDate>[^<]*<\/xmp:CreateDate>/g, '<xmp:CreateDate/>')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID []');
  return Buffer.from(out, 'latin1');
}

let bundle = '';
let dir = '';
beforeAll(async () => {
  [bundle, dir] = await Promise.all([buildBundle(), mkdtemp(join(tmpdir(), 'shotline-cli-bundle-'))]);
  await writeFile(
    join(dir, 'taiwan.fountain'),
    'Title: 夜市測試\nAuthor: 林晚\nLanguage: zh-Hant\n\n12 內 客廳 日\n\n人物：林晚、阿杰\n\n△ 她走進來，手裡拿著「豆花」。Привет!\n\n林晚：你好😀，這是𪚥字——對吧……\n\n阿杰：（笑）好啊。\n',
  );
}, 120_000);
afterAll(async () => {
  await Promise.all([rm(dir, { recursive: true, force: true }), bundle && rm(dirname(bundle), { recursive: true, force: true })]);
});

/** Runs one command from the sources and from the bundle, writing `<name>-source.pdf` and `<name>-build.pdf`. */
async function both(name: string, args: (out: string) => string[]): Promise<Record<Mode, string>> {
  const out = { source: join(dir, `${name}-source.pdf`), build: join(dir, `${name}-build.pdf`) };
  for (const mode of ['source', 'build'] as Mode[]) {
    const r = await shotline(args(out[mode]), { mode, bundle, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  }
  return out;
}

describe.skipIf(!popplerPresent)('the bundled CLI writes the PDFs the sources write', () => {
  it.skipIf(!corpusPresent)('Big Fish, English on US Letter', async () => {
    const pdf = await both('big-fish', (out) => ['pdf', BIG_FISH, '-o', out]);
    expect(normalised(pdf.build).equals(normalised(pdf.source))).toBe(true);
    const fonts = pdfFonts(pdf.build);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['CourierPrime-Bold', 'CourierPrime-Regular']);
    for (const f of fonts) expect(f, f.name).toMatchObject({ embedded: true, subset: true });
    expect(pdfText(pdf.build)).toBe(pdfText(pdf.source));
    expect(pdfText(pdf.build, 2)).toContain('This is a Southern story, full of lies and fabrications');
    expect(pdfInfo(pdf.build)).toMatchObject({ Title: 'Big Fish', Author: 'John August', Creator: 'Shotline', Pages: '123' });
  });

  it('a Chinese series with cover, contents and bookmarks; the English series on A4', async () => {
    const zh = await both('zh-series', (out) => ['pdf', join(ROOT, 'resources', 'sample', 'zh'), '-o', out]);
    expect(normalised(zh.build).equals(normalised(zh.source))).toBe(true);
    for (const f of pdfFonts(zh.build)) expect(f, f.name).toMatchObject({ embedded: true, subset: true });
    expect(pdfText(zh.build, 2)).toContain('目录');
    const en = await both('en-series', (out) => ['pdf', join(ROOT, 'resources', 'sample', 'en'), '-o', out, '--paper', 'a4', '--scene-numbers', 'both']);
    expect(normalised(en.build).equals(normalised(en.source))).toBe(true);
  });

  it('Taiwan pages: a Traditional face, fallback fonts for Cyrillic and emoji, a character no font has', async () => {
    const tw = await both('taiwan', (out) => ['pdf', 'taiwan.fountain', '-o', out]);
    expect(normalised(tw.build).equals(normalised(tw.source))).toBe(true);
    expect(pdfInfo(tw.build)).toMatchObject({ Title: '夜市測試', Author: '林晚' });
    expect(pdfText(tw.build)).toContain('豆花');
    for (const f of pdfFonts(tw.build)) expect(f, f.name).toMatchObject({ embedded: true, subset: true });
  });

  it('report PDFs drawn with text() (line breaking and shaping in the bundled fontkit and linebreak)', async () => {
    const breakdown = await both('breakdown', (out) => ['breakdown', join(ROOT, 'resources', 'sample', 'zh'), '--pdf', out]);
    expect(normalised(breakdown.build).equals(normalised(breakdown.source))).toBe(true);
    const shots = await both('shots', (out) => ['shots', join(ROOT, 'resources', 'sample', 'en', 'ep01.fountain'), '--suggest', '--pdf', out]);
    expect(normalised(shots.build).equals(normalised(shots.source))).toBe(true);
    expect(pdfText(shots.build).length).toBeGreaterThan(200);
  });

  it('the pdf chunk loads PDFKit from the bundle, not from node_modules', () => {
    const assets = join(dirname(bundle), 'assets');
    const code = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
    expect(code).toMatch(/\bPDFDocument = class extends\b/);
    for (const name of ['pdfkit', 'fontkit', 'restructure', 'linebreak', 'unicode-properties', 'tiny-inflate', '@noble/ciphers/aes']) {
      expect(code, name).not.toMatch(new RegExp(`(from |import\\(|require\\()["']${name.replace('/', '\\/')}["']`));
    }
  });
});

describe.skipIf(popplerPresent)('the bundled CLI (poppler absent)', () => {
  it('is checked with poppler-utils', () => console.warn(POPPLER_ABSENT));
});

describe('the stand-ins the bundle uses', () => {
  const tinyInflate = require('tiny-inflate') as (source: Uint8Array, dest: Uint8Array) => Uint8Array;
  const inflate = require(join(STAND_INS, 'tiny-inflate.cjs')) as typeof tinyInflate;

  it('tiny-inflate: the same bytes as tiny-inflate, for exact, short and long destinations', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const samples = [
      Buffer.from('the quick brown fox '.repeat(400)),
      Buffer.from(Array.from({ length: 5000 }, () => Math.floor(random() * 7))),
      Buffer.from(Array.from({ length: 3000 }, () => Math.floor(random() * 256))),
      Buffer.alloc(0),
    ];
    for (const data of samples) {
      for (const level of [0, 1, 9]) {
        const raw = deflateRawSync(data, { level });
        for (const size of [data.length, data.length + 10, Math.floor(data.length / 2)]) {
          const theirs = tinyInflate(raw, new Uint8Array(size));
          const ours = inflate(raw, new Uint8Array(size));
          expect(Buffer.from(ours).equals(Buffer.from(theirs)), `level ${level}, ${data.length} bytes into ${size}`).toBe(true);
          expect(ours.length).toBe(theirs.length);
        }
      }
    }
    // fontkit's WOFF reader passes a zlib stream without its 2-byte header, the checksum still at the end.
    const data = Buffer.from('glyf table '.repeat(100));
    const woffLike = deflateSync(data).subarray(2);
    expect(Buffer.from(inflate(woffLike, new Uint8Array(data.length))).equals(data)).toBe(true);
    expect(() => inflate(Buffer.from([0xff, 0xff, 0xff, 0xff]), new Uint8Array(10))).toThrow();
  });

  it('tiny-inflate: the Unicode tables unicode-trie builds with it are the same', () => {
    const UnicodeTrie = require('unicode-trie') as new (data: Uint8Array) => { get(cp: number): number; data: Uint32Array };
    const trieData = (name: string) => {
      const src = readFileSync(require.resolve(name), 'utf8');
      const b64 = /toByteArray\("([A-Za-z0-9+/=]+)"\)/.exec(src)?.[1];
      expect(b64, name).toBeTruthy();
      return Buffer.from(b64 as string, 'base64');
    };
    const real = new UnicodeTrie(trieData('unicode-properties'));
    // The same trie with the stand-in in place of tiny-inflate: unicode-trie inflates through the module cache.
    const key = require.resolve('tiny-inflate', { paths: [dirname(require.resolve('unicode-trie'))] });
    const cached = require.cache[key];
    const trieKey = require.resolve('unicode-trie');
    const cachedTrie = require.cache[trieKey];
    try {
      require.cache[key] = { ...cached, exports: inflate } as NodeJS.Module;
      delete require.cache[trieKey];
      const StandIn = require('unicode-trie') as typeof UnicodeTrie;
      expect(StandIn).not.toBe(UnicodeTrie);
      const ours = new StandIn(trieData('unicode-properties'));
      expect(Buffer.from(ours.data.buffer).equals(Buffer.from(real.data.buffer))).toBe(true);
      for (const cp of [0x41, 0x301, 0x4e00, 0x1f600, 0x2a6a5]) expect(ours.get(cp)).toBe(real.get(cp));
    } finally {
      require.cache[key] = cached;
      require.cache[trieKey] = cachedTrie;
    }
  });

  it('brotli: loads the real decompressor on the first call', () => {
    const decompress = require(join(STAND_INS, 'brotli-decompress.cjs')) as (b: Uint8Array, size?: number) => Uint8Array;
    const data = Buffer.from('wOF2 font tables '.repeat(200));
    expect(Buffer.from(decompress(brotliCompressSync(data), data.length)).equals(data)).toBe(true);
  });

  it('AES: the real ciphers, loaded on the first call', () => {
    const real = require('@noble/ciphers/aes') as typeof standIn;
    const standIn = require(join(STAND_INS, 'noble-aes.cjs')) as {
      cbc(key: Uint8Array, iv: Uint8Array): { encrypt(d: Uint8Array): Uint8Array };
      ecb(key: Uint8Array): { encrypt(d: Uint8Array): Uint8Array };
    };
    const key = new Uint8Array(16).map((_, i) => i * 7);
    const iv = new Uint8Array(16).map((_, i) => 255 - i);
    const data = new TextEncoder().encode('an encrypted screenplay, one day');
    expect(standIn.cbc(key, iv).encrypt(data)).toEqual(real.cbc(key, iv).encrypt(data));
    expect(standIn.ecb(key).encrypt(data)).toEqual(real.ecb(key).encrypt(data));
  });
});
