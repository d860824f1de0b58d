// The names, places and times a script (or a whole series) already uses, counted, for completion. Built from
// the parse's elements in one pass; cheap enough to rebuild when typing pauses.
import type { Script } from '../model/script';

export interface CompletionIndex {
  /** Speakers (cues, Chinese speakers, names on cast lines) -> how often they appear. */
  characters: Map<string, number>;
  /** Cue extensions as written (`V.O.`, `OS`). */
  extensions: Map<string, number>;
  /** Story locations of scene headings, as written. */
  locations: Map<string, number>;
  /** Time words of scene headings, as written. */
  times: Map<string, number>;
  /** Han characters written in Traditional forms outnumber Simplified ones (offers Traditional words). */
  traditional: boolean;
}

const add = (map: Map<string, number>, key: string | null | undefined) => {
  const k = key?.trim();
  if (k) map.set(k, (map.get(k) ?? 0) + 1);
};

/** A few characters that differ between the two scripts, to tell which one a Chinese script is written in. */
const SIMPLIFIED = '们这说时间里来对会还没过发现话场内为边头门开关实见长';
const TRADITIONAL = '們這說時間裡來對會還沒過發現話場內為邊頭門開關實見長';

function countForms(text: string, counts: [number, number]): void {
  for (const c of text) {
    const s = SIMPLIFIED.indexOf(c);
    const t = TRADITIONAL.indexOf(c);
    if (s >= 0 && SIMPLIFIED[s] !== TRADITIONAL[s]) counts[0]++;
    if (t >= 0 && SIMPLIFIED[t] !== TRADITIONAL[t]) counts[1]++;
  }
}

/**
 * Everything the scripts use, except what lies on `skip.line` (0-based) of `skip.script`: the line being typed
 * is not a finished name yet.
 */
export function buildIndex(scripts: readonly Script[], skip?: { script: Script; line: number }): CompletionIndex {
  const index: CompletionIndex = { characters: new Map(), extensions: new Map(), locations: new Map(), times: new Map(), traditional: false };
  const forms: [number, number] = [0, 0];
  for (const script of scripts) {
    if (script.language === 'zh') for (const line of script.lines.slice(0, 300)) countForms(line.text, forms);
    const skipLine = skip && skip.script === script ? skip.line + 1 : -1;
    for (const el of script.elements) {
      if (el.range.start.line === skipLine) continue;
      switch (el.type) {
        case 'character':
          add(index.characters, el.name);
          add(index.extensions, el.extension);
          break;
        case 'cast_list':
          for (const name of el.names) add(index.characters, name);
          break;
        case 'scene_heading':
          add(index.locations, el.location);
          add(index.times, el.timeText);
          break;
      }
    }
  }
  index.traditional = forms[1] > forms[0];
  return index;
}

/** Several indexes as one (the open script's and the rest of the series'). */
export function mergeIndexes(a: CompletionIndex, b: CompletionIndex): CompletionIndex {
  const merge = (x: Map<string, number>, y: Map<string, number>) => {
    const out = new Map(x);
    for (const [k, v] of y) out.set(k, (out.get(k) ?? 0) + v);
    return out;
  };
  return {
    characters: merge(a.characters, b.characters),
    extensions: merge(a.extensions, b.extensions),
    locations: merge(a.locations, b.locations),
    times: merge(a.times, b.times),
    traditional: a.traditional,
  };
}
