// "Tag the selection as a prop / wardrobe item / …": a ProseMirror command that writes the note after the
// selection (`[[prop: gold pendant]]`, `[[道具：金坠子]]`). The editor can bind it to a menu or a shortcut;
// the breakdown panel calls it from its buttons.
import type { Command } from 'prosemirror-state';
import { tagInsertion } from '../../core/breakdown';
import type { ElementCategory } from '../../core/model/breakdown';

export interface TagResult {
  name: string;
  note: string;
}

/** The command; `done` hears what was tagged. Fails (returns false) on an empty or unusable selection. */
export function tagSelection(category: ElementCategory, language: 'en' | 'zh', traditional = false, done?: (result: TagResult) => void): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty) return false;
    const selected = state.doc.textBetween(from, to, ' ', ' ');
    const before = to > 0 ? state.doc.textBetween(Math.max(0, to - 1), to, ' ', ' ') : '';
    const note = tagInsertion(selected, before, category, language, traditional);
    if (note === null) return false;
    if (dispatch) {
      dispatch(state.tr.insertText(note, to).scrollIntoView());
      done?.({ name: selected.trim(), note: note.trim() });
    }
    return true;
  };
}
