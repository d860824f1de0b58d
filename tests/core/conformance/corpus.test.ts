// Every sample of the shared Fountain corpus parses without throwing, round-trips byte for byte, keeps every
// line, and gives every non-blank line to an element or to the title page.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, sourceText } from '../../../src/core/parse';
import type { Script } from '../../../src/core/model/script';
import { announceMissingCorpus, corpusPresent, listDir, readCorpusText, SAMPLES_DIR } from './corpus';

announceMissingCorpus('Corpus round-trip tests (tests/core/conformance/corpus.test.ts)');

const samples = listDir(SAMPLES_DIR);

/** Line numbers (from 1) that some element's range or title-page entry's range covers. */
function coveredLines(script: Script): Set<number> {
  const covered = new Set<number>();
  const ranges = [...script.elements.map((e) => e.range), ...script.titlePage.map((t) => t.range)];
  for (const { start, end } of ranges) {
    // The range is half-open: an end at column 0 of a later line stops before that line.
    const last = end.column === 0 && end.line > start.line ? end.line - 1 : end.line;
    for (let line = start.line; line <= last; line += 1) covered.add(line);
  }
  return covered;
}

describe.skipIf(!corpusPresent)('corpus samples', () => {
  it('finds the samples, including the Latin-1 Big Fish copies', () => {
    expect(samples.length).toBeGreaterThan(50);
    const latin1 = samples.filter((f) => readCorpusText(join(SAMPLES_DIR, f)).encoding === 'latin-1');
    expect(latin1.sort()).toEqual(['Fountain.js-mattdaly__samples__bigfish.fountain', 'fountain-js__samples__bigfish.fountain']);
  });

  describe.each(samples.map((f) => [f]))('%s', (file) => {
    const { text } = readCorpusText(join(SAMPLES_DIR, file));

    it('parses, round-trips exactly and keeps every line', () => {
      const script = parse(text);
      expect(sourceText(script) === text, 'sourceText(parse(text)) differs from the text').toBe(true);
      const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
      expect(script.bom).toBe(text.startsWith('\uFEFF'));
      expect(script.lines).toHaveLength(body.split(/\r\n|\r|\n/).length);
    });

    it('gives every non-blank line to an element or the title page', () => {
      const script = parse(text);
      const covered = coveredLines(script);
      const lost = script.lines
        .map((line, i) => ({ n: i + 1, line }))
        .filter(({ n, line }) => line.text.trim() !== '' && line.type !== 'title_page' && !covered.has(n))
        .map(({ n, line }) => `${n}: ${line.text}`);
      expect(lost.slice(0, 10), `${lost.length} non-blank lines belong to no element`).toEqual([]);
    });
  });
});
