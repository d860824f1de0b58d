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
import { forEachLine, lineCount, lineTexts } from './lines';
import { scriptKey, scriptPlugin } from './line-types';
import { caretChunksPlugin, lineTypesPlugin } from './line-view';
import { emphasisPlugin } from './emphasis';
import { domSelectionPlugin } from './dom-selection';
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
      domSelectionPlugin(),
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

let mismatchReported = false;

/** The first line where the parse and the document differ, or -1 when every line's text matches. */
function firstMismatch(script: Script, state: EditorState): number {
  const count = lineCount(state.doc);
  let bad = script.lines.length === count ? -1 : Math.min(script.lines.length, count);
  forEachLine(state.doc, (node, _pos, i) => {
    if (bad < 0 && node.textContent !== script.lines[i].text) bad = i;
  });
  return bad;
}

/**
 * The parse to save from: the parse that follows the editor, checked line by line against the document the
 * writer sees. Should they ever differ (a bug), the text is rebuilt from the document's lines, each with
 * the line ending it had, and parsed again, so what is saved is always what is shown.
 */
export function scriptToSave(state: EditorState): Script {
  const script = scriptOf(state);
  const bad = firstMismatch(script, state);
  if (bad < 0) return script;
  if (!mismatchReported) {
    mismatchReported = true;
    console.error(`Shotline: the parse behind the editor no longer matched the script from line ${bad + 1}; saving the text as shown instead.`);
  }
  const texts = lineTexts(state.doc);
  const newLine = scriptKey.getState(state)?.eol || '\n';
  let text = script.bom ? '\uFEFF' : '';
  texts.forEach((line, i) => {
    text += line + (i === texts.length - 1 ? '' : script.lines[i]?.eol || newLine);
  });
  return parse(text);
}

/** The editor's text exactly as it would be saved (line endings and byte-order mark kept): always what is shown. */
export function textOf(state: EditorState): string {
  return sourceText(scriptToSave(state));
}
