// The scenes of one script file as shot lists see them: the breakdown's scene plus what identifies it when
// the script is rewritten (the locked number, the heading without numbers, the opening lines).
import type { SceneBreakdown, SeriesBreakdown } from '../model/breakdown';
import type { Script } from '../model/script';
import type { SceneKey } from '../model/shots';

export interface ShotScene {
  /** The breakdown's scene id (`1/1-3`). */
  id: string;
  file: string;
  episode: number;
  /** The breakdown's number: the locked one when the heading has `#n#`, else as written or assigned. */
  number: string;
  /** The number locked in the heading with `#n#`, or null. */
  locked: string | null;
  /** The heading line without its numbers, spaces collapsed. */
  heading: string;
  /** The first lines of the scene (see openingOf). */
  opening: string;
  /** 1-based position of the scene in its file. */
  order: number;
  /** Absolute 1-based lines of the heading and of the scene's last line in the file. */
  line: number;
  endLine: number;
  breakdown: SceneBreakdown;
}

const LOCK = /[ \t]*#([^#\s][^#]*)#[ \t]*$/;
// A Chinese heading's own number at the start: `1-3 `, `12. `, `20、`, `第3场 `.
const LEADING_NUMBER = /^[ \t\u3000]*(?:第[ \t]*[0-9０-９零〇一二两兩三四五六七八九十百千]+[ \t]*[场場][ \t\u3000]*[:：]?|[0-9０-９]+(?:[-－–—][0-9０-９]+)*[A-Za-z]{0,2}(?:[.．、][ \t\u3000]*|[ \t\u3000]+))/;

/** The number locked in a heading line with `#n#` at its end, or null. */
export function lockedNumberOf(headingLine: string): string | null {
  const m = LOCK.exec(headingLine);
  return m ? m[1].trim() : null;
}

/** A heading line without its numbers and forcing dot, spaces collapsed: what stays when a scene is renumbered. */
export function headingKeyText(headingLine: string): string {
  let text = headingLine.replace(LOCK, '');
  text = text.replace(/^[ \t]*\.(?!\.)/, '');
  text = text.replace(LEADING_NUMBER, '');
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

const OPENING_LINES = 3;
const OPENING_CHARS = 120;
const SKIPPED = new Set(['blank', 'cast_list', 'note', 'boneyard', 'section', 'synopsis', 'page_break', 'episode', 'title_page']);

/**
 * The scene's first lines after its heading (blank lines, cast lines and notes skipped, inline notes removed),
 * joined with ` / ` and cut to 120 characters: enough to know the scene again, short enough to read in a diff.
 */
export function openingOf(script: Script, line: number, endLine: number): string {
  const parts: string[] = [];
  for (let i = line; i < endLine && i < script.lines.length && parts.length < OPENING_LINES; i++) {
    const l = script.lines[i];
    if (SKIPPED.has(l.type)) continue;
    const text = l.text.replace(/\[\[[\s\S]*?\]\]/g, '').replace(/[\s\u3000]+/g, ' ').trim();
    if (text) parts.push(text);
  }
  const joined = parts.join(' / ');
  return joined.length > OPENING_CHARS ? joined.slice(0, OPENING_CHARS) : joined;
}

/** The scenes of the file `file` (a SeriesDocument name) in `breakdown`, with what keys them. */
export function shotScenes(script: Script, file: string, breakdown: SeriesBreakdown): ShotScene[] {
  const out: ShotScene[] = [];
  for (const episode of breakdown.episodes) {
    for (const scene of episode.scenes) {
      if (scene.file !== file) continue;
      const raw = script.lines[scene.line - 1]?.text ?? scene.heading;
      out.push({
        id: scene.id,
        file,
        episode: scene.episode,
        number: scene.number,
        locked: lockedNumberOf(raw),
        heading: headingKeyText(raw),
        opening: openingOf(script, scene.line, scene.endLine),
        order: out.length + 1,
        line: scene.line,
        endLine: scene.endLine,
        breakdown: scene,
      });
    }
  }
  return out;
}

/** The key a scene is stored under in a shot-list file. */
export function sceneKeyOf(scene: ShotScene): SceneKey {
  return {
    episode: scene.episode,
    number: scene.locked ?? scene.number,
    locked: scene.locked !== null,
    heading: scene.heading,
    opening: scene.opening,
    order: scene.order,
  };
}
