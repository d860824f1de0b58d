// The bytes of a page's content stream, written as the drawing code makes its operators: PDF operators and
// numbers are ASCII, glyph codes go in as bytes, straight into one reusable buffer instead of strings joined
// per page and converted to bytes by PDFKit (which, for a 120-page script, built and copied megabytes of
// strings).
//
// Glyph codes (two bytes each: the fonts are Identity-H) are written as literal strings, `(..) Tj`, not hex
// strings, `<..> Tj`: the same glyphs, in 2 bytes instead of 4, so the page streams are 40% smaller and
// deflating them (the slowest part of writing a long script) takes half the time.

/**
 * Bytes that need a backslash inside a literal string, and the character after it: the delimiters and the
 * backslash itself, and CR and LF, which a reader would take as a line end (any line end reads as LF).
 */
const ESCAPE = new Uint8Array(256);
ESCAPE[0x28] = 0x28; // (
ESCAPE[0x29] = 0x29; // )
ESCAPE[0x5c] = 0x5c; // \
ESCAPE[0x0a] = 0x6e; // \n
ESCAPE[0x0d] = 0x72; // \r

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

  /** A two-byte glyph code inside a literal string (the caller writes the parentheses). */
  glyph(code: number): void {
    if (code > 0xffff) throw new Error(`glyph id ${code} does not fit a two-byte code`);
    this.room(4);
    const b = this.buf;
    let at = this.len;
    const hi = code >> 8;
    const lo = code & 0xff;
    if (ESCAPE[hi] !== 0) {
      b[at++] = 0x5c;
      b[at++] = ESCAPE[hi];
    } else b[at++] = hi;
    if (ESCAPE[lo] !== 0) {
      b[at++] = 0x5c;
      b[at++] = ESCAPE[lo];
    } else b[at++] = lo;
    this.len = at;
  }

  /** What was written since the last take, as a buffer of its own; starts over. */
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.len));
    this.len = 0;
    return out;
  }
}
