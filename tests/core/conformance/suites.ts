// Every pair case of the shared corpus, read into the normalised shape: one entry per Jouvence YAML
// document, per fountain-tools dump, per screenplain HTML file. Cases without an input or an expected output
// (fountain-tools' SimpleCallbackParser dump, screenplain's title-page which only has a PDF) are left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listDir, PAIRS_DIR, readCorpusText } from './corpus';
import type { NormEl, NormTitle } from './normalise';
import { readFountainTools } from './readers/fountainTools';
import { readJouvence } from './readers/jouvence';
import { PROFILES, type Profile } from './readers/ours';
import { readScreenplain } from './readers/screenplain';

export type SuiteName = 'jouvence' | 'fountain-tools' | 'screenplain';

export interface PairCase {
  suite: SuiteName;
  /** Stable id used in decided.ts and docs/conformance.md, e.g. `jouvence:test_action#2`. */
  id: string;
  input: string;
  /** What the suite expects, read but not yet merged/squashed (finish() does that). */
  expected: NormEl[];
  /** Title-page entries, when the suite states them. */
  title?: NormTitle[];
  profile: Profile;
  /** `emphasis`: the expected output is rendered emphasis of each paragraph (fountain-tools' Formatted). */
  kind: 'elements' | 'emphasis';
  /** For `emphasis` cases: the expected rendered text. */
  rendered?: string;
}

function jouvenceCases(): PairCase[] {
  const dir = join(PAIRS_DIR, 'jouvence');
  return listDir(dir).filter((f) => f.endsWith('.yaml')).flatMap((file) => {
    const name = file.replace(/^jouvence__tests__/, '').replace(/\.yaml$/, '');
    return readJouvence(readFileSync(join(dir, file), 'utf8'), name).map((c): PairCase => ({
      suite: 'jouvence',
      id: `jouvence:${c.id}`,
      input: c.input,
      expected: c.expected,
      ...(c.title ? { title: c.title } : {}),
      profile: PROFILES.jouvence,
      kind: 'elements',
    }));
  });
}

function fountainToolsCases(): PairCase[] {
  const dir = join(PAIRS_DIR, 'fountain-tools');
  const files = listDir(dir);
  return files.filter((f) => f.endsWith('.fountain')).flatMap((file): PairCase[] => {
    const name = file.replace(/^fountain-tools__tests__/, '').replace(/\.fountain$/, '');
    // The merged variant when there is one: consecutive action / dialogue lines as one element, like ours.
    const dump = [`${name}-Merged.txt`, `${name}.txt`].map((n) => `fountain-tools__tests__${n}`).find((n) => files.includes(n));
    if (!dump) return [];
    const input = readCorpusText(join(dir, file)).text;
    const expectedText = readCorpusText(join(dir, dump)).text;
    const base = { suite: 'fountain-tools' as const, id: `fountain-tools:${name}`, input, profile: PROFILES.fountainTools };
    if (name === 'Formatted') return [{ ...base, expected: [], kind: 'emphasis', rendered: expectedText }];
    const { elements, title } = readFountainTools(expectedText);
    return [{ ...base, expected: elements, title, kind: 'elements' }];
  });
}

function screenplainCases(): PairCase[] {
  const dir = join(PAIRS_DIR, 'screenplain');
  const files = listDir(dir);
  return files.filter((f) => f.endsWith('.html')).flatMap((file): PairCase[] => {
    const source = file.replace(/\.html$/, '.fountain');
    if (!files.includes(source)) return [];
    const name = file.replace(/^screenplain__/, '').replace(/^tests__files__/, '').replace(/\.html$/, '');
    return [{
      suite: 'screenplain',
      id: `screenplain:${name}`,
      input: readCorpusText(join(dir, source)).text,
      expected: readScreenplain(readCorpusText(join(dir, file)).text),
      profile: PROFILES.screenplain,
      kind: 'elements',
    }];
  });
}

export function loadPairCases(): PairCase[] {
  return [...jouvenceCases(), ...fountainToolsCases(), ...screenplainCases()];
}
