// Jouvence's YAML pairs: each document has `in` (Fountain), `out` (a list of prefixed strings) and an
// optional `title` map. Prefixes: `.` scene heading, `!` action, `!><` centered, `@` character, `=` dialogue,
// `_` parenthetical, `>` transition, `~` lyrics, `#` section (one `#` per level), `+` synopsis, `<pagebreak>`.
import { parseAllDocuments } from 'yaml';
import { squash, type NormEl, type NormTitle } from '../normalise';
import { formatSection } from './ours';

export interface JouvenceCase {
  /** `test_action#1`: the file's test name and the document's position, from 1. */
  id: string;
  input: string;
  expected: NormEl[];
  /** Present when the document states the title page (an empty map means "no title page"). */
  title?: NormTitle[];
}

/** One `out` string as a raw (not yet merged or squashed) element. */
export function readJouvenceItem(item: string): NormEl {
  if (item === '<pagebreak>') return { type: 'page_break', text: '' };
  if (item.startsWith('!><')) return { type: 'centered', text: item.slice(3) };
  const rest = item.slice(1);
  switch (item[0]) {
    case '.': return { type: 'scene_heading', text: rest };
    case '!': return { type: 'action', text: rest };
    case '@': return { type: 'character', text: rest };
    case '=': return { type: 'dialogue', text: rest };
    case '_': return { type: 'parenthetical', text: rest };
    case '>': return { type: 'transition', text: rest };
    case '~': return { type: 'lyrics', text: rest };
    case '+': return { type: 'synopsis', text: rest };
    case '#': {
      const depth = /^#+/.exec(item)![0].length;
      return { type: 'section', text: formatSection(item.slice(depth), depth) };
    }
    default:
      throw new Error(`Unknown Jouvence output prefix in ${JSON.stringify(item)}`);
  }
}

export function readJouvence(yamlText: string, testName: string): JouvenceCase[] {
  return parseAllDocuments(yamlText).map((doc, index) => {
    if (doc.errors.length > 0) throw new Error(`${testName}#${index + 1}: ${doc.errors[0].message}`);
    const data = doc.toJS() as { in: string; out: string[] | null; title?: Record<string, string> | null };
    const title = data.title === undefined
      ? undefined
      : Object.entries(data.title ?? {}).map(([k, v]): NormTitle => [k.toLowerCase(), squash(String(v))]);
    return {
      id: `${testName}#${index + 1}`,
      input: data.in,
      expected: (data.out ?? []).map(readJouvenceItem),
      ...(title ? { title } : {}),
    };
  });
}
