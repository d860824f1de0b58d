// The common shape every suite's expected output and our own parse are turned into before comparing.
// The rules are documented in docs/conformance.md ("Normalisation"); keep the two in step.
import type { ElementType } from '../../../src/core/model/script';

/** Element types in our names: the Fountain ones (src/core/model/script.ts), without the Chinese-only types. */
export type NormType = Exclude<ElementType, 'episode' | 'cast_list' | 'caption' | 'hook' | 'flashback_start' | 'flashback_end'>;

export interface NormEl {
  type: NormType;
  text: string;
}

/** A title-page entry: key lower-cased, value normalised like element text. */
export type NormTitle = [key: string, value: string];

/** Collapses every run of white space (including non-breaking spaces and line breaks) to one space; trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Removes inline notes `[[...]]` (including multi-line ones) from a text. */
export function stripNotes(text: string): string {
  return text.replace(/\[\[[\s\S]*?\]\]/g, '');
}

/** Removes inline boneyard `/* ... *\/` from a text. */
export function stripBoneyard(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '');
}

/**
 * Removes Fountain emphasis markers (`*`, `**`, `***`, `_`) that open and close a span on the same text, and
 * turns escaped markers (`\*`, `\_`) into the literal character. Unpaired markers stay, as in the spec.
 */
export function stripEmphasis(text: string): string {
  const ESC_STAR = '\u0001';
  const ESC_UNDER = '\u0002';
  let out = text.replace(/\\\*/g, ESC_STAR).replace(/\\_/g, ESC_UNDER);
  const span = (marker: string) =>
    new RegExp(`${marker}(?=\\S)([^\\n]*?\\S)${marker}`, 'g');
  for (const marker of ['\\*\\*\\*', '\\*\\*', '\\*', '_']) {
    let previous;
    do {
      previous = out;
      out = out.replace(span(marker), '$1');
    } while (out !== previous);
  }
  return out.replace(new RegExp(ESC_STAR, 'g'), '*').replace(new RegExp(ESC_UNDER, 'g'), '_');
}

/** Decodes the HTML character references screenplain writes (named few, decimal and hex). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** Removes `(CONT'D)`-style continuation extensions from a character cue (fountain-tools drops them). */
export function stripContd(cue: string): string {
  return cue.replace(/\s*\((?:CONT['’]D|CONT\.?|CONTINUED|CONTD)\)/gi, '');
}

export interface MergeRules {
  /** Types whose consecutive elements are merged into one (texts joined with a line break). */
  merge: ReadonlySet<NormType>;
  /** Types dropped altogether. */
  drop: ReadonlySet<NormType>;
}

/**
 * The final, shared step for both sides: drop the dropped types, merge runs of the merged types, squash the
 * text, and drop action (and merged dialogue) whose text ends up empty.
 */
export function finish(elements: readonly NormEl[], rules: MergeRules): NormEl[] {
  const out: NormEl[] = [];
  for (const el of elements) {
    if (rules.drop.has(el.type)) continue;
    const last = out[out.length - 1];
    if (last && last.type === el.type && rules.merge.has(el.type)) {
      last.text = `${last.text}\n${el.text}`;
    } else {
      out.push({ type: el.type, text: el.text });
    }
  }
  return out
    .map((el) => ({ type: el.type, text: squash(el.text) }))
    .filter((el) => el.text !== '' || (el.type !== 'action' && el.type !== 'dialogue'));
}

export function sameTitle(a: readonly NormTitle[], b: readonly NormTitle[]): boolean {
  const key = (t: readonly NormTitle[]) => JSON.stringify([...t].sort((x, y) => x[0].localeCompare(y[0])));
  return key(a) === key(b);
}

export function sameElements(a: readonly NormEl[], b: readonly NormEl[]): boolean {
  return a.length === b.length && a.every((el, i) => el.type === b[i].type && el.text === b[i].text);
}

export function show(el: NormEl | undefined): string {
  if (!el) return '(nothing)';
  const text = el.text.length > 70 ? `${el.text.slice(0, 67)}...` : el.text;
  return `${el.type}:${JSON.stringify(text)}`;
}

/** A short, readable account of where two sequences part: the first differing position and its neighbours. */
export function describeDifference(expected: readonly NormEl[], actual: readonly NormEl[]): string {
  let i = 0;
  while (i < expected.length && i < actual.length && show(expected[i]) === show(actual[i])) i += 1;
  if (i === expected.length && i === actual.length) return 'same';
  const lines = [`first difference at #${i} (expected ${expected.length} elements, got ${actual.length})`];
  for (let k = i; k < i + 3 && (k < expected.length || k < actual.length); k += 1) {
    lines.push(`  expected ${show(expected[k])}`, `  ours     ${show(actual[k])}`);
  }
  return lines.join('\n');
}
