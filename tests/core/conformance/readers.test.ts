// The readers that turn other parsers' expected outputs into our normalised shape, tested on small
// hand-written inputs in each format, and on every expected file of the shared corpus (when present).
import { describe, expect, it } from 'vitest';
import { corpusPresent } from './corpus';
import { decodeEntities, finish, squash, stripContd, stripEmphasis, stripNotes } from './normalise';
import { readFountainTools } from './readers/fountainTools';
import { readJouvence } from './readers/jouvence';
import { formatHeading, PROFILES } from './readers/ours';
import { readScreenplain } from './readers/screenplain';
import { loadPairCases } from './suites';

describe('normalisation helpers', () => {
  it('squashes white space, non-breaking spaces included', () => {
    expect(squash('  a \u00a0 b\n\nc  ')).toBe('a b c');
  });

  it('strips paired emphasis and keeps escaped or unpaired markers', () => {
    expect(stripEmphasis('a ***b*** **c** *d* _e_ f')).toBe('a b c d e f');
    expect(stripEmphasis('**\\*42\\***')).toBe('*42*');
    expect(stripEmphasis('dial *69 and *23 now')).toBe('dial *69 and *23 now');
    expect(stripEmphasis('_under *both*_')).toBe('under both');
  });

  it('removes inline notes, decodes entities, drops CONT\'D', () => {
    expect(stripNotes('one [[a\nnote]]two')).toBe('one two');
    expect(decodeEntities('&amp;&nbsp;&#20320;&#x4e16;&bogus;')).toBe('&\u00a0你世&bogus;');
    expect(stripContd("STEEL (V.O.) (CONT'D)")).toBe('STEEL (V.O.)');
    expect(stripContd('STEEL (CONT’D)')).toBe('STEEL');
  });

  it('merges runs of action and dialogue, drops notes and empty action', () => {
    const out = finish(
      [
        { type: 'action', text: 'one\n' },
        { type: 'note', text: 'n' },
        { type: 'action', text: '\n two' },
        { type: 'action', text: '  ' },
        { type: 'character', text: 'BO' },
        { type: 'dialogue', text: 'hi' },
        { type: 'dialogue', text: 'there' },
        { type: 'page_break', text: '' },
      ],
      PROFILES.jouvence,
    );
    expect(out).toEqual([
      { type: 'action', text: 'one two' },
      { type: 'character', text: 'BO' },
      { type: 'dialogue', text: 'hi there' },
      { type: 'page_break', text: '' },
    ]);
  });

  it('writes scene numbers after the heading text once', () => {
    expect(formatHeading('INT. HALL #4A#', '4A')).toBe('INT. HALL #4A#');
    expect(formatHeading('INT. HALL', '4A')).toBe('INT. HALL #4A#');
    expect(formatHeading('INT. HALL', null)).toBe('INT. HALL');
  });
});

describe('Jouvence reader', () => {
  it('reads documents, prefixes and title maps', () => {
    const yaml = [
      '---',
      'in: "INT. A\\n\\nB"',
      'out:',
      '    - ".INT. A"',
      '    - "!><**X**"',
      '    - "_(softly)"',
      '    - "##Act"',
      '    - "<pagebreak>"',
      '---',
      'in: "Title: T\\n"',
      'title:',
      '    Title: T',
      'out: []',
    ].join('\n');
    const cases = readJouvence(yaml, 'test_x');
    expect(cases.map((c) => c.id)).toEqual(['test_x#1', 'test_x#2']);
    expect(cases[0].input).toBe('INT. A\n\nB');
    expect(cases[0].expected).toEqual([
      { type: 'scene_heading', text: 'INT. A' },
      { type: 'centered', text: '**X**' },
      { type: 'parenthetical', text: '(softly)' },
      { type: 'section', text: '## Act' },
      { type: 'page_break', text: '' },
    ]);
    expect(cases[0].title).toBeUndefined();
    expect(cases[1]).toMatchObject({ expected: [], title: [['title', 'T']] });
  });

  it('rejects an unknown prefix', () => {
    expect(() => readJouvence('in: "x"\nout:\n    - "?x"\n', 't')).toThrow(/prefix/);
  });
});

