// Keys act on the selection the writer sees. ProseMirror learns of a selection the browser moved (arrow
// keys, Home, Shift+arrows) from the `selectionchange` event, which the browser sends as a task of its own.
// On a busy machine a key can arrive before that task has run; Delete would then act on where the caret
// was before (e2e showed it: Home and seven Shift+Down, then Delete joined two lines instead of cutting a
// scene). So before any key binding runs, the editor's selection is read again from the page.
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** The page's selection as document positions, or null when it is not in this editor. */
export function domSelection(view: EditorView): { anchor: number; head: number } | null {
  const sel = (view.root as Document).getSelection?.() ?? null;
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  if (!view.dom.contains(sel.anchorNode) || !view.dom.contains(sel.focusNode)) return null;
  try {
    // Bias 1, as ProseMirror reads a selection from the page itself.
    return { anchor: view.posAtDOM(sel.anchorNode, sel.anchorOffset, 1), head: view.posAtDOM(sel.focusNode, sel.focusOffset, 1) };
  } catch {
    return null; // a node ProseMirror does not map (none in our schema): leave the selection as it is
  }
}

/** Brings the editor's selection up to the page's before a key is handled; true when it had to. */
export function syncSelectionFromDOM(view: EditorView): boolean {
  if (!view.hasFocus() || view.composing) return false;
  const seen = domSelection(view);
  if (!seen) return false;
  const { selection, doc } = view.state;
  if (selection.anchor === seen.anchor && selection.head === seen.head) return false;
  const next = TextSelection.between(doc.resolve(seen.anchor), doc.resolve(seen.head));
  if (next.eq(selection)) return false;
  view.dispatch(view.state.tr.setSelection(next));
  return true;
}

export const domSelectionKey = new PluginKey('shotline-dom-selection');

/** First of the editor's plugins, so that every key binding after it sees the selection on the page. */
export function domSelectionPlugin(): Plugin {
  return new Plugin({
    key: domSelectionKey,
    props: {
      handleKeyDown(view) {
        syncSelectionFromDOM(view);
        return false;
      },
    },
  });
}
