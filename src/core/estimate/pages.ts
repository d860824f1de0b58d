// A quick page estimate for the editor: how many printed lines each source line takes at its element's width,
// about 55 lines a page. Not the print layout (src/core/layout does that properly): no (MORE)/(CONT'D), no
// orphan rules, no dual dialogue side by side. Good enough for a page count and page guides while typing.
import type { LineType, Script, ScriptLine } from '../model/script';
import { displayWidth } from './width';

/** Printed lines on a US Letter page in Courier 12 pt with the usual margins. */
export const LINES_PER_PAGE = 55;

/** Columns of each element at 10 characters an inch (dialogue 3.5", action 6", ...). */
const COLUMNS: Partial<Record<LineType, number>> = {
  action: 60,
  scene_heading: 60,
  character: 38,
  dialogue: 35,
  parenthetical: 26,
  transition: 60,
  centered: 60,
  lyrics: 35,
  episode: 60,
  cast_list: 60,
  caption: 60,
  hook: 60,
  flashback_start: 60,
  flashback_end: 60,
  blank: 60,
};

/** Lines that do not print: the title page has its own page; notes, boneyard, sections and synopses are the writer's. */
const UNPRINTED: ReadonlySet<LineType> = new Set<LineType>(['title_page', 'note', 'boneyard', 'section', 'synopsis', 'page_break']);

/** How many printed lines one source line takes; 0 for lines that do not print. */
export function printedLines(line: ScriptLine, zh: boolean): number {
  if (UNPRINTED.has(line.type)) return 0;
  if (line.type === 'blank') return 1;
  // A Chinese dialogue line holds the speaker and the speech on one line at full width.
  const columns = zh && (line.type === 'dialogue' || line.type === 'character' || line.type === 'parenthetical') ? 60 : (COLUMNS[line.type] ?? 60);
  const width = displayWidth(line.text.trim());
  return Math.max(1, Math.ceil(width / columns));
}

export interface PageEstimate {
  /** Pages of the script body (the title page not counted); at least 1. */
  pages: number;
  /** 0-based indices of the source lines that start pages 2, 3, ... */
  pageStarts: number[];
}

/** Estimates the body's pages: printed lines are filled into pages of LINES_PER_PAGE; `===` starts a new page. */
export function estimatePages(script: Script, linesPerPage = LINES_PER_PAGE): PageEstimate {
  const zh = script.language === 'zh';
  const pageStarts: number[] = [];
  let used = 0;
  const lines = script.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.type === 'page_break') {
      if (used > 0) {
        // The next printed line starts a page.
        used = linesPerPage;
      }
      continue;
    }
    const n = printedLines(line, zh);
    if (n === 0) continue;
    if (line.type === 'blank' && (used === 0 || used >= linesPerPage)) continue; // no blank lines at a page top
    if (used > 0 && used + n > linesPerPage) {
      pageStarts.push(i);
      used = 0;
    }
    used += n;
  }
  return { pages: pageStarts.length + 1, pageStarts };
}
