import { describe, expect, it } from 'vitest';
import { A4, LETTER, paginate } from '../../../src/core/layout';
import { parse } from '../../../src/core/parse';
import { bodyText, filler, layoutOf, lineIndex, lineText, pageLines } from './support';

const find = (layout: ReturnType<typeof layoutOf>, text: string) => {
  for (const page of layout.pages) for (const l of page.lines) if (lineText(l).includes(text)) return { page, line: l };
  throw new Error(`"${text}" is not on any page`);
};

describe('print profiles', () => {
  it('US Letter: 1.5" and 1" margins, Courier 12 pt, 55 lines, industry indents', () => {
    expect([LETTER.pageWidth, LETTER.pageHeight, LETTER.marginLeft, LETTER.marginRight]).toEqual([612, 792, 108, 72]);
    expect(LETTER.linesPerPage).toBe(55);
    expect(LETTER.blocks.action.width / LETTER.narrowAdvance).toBeCloseTo(60);
    expect(LETTER.blocks.dialogue.width / LETTER.narrowAdvance).toBeCloseTo(35);
    expect(LETTER.marginLeft + LETTER.blocks.character.indent).toBe(3.5 * 72);
    expect(LETTER.marginLeft + LETTER.blocks.parenthetical.indent).toBe(3.0 * 72);
    expect(LETTER.marginLeft + LETTER.blocks.dialogue.indent).toBe(2.5 * 72);
    expect(A4.pageWidth).toBeCloseTo(595.28);
    expect(A4.linesPerPage).toBe(57);
    expect(A4.blocks.action.width).toBeLessThanOrEqual(A4.pageWidth - A4.marginLeft - A4.marginRight);
  });

  it('places elements at their indents and right-aligns transitions', () => {
    const layout = layoutOf('INT. HOUSE - DAY\n\nBob waits.\n\nBOB\n(quietly)\nHello.\n\nCUT TO:\n\n> THE END <\n');
    expect(find(layout, 'INT. HOUSE').line.runs[0].x).toBe(108);
    expect(find(layout, 'BOB').line.runs[0].x).toBe(252);
    expect(find(layout, '(quietly)').line.runs[0].x).toBe(216);
    expect(find(layout, 'Hello.').line.runs[0].x).toBe(180);
    const cut = find(layout, 'CUT TO:').line.runs[0];
    expect(cut.x + cut.width).toBeCloseTo(540);
    const end = find(layout, 'THE END').line.runs[0];
    expect(end.x + end.width / 2).toBeCloseTo(324, 0);
  });

  it('wraps action at 60 characters, at spaces only', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const layout = layoutOf(`INT. A - DAY\n\n${words}\n`);
    const lines = bodyText(layout)[0].slice(1);
    expect(lines.join(' ')).toBe(words);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
    expect(lines[0].length).toBeGreaterThan(54);
  });

  it('fills 55 lines a page: 28 one-line paragraphs fit, 29 do not', () => {
    expect(layoutOf(filler(28)).pages).toHaveLength(1);
    expect(layoutOf(filler(29)).pages).toHaveLength(2);
    const last = pageLines(layoutOf(filler(28)).pages[0]).at(-1)!;
    expect(lineIndex(layoutOf(filler(28)), last)).toBe(54);
  });
});

