// The line the caret is on, with what completion and the typing flow need to know about it.
import type { EditorState } from 'prosemirror-state';
import type { LineType, Script } from '../../core/model/script';
import { nextSceneNumber } from '../../core/complete';
import type { SceneNumberOffer } from '../../core/complete';
import { scriptKey } from './line-types';
import { lineAt, lineStart } from './lines';

export interface CaretLine {
  script: Script;
  /** 0-based line index. */
  index: number;
  text: string;
  /** The caret's column in the line. */
  column: number;
  /** Document position where the line's text starts. */
  start: number;
  type: LineType;
  /** The line above is blank, or there is none. */
  prevBlank: boolean;
}

/** The caret's line, or null when the selection is not a caret. */
export function caretLine(state: EditorState): CaretLine | null {
  const { selection } = state;
  if (!selection.empty) return null;
  const script = scriptKey.getState(state)?.script;
  if (!script) return null;
  const index = lineAt(state.doc, selection.head);
  const start = lineStart(state.doc, index);
  const line = script.lines[index];
  if (!line) return null;
  const prev = index > 0 ? script.lines[index - 1] : null;
  return {
    script,
    index,
    text: line.text,
    column: selection.head - start,
    start,
    type: line.type,
    prevBlank: !prev || prev.type === 'blank' || prev.text.trim() === '',
  };
}

/** In Chinese scripts, the number a new scene heading on this line would get. */
export function sceneOffer(caret: CaretLine): SceneNumberOffer | null {
  return caret.script.language === 'zh' ? nextSceneNumber(caret.script, caret.index) : null;
}
