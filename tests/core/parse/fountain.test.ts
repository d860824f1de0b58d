import { describe, expect, it } from 'vitest';
import { parse, parseInline, sourceText } from '../../../src/core/parse';
import type { Element } from '../../../src/core/model/script';

const types = (text: string) => parse(text).elements.map((e) => e.type);
type Of<T extends Element['type']> = [Extract<Element, { type: T }>] extends [never] ? Element : Extract<Element, { type: T }>;
const first = <T extends Element['type']>(text: string, type: T) => parse(text).elements.find((e) => e.type === type) as Of<T>;

describe('title page', () => {
  it('reads keys, multi-line values, and ends at the first blank line', () => {
    const s = parse('Title: Big One\nCredit: written by\nAuthor:\n    Ann\n    Bob\n\nINT. HOUSE - DAY\n');
    expect(s.titlePage.map((t) => [t.key, t.value])).toEqual([
      ['Title', 'Big One'],
      ['Credit', 'written by'],
      ['Author', 'Ann\nBob'],
    ]);
    expect(s.lines.slice(0, 5).every((l) => l.type === 'title_page')).toBe(true);
    expect(types(sourceText(s))).toEqual(['scene_heading']);
  });
  it('is absent when the first line is not a key', () => {
    expect(parse('INT. HOUSE - DAY\n\nTitle: nope\n').titlePage).toEqual([]);
  });
});

describe('scene headings', () => {
  it.each([
    ['INT. HOUSE - DAY', 'INT', 'HOUSE', 'DAY'],
    ['EXT. PARK - NIGHT', 'EXT', 'PARK', 'NIGHT'],
    ['INT./EXT. CAR - MOVING - DUSK', 'INT/EXT', 'CAR - MOVING', 'DUSK'],
    ['INT/EXT CAR - DAWN', 'INT/EXT', 'CAR', 'DAWN'],
    ['I/E. BOAT - CONTINUOUS', 'INT/EXT', 'BOAT', 'CONTINUOUS'],
    ['EST. CITY - LATER', 'EXT', 'CITY', 'LATER'],
    ['int. kitchen - moments later', 'INT', 'kitchen', 'MOMENTS LATER'],
    ['INT HOUSE', 'INT', 'HOUSE', null],
  ])('%s', (line, intExt, location, time) => {
    const h = first(`\n${line}\n\nAction.\n`, 'scene_heading');
    expect([h.intExt, h.location, h.time]).toEqual([intExt, location, time]);
  });
  it('keeps scene numbers and the time as written', () => {
    const h = first('INT. HOUSE - NIGHT (1979) #1-1#\n', 'scene_heading');
    expect(h).toMatchObject({ number: '1-1', text: 'INT. HOUSE - NIGHT (1979)', time: 'NIGHT', timeText: 'NIGHT (1979)' });
  });
  it('forces with a dot but not with an ellipsis', () => {
    expect(first('\n.BINOCULARS VIEW\n', 'scene_heading')).toMatchObject({ text: 'BINOCULARS VIEW', forced: true, intExt: null });
    expect(types('\n...and then\n')).toEqual(['action']);
  });
  it('needs a blank line before it', () => {
    expect(types('He walks.\nINT. HOUSE - DAY\n')).toEqual(['action']);
    expect(types('ESTABLISHING SHOT\n\nx')).toEqual(['action', 'action']);
  });
});

describe('characters and dialogue', () => {
  it('reads a cue with extensions, a parenthetical and dialogue', () => {
    const s = parse('\nBRICK (V.O.) (CONT\'D)\n(quietly)\nHello.\nStill me.\n');
    expect(s.elements.map((e) => e.type)).toEqual(['character', 'parenthetical', 'dialogue']);
    expect(s.elements[0]).toMatchObject({ name: 'BRICK', extension: "V.O., CONT'D", dual: false });
    expect(s.elements[2].text).toBe('Hello.\nStill me.');
  });
  it('uses Unicode upper case, so accented and Cyrillic cues work and lower case does not', () => {
    expect(first('\nÉLODIE\nBonjour.\n', 'character').name).toBe('ÉLODIE');
    expect(first('\nДИМА\nПривет.\n', 'character').name).toBe('ДИМА');
    expect(types('\nMcClane\nYippee.\n')).toEqual(['action']);
    expect(first('\n@McCLANE\nYippee.\n', 'character')).toMatchObject({ name: 'McCLANE', forced: true });
  });
  it('never takes a two-line Chinese paragraph for a cue', () => {
    expect(types('Language: en\n\n林晚走进来\n她看着窗外。\n')).toEqual(['action']);
  });
  it('needs dialogue after it and a blank line before it', () => {
    expect(types('\nBOB\n\nHe left.\n')).toEqual(['action', 'action']);
    expect(types('He said\nBOB\nhi\n')).toEqual(['action']);
  });
  it('marks the second cue of a dual dialogue', () => {
    const s = parse('\nBRICK\nScrew retirement.\n\nSTEEL ^\nScrew retirement.\n');
    const cues = s.elements.filter((e) => e.type === 'character');
    expect(cues.map((c) => c.type === 'character' && c.dual)).toEqual([false, true]);
    expect(cues[1].text).toBe('STEEL');
  });
  it('takes a ^ only at the end of a cue', () => {
    expect(types('\nAND ^ (Dual)\nNo.\n')).toEqual(['action']);
  });
  it('keeps dialogue going over a two-space line', () => {
    const s = parse('\nDEALER\nTen.\n  \nFour.\n');
    expect(s.elements.map((e) => e.type)).toEqual(['character', 'dialogue']);
    expect(s.elements[1].text).toBe('Ten.\n\nFour.');
  });
});

