// Moving whole lines (a scene dragged in the navigator) in one transaction: one step to undo.
import { Fragment } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { lineBefore, lineCount, lineNode } from './lines';
import { lineNodeOf } from './schema';

/**
 * Moves lines [from, to) to just before line `target` (`target` may be the line count: the end). With
 * `blankAround` (English scripts, where a heading needs a blank line before it) the moved lines get a blank
 * line before and after them where there is none. Null when the move changes nothing; else the transaction and
 * the index the first moved line gets.
 */
export function moveLines(
  state: EditorState,
  from: number,
  to: number,
  target: number,
  options: { blankAround?: boolean } = {},
): { tr: Transaction; firstLine: number } | null {
  const doc = state.doc;
  const total = lineCount(doc);
  if (from < 0 || to > total || from >= to || target < 0 || target > total) return null;
  if (target >= from && target <= to) return null;
  const nodes: PMNode[] = [];
  for (let i = from; i < to; i++) nodes.push(lineNode(doc, i));
  const blank = (i: number) => lineNode(doc, i).textContent.trim() === '';
  let added = 0;
  if (options.blankAround) {
    if (target < total && nodes[nodes.length - 1].textContent.trim() !== '') nodes.push(lineNodeOf(''));
    // The line that will come before the moved lines.
    const before = target - 1;
    if (before >= 0 && !blank(before) && nodes[0].textContent.trim() !== '') {
      nodes.unshift(lineNodeOf(''));
      added = 1;
    }
  }
  const tr = state.tr;
  const start = lineBefore(doc, from);
  const end = to >= total ? doc.content.size - 1 : lineBefore(doc, to);
  const at = target >= total ? doc.content.size - 1 : lineBefore(doc, target);
  if (target > to) {
    tr.insert(at, Fragment.fromArray(nodes));
    tr.deleteRange(start, end);
  } else {
    tr.deleteRange(start, end);
    tr.insert(tr.mapping.map(at, -1), Fragment.fromArray(nodes));
  }
  // Where the first moved line ends up.
  const firstLine = (target > to ? target - (to - from) : target) + added;
  return { tr: tr.setMeta('shotline-move', true), firstLine };
}
