// Suggested coverage for vertical (9:16) micro-drama, from a scene's content. Pure. The heuristic and its
// reasons are in docs/shots.md, "Suggested coverage"; the director edits from there.
import type { SeriesBreakdown } from '../model/breakdown';
import type { Script } from '../model/script';
import type { Shot, ShotAngle, ShotMovement, ShotSize } from '../model/shots';
import { sceneBeats, type SceneBeats, type Speech } from './beats';
import { blankShot } from './file';
import { relativeLines } from './resolve';
import type { ShotScene } from './scenes';
import { suggestWords, type SuggestWords } from './suggest-text';
import type { LabelLanguage } from './vocabulary';

/** Focal lengths (mm, full-frame) for each size, a little longer than for 16:9: faces fill a vertical frame. */
export const LENS: Record<ShotSize, number> = { EWS: 16, WS: 24, FS: 28, MS: 35, MCU: 50, CU: 85, ECU: 100, INSERT: 90, OTS: 50, POV: 35, '2S': 35 };

export interface SuggestOptions {
  /** The language of the descriptions: the script's (`zh-Hant` for Traditional scripts). */
  language: LabelLanguage;
}

export interface SceneInput {
  script: Script;
  scene: ShotScene;
  /** The scene before it in the series (any file), or null for the first. */
  previous: ShotScene | null;
  /** The episode's closing hook line (absolute, in the scene's file), or null. */
  hookLine: number | null;
  /** Props tagged anywhere in the series: an untagged mention in this scene's action is worth an insert too. */
  props?: readonly string[];
  /** Every name of the series' cast (all spellings): who the hook line names when the scene's cast does not say. */
  names?: readonly string[];
  /** Each spelling of a cast member -> the name the breakdown's cast uses (`張浩` -> `张浩`). */
  canonical?: ReadonlyMap<string, string>;
}

type Group = 'establish' | 'master' | 'inserts' | `subject:${string}`;

interface Draft {
  size: ShotSize;
  angle: ShotAngle;
  movement: ShotMovement;
  cast: string[];
  description: string;
  lines: { from: number; to: number } | null;
  group: Group;
  /** Seconds it asks for outright, or a share of what dialogue and action leave. */
  fixed: number;
  share: number;
  /** Lower goes first when a short scene cannot hold every shot. */
  priority: number;
}

const ACTION_WORDS = {
  zh: /冲|衝|跑|追|扑|撲|摔|往后倒|往後倒|倒下|抢|搶|推开|推開|撞|逃|扭打|拉扯/,
  en: /\b(?:runs?|chases?|bursts?|grabs?|topples?|falls?|shoves?|snatch(?:es)?|flees?|fights?|lunges?|struggles?)\b/i,
};

/** A speaker heard but not seen: V.O./O.S./O.C. in English; VO, 画外音, 旁白 in Chinese (where OS is inner voice). */
function offScreen(extension: string | null, zh: boolean): boolean {
  if (!extension) return false;
  return zh ? /\bV\.?O\b|画外音|畫外音|旁白/i.test(extension) : /\b(?:V\.?O|O\.?S|O\.?C)\b/i.test(extension);
}

function innerVoice(extension: string | null, zh: boolean): boolean {
  return zh && !!extension && /^\s*OS\s*$|内心|內心/i.test(extension);
}

/** How strongly a speech plays: exclamations, questions, broken-off lines, a parenthetical, length. */
function intensity(s: Speech): number {
  const marks = (s.text.match(/[!！?？…—]|--/g) ?? []).length;
  return marks * 2 + (s.parenthetical ? 1 : 0) + Math.min(2, Array.from(s.text).length / 40);
}

