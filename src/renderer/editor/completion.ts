// Completion while typing: character names, extensions, locations, time words and (Chinese scripts) the
// next scene number, from core/complete. The list opens by itself as the writer types and is driven by
// the keyboard: arrows move, Enter or Tab accept, Escape dismisses. Without a list, no key is taken.
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { isHistoryTransaction } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { suggest } from '../../core/complete';
import type { Completion, CompletionIndex } from '../../core/complete';
import { caretLine, sceneOffer } from './caret';
import type { CaretLine } from './caret';
import { completionView } from './completion-view';

export interface ActiveCompletion extends Completion {
  /** Document position where the caret's line text starts. */
  start: number;
  selected: number;
}

interface CompletionState {
  active: ActiveCompletion | null;
  /** Escape was pressed on this line text: stay closed until it changes. */
  dismissed: string | null;
}

type Meta = { close: true } | { select: number } | { accepted: true };

export const completionKey = new PluginKey<CompletionState>('shotline-completion');

export interface CompletionOptions {
  /** The names, places and times to offer, for the script in `state` (the caret's line left out). */
  index(state: EditorState, caret: CaretLine): CompletionIndex;
}

/** Transactions after which the list may open: typing (also through an input method), not undo, paste or Tab. */
function isTyping(tr: Transaction): boolean {
  if (!tr.docChanged || isHistoryTransaction(tr) || tr.getMeta('uiEvent') || tr.getMeta('shotline-cycle') || tr.getMeta('shotline-replace')) return false;
  return tr.selection.empty;
}

function compute(state: EditorState, options: CompletionOptions, dismissed: string | null): ActiveCompletion | null {
  const caret = caretLine(state);
  if (!caret || caret.text === dismissed) return null;
  const zh = caret.script.language === 'zh';
  const completion = suggest(
    {
      text: caret.text,
      column: caret.column,
      language: caret.script.language,
      prevBlank: caret.prevBlank,
      nextScene: zh && /^[0-9]/.test(caret.text) ? sceneOffer(caret) : null,
    },
    options.index(state, caret),
  );
  return completion ? { ...completion, start: caret.start, selected: 0 } : null;
}

export function completionPlugin(options: CompletionOptions): Plugin<CompletionState> {
  return new Plugin<CompletionState>({
    key: completionKey,
    state: {
      init: () => ({ active: null, dismissed: null }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(completionKey) as Meta | undefined;
        if (meta && 'close' in meta) {
          const caret = caretLine(state);
          return { active: null, dismissed: caret?.text ?? null };
        }
        if (meta && 'select' in meta && value.active) {
          const n = value.active.items.length;
          return { ...value, active: { ...value.active, selected: ((meta.select % n) + n) % n } };
        }
        if ((meta && 'accepted' in meta) || isTyping(tr)) {
          return { active: compute(state, options, value.dismissed), dismissed: value.dismissed };
        }
        if (!value.active) return value;
        if (tr.docChanged || !tr.selection.eq(_old.selection)) {
          // The caret moved or the text changed otherwise: the list goes.
          return { active: null, dismissed: null };
        }
        return value;
      },
    },
    view: (view) => completionView(view),
  });
}

export function activeCompletion(state: EditorState): ActiveCompletion | null {
  return completionKey.getState(state)?.active ?? null;
}

/** Accepts item `i` (default: the selected one). */
export function acceptCompletion(i?: number): Command {
  return (state, dispatch) => {
    const active = activeCompletion(state);
    if (!active) return false;
    const item = active.items[i ?? active.selected];
    if (!item) return false;
    if (dispatch) {
      const from = active.start + active.from;
      const tr = state.tr.insertText(item.insert, from, active.start + active.to);
      tr.setSelection(TextSelection.create(tr.doc, from + item.insert.length));
      dispatch(tr.setMeta(completionKey, { accepted: true }).scrollIntoView());
    }
    return true;
  };
}

const move =
  (delta: 1 | -1): Command =>
  (state, dispatch) => {
    const active = activeCompletion(state);
    if (!active) return false;
    if (dispatch) dispatch(state.tr.setMeta(completionKey, { select: active.selected + delta }));
    return true;
  };

export const dismissCompletion: Command = (state, dispatch) => {
  if (!activeCompletion(state)) return false;
  if (dispatch) dispatch(state.tr.setMeta(completionKey, { close: true }));
  return true;
};

/** Keys of the open list; every one of them does nothing (returns false) when no list is shown. */
export function completionKeymap(): Plugin {
  return keymap({
    ArrowDown: move(1),
    ArrowUp: move(-1),
    Enter: acceptCompletion(),
    Tab: acceptCompletion(),
    Escape: dismissCompletion,
  });
}
