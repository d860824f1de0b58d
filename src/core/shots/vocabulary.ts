// The words of a shot list: sizes, angles, movements and statuses, with their labels in English, Simplified
// and Traditional Chinese, and readers that take what a director types (`CU`, `close-up`, `特写`, `特寫`).
import { SHOT_ANGLES, SHOT_MOVEMENTS, SHOT_SIZES, SHOT_STATUSES } from '../model/shots';
import type { ShotAngle, ShotMovement, ShotSize, ShotStatus } from '../model/shots';

export type LabelLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

type Labels<K extends string> = Record<K, { en: string; short: string; 'zh-Hans': string; 'zh-Hant': string; also?: string[] }>;

export const SIZE_LABELS: Labels<ShotSize> = {
  EWS: { short: 'EWS', en: 'extreme wide shot', 'zh-Hans': '大远景', 'zh-Hant': '大遠景', also: ['extreme long shot', 'ELS', 'XWS'] },
  WS: { short: 'WS', en: 'wide shot', 'zh-Hans': '远景', 'zh-Hant': '遠景', also: ['long shot', 'LS', 'wide'] },
  FS: { short: 'FS', en: 'full shot', 'zh-Hans': '全景', 'zh-Hant': '全景', also: ['full'] },
  MS: { short: 'MS', en: 'medium shot', 'zh-Hans': '中景', 'zh-Hant': '中景', also: ['mid shot', 'medium', 'MED'] },
  MCU: { short: 'MCU', en: 'medium close-up', 'zh-Hans': '近景', 'zh-Hant': '近景', also: ['medium close up'] },
  CU: { short: 'CU', en: 'close-up', 'zh-Hans': '特写', 'zh-Hant': '特寫', also: ['close up', 'closeup'] },
  ECU: { short: 'ECU', en: 'extreme close-up', 'zh-Hans': '大特写', 'zh-Hant': '大特寫', also: ['extreme close up', 'XCU', 'BCU'] },
  INSERT: { short: 'INS', en: 'insert', 'zh-Hans': '插入', 'zh-Hant': '插入', also: ['INS', 'cutaway', '空镜'] },
  OTS: { short: 'OTS', en: 'over the shoulder', 'zh-Hans': '过肩', 'zh-Hant': '過肩', also: ['over-the-shoulder', 'OS shot', 'OSS'] },
  POV: { short: 'POV', en: 'point of view', 'zh-Hans': '主观', 'zh-Hant': '主觀', also: ['point-of-view', '主观镜头'] },
  '2S': { short: '2S', en: 'two-shot', 'zh-Hans': '双人', 'zh-Hant': '雙人', also: ['two shot', '2-shot', 'master', '双人镜头'] },
};

export const ANGLE_LABELS: Labels<ShotAngle> = {
  eye: { short: 'eye', en: 'eye level', 'zh-Hans': '平视', 'zh-Hant': '平視', also: ['eye-level', 'eye level', 'straight'] },
  high: { short: 'high', en: 'high angle', 'zh-Hans': '俯拍', 'zh-Hant': '俯拍', also: ['high-angle'] },
  low: { short: 'low', en: 'low angle', 'zh-Hans': '仰拍', 'zh-Hant': '仰拍', also: ['low-angle'] },
  overhead: { short: 'overhead', en: 'overhead', 'zh-Hans': '顶拍', 'zh-Hant': '頂拍', also: ["bird's eye", 'top shot', 'top'] },
  dutch: { short: 'dutch', en: 'dutch angle', 'zh-Hans': '斜角', 'zh-Hant': '斜角', also: ['dutch tilt', 'canted', '荷兰角'] },
};

