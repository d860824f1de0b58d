// The bytes of a page's content stream, written as the drawing code makes its operators: PDF operators and
// numbers are ASCII and glyph codes are hex digits, so they go straight into one reusable buffer instead of
// strings joined per page and converted to bytes by PDFKit (which, for a 120-page script, built and copied
// megabytes of strings).
const HEX = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

export class ContentBytes {
  private buf = Buffer.allocUnsafe(1 << 16);
  private len = 0;

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + n));
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }

  /** ASCII text: operators, names, numbers. */
  ascii(text: string): void {
    this.room(text.length);
    this.len += this.buf.write(text, this.len, 'latin1');
  }

  /** A glyph code as four lowercase hex digits (a two-byte code of an Identity-H font). */
  hex4(code: number): void {
    if (code > 0xffff) {
      this.ascii(code.toString(16));
      return;
    }
    this.room(4);
    const b = this.buf;
    const at = this.len;
    b[at] = HEX[(code >> 12) & 15];
    b[at + 1] = HEX[(code >> 8) & 15];
    b[at + 2] = HEX[(code >> 4) & 15];
    b[at + 3] = HEX[code & 15];
    this.len = at + 4;
  }

  /** What was written since the last take, as a buffer of its own; starts over. */
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.len));
    this.len = 0;
    return out;
  }
}
