// Hand-written scripts (tests/fixtures/scripts) with hand-written expectations: scene headings with their
// parts, speakers, episode markers, cast lines, hooks, captions, flashbacks and transitions, by line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse';
import type { Element } from '../../../src/core/model/script';

const DIR = join(__dirname, '../../fixtures/scripts');

interface Expected {
  language: 'en' | 'zh';
  scenes: { line: number; number: string | null; intExt: string | null; location: string; time: string | null; timeText: string | null }[];
  speakers: { line: number; name: string; extension: string | null; dual?: boolean }[];
  episodes: { line: number; number: number; title: string | null }[];
  castLists: { line: number; names: string[] }[];
  hooks: number[];
  captions: number[];
  flashbackStart: number[];
  flashbackEnd: number[];
  transitions: number[];
  notCharacters: number[];
}

const names = readdirSync(DIR).filter((f) => f.endsWith('.fountain')).sort();
const lineOf = (e: Element) => e.range.start.line;
const linesOfType = (els: Element[], type: Element['type']) => els.filter((e) => e.type === type).map(lineOf);

describe.each(names)('%s', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.fountain$/, '.expected.json')), 'utf8')) as Expected;
  const script = parse(text);
  const els = script.elements;

  it('reads the language', () => expect(script.language).toBe(expected.language));

  it('finds every scene heading with its parts', () => {
    const scenes = els.flatMap((e) =>
      e.type === 'scene_heading' ? [{ line: lineOf(e), number: e.number, intExt: e.intExt, location: e.location, time: e.time, timeText: e.timeText }] : [],
    );
    expect(scenes).toEqual(expected.scenes);
  });

  it('finds every speaker with name and extension', () => {
    const speakers = els.flatMap((e) => {
      if (e.type !== 'character') return [];
      const s: Expected['speakers'][number] = { line: lineOf(e), name: e.name, extension: e.extension };
      if (e.dual) s.dual = true;
      return [s];
    });
    expect(speakers).toEqual(expected.speakers);
  });

  it('finds episode markers and cast lines', () => {
    expect(els.flatMap((e) => (e.type === 'episode' ? [{ line: lineOf(e), number: e.number, title: e.title }] : []))).toEqual(expected.episodes);
    expect(els.flatMap((e) => (e.type === 'cast_list' ? [{ line: lineOf(e), names: e.names }] : []))).toEqual(expected.castLists);
  });

  it('finds captions, flashbacks, transitions and (Chinese) hooks', () => {
    expect(linesOfType(els, 'caption')).toEqual(expected.captions);
    expect(linesOfType(els, 'flashback_start')).toEqual(expected.flashbackStart);
    expect(linesOfType(els, 'flashback_end')).toEqual(expected.flashbackEnd);
    expect(linesOfType(els, 'transition')).toEqual(expected.transitions);
    // English hooks are a breakdown convention (a [[hook]] note before the last paragraph), not an element.
    if (expected.language === 'zh') expect(linesOfType(els, 'hook')).toEqual(expected.hooks);
  });

  it('takes none of the trap lines for a speaker', () => {
    const cueLines = new Set(linesOfType(els, 'character'));
    expect(expected.notCharacters.filter((l) => cueLines.has(l))).toEqual([]);
  });
});
