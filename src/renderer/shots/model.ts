// What the shot-list panel shows and edits, as plain functions: the scenes of a view (the scene at the caret,
// its episode, or every scene on its set), the table's rows and columns, and reading what is typed in a cell.
import type { Shot } from '../../core/model/shots';
import { SHOT_SIZES, SHOT_STATUSES } from '../../core/model/shots';
import type { ShotPatch, ShotScene, LabelLanguage } from '../../core/shots';
import { angleLabel, movementLabel, readAngle, readCamera, readLens, readMovement, readSize, readStatus, sizeLabel, statusLabel } from '../../core/shots';

export type ViewMode = 'scene' | 'episode' | 'set';

/** The scene holding 1-based line `line` (from its heading to its last line), or null. */
export function sceneAtLine(scenes: readonly ShotScene[], line: number): ShotScene | null {
  let found: ShotScene | null = null;
  for (const s of scenes) {
    if (s.line > line) break;
    found = s;
  }
  // Between the last scene's end and the next heading the caret still belongs to the scene before.
  return found;
}

function setKey(scene: ShotScene): string {
  return scene.breakdown.setId ?? `loc:${scene.breakdown.location}`;
}

/** The scenes a view shows, in script order. */
export function scenesInView(scenes: readonly ShotScene[], current: ShotScene | null, mode: ViewMode): ShotScene[] {
  if (!current) return [];
  if (mode === 'scene') return [current];
  if (mode === 'episode') return scenes.filter((s) => s.episode === current.episode);
  const key = setKey(current);
  return scenes.filter((s) => setKey(s) === key);
}

export type ColumnKey = 'number' | 'size' | 'angle' | 'movement' | 'lens' | 'camera' | 'setup' | 'cast' | 'description' | 'seconds' | 'status' | 'notes';

export interface ColumnDef {
  key: ColumnKey;
  /** i18n key of the header (shots namespace). */
  label: string;
  /** Shown in the compact table (the side panel is narrow). */
  compact: boolean;
  align: 'left' | 'right' | 'center';
  /** Suggestions offered while typing (labels in the UI language). */
  choices?: (language: LabelLanguage) => string[];
}

export const COLUMNS: readonly ColumnDef[] = [
  { key: 'number', label: 'col.shot', compact: true, align: 'left' },
  { key: 'size', label: 'col.size', compact: true, align: 'left', choices: (l) => SHOT_SIZES.map((s) => sizeLabel(s, l)) },
  { key: 'angle', label: 'col.angle', compact: false, align: 'left' },
  { key: 'movement', label: 'col.movement', compact: false, align: 'left' },
  { key: 'lens', label: 'col.lens', compact: false, align: 'right' },
  { key: 'camera', label: 'col.camera', compact: true, align: 'center', choices: () => ['A', 'B', 'C'] },
  { key: 'setup', label: 'col.setup', compact: false, align: 'right' },
  { key: 'cast', label: 'col.cast', compact: false, align: 'left' },
  { key: 'description', label: 'col.description', compact: true, align: 'left' },
  { key: 'seconds', label: 'col.seconds', compact: true, align: 'right' },
  { key: 'status', label: 'col.status', compact: true, align: 'center', choices: (l) => SHOT_STATUSES.map((s) => statusLabel(s, l)) },
  { key: 'notes', label: 'col.notes', compact: false, align: 'left' },
];

export function columnsFor(all: boolean): ColumnDef[] {
  return COLUMNS.filter((c) => all || c.compact);
}