describe('page breaks', () => {
  const speech = 'First sentence here. Second sentence is here too. Third one, a bit longer than the others. Fourth sentence. Fifth and last sentence of this speech.';

  it('splits a speech between sentences with (MORE) and NAME (CONT\'D)', () => {
    // 25 paragraphs take 49 lines; a blank line leaves 5 for the speech.
    const layout = layoutOf(`${filler(25)}\n\nBOB\n${speech}\n`);
    const [p1, p2] = bodyText(layout);
    expect(p1.at(-1)).toBe('(MORE)');
    expect(p1.at(-2)).toMatch(/[.!?]$/);
    expect(p2[0]).toBe("BOB (CONT'D)");
    const spoken = [...p1.slice(p1.indexOf('BOB') + 1, -1), ...p2.slice(1)].join(' ');
    expect(spoken).toBe(speech);
    const more = pageLines(layout.pages[0]).at(-1)!;
    expect(more.kind).toBe('more');
    expect(more.runs[0].x).toBe(252);
  });

  it('does not split a speech inside a sentence: it moves whole when no sentence end fits', () => {
    const one = 'This is one long sentence that goes on and on without any full stop in the middle of it at all';
    const layout = layoutOf(`${filler(26)}\n\nBOB\n${one}\n`);
    const [p1, p2] = bodyText(layout);
    expect(p1).not.toContain('(MORE)');
    expect(p2[0]).toBe('BOB');
  });

  it('never ends a page on a scene heading, a cue or a parenthetical', () => {
    for (let n = 20; n <= 29; n++) {
      const text = `${filler(n)}\n\nINT. KITCHEN - NIGHT\n\nALICE\n(whispering)\n${speech}\n\nINT. HALL - DAY\n\nShe runs.\n`;
      const layout = layoutOf(text);
      for (const page of layout.pages.slice(0, -1)) {
        const last = pageLines(page).filter((l) => l.kind !== 'page_number' && l.kind !== 'scene_number').at(-1)!;
        expect(['scene_heading', 'character', 'parenthetical'], `after ${n} paragraphs`).not.toContain(last.kind);
      }
      const all = bodyText(layout).flat();
      expect(all).toContain('INT. KITCHEN - NIGHT');
      expect(all).toContain('She runs.');
    }
  });

  it('keeps two lines of a split action paragraph on each page', () => {
    const para = Array.from({ length: 6 }, (_, i) => `This is sentence number ${i} of a paragraph that is long enough to wrap.`).join(' ');
    for (let n = 22; n <= 27; n++) {
      const layout = layoutOf(`${filler(n)}\n\n${para}\n`);
      const pages = bodyText(layout);
      if (pages.length < 2) continue;
      const onFirst = pages[0].filter((l) => !l.startsWith('Filler') && l !== '').length;
      const onSecond = pages[1].length;
      if (onFirst > 0) expect(onFirst).toBeGreaterThanOrEqual(2);
      expect(onSecond).toBeGreaterThanOrEqual(2);
    }
  });

  it('starts a new page at ===', () => {
    const layout = layoutOf('INT. A - DAY\n\nOne.\n\n===\n\nTwo.\n');
    expect(bodyText(layout)).toEqual([['INT. A - DAY', '', 'One.'].filter(Boolean), ['Two.']]);
  });

  it('prints a 10,000-character line without a space, wrapped, and says so', () => {
    const long = 'x'.repeat(10_000);
    const layout = layoutOf(`INT. A - DAY\n\n${long}\n`);
    const lines = bodyText(layout).flat().slice(1);
    expect(lines.join('')).toBe(long);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
    expect(layout.warnings[0].message).toMatch(/line 3/);
  });
});

