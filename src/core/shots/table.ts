// The shot list as a printed table: the rows CSV, XLSX and PDF all write, so the three say the same thing.
// Columns have bilingual headers (the report language first); sections are episodes or physical sets;
// orphaned shots come last in their own section, never left out.
import type { SceneShots, Shot } from '../model/shots';
import type { Script } from '../model/script';
import { compareNumbers } from './numbering';
import { absoluteLines } from './resolve';
import type { ShotScene } from './scenes';
import { angleLabel, movementLabel, sizeLabel, sizeLabelBoth, statusLabel, type LabelLanguage } from './vocabulary';

export type ShotGrouping = 'episode' | 'set';
export type ShotCell = string | number | null;

export interface ShotColumn {
  key: string;
  /** Bilingual, report language first: `镜号 Shot`, `Shot 镜号`. */
  header: string;
  headerLines: [string, string];
  /** Relative width (characters of a typical value). */
  width: number;
  align: 'left' | 'right' | 'center';
}

/** One scene's shots (or one orphaned scene's). */
export interface ShotGroup {
  /** `1-3  EXT. FU'AN NIGHT MARKET - NIGHT`. */
  title: string;
  /** The set and the scene's estimated length, or why the shots are orphaned. */
  detail: string;
  rows: ShotCell[][];
  /** Rows of shots already shot, to shade. */
  done: boolean[];
  seconds: number;
  orphan: boolean;
}

export interface ShotSection {
  title: string;
  groups: ShotGroup[];
  shots: number;
  seconds: number;
}

export interface ShotTable {
  language: LabelLanguage;
  title: string;
  columns: ShotColumn[];
  sections: ShotSection[];
  shots: number;
  seconds: number;
}

export interface SceneShotsInput {
  script: Script;
  scene: ShotScene;
  shots: readonly Shot[];
}

export interface OrphanInput {
  file: string;
  block: SceneShots;
}

type Words = [en: string, hans: string, hant?: string];
const COLUMNS: { key: string; words: Words; width: number; align: ShotColumn['align'] }[] = [
  { key: 'episode', words: ['Ep', '集'], width: 3, align: 'right' },
  { key: 'scene', words: ['Scene', '场次', '場次'], width: 5, align: 'left' },
  { key: 'location', words: ['Location', '场景', '場景'], width: 12, align: 'left' },
  { key: 'set', words: ['Set', '置景'], width: 14, align: 'left' },
  { key: 'shot', words: ['Shot', '镜号', '鏡號'], width: 4, align: 'left' },
  { key: 'size', words: ['Size', '景别', '景別'], width: 7, align: 'left' },
  { key: 'angle', words: ['Angle', '角度'], width: 6, align: 'left' },
  { key: 'movement', words: ['Move', '运镜', '運鏡'], width: 6, align: 'left' },
  { key: 'lens', words: ['Lens', '焦段'], width: 4, align: 'right' },
  { key: 'camera', words: ['Cam', '机器', '機器'], width: 3, align: 'center' },
  { key: 'setup', words: ['Setup', '机位', '機位'], width: 4, align: 'right' },
  { key: 'cast', words: ['Cast', '人物'], width: 12, align: 'left' },
  { key: 'description', words: ['Description', '画面内容', '畫面內容'], width: 30, align: 'left' },
  { key: 'lines', words: ['Lines', '剧本行', '劇本行'], width: 5, align: 'left' },
  { key: 'seconds', words: ['Sec', '秒'], width: 3, align: 'right' },
  { key: 'status', words: ['Status', '状态', '狀態'], width: 5, align: 'center' },
  { key: 'notes', words: ['Notes', '备注', '備註'], width: 12, align: 'left' },
];

const T = {
  episode: (n: number, l: LabelLanguage) => (l === 'en' ? `Episode ${n}` : `第${n}集`),
  noSet: ['No set', '未定置景', '未定置景'] as Words,
  orphans: ['Orphaned shots (their scene is no longer in the script)', '孤立镜头（场次已不在剧本中）', '孤立鏡頭（場次已不在劇本中）'] as Words,
  orphan: ['orphan', '孤立'] as Words,
  orphanDetail: ['no longer in the script', '场次已不在剧本中', '場次已不在劇本中'] as Words,
  length: (shots: number, seconds: number, l: LabelLanguage) =>
    l === 'en' ? `${shots} shots · scene about ${seconds} s` : l === 'zh-Hant' ? `${shots} 個鏡頭 · 本場約 ${seconds} 秒` : `${shots} 个镜头 · 本场约 ${seconds} 秒`,
  title: ['Shot list', '分镜表', '分鏡表'] as Words,
};

function word(w: Words, l: LabelLanguage): string {
  return l === 'en' ? w[0] : l === 'zh-Hant' ? (w[2] ?? w[1]) : w[1];
}

export function shotColumns(language: LabelLanguage): ShotColumn[] {
  return COLUMNS.map((c) => {
    const en = c.words[0];
    const zh = language === 'zh-Hant' ? (c.words[2] ?? c.words[1]) : c.words[1];
    const lines: [string, string] = language === 'en' ? [en, zh] : [zh, en];
    return { key: c.key, header: lines.join(' '), headerLines: lines, width: c.width, align: c.align };
  });
}

