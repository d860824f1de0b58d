// The shot-list file, pure: reading (with checks that name the problem) and diff-friendly writing.
//
// On disk (`ep01.shots.json` beside `ep01.fountain`): JSON with a fixed key order, one scene key per line
// and one shot per line, empty fields left out, keys this version does not know kept and written back.
import { SHOTS_FORMAT, SHOTS_FORMAT_VERSION, SHOTS_FILE_SUFFIX } from '../model/shots';
import type { SceneKey, SceneShots, Shot, ShotList, ShotLines, ShotsPreserved } from '../model/shots';
import { readAngle, readMovement, readSize, readStatus } from './vocabulary';

export type ShotsReadResult = { ok: true; list: ShotList } | { ok: false; message: string; problems: string[] };

/** `ep01.fountain` -> `ep01.shots.json`; `series.txt` -> `series.shots.json`. */
export function shotsFileName(scriptName: string): string {
  const slash = Math.max(scriptName.lastIndexOf('/'), scriptName.lastIndexOf('\\'));
  const dot = scriptName.lastIndexOf('.');
  const stem = dot > slash + 1 ? scriptName.slice(0, dot) : scriptName;
  return stem + SHOTS_FILE_SUFFIX;
}

let idCounter = 0;
/** A new in-memory shot id, unique within this process. */
export function newShotId(): string {
  idCounter++;
  return `shot-${idCounter.toString(36)}`;
}

export function emptyShotList(script: string): ShotList {
  return { format: SHOTS_FORMAT, version: SHOTS_FORMAT_VERSION, script, scenes: [] };
}

export function blankShot(number: string): Shot {
  return {
    id: newShotId(),
    number,
    size: null,
    angle: null,
    movement: null,
    lens: null,
    camera: null,
    cast: [],
    description: '',
    lines: null,
    setup: null,
    seconds: null,
    notes: '',
    status: 'planned',
  };
}

// ---------------------------------------------------------------- reading