describe('elements', () => {
  it('sets dual dialogue side by side', () => {
    const layout = layoutOf('INT. A - DAY\n\nBRICK\nScrew retirement.\n\nSTEEL ^\nScrew retirement.\n');
    const cues = layout.pages[0].lines.find((l) => lineText(l).includes('BRICK'))!;
    expect(cues.runs.map((r) => r.text)).toEqual(['BRICK', 'STEEL']);
    expect(cues.runs[1].x).toBeGreaterThan(cues.runs[0].x + 150);
    const said = layout.pages[0].lines.filter((l) => lineText(l).includes('Screw'));
    expect(said).toHaveLength(1);
    expect(said[0].runs).toHaveLength(2);
  });

  it('prints lyrics in italics and emphasis as styles', () => {
    const layout = layoutOf('INT. A - DAY\n\nShe *leans* in, **hard**, _now_ and ***both***.\n\n~Happy birthday to you\n');
    const runs = find(layout, 'leans').line.runs;
    const style = (t: string) => runs.find((r) => r.text === t)?.styles;
    expect(style('leans')).toEqual(['italic']);
    expect(style('hard')).toEqual(['bold']);
    expect(style('now')).toEqual(['underline']);
    expect(style('both')).toEqual(['bold', 'italic']);
    expect(find(layout, 'Happy birthday').line.runs[0].styles).toContain('italic');
  });

  it('leaves out notes, boneyard, synopses and sections; prints notes when asked', () => {
    const text = '# Act One\n\n= The setup\n\nINT. A - DAY\n\nBob sits. [[prop: chair]] He waits.\n\n[[a note on its own]]\n\n/* cut scene */\n\nThe end.\n';
    const plain = bodyText(layoutOf(text)).flat();
    expect(plain).toEqual(['INT. A - DAY', 'Bob sits. He waits.', 'The end.']);
    const withNotes = bodyText(layoutOf(text, { notes: true })).flat().join('\n');
    expect(withNotes).toContain('[prop: chair]');
    expect(withNotes).toContain('[a note on its own]');
    expect(withNotes).not.toContain('cut scene');
    expect(withNotes).not.toContain('Act One');
  });

  it('prints scene numbers in the left, right, both or no margins', () => {
    const text = 'INT. A - DAY #7A#\n\nOne.\n';
    const numbers = (opt?: 'left' | 'right' | 'both' | 'none') =>
      layoutOf(text, opt ? { sceneNumbers: opt } : {}).pages[0].lines.filter((l) => l.kind === 'scene_number').map((l) => ({ x: l.runs[0].x, text: lineText(l) }));
    expect(numbers('both')).toHaveLength(2);
    expect(numbers()).toHaveLength(2);
    expect(numbers('none')).toHaveLength(0);
    const [left] = numbers('left');
    expect(left.text).toBe('7A');
    expect(left.x + 2 * 7.2).toBeLessThan(108);
    const [right] = numbers('right');
    expect(right.x).toBeGreaterThan(540);
    const heading = find(layoutOf(text), 'INT. A').line;
    const sn = layoutOf(text).pages[0].lines.filter((l) => l.kind === 'scene_number');
    for (const l of sn) expect(l.y).toBe(heading.y);
    // Unnumbered scripts get no numbers unless asked, then 1, 2, 3 ...
    expect(layoutOf('INT. A - DAY\n\nOne.\n').pages[0].lines.some((l) => l.kind === 'scene_number')).toBe(false);
    const asked = layoutOf('INT. A - DAY\n\nOne.\n\nEXT. B - NIGHT\n\nTwo.\n', { sceneNumbers: 'left' });
    expect(asked.pages[0].lines.filter((l) => l.kind === 'scene_number').map(lineText)).toEqual(['1', '2']);
  });

  it('numbers pages from page 2, top right', () => {
    const layout = layoutOf(filler(80));
    expect(layout.pages.map((p) => p.number)).toEqual([null, 2, 3]);
    expect(layout.pages[0].lines.some((l) => l.kind === 'page_number')).toBe(false);
    const n = layout.pages[1].lines.find((l) => l.kind === 'page_number')!;
    expect(lineText(n)).toBe('2.');
    expect(n.runs[0].x + n.runs[0].width).toBeCloseTo(540);
    expect(n.y).toBeLessThan(LETTER.marginTop);
  });

  it('lays out the title page from the Fountain keys', () => {
    const text = 'Title: _**BRICK & STEEL**_\nCredit: Written by\nAuthor: Stu\nSource: Story by KTM\nDraft date: 1/27/2012\nContact: Next Level\n    1588 Mission Dr.\nLanguage: en\n\nINT. A - DAY\n\nOne.\n';
    const layout = layoutOf(text);
    const title = layout.pages[0];
    expect(title.kind).toBe('title');
    const texts = pageLines(title).map(lineText);
    expect(texts.slice(0, 4)).toEqual(['BRICK & STEEL', 'Written by', 'Stu', 'Story by KTM']);
    expect(texts).not.toContain('en');
    const t = title.lines.find((l) => lineText(l) === 'BRICK & STEEL')!;
    expect(t.runs[0].styles).toEqual(['bold', 'underline']);
    expect(t.runs[0].x + t.runs[0].width / 2).toBeCloseTo(324, 0);
    const contact = title.lines.find((l) => lineText(l) === 'Next Level')!;
    const date = title.lines.find((l) => lineText(l) === '1/27/2012')!;
    expect(contact.runs[0].x).toBe(108);
    expect(date.runs[0].x + date.runs[0].width).toBeCloseTo(540);
    expect(lineIndex(layout, title.lines.find((l) => lineText(l) === '1588 Mission Dr.')!)).toBe(54);
    expect(layout.pages[1].kind).toBe('body');
    expect(layout.meta).toEqual({ title: 'BRICK & STEEL', author: 'Stu', language: 'en' });
    expect(layoutOf(text, { titlePage: false }).pages[0].kind).toBe('body');
  });

  it('gives every line its source line and scenes as bookmarks', () => {
    const layout = layoutOf('INT. A - DAY\n\nOne.\n\nEXT. B - NIGHT\n\nTwo.\n');
    expect(layout.pages[0].lines.map((l) => l.sourceLine)).toEqual([1, 3, 5, 7]);
    expect(layout.outline.map((o) => [o.title, o.page])).toEqual([
      ['1 INT. A - DAY', 0],
      ['2 EXT. B - NIGHT', 0],
    ]);
  });

  it('is deterministic', () => {
    const text = `${filler(40)}\n\nBOB\nOne. Two. Three.\n`;
    expect(JSON.stringify(paginate(parse(text)))).toBe(JSON.stringify(paginate(parse(text))));
  });
});
