// Word counts for the status bar: Latin words, and each Han character as one (the way Chinese writers
// count 字数). Only the body is counted: not the title page, notes, boneyard, sections or synopses.
import type { LineType, Script } from '../model/script';
import { isHan } from './width';

const UNCOUNTED: ReadonlySet<LineType> = new Set<LineType>(['title_page', 'note', 'boneyard', 'section', 'synopsis', 'page_break', 'blank']);

export interface WordCount {
  /** Latin-script words (runs of letters, digits and apostrophes). */
  words: number;
  /** Han characters. */
  han: number;
}

export function countText(text: string, into: WordCount = { words: 0, han: 0 }): WordCount {
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      into.han++;
      inWord = false;
      continue;
    }
    // Letters of any alphabet (Latin, Greek, Cyrillic, ...) below the CJK blocks, digits and apostrophes.
    const letter: boolean = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) || (inWord && (c === 39 || c === 0x2019));
    if (letter && !inWord) into.words++;
    inWord = letter;
  }
  return into;
}

export function countWords(script: Script): WordCount {
  const total: WordCount = { words: 0, han: 0 };
  for (const line of script.lines) if (!UNCOUNTED.has(line.type)) countText(line.text, total);
  return total;
}
