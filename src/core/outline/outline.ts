// The script's outline for the navigator: episodes, and in each its sections, synopses and scenes with their
// line ranges and estimated screen time. Built from the parse in one pass over the elements.
import type { Element, Script } from '../model/script';
import { estimateSeconds } from '../estimate/duration';

export interface OutlineScene {
  kind: 'scene';
  /** The number as written (`1-2`, `12A`), or one given in order (`3-4` in episode 3, else `4`). */
  number: string;
  /** True when the number is written in the script. */
  written: boolean;
  /** The heading as written, without its `#12#` number or forcing dot. */
  heading: string;
  /** 0-based source line of the heading, and the line just past the scene (the next scene, section or episode). */
  line: number;
  endLine: number;
  /** Estimated screen seconds. */
  seconds: number;
  /** A synopsis written right under the heading (`= ...`), or null. */
  synopsis: string | null;
}

export interface OutlineSection {
  kind: 'section';
  depth: number;
  title: string;
  line: number;
}

export interface OutlineSynopsis {
  kind: 'synopsis';
  text: string;
  line: number;
}

export type OutlineItem = OutlineScene | OutlineSection | OutlineSynopsis;

export interface OutlineEpisode {
  /** The episode number, or null (also for the part before the first marker, or a script without markers). */
  number: number | null;
  title: string | null;
  /** The marker as written, or null when the episode is implicit. */
  marker: string | null;
  /** 0-based line of the marker (of the first line for an implicit episode), and the line just past the episode. */
  line: number;
  endLine: number;
  /** A synopsis written right under the marker, or null. */
  synopsis: string | null;
  items: OutlineItem[];
  seconds: number;
}

const startLine = (el: Element) => el.range.start.line - 1;
const endLine = (el: Element) => el.range.end.line - (el.range.end.column === 0 && el.range.end.line > el.range.start.line ? 1 : 0);

/** True when only blank lines lie between line `after` (exclusive) and line `line`. */
function follows(script: Script, after: number, line: number): boolean {
  for (let i = after + 1; i < line; i++) if (script.lines[i].type !== 'blank') return false;
  return true;
}

export function buildOutline(script: Script): OutlineEpisode[] {
  const total = script.lines.length;
  const episodes: OutlineEpisode[] = [];
  let firstBody = 0;
  while (firstBody < total && (script.lines[firstBody].type === 'title_page' || script.lines[firstBody].type === 'blank')) firstBody++;
  let episode: OutlineEpisode = { number: null, title: null, marker: null, line: Math.min(firstBody, total), endLine: total, synopsis: null, items: [], seconds: 0 };
  let scene: OutlineScene | null = null;
  let sceneIndex = 0;
  /** The line of the element a synopsis would belong to (a heading or a marker), and the last line of it. */
  let lastHead: { kind: 'scene' | 'episode'; end: number } | null = null;

  const closeScene = (line: number) => {
    if (!scene) return;
    scene.endLine = line;
    scene.seconds = estimateSeconds(script, scene.line, line);
    scene = null;
  };
  const closeEpisode = (line: number) => {
    closeScene(line);
    episode.endLine = line;
    episode.seconds = episode.items.reduce((s, item) => s + (item.kind === 'scene' ? item.seconds : 0), 0);
    if (episode.marker !== null || episode.items.length > 0) episodes.push(episode);
  };

  for (const el of script.elements) {
    const line = startLine(el);
    switch (el.type) {
      case 'episode':
        closeEpisode(line);
        episode = { number: el.number, title: el.title, marker: el.text, line, endLine: total, synopsis: null, items: [], seconds: 0 };
        sceneIndex = 0;
        lastHead = { kind: 'episode', end: endLine(el) - 1 };
        break;
      case 'scene_heading': {
        closeScene(line);
        sceneIndex++;
        const written = el.number !== null;
        const number = el.number ?? (episode.number !== null ? `${episode.number}-${sceneIndex}` : String(sceneIndex));
        scene = { kind: 'scene', number, written, heading: el.text, line, endLine: total, seconds: 0, synopsis: null };
        episode.items.push(scene);
        lastHead = { kind: 'scene', end: endLine(el) - 1 };
        break;
      }
      case 'section':
        closeScene(line);
        episode.items.push({ kind: 'section', depth: el.depth, title: el.text, line });
        lastHead = null;
        break;
      case 'synopsis': {
        const head = lastHead;
        const last = episode.items[episode.items.length - 1];
        if (head && follows(script, head.end, line)) {
          if (head.kind === 'scene' && last?.kind === 'scene' && last.synopsis === null) last.synopsis = el.text;
          else if (head.kind === 'episode' && episode.synopsis === null) episode.synopsis = el.text;
          else episode.items.push({ kind: 'synopsis', text: el.text, line });
        } else {
          episode.items.push({ kind: 'synopsis', text: el.text, line });
        }
        lastHead = null;
        break;
      }
      default:
        lastHead = null;
    }
  }
  closeEpisode(total);
  return episodes;
}

/** The scene holding 0-based line `line`, or null (before the first scene, or in a section line). */
export function sceneAt(outline: readonly OutlineEpisode[], line: number): OutlineScene | null {
  for (const episode of outline) {
    if (line < episode.line || line >= episode.endLine) continue;
    let found: OutlineScene | null = null;
    for (const item of episode.items) {
      if (item.kind === 'scene' && item.line <= line && line < item.endLine) found = item;
    }
    return found;
  }
  return null;
}
