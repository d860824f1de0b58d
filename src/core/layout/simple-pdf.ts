// Laid-out pages as a minimal PDF with the standard fonts, nothing embedded: Courier for Latin text and
// Adobe's CJK fonts (STSong-Light, MSung-Light) that PDF readers supply. Used by the in-browser stand-in of
// the app, where PDFKit and the font files are not available; the desktop app and the CLI write the real PDF
// (src/node/pdf: fonts embedded and subset, fallbacks, bookmarks). Characters the standard fonts cannot
// encode print as "?" and are counted. Pure: bytes from data.
import type { Layout, LayoutRun } from '../model/layout';

const WIN_ANSI_EXTRA: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89,
  0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95,
  0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** A PDF text string in UTF-16BE hex (for metadata). */
function utf16(text: string): string {
  let out = '<FEFF';
  for (let i = 0; i < text.length; i++) out += hex(text.charCodeAt(i), 4);
  return `${out}>`;
}

export interface SimplePdf {
  bytes: Uint8Array;
  /** Characters that could not be encoded and print as "?". */
  replaced: number;
}

export function simplePdf(layout: Layout): SimplePdf {
  const { profile, meta } = layout;
  const traditional = meta.language === 'zh-TW';
  let replaced = 0;

  const latinText = (text: string) => {
    let out = '(';
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0x3f;
      let b = cp < 0x80 || (cp >= 0xa0 && cp <= 0xff) ? cp : WIN_ANSI_EXTRA[cp];
      if (b === undefined) {
        b = 0x3f;
        replaced++;
      }
      out += b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : b < 0x20 || b > 0x7e ? `\\${b.toString(8).padStart(3, '0')}` : String.fromCharCode(b);
    }
    return `${out})`;
  };
  const cjkText = (text: string) => {
    let out = '<';
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0x3f;
      if (cp > 0xffff) replaced++;
      out += hex(cp > 0xffff ? 0x3f : cp, 4);
    }
    return `${out}>`;
  };
  const fontOf = (run: LayoutRun, bold: boolean) => {
    if (run.script === 'cjk') return '/F5';
    const b = bold || run.styles.includes('bold');
    const i = run.styles.includes('italic');
    return b ? (i ? '/F4' : '/F2') : i ? '/F3' : '/F1';
  };

  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2; // object numbers from 3 (1 catalog, 2 pages)
  const fonts = [
    add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>'),
    add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>'),
    add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Oblique /Encoding /WinAnsiEncoding >>'),
    add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier-BoldOblique /Encoding /WinAnsiEncoding >>'),
  ];
  const cjkName = traditional ? 'MSung-Light' : 'STSong-Light';
  const descriptor = add(`<< /Type /FontDescriptor /FontName /${cjkName} /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`);
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${cjkName} /CIDSystemInfo << /Registry (Adobe) /Ordering (${traditional ? 'CNS1' : 'GB1'}) /Supplement ${traditional ? 0 : 2} >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  fonts.push(add(`<< /Type /Font /Subtype /Type0 /BaseFont /${cjkName} /Encoding /${traditional ? 'UniCNS-UCS2-H' : 'UniGB-UCS2-H'} /DescendantFonts [${cid} 0 R] >>`));
  const resources = `<< /Font << ${fonts.map((n, i) => `/F${i + 1} ${n} 0 R`).join(' ')} >> >>`;

  const pageIds: number[] = [];
  for (const page of layout.pages) {
    const ops: string[] = [];
    for (const line of page.lines) {
      const y = (profile.pageHeight - line.y).toFixed(2);
      for (const run of line.runs) {
        if (!run.text) continue;
        const ink = run.note ? '0.4 g' : '0 g';
        const text = run.script === 'cjk' ? cjkText(run.text) : latinText(run.text);
        ops.push(`BT ${ink} ${fontOf(run, !!line.bold)} ${profile.fontSize} Tf ${run.x.toFixed(2)} ${y} Td ${text} Tj ET`);
        if (run.styles.includes('underline')) ops.push(`0 G 0.6 w ${run.x.toFixed(2)} ${(Number(y) - 1.8).toFixed(2)} m ${(run.x + run.width).toFixed(2)} ${(Number(y) - 1.8).toFixed(2)} l S`);
      }
    }
    const content = ops.join('\n');
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    pageIds.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${profile.pageWidth} ${profile.pageHeight}] /Resources ${resources} /Contents ${stream} 0 R >>`));
  }
  const info = add(`<< /Title ${utf16(meta.title || 'Screenplay')} /Author ${utf16(meta.author)} /Creator (Shotline) >>`);

  const head = '%PDF-1.4\n';
  const bodies = [
    `<< /Type /Catalog /Pages 2 0 R /Lang (${meta.language}) >>`,
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
    ...objects,
  ];
  let out = head;
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character of `out` is ASCII (other text went in as escapes or hex), so offsets are byte offsets.
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i);
  return { bytes, replaced };
}