export const MOVEMENT_LABELS: Labels<ShotMovement> = {
  static: { short: 'static', en: 'static', 'zh-Hans': '固定', 'zh-Hant': '固定', also: ['locked off', 'fixed'] },
  'push-in': { short: 'push in', en: 'push in', 'zh-Hans': '推', 'zh-Hant': '推', also: ['push', 'dolly in', '推镜头'] },
  'pull-out': { short: 'pull out', en: 'pull out', 'zh-Hans': '拉', 'zh-Hant': '拉', also: ['pull', 'dolly out', 'pull back', '拉镜头'] },
  pan: { short: 'pan', en: 'pan', 'zh-Hans': '横摇', 'zh-Hant': '橫搖', also: ['摇', '搖'] },
  tilt: { short: 'tilt', en: 'tilt', 'zh-Hans': '竖摇', 'zh-Hant': '直搖', also: ['俯仰摇'] },
  track: { short: 'track', en: 'track', 'zh-Hans': '移', 'zh-Hant': '移', also: ['tracking', 'dolly', 'truck', '移动'] },
  follow: { short: 'follow', en: 'follow', 'zh-Hans': '跟', 'zh-Hant': '跟', also: ['following', '跟拍'] },
  handheld: { short: 'handheld', en: 'handheld', 'zh-Hans': '手持', 'zh-Hant': '手持', also: ['hand-held', 'HH'] },
  gimbal: { short: 'gimbal', en: 'gimbal', 'zh-Hans': '稳定器', 'zh-Hant': '穩定器', also: ['steadicam', 'stabilizer', '斯坦尼康'] },
  crane: { short: 'crane', en: 'crane', 'zh-Hans': '摇臂', 'zh-Hant': '搖臂', also: ['jib', 'boom'] },
};

export const STATUS_LABELS: Labels<ShotStatus> = {
  planned: { short: 'planned', en: 'planned', 'zh-Hans': '待拍', 'zh-Hant': '待拍', also: ['todo', 'to do'] },
  shot: { short: 'shot', en: 'shot', 'zh-Hans': '已拍', 'zh-Hant': '已拍', also: ['done', 'yes', 'x', '✓'] },
};

/** A size's label: the short code in English (`MCU`), the Chinese word otherwise (`近景`). */
export function sizeLabel(size: ShotSize, language: LabelLanguage): string {
  return language === 'en' ? SIZE_LABELS[size].short : SIZE_LABELS[size][language];
}

/** Both: `MCU 近景` (for bilingual prints); the English code alone when `language` is `en`. */
export function sizeLabelBoth(size: ShotSize, language: LabelLanguage): string {
  const zh = SIZE_LABELS[size][language === 'en' ? 'zh-Hans' : language];
  return `${SIZE_LABELS[size].short} ${zh}`;
}

export function angleLabel(angle: ShotAngle, language: LabelLanguage): string {
  return ANGLE_LABELS[angle][language];
}

export function movementLabel(movement: ShotMovement, language: LabelLanguage): string {
  return MOVEMENT_LABELS[movement][language];
}

export function statusLabel(status: ShotStatus, language: LabelLanguage): string {
  return STATUS_LABELS[status][language];
}

function norm(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/[\s_]+/g, ' ').replace(/\s*-\s*/g, '-');
}

function reader<K extends string>(keys: readonly K[], labels: Labels<K>): (text: string) => K | null {
  const index = new Map<string, K>();
  for (const key of keys) {
    const l = labels[key];
    for (const word of [key, l.short, l.en, l['zh-Hans'], l['zh-Hant'], ...(l.also ?? [])]) {
      const n = norm(word);
      if (!index.has(n)) index.set(n, key);
      const spaced = n.replace(/-/g, ' ');
      if (!index.has(spaced)) index.set(spaced, key);
    }
  }
  return (text) => {
    const n = norm(text);
    if (!n) return null;
    return index.get(n) ?? index.get(n.replace(/-/g, ' ')) ?? null;
  };
}

/** Reads a size as typed: `CU`, `close-up`, `特写`, `特寫`, `ins`; null when it is none of them. */
export const readSize: (text: string) => ShotSize | null = reader(SHOT_SIZES, SIZE_LABELS);
export const readAngle: (text: string) => ShotAngle | null = reader(SHOT_ANGLES, ANGLE_LABELS);
export const readMovement: (text: string) => ShotMovement | null = reader(SHOT_MOVEMENTS, MOVEMENT_LABELS);
export const readStatus: (text: string) => ShotStatus | null = reader(SHOT_STATUSES, STATUS_LABELS);

/** Reads a lens as typed: `35`, `35mm`, `35 mm`; null for anything else (or outside 4-1200 mm). */
export function readLens(text: string): number | null {
  const m = /^\s*(\d{1,4}(?:\.\d+)?)\s*(?:mm|毫米)?\s*$/i.exec(text.normalize('NFKC'));
  if (!m) return null;
  const mm = Number(m[1]);
  return mm >= 4 && mm <= 1200 ? mm : null;
}

/** Reads a camera as typed: `A`, `b`, `A cam`, `A机`; the upper-case letter, or null. */
export function readCamera(text: string): string | null {
  const m = /^\s*([A-Za-z])\s*(?:cam|camera|机|機|机位|機位)?\s*$/i.exec(text.normalize('NFKC'));
  return m ? m[1].toUpperCase() : null;
}
