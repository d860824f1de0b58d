// Find and replace in the open script: the query's matches, kept up to date as the script changes (only the
// changed lines are searched again), the current match, and commands to move and replace. Matches are
// painted by highlights.ts without touching the document's DOM.
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Script } from '../../core/model/script';
import { scriptKey } from '../editor/line-types';
import { lineAt, lineStart } from '../editor/lines';
import { compileQuery, findInLines, matchAtOrAfter, MAX_MATCHES, replacementFor } from './search';
import type { FindQuery, Match } from './search';
import { highlightsView } from './highlights';

export interface FindState {
  query: FindQuery | null;
  re: RegExp | null;
  /** Why the query is not a valid regular expression, or null. */
  error: string | null;
  matches: Match[];
  /** Index of the current match, or -1. */
  current: number;
}

type Meta = { query: FindQuery | null } | { current: number };

export const findKey = new PluginKey<FindState>('shotline-find');
const EMPTY: FindState = { query: null, re: null, error: null, matches: [], current: -1 };

const texts = (script: Script, from: number, to: number) => script.lines.slice(from, to).map((l) => l.text);

function search(script: Script, re: RegExp): Match[] {
  return findInLines(texts(script, 0, script.lines.length), re);
}

/** The matches after an edit: those of unchanged lines kept (moved), the changed lines searched again. */
function follow(value: FindState, tr: Transaction, state: EditorState, oldScript: Script): FindState {
  const plugin = scriptKey.getState(state);
  if (!plugin || !value.re) return value;
  const changed = plugin.changed;
  if (!changed) return value;
  const delta = plugin.script.lines.length - oldScript.lines.length;
  const oldTo = changed.to - delta;
  const before = value.matches.filter((m) => m.line < changed.from);
  const fresh = findInLines(texts(plugin.script, 0, plugin.script.lines.length), value.re, changed.from, changed.to);
  const after = value.matches.filter((m) => m.line >= oldTo).map((m) => ({ ...m, line: m.line + delta }));
  const matches = before.concat(fresh, after).slice(0, MAX_MATCHES);
  const head = tr.selection.from;
  const line = lineAt(tr.doc, head);
  const current = matches.length === 0 ? -1 : Math.min(matchAtOrAfter(matches, line, head - lineStart(tr.doc, line)), matches.length - 1);
  return { ...value, matches, current };
}

export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => EMPTY,
      apply(tr, value, oldState, state) {
        const meta = tr.getMeta(findKey) as Meta | undefined;
        const script = scriptKey.getState(state)?.script;
        if (meta && 'query' in meta) {
          if (!meta.query || !script) return { ...EMPTY, query: meta.query };
          const compiled = compileQuery(meta.query);
          if (!compiled || !compiled.re) return { ...EMPTY, query: meta.query, error: compiled?.error ?? null };
          const matches = search(script, compiled.re);
          const head = state.selection.from;
          const line = lineAt(state.doc, head);
          const current = matches.length ? matchAtOrAfter(matches, line, head - lineStart(state.doc, line)) : -1;
          return { query: meta.query, re: compiled.re, error: null, matches, current };
        }
        if (meta && 'current' in meta) return { ...value, current: meta.current };
        if (tr.docChanged && value.re) return follow(value, tr, state, scriptKey.getState(oldState)!.script);
        return value;
      },
    },
    view: (view) => highlightsView(view),
  });
}

export function findState(state: EditorState): FindState {
  return findKey.getState(state) ?? EMPTY;
}

/** Document positions of a match. */
export function matchRange(state: EditorState, m: Match): { from: number; to: number } {
  const start = lineStart(state.doc, m.line);
  return { from: start + m.from, to: start + m.to };
}

export function setQuery(query: FindQuery | null): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(state.tr.setMeta(findKey, { query }).setMeta('addToHistory', false));
    return true;
  };
}

/** Selects the current match (after a new query: the first one after the caret), without moving focus. */
export const selectCurrent: Command = (state, dispatch) => {
  const { matches, current } = findState(state);
  const m = matches[current];
  if (!m) return false;
  if (dispatch) {
    const { from, to } = matchRange(state, m);
    dispatch(state.tr.setSelection(TextSelection.create(state.doc, from, to)).scrollIntoView());
  }
  return true;
};

/** Selects the next (or previous) match after the selection, wrapping around. */
export function findNext(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const { matches } = findState(state);
    if (matches.length === 0) return false;
    const sel = state.selection;
    const line = lineAt(state.doc, sel.from);
    let i: number;
    if (direction === 1) {
      const end = lineAt(state.doc, sel.to);
      i = matchAtOrAfter(matches, end, sel.to - lineStart(state.doc, end));
    } else {
      const at = matchAtOrAfter(matches, line, sel.from - lineStart(state.doc, line));
      const first = matches[at];
      const before = first && (first.line > line || (first.line === line && first.from >= sel.from - lineStart(state.doc, line)));
      i = before || at === 0 ? (at - 1 + matches.length) % matches.length : at - 1;
    }
    if (dispatch) {
      const { from, to } = matchRange(state, matches[i]);
      dispatch(state.tr.setSelection(TextSelection.create(state.doc, from, to)).setMeta(findKey, { current: i }).scrollIntoView());
    }
    return true;
  };
}

/** Replaces the current match when it is selected (else selects it first). */
export function replaceCurrent(replacement: string): Command {
  return (state, dispatch) => {
    const { matches, current, re, query } = findState(state);
    const m = matches[current];
    if (!m || !re || !query) return false;
    const { from, to } = matchRange(state, m);
    if (state.selection.from !== from || state.selection.to !== to) return findNext(1)(state, dispatch);
    if (dispatch) {
      const line = scriptKey.getState(state)!.script.lines[m.line].text;
      const text = replacementFor(line, m, re, replacement, query.regex);
      const tr = state.tr.insertText(text, from, to).setMeta('shotline-replace', true);
      tr.setSelection(TextSelection.create(tr.doc, from + text.length));
      dispatch(tr);
    }
    return true;
  };
}

/** The transaction replacing `matches` of `state`'s script (one step for undo), or null when there are none. */
export function replaceAllTransaction(state: EditorState, matches: readonly Match[], re: RegExp, replacement: string, regex: boolean): Transaction | null {
  if (matches.length === 0) return null;
  const lines = scriptKey.getState(state)!.script.lines;
  const tr = state.tr;
  // From the last match back, so that earlier positions stay valid.
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k];
    const { from, to } = matchRange(state, m);
    tr.insertText(replacementFor(lines[m.line].text, m, re, replacement, regex), from, to);
  }
  return tr.setMeta('shotline-replace', true);
}

/** Replaces every match in one step (one undo); `done` hears how many. */
export function replaceAll(replacement: string, done?: (count: number) => void): Command {
  return (state, dispatch) => {
    const { matches, re, query } = findState(state);
    if (!re || !query) return false;
    const tr = replaceAllTransaction(state, matches, re, replacement, query.regex);
    if (!tr) return false;
    if (dispatch) {
      dispatch(tr.scrollIntoView());
      done?.(matches.length);
    }
    return true;
  };
}
