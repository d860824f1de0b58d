// Our parse, in the normalised shape the suites are compared in (see docs/conformance.md, Normalisation).
import type { Element, Script } from '../../../../src/core/model/script';
import {
  finish,
  stripBoneyard,
  stripContd,
  stripEmphasis,
  stripNotes,
  squash,
  type MergeRules,
  type NormEl,
  type NormTitle,
  type NormType,
} from '../normalise';

/** How one suite presents a script; applied to our side (and, where it says so, to theirs). */
export interface Profile extends MergeRules {
  /** Remove emphasis markers from our text because the suite renders or strips them. */
  stripEmphasis: boolean;
  /** Drop `(CONT'D)` from character cues because the suite drops it. */
  stripContd: boolean;
  /** Upper-case transitions because the suite prints them upper case. */
  upperTransitions: boolean;
}

const ALL_MERGED: ReadonlySet<NormType> = new Set(['action', 'dialogue']);
const NOTES_AND_BONEYARD: ReadonlySet<NormType> = new Set(['note', 'boneyard']);

export const PROFILES = {
  jouvence: { merge: ALL_MERGED, drop: NOTES_AND_BONEYARD, stripEmphasis: false, stripContd: false, upperTransitions: false },
  fountainTools: { merge: ALL_MERGED, drop: NOTES_AND_BONEYARD, stripEmphasis: false, stripContd: true, upperTransitions: false },
  screenplain: { merge: ALL_MERGED, drop: NOTES_AND_BONEYARD, stripEmphasis: true, stripContd: false, upperTransitions: true },
} satisfies Record<string, Profile>;

export function formatHeading(text: string, number: string | null): string {
  if (number === null) return text;
  const marker = `#${number}#`;
  const bare = text.trimEnd().endsWith(marker) ? text.trimEnd().slice(0, -marker.length) : text;
  return `${bare.trimEnd()} ${marker}`;
}

export function formatSection(text: string, depth: number): string {
  return `${'#'.repeat(depth)} ${text.trim()}`;
}

export function formatCue(cue: string, dual: boolean, profile: Pick<Profile, 'stripContd'>): string {
  const bare = profile.stripContd ? stripContd(cue) : cue;
  return dual ? `${bare.trim()} ^` : bare.trim();
}

/** Applied to both sides after reading: the presentation differences a suite is known for. */
export function present(el: NormEl, profile: Profile): NormEl {
  if (el.type === 'transition' && profile.upperTransitions) return { type: el.type, text: el.text.toUpperCase() };
  return el;
}

function cueOf(el: Extract<Element, { type: 'character' }>): string {
  let cue = el.text.trim().replace(/^@/, '').replace(/\^\s*$/, '').trim();
  if (cue === el.name.trim() && el.extension) cue = `${cue} (${el.extension})`;
  return cue;
}

function textOf(el: Element, profile: Profile): string {
  let text = el.text;
  if (profile.drop.has('note')) text = stripNotes(text);
  if (profile.drop.has('boneyard')) text = stripBoneyard(text);
  if (profile.stripEmphasis) text = stripEmphasis(text);
  return text;
}

/** Our script as a normalised element sequence for one suite. Chinese-only types have no counterpart. */
export function normaliseOurs(script: Script, profile: Profile): NormEl[] {
  const raw: NormEl[] = [];
  for (const el of script.elements) {
    const text = textOf(el, profile);
    switch (el.type) {
      case 'scene_heading':
        raw.push({ type: el.type, text: formatHeading(text, el.number) });
        break;
      case 'character':
        raw.push({ type: el.type, text: formatCue(textOf({ ...el, text: cueOf(el) }, profile), el.dual, profile) });
        break;
      case 'parenthetical': {
        const t = text.trim();
        raw.push({ type: el.type, text: t.startsWith('(') ? t : `(${t})` });
        break;
      }
      case 'section':
        raw.push({ type: el.type, text: formatSection(text, el.depth) });
        break;
      case 'action':
      case 'dialogue':
      case 'transition':
      case 'centered':
      case 'lyrics':
      case 'synopsis':
      case 'note':
      case 'boneyard':
      case 'page_break':
        raw.push({ type: el.type, text: el.type === 'page_break' ? '' : text });
        break;
      default:
        // Chinese-convention types have no Fountain counterpart: keep them visible so they show as mismatches.
        raw.push({ type: 'action', text: `[${el.type}] ${text}` });
    }
  }
  return finish(raw, profile).map((el) => present(el, profile));
}

export function normaliseOurTitle(script: Script): NormTitle[] {
  return script.titlePage.map((entry) => [entry.key.trim().toLowerCase(), squash(entry.value)]);
}
