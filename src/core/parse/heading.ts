// English scene headings and character cues: the parts the breakdown needs.
import type { IntExt, TimeOfDay } from '../model/script';
import { normaliseTime } from './time-words';

export const HEADING_PREFIX_RE = /^(?:INT\.?\/EXT|INT\.EXT|I\.?\/E|INT|EXT|EST)(?:\.|[ \t]|$)/i;

export interface HeadingParts {
  text: string;
  number: string | null;
  intExt: IntExt | null;
  location: string;
  time: TimeOfDay | null;
  timeText: string | null;
}

/** Splits `INT. HOUSE - KITCHEN - NIGHT #12A#` into its parts; `text` is the heading without the number. */
export function headingParts(raw: string): HeadingParts {
  let text = raw.trim();
  let number: string | null = null;
  const num = /[ \t]*#([^#\s][^#]*)#[ \t]*$/.exec(text);
  if (num) {
    number = num[1].trim();
    text = text.slice(0, num.index).trimEnd();
  }
  let rest = text;
  let intExt: IntExt | null = null;
  const prefix = /^(INT\.?\/EXT|INT\.EXT|I\.?\/E|INT|EXT|EST)(\.?)[ \t]*/i.exec(rest);
  if (prefix && (prefix[2] || /[ \t]/.test(rest.charAt(prefix[1].length)) || rest.length === prefix[1].length)) {
    const p = prefix[1].toUpperCase();
    intExt = p === 'INT' ? 'INT' : p === 'EXT' || p === 'EST' ? 'EXT' : 'INT/EXT';
    rest = rest.slice(prefix[0].length);
  }
  let time: TimeOfDay | null = null;
  let timeText: string | null = null;
  let location = rest.trim();
  const dash = /[ \t]+[-–—]{1,2}[ \t]*|[ \t]*[-–—]{1,2}[ \t]+/g;
  const cuts: { index: number; end: number }[] = [];
  for (let m = dash.exec(rest); m; m = dash.exec(rest)) cuts.push({ index: m.index, end: m.index + m[0].length });
  for (let k = 0; k < cuts.length; k++) {
    // The time is the first dash-separated tail that reads as a time (NIGHT, CONTINUOUS, DAY - LATER ...).
    const tail = rest.slice(cuts[k].end).trim();
    const word = tail.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const t = normaliseTime(word) ?? normaliseTime(word.split(/[ \t]+[-–—]{1,2}[ \t]+/)[0] ?? '');
    if (t) {
      time = t;
      timeText = tail;
      location = rest.slice(0, cuts[k].index).trim();
      break;
    }
  }
  return { text, number, intExt, location, time, timeText };
}

export interface CueParts {
  name: string;
  extension: string | null;
  dual: boolean;
}

/** `BRICK (V.O.) (CONT'D) ^` -> name BRICK, extension `V.O., CONT'D`, dual. */
export function cueParts(raw: string): CueParts {
  let text = raw.trim();
  let dual = false;
  if (text.endsWith('^')) {
    dual = true;
    text = text.slice(0, -1).trimEnd();
  }
  const open = text.indexOf('(');
  if (open < 0) return { name: text, extension: null, dual };
  const name = text.slice(0, open).trim();
  const groups: string[] = [];
  const re = /\(([^)]*)\)?/g;
  for (let m = re.exec(text.slice(open)); m; m = re.exec(text.slice(open))) groups.push(m[1].trim());
  return { name, extension: groups.filter(Boolean).join(', ') || null, dual };
}

/** Fountain's character rule by Unicode: at least one upper-case letter and no lower-case letter in the name. */
export function isCueName(text: string): boolean {
  let t = text.trim();
  if (t.endsWith('^')) t = t.slice(0, -1);
  const open = t.indexOf('(');
  const name = (open >= 0 ? t.slice(0, open) : t).trim();
  if (!name || name.includes('^')) return false;
  if (open >= 0 && !/\)\s*$/.test(t)) return false;
  return /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
}
