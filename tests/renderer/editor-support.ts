// Editor states for the renderer tests, with the plugins the app gives every document.
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { buildIndex } from '../../src/core/complete';
import { createEditorState } from '../../src/renderer/editor/state';
import { completionKeymap, completionPlugin } from '../../src/renderer/editor/completion';
import { typingKeymap, typingPlugin, typingTransaction } from '../../src/renderer/editor/typing';
import { findPlugin } from '../../src/renderer/find/find-plugin';
import { lineCount, lineEnd, lineTexts } from '../../src/renderer/editor/lines';
import { scriptKey } from '../../src/renderer/editor/line-types';

/** A state with typing flow, completion (from the script itself) and find; the caret at the end of the text. */
export function editorState(text: string): EditorState {
  const state = createEditorState(text, {
    keymaps: [completionKeymap(), typingKeymap()],
    plugins: [typingPlugin(), completionPlugin({ index: (_s, caret) => buildIndex([caret.script], { script: caret.script, line: caret.index }) }), findPlugin()],
  });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, lineEnd(state.doc, lineCount(state.doc) - 1))));
}

/** Types text one character at a time, as the view's text input handler does. */
export function type(state: EditorState, text: string): EditorState {
  for (const ch of text) {
    const { from, to } = state.selection;
    state = state.apply(typingTransaction(state, from, to, ch));
  }
  return state;
}

/** Runs a command; the state after it, and whether it ran. */
export function press(state: EditorState, command: Command): { state: EditorState; handled: boolean } {
  let tr: Transaction | null = null;
  const handled = command(state, (t) => (tr = t));
  return { state: tr ? state.apply(tr) : state, handled };
}

export function lines(state: EditorState): [string, string][] {
  const script = scriptKey.getState(state)!.script;
  return lineTexts(state.doc).map((text, i) => [script.lines[i].type, text]);
}