describe('fountain-tools reader', () => {
  it('reads multi-line entries, suffixes, placeholders and title entries', () => {
    const dump = [
      'TITLEENTRY:"Title":"',
      '    Two',
      '    lines"',
      'HEADING:"INT. ROOM" (7B) tags:a,b',
      'CHARACTER:"ANA" "(V.O.)" (Dual)',
      'PARENTHETICAL:"quietly"',
      'DIALOGUE:"She said "no" twice[[0]]',
      'and left."',
      'ACTION:" MIDDLE " (centered)',
      'SECTION:"Part" (2)',
      'PAGEBREAK:""',
      '[[0]]NOTE:"a note"',
    ].join('\n');
    const { elements, title } = readFountainTools(dump);
    expect(title).toEqual([['title', 'Two lines']]);
    expect(elements).toEqual([
      { type: 'scene_heading', text: 'INT. ROOM #7B#' },
      { type: 'character', text: 'ANA (V.O.) ^' },
      { type: 'parenthetical', text: '(quietly)' },
      { type: 'dialogue', text: 'She said "no" twice\nand left.' },
      { type: 'centered', text: ' MIDDLE ' },
      { type: 'section', text: '## Part' },
      { type: 'page_break', text: '' },
    ]);
  });
});

describe('screenplain reader', () => {
  it('reads headings, numbers, sections, dialogue, dual, page breaks and entities', () => {
    const html = [
      '<h2>Part</h2><span class="h2-synopsis">Sum</span>',
      '<h6><span class="scnuml">3</span>INT.&nbsp; ROOM<span class="scnumr">3</span></h6>',
      '<div class="action"><p>One<br/>two &amp; <em>three</em></p><p>Four</p></div>',
      '<div class="dialog"><p class="character">ANA</p><p class="parenthetical">(soft)</p><p>Hi.</p><p>&nbsp;</p><p>Bye.</p></div>',
      '<div class="dual"><div class="left"><p class="character">A</p><p>x</p></div><div class="right"><p class="character">B</p><p>y</p></div><br /></div>',
      '<div class="transition">CUT TO:</div>',
      '<div class="page-break action"><p>Later</p></div>',
      '<div class="action centered"><p><u>END</u></p></div>',
    ].join('\n');
    expect(finish(readScreenplain(html), PROFILES.screenplain)).toEqual([
      { type: 'section', text: '## Part' },
      { type: 'synopsis', text: 'Sum' },
      { type: 'scene_heading', text: 'INT. ROOM #3#' },
      { type: 'action', text: 'One two & three Four' },
      { type: 'character', text: 'ANA' },
      { type: 'parenthetical', text: '(soft)' },
      { type: 'dialogue', text: 'Hi. Bye.' },
      { type: 'character', text: 'A' },
      { type: 'dialogue', text: 'x' },
      { type: 'character', text: 'B ^' },
      { type: 'dialogue', text: 'y' },
      { type: 'transition', text: 'CUT TO:' },
      { type: 'page_break', text: '' },
      { type: 'action', text: 'Later' },
      { type: 'centered', text: 'END' },
    ]);
  });
});

if (!corpusPresent) console.warn('skipped: readers on the shared corpus: ../shared/fountain-corpus is absent (CI and developer machines have it beside the repo)');

describe.skipIf(!corpusPresent)('readers on the shared corpus', () => {
  const cases = corpusPresent ? loadPairCases() : [];

  it('reads every expected output into known element types', () => {
    const counts = { jouvence: 0, 'fountain-tools': 0, screenplain: 0 };
    for (const c of cases) counts[c.suite] += 1;
    expect(counts.jouvence).toBe(46);
    expect(counts['fountain-tools']).toBeGreaterThanOrEqual(15);
    expect(counts.screenplain).toBeGreaterThanOrEqual(18);
    for (const c of cases.filter((x) => x.kind === 'elements' && x.input.trim() !== '')) {
      expect(c.expected.length + (c.title?.length ?? 0), `${c.id} reads as empty`).toBeGreaterThan(0);
    }
  });

  it('reads the screenplain Brick & Steel example with its dual dialogue and centered text', () => {
    const c = cases.find((x) => x.id === 'screenplain:examples__Brick-and-Steel')!;
    const els = finish(c.expected, c.profile);
    expect(els.filter((e) => e.type === 'scene_heading').length).toBeGreaterThan(5);
    expect(els.filter((e) => e.type === 'character' && e.text.endsWith(' ^'))).toHaveLength(1);
    expect(els.filter((e) => e.type === 'centered').length).toBeGreaterThanOrEqual(2);
  });
});
