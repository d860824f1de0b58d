// Emphasis as styled runs, for fountain-tools' Formatted case: its expected output is the action text
// rendered with <b>, <i> and <u>; ours comes from parseInline. Both become `[biu:text]` runs (sorted style
// letters, adjacent runs of the same styles joined, white space squashed) so nesting order does not matter.
import { parseInline } from '../../../src/core/parse';
import type { Script } from '../../../src/core/model/script';
import { squash } from './normalise';

interface Run {
  styles: string;
  text: string;
}

function serialise(runs: readonly Run[]): string {
  const joined: Run[] = [];
  for (const run of runs) {
    const last = joined[joined.length - 1];
    if (last && last.styles === run.styles) last.text += run.text;
    else joined.push({ ...run });
  }
  return squash(joined.map((r) => (r.styles ? `[${r.styles}:${r.text}]` : r.text)).join(''));
}

const LETTER: Record<string, string> = { bold: 'b', italic: 'i', underline: 'u', b: 'b', i: 'i', u: 'u' };
const letters = (styles: Iterable<string>) => [...new Set([...styles].map((s) => LETTER[s]))].sort().join('');

/** fountain-tools' rendering: text with <b>, <i>, <u> tags, possibly nested. */
export function runsFromHtml(html: string): string {
  const runs: Run[] = [];
  const open: string[] = [];
  for (const m of html.matchAll(/<(\/?)([biu])>|([^<]+|<)/g)) {
    if (m[3] !== undefined) runs.push({ styles: letters(open), text: m[3] });
    else if (m[1]) open.splice(open.lastIndexOf(m[2]), 1);
    else open.push(m[2]);
  }
  return serialise(runs);
}

/** Our action text, through parseInline, as the same runs (notes and boneyard are not printed). */
export function runsFromScript(script: Script): string {
  const runs: Run[] = [];
  for (const el of script.elements) {
    if (el.type !== 'action') continue;
    for (const run of parseInline(el.text)) {
      if (run.kind === 'text') runs.push({ styles: letters(run.styles), text: run.text });
    }
    runs.push({ styles: '', text: '\n' });
  }
  return serialise(runs);
}
