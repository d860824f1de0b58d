// Editing one scene's shots: add, duplicate, delete, move, change, bulk change, renumber. Pure: each returns a
// new list and leaves its input alone. Added and duplicated shots take the next free pickup number (2 -> 2A).
import type { Shot } from '../model/shots';
import { blankShot, newShotId } from './file';
import { appendedNumber, numberAfter, numberBefore, plainNumbers } from './numbering';

/** What a change may set: every field of a shot but its id. */
export type ShotPatch = Partial<Omit<Shot, 'id'>>;

function used(shots: readonly Shot[]): Set<string> {
  return new Set(shots.map((s) => s.number));
}

/**
 * A new blank shot after position `after` (-1: at the start; omitted: at the end). At the end it takes the next
 * whole number; elsewhere the pickup number after the shot before it (2A), or before the first (A1).
 */
export function addShot(shots: readonly Shot[], after?: number, fields: ShotPatch = {}): { shots: Shot[]; shot: Shot } {
  const at = after === undefined ? shots.length - 1 : Math.min(after, shots.length - 1);
  const atEnd = at === shots.length - 1;
  const number = atEnd ? appendedNumber(shots.map((s) => s.number)) : at < 0 ? numberBefore(shots[0].number, used(shots)) : numberAfter(shots[at].number, used(shots));
  const shot: Shot = { ...blankShot(number), ...fields, id: newShotId(), number: fields.number ?? number };
  const out = [...shots];
  out.splice(at + 1, 0, shot);
  return { shots: out, shot };
}

/** Copies of the shots `ids`, each right after its original, numbered after it; the status goes back to planned. */
export function duplicateShots(shots: readonly Shot[], ids: readonly string[]): { shots: Shot[]; copies: Shot[] } {
  const want = new Set(ids);
  const taken = used(shots);
  const out: Shot[] = [];
  const copies: Shot[] = [];
  for (const shot of shots) {
    out.push(shot);
    if (!want.has(shot.id)) continue;
    const number = numberAfter(shot.number, taken);
    taken.add(number);
    const copy: Shot = { ...shot, cast: [...shot.cast], lines: shot.lines ? { ...shot.lines } : null, id: newShotId(), number, status: 'planned' };
    out.push(copy);
    copies.push(copy);
  }
  return { shots: out, copies };
}

export function deleteShots(shots: readonly Shot[], ids: readonly string[]): Shot[] {
  const gone = new Set(ids);
  return shots.filter((s) => !gone.has(s.id));
}

/** Moves the shots `ids` (kept in their order) so that the first lands at position `to` of the remaining list. */
export function moveShots(shots: readonly Shot[], ids: readonly string[], to: number): Shot[] {
  const moving = new Set(ids);
  const picked = shots.filter((s) => moving.has(s.id));
  const rest = shots.filter((s) => !moving.has(s.id));
  const at = Math.max(0, Math.min(to, rest.length));
  return [...rest.slice(0, at), ...picked, ...rest.slice(at)];
}

/** Sets the same fields on every shot of `ids` (bulk edit: size, camera, status ...). */
export function patchShots(shots: readonly Shot[], ids: readonly string[], patch: ShotPatch): Shot[] {
  const want = new Set(ids);
  return shots.map((s) => (want.has(s.id) ? { ...s, ...patch, id: s.id } : s));
}

/** Numbers 1, 2, 3 ... in list order. */
export function renumberShots(shots: readonly Shot[]): Shot[] {
  const numbers = plainNumbers(shots.length);
  return shots.map((s, i) => (s.number === numbers[i] ? s : { ...s, number: numbers[i] }));
}
