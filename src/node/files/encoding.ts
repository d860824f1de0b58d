// Bytes <-> text for script files. Decisions:
// - The returned text never holds the byte-order mark; `bom` says whether there was one, and encoding the
//   text again with the same { encoding, bom } writes it back (so open + save gives the same bytes).
// - UTF-8 (with or without BOM) first; UTF-16 LE/BE only with a BOM (without one it cannot be told apart
//   from binary data reliably, so we say so instead of guessing).
// - Bytes that are not valid UTF-8 are legacy text: Chinese scripts in GB18030/GBK or Big5 when decoding
//   that way gives real Chinese text, else Windows-1252 (Latin-1 plus curly quotes), else Latin-1 (every
//   byte maps to one character, so it always round-trips).
// - A decoding is accepted only when encoding the text again gives the very same bytes.
// - Line endings are kept as found: the text is never normalised.
import { createRequire } from 'node:module';
import type IconvLite from 'iconv-lite';

let iconvLite: typeof IconvLite | undefined;
/** iconv-lite, loaded the first time a legacy encoding is read or written (every `shotline` start paid for it). */
const iconv = (): typeof IconvLite => (iconvLite ??= createRequire(import.meta.url)('iconv-lite') as typeof IconvLite);

export type ScriptEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'latin1' | 'gb18030' | 'big5';

/** How a file is stored: the encoding and whether it starts with a byte-order mark. */
export interface EncodingSpec {
  encoding: ScriptEncoding;
  bom: boolean;
}

/**
 * What `writeScriptFileAtomic` accepts: a spec, or a name (`utf-8-bom` = UTF-8 with BOM; UTF-16 implies a
 * BOM). Plain strings are allowed because encodings arrive over IPC; an unknown name is refused on save.
 */
export type EncodingInput = EncodingSpec | { encoding: string; bom: boolean } | ScriptEncoding | 'utf-8-bom' | (string & {});

export type EolStyle = 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';

export const ENCODINGS: readonly ScriptEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1', 'gb18030', 'big5'];

export function isScriptEncoding(name: string): name is ScriptEncoding {
  return (ENCODINGS as readonly string[]).includes(name);
}

/** The spec for an input, or null when it names no encoding Shotline writes. */
export function toSpec(input: EncodingInput): EncodingSpec | null {
  if (typeof input === 'object') return isScriptEncoding(input.encoding) ? { encoding: input.encoding, bom: input.bom === true } : null;
  if (input === 'utf-8-bom') return { encoding: 'utf-8', bom: true };
  if (!isScriptEncoding(input)) return null;
  return { encoding: input, bom: input === 'utf-16le' || input === 'utf-16be' };
}

/** A reason the bytes are not a readable script; `detail` completes "it ...". */
export interface NotText {
  code: 'binary' | 'unsupported-encoding';
  detail: string;
}

export type Decoded = ({ ok: true; text: string } & EncodingSpec) | ({ ok: false } & NotText);

const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'is a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'is a compressed archive or an Office document (.docx, .zip)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'is an old-style Word or Office document (.doc)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'is a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'is a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'is a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'is a compressed (gzip) file' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'is a program' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a script file's bytes, or says why they are not a script. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) return { ok: false, code: 'binary', detail: `${sig.what}, not a script text file` };
  }
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return { ok: false, code: 'unsupported-encoding', detail: 'is in UTF-32, which Shotline does not read; save it as UTF-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    const text = tryUtf8(body);
    if (text !== null) return checkText({ ok: true, text, encoding: 'utf-8', bom: true });
    // A UTF-8 mark before bytes that are not UTF-8: read it all as legacy text, mark included, so nothing is lost.
  }
  if (looksLikeBomlessUtf16(bytes)) {
    return { ok: false, code: 'unsupported-encoding', detail: 'looks like UTF-16 text without a byte-order mark; save it as UTF-8' };
  }
  if (bytes.includes(0)) return { ok: false, code: 'binary', detail: 'contains NUL bytes, so it is not a text file' };
  const text = tryUtf8(bytes);
  if (text !== null) return checkText({ ok: true, text, encoding: 'utf-8', bom: false });
  return checkText(decodeLegacy(bytes));
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf16(bytes: Uint8Array): Decoded {
  const encoding: ScriptEncoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) {
    return { ok: false, code: 'unsupported-encoding', detail: 'starts like UTF-16 text but is cut off (an odd number of bytes)' };
  }
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    return checkText({ ok: true, text, encoding, bom: true });
  } catch {
    return { ok: false, code: 'unsupported-encoding', detail: 'starts like UTF-16 text but holds broken characters' };
  }
}

