// Reads the shared Fountain corpus for tests. It is test data from others: never copied into the repo.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(__dirname, '../../../../shared/fountain-corpus');
export const corpusPresent = existsSync(join(CORPUS_DIR, 'samples'));
export const CORPUS_ABSENT_MESSAGE =
  'skipped: ../shared/fountain-corpus is absent (it sits beside the repo on CI and developer machines; see README)';

/** Decodes bytes as UTF-8, or as Windows-1252/Latin-1 when they are not valid UTF-8. */
export function decodeSample(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function corpusSamples(): { name: string; text: string }[] {
  if (!corpusPresent) return [];
  const dir = join(CORPUS_DIR, 'samples');
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: decodeSample(readFileSync(join(dir, name))) }));
}
