// Moving whole lines (a scene dragged in the navigator) in one transaction: one step to undo.
import { Fragment } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { lineBefore, lineCount, lineNode } from './lines';
import { lineNodeOf } from './schema';

/**
 * Moves lines [from, to) to just before line `target` (`target` may be the line count: the end). In English
 * scripts a moved scene that does not end with a blank line gets one, so that the heading after it stays a
 * heading. Null when the move changes nothing.
 */
export function moveLines(state: EditorState, from: number, to: number, target: number, options: { blankAfter?: boolean } = {}): Transaction | null {
  const doc = state.doc;
  const total = lineCount(doc);
  if (from < 0 || to > total || from >= to || target < 0 || target > total) return null;
  if (target >= from && target <= to) return null;
  const nodes: PMNode[] = [];
  for (let i = from; i < to; i++) nodes.push(lineNode(doc, i));
  if (options.blankAfter && nodes[nodes.length - 1].textContent.trim() !== '') nodes.push(lineNodeOf(''));
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
  return tr.setMeta('shotline-move', true).scrollIntoView();
}