describe('other elements', () => {
  it('transitions: TO: at the end, in caps, alone; forced with >', () => {
    expect(types('\nCUT TO:\n\nx')).toEqual(['transition', 'action']);
    expect(types('\nCut to:\n\nx')).toEqual(['action', 'action']);
    expect(first('\n> Burn to white.\n', 'transition')).toMatchObject({ text: 'Burn to white.', forced: true });
  });
  it('centered text, lyrics, sections, synopses, page breaks', () => {
    expect(first('>THE END<\n', 'centered').text).toBe('THE END');
    expect(first('~Willy Wonka!\n~The chocolate maker.\n', 'lyrics').text).toBe('Willy Wonka!\nThe chocolate maker.');
    expect(first('## Act Two\n', 'section')).toMatchObject({ text: 'Act Two', depth: 2 });
    expect(first('= He meets her.\n', 'synopsis').text).toBe('He meets her.');
    expect(types('a\n\n===\n\nb')).toEqual(['action', 'page_break', 'action']);
  });
  it('forced action keeps indentation; action keeps it too', () => {
    const s = parse('\n!SCANNING THE AISLES\n\n    Indented line\n\tTabbed\n');
    expect(s.elements.map((e) => [e.type, e.text])).toEqual([
      ['action', 'SCANNING THE AISLES'],
      ['action', '    Indented line\n\tTabbed'],
    ]);
    expect(s.elements[0].forced).toBe(true);
  });
  it('notes: inline stay in their element, block notes are elements', () => {
    const s = parse('He waits. [[check this]]\n\n[[A long\nnote here]]\n\nDone.');
    expect(s.elements.map((e) => [e.type, e.text])).toEqual([
      ['action', 'He waits. [[check this]]'],
      ['note', 'A long\nnote here'],
      ['action', 'Done.'],
    ]);
  });
  it('boneyard blocks are elements and do not break the state around them', () => {
    const s = parse('\n/* cut\nINT. NOT A SCENE\n*/\nINT. HOUSE - DAY\n\nx');
    expect(s.elements.map((e) => e.type)).toEqual(['boneyard', 'scene_heading', 'action']);
    expect(s.elements[0].text).toBe('cut\nINT. NOT A SCENE');
  });
  it('emphasis spans with escapes', () => {
    const runs = parseInline('a *it* **bo** ***bi*** _un_ \\*lit\\* [[note]] /* bone */');
    const styled = runs.map((r) => [r.text, r.styles.join('+') || r.kind]);
    expect(styled).toEqual([
      ['a ', 'text'],
      ['it', 'italic'],
      [' ', 'text'],
      ['bo', 'bold'],
      [' ', 'text'],
      ['bi', 'bold+italic'],
      [' ', 'text'],
      ['un', 'underline'],
      [' *lit* ', 'text'],
      ['note', 'note'],
      [' ', 'text'],
      [' bone ', 'boneyard'],
    ]);
    expect(parseInline('2 * 3 * 4').map((r) => r.text).join('')).toBe('2 * 3 * 4');
    expect(parseInline('**bold _and under_**')).toMatchObject([{ text: 'bold ', styles: ['bold'] }, { text: 'and under', styles: ['bold', 'underline'] }]);
  });
});

describe('positions and losslessness', () => {
  it('gives line, column and offset of every element', () => {
    const text = 'Title: T\n\nINT. A - DAY\r\n\r\nBOB\r\nHi.';
    const s = parse(text);
    const bob = s.elements.find((e) => e.type === 'character')!;
    expect(bob.range.start).toEqual({ line: 5, column: 0, offset: text.indexOf('BOB') });
    expect(bob.range.end).toEqual({ line: 5, column: 3, offset: text.indexOf('BOB') + 3 });
    const hi = s.elements[s.elements.length - 1];
    expect(text.slice(hi.range.start.offset, hi.range.end.offset)).toBe('Hi.');
  });
  it.each([
    ['LF', 'a\nb\n'],
    ['CRLF', 'a\r\nb\r\n'],
    ['CR', 'a\rb\r'],
    ['mixed', 'a\r\nb\nc\rd'],
    ['BOM', '\uFEFFTitle: x\n\nINT. A - DAY\n'],
    ['no final newline', 'INT. A\n\nx'],
    ['empty', ''],
  ])('rebuilds %s text exactly', (_name, text) => {
    const s = parse(text);
    expect(sourceText(s)).toBe(text);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
  it('reports the BOM and counts offsets after it', () => {
    const s = parse('\uFEFFINT. A - DAY\n\nx');
    expect(s.bom).toBe(true);
    expect(s.lines[0].text).toBe('INT. A - DAY');
    expect(s.elements[0].range.start.offset).toBe(1);
  });
});

describe('heading dashes', () => {
  it('reads a double dash before the time', () => {
    const h = parse('\nEXT. BEACH -- LATER\n\nx').elements[0];
    expect(h).toMatchObject({ type: 'scene_heading', location: 'BEACH', time: 'LATER', timeText: 'LATER' });
  });
});
