// Screen time estimates, simple on purpose: an English script runs about a page a minute; a Chinese
// micro-drama script about 4.5 characters of dialogue and action a second (speech runs 4-5 characters a
// second, and most action lines are played at the pace they read). A scene with any content lasts at least
// a few seconds. Used by the navigator and the status bar; the breakdown may refine it.
import type { Script, ScriptLine } from '../model/script';
import { LINES_PER_PAGE, printedLines } from './pages';
import { isHan } from './width';

export const ZH_CHARS_PER_SECOND = 4.5;
export const SECONDS_PER_PAGE = 60;
export const MIN_SCENE_SECONDS = 3;

/** Spoken or acted characters of a Chinese line: Han characters, and Latin words and numbers as one each. */
export function zhTimedChars(line: ScriptLine): number {
  let text = line.text;
  if (line.type === 'dialogue' || line.type === 'character') {
    // Only what is said: the speaker and the colon are not.
    const colon = text.search(/[：:]/);
    if (colon >= 0) text = text.slice(colon + 1);
    text = text.replace(/[（(][^）)]*[）)]/g, '');
  } else if (line.type === 'action') {
    text = text.replace(/\[\[[^\]]*\]\]/g, '');
  } else {
    return 0;
  }
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      count++;
      inWord = false;
    } else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (!inWord) count++;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return count;
}

/** Estimated screen seconds of the source lines [from, to) of a script. */
export function estimateSeconds(script: Script, from: number, to: number): number {
  const lines = script.lines;
  const end = Math.min(to, lines.length);
  let seconds = 0;
  let content = false;
  if (script.language === 'zh') {
    let chars = 0;
    for (let i = Math.max(0, from); i < end; i++) chars += zhTimedChars(lines[i]);
    content = chars > 0;
    seconds = chars / ZH_CHARS_PER_SECOND;
  } else {
    let printed = 0;
    for (let i = Math.max(0, from); i < end; i++) {
      const line = lines[i];
      const n = printedLines(line, false);
      if (n > 0 && line.type !== 'scene_heading' && line.type !== 'blank') content = true;
      printed += n;
    }
    seconds = (printed / LINES_PER_PAGE) * SECONDS_PER_PAGE;
  }
  return content ? Math.max(MIN_SCENE_SECONDS, Math.round(seconds)) : 0;
}
