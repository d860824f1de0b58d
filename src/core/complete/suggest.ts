// What to offer at the caret: character names (Fountain cues, Chinese speakers, cast lists) and their
// extensions, story locations after INT./EXT. or in a Chinese heading, time words, and in Chinese scripts the
// next scene number. Pure: the line's text, the caret column and a little context in, a list out.
import type { Language } from '../model/script';
import type { CompletionIndex } from './index-build';
import type { SceneNumberOffer } from './scene-number';
import { EN_EXTENSIONS, EN_TIMES, ZH_EXTENSIONS, ZH_HANT_EXTENSIONS, ZH_HANT_INT_EXT, ZH_HANT_TIMES, ZH_INT_EXT, ZH_TIMES } from './vocabulary';

export type CompletionKind = 'character' | 'extension' | 'location' | 'time' | 'int-ext' | 'scene-number';

export interface CompletionItem {
  /** What the list shows. */
  label: string;
  /** What replaces the typed prefix. */
  insert: string;
  kind: CompletionKind;
}

export interface Completion {
  /** Columns of the line that the chosen item replaces: [from, to). */
  from: number;
  to: number;
  items: CompletionItem[];
}

export interface LineContext {
  /** The line's text and the caret's column in it. */
  text: string;
  column: number;
  language: Language;
  /** The line above is blank (or there is none): where a Fountain cue or heading may start. */
  prevBlank: boolean;
  /** Chinese scripts: the number a new scene heading here would get. */
  nextScene?: SceneNumberOffer | null;
}

export const MAX_ITEMS = 8;

