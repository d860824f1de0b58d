// Paste and drop as plain text only, and copy as plain text with one line per line block. A script is
// text: pasted HTML is never parsed (and under the page's Trusted Types policy ProseMirror's HTML reader
// could not run anyway).
import { Fragment, Slice } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { lineNodeOf } from './schema';

/** A slice of line blocks for plain text (any line endings). */
export function textToSlice(text: string): Slice {
  const lines = text.split(/\r\n|\r|\n/);
  const nodes = lines.map(lineNodeOf);
  if (nodes.length === 1) return new Slice(nodes[0].content, 0, 0);
  return new Slice(Fragment.from(nodes), 1, 1);
}

/** The text of a slice: its lines joined with LF (chunks do not count). */
export function sliceToText(slice: Slice): string {
  const lines: string[] = [];
  let current: string | null = null;
  const visit = (node: PMNode) => {
    if (node.isText) {
      current = (current ?? '') + node.text;
    } else if (node.type.name === 'line') {
      lines.push(node.textContent);
    } else {
      node.forEach(visit);
    }
  };
  // An open slice may start or end inside a line: its loose text is a line of its own.
  slice.content.forEach((node) => {
    if (node.isText) {
      current = (current ?? '') + node.text;
      return;
    }
    if (current !== null) {
      lines.push(current);
      current = null;
    }
    visit(node);
  });
  if (current !== null) lines.push(current);
  return lines.join('\n');
}

export function handlePaste(view: EditorView, event: ClipboardEvent): boolean {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  event.preventDefault();
  if (text.length === 0) return true;
  view.dispatch(view.state.tr.replaceSelection(textToSlice(text)).scrollIntoView().setMeta('uiEvent', 'paste'));
  return true;
}

export function handleDrop(view: EditorView, event: DragEvent): boolean {
  // A drag inside the editor carries its own slice; ProseMirror moves it without reading HTML.
  if (view.dragging) return false;
  event.preventDefault();
  const text = event.dataTransfer?.getData('text/plain') ?? '';
  const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (text.length === 0 || !at) return true;
  const tr = view.state.tr.replaceRange(at.pos, at.pos, textToSlice(text));
  view.dispatch(tr.scrollIntoView().setMeta('uiEvent', 'drop'));
  return true;
}