/** Many NUL bytes on one parity only: ASCII-heavy UTF-16 without a BOM. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const units = bytes.length / 2;
  return (even === 0 && odd >= units * 0.3) || (odd === 0 && even >= units * 0.3);
}

/** Rejects decoded text that is really binary data: NUL characters, or many control characters. */
function checkText(decoded: Decoded): Decoded {
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  if (text.includes('\0')) return { ok: false, code: 'binary', detail: 'contains NUL characters, so it is not a text file' };
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tab, LF, VT, FF, CR, and SUB/ESC (old editors) are tolerated.
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1a && c !== 0x1b) controls++;
  }
  if (controls >= 8 && controls > text.length * 0.005) {
    return { ok: false, code: 'binary', detail: 'is full of control characters, so it is not a text file' };
  }
  return decoded;
}

// Frequent Chinese characters (Simplified and Traditional) and punctuation: real GB18030 or Big5 text decodes
// to many of them, other bytes forced through the same decoder do not.
const FREQUENT_HAN = new Set(
  '的一是了我不人在他有这這个個上们們来來到时時大地为為子中你说說生国國年着著就那和要她出也得里裡后後自以会會家可下而过過天去能对對小多然于於心学學么麼之都好看起发發当當没沒成只如事把还還用第样樣道想作种種开開总總从從无無情己面最女但现現前些所同日手又行意动動方它头頭经經长長儿兒回位分爱愛老因很给給名间間知什两兩次身者被已亲親其进進此话話常与與活正感妈媽爸哥姐门門走听聽吗嗎呢吧啊夜内內外景场場集'
    + '，。：！？、；“”（）【】…—《》',
);

function decodeLegacy(bytes: Uint8Array): Decoded {
  const best = chineseCandidate(bytes);
  if (best) return { ok: true, text: best.text, encoding: best.encoding, bom: false };
  for (const encoding of ['windows-1252', 'latin1'] as const) {
    const text = decodeWith(encoding, bytes);
    if (roundTrips(text, encoding, bytes)) return { ok: true, text, encoding, bom: false };
  }
  return { ok: false, code: 'unsupported-encoding', detail: 'is in an encoding Shotline cannot read' };
}

function chineseCandidate(bytes: Uint8Array): { text: string; encoding: 'gb18030' | 'big5' } | null {
  let best: { text: string; encoding: 'gb18030' | 'big5'; hits: number } | null = null;
  for (const encoding of ['gb18030', 'big5'] as const) {
    const text = decodeWith(encoding, bytes);
    if (text.includes('\ufffd') || !roundTrips(text, encoding, bytes)) continue;
    let nonAscii = 0;
    let hits = 0;
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) continue;
      nonAscii++;
      if (FREQUENT_HAN.has(ch)) hits++;
    }
    if (nonAscii > 0 && hits >= 2 && hits >= nonAscii * 0.2 && (!best || hits > best.hits)) best = { text, encoding, hits };
  }
  return best && { text: best.text, encoding: best.encoding };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function wellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

function decodeWith(encoding: ScriptEncoding, bytes: Uint8Array): string {
  if (encoding === 'latin1') return Buffer.from(bytes).toString('latin1');
  return iconv().decode(Buffer.from(bytes), encoding);
}

function roundTrips(text: string, encoding: ScriptEncoding, bytes: Uint8Array): boolean {
  const again = encodeBody(text, encoding);
  return again !== null && Buffer.compare(again, Buffer.from(bytes)) === 0;
}

/** Encodes text without BOM; null when a character cannot be stored in that encoding. */
function encodeBody(text: string, encoding: ScriptEncoding): Buffer | null {
  switch (encoding) {
    case 'utf-8':
      return wellFormed(text) ? Buffer.from(text, 'utf8') : null;
    case 'utf-16le':
      return wellFormed(text) ? Buffer.from(text, 'utf16le') : null;
    case 'utf-16be':
      return wellFormed(text) ? Buffer.from(text, 'utf16le').swap16() : null;
    case 'latin1':
      return /^[\u0000-\u00ff]*$/.test(text) ? Buffer.from(text, 'latin1') : null;
    default: {
      const out = iconv().encode(text, encoding);
      return iconv().decode(out, encoding) === text ? out : null;
    }
  }
}

const BOMS: Partial<Record<ScriptEncoding, number[]>> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};

/** Encodes text as stored in a file (BOM first when the spec has one); null when characters would be lost. */
export function encodeText(text: string, spec: EncodingSpec): Buffer | null {
  const body = encodeBody(text, spec.encoding);
  if (!body) return null;
  const bom = spec.bom ? BOMS[spec.encoding] : undefined;
  return bom ? Buffer.concat([Buffer.from(bom), body]) : body;
}

/** The first character the encoding cannot store, for error messages. */
export function firstUnencodable(text: string, encoding: ScriptEncoding): string | null {
  for (const ch of text) if (!encodeBody(ch, encoding)) return ch;
  return null;
}

/** How the text's lines end: one kind throughout, a mix, or no line break at all. */
export function eolStyle(text: string): EolStyle {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  const kinds = (lf ? 1 : 0) + (crlf ? 1 : 0) + (cr ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf ? 'LF' : crlf ? 'CRLF' : 'CR';
}
