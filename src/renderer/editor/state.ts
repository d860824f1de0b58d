// An editor state for a script's text: the document, undo history, keys, and the parse that follows it.
import { EditorState } from 'prosemirror-state';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { parse } from '../../core/parse';
import { sourceText } from '../../core/parse';
import type { Script } from '../../core/model/script';
import { docFromLines } from './schema';
import { scriptKey, scriptPlugin } from './line-types';

export function createEditorState(text: string): EditorState {
  const script = parse(text);
  return EditorState.create({
    doc: docFromLines(script.lines.map((line) => line.text)),
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo }),
      keymap(baseKeymap),
      scriptPlugin(script),
    ],
  });
}

/** The parse of the editor's current text. */
export function scriptOf(state: EditorState): Script {
  const plugin = scriptKey.getState(state);
  if (!plugin) throw new Error('Internal error: this editor state has no script plugin.');
  return plugin.script;
}

/** The editor's text exactly as it would be saved (line endings and byte-order mark kept). */
export function textOf(state: EditorState): string {
  return sourceText(scriptOf(state));
}
