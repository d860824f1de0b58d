// Text fingerprints: the page's plain-TypeScript SHA-256 gives what Node's crypto gives, so a save's base
// computed in the page matches the file's fingerprint computed in the main process.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, textFingerprint, utf8Bytes } from '../../src/core/hash';
import { fingerprintText } from '../../src/node/files';

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('textFingerprint', () => {
  it('is SHA-256 of the UTF-8 text, at every length around the block boundaries', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(textFingerprint('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (let n = 0; n < 200; n++) expect(textFingerprint('x'.repeat(n)), `length ${n}`).toBe(node('x'.repeat(n)));
  });

  it('encodes Chinese, emoji and broken surrogates as Node does', () => {
    for (const text of ['林晚：三年了。\r\n△她转身。', '🎬 INT. 夜市', 'a\uD800b', '\uDC00', 'é\u0301']) {
      expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      expect(textFingerprint(text)).toBe(node(text));
      expect(fingerprintText(text)).toBe(textFingerprint(text));
    }
  });

  it('leaves out a leading byte-order mark, in the page and in Node alike', () => {
    expect(textFingerprint('\uFEFF{"a":1}')).toBe(textFingerprint('{"a":1}'));
    expect(fingerprintText('\uFEFF{"a":1}')).toBe(textFingerprint('{"a":1}'));
    expect(textFingerprint('{"a":1}')).not.toBe(textFingerprint('{"a":2}'));
  });
});
