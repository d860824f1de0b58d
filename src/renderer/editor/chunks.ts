// Keeping chunks (see schema.ts) between CHUNK_MIN and CHUNK_MAX lines, and making Backspace and Delete join
// lines across a chunk boundary as they do inside a chunk. Chunk changes carry no text: they stay out of
// the undo history and the parse never sees them.
import { Plugin, Selection, TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { CHUNK_LINES, CHUNK_MAX, CHUNK_MIN } from './schema';

/** The chunk changes that bring every chunk back within bounds, or null when all are. */
export function rebalance(state: EditorState): Transaction | null {
  const doc = state.doc;
  let needed = false;
  doc.forEach((chunk) => {
    if (chunk.childCount > CHUNK_MAX || (chunk.childCount < CHUNK_MIN && doc.childCount > 1)) needed = true;
  });
  if (!needed) return null;
  const tr = state.tr;
  // Work from the end so that earlier positions stay valid.
  let pos = doc.content.size;
  for (let c = doc.childCount - 1; c >= 0; c--) {
    const chunk = doc.child(c);
    pos -= chunk.nodeSize;
    if (chunk.childCount > CHUNK_MAX) {
      // Split into pieces of CHUNK_LINES lines: the cut positions, last first.
      const cuts: number[] = [];
      let at = pos + 1;
      for (let k = 0; k < chunk.childCount; k++) {
        if (k > 0 && k % CHUNK_LINES === 0) cuts.push(at);
        at += chunk.child(k).nodeSize;
      }
      for (let k = cuts.length - 1; k >= 0; k--) tr.split(cuts[k], 1);
    } else if (chunk.childCount < CHUNK_MIN && c > 0 && doc.child(c - 1).childCount + chunk.childCount <= CHUNK_MAX) {
      tr.join(pos);
    } else if (chunk.childCount < CHUNK_MIN && c === 0 && doc.childCount > 1 && chunk.childCount + doc.child(1).childCount <= CHUNK_MAX) {
      tr.join(pos + chunk.nodeSize);
    }
  }
  return tr.steps.length > 0 ? tr.setMeta('addToHistory', false) : null;
}

export function chunksPlugin(): Plugin {
  return new Plugin({
    appendTransaction(trs, _old, state) {
      if (!trs.some((tr) => tr.docChanged)) return null;
      return rebalance(state);
    },
  });
}

/** Backspace at the start of the first line of a chunk: joins it to the last line of the chunk before. */
export const joinBackwardAcrossChunks: Command = (state, dispatch) => {
  const { $cursor } = state.selection as TextSelection;
  if (!$cursor || $cursor.parentOffset > 0 || $cursor.depth !== 2) return false;
  if ($cursor.index(1) > 0 || $cursor.index(0) === 0) return false;
  const lineStart = $cursor.pos;
  const prevEnd = lineStart - 4; // before <line>, <chunk>, </chunk> and </line>: the end of the previous line's text
  if (dispatch) dispatch(state.tr.delete(prevEnd, lineStart).scrollIntoView());
  return true;
};

/** Delete at the end of the last line of a chunk: joins the first line of the next chunk to it. */
export const joinForwardAcrossChunks: Command = (state, dispatch) => {
  const { $cursor } = state.selection as TextSelection;
  if (!$cursor || $cursor.depth !== 2 || $cursor.parentOffset < $cursor.parent.content.size) return false;
  const chunk = $cursor.node(1);
  if ($cursor.index(1) < chunk.childCount - 1 || $cursor.index(0) >= state.doc.childCount - 1) return false;
  const lineEnd = $cursor.pos;
  if (dispatch) dispatch(state.tr.delete(lineEnd, lineEnd + 4).scrollIntoView());
  return true;
};

/**
 * Ctrl+Home / Ctrl+End (⌘↑ / ⌘↓ on macOS): the start or end of the script. The browser's own movement
 * stops at chunks it has not laid out (content-visibility), so the editor moves the caret itself.
 */
export function selectDocEdge(end: boolean, extend: boolean): Command {
  return (state, dispatch) => {
    const target = end ? Selection.atEnd(state.doc) : Selection.atStart(state.doc);
    if (dispatch) {
      const selection = extend ? TextSelection.create(state.doc, state.selection.anchor, target.head) : target;
      dispatch(state.tr.setSelection(selection).scrollIntoView());
    }
    return true;
  };
}
