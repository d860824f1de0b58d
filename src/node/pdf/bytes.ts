// The bytes of a PDFKit document, collected as it writes them.
//
// PDFKit writes each line of each PDF object (`12 0 obj`, its dictionary, `stream`, the data, `endstream` ...)
// through its Readable stream: a conversion to bytes in JavaScript, a push and a 'data' event per line, some
// 3,500 of them for a 120-page script. Where the document is shaped as PDFKit 0.20 makes it (a `_write(data)`
// method and an `_offset` count), its `_write` is replaced, on this one document, by one that keeps the same
// bytes in a list. What PDFKit pushed before (the header its constructor writes) and anything it pushes
// itself still arrive as 'data' events, first; the stream still ends the document.
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

interface Writer {
  _write?: (data: string | Uint8Array) => void;
  _offset?: number;
}

/** Resolves to the document's bytes once it has ended (call doc.end()); rejects on the document's error. */
export function collectBytes(doc: Doc): Promise<Buffer> {
  const pushed: Uint8Array[] = [];
  /** Bytes, and strings kept as they are until the end (each a line: one byte per UTF-16 unit, then \n). */
  const written: (string | Uint8Array)[] = [];
  doc.on('data', (chunk: Uint8Array) => pushed.push(chunk));
  const w = doc as unknown as Writer;
  if (typeof w._write === 'function' && typeof w._offset === 'number') {
    w._write = function (this: { _offset: number }, data: string | Uint8Array) {
      if (typeof data === 'string') {
        written.push(data);
        this._offset += data.length + 1;
      } else {
        written.push(data);
        this._offset += data.length;
      }
    };
  }
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(joined(pushed, written)));
    doc.on('error', reject);
  });
}

function joined(pushed: Uint8Array[], written: (string | Uint8Array)[]): Buffer {
  let length = 0;
  for (const chunk of pushed) length += chunk.length;
  for (const part of written) length += typeof part === 'string' ? part.length + 1 : part.length;
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const chunk of pushed) {
    out.set(chunk, at);
    at += chunk.length;
  }
  for (const part of written) {
    if (typeof part === 'string') {
      // latin1 keeps the low byte of each UTF-16 unit, as PDFKit's own conversion does.
      at += out.write(part, at, 'latin1');
      out[at++] = 0x0a;
    } else {
      out.set(part, at);
      at += part.length;
    }
  }
  return out;
}
