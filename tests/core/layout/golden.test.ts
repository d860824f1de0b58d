// Golden page breaks: for a few scripts, the source line that starts each printed page (and the page count).
// They keep the layout from drifting unnoticed: a change to the layout that moves a page break fails here,
// and is accepted on purpose with UPDATE_GOLDEN=1 npx vitest run tests/core/layout/golden.test.ts (then the
// diff of golden/*.json shows what moved). Only line numbers are stored, no script text: the corpus scripts
// are others' work and stay outside the repository.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutFor, paginate, printProfile, profileFor } from '../../../src/core/layout';
import type { Layout, LayoutOptions } from '../../../src/core/model/layout';
import { parse } from '../../../src/core/parse';
import { CORPUS_ABSENT_MESSAGE, corpusPresent, corpusSamples } from '../parse/corpus-files';

const GOLDEN = join(__dirname, 'golden');
const SAMPLE = join(__dirname, '../../../resources/sample');
const update = process.env.UPDATE_GOLDEN === '1';

interface Golden {
  pages: number;
  /** Per page: the source line of its first printed line (null for pages without one, such as a contents page). */
  starts: (number | null)[];
  /** Per page: its episode (series layouts). */
  episodes?: (number | null)[];
}

function goldenOf(layout: Layout, withEpisodes = false): Golden {
  const starts = layout.pages.map((p) => {
    const first = [...p.lines].filter((l) => l.kind !== 'page_number' && l.kind !== 'scene_number' && l.sourceLine !== null).sort((a, b) => a.y - b.y)[0];
    return first?.sourceLine ?? null;
  });
  const g: Golden = { pages: layout.pages.length, starts };
  if (withEpisodes) g.episodes = layout.pages.map((p) => p.episode);
  return g;
}

function check(name: string, got: Golden): void {
  const file = join(GOLDEN, `${name}.json`);
  if (update || !existsSync(file)) {
    writeFileSync(file, `${JSON.stringify(got)}\n`);
    if (!update) throw new Error(`golden/${name}.json did not exist; written now: check it and commit it`);
    return;
  }
  expect(got, `golden/${name}.json`).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

const sample = (lang: string, n: number) => parse(readFileSync(join(SAMPLE, lang, `ep${String(n).padStart(2, '0')}.fountain`), 'utf8'));

describe('golden page breaks: the sample series', () => {
  for (const lang of ['en', 'zh']) {
    it(`${lang} episodes 1-3, and the whole series`, () => {
      for (const n of [1, 2, 3]) {
        const script = sample(lang, n);
        check(`sample-${lang}-ep${n}`, goldenOf(paginate(script, profileFor(script))));
      }
      const all = Array.from({ length: 10 }, (_, i) => ({ script: sample(lang, i + 1), label: `ep${i + 1}` }));
      check(`sample-${lang}-series`, goldenOf(layoutFor(all), true));
    });
  }
  it('zh episode 1 on Taiwan pages, US Letter', () => {
    const options: LayoutOptions = { chineseStyle: 'taiwan' };
    const script = sample('zh', 1);
    check('sample-zh-ep1-taiwan-letter', goldenOf(paginate(script, profileFor(script, 'letter', options), options)));
  });
});

describe.skipIf(!corpusPresent)('golden page breaks: corpus scripts', () => {
  const scripts = ['screenplain__examples__Big-Fish.fountain', 'screenplain__examples__Brick-and-Steel.fountain', 'afterwriting-labs__samples__my_living_memory.fountain'];
  for (const name of scripts) {
    it(name, () => {
      const text = corpusSamples().find((s) => s.name === name)?.text;
      expect(text, `${name} is in the corpus`).toBeDefined();
      const short = name.replace(/^.*__/, '').replace(/\.fountain$/, '');
      check(`corpus-${short}-letter`, goldenOf(paginate(parse(text!), printProfile('letter'))));
      check(`corpus-${short}-a4`, goldenOf(paginate(parse(text!), printProfile('a4'))));
    });
  }
});

describe.skipIf(corpusPresent)('golden page breaks: corpus scripts (corpus absent)', () => {
  it('need the corpus', () => console.warn(CORPUS_ABSENT_MESSAGE));
});
