// The completion index for the caret: the open script's names, places and times (its caret line left out)
// merged with those of the rest of the open series. Rebuilt when the caret moves to another line, or at most
// every REBUILD_MS while typing on one line; the series part when an episode is read or saved.
import type { EditorState } from 'prosemirror-state';
import { buildIndex, mergeIndexes } from '../../core/complete';
import type { CompletionIndex } from '../../core/complete';
import type { Script } from '../../core/model/script';
import type { CaretLine } from '../editor/caret';

const REBUILD_MS = 1500;

export function completionIndexer(otherScripts: () => Script[]): (state: EditorState, caret: CaretLine) => CompletionIndex {
  let own: { index: CompletionIndex; line: number; time: number; script: Script } | null = null;
  let others: { index: CompletionIndex; scripts: Script[] } | null = null;
  return (_state, caret) => {
    const now = Date.now();
    if (!own || own.line !== caret.index || (own.script !== caret.script && now - own.time > REBUILD_MS)) {
      own = { index: buildIndex([caret.script], { script: caret.script, line: caret.index }), line: caret.index, time: now, script: caret.script };
    }
    const scripts = otherScripts();
    if (scripts.length === 0) return own.index;
    if (!others || others.scripts.length !== scripts.length || others.scripts.some((s, i) => s !== scripts[i])) {
      others = { index: buildIndex(scripts), scripts };
    }
    return mergeIndexes(own.index, others.index);
  };
}
