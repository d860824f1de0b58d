// Names: the merge key of a person or place (Simplified, upper case, no dots), the project's aliases, and the
// rules that make a name an extra (`路人若干`, `记者A`, `摊贩甲`, `REPORTER #1`, `PASSERSBY`).
import type { Project } from '../model/project';

/** Converts Traditional Chinese to Simplified (opencc-js on the node and renderer sides); identity when absent. */
export type ToSimplified = (text: string) => string;

/** A memoised key function: the same key for `張浩` / `张浩`, `MRS. LIN` / `Mrs Lin`, full- and half-width. */
export function keyMaker(toSimplified: ToSimplified | undefined): (name: string) => string {
  const memo = new Map<string, string>();
  return (name) => {
    let key = memo.get(name);
    if (key === undefined) {
      const simple = toSimplified ? toSimplified(name) : name;
      key = simple.normalize('NFKC').toUpperCase().replace(/[.·•・]/g, '').replace(/\s+/g, ' ').trim();
      memo.set(name, key);
    }
    return key;
  };
}

/** Project cast: every name and alias key -> the project's name and entry index. */
export function aliasIndex(project: Project, key: (name: string) => string): Map<string, { name: string; index: number }> {
  const index = new Map<string, { name: string; index: number }>();
  project.cast.forEach((entry, i) => {
    for (const spelling of [entry.name, ...entry.aliases]) {
      const k = key(spelling);
      if (k && !index.has(k)) index.set(k, { name: entry.name, index: i });
    }
  });
  return index;
}

// After a crowd word: a letter or number (记者A, REPORTER #1, GUARD 2), 甲乙丙丁 …, or a plural word.
const CROWD_SUFFIX = /^\s*(?:[A-Z]|#?\s*\d+|[甲乙丙丁戊己庚辛壬癸]|[一二三四五六七八九十]+号?|若干|们|們|等|群|众|眾|[A-Z]\d*|S)?$/;
// Nameless bit parts written with an ordinal: 警察甲, 路人乙, OFFICER A, GUARD #2.
const ORDINAL_PART = /^(?:\S{2,}[甲乙丙丁戊己庚辛壬癸]|[A-Z][A-Z' -]*[A-Z]\s+(?:[A-Z]|#\s*\d+|\d+))$/;

export interface ExtrasRules {
  /** True when a name (listed or speaking) is an extra. */
  isExtra(name: string): boolean;
  /** Crowd words met in a scene's action text: capitals in English (`PASSERSBY gather`), the words in Chinese. */
  inAction(action: string, language: 'en' | 'zh'): string[];
}

export function extrasRules(words: readonly string[], key: (name: string) => string): ExtrasRules {
  const keys = [...new Set(words.map(key).filter(Boolean))].sort((a, b) => b.length - a.length);
  const memo = new Map<string, boolean>();
  const latin = keys.filter((w) => /^[A-Z0-9' #-]+$/.test(w));
  const han = keys.filter((w) => !/^[A-Z0-9' #-]+$/.test(w) && w.length >= 2);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const enAction = latin.length ? new RegExp(`(?<![A-Za-z])(?:${latin.map(escape).join('|')})(?![A-Za-z'])`, 'g') : null;
  // Not 董事长 (the chairman), 学生会 …: a crowd word followed by 长/会 is someone, not a crowd.
  const zhAction = han.length ? new RegExp(`(?:${han.map(escape).join('|')})(?![长長会會])`, 'g') : null;
  return {
    isExtra(name) {
      let result = memo.get(name);
      if (result === undefined) {
        const k = key(name);
        result = ORDINAL_PART.test(k) || keys.some((w) => k.startsWith(w) && CROWD_SUFFIX.test(k.slice(w.length)));
        memo.set(name, result);
      }
      return result;
    },
    inAction(action, language) {
      const re = language === 'en' ? enAction : zhAction;
      if (!re || !action) return [];
      const found: string[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(action); m; m = re.exec(action)) if (!found.includes(m[0])) found.push(m[0]);
      return found;
    },
  };
}

/**
 * Finds known names in action text: case-insensitive whole words in English (`Mrs. Lin grips …` finds
 * MRS. LIN), the names themselves in Chinese. Longer names first, so `YOUNG MRS. LIN` is not also `MRS. LIN`.
 */
export function mentionFinder(names: readonly string[], language: 'en' | 'zh'): (text: string) => string[] {
  const usable = [...new Set(names)].filter((n) => (language === 'en' ? /[A-Za-z]{2}/.test(n) && n.length >= 3 : n.length >= 2));
  if (usable.length === 0) return () => [];
  usable.sort((a, b) => b.length - a.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\./g, '\\.?').replace(/\s+/g, '\\s+');
  const source = usable.map(escape).join('|');
  const re = language === 'en' ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu') : new RegExp(`(?:${source})`, 'g');
  return (text) => {
    if (!text) return [];
    const found: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // English names are proper nouns: `the nurse` is not NURSE, `Nurse Chen` or `NURSE` may be.
      if (language === 'en' && !/\p{Lu}/u.test(m[0][0])) continue;
      if (!found.includes(m[0])) found.push(m[0]);
    }
    return found;
  };
}
