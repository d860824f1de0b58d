// Paste and drop as plain text only. A script is text: pasted HTML is never parsed (and under the page's
// Trusted Types policy ProseMirror's HTML reader could not run anyway).
import { Fragment, Slice } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { schema } from './schema';

/** A slice of line blocks for plain text (any line endings). */
export function textToSlice(text: string): Slice {
  const lines = text.split(/\r\n|\r|\n/);
  const nodes = lines.map((line) => schema.nodes.line.create(null, line.length > 0 ? schema.text(line) : null));
  if (nodes.length === 1) return new Slice(nodes[0].content, 0, 0);
  return new Slice(Fragment.from(nodes), 1, 1);
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
