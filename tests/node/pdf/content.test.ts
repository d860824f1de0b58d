// Glyph codes go into the page streams as literal strings, two bytes a glyph: the bytes a reader would take
// for the string's end, an escape or a line end must be escaped, whatever glyph ids the subset gives out.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/core/layout';
import { parse } from '../../../src/core/parse';
import { renderPdf } from '../../../src/node/pdf';
import { ContentBytes } from '../../../src/node/pdf/content';
import { pdfText, POPPLER_ABSENT, popplerPresent, saved } from './poppler';

describe('ContentBytes', () => {
  it('writes each glyph as two bytes, escaping ( ) \\ CR and LF', () => {
    const out = new ContentBytes();
    out.ascii('(');
    for (const code of [0x0041, 0x0028, 0x2900, 0x005c, 0x0a0d, 0x0100, 0x28ff]) out.glyph(code);
    out.ascii(')');
    expect([...out.take()]).toEqual([
      0x28,
      ...[0x00, 0x41],
      ...[0x00, 0x5c, 0x28],
      ...[0x5c, 0x29, 0x00],
      ...[0x00, 0x5c, 0x5c],
      ...[0x5c, 0x6e, 0x5c, 0x72],
      ...[0x01, 0x00],
      ...[0x5c, 0x28, 0xff],
      0x29,
    ]);
    expect(() => out.glyph(0x10000)).toThrow(/does not fit/);
  });

  it('grows past its first buffer and starts over after take()', () => {
    const out = new ContentBytes();
    const line = `1 0 0 1 108 720 Tm ${'x'.repeat(100)}\n`;
    for (let i = 0; i < 2000; i++) out.ascii(line);
    const taken = out.take();
    expect(taken.length).toBe(line.length * 2000);
    expect(taken.subarray(0, line.length).toString('latin1')).toBe(line);
    out.ascii('BT');
    expect(out.take().toString('latin1')).toBe('BT');
  });
});

/** The page streams of a PDF, inflated. */
function pageStreams(pdf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  const text = pdf.toString('latin1');
  for (const m of text.matchAll(/\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    out.push(inflateSync(pdf.subarray(start, start + Number(m[1]))));
  }
  return out;
}

describe.skipIf(!popplerPresent)('literal glyph strings in a PDF', () => {
  it('every printable ASCII and Latin-1 character comes back, though their glyph ids need escaping', async () => {
    // 95 ASCII + 95 Latin-1 characters: the subset gives out glyph ids 1, 2, 3 ... in order of first use, so
    // ids 10 (LF), 13 (CR), 40 '(', 41 ')' and 92 '\' are all written.
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
    const latin1 = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0xa1 + i)).join('');
    const chunks = (s: string) => s.match(/.{1,40}/g) ?? [];
    const lines = [...chunks(ascii.replace(/[*_\\[\]/~#!@=>.<^]/g, '')), ...chunks(latin1)];
    const script = parse(`INT. A ROOM - DAY\n\n${lines.join('\n\n')}\n`);
    const result = await renderPdf(paginate(script));
    const streams = pageStreams(result.bytes).map((s) => s.toString('latin1'));
    const page = streams.find((s) => s.includes(' Tj\n')) ?? '';
    expect(page).toMatch(/ Tm \(.*\\\(.*\) Tj\n/);
    expect(page).toMatch(/\\\)/);
    expect(page).toMatch(/\\\\/);
    expect(page).toMatch(/\\n/);
    expect(page).toMatch(/\\r/);
    expect(page).not.toMatch(/ Tm </);
    const text = pdfText(saved(result.bytes), undefined, true);
    for (const line of lines) expect(text).toContain(line.trim());
  });
});

describe.skipIf(popplerPresent)('literal glyph strings in a PDF (poppler absent)', () => {
  it('are checked with poppler-utils', () => console.warn(POPPLER_ABSENT));
});
