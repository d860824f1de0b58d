// Tagging a selection of the script as a breakdown element: the note to insert after it
// (`gold pendant [[prop: gold pendant]]`, `金坠子[[道具：金坠子]]`), as text or as a text edit.
import type { ElementCategory } from '../model/breakdown';
import type { TextEdit } from '../model/script';
import { tagNote } from './categories';

/** Longest selection that makes a tag (a name, not a paragraph). */
export const MAX_TAG_CHARS = 120;

/**
 * The text to insert right after a selection to tag it, or null when the selection cannot be a tag (empty,
 * too long, or already inside a note). `before` is the character just before the insertion point.
 */
export function tagInsertion(selected: string, before: string, category: ElementCategory, language: 'en' | 'zh', traditional = false): string | null {
  const name = selected.replace(/\[\[[\s\S]*?\]\]/g, ' ').replace(/[\s△]+/g, ' ').trim().replace(/^[「『“"'(（]+|[」』”"')）。，、,.!?！？：:；;]+$/g, '').trim();
  if (!name || name.length > MAX_TAG_CHARS || selected.includes('[[') || selected.includes(']]')) return null;
  const note = tagNote(category, name, language, traditional);
  return language === 'en' && before !== '' && !/\s/.test(before) ? ` ${note}` : note;
}

/** The edit that tags text[from, to) as `category`, inserting the note after it; null when it cannot. */
export function tagEdit(text: string, from: number, to: number, category: ElementCategory, language: 'en' | 'zh', traditional = false): TextEdit | null {
  const start = Math.max(0, Math.min(from, to));
  const end = Math.min(text.length, Math.max(from, to));
  const insert = tagInsertion(text.slice(start, end), text.slice(end - 1, end), category, language, traditional);
  return insert === null ? null : { from: end, to: end, insert };
}
