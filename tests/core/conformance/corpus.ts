// Where the shared Fountain corpus lives (../shared/fountain-corpus, next to the repository) and how its
// files are read. The corpus is test data we may not copy into the repository: tests skip when it is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/fountain-corpus', import.meta.url));
export const SAMPLES_DIR = join(CORPUS_DIR, 'samples');
export const PAIRS_DIR = join(CORPUS_DIR, 'pairs');

export const corpusPresent = existsSync(SAMPLES_DIR) && existsSync(PAIRS_DIR);

/** Call at the top of a corpus test file: says why its tests are skipped when the corpus is missing. */
export function announceMissingCorpus(what: string): void {
  if (!corpusPresent) {
    console.warn(`[conformance] ${what} skipped: the shared corpus is absent (expected at ${CORPUS_DIR}).`);
  }
}

export type Encoding = 'utf-8' | 'latin-1';

/**
 * Decodes bytes as UTF-8 when they are valid UTF-8, as Latin-1 otherwise. A byte-order mark is kept in the
 * string (U+FEFF), because the parser reports it.
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin-1' };
  }
}

export function readCorpusText(path: string): { text: string; encoding: Encoding } {
  return decode(readFileSync(path));
}

export function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
