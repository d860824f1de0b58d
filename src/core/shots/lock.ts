// "Lock scene numbers": writes `#n#` at the end of every scene heading that has none, so that shot lists,
// schedules and call sheets keep their scene numbers whatever is rewritten later. A pure function returning
// text edits; see docs/shots.md, "Locking scene numbers".
//
// - First lock (no heading locked yet): each scene keeps the number it has now (as written, or assigned by
//   the breakdown as <episode>-<n>); a repeated number gets a letter (12, 12A).
// - Later locks: a scene added since is numbered after the locked scene before it (12 -> 12A -> 12B), or
//   before the first locked scene of its episode (A1).
// - Chinese headings keep their leading number, made equal to the lock: `1-3 夜 外 福安夜市 #1-3#`. When the
//   parser would not read a heading written that way back whole (same place, time and number), it is
//   written in the forced form instead, which every reader takes: `.夜 外 福安夜市 #1-3#`.
import type { Script, TextEdit } from '../model/script';
import { parse } from '../parse';
import { numberAfter, numberBefore } from './numbering';
import type { ShotScene } from './scenes';

export interface LockedScene {
  /** The heading's line (1-based) and its scene id before the lock. */
  line: number;
  id: string;
  number: string;
  /** The line's text before and after. */
  before: string;
  after: string;
}

export interface LockResult {
  /** In UTF-16 offsets of the script's text, in ascending order, not overlapping. */
  edits: TextEdit[];
  locked: LockedScene[];
  /** Numbers already locked and left as they were. */
  kept: number;
}

const LEADING = /^([ \t\u3000]*)(第[ \t\u3000]*[0-9０-９]+[ \t\u3000]*[场場]|[0-9０-９]+(?:[-－—–][0-9０-９]+)?[A-Za-z]{0,2})(?=[ \t\u3000.、．])/;
const TRAILING_SPACE = /[ \t\u3000]+$/;

function lineStarts(script: Script): number[] {
  const starts: number[] = [];
  let offset = script.bom ? 1 : 0;
  for (const line of script.lines) {
    starts.push(offset);
    offset += line.text.length + line.eol.length;
  }
  return starts;
}

function plainForm(raw: string, number: string, chinese: boolean): string {
  const body = raw.replace(TRAILING_SPACE, '');
  if (!chinese) return `${body} #${number}#`;
  const m = LEADING.exec(body);
  if (!m) return `${body} #${number}#`;
  return `${m[1]}${number}${body.slice(m[0].length)} #${number}#`;
}

function forcedForm(raw: string, number: string): string {
  const body = raw.replace(TRAILING_SPACE, '').replace(/^[ \t]*\.?/, '');
  const m = LEADING.exec(body);
  const rest = m ? body.slice(m[0].length).replace(/^[ \t\u3000]*[.、．]?[ \t\u3000]*/, '') : body;
  return `.${rest.trim()} #${number}#`;
}

/** The numbers the lock gives, in scene order (null for scenes already locked). */
function chooseNumbers(scenes: readonly ShotScene[]): (string | null)[] {
  const firstLock = !scenes.some((s) => s.locked !== null);
  const used = new Set<string>();
  const key = (episode: number, n: string) => `${episode}/${n}`;
  for (const s of scenes) if (s.locked) used.add(key(s.episode, s.locked));
  const usedIn = (episode: number) => {
    const set = new Set<string>();
    for (const k of used) if (k.startsWith(`${episode}/`)) set.add(k.slice(String(episode).length + 1));
    return set;
  };
  const out: (string | null)[] = [];
  let prev: string | null = null;
  let prevEpisode: number | null = null;
  scenes.forEach((scene, i) => {
    if (scene.episode !== prevEpisode) prev = null;
    prevEpisode = scene.episode;
    if (scene.locked) {
      out.push(null);
      prev = scene.locked;
      return;
    }
    let n: string;
    if (firstLock) {
      n = used.has(key(scene.episode, scene.number)) ? numberAfter(prev ?? scene.number, usedIn(scene.episode)) : scene.number;
    } else if (prev !== null) {
      n = numberAfter(prev, usedIn(scene.episode));
    } else {
      const next = scenes.slice(i + 1).find((s) => s.episode === scene.episode && s.locked !== null);
      n = next ? numberBefore(next.locked!, usedIn(scene.episode)) : used.has(key(scene.episode, scene.number)) ? numberAfter(scene.number, usedIn(scene.episode)) : scene.number;
    }
    used.add(key(scene.episode, n));
    out.push(n);
    prev = n;
  });
  return out;
}

function applyLineChanges(script: Script, changes: Map<number, string>): string {
  let text = script.bom ? '\uFEFF' : '';
  script.lines.forEach((line, i) => {
    text += (changes.get(i + 1) ?? line.text) + line.eol;
  });
  return text;
}

/** True when the heading at `line` of `script` reads as a heading with `number` and the place `location`. */
function readsBack(script: Script, line: number, number: string, location: string): boolean {
  const el = script.elements.find((e) => e.range.start.line === line);
  return el?.type === 'scene_heading' && el.number === number && el.location.trim() === location.trim();
}

/**
 * The edits that lock the scene numbers of `script` (whose scenes are `scenes`, from shotScenes). Scenes
 * already locked keep their number; Chinese headings also get their leading number made equal to the lock.
 */
export function lockSceneNumbers(script: Script, scenes: readonly ShotScene[]): LockResult {
  const chinese = script.language === 'zh';
  const numbers = chooseNumbers(scenes);
  const changes = new Map<number, string>();
  const targets: { scene: ShotScene; number: string; raw: string }[] = [];
  scenes.forEach((scene, i) => {
    const raw = script.lines[scene.line - 1]?.text ?? '';
    const n = numbers[i];
    if (n !== null) {
      targets.push({ scene, number: n, raw });
      changes.set(scene.line, plainForm(raw, n, chinese));
    } else if (chinese && scene.locked) {
      // A locked Chinese heading whose leading number was changed by hand gets it back.
      const synced = plainForm(raw.replace(/[ \t]*#[^#\s][^#]*#[ \t]*$/, ''), scene.locked, true);
      if (synced !== raw.replace(TRAILING_SPACE, '')) changes.set(scene.line, synced);
    }
  });
  if (chinese && changes.size > 0) {
    // Check that every changed heading reads back; write the ones that do not in the forced form.
    const check = parse(applyLineChanges(script, changes), { language: 'zh' });
    for (const t of targets) {
      if (!readsBack(check, t.scene.line, t.number, t.scene.breakdown.location)) changes.set(t.scene.line, forcedForm(t.raw, t.number));
    }
  }
  const starts = lineStarts(script);
  const edits: TextEdit[] = [];
  const locked: LockedScene[] = [];
  for (const [line, after] of [...changes].sort((a, b) => a[0] - b[0])) {
    const before = script.lines[line - 1].text;
    edits.push({ from: starts[line - 1], to: starts[line - 1] + before.length, insert: after });
    const scene = scenes.find((s) => s.line === line)!;
    locked.push({ line, id: scene.id, number: numbers[scenes.indexOf(scene)] ?? scene.locked ?? scene.number, before, after });
  }
  return { edits, locked, kept: numbers.filter((n) => n === null).length };
}

/** Applies non-overlapping edits (in offsets of `text`) to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.insert + out.slice(e.to);
  return out;
}
