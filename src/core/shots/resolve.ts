// A stored shot list read against the script as it is now: each block attached to the scene it belongs to,
// or kept as an orphan; and back again, with the scene keys brought up to date for saving.
import type { Script } from '../model/script';
import { SHOTS_FORMAT, SHOTS_FORMAT_VERSION } from '../model/shots';
import type { SceneShots, Shot, ShotList, ShotLines, ShotsPreserved } from '../model/shots';
import { matchScenes, type MatchKind } from './match';
import { sceneKeyOf, type ShotScene } from './scenes';

export interface ResolvedShots {
  script: string;
  /** Current scene id -> its block (the key is the stored one until saved). Scenes without shots are absent. */
  scenes: Record<string, SceneShots>;
  /** Current scene id -> how its block was found. */
  kinds: Record<string, MatchKind>;
  /** Blocks that match no scene now, with their old keys, in stored order. */
  orphans: SceneShots[];
  preserved?: ShotsPreserved;
}

/** Attaches each stored block to a current scene (see match.ts), the rest as orphans. */
export function resolveShots(list: ShotList, scenes: readonly ShotScene[]): ResolvedShots {
  const match = matchScenes(list.scenes.map((b) => b.scene), scenes);
  const out: ResolvedShots = { script: list.script, scenes: {}, kinds: {}, orphans: match.orphans.map((i) => list.scenes[i]) };
  for (const [id, index] of Object.entries(match.byScene)) {
    out.scenes[id] = list.scenes[index];
    out.kinds[id] = match.kind[index];
  }
  if (list.preserved) out.preserved = list.preserved;
  return out;
}

/**
 * The list to save: blocks in script order with keys of the scenes as they are now, then the orphans with
 * their old keys. Blocks without shots are left out (the user deleted them).
 */
export function toShotList(resolved: ResolvedShots, scenes: readonly ShotScene[]): ShotList {
  const blocks: SceneShots[] = [];
  for (const scene of scenes) {
    const block = resolved.scenes[scene.id];
    if (!block || block.shots.length === 0) continue;
    blocks.push({ ...block, scene: sceneKeyOf(scene) });
  }
  for (const orphan of resolved.orphans) if (orphan.shots.length > 0) blocks.push(orphan);
  const list: ShotList = { format: SHOTS_FORMAT, version: SHOTS_FORMAT_VERSION, script: resolved.script, scenes: blocks };
  if (resolved.preserved) list.preserved = resolved.preserved;
  return list;
}

/** The shots of a scene (empty when it has none). */
export function shotsOf(resolved: ResolvedShots, sceneId: string): Shot[] {
  return resolved.scenes[sceneId]?.shots ?? [];
}

/** `resolved` with the shots of one scene replaced (a new object; `resolved` is not changed). */
export function withSceneShots(resolved: ResolvedShots, scene: ShotScene, shots: Shot[]): ResolvedShots {
  const block = resolved.scenes[scene.id] ?? { scene: sceneKeyOf(scene), shots: [] };
  return { ...resolved, scenes: { ...resolved.scenes, [scene.id]: { ...block, shots } } };
}

/** Moves the shots of orphan `index` to the end of `scene`'s shots, and drops the orphan. */
export function attachOrphan(resolved: ResolvedShots, index: number, scene: ShotScene): ResolvedShots {
  const orphan = resolved.orphans[index];
  if (!orphan) return resolved;
  const next = withSceneShots(resolved, scene, [...shotsOf(resolved, scene.id), ...orphan.shots]);
  return { ...next, orphans: resolved.orphans.filter((_, i) => i !== index) };
}

/** Deletes orphan `index` and its shots (the user's explicit choice). */
export function deleteOrphan(resolved: ResolvedShots, index: number): ResolvedShots {
  return { ...resolved, orphans: resolved.orphans.filter((_, i) => i !== index) };
}

// ---------------------------------------------------------------- covered lines

const ANCHOR_CHARS = 24;

function anchorOf(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim().slice(0, ANCHOR_CHARS).trimEnd();
}

/** The stored form of absolute lines [from, to] (1-based, in the file) of `scene`. */
export function relativeLines(script: Script, scene: ShotScene, from: number, to: number): ShotLines {
  const a = Math.max(scene.line, Math.min(from, scene.endLine));
  const b = Math.max(a, Math.min(to, scene.endLine));
  return { from: a - scene.line, to: b - scene.line, text: anchorOf(script.lines[a - 1]?.text ?? '') };
}

/**
 * The absolute lines (1-based) a shot covers now. The range follows the line it started on (found by its
 * text, nearest first) when lines were added or removed above it; without that line, it keeps its place in
 * the scene, cut to the scene's end.
 */
export function absoluteLines(script: Script, scene: ShotScene, lines: ShotLines): { from: number; to: number } {
  const span = lines.to - lines.from;
  const first = scene.line;
  const last = Math.max(first, scene.endLine);
  let from = Math.min(Math.max(scene.line + lines.from, first), last);
  const anchor = lines.text;
  const at = (n: number) => anchorOf(script.lines[n - 1]?.text ?? '');
  if (anchor && at(from) !== anchor) {
    let found = -1;
    for (let d = 1; d <= last - first && found < 0; d++) {
      if (from - d >= first && at(from - d) === anchor) found = from - d;
      else if (from + d <= last && at(from + d) === anchor) found = from + d;
    }
    if (found > 0) from = found;
  }
  return { from, to: Math.min(from + span, last) };
}

/** The shot (if any) of `scene` whose covered lines hold `line`; the narrowest when several do. */
export function shotAtLine(script: Script, scene: ShotScene, shots: readonly Shot[], line: number): Shot | null {
  let best: Shot | null = null;
  let width = Infinity;
  for (const shot of shots) {
    if (!shot.lines) continue;
    const r = absoluteLines(script, scene, shot.lines);
    if (line >= r.from && line <= r.to && r.to - r.from < width) {
      best = shot;
      width = r.to - r.from;
    }
  }
  return best;
}