/** A cell's text as shown (and as the editor starts from). */
export function cellText(shot: Shot, key: ColumnKey, language: LabelLanguage): string {
  switch (key) {
    case 'number':
      return shot.number;
    case 'size':
      return shot.size ? sizeLabel(shot.size, language) : '';
    case 'angle':
      return shot.angle ? angleLabel(shot.angle, language) : '';
    case 'movement':
      return shot.movement ? movementLabel(shot.movement, language) : '';
    case 'lens':
      return shot.lens === null ? '' : String(shot.lens);
    case 'camera':
      return shot.camera ?? '';
    case 'setup':
      return shot.setup === null ? '' : String(shot.setup);
    case 'cast':
      return shot.cast.join(language === 'en' ? ', ' : '、');
    case 'description':
      return shot.description;
    case 'seconds':
      return shot.seconds === null ? '' : String(shot.seconds);
    case 'status':
      return statusLabel(shot.status, language);
    case 'notes':
      return shot.notes;
  }
}

export type CellRead = { ok: true; patch: ShotPatch } | { ok: false };

function count(text: string, max: number): number | null {
  const t = text.normalize('NFKC').trim();
  if (!/^\d+(?:\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n >= 0 && n <= max ? n : null;
}

/** Reads what was typed into a cell: a change to the shot, or not ok (the cell keeps its value). Empty clears. */
export function readCell(key: ColumnKey, typed: string): CellRead {
  const text = typed.trim();
  const empty = text === '';
  const ok = (patch: ShotPatch): CellRead => ({ ok: true, patch });
  switch (key) {
    case 'number':
      return empty ? { ok: false } : ok({ number: text });
    case 'size': {
      if (empty) return ok({ size: null });
      const size = readSize(text);
      return size ? ok({ size }) : { ok: false };
    }
    case 'angle': {
      if (empty) return ok({ angle: null });
      const angle = readAngle(text);
      return angle ? ok({ angle }) : { ok: false };
    }
    case 'movement': {
      if (empty) return ok({ movement: null });
      const movement = readMovement(text);
      return movement ? ok({ movement }) : { ok: false };
    }
    case 'lens': {
      if (empty) return ok({ lens: null });
      const lens = readLens(text);
      return lens === null ? { ok: false } : ok({ lens });
    }
    case 'camera': {
      if (empty) return ok({ camera: null });
      const camera = readCamera(text);
      return camera ? ok({ camera }) : { ok: false };
    }
    case 'setup': {
      if (empty) return ok({ setup: null });
      const n = count(text, 100000);
      return n === null || !Number.isInteger(n) ? { ok: false } : ok({ setup: n });
    }
    case 'seconds': {
      if (empty) return ok({ seconds: null });
      const n = count(text.replace(/\s*(?:s|秒|sec)$/i, ''), 100000);
      return n === null ? { ok: false } : ok({ seconds: n });
    }
    case 'cast':
      return ok({ cast: text.split(/\s*[,，、;；]\s*/).filter(Boolean) });
    case 'description':
      return ok({ description: text });
    case 'notes':
      return ok({ notes: text });
    case 'status': {
      if (empty) return ok({ status: 'planned' });
      const status = readStatus(text);
      return status ? ok({ status }) : { ok: false };
    }
  }
}

/** One line of the table: a scene band or a shot. */
export type Row = { kind: 'scene'; scene: ShotScene } | { kind: 'shot'; scene: ShotScene; shot: Shot };

export function rowsOf(scenes: readonly ShotScene[], shotsOf: (scene: ShotScene) => readonly Shot[], bands: boolean): Row[] {
  const rows: Row[] = [];
  for (const scene of scenes) {
    if (bands) rows.push({ kind: 'scene', scene });
    for (const shot of shotsOf(scene)) rows.push({ kind: 'shot', scene, shot });
  }
  return rows;
}

/** The shot ids from `a` to `b` (inclusive) in table order: a Shift-click or Shift-arrow range. */
export function rangeOf(rows: readonly Row[], a: string, b: string): string[] {
  const ids = rows.flatMap((r) => (r.kind === 'shot' ? [r.shot.id] : []));
  const i = ids.indexOf(a);
  const j = ids.indexOf(b);
  if (i < 0 || j < 0) return [b];
  return ids.slice(Math.min(i, j), Math.max(i, j) + 1);
}
