// An editor state for a script's text: the document, undo history, keys, and the parse that follows it.
import { EditorState } from 'prosemirror-state';
import type { Plugin } from 'prosemirror-state';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { parse } from '../../core/parse';
import { sourceText } from '../../core/parse';
import type { Script } from '../../core/model/script';
import { docFromLines } from './schema';
import { scriptKey, scriptPlugin } from './line-types';
import { caretChunksPlugin, lineTypesPlugin } from './line-view';
import { emphasisPlugin } from './emphasis';
import { chunksPlugin, joinBackwardAcrossChunks, joinForwardAcrossChunks, selectDocEdge } from './chunks';
import { chainCommands, splitBlock } from 'prosemirror-commands';

export interface EditorExtras {
  /** Key bindings that come before the base keys (so they win): the completion list's, Tab cycling. */
  keymaps?: readonly Plugin[];
  /** Plugins that read the parse (completion, find, page guides): after the parse plugin. */
  plugins?: readonly Plugin[];
}

export function createEditorState(text: string, extras: EditorExtras = {}): EditorState {
  const script = parse(text);
  return EditorState.create({
    doc: docFromLines(script.lines.map((line) => line.text)),
    plugins: [
      history(),
      ...(extras.keymaps ?? []),
      keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo }),
      keymap({
        // A new line, always (the base keys would split a chunk on an empty line instead).
        Enter: splitBlock,
        'Shift-Enter': splitBlock,
        Backspace: chainCommands(joinBackwardAcrossChunks, baseKeymap.Backspace),
        Delete: chainCommands(joinForwardAcrossChunks, baseKeymap.Delete),
        'Ctrl-Home': selectDocEdge(false, false),
        'Ctrl-End': selectDocEdge(true, false),
        'Shift-Ctrl-Home': selectDocEdge(false, true),
        'Shift-Ctrl-End': selectDocEdge(true, true),
        'Mod-ArrowUp': selectDocEdge(false, false),
        'Mod-ArrowDown': selectDocEdge(true, false),
        'Shift-Mod-ArrowUp': selectDocEdge(false, true),
        'Shift-Mod-ArrowDown': selectDocEdge(true, true),
      }),
      keymap(baseKeymap),
      scriptPlugin(script),
      chunksPlugin(),
      lineTypesPlugin(),
      caretChunksPlugin(),
      emphasisPlugin(),
      ...(extras.plugins ?? []),
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
