// fountain-tools' text dumps: one entry per element, `TYPE:"text"` plus suffixes, the text possibly running
// over several lines. CHARACTER:"NAME" "(ext)" (Dual); ACTION:"..." (centered); HEADING:"..." (number);
// SECTION:"..." (depth); TITLEENTRY:"Key":"value"; optional ` tags:a,b` at the end (a fountain-tools
// extension, dropped here: we keep `#tag` as text). Notes and boneyards are placeholders `[[n]]` / `/*n*/` in the text, with `[[n]]NOTE:"..."` /
// `/*n*/BONEYARD:"..."` entries appended; both are dropped here, as our side drops notes and boneyard.
import { squash, type NormEl, type NormTitle, type NormType } from '../normalise';
import { formatHeading, formatSection } from './ours';

export interface FountainToolsDump {
  elements: NormEl[];
  title: NormTitle[];
}

const TYPES: Record<string, NormType | 'title' | 'skip'> = {
  HEADING: 'scene_heading',
  ACTION: 'action',
  CHARACTER: 'character',
  DIALOGUE: 'dialogue',
  PARENTHETICAL: 'parenthetical',
  TRANSITION: 'transition',
  LYRIC: 'lyrics',
  PAGEBREAK: 'page_break',
  SECTION: 'section',
  SYNOPSIS: 'synopsis',
  TITLEENTRY: 'title',
  NOTE: 'skip',
  BONEYARD: 'skip',
};

const ENTRY_START = /^(?:\[\[\d+\]\]|\/\*\d+\*\/)?([A-Z]+):"/;
// After the closing quote: an optional quoted extension, parenthesised flags, optional tags, end.
const SUFFIX = /^"((?: "\([^"]*\)")?)((?: \([^()]*\))*)(?: tags:\S*)?\s*$/;

function splitEntries(dump: string): { type: string; body: string }[] {
  const entries: { type: string; body: string }[] = [];
  for (const line of dump.split(/\r?\n/)) {
    const start = ENTRY_START.exec(line);
    if (start && start[1] in TYPES) {
      entries.push({ type: start[1], body: line.slice(start[0].length) });
    } else if (entries.length > 0) {
      entries[entries.length - 1].body += `\n${line}`;
    } else if (line.trim() !== '') {
      throw new Error(`fountain-tools dump: text before the first entry: ${JSON.stringify(line)}`);
    }
  }
  return entries;
}

/** Splits `text" "(ext)" (Dual) tags:x` into its parts, choosing the first quote the suffix grammar accepts. */
function splitBody(body: string): { text: string; ext: string; flags: string[] } {
  for (let i = body.indexOf('"'); i >= 0; i = body.indexOf('"', i + 1)) {
    const m = SUFFIX.exec(body.slice(i));
    if (m) {
      const flags = [...m[2].matchAll(/\(([^()]*)\)/g)].map((f) => f[1]);
      return { text: body.slice(0, i), ext: m[1].trim().replace(/^"|"$/g, ''), flags };
    }
  }
  throw new Error(`fountain-tools dump: cannot find the end of ${JSON.stringify(body)}`);
}

export function readFountainTools(dump: string): FountainToolsDump {
  const elements: NormEl[] = [];
  const title: NormTitle[] = [];
  for (const entry of splitEntries(dump)) {
    const kind = TYPES[entry.type];
    if (kind === 'skip') continue;
    if (kind === 'title') {
      const m = /^([\s\S]*?)":"([\s\S]*)"\s*$/.exec(entry.body);
      if (!m) throw new Error(`fountain-tools dump: bad title entry ${JSON.stringify(entry.body)}`);
      title.push([m[1].trim().toLowerCase(), squash(m[2])]);
      continue;
    }
    const { text: rawText, ext, flags } = splitBody(entry.body);
    const text = rawText.replace(/\[\[\d+\]\]|\/\*\d+\*\//g, '');
    switch (kind) {
      case 'action':
        elements.push({ type: flags.includes('centered') ? 'centered' : 'action', text });
        break;
      case 'character': {
        const cue = ext ? `${text.trim()} ${ext}` : text.trim();
        elements.push({ type: 'character', text: flags.includes('Dual') ? `${cue} ^` : cue });
        break;
      }
      case 'parenthetical':
        elements.push({ type: 'parenthetical', text: `(${text.trim()})` });
        break;
      case 'scene_heading':
        elements.push({ type: 'scene_heading', text: formatHeading(text, flags[0] ?? null) });
        break;
      case 'section':
        elements.push({ type: 'section', text: formatSection(text, Number(flags[0] ?? 1)) });
        break;
      default:
        elements.push({ type: kind, text });
    }
  }
  return { elements, title };
}
