// The print options of the preview and the export dialog, remembered in the page's storage.
import type { LayoutOptions, PaperId, SceneNumbers } from '../../core/model/layout';

export interface PrintSettings {
  /** `auto`: Letter for English scripts, A4 for Chinese ones. */
  paper: PaperId | 'auto';
  /** `auto`: both margins when the script numbers its scenes, else none. */
  sceneNumbers: SceneNumbers | 'auto';
  notes: boolean;
  /** Chinese scripts: `auto` decides from the title page and the text. */
  chineseStyle: 'auto' | 'mainland' | 'taiwan';
}

export const DEFAULT_PRINT: PrintSettings = { paper: 'auto', sceneNumbers: 'auto', notes: false, chineseStyle: 'auto' };
const KEY = 'shotline.print';
const PAPERS = ['auto', 'letter', 'a4'];
const NUMBERS = ['auto', 'left', 'right', 'both', 'none'];
const STYLES = ['auto', 'mainland', 'taiwan'];

export function readPrintSettings(raw: string | null): PrintSettings {
  try {
    const o = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    return {
      paper: PAPERS.includes(o.paper as string) ? (o.paper as PrintSettings['paper']) : DEFAULT_PRINT.paper,
      sceneNumbers: NUMBERS.includes(o.sceneNumbers as string) ? (o.sceneNumbers as PrintSettings['sceneNumbers']) : DEFAULT_PRINT.sceneNumbers,
      notes: o.notes === true,
      chineseStyle: STYLES.includes(o.chineseStyle as string) ? (o.chineseStyle as PrintSettings['chineseStyle']) : DEFAULT_PRINT.chineseStyle,
    };
  } catch {
    return DEFAULT_PRINT;
  }
}

export function loadPrintSettings(): PrintSettings {
  try {
    return readPrintSettings(globalThis.localStorage?.getItem(KEY) ?? null);
  } catch {
    return DEFAULT_PRINT;
  }
}

export function savePrintSettings(settings: PrintSettings): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage refused: the settings last for this page.
  }
}

/** The layout options of these settings ('auto' leaves the choice to the layout). */
export function layoutOptions(s: PrintSettings): LayoutOptions & { paper?: PaperId } {
  const o: LayoutOptions & { paper?: PaperId } = { notes: s.notes };
  if (s.paper !== 'auto') o.paper = s.paper;
  if (s.sceneNumbers !== 'auto') o.sceneNumbers = s.sceneNumbers;
  if (s.chineseStyle !== 'auto') o.chineseStyle = s.chineseStyle;
  return o;
}
