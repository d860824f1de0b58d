import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutFor, simplePdf } from '../../../src/core/layout';
import { parse } from '../../../src/core/parse';

const pdftotext = (bytes: Uint8Array) => {
  const path = join(mkdtempSync(join(tmpdir(), 'shotline-simple-pdf-')), 'a.pdf');
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
};
let poppler = true;
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  poppler = false;
}

const sample = () => layoutFor([{ script: parse('Title: Über\n\nINT. CAFÉ - DAY\n\nShe says “hi” — and 😀 leaves.\n'), label: 'a' }]);
if (!poppler) console.warn('skipped the text read-back of the standard-font PDF: pdftotext (poppler-utils) is not installed');

describe('the standard-font PDF of the in-browser stand-in', () => {
  it('is a well-formed PDF with every page and the text', () => {
    const layout = sample();
    const pdf = simplePdf(layout);
    const text = new TextDecoder('latin1').decode(pdf.bytes);
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain(`/Count ${layout.pages.length}`);
    // The xref offsets point at the objects.
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    const offsets = text.slice(xref).split('\n').filter((l) => / 00000 n $/.test(l)).map((l) => Number(l.slice(0, 10)));
    offsets.forEach((o, i) => expect(text.slice(o, o + 10)).toMatch(new RegExp(`^${i + 1} 0 obj`)));
    expect(pdf.replaced).toBe(1);
  });
  it.skipIf(!poppler)('gives its text back to pdftotext (poppler-utils)', () => {
    const pdf = simplePdf(sample());
    const out = pdftotext(pdf.bytes);
    expect(out).toContain('INT. CAFÉ - DAY');
    expect(out).toContain('She says “hi” — and ? leaves.');
  });
});