/** `MCU` in English reports, `MCU 近景` in Chinese ones (crews use both). */
function sizeCell(shot: Shot, l: LabelLanguage): string {
  if (!shot.size) return '';
  return l === 'en' ? sizeLabel(shot.size, l) : sizeLabelBoth(shot.size, l);
}

/** Where a shot is: the story location, and the physical set ('' when the location is not mapped to one). */
interface RowPlace {
  episode: number | null;
  number: string;
  location: string;
  set: string;
}

function row(shot: Shot, scene: RowPlace, lines: string, l: LabelLanguage): ShotCell[] {
  return [
    scene.episode,
    scene.number,
    scene.location,
    scene.set,
    shot.number,
    sizeCell(shot, l),
    shot.angle ? angleLabel(shot.angle, l) : '',
    shot.movement ? movementLabel(shot.movement, l) : '',
    shot.lens,
    shot.camera ?? '',
    shot.setup,
    shot.cast.join(l === 'en' ? ', ' : '、'),
    shot.description,
    lines,
    shot.seconds,
    statusLabel(shot.status, l),
    shot.notes,
  ];
}

function linesCell(input: SceneShotsInput, shot: Shot): string {
  if (!shot.lines) return '';
  const r = absoluteLines(input.script, input.scene, shot.lines);
  return r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
}

export interface ShotTableOptions {
  title?: string;
  language: LabelLanguage;
  grouping: ShotGrouping;
}

/** The table of `scenes` (in series order) and the orphans, grouped by episode or by physical set. */
export function shotTable(scenes: readonly SceneShotsInput[], orphans: readonly OrphanInput[], options: ShotTableOptions): ShotTable {
  const l = options.language;
  const sections: ShotSection[] = [];
  const byKey = new Map<string, ShotSection>();
  const section = (key: string, title: string) => {
    let s = byKey.get(key);
    if (!s) {
      s = { title, groups: [], shots: 0, seconds: 0 };
      byKey.set(key, s);
      sections.push(s);
    }
    return s;
  };
  const ordered = [...scenes];
  if (options.grouping === 'set') {
    const firstSeen = new Map<string, number>();
    ordered.forEach((s, i) => {
      const k = setKey(s.scene);
      if (!firstSeen.has(k)) firstSeen.set(k, i);
    });
    ordered.sort((a, b) => firstSeen.get(setKey(a.scene))! - firstSeen.get(setKey(b.scene))! || scenes.indexOf(a) - scenes.indexOf(b));
  }
  const add = (s: ShotSection, group: ShotGroup) => {
    s.groups.push(group);
    s.shots += group.rows.length;
    s.seconds += group.seconds;
  };
  for (const input of ordered) {
    if (input.shots.length === 0) continue;
    const b = input.scene.breakdown;
    // Section titles and bands name the set, or say there is none (and where the scene is set).
    const set = b.set ?? (b.location ? `${word(T.noSet, l)} · ${b.location}` : word(T.noSet, l));
    const s = options.grouping === 'set' ? section(`set:${setKey(input.scene)}`, set) : section(`ep:${input.scene.episode}`, T.episode(input.scene.episode, l));
    const place = { episode: input.scene.episode, number: input.scene.number, location: b.location, set: b.set ?? '' };
    const seconds = input.shots.reduce((sum, shot) => sum + (shot.seconds ?? 0), 0);
    add(s, {
      title: `${input.scene.number}  ${input.scene.heading}`,
      detail: [set, T.length(input.shots.length, b.seconds, l)].join('  ·  '),
      rows: input.shots.map((shot) => row(shot, place, linesCell(input, shot), l)),
      done: input.shots.map((shot) => shot.status === 'shot'),
      seconds,
      orphan: false,
    });
  }
  const lost = orphans.filter((o) => o.block.shots.length > 0);
  if (lost.length) {
    const s = section('orphans', word(T.orphans, l));
    for (const o of lost) {
      const key = o.block.scene;
      const shots = [...o.block.shots].sort((a, b) => compareNumbers(a.number, b.number));
      add(s, {
        title: `${key.number}  ${key.heading}`,
        detail: `${o.file}  ·  ${word(T.orphanDetail, l)}`,
        rows: shots.map((shot) => row(shot, { episode: key.episode, number: key.number, location: key.heading, set: '' }, word(T.orphan, l), l)),
        done: shots.map((shot) => shot.status === 'shot'),
        seconds: shots.reduce((sum, shot) => sum + (shot.seconds ?? 0), 0),
        orphan: true,
      });
    }
  }
  const shots = sections.reduce((n, s) => n + s.shots, 0);
  const seconds = sections.reduce((n, s) => n + s.seconds, 0);
  return { language: l, title: options.title ?? word(T.title, l), columns: shotColumns(l), sections, shots, seconds };
}

function setKey(scene: ShotScene): string {
  return scene.breakdown.setId ?? `loc:${scene.breakdown.location}`;
}

/** All rows of the table in order (for CSV and one-sheet spreadsheets: the episode and set columns tell the sections). */
export function flatRows(table: ShotTable): ShotCell[][] {
  return table.sections.flatMap((s) => s.groups.flatMap((g) => g.rows));
}
