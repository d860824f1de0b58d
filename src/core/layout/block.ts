// What the block builders hand the paginator: rows laid out in x, grouped in blocks that know how they may
// be split across a page break.
import type { LayoutWarning } from '../model/layout';
import type { Row } from './runs';

export interface Split {
  /** Rows that stay on this page (with (MORE) when a speech is split). */
  head: Row[];
  /** What goes on the next page. */
  tail: Block;
}

export interface Block {
  rows: Row[];
  /** Blank lines before the block; none at the top of a page. */
  spaceBefore: number;
  /** Start a new page before this block (forced page break, a new episode). */
  pageBreakBefore?: boolean;
  /** Never end a page with this block: it needs the first lines of the next block beside it. */
  keepWithNext?: boolean;
  /** The fewest rows a split could leave on a page (all rows when it cannot split). */
  minHead: number;
  /** Splits the block so the head fits in `room` rows; null when it cannot (then it moves to the next page). */
  split?: (room: number) => Split | null;
  /** Scene heading: the number printed in the margins and the title for bookmarks. */
  scene?: { number: string | null; title: string };
  /** Episode start: for bookmarks and page headers. */
  episode?: { number: number | null; title: string };
}

export interface BuildContext {
  notes: boolean;
  warnings: LayoutWarning[];
}

/** Action and other paragraphs: split between lines, at least two lines on each side (no widows or orphans). */
export function lineBlock(rows: Row[], spaceBefore: number, extra: Partial<Block> = {}): Block {
  const minLines = 2;
  const splittable = rows.length >= 2 * minLines;
  const block: Block = { rows, spaceBefore, minHead: splittable ? minLines : rows.length, ...extra };
  if (splittable) {
    block.split = (room) => {
      const k = Math.min(room, rows.length - minLines);
      if (k < minLines) return null;
      return { head: rows.slice(0, k), tail: lineBlock(rows.slice(k), 0, { scene: undefined }) };
    };
  }
  return block;
}

/** A block that never splits (scene headings, transitions, dual dialogue). */
export function wholeBlock(rows: Row[], spaceBefore: number, extra: Partial<Block> = {}): Block {
  return { rows, spaceBefore, minHead: rows.length, ...extra };
}
