// The paginator: pours blocks onto pages of `linesPerPage` lines. A block that does not fit is split where it
// allows (action between lines with two lines each side, a speech between sentences with (MORE)/(CONT'D)) or
// moves to the next page; a scene heading never ends a page (it needs the first lines of what follows); a
// block taller than a page is split, or cut as a last resort, so every script prints.
import type { Block } from './block';
import { lineBlock } from './block';
import type { Row } from './runs';

export interface PlacedRow {
  row: Row;
  /** Line index on the page, from 0. */
  line: number;
}

export interface Marker {
  kind: 'scene' | 'episode';
  number: string | null;
  title: string;
  /** Index of the page in the flowed body, and line on it. */
  page: number;
  line: number;
}

export interface Flowed {
  pages: PlacedRow[][];
  markers: Marker[];
}

/**
 * Lines that must follow a kept block on its page: the blocks after it that are kept with their next too (a
 * Chinese heading and its `人物：` line), then the fewest lines of the first block that is not.
 */
function keptLines(blocks: Block[], from: number): number {
  let lines = 0;
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.pageBreakBefore) return lines;
    if (b.rows.length === 0) continue;
    if (!b.keepWithNext) return lines + b.spaceBefore + b.minHead;
    lines += b.spaceBefore + b.rows.length;
  }
  return lines;
}

export function flow(blocks: Block[], linesPerPage: number): Flowed {
  const L = Math.max(1, linesPerPage);
  const pages: PlacedRow[][] = [];
  const markers: Marker[] = [];
  let cur: PlacedRow[] = [];
  let used = 0;
  const newPage = () => {
    pages.push(cur);
    cur = [];
    used = 0;
  };
  const place = (rows: Row[], space: number, block?: Block) => {
    used += space;
    if (block?.scene) markers.push({ kind: 'scene', number: block.scene.number, title: block.scene.title, page: pages.length, line: used });
    if (block?.episode) markers.push({ kind: 'episode', number: block.episode.number === null ? null : String(block.episode.number), title: block.episode.title, page: pages.length, line: used });
    for (let k = 0; k < rows.length; k++) cur.push({ row: rows[k], line: used++ });
  };

  let i = 0;
  let pending: Block | null = null;
  while (pending || i < blocks.length) {
    const block: Block = pending ?? blocks[i++];
    pending = null;
    if (block.pageBreakBefore && used > 0) newPage();
    if (block.rows.length === 0) continue;
    const space = used === 0 ? 0 : block.spaceBefore;
    let need = space + block.rows.length;
    if (block.keepWithNext) need += keptLines(blocks, i);
    if (used + need <= L) {
      place(block.rows, space, block);
      continue;
    }
    const room = L - used - space;
    if (!block.keepWithNext && block.split && room > 0) {
      const s = block.split(room);
      if (s) {
        place(s.head, space, block);
        newPage();
        pending = s.tail;
        continue;
      }
    }
    if (used > 0) {
      newPage();
      pending = block;
      continue;
    }
    // Alone on an empty page and still too tall (or kept with a next block that cannot follow it here).
    if (block.rows.length <= L) {
      place(block.rows, 0, block);
      continue;
    }
    const s = block.split?.(L);
    if (s && s.head.length <= L) {
      place(s.head, 0, block);
      newPage();
      pending = s.tail;
      continue;
    }
    place(block.rows.slice(0, L), 0, block);
    newPage();
    pending = lineBlock(block.rows.slice(L), 0);
  }
  if (cur.length > 0 || pages.length === 0) pages.push(cur);
  return { pages, markers };
}
