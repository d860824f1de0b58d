// Fingerprints of text: what a save sends back to say "the file still holds what I read".
import { sha256Hex, utf8Bytes } from './sha256';

export { sha256Hex, utf8Bytes } from './sha256';

/**
 * The fingerprint of a file's text as read: SHA-256 (hex) of its UTF-8 bytes, a leading byte-order mark left
 * out (readers differ on keeping it). Equal texts give equal fingerprints in the page and in the main process.
 */
export function textFingerprint(text: string): string {
  return sha256Hex(utf8Bytes(text.startsWith('\uFEFF') ? text.slice(1) : text));
}
