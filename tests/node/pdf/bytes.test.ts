// collectBytes takes PDFKit's writes off its stream: the bytes must be exactly those the stream gives.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { collectBytes } from '../../../src/node/pdf/bytes';
import { fontFiles } from '../../../src/node/pdf/fonts';

const DATE = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));

/** A small document with text in an embedded font, a compressed page, an outline and non-ASCII metadata. */
function draw(doc: InstanceType<typeof PDFDocument>): void {
  doc.registerFont('courier', fontFiles().latin.regular);
  for (let p = 0; p < 3; p++) {
    doc.addPage({ size: [612, 792], margin: 0 });
    doc.font('courier').fontSize(12).text(`Page ${p + 1}: INT. NIGHT MARKET – 夜市 ☂`, 72, 72);
    doc.outline.addItem(`Scene ${p + 1} · 夜`);
  }
}

const make = () => new PDFDocument({ autoFirstPage: false, info: { Title: '夜市千金 · Night Market', CreationDate: DATE }, lang: 'zh-CN', pdfVersion: '1.7' });

describe('collectBytes', () => {
  it('gives the bytes PDFKit streams, header first', async () => {
    const plain = make();
    const chunks: Buffer[] = [];
    plain.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => plain.on('end', resolve));
    draw(plain);
    plain.end();
    await ended;
    const streamed = Buffer.concat(chunks);

    const doc = make();
    const collected = collectBytes(doc);
    draw(doc);
    doc.end();
    const bytes = await collected;
    expect(bytes.subarray(0, 9).toString('latin1')).toBe('%PDF-1.7\n');
    expect(bytes.length).toBe(streamed.length);
    expect(bytes.equals(streamed)).toBe(true);
  });
});