function namesIn(text: string, names: readonly string[], zh: boolean): string[] {
  const found: { name: string; at: number }[] = [];
  for (const name of names) {
    let at = -1;
    if (zh) {
      at = text.indexOf(name);
      if (at < 0 && Array.from(name).length === 3) at = text.indexOf(Array.from(name).slice(1).join(''));
    } else {
      for (const token of name.split(/\s+/)) {
        if (token.length < 3 || token.includes('.')) continue;
        const m = new RegExp(`\\b${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').exec(text);
        if (m && (at < 0 || m.index < at)) at = m.index;
      }
    }
    if (at >= 0) found.push({ name, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** A prop named in a text: in full, or by its last word (`the pendant` for `gold pendant`; `坠子` for `金坠子`). */
function mentionsProp(text: string, name: string, zh: boolean): boolean {
  if (zh) {
    const chars = Array.from(name);
    return text.includes(name) || (chars.length >= 3 && text.includes(chars.slice(-2).join('')));
  }
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1];
  const forms = [name.trim(), ...(words.length > 1 && last.length >= 4 ? [last] : [])];
  return forms.some((f) => new RegExp(`\\b${escape(f)}\\b`, 'i').test(text));
}

function setOf(scene: ShotScene): string {
  return `${scene.breakdown.setId ?? scene.breakdown.location.toLowerCase()}|${scene.breakdown.flashback ? 'fb' : ''}`;
}

function plan(input: SceneInput, beats: SceneBeats, w: SuggestWords): Draft[] {
  const { scene, previous, script } = input;
  const zh = script.language === 'zh';
  const b = scene.breakdown;
  const drafts: Draft[] = [];
  let first = scene.line + 1;
  while (first < scene.endLine && !(script.lines[first - 1]?.text.trim() ?? '')) first++;
  const scope = { from: first, to: Math.max(first, scene.endLine) };
  // Names are compared as the breakdown's cast shows them: speakers are as written (`張浩`), cast merged (`张浩`).
  const canon = (name: string) => input.canonical?.get(name) ?? name;
  const extrasSet = new Set(b.extras.map(canon));
  const isExtra = (name: string) => extrasSet.has(canon(name));
  const onScreen = beats.speeches.filter((s) => !offScreen(s.extension, zh));
  const speakers: string[] = [];
  for (const s of onScreen) if (!speakers.includes(s.speaker)) speakers.push(s.speaker);
  const speaking = new Set(speakers.map(canon));
  // Voices only heard (every speech off screen) are nobody to frame.
  const heard = new Set(beats.speeches.filter((s) => offScreen(s.extension, zh)).map((s) => canon(s.speaker)).filter((n) => !speaking.has(n)));
  // The cast without bit parts and crowds (`保镖甲`, `路人若干`): bit parts who speak are framed as speakers.
  const principal = b.cast.filter((n) => !isExtra(n));
  const silentListed = [...principal, ...b.present].filter((n) => !speaking.has(canon(n)) && !heard.has(canon(n)));
  const seen = new Set<string>();
  let people = [...principal, ...speakers, ...b.present].filter((n) => {
    const k = canon(n);
    if (seen.has(k) || heard.has(k)) return false;
    seen.add(k);
    return true;
  });
  const actionText = beats.actions.map((a) => a.text).join('\n');
  // Nobody listed or speaking: whoever of the series' cast the action names (`Anna washes the dishes`).
  if (people.length === 0) people = namesIn(actionText, input.names ?? [], zh).slice(0, 2);
  const silentNamed = principal.length + b.present.length === 0 ? people.filter((n) => !speaking.has(canon(n))) : [];
  const silent = [...silentListed, ...silentNamed];
  const physical = (zh ? ACTION_WORDS.zh : ACTION_WORDS.en).test(actionText);
  const exterior = b.intExt === 'EXT';

  // 1. Establishing, only where the set changes; a caption rides on it.
  const caption = beats.captions[0];
  if (!previous || setOf(previous) !== setOf(scene)) {
    drafts.push({
      size: 'WS', angle: 'high', movement: exterior ? 'tilt' : 'static', cast: [], group: 'establish', priority: 4,
      description: w.establish(b.location || scene.heading) + (caption ? w.caption(caption.text) : ''),
      lines: { from: scene.line, to: caption ? caption.line : scene.line }, fixed: caption ? 3 : 2, share: 0,
    });
  } else if (caption) {
    drafts.push({ size: 'INSERT', angle: 'eye', movement: 'static', cast: [], group: 'inserts', priority: 5, description: w.captionPlate(caption.text), lines: { from: caption.line, to: caption.line }, fixed: 2, share: 0 });
  }

  // 2. A master: a two-shot for two people, a full shot for a group, a single for one.
  if (people.length > 0) {
    const size: ShotSize = people.length === 2 ? '2S' : people.length > 2 ? 'FS' : 'MS';
    const description = size === '2S' ? w.twoShot(people) : size === 'FS' ? w.master(people) : w.single(people[0]);
    drafts.push({ size, angle: 'eye', movement: physical ? 'gimbal' : 'static', cast: people, group: 'master', priority: 1, description, lines: scope, fixed: 0, share: speakers.length > 1 ? 0.25 : 0.4 });
  }

  // 3. OTS pairs for two-person exchanges (up to two pairs a scene).
  const pairCount = new Map<string, number>();
  for (let i = 1; i < onScreen.length; i++) {
    const a = onScreen[i - 1].speaker;
    const c = onScreen[i].speaker;
    if (a === c || isExtra(a) || isExtra(c)) continue;
    const k = [a, c].sort().join('\u0000');
    pairCount.set(k, (pairCount.get(k) ?? 0) + 1);
  }
  const pairs = [...pairCount].filter(([, n]) => n >= 2).sort((x, y) => y[1] - x[1]).slice(0, 2).map(([k]) => k.split('\u0000'));

  // 4. Per speaking character: an MCU over their lines and a CU on their strongest line (extras: the MCU only).
  const spoken = new Map<string, number>();
  for (const s of onScreen) spoken.set(s.speaker, (spoken.get(s.speaker) ?? 0) + Math.max(1, Array.from(s.text).length));
  const totalSpoken = [...spoken.values()].reduce((x, y) => x + y, 0) || 1;
  const speakerPart = people.length > 0 ? (speakers.length > 1 ? 0.75 : 0.6) : 0;
  for (const name of speakers) {
    const mine = onScreen.filter((s) => s.speaker === name);
    const share = (speakerPart * (spoken.get(name) ?? 0)) / totalSpoken;
    const inner = mine.every((s) => innerVoice(s.extension, zh));
    const group: Group = `subject:${name}`;
    const span = { from: mine[0].from, to: mine[mine.length - 1].to };
    if (isExtra(name)) {
      drafts.push({ size: 'MCU', angle: 'eye', movement: 'static', cast: [name], group, priority: 6, description: w.dialogue(name, false), lines: span, fixed: 0, share });
      continue;
    }
    const pairedWith = pairs.filter((p) => p.includes(name)).map((p) => (p[0] === name ? p[1] : p[0]));
    // Their share of the dialogue time: MCU 50 %, CU 25 %, OTS 25 % when they are in a pair; else 65 / 35.
    const mcu = pairedWith.length ? 0.5 : 0.65;
    const cu = pairedWith.length ? 0.25 : 0.35;
    drafts.push({ size: 'MCU', angle: 'eye', movement: 'static', cast: [name], group, priority: 2, description: w.dialogue(name, inner), lines: span, fixed: 0, share: share * mcu });
    const peak = mine.reduce((best, s) => (intensity(s) >= intensity(best) ? s : best), mine[0]);
    drafts.push({ size: 'CU', angle: 'eye', movement: 'static', cast: [name], group, priority: 7, description: w.line(name, peak.text), lines: { from: peak.from, to: peak.to }, fixed: 0, share: share * cu });
    for (const other of pairedWith) {
      const near = mine.filter((s) => {
        const i = onScreen.indexOf(s);
        return onScreen[i - 1]?.speaker === other || onScreen[i + 1]?.speaker === other;
      });
      drafts.push({
        size: 'OTS', angle: 'eye', movement: 'static', cast: [name, other], group, priority: 8, description: w.ots(other, name),
        lines: { from: near[0].from, to: near[near.length - 1].to }, fixed: 0, share: (share * 0.25) / pairedWith.length,
      });
    }
  }

  // 5. Inserts: tagged props where first tagged; then (two at most) props of the series named again and things
  //    seen on screen (phones, documents ...), those in the hook first.
  const hookAction = beats.actions.find((a) => a.hook);
  const inHook = (line: number) => !!hookAction && line >= hookAction.from && line <= hookAction.to;
  const insertLines = new Set<number>();
  const insert = (description: string, line: number, priority: number) =>
    drafts.push({ size: 'INSERT', angle: 'high', movement: inHook(line) ? 'push-in' : 'static', cast: [], group: 'inserts', priority: inHook(line) ? 1 : priority, description, lines: { from: line, to: line }, fixed: 2, share: 0 });
  for (const prop of beats.props) {
    insertLines.add(prop.line);
    insert(w.insert(prop.name), prop.line, 5);
  }
  const tagged = new Set(beats.props.map((p) => p.name));
  const more: { line: number; description: string }[] = [];
  for (const name of input.props ?? []) {
    if (tagged.has(name)) continue;
    const at = beats.actions.find((a) => mentionsProp(a.text, name, zh));
    if (at && !insertLines.has(at.from)) more.push({ line: at.from, description: w.insert(name) });
  }
  for (const thing of beats.things) if (!insertLines.has(thing.line)) more.push({ line: thing.line, description: w.thing(thing.word, thing.text) });
  more.sort((x, y) => Number(inHook(y.line)) - Number(inHook(x.line)) || x.line - y.line);
  const usedLines = new Set<number>();
  for (const m of more) {
    if (usedLines.size >= 2 || usedLines.has(m.line)) continue;
    usedLines.add(m.line);
    insert(m.description, m.line, 5);
  }

  // 6. The hook: a close reaction, pushing in, on whoever the hook line names (else the last speaker).
  let hookSubject: string | null = null;
  if (hookAction) {
    hookSubject = namesIn(hookAction.text, people, zh)[0] ?? namesIn(hookAction.text, input.names ?? [], zh)[0] ?? speakers[speakers.length - 1] ?? people[0] ?? null;
    if (hookSubject) {
      drafts.push({ size: 'CU', angle: 'eye', movement: 'push-in', cast: [hookSubject], group: `subject:${hookSubject}`, priority: 0, description: w.hook(hookSubject), lines: { from: hookAction.from, to: hookAction.to }, fixed: 3, share: 0 });
    }
  }

  // 7. Reactions of cast who are there but do not speak (two at most).
  for (const name of silent.slice(0, 2)) {
    if (name === hookSubject) continue;
    const seen = beats.actions.find((a) => namesIn(a.text, [name], zh).length > 0);
    drafts.push({ size: 'CU', angle: 'eye', movement: 'static', cast: [name], group: `subject:${name}`, priority: 3, description: w.reaction(name), lines: seen ? { from: seen.from, to: seen.to } : null, fixed: 2, share: 0 });
  }
  // 8. A scene with nobody in it: a wide shot of the place holds it.
  if (people.length === 0 && !drafts.some((d) => d.group === 'establish')) {
    drafts.push({ size: 'WS', angle: 'eye', movement: 'static', cast: [], group: 'master', priority: 1, description: w.establish(b.location || scene.heading), lines: scope, fixed: 0, share: 1 });
  }
  return drafts;
}

/** Whole seconds for each draft that add up to `total` (at least 1 each): largest remainders. */
function allocate(drafts: readonly Draft[], total: number): number[] {
  const fixed = drafts.reduce((s, d) => s + d.fixed, 0);
  const shares = drafts.reduce((s, d) => s + d.share, 0);
  const rest = Math.max(0, total - fixed);
  const want = drafts.map((d) => d.fixed + (shares > 0 ? (d.share / shares) * rest : 0));
  const sum = want.reduce((s, x) => s + x, 0) || 1;
  const spare = total - drafts.length;
  const extra = want.map((x) => Math.max(0, (x * total) / sum - 1));
  const extraSum = extra.reduce((s, x) => s + x, 0) || 1;
  const exact = extra.map((x) => (x / extraSum) * spare);
  const out = exact.map((x) => 1 + Math.floor(x));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k].i]++;
  return out;
}

const SIZE_ORDER: readonly ShotSize[] = ['EWS', 'WS', 'FS', '2S', 'MS', 'OTS', 'MCU', 'POV', 'CU', 'ECU', 'INSERT'];

/** Suggested shots for one scene: setups grouped (two cameras cross-shoot a dialogue pair), numbered 1, 2 ... */
export function suggestScene(input: SceneInput, options: SuggestOptions): Shot[] {
  const beats = sceneBeats(input.script, input.scene, input.hookLine);
  let drafts = plan(input, beats, suggestWords(options.language));
  const total = Math.max(1, Math.round(input.scene.breakdown.seconds));
  if (drafts.length > total) drafts = [...drafts].sort((a, b) => a.priority - b.priority).slice(0, total);

  // Setups: establishing, master, then the subjects in order of first appearance, paired for cameras A and B
  // (a dialogue pair first), then the inserts.
  const subjects: string[] = [];
  for (const d of [...drafts].sort((a, b) => (a.lines?.from ?? 0) - (b.lines?.from ?? 0))) {
    if (d.group.startsWith('subject:')) {
      const name = d.group.slice('subject:'.length);
      if (!subjects.includes(name)) subjects.push(name);
    }
  }
  const ots = drafts.filter((d) => d.size === 'OTS');
  if (ots.length) {
    const first = ots[0].cast;
    subjects.sort((a, b) => (first.includes(b) ? 1 : 0) - (first.includes(a) ? 1 : 0));
  }
  const setupOf = new Map<Group, { setup: number; camera: string }>();
  let setup = 0;
  if (drafts.some((d) => d.group === 'establish')) setupOf.set('establish', { setup: ++setup, camera: 'A' });
  if (drafts.some((d) => d.group === 'master')) setupOf.set('master', { setup: ++setup, camera: 'A' });
  for (let i = 0; i < subjects.length; i += 2) {
    setup++;
    setupOf.set(`subject:${subjects[i]}`, { setup, camera: 'A' });
    if (subjects[i + 1] !== undefined) setupOf.set(`subject:${subjects[i + 1]}`, { setup, camera: 'B' });
  }
  if (drafts.some((d) => d.group === 'inserts')) setupOf.set('inserts', { setup: ++setup, camera: 'A' });

  const ordered = [...drafts].sort(
    (a, b) =>
      setupOf.get(a.group)!.setup - setupOf.get(b.group)!.setup ||
      setupOf.get(a.group)!.camera.localeCompare(setupOf.get(b.group)!.camera) ||
      SIZE_ORDER.indexOf(a.size) - SIZE_ORDER.indexOf(b.size) ||
      (a.lines?.from ?? 0) - (b.lines?.from ?? 0),
  );
  const seconds = allocate(ordered, total);
  const { script, scene } = input;
  return ordered.map((d, i) => {
    const shot = blankShot(String(i + 1));
    const where = setupOf.get(d.group)!;
    const lines = d.lines ? relativeLines(script, scene, d.lines.from, d.lines.to) : null;
    return { ...shot, size: d.size, angle: d.angle, movement: d.movement, lens: LENS[d.size], camera: where.camera, cast: d.cast, description: d.description, lines, setup: where.setup, seconds: seconds[i] };
  });
}

export interface SuggestDocument {
  script: Script;
  scenes: ShotScene[];
}

/**
 * Suggested shots for every scene of the documents (in series order), by scene id. The establishing rule
 * looks at the scene before, across files; hooks come from the breakdown's episodes.
 */
export function suggestShots(docs: readonly SuggestDocument[], breakdown: SeriesBreakdown, options: SuggestOptions, only?: (scene: ShotScene) => boolean): Record<string, Shot[]> {
  const hooks = new Map<string, number | null>();
  for (const e of breakdown.episodes) hooks.set(`${e.file}|${e.number}`, e.hookLine);
  const names = breakdown.cast.flatMap((c) => c.spellings);
  const canonical = new Map<string, string>();
  for (const c of breakdown.cast) for (const spelling of [c.name, ...c.spellings]) if (!canonical.has(spelling)) canonical.set(spelling, c.name);
  const props = breakdown.elements.filter((e) => e.category === 'props').map((e) => e.name);
  const out: Record<string, Shot[]> = {};
  let previous: ShotScene | null = null;
  for (const doc of docs) {
    for (const scene of doc.scenes) {
      if (!only || only(scene)) {
        out[scene.id] = suggestScene({ script: doc.script, scene, previous, hookLine: hooks.get(`${scene.file}|${scene.episode}`) ?? null, props, names, canonical }, options);
      }
      previous = scene;
    }
  }
  return out;
}
