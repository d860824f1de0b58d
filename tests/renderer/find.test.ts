// Find and replace: queries (case, whole words, regular expressions), matches kept up to date as the text
// changes, next/previous with wrapping, replace one, replace all as one undo step.
import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { compileQuery, findInLines, replaceAllInText, replacementFor } from '../../src/renderer/find/search';
import type { FindQuery } from '../../src/renderer/find/search';
import { findNext, findState, replaceAll, replaceCurrent, setQuery } from '../../src/renderer/find/find-plugin';
import { textOf } from '../../src/renderer/editor/state';
import { editorState, press, type } from './editor-support';

const q = (text: string, options: Partial<FindQuery> = {}): FindQuery => ({ text, caseSensitive: false, wholeWord: false, regex: false, ...options });
const re = (query: FindQuery) => compileQuery(query)!.re!;

describe('search', () => {
  const lines = ['Wan wants the WAN lamp.', '林晚看着林晚的手。', 'swan song'];

  it('finds plain text in any case, or matching case', () => {
    expect(findInLines(lines, re(q('wan')))).toEqual([
      { line: 0, from: 0, to: 3 },
      { line: 0, from: 4, to: 7 },
      { line: 0, from: 14, to: 17 },
      { line: 2, from: 1, to: 4 },
    ]);
    expect(findInLines(lines, re(q('WAN', { caseSensitive: true })))).toEqual([{ line: 0, from: 14, to: 17 }]);
  });

  it('finds whole words only, and escapes plain text', () => {
    expect(findInLines(lines, re(q('wan', { wholeWord: true })))).toEqual([{ line: 0, from: 0, to: 3 }, { line: 0, from: 14, to: 17 }]);
    expect(findInLines(['a.b axb'], re(q('a.b')))).toEqual([{ line: 0, from: 0, to: 3 }]);
    expect(findInLines(lines, re(q('林晚')))).toHaveLength(2);
  });

  it('takes regular expressions, reports bad ones, skips empty matches', () => {
    expect(findInLines(lines, re(q('w\\w+s', { regex: true })))).toEqual([{ line: 0, from: 4, to: 9 }]);
    expect(compileQuery(q('(', { regex: true }))?.error).toBeTruthy();
    expect(compileQuery(q(''))).toBeNull();
    expect(findInLines(lines, re(q('x*', { regex: true })))).toEqual([]);
  });

  it('expands groups in regular-expression replacements', () => {
    const r = re(q('(\\w+) (\\w+)', { regex: true }));
    const [m] = findInLines(['swan song'], r);
    expect(replacementFor('swan song', m, r, '$2 $1', true)).toBe('song swan');
    expect(replacementFor('swan song', m, r, '$2 $1', false)).toBe('$2 $1');
    expect(replaceAllInText('a1\r\nb22\n', re(q('\\d', { regex: true })), '#', true)).toEqual({ text: 'a#\r\nb##\n', count: 3 });
  });
});

describe('find in the editor', () => {
  const TEXT = 'INT. HOUSE - DAY\n\nMara waits.\n\nMARA\nWhere is Mara?\n';

  it('lists the matches and keeps them up to date while typing', () => {
    let s = press(editorState(TEXT), setQuery(q('mara'))).state;
    expect(findState(s).matches).toHaveLength(3);
    s = type(s, ' Mara!');
    expect(findState(s).matches).toHaveLength(4);
    expect(findState(s).matches.at(-1)).toEqual({ line: 6, from: 1, to: 5 });
  });

  it('moves to the next and previous match, wrapping round', () => {
    let s = press(editorState(TEXT), setQuery(q('mara'))).state;
    s = press(s, findNext(1)).state; // the caret is at the end: wraps to the first
    expect(findState(s).current).toBe(0);
    expect(s.doc.textBetween(s.selection.from, s.selection.to)).toBe('Mara');
    s = press(s, findNext(1)).state;
    expect(findState(s).current).toBe(1);
    s = press(s, findNext(-1)).state;
    expect(findState(s).current).toBe(0);
    s = press(s, findNext(-1)).state;
    expect(findState(s).current).toBe(2);
  });

  it('replaces the selected match, then all the rest in one undo step', () => {
    let s = press(editorState(TEXT), setQuery(q('mara', { wholeWord: true }))).state;
    s = press(s, findNext(1)).state;
    s = press(s, replaceCurrent('Zoe')).state;
    expect(textOf(s)).toBe('INT. HOUSE - DAY\n\nZoe waits.\n\nMARA\nWhere is Mara?\n');
    let count = 0;
    s = press(s, replaceAll('Zoe', (n) => (count = n))).state;
    expect(count).toBe(2);
    expect(textOf(s)).toBe('INT. HOUSE - DAY\n\nZoe waits.\n\nZoe\nWhere is Zoe?\n');
    s = press(s, undo).state;
    expect(textOf(s)).toBe('INT. HOUSE - DAY\n\nZoe waits.\n\nMARA\nWhere is Mara?\n');
  });
});
