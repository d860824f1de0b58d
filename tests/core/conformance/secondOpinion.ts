// fountain-js as a second opinion: both parses reduced to the sequence that matters most for a breakdown
// (scene headings, character cues, dialogue, transitions), and a diff between the two.
import { Fountain } from 'fountain-js';
import type { Script } from '../../../src/core/model/script';
import { squash, stripNotes, type NormEl } from './normalise';

export type SpineType = 'scene_heading' | 'character' | 'dialogue' | 'transition';
const SPINE = new Set<string>(['scene_heading', 'character', 'dialogue', 'transition']);

/** Cue without `@`, `^` or surrounding space; heading without a trailing scene number; text squashed. */
function spineText(type: string, text: string): string {
  let t = stripNotes(text);
  if (type === 'character') t = t.trim().replace(/^@/, '').replace(/\^\s*$/, '');
  if (type === 'scene_heading') t = t.replace(/\s*#[^#\s]+#\s*$/, '');
  if (type === 'transition') t = t.trim().replace(/^>\s*/, '');
  return squash(t);
}

/** Consecutive dialogue pieces of one speech (split by parentheticals or line) become one entry. */
function pushSpine(out: NormEl[], type: string, text: string): void {
  const last = out[out.length - 1];
  if (type === 'dialogue' && last?.type === 'dialogue') last.text = squash(`${last.text} ${text}`);
  else out.push({ type: type as SpineType, text });
}

export function ourSpine(script: Script): NormEl[] {
  const out: NormEl[] = [];
  for (const el of script.elements) {
    if (el.type === 'parenthetical') continue;
    if (!SPINE.has(el.type)) {
      out.push({ type: 'action', text: '' }); // a break between speeches; dropped below
      continue;
    }
    pushSpine(out, el.type, spineText(el.type, el.text));
  }
  return out.filter((el) => el.type !== 'action');
}

const INVISIBLE = new Set(['parenthetical', 'dialogue_begin', 'dual_dialogue_begin', 'dual_dialogue_end']);

export function fountainJsSpine(text: string): NormEl[] {
  const out: NormEl[] = [];
  for (const token of new Fountain().parse(text, true).tokens) {
    if (token.is_title || INVISIBLE.has(token.type)) continue;
    // Anything else (action, dialogue_end, ...) ends a speech.
    if (SPINE.has(token.type)) pushSpine(out, token.type, spineText(token.type, token.text ?? ''));
    else out.push({ type: 'action', text: '' });
  }
  return out.filter((el) => el.type !== 'action');
}

export interface SpineDiff {
  /** Entries only fountain-js has, and only we have, in order. */
  onlyTheirs: NormEl[];
  onlyOurs: NormEl[];
  common: number;
}

/** A longest-common-subsequence diff of two spines. */
export function diffSpines(theirs: readonly NormEl[], ours: readonly NormEl[]): SpineDiff {
  const key = (el: NormEl) => `${el.type}\u0000${el.text}`;
  const a = theirs.map(key);
  const b = ours.map(key);
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] = a[i] === b[j]
        ? table[(i + 1) * width + j + 1] + 1
        : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const onlyTheirs: NormEl[] = [];
  const onlyOurs: NormEl[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i += 1;
      j += 1;
    } else if (j >= b.length || (i < a.length && table[(i + 1) * width + j] >= table[i * width + j + 1])) {
      onlyTheirs.push(theirs[i]);
      i += 1;
    } else {
      onlyOurs.push(ours[j]);
      j += 1;
    }
  }
  return { onlyTheirs, onlyOurs, common: table[0] };
}

export function countByType(els: readonly NormEl[]): Record<SpineType, number> {
  const counts: Record<SpineType, number> = { scene_heading: 0, character: 0, dialogue: 0, transition: 0 };
  for (const el of els) counts[el.type as SpineType] += 1;
  return counts;
}
