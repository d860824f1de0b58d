// The line classifier: one line's type from its text, the state at its start and whether the next line
// is blank. Everything the incremental reparse needs to resume is in the packed state number.
import type { LineType } from '../model/script';
import { isBlankText } from './lines';
import { HEADING_PREFIX_RE, isCueName } from './heading';
import { isZhAction, matchCastList, matchEpisode, matchMarker, matchZhDialogue, matchZhHeading, matchZhTransition } from './zh';
import { isTitleLine, isTitleStart } from './title-page';

// State bits: phase (start / title page / body), open block (boneyard / note), inside a dialogue block,
// previous line blank. Two lines with equal states and equal text classify the same way.
export const PHASE_START = 0;
export const PHASE_TITLE = 1;
export const PHASE_BODY = 2;
const PHASE_MASK = 3;
const BLOCK_BONEYARD = 1 << 2;
const BLOCK_NOTE = 2 << 2;
const BLOCK_INLINE_NOTE = 3 << 2;
const BLOCK_MASK = 3 << 2;
const IN_DIALOGUE = 1 << 4;
const PREV_BLANK = 1 << 5;

export const INITIAL_STATE = PHASE_START | PREV_BLANK;
const BODY_AFTER_BLANK = PHASE_BODY | PREV_BLANK;
const BODY = PHASE_BODY;

export interface Classified {
  type: LineType;
  next: number;
}

const out: Classified = { type: 'blank', next: 0 };
function result(type: LineType, next: number): Classified {
  out.type = type;
  out.next = next;
  return out;
}

const TRANSITION_TO_RE = /TO:$/;

const PAGE_BREAK_RE = /^={3,}$/;
const FORCED_HEADING_RE = /^\.[\p{L}\p{N}]/u;

/** True when the last `[[` on the line is closed on it (or there is none). */
function closesNote(text: string): boolean {
  return text.lastIndexOf(']]') > text.lastIndexOf('[[');
}

/** The state after a paragraph line: inside an inline note when the line opens one that it does not close. */
function after(text: string, next: number): number {
  const open = text.lastIndexOf('[[');
  return open >= 0 && text.indexOf(']]', open) < 0 ? next | BLOCK_INLINE_NOTE : next;
}

/**
 * Classifies one line. `nextBlank` tells whether the following line is blank (true at the end of the
 * text). The returned object is reused between calls: copy its fields before calling again.
 */
export function classifyLine(text: string, state: number, nextBlank: boolean, zh: boolean): Classified {
  let phase = state & PHASE_MASK;
  if (phase === PHASE_START) {
    if (isTitleStart(text)) return result('title_page', PHASE_TITLE);
    phase = PHASE_BODY;
    state = BODY_AFTER_BLANK;
  }
  if (phase === PHASE_TITLE) {
    if (isBlankText(text)) return result('blank', BODY_AFTER_BLANK);
    if (isTitleLine(text)) return result('title_page', PHASE_TITLE);
    // A line that is neither a key nor an indented value ends the title page and starts the script.
    state = BODY_AFTER_BLANK;
  }

  // A boneyard block reads as a blank line for the lines around it; a note block is transparent.
  const block = state & BLOCK_MASK;
  if (block === BLOCK_BONEYARD) return result('boneyard', text.includes('*/') ? BODY_AFTER_BLANK : state);
  if (block === BLOCK_NOTE) return result('note', text.includes(']]') ? state & ~BLOCK_MASK : state);
  if (block === BLOCK_INLINE_NOTE) {
    // The lines of a note opened inside a paragraph belong to that paragraph until the note closes; an
    // empty line ends the paragraph (and the unclosed note is then plain text).
    if (text.length === 0) return result('blank', BODY_AFTER_BLANK);
    const type = state & IN_DIALOGUE ? 'dialogue' : 'action';
    return result(type, closesNote(text) ? state & ~BLOCK_MASK : state);
  }

  const inDialogue = (state & IN_DIALOGUE) !== 0;
  const prevBlank = (state & PREV_BLANK) !== 0;

  if (isBlankText(text)) {
    // Fountain: a line of two or more spaces inside dialogue is an empty line of that dialogue.
    if (inDialogue && text.length >= 2 && /^ +$/.test(text)) return result('dialogue', state);
    return result('blank', BODY_AFTER_BLANK);
  }

  const trimmed = text.trim();
  const c = trimmed.charAt(0);

  if (c === '/' && trimmed.startsWith('/*')) {
    const close = trimmed.indexOf('*/', 2);
    if (close < 0) return result('boneyard', state | BLOCK_BONEYARD);
    if (close === trimmed.length - 2) return result('boneyard', BODY_AFTER_BLANK);
  }
  if (c === '[' && trimmed.startsWith('[[')) {
    const close = trimmed.indexOf(']]', 2);
    if (close < 0) return result('note', state | BLOCK_NOTE);
    if (close === trimmed.length - 2 && trimmed.indexOf('[[', 2) < 0) return result('note', state);
  }
  if (c === '=' && PAGE_BREAK_RE.test(trimmed)) return result('page_break', BODY_AFTER_BLANK);

  switch (c) {
    case '!':
      return result('action', after(text, BODY));
    case '@':
      return result('character', BODY | IN_DIALOGUE);
    case '~':
      return result('lyrics', BODY);
    case '=':
      return result('synopsis', BODY);
    case '#':
      return result(matchEpisode(trimmed) ? 'episode' : 'section', BODY);
    case '.':
      // Forced only by a dot followed by a letter or digit: `. NOT A HEADER` and `...` stay action.
      if (FORCED_HEADING_RE.test(trimmed)) return result('scene_heading', BODY);
      break;
    case '>':
      return result(trimmed.length > 1 && trimmed.endsWith('<') ? 'centered' : 'transition', BODY);
  }

  if (zh) {
    const zhType = classifyZh(text);
    if (zhType) return zhType;
  }

  if (inDialogue) {
    if (c === '(' || c === '（') return result('parenthetical', BODY | IN_DIALOGUE);
    return result('dialogue', after(text, BODY | IN_DIALOGUE));
  }

  if (prevBlank) {
    if (HEADING_PREFIX_RE.test(trimmed)) return result('scene_heading', BODY);
    // Trailing spaces are invisible to a writer: `CUT TO:  ` is a transition (reference parser, fountain-js).
    // Only TO: makes a transition (spec, screenplain): FADE IN: and CUT TO BLACK. stay action; force with >.
    if (nextBlank && TRANSITION_TO_RE.test(trimmed) && !/\p{Ll}/u.test(trimmed)) return result('transition', BODY);
    if (!nextBlank && isCueName(trimmed)) return result('character', BODY | IN_DIALOGUE);
  }
  return result('action', after(text, BODY));
}

function classifyZh(text: string): Classified | null {
  if (matchEpisode(text)) return result('episode', BODY);
  if (matchZhHeading(text)) return result('scene_heading', BODY);
  if (matchCastList(text)) return result('cast_list', BODY);
  const marker = matchMarker(text);
  if (marker) return result(marker, BODY);
  if (isZhAction(text)) return result('action', BODY);
  if (matchZhTransition(text)) return result('transition', BODY);
  const cue = matchZhDialogue(text);
  if (cue) {
    // `名字：` with nothing after the colon opens a dialogue block, like a Fountain cue.
    if (cue.textStart >= text.trimEnd().length && cue.parenStart < 0) return result('character', BODY | IN_DIALOGUE);
    return result('dialogue', BODY);
  }
  return null;
}
