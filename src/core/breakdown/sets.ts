// Story locations -> physical sets. The user's mapping (project `locations`) wins; otherwise a set whose alias
// is the location, then a set whose alias the location contains, then the best keyword match.
//
// Among keyword matches: a match in a later part of the location wins (`LIN FAMILY HOME - KITCHEN` is the
// kitchen; parts are split on " - ", "—", "·", "/"); within a part, Chinese puts the head noun last
// (`夜市后巷` is an alley) and English first (`ALLEY BEHIND THE NIGHT MARKET` is an alley); then the longer
// keyword wins, then the set listed first in the catalogue.
import type { SetSource } from '../model/breakdown';
import type { Project, SetEntry } from '../model/project';

export interface SetChoice {
  set: SetEntry | null;
  source: SetSource | null;
}

const NONE: SetChoice = { set: null, source: null };

interface Keyword {
  set: number;
  /** Match key of the keyword. */
  word: string;
  latin: boolean;
}

const PARTS = /\s+[-–—]+\s+|[—·/|]/;

export interface SetMatcher {
  /** The set for a story location (as written). */
  choose(location: string): SetChoice;
}

export function setMatcher(project: Project, key: (text: string) => string): SetMatcher {
  const sets = project.sets;
  const byId = new Map(sets.map((s) => [s.id, s]));
  const user = new Map<string, SetEntry | null>();
  for (const mapping of project.locations) {
    const k = key(mapping.location);
    if (!user.has(k)) user.set(k, mapping.set === null ? null : (byId.get(mapping.set) ?? null));
  }
  const aliases = new Map<string, number>();
  const aliasList: { set: number; word: string }[] = [];
  const keywords: Keyword[] = [];
  sets.forEach((s, i) => {
    for (const a of s.aliases) {
      const k = key(a);
      if (!k) continue;
      if (!aliases.has(k)) aliases.set(k, i);
      aliasList.push({ set: i, word: k });
    }
    for (const w of s.keywords) {
      const k = key(w);
      if (k) keywords.push({ set: i, word: k, latin: /^[\x20-\x7e]+$/.test(k) });
    }
  });
  aliasList.sort((a, b) => b.word.length - a.word.length);
  const memo = new Map<string, SetChoice>();

  function suggest(k: string): SetChoice {
    const exact = aliases.get(k);
    if (exact !== undefined) return { set: sets[exact], source: 'suggested' };
    const contained = aliasList.find((a) => k.includes(a.word));
    if (contained) return { set: sets[contained.set], source: 'suggested' };
    const parts = k.split(PARTS);
    let best: { set: number; part: number; pos: number; len: number } | null = null;
    parts.forEach((part, p) => {
      const latinPart = /^[\x20-\x7e]*$/.test(part);
      for (const kw of keywords) {
        const at = findWord(part, kw);
        if (at < 0) continue;
        // Chinese: the later the match ends, the better; English: the earlier it starts, the better.
        const pos = latinPart ? -at : at + kw.word.length;
        const better =
          !best || p > best.part || (p === best.part && (pos > best.pos || (pos === best.pos && (kw.word.length > best.len || (kw.word.length === best.len && kw.set < best.set)))));
        if (better) best = { set: kw.set, part: p, pos, len: kw.word.length };
      }
    });
    return best ? { set: sets[(best as { set: number }).set], source: 'suggested' } : NONE;
  }

  return {
    choose(location) {
      const k = key(location);
      let choice = memo.get(k);
      if (choice === undefined) {
        if (user.has(k)) {
          const set = user.get(k) ?? null;
          choice = { set, source: 'user' };
        } else {
          choice = k ? suggest(k) : NONE;
        }
        memo.set(k, choice);
      }
      return choice;
    },
  };
}

/** Where `kw` occurs in `text` (whole words for Latin keywords), or -1. */
function findWord(text: string, kw: Keyword): number {
  let at = text.indexOf(kw.word);
  if (!kw.latin) return at;
  while (at >= 0) {
    const before = at === 0 ? '' : text[at - 1];
    const after = text[at + kw.word.length] ?? '';
    if (!/[A-Z0-9]/.test(before) && !/[A-Z0-9]/.test(after)) return at;
    at = text.indexOf(kw.word, at + 1);
  }
  return -1;
}
