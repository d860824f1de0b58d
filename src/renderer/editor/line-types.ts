// The parse behind the editor: a plugin whose state is the Script of the document's text, kept up to date
// through `reparse` with the edits of each transaction, and whose decorations give each line block its
// `data-type` (the parser's line type).
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { parse, reparse } from '../../core/parse';
import type { Language, LineEnding, LineType, Script } from '../../core/model/script';
import { defaultEol, lineIndexAt, stepToEdit } from './edits';

export interface ScriptState {
  script: Script;
  /** The line ending given to new lines. */
  eol: LineEnding;
  decorations: DecorationSet;
}

export const scriptKey = new PluginKey<ScriptState>('shotline-script');

function lineDecoration(pos: number, node: PMNode, type: LineType): Decoration {
  return Decoration.node(pos, pos + node.nodeSize, { 'data-type': type }, { type });
}

function allDecorations(doc: PMNode, script: Script): DecorationSet {
  const decos: Decoration[] = [];
  doc.forEach((node, pos, i) => decos.push(lineDecoration(pos, node, script.lines[i].type)));
  return DecorationSet.create(doc, decos);
}

/** The line indices (in the new document) a transaction's steps touched, as one span, or null. */
function touchedLines(tr: Transaction): [number, number] | null {
  let from = Infinity;
  let to = -Infinity;
  tr.steps.forEach((_step, i) => {
    const rest = tr.mapping.slice(i + 1);
    tr.mapping.maps[i].forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      from = Math.min(from, rest.map(newStart, -1));
      to = Math.max(to, rest.map(newEnd, 1));
    });
  });
  if (from > to) return null;
  return [lineIndexAt(tr.doc, from, 'before'), lineIndexAt(tr.doc, to, 'after')];
}

/**
 * The decorations after a transaction: the old ones mapped, with the touched lines and every line whose
 * type changed decorated anew.
 */
function updateDecorations(tr: Transaction, old: ScriptState, script: Script): DecorationSet {
  const touched = touchedLines(tr);
  if (!touched) return old.decorations.map(tr.mapping, tr.doc);
  const [lo, hi] = touched;
  const oldLines = old.script.lines;
  const shift = script.lines.length - oldLines.length;
  const redo = (i: number) => {
    if (i >= lo && i <= hi) return true;
    const before = i < lo ? oldLines[i] : oldLines[i - shift];
    return before === undefined || before.type !== script.lines[i].type;
  };

  let set = old.decorations.map(tr.mapping, tr.doc);
  const remove: Decoration[] = [];
  const add: Decoration[] = [];
  let loPos = 0;
  let hiEnd = 0;
  tr.doc.forEach((node, pos, i) => {
    if (i === lo) loPos = pos;
    if (i === hi) hiEnd = pos + node.nodeSize;
    if (!redo(i)) return;
    if (i < lo || i > hi) remove.push(...set.find(pos, pos + node.nodeSize, (spec) => 'type' in spec).filter((d) => d.from === pos));
    add.push(lineDecoration(pos, node, script.lines[i].type));
  });
  // Decorations of touched lines may have been stretched over several lines by the mapping: drop them all.
  remove.push(...set.find(loPos, hiEnd).filter((d) => d.from >= loPos && d.to <= hiEnd));
  set = set.remove(remove);
  return set.add(tr.doc, add);
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
  const lines: string[] = [];
  doc.forEach((node) => lines.push(node.textContent));
  return lines.join(eol);
}

export function scriptPlugin(initial: Script, options: { language?: Language } = {}): Plugin<ScriptState> {
  return new Plugin<ScriptState>({
    key: scriptKey,
    state: {
      init: (_config, state: EditorState) => ({
        script: initial,
        eol: defaultEol(initial),
        decorations: allDecorations(state.doc, initial),
      }),
      apply(tr, old) {
        if (!tr.docChanged) return old;
        let script = followSteps(tr, old);
        if (script.lines.length !== tr.doc.childCount) {
          // Never expected; the document is the truth, so read it afresh rather than show wrong types.
          console.warn('Shotline: the incremental parse lost track of the lines; parsing the whole script again.');
          script = parse((script.bom ? '\uFEFF' : '') + docText(tr.doc, old.eol), options);
          return { script, eol: old.eol, decorations: allDecorations(tr.doc, script) };
        }
        return { script, eol: old.eol, decorations: updateDecorations(tr, old, script) };
      },
    },
    props: {
      decorations: (state) => scriptKey.getState(state)?.decorations,
    },
  });
}
