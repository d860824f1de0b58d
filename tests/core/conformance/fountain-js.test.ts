// fountain-js, the established JavaScript Fountain library, as a second opinion on the English samples:
// prints where its scene headings / cues / dialogue / transitions and ours part ways (the summary in
// docs/conformance.md is written by hand from this output). Asserts only what must hold.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse';
import { announceMissingCorpus, corpusPresent, listDir, readCorpusText, SAMPLES_DIR } from './corpus';
import { show } from './normalise';
import { countByType, diffSpines, fountainJsSpine, ourSpine, type SpineDiff } from './secondOpinion';

announceMissingCorpus('fountain-js comparison (tests/core/conformance/fountain-js.test.ts)');

const samples = listDir(SAMPLES_DIR);
const report: string[] = [];

function describeDiff(file: string, diff: SpineDiff, theirs: number, ours: number): string {
  const t = countByType(diff.onlyTheirs);
  const o = countByType(diff.onlyOurs);
  const lines = [
    `${file}: ${diff.common} in common of ${theirs} (fountain-js) / ${ours} (ours); ` +
      `only fountain-js: ${t.scene_heading} headings, ${t.character} cues, ${t.dialogue} dialogue, ${t.transition} transitions; ` +
      `only ours: ${o.scene_heading} headings, ${o.character} cues, ${o.dialogue} dialogue, ${o.transition} transitions`,
  ];
  for (const el of diff.onlyTheirs.slice(0, 3)) lines.push(`    only fountain-js ${show(el)}`);
  for (const el of diff.onlyOurs.slice(0, 3)) lines.push(`    only ours        ${show(el)}`);
  return lines.join('\n');
}

/**
 * Files where fountain-js reads every heading, cue, speech and transition right (checked by hand against the
 * source and against screenplain's rendering of Brick & Steel): here we must read exactly the same sequence.
 */
const KNOWN_RIGHT = [
  'Fountain-objc__FountainTests__Brick_And_Steel.txt',
  'Fountain-objc__FountainTests__Dialogue.fountain',
  'Fountain-objc__FountainTests__DualDialogue.fountain',
  'Fountain-objc__FountainTests__Simple.fountain',
  'Fountain.js-mattdaly__samples__brick&steel.fountain',
  'afterwriting-labs__samples__brick_and_steel.fountain',
  'betterfountain__src__test__scripts__brick_and_steel_crlf.fountain',
  'betterfountain__src__test__scripts__brick_and_steel_lf.fountain',
  'fountain-js__samples__brick&steel.fountain',
  'fountain-tools__tests__TestFDX-FD.fountain',
  'fountain-tools__tests__TestFDX-FI.fountain',
  'screenplain__examples__Brick-and-Steel.fountain',
  'screenplain__tests__files__dual-dialogue.fountain',
  'screenplain__tests__files__scene-numbers.fountain',
  'screenplain__tests__files__simple.fountain',
];

describe.skipIf(!corpusPresent)('fountain-js second opinion', () => {
  it('knows the files it relies on', () => {
    expect(KNOWN_RIGHT.filter((f) => !samples.includes(f))).toEqual([]);
  });

  afterAll(() => {
    const agree = samples.length - report.length;
    console.log(`\nfountain-js vs ours: ${agree} of ${samples.length} samples agree fully; the others:\n${report.join('\n')}`);
  });

  it.each(samples.map((f) => [f]))('%s', (file) => {
    const { text } = readCorpusText(join(SAMPLES_DIR, file));
    const ours = ourSpine(parse(text, { language: 'en' }));
    let theirs;
    try {
      theirs = fountainJsSpine(text);
    } catch (error) {
      report.push(`${file}: fountain-js throws (${String(error).split('\n')[0]}); ours reads ${ours.length} entries`);
      return;
    }
    const diff = diffSpines(theirs, ours);
    if (diff.onlyTheirs.length + diff.onlyOurs.length > 0) report.push(describeDiff(file, diff, theirs.length, ours.length));
    if (KNOWN_RIGHT.includes(file)) {
      expect(countByType(ours)).toEqual(countByType(theirs));
      expect(diff.onlyTheirs.concat(diff.onlyOurs).map(show)).toEqual([]);
    }
  });
});
