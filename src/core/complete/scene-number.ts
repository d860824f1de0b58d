// The next scene number in a Chinese script, written the way the script writes its numbers: `1-3 ` after
// `1-2`, `2-1 ` after a `第2集` marker, `13. ` after `12.`, `21、` after `20、`, `第4场 ` after `第3场`.
import type { Script } from '../model/script';

export interface SceneNumberOffer {
  /** The number alone (`1-3`). */
  number: string;
  /** What to write at the start of the heading line: the number, its separator and a space where usual. */
  text: string;
}

type Style = 'dash' | 'dot' | 'comma' | 'chang' | 'plain';

interface Seen {
  number: string;
  style: Style;
  line: number;
}

function styleOf(text: string, number: string): Style {
  const t = text.trimStart();
  if (t.startsWith('第')) return 'chang';
  const after = t.slice(number.length).trimStart().charAt(0);
  if (number.includes('-')) return 'dash';
  if (after === '.' || after === '．') return 'dot';
  if (after === '、') return 'comma';
  return 'plain';
}

function write(number: string, style: Style): SceneNumberOffer {
  switch (style) {
    case 'dot':
      return { number, text: `${number}. ` };
    case 'comma':
      return { number, text: `${number}、` };
    case 'chang':
      return { number, text: `第${number}场 ` };
    default:
      return { number, text: `${number} ` };
  }
}

/** `12` -> 13, `12A` -> 13. */
const plus = (n: string) => String((parseInt(n, 10) || 0) + 1);

/**
 * The number for a new scene heading at 0-based line `line`: the one after the last scene before it, or the
 * first of the episode when an episode marker comes after that scene (or no scene came yet).
 */
export function nextSceneNumber(script: Script, line: number): SceneNumberOffer {
  let last: Seen | null = null;
  let episode: { number: number | null; line: number } | null = null;
  for (const el of script.elements) {
    const at = el.range.start.line - 1;
    if (at >= line) break;
    if (el.type === 'episode') episode = { number: el.number, line: at };
    else if (el.type === 'scene_heading' && el.number) {
      last = { number: el.number, style: styleOf(script.lines[at]?.text ?? '', el.number), line: at };
    }
  }
  const newEpisode = episode !== null && (last === null || episode.line > last.line);
  if (last && last.style === 'dash') {
    const [ep, scene] = last.number.split('-');
    if (newEpisode) return write(`${episode?.number ?? plus(ep)}-1`, 'dash');
    return write(`${ep}-${plus(scene)}`, 'dash');
  }
  if (last) {
    // Running numbers (Taiwan `12.`, lists `20、`) go on across episodes.
    return write(plus(last.number), last.style);
  }
  return write(`${episode?.number ?? 1}-1`, 'dash');
}
