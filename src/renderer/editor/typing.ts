// The typing flow of a screenwriting editor on plain Fountain text:
// - Tab / Shift-Tab cycle the line's element (action -> character -> scene heading -> transition) by adding
//   or removing Fountain markers (core/complete/cycle.ts);
// - in English scripts, a scene heading or a character cue is upper-cased as it is typed;
// - Enter is a plain new line: after a cue the parser reads the next line as dialogue, and Enter on the
//   empty line after dialogue leaves the blank line that ends it, so the next line is action.
import { Plugin, TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { keymap } from 'prosemirror-keymap';
import { closeHistory } from 'prosemirror-history';
import { bareText, currentForm, formTexts, isInForm, nextForm } from '../../core/complete';
import type { CycleContext } from '../../core/complete';
import { caretLine, sceneOffer } from './caret';
import { scriptKey } from './line-types';
import { lineAt, lineStart } from './lines';

/** Replaces the caret line's text and puts the caret at its end. */
function setLineText(state: EditorState, start: number, oldText: string, text: string): Transaction {
  const tr = state.tr.insertText(text, start, start + oldText.length);
  return tr.setSelection(TextSelection.create(tr.doc, start + text.length)).scrollIntoView();
}

/** Tab: the line's next form in the cycle (`direction` -1 for Shift-Tab). */
export function cycleLine(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const caret = caretLine(state);
    if (!caret) return false;
    const ctx: CycleContext = { language: caret.script.language, prevBlank: caret.prevBlank, nextScene: sceneOffer(caret) };
    const target = nextForm(currentForm(caret.text, caret.type, ctx), direction);
    const bare = bareText(caret.text, ctx);
    const texts = formTexts(bare, target, ctx);
    let chosen = texts[texts.length - 1];
    for (const text of texts) {
      const trial = state.apply(setLineText(state, caret.start, caret.text, text));
      const script = scriptKey.getState(trial)?.script;
      const line = script?.lines[caret.index];
      if (line && isInForm(text, line.type, target, ctx)) {
        chosen = text;
        break;
      }
    }
    if (chosen === caret.text) return true;
    // Its own undo step, apart from the typing before it.
    if (dispatch) dispatch(closeHistory(setLineText(state, caret.start, caret.text, chosen)).setMeta('shotline-cycle', target));
    return true;
  };
}

const EN_HEADING_RE = /^(?:INT\.?\/EXT|INT\.EXT|I\.?\/E|INT|EXT|EST)(?:\.|[ \t])/i;

/** Upper-cases letters whose capital is one character (so positions stay where they were). */
const upper = (text: string) => [...text].map((c) => (c.toLocaleUpperCase().length === c.length ? c.toLocaleUpperCase() : c)).join('');

/**
 * English scene headings and cues are upper-cased as they are typed: the transaction that types `text` and
 * upper-cases its line (a heading as soon as its INT./EXT. is typed; a cue forced with @ or read as one),
 * or null when the text goes in as typed.
 */
export function upperCasedTyping(state: EditorState, from: number, to: number, text: string): Transaction | null {
  const script = scriptKey.getState(state)?.script;
  if (!script || script.language !== 'en' || !/\p{L}/u.test(text)) return null;
  const index = lineAt(state.doc, from);
  if (lineAt(state.doc, to) !== index) return null;
  const start = lineStart(state.doc, index);
  const line = script.lines[index];
  const prev = index > 0 ? script.lines[index - 1] : null;
  const prevBlank = !prev || prev.text.trim() === '';
  const next = line.text.slice(0, from - start) + text + line.text.slice(to - start);
  const t = next.trimStart();
  const heading = line.type === 'scene_heading' || /^\.[\p{L}\p{N}]/u.test(t) || (prevBlank && EN_HEADING_RE.test(t));
  const cue = line.type === 'character' || t.startsWith('@');
  if ((!heading && !cue) || !/\p{Ll}/u.test(next)) return null;
  const tr = state.tr.insertText(upper(next), start, start + line.text.length);
  // The caret goes after the typed text. (The state's selection may lag behind the page's: the browser
  // reports a click's new caret a moment later, and typing can come first.)
  return tr.setSelection(TextSelection.create(tr.doc, from + text.length));
}

/** What typing `text` over [from, to) does: upper-cased where it should be, else the text as typed. */
export function typingTransaction(state: EditorState, from: number, to: number, text: string): Transaction {
  const upperCased = upperCasedTyping(state, from, to, text);
  if (upperCased) return upperCased;
  const tr = state.tr.insertText(text, from, to);
  return tr.setSelection(TextSelection.create(tr.doc, from + text.length));
}

export function typingPlugin(): Plugin {
  return new Plugin({
    props: {
      // Other text goes in the browser's way, which ProseMirror reads back without redrawing anything.
      handleTextInput(view, from, to, text) {
        // An input method's composition (pinyin on its way to 夜市) is left to the input method: changing it
        // under the IME would upper-case the pinyin and break the composition.
        if (view.composing) return false;
        const tr = upperCasedTyping(view.state, from, to, text);
        if (!tr) return false;
        view.dispatch(tr.scrollIntoView());
        return true;
      },
    },
  });
}

export function typingKeymap(): Plugin {
  return keymap({ Tab: cycleLine(1), 'Shift-Tab': cycleLine(-1) });
}
