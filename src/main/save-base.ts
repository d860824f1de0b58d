// The shape check of a SaveBase from the page (saveShots, saveProject): which text a save replaces.
import type { SaveBase } from '../shared/api';

/** A fingerprint is 64 lower-case hex digits (SHA-256). */
const FINGERPRINT = /^[0-9a-f]{64}$/;

export function saveBase(value: unknown): SaveBase {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('The save needs to say which text it replaces: { expected: fingerprint or null }.');
  }
  const o = value as Record<string, unknown>;
  if (o.expected !== null && (typeof o.expected !== 'string' || !FINGERPRINT.test(o.expected))) {
    throw new Error('The save\'s "expected" must be the fingerprint of the text read, or null for a new file.');
  }
  if (o.force !== undefined && typeof o.force !== 'boolean') throw new Error('The save option "force" must be true or false.');
  return o.force === undefined ? { expected: o.expected } : { expected: o.expected, force: o.force };
}
