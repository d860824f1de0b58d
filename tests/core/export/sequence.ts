// The sequence the strict export must preserve: scene headings (number and text), speakers and dialogue,
// read from our parse and from fountain-js's tokens, normalised the same way on both sides:
// - headings: the trailing `#n#` and a leading Chinese scene number equal to the heading's number are
//   removed (strict output moves the number into `#n#`), space runs collapsed;
// - speakers: the name without extension, `@` or `^` (fountain-js keeps `(V.O.)` in its cue text);
// - dialogue: boneyard removed (fountain-js deletes it before reading), space and line breaks collapsed
//   (fountain-js trims every line and turns two-space lines into empty ones), a leading （…）/(…)
//   removed (a Chinese parenthetical written inside the line becomes its own line in strict output),
//   and the pieces of one speech split by parentheticals joined into one entry.
import { Fountain } from 'fountain-js';
import type { Script } from '../../../src/core/model/script';

export type Entry = `H|${string}` | `C|${string}` | `D|${string}`;

const squash = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/[\s\u3000]+/g, ' ').trim();
const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[－—–]/g, '-');
const LEADING_NUMBER = /^(?:第\s*([0-9０-９]+)\s*场|([0-9０-９]+(?:[-－—–][0-9０-９]+)?[A-Za-z]?)\s*[.、．]?)\s*/;

export function heading(number: string | null | undefined, text: string): Entry {
  let t = text.replace(/\s*#[^#]+#\s*$/, '').trim();
  const m = LEADING_NUMBER.exec(t);
  if (number && m && toAscii(m[1] ?? m[2]) === number && t.length > m[0].length) t = t.slice(m[0].length);
  return `H|${number ?? ''}|${squash(t)}`;
}

function dialogue(text: string): string {
  return squash(text).replace(/^(?:（[^）]*）|\([^)]*\))\s*/, '');
}

function pushDialogue(out: Entry[], text: string, open: boolean): void {
  const t = dialogue(text);
  const last = out[out.length - 1];
  if (open && last?.startsWith('D|')) out[out.length - 1] = `D|${squash(`${last.slice(2)} ${t}`)}`;
  else if (t) out.push(`D|${t}`);
}

/** Our parse reduced to the sequence. */
export function ourSequence(script: Script): Entry[] {
  const out: Entry[] = [];
  let open = false; // inside one speech
  for (const el of script.elements) {
    if (el.type === 'scene_heading') out.push(heading(el.number, el.text));
    else if (el.type === 'character') out.push(`C|${squash(el.name)}`);
    else if (el.type === 'dialogue') pushDialogue(out, el.text, open);
    if (el.type !== 'parenthetical') open = el.type === 'dialogue' || el.type === 'character';
    if (el.type === 'character') open = false;
  }
  return out.filter((e) => e !== 'D|');
}

/**
 * The expected sequence without what Fountain itself cannot express, so no strict output can make
 * fountain-js read it: a speaker name holding `^` or brackets (fountain-js's cue rule excludes them, so the
 * cue and its speech read as action), and a scene number outside letters, digits, `.` and `-` (fountain-js
 * leaves such a `#n#` in the heading text).
 */
export function expressible(entries: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  let dropping = false;
  for (const e of entries) {
    if (e.startsWith('C|')) dropping = /[\^()]/.test(e.slice(2));
    else if (e.startsWith('H|')) dropping = false;
    if (dropping) continue;
    const h = /^H\|([^|]*)\|(.*)$/.exec(e);
    out.push(h && h[1] && !/^[\w.-]+$/.test(h[1]) ? `H||${h[2]}` : e);
  }
  return out;
}

interface Token {
  type: string;
  text?: string;
  scene_number?: string;
  is_title?: boolean;
}

/** fountain-js's reading of a text reduced to the sequence. */
export function fountainJsSequence(text: string): Entry[] {
  const tokens = new Fountain().parse(text, true).tokens as Token[];
  const out: Entry[] = [];
  let open = false;
  for (const t of tokens) {
    if (t.is_title || t.type === 'dialogue_begin' || t.type === 'dual_dialogue_begin') continue;
    if (t.type === 'scene_heading') out.push(heading(t.scene_number ?? null, t.text ?? ''));
    else if (t.type === 'character') out.push(`C|${squash((t.text ?? '').replace(/\s*\^\s*$/, '').replace(/\s*\(.*\)\s*$/, ''))}`);
    else if (t.type === 'dialogue') pushDialogue(out, t.text ?? '', open);
    if (t.type !== 'parenthetical') open = t.type === 'dialogue';
  }
  return out;
}
