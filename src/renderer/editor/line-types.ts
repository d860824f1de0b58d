// The parse behind the editor: a plugin whose state is the Script of the document's text, kept up to date
// through `reparse` with the edits of each transaction, and the span of lines whose type or text changed
// (the line views of src/renderer/editor/line-view.ts show each line's type as `data-type`).
//
// Line types are not decorations: ProseMirror looks up a node's decorations by scanning the decorations of
// its parent, which adds up quickly over 15,000 lines.
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { parse, reparse } from '../../core/parse';
import type { Language, LineEnding, Script, ScriptLine } from '../../core/model/script';
import { defaultEol, stepToEdit } from './edits';
import { lineCount, lineTexts } from './lines';

export interface ScriptState {
  script: Script;
  /** The line ending given to new lines. */
  eol: LineEnding;
  /** Lines [from, to) (0-based, in this script) whose text or type the last transaction changed; null if none. */
  changed: { from: number; to: number } | null;
  /** Counts document changes, so that derived views (outline, counts) know when to recompute. */
  version: number;
}

export const scriptKey = new PluginKey<ScriptState>('shotline-script');

/**
 * The span of lines that differ between two parses. Reparse keeps the line objects it did not re-read or
 * retype, so comparing identities from both ends finds every changed line.
 */
export function changedLines(before: readonly ScriptLine[], after: readonly ScriptLine[]): { from: number; to: number } | null {
  const max = Math.min(before.length, after.length);
  let from = 0;
  while (from < max && before[from] === after[from]) from++;
  if (from === before.length && from === after.length) return null;
  let tail = 0;
  while (tail < max - from && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { from, to: after.length - tail };
}

/** Follows a transaction's steps with `reparse`. */
function followSteps(tr: Transaction, old: ScriptState): Script {
  let script = old.script;
  tr.steps.forEach((step, i) => {
    const before = tr.docs[i];
    const after = i + 1 < tr.docs.length ? tr.docs[i + 1] : tr.doc;
    const edit = stepToEdit(before, after, step.getMap(), script, old.eol);
    if (edit) script = reparse(script, edit);
  });
  return script;
}

export function docText(doc: PMNode, eol: string): string {
  return lineTexts(doc).join(eol);
}

export function scriptPlugin(initial: Script, options: { language?: Language } = {}): Plugin<ScriptState> {
  return new Plugin<ScriptState>({
    key: scriptKey,
    state: {
      init: (_config, state: EditorState) => {
        const script = initial.lines.length === lineCount(state.doc) ? initial : parse(docText(state.doc, '\n'), options);
        return { script, eol: defaultEol(script), changed: { from: 0, to: script.lines.length }, version: 0 };
      },
      apply(tr, old) {
        if (!tr.docChanged) return old.changed ? { ...old, changed: null } : old;
        let script = followSteps(tr, old);
        if (script.lines.length !== lineCount(tr.doc)) {
          // Never expected; the document is the truth, so read it afresh rather than show wrong types.
          console.warn('Shotline: the incremental parse lost track of the lines; parsing the whole script again.');
          script = parse((script.bom ? '\uFEFF' : '') + docText(tr.doc, old.eol), options);
          return { script, eol: old.eol, changed: { from: 0, to: script.lines.length }, version: old.version + 1 };
        }
        // A change of chunks only (appended to a text change, see chunks.ts) keeps the span of that text change.
        if (script === old.script) return { ...old, version: old.version + 1 };
        return { script, eol: old.eol, changed: changedLines(old.script.lines, script.lines), version: old.version + 1 };
      },
    },
  });
}
