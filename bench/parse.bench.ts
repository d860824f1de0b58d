// The parser: a full parse of ~15,000 lines against fountain-js on the same text in the same run (goal: 20x
// faster), streams of edits through reparse (goal: under 1 ms median), and the heap a parsed Script holds.
import { Fountain } from 'fountain-js';
import { parse } from '../src/core/parse';
import { backspacing, editChain, pastingScene, splitting, typing } from './edit-chains';
import { loadCorpus } from './fixtures/corpus';
import { generateSeries } from './fixtures/series';
import type { BenchCase, BenchSuite } from './lib/types';

interface Input {
  id: string;
  text: () => string;
  detail: () => string;
  phrase: string;
  /** Timed fountain-js parses (it needs seconds on the 31k-line corpus). */
  fountainJsRuns?: number;
}

function fountainJsReads(text: string): boolean {
  try {
    new Fountain().parse(text, true);
    return true;
  } catch {
    return false;
  }
}

const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

const describe = (text: string, label: string): string =>
  `${label}, ${(text.split('\n').length - 1).toLocaleString('en-US')} lines, ${Math.round(text.length / 1024)}K chars`;

function inputCases(input: Input): BenchCase[] {
  const shotline = `${input.id} parse`;
  const fountainJs = `${input.id} parse fountain-js`;
  const chain = { warmup: 10, iterations: 50, goal: { maxMedianMs: 1 } };
  return [
    { name: fountainJs, detail: input.detail(), warmup: 1, iterations: input.fountainJsRuns ?? 10, retained: true, setup: () => { const text = input.text(); return () => new Fountain().parse(text, true); } },
    { name: shotline, detail: input.detail(), warmup: 5, iterations: 30, retained: true, baseline: fountainJs, goal: { minSpeedup: 20 }, setup: () => { const text = input.text(); return () => parse(text); } },
    { name: `${input.id} reparse type 1 char`, detail: '50 chained inserts mid-text', ...chain, setup: () => editChain(input.text(), typing(input.phrase))() },
    { name: `${input.id} reparse split line`, detail: '50 chained Enter mid-line', ...chain, setup: () => editChain(input.text(), splitting())() },
    { name: `${input.id} reparse backspace`, detail: '50 chained deletions', ...chain, setup: () => editChain(input.text(), backspacing())() },
    { name: `${input.id} reparse paste scene`, detail: '20 chained scene pastes', warmup: 3, iterations: 20, setup: () => editChain(input.text(), pastingScene())() },
  ];
}

const suite: BenchSuite = {
  name: 'parse',
  cases: ({ root, skip }) => {
    const en = once(() => generateSeries({ episodes: 90, language: 'en' }));
    const zh = once(() => generateSeries({ episodes: 90, language: 'zh' }));
    const inputs: Input[] = [
      { id: 'en-90ep', text: en, detail: () => describe(en(), 'generated EN'), phrase: 'and then she said it was over ' },
      { id: 'zh-90ep', text: zh, detail: () => describe(zh(), 'generated ZH'), phrase: '我不会再让你伤害任何人了' },
    ];
    const corpus = once(() => loadCorpus(root, fountainJsReads));
    const found = corpus();
    if (found) {
      const text = (): string => found.text;
      inputs.push({ id: 'corpus', text, detail: () => describe(text(), `${found.files} corpus files`), phrase: 'and then he left ', fountainJsRuns: 5 });
      if (found.left.length > 0) skip(`corpus: left out ${found.left.length} samples fountain-js throws on (${found.left.join(', ')})`);
    } else {
      skip('corpus cases skipped: ../shared/fountain-corpus/samples not found');
    }
    return inputs.flatMap(inputCases);
  },
};

export default suite;