const EN_HEADING_RE = /^(\.(?=[^.])|(?:INT\.?\/EXT|INT\.EXT|I\.?\/E|INT|EXT|EST)(?:\.\s*|\s+))/i;
const ZH_NUMBER_RE = /^[ \t\u3000]*(?:第[0-9０-９]+场|[0-9０-９]+(?:[-－][0-9０-９]+)?[A-Za-z]?(?:[.、．]|(?=[ \t\u3000])))[ \t\u3000]*/;
const CAST_RE = /^[ \t\u3000]*(?:出场人物|出場人物|人物|人)[ \t\u3000]*[：:]/;
const SPEAKER_STOP = /[\s\u3000，。！？、；：,.!?;:"“”‘’「」『』《》【】（）()△▲…—*#@>~=[\]/\\]/u;

/** Words of `map` (most used first) and then `extra`, that start with `prefix` (any case) and are not it. */
function ranked(map: Map<string, number> | null, extra: readonly string[], prefix: string, options: { keepExact?: boolean } = {}): string[] {
  const p = prefix.toLocaleUpperCase();
  const seen = new Set<string>();
  const out: string[] = [];
  const consider = (word: string) => {
    const w = word.toLocaleUpperCase();
    if (seen.has(w) || !w.startsWith(p) || (w === p && !options.keepExact)) return;
    seen.add(w);
    out.push(word);
  };
  if (map) for (const [word] of [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) consider(word);
  for (const word of extra) consider(word);
  return out;
}

const items = (words: string[], kind: CompletionKind, insert: (w: string) => string = (w) => w): CompletionItem[] =>
  words.slice(0, MAX_ITEMS).map((label) => ({ label, insert: insert(label), kind }));

function result(from: number, to: number, list: CompletionItem[]): Completion | null {
  return list.length > 0 ? { from, to, items: list } : null;
}

function english(ctx: LineContext, index: CompletionIndex): Completion | null {
  const { text, column } = ctx;
  const heading = EN_HEADING_RE.exec(text);
  if (heading && ctx.prevBlank) {
    const rest = text.slice(heading[0].length);
    const dash = rest.lastIndexOf(' - ');
    if (dash >= 0) {
      const from = heading[0].length + dash + 3;
      return result(from, column, items(ranked(index.times, EN_TIMES, text.slice(from)), 'time'));
    }
    const from = heading[0].length;
    if (column - from < 1) return null; // wait for the first letter of the place
    const upper = !/\p{Ll}/u.test(text.slice(from));
    return result(from, column, items(ranked(index.locations, [], text.slice(from)), 'location', (w) => (upper ? w.toLocaleUpperCase() : w)));
  }
  if (!ctx.prevBlank) return null;
  // A cue: `@name` (any case) or a line without lower-case letters; then maybe its extension.
  const forced = text.startsWith('@');
  const body = forced ? text.slice(1) : text;
  const open = body.indexOf('(');
  if (open >= 0) {
    const name = body.slice(0, open).trim();
    if (!name || body.includes(')')) return null;
    const from = (forced ? 1 : 0) + open + 1;
    return result(from, column, items(ranked(index.extensions, EN_EXTENSIONS, text.slice(from), { keepExact: true }), 'extension', (w) => `${w})`));
  }
  if (!body.trim() || (!forced && /\p{Ll}/u.test(body))) return null;
  const from = forced ? 1 : 0;
  return result(from, column, items(ranked(index.characters, [], text.slice(from)), 'character', (w) => w.toLocaleUpperCase()));
}

function chinese(ctx: LineContext, index: CompletionIndex): Completion | null {
  const { text, column } = ctx;
  const hant = index.traditional;
  // The next scene number, offered as soon as a digit starts the line.
  if (ctx.nextScene && /^[0-9]/.test(text) && /^[0-9-]*$/.test(text) && ctx.nextScene.text.startsWith(text) && ctx.nextScene.text !== text) {
    return result(0, column, [{ label: ctx.nextScene.text.trim(), insert: ctx.nextScene.text, kind: 'scene-number' }]);
  }
  const number = ZH_NUMBER_RE.exec(text);
  if (number && number[0].length <= column) {
    // Inside a heading: the word being typed is a time, an interior/exterior word or the place.
    const start = Math.max(number[0].length, text.slice(0, column).search(/[^ \t\u3000]*$/));
    const typed = text.slice(start, column);
    const done = text.slice(number[0].length, start).split(/[ \t\u3000]+/).filter(Boolean);
    const times = hant ? ZH_HANT_TIMES : ZH_TIMES;
    const intExt = hant ? ZH_HANT_INT_EXT : ZH_INT_EXT;
    const hasTime = done.some((w) => times.includes(w) || index.times.has(w));
    const hasIntExt = done.some((w) => intExt.includes(w) || ZH_INT_EXT.includes(w) || ZH_HANT_INT_EXT.includes(w));
    const hasPlace = done.some((w) => index.locations.has(w));
    const list: CompletionItem[] = [];
    if (!hasTime) list.push(...items(ranked(index.times, times, typed), 'time', (w) => `${w} `));
    if (!hasIntExt) list.push(...items(ranked(null, intExt, typed), 'int-ext', (w) => `${w} `));
    if (!hasPlace) list.push(...items(ranked(index.locations, [], typed), 'location', (w) => (hasTime && hasIntExt ? w : `${w} `)));
    // With nothing typed yet, the words of the script's usual order come first: time, int/ext, place.
    return result(start, column, typed ? list.slice(0, MAX_ITEMS) : list);
  }
  const cast = CAST_RE.exec(text);
  if (cast) {
    const start = Math.max(cast[0].length, text.slice(0, column).search(/[^、，,;；\s\u3000]*$/));
    const typed = text.slice(start, column);
    if (!typed) return null;
    return result(start, column, items(ranked(index.characters, [], typed), 'character'));
  }
  // A speaker at the start of the line, then maybe its extension: `林`, `林晚（O`.
  const paren = text.search(/[（(]/);
  if (paren > 0 && !/[）)：:]/.test(text)) {
    const name = text.slice(0, paren);
    if (SPEAKER_STOP.test(name)) return null;
    const from = paren + 1;
    const close = text.charAt(paren) === '（' ? '）：' : ')：';
    return result(from, column, items(ranked(index.extensions, hant ? ZH_HANT_EXTENSIONS : ZH_EXTENSIONS, text.slice(from), { keepExact: true }), 'extension', (w) => `${w}${close}`));
  }
  if (!text || text.length > 10 || SPEAKER_STOP.test(text)) return null;
  return result(0, column, items(ranked(index.characters, [], text, { keepExact: true }), 'character', (w) => `${w}：`));
}

/** The completion at the caret, or null. Only at the end of the line's text: never in the middle of a word. */
export function suggest(ctx: LineContext, index: CompletionIndex): Completion | null {
  if (ctx.column !== ctx.text.length) return null;
  return ctx.language === 'zh' ? chinese(ctx, index) : english(ctx, index);
}
