// Line numbers and document positions in the chunked document (doc > chunk > line). Line indices count from
// 0 over the whole document; the index of chunk starts is built once per document node and cached.
import type { Node as PMNode } from 'prosemirror-model';

interface LineIndex {
  /** Line index of each chunk's first line, and the total as a last entry. */
  starts: number[];
  /** Document position before each chunk. */
  positions: number[];
}

const indexes = new WeakMap<PMNode, LineIndex>();

function indexOf(doc: PMNode): LineIndex {
  let index = indexes.get(doc);
  if (index) return index;
  const starts: number[] = [];
  const positions: number[] = [];
  let line = 0;
  let pos = 0;
  doc.forEach((chunk) => {
    starts.push(line);
    positions.push(pos);
    line += chunk.childCount;
    pos += chunk.nodeSize;
  });
  starts.push(line);
  index = { starts, positions };
  indexes.set(doc, index);
  return index;
}

export function lineCount(doc: PMNode): number {
  const { starts } = indexOf(doc);
  return starts[starts.length - 1];
}

/** The chunk holding line `i`: its index and the line's index inside it. */
export function chunkOfLine(doc: PMNode, i: number): { chunk: number; offset: number } {
  const { starts } = indexOf(doc);
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return { chunk: lo, offset: i - starts[lo] };
}

export function lineNode(doc: PMNode, i: number): PMNode {
  const { chunk, offset } = chunkOfLine(doc, i);
  return doc.child(chunk).child(offset);
}

/** The position before line `i` (i may equal the line count: the position after the last line). */
export function lineBefore(doc: PMNode, i: number): number {
  const total = lineCount(doc);
  if (i >= total) return doc.content.size - 1;
  const { positions } = indexOf(doc);
  const { chunk, offset } = chunkOfLine(doc, i);
  const node = doc.child(chunk);
  let pos = positions[chunk] + 1;
  for (let k = 0; k < offset; k++) pos += node.child(k).nodeSize;
  return pos;
}

/** The position where line `i`'s text starts. */
export function lineStart(doc: PMNode, i: number): number {
  return lineBefore(doc, i) + 1;
}

/** The position where line `i`'s text ends. */
export function lineEnd(doc: PMNode, i: number): number {
  return lineStart(doc, i) + lineNode(doc, i).content.size;
}

/**
 * The index of the line holding `pos`; between two lines (or chunks), the earlier (`before`) or the later
 * one (`after`).
 */
export function lineAt(doc: PMNode, pos: number, side: 'before' | 'after' = 'after'): number {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  const { starts } = indexOf(doc);
  const total = starts[starts.length - 1];
  if ($pos.depth >= 2) return starts[$pos.index(0)] + $pos.index(1);
  // Between lines: the index of the line that follows the position (total at the very end).
  const boundary = $pos.depth === 1 ? starts[$pos.index(0)] + $pos.index(1) : starts[$pos.index(0)];
  return side === 'after' ? Math.min(boundary, total - 1) : Math.max(boundary - 1, 0);
}

/** Calls `fn` for lines [from, to) with the position before each. */
export function forEachLine(doc: PMNode, fn: (node: PMNode, pos: number, index: number) => void, from = 0, to = Infinity): void {
  const { starts, positions } = indexOf(doc);
  const total = starts[starts.length - 1];
  const end = Math.min(to, total);
  if (from >= end) return;
  let { chunk } = chunkOfLine(doc, Math.max(0, from));
  for (; chunk < doc.childCount && starts[chunk] < end; chunk++) {
    const node = doc.child(chunk);
    let pos = positions[chunk] + 1;
    for (let k = 0; k < node.childCount; k++) {
      const line = node.child(k);
      const index = starts[chunk] + k;
      if (index >= end) return;
      if (index >= from) fn(line, pos, index);
      pos += line.nodeSize;
    }
  }
}

/** The text of every line. */
export function lineTexts(doc: PMNode): string[] {
  const out: string[] = [];
  forEachLine(doc, (node) => out.push(node.textContent));
  return out;
}
