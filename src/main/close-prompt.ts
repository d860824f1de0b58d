// The words of the prompt on closing a window with unsaved work: one document by its name, several (a series
// keeps edited episodes in memory while another is open) by their count, listed in the detail.
import type { MenuStrings } from './menu-strings';

/** Names listed before the rest are counted. */
const LISTED = 8;

export function closePrompt(names: readonly string[], s: MenuStrings): { message: string; detail: string } {
  if (names.length <= 1) return { message: s.unsavedMessage(names[0] ?? s.untitled), detail: s.unsavedDetail };
  const listed = names.slice(0, LISTED).map((n) => `• ${n}`);
  if (names.length > LISTED) listed.push(s.unsavedMore(names.length - LISTED));
  return { message: s.unsavedManyMessage(names.length), detail: `${listed.join('\n')}\n\n${s.unsavedManyDetail}` };
}
