// The editor's context menu: spelling suggestions from Electron's built-in spellchecker for a misspelled
// word (choosing one replaces the word), "Add to Dictionary", then Cut, Copy, Paste and Select All as the
// page allows them. Pure: built from the context-menu event's parameters, tested with Electron mocked.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuStrings } from './menu-strings';

/** The part of Electron's ContextMenuParams used here. */
export interface ContextParams {
  misspelledWord: string;
  dictionarySuggestions: string[];
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** Suggestions beyond this many make the menu hard to read. */
export const MAX_SUGGESTIONS = 6;

/** The menu for a right-click, or an empty list when there is nothing to offer (no menu is shown then). */
export function contextMenuTemplate(params: ContextParams, strings: MenuStrings, actions: ContextActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: strings.noSuggestions, enabled: false });
    for (const suggestion of suggestions) {
      items.push({
        label: platform === 'darwin' ? suggestion : suggestion.replace(/&/g, '&&'),
        click: () => actions.replaceMisspelling(suggestion),
      });
    }
    items.push({ type: 'separator' }, { label: strings.addToDictionary, click: () => actions.addToDictionary(word) }, { type: 'separator' });
  }
  const flags = params.editFlags;
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: strings.cut, enabled: flags.canCut },
      { role: 'copy', label: strings.copy, enabled: flags.canCopy },
      { role: 'paste', label: strings.paste, enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: strings.selectAll, enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: strings.copy, enabled: flags.canCopy });
  }
  return items;
}
