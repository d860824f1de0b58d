// Emphasis (*italic*, **bold**, _underline_), inline notes [[ ]] and inline boneyard /* */ shown as inline
// decorations from the core's parseInline; the markup characters themselves are dimmed. After an edit only
// the changed lines are read again.
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { parseInline } from '../../core/parse';
import { scriptKey } from './line-types';
import { forEachLine, lineBefore, lineCount } from './lines';

export const emphasisKey = new PluginKey<DecorationSet>('shotline-emphasis');

const MARKUP_RE = /[*_]|\[\[|\/\*/;

/** The inline decorations of one line whose text starts at document position `start`. */
export function lineEmphasis(text: string, start: number): Decoration[] {
  if (!MARKUP_RE.test(text)) return [];
  const out: Decoration[] = [];
  let at = 0;
  const markup = (from: number, to: number) => {
    if (to > from) out.push(Decoration.inline(start + from, start + to, { class: 'markup' }));
  };
  for (const run of parseInline(text)) {
    if (run.kind === 'text') {
      markup(at, run.from);
      if (run.styles.length > 0) {
        const classes = run.styles.map((s) => `em-${s}`).join(' ');
        out.push(Decoration.inline(start + run.from, start + run.to, { class: classes }));
      }
      at = run.to;
    } else {
      // [[ note ]] and /* boneyard */: the brackets are two characters either side of the run.
      out.push(Decoration.inline(start + run.from - 2, start + run.to + 2, { class: run.kind === 'note' ? 'inline-note' : 'inline-boneyard' }));
      at = run.to + 2;
    }
  }
  markup(at, text.length);
  return out;
}

function decorate(doc: PMNode, from = 0, to = Infinity): Decoration[] {
  const out: Decoration[] = [];
  forEachLine(doc, (node, pos) => out.push(...lineEmphasis(node.textContent, pos + 1)), from, to);
  return out;
}

function apply(tr: Transaction, set: DecorationSet, _old: EditorState, state: EditorState): DecorationSet {
  if (!tr.docChanged) return set;
  const next = set.map(tr.mapping, tr.doc);
  const changed = scriptKey.getState(state)?.changed;
  if (!changed) return next;
  const from = Math.max(changed.from - 1, 0);
  const to = Math.min(changed.to + 1, lineCount(tr.doc));
  const start = lineBefore(tr.doc, from);
  const end = lineBefore(tr.doc, to);
  return next.remove(next.find(start, end)).add(tr.doc, decorate(tr.doc, from, to));
}

export function emphasisPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: emphasisKey,
    state: {
      init: (_config, state) => DecorationSet.create(state.doc, decorate(state.doc)),
      apply,
    },
    props: {
      decorations: (state) => emphasisKey.getState(state),
    },
  });
}