const FILE_KEYS = ['format', 'version', 'script', 'scenes'];
const BLOCK_KEYS = ['scene', 'shots'];
const KEY_KEYS = ['episode', 'number', 'locked', 'heading', 'opening', 'order'];
const SHOT_KEYS = ['number', 'size', 'angle', 'movement', 'lens', 'camera', 'cast', 'description', 'lines', 'setup', 'seconds', 'notes', 'status'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function preservedOf(obj: Obj, known: readonly string[]): ShotsPreserved | undefined {
  const extra = Object.keys(obj).filter((k) => !known.includes(k));
  if (extra.length === 0) return undefined;
  return Object.fromEntries(extra.map((k) => [k, obj[k]]));
}

/** Where in the text a JSON.parse error points, as `line L, column C`, when the engine says. */
function jsonWhere(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const m = /position (\d+)/.exec(message);
  if (!m) return message.replace(/\s*in JSON.*$/, '');
  const at = Number(m[1]);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `${message.replace(/\s*in JSON.*$/, '').replace(/,\s*".*$/, '')} at line ${line}, column ${column}`;
}

class Reader {
  problems: string[] = [];
  problem(where: string, what: string): void {
    this.problems.push(`${where}: ${what}`);
  }
  str(obj: Obj, key: string, where: string, fallback = ''): string {
    const v = obj[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    this.problem(`${where}.${key}`, `should be text, not ${JSON.stringify(v)}`);
    return fallback;
  }
  num(obj: Obj, key: string, where: string, min: number, max: number): number | null {
    const v = obj[key];
    if (v === undefined || v === null || v === '') return null;
    const n = typeof v === 'string' ? Number(v.replace(/\s*mm$/i, '')) : v;
    if (typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max) return n;
    this.problem(`${where}.${key}`, `should be a number from ${min} to ${max}, not ${JSON.stringify(v)}`);
    return null;
  }
  word<T>(obj: Obj, key: string, where: string, read: (s: string) => T | null, allowed: string): T | null {
    const v = obj[key];
    if (v === undefined || v === null || v === '') return null;
    const got = typeof v === 'string' ? read(v) : null;
    if (got === null) this.problem(`${where}.${key}`, `${JSON.stringify(v)} is not one of ${allowed}`);
    return got;
  }
}

function readLines(r: Reader, v: unknown, where: string): ShotLines | null {
  if (v === undefined || v === null) return null;
  if (!isObj(v) || typeof v.from !== 'number' || typeof v.to !== 'number' || !Number.isInteger(v.from) || !Number.isInteger(v.to) || v.from < 0 || v.to < v.from) {
    r.problem(`${where}.lines`, `should be {"from": N, "to": M, "text": "…"} with 0 ≤ from ≤ to, not ${JSON.stringify(v)}`);
    return null;
  }
  return { from: v.from, to: v.to, text: typeof v.text === 'string' ? v.text : '' };
}

function readShot(r: Reader, v: unknown, where: string): Shot | null {
  if (!isObj(v)) {
    r.problem(where, 'should be a shot ({"number": "1", "size": "MCU", …})');
    return null;
  }
  const cast = v.cast;
  let castList: string[] = [];
  if (Array.isArray(cast) && cast.every((c) => typeof c === 'string')) castList = cast as string[];
  else if (typeof cast === 'string') castList = cast.split(/\s*[,、，]\s*/).filter(Boolean);
  else if (cast !== undefined && cast !== null) r.problem(`${where}.cast`, 'should be a list of names');
  const shot: Shot = {
    id: newShotId(),
    number: r.str(v, 'number', where),
    size: r.word(v, 'size', where, readSize, 'EWS WS FS MS MCU CU ECU INSERT OTS POV 2S'),
    angle: r.word(v, 'angle', where, readAngle, 'eye high low overhead dutch'),
    movement: r.word(v, 'movement', where, readMovement, 'static push-in pull-out pan tilt track follow handheld gimbal crane'),
    lens: r.num(v, 'lens', where, 1, 2000),
    camera: r.str(v, 'camera', where) || null,
    cast: castList,
    description: r.str(v, 'description', where),
    lines: readLines(r, v.lines, where),
    setup: r.num(v, 'setup', where, 0, 100000),
    seconds: r.num(v, 'seconds', where, 0, 100000),
    notes: r.str(v, 'notes', where),
    status: r.word(v, 'status', where, readStatus, 'planned shot') ?? 'planned',
  };
  const preserved = preservedOf(v, SHOT_KEYS);
  if (preserved) shot.preserved = preserved;
  return shot;
}

function readKey(r: Reader, v: unknown, where: string, order: number): SceneKey {
  if (!isObj(v)) {
    r.problem(`${where}.scene`, 'is missing: every block needs the scene it belongs to ({"number": "1-1", "heading": "…"})');
    return { episode: null, number: '', locked: false, heading: '', opening: '', order };
  }
  const episode = r.num(v, 'episode', `${where}.scene`, 0, 100000);
  return {
    episode,
    number: r.str(v, 'number', `${where}.scene`),
    locked: v.locked === true,
    heading: r.str(v, 'heading', `${where}.scene`),
    opening: r.str(v, 'opening', `${where}.scene`),
    order: r.num(v, 'order', `${where}.scene`, 0, 1e9) ?? order,
  };
}

/** Reads a shot-list file's text. Never throws; a file with problems gets a message naming each of them. */
export function readShotList(text: string, fileName = 'the shot list'): ShotsReadResult {
  const fail = (problems: string[]): ShotsReadResult => ({
    ok: false,
    problems,
    message: `${fileName} could not be read: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}. It was left as it is; fix it in a text editor, or move it away to start a new shot list.`,
  });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail([`it is not valid JSON (${jsonWhere(text, error)})`]);
  }
  if (!isObj(data)) return fail(['it is not a shot list (a JSON object with "format": "shotline-shots")']);
  if (data.format !== SHOTS_FORMAT) return fail([`it is not a shot list ("format" should be "${SHOTS_FORMAT}", not ${JSON.stringify(data.format)})`]);
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail([`"version" should be a whole number, not ${JSON.stringify(version)}`]);
  if (version > SHOTS_FORMAT_VERSION) {
    return fail([`it was written by a newer Shotline (format version ${version}; this version reads up to ${SHOTS_FORMAT_VERSION}). Update Shotline to open it`]);
  }
  if (!Array.isArray(data.scenes)) return fail(['"scenes" should be a list of scene blocks']);
  const r = new Reader();
  const scenes: SceneShots[] = [];
  data.scenes.forEach((block: unknown, i: number) => {
    const where = `scenes[${i}]`;
    if (!isObj(block)) {
      r.problem(where, 'should be {"scene": {…}, "shots": […]}');
      return;
    }
    const scene = readKey(r, block.scene, where, i + 1);
    const shots: Shot[] = [];
    if (!Array.isArray(block.shots)) r.problem(`${where}.shots`, 'should be a list of shots');
    else block.shots.forEach((s: unknown, k: number) => {
      const shot = readShot(r, s, `${where}.shots[${k}]`);
      if (shot) shots.push(shot);
    });
    const entry: SceneShots = { scene, shots };
    const preserved = preservedOf(block, BLOCK_KEYS);
    if (preserved) entry.preserved = preserved;
    if (isObj(block.scene)) {
      const keyExtra = preservedOf(block.scene, KEY_KEYS);
      if (keyExtra) entry.preserved = { ...entry.preserved, '@scene': keyExtra };
    }
    scenes.push(entry);
  });
  if (r.problems.length) return fail(r.problems);
  const list: ShotList = { format: SHOTS_FORMAT, version: SHOTS_FORMAT_VERSION, script: typeof data.script === 'string' ? data.script : '', scenes };
  const preserved = preservedOf(data, FILE_KEYS);
  if (preserved) list.preserved = preserved;
  return { ok: true, list };
}

// ---------------------------------------------------------------- writing

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (isObj(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')}}`;
  return JSON.stringify(value) ?? 'null';
}

function shotObject(shot: Shot): Obj {
  const o: Obj = { number: shot.number };
  if (shot.size) o.size = shot.size;
  if (shot.angle) o.angle = shot.angle;
  if (shot.movement) o.movement = shot.movement;
  if (shot.lens !== null) o.lens = shot.lens;
  if (shot.camera) o.camera = shot.camera;
  if (shot.cast.length) o.cast = shot.cast;
  if (shot.description) o.description = shot.description;
  if (shot.lines) o.lines = { from: shot.lines.from, to: shot.lines.to, text: shot.lines.text };
  if (shot.setup !== null) o.setup = shot.setup;
  if (shot.seconds !== null) o.seconds = shot.seconds;
  if (shot.notes) o.notes = shot.notes;
  o.status = shot.status;
  return { ...o, ...shot.preserved };
}

function keyObject(key: SceneKey, extra: unknown): Obj {
  return { episode: key.episode, number: key.number, locked: key.locked, heading: key.heading, opening: key.opening, order: key.order, ...(isObj(extra) ? extra : {}) };
}

/** The file's text: stable key order, one scene key and one shot per line, a final newline. */
export function writeShotList(list: ShotList): string {
  const out: string[] = ['{'];
  out.push(`  "format": ${JSON.stringify(SHOTS_FORMAT)},`);
  out.push(`  "version": ${SHOTS_FORMAT_VERSION},`);
  out.push(`  "script": ${JSON.stringify(list.script)},`);
  for (const [k, v] of Object.entries(list.preserved ?? {})) out.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  if (list.scenes.length === 0) out.push('  "scenes": []');
  else {
    out.push('  "scenes": [');
    list.scenes.forEach((block, i) => {
      const { '@scene': keyExtra, ...blockExtra } = block.preserved ?? {};
      out.push('    {');
      out.push(`      "scene": ${inline(keyObject(block.scene, keyExtra))},`);
      for (const [k, v] of Object.entries(blockExtra)) out.push(`      ${JSON.stringify(k)}: ${inline(v)},`);
      if (block.shots.length === 0) out.push('      "shots": []');
      else {
        out.push('      "shots": [');
        block.shots.forEach((shot, k) => out.push(`        ${inline(shotObject(shot))}${k < block.shots.length - 1 ? ',' : ''}`));
        out.push('      ]');
      }
      out.push(`    }${i < list.scenes.length - 1 ? ',' : ''}`);
    });
    out.push('  ]');
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
