// The spelling context menu: suggestions replace the word, "Add to Dictionary" adds it, clipboard items
// follow what the page allows; nothing is shown where there is nothing to offer.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { contextMenuTemplate, MAX_SUGGESTIONS } from '../../src/main/context-menu';
import type { ContextParams } from '../../src/main/context-menu';
import { MENU_STRINGS } from '../../src/main/menu-strings';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const params = (over: Partial<ContextParams> = {}): ContextParams => ({
  misspelledWord: '',
  dictionarySuggestions: [],
  isEditable: true,
  selectionText: '',
  editFlags: flags,
  ...over,
});

function actions() {
  return { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
}

const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.type);
const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('the context menu', () => {
  it('offers the dictionary’s suggestions for a misspelled word, each replacing it', () => {
    const a = actions();
    const items = contextMenuTemplate(params({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'tea', 'ten'] }), MENU_STRINGS.en, a, 'linux');
    expect(labels(items)).toEqual(['the', 'tea', 'ten', 'separator', 'Add to Dictionary', 'separator', 'Cut', 'Copy', 'Paste', 'separator', 'Select All']);
    click(items[1]);
    expect(a.replaceMisspelling).toHaveBeenCalledWith('tea');
    click(items[4]);
    expect(a.addToDictionary).toHaveBeenCalledWith('teh');
  });

  it('says when there are no suggestions, and keeps the list short', () => {
    const none = contextMenuTemplate(params({ misspelledWord: 'Xyzzq' }), MENU_STRINGS['zh-Hans'], actions(), 'linux');
    expect(none[0]).toMatchObject({ label: '没有拼写建议', enabled: false });
    expect(none[2].label).toBe('添加到词典');
    const many = contextMenuTemplate(params({ misspelledWord: 'x', dictionarySuggestions: 'abcdefghij'.split('') }), MENU_STRINGS.en, actions(), 'linux');
    expect(many.filter((i) => i.click && i.label!.length === 1)).toHaveLength(MAX_SUGGESTIONS);
  });

  it('has only the clipboard items on a correct word, enabled as the page allows', () => {
    const items = contextMenuTemplate(params({ editFlags: { ...flags, canCut: false, canCopy: false } }), MENU_STRINGS['zh-Hant'], actions(), 'darwin');
    expect(items.map((i) => [i.role, i.label, i.enabled]).filter(([role]) => role)).toEqual([
      ['cut', '剪下', false],
      ['copy', '複製', false],
      ['paste', '貼上', true],
      ['selectAll', '全選', true],
    ]);
  });

  it('offers Copy for selected text outside the editor, and nothing at all elsewhere', () => {
    expect(labels(contextMenuTemplate(params({ isEditable: false, selectionText: 'Scene 3' }), MENU_STRINGS.en, actions(), 'linux'))).toEqual(['Copy']);
    expect(contextMenuTemplate(params({ isEditable: false }), MENU_STRINGS.en, actions(), 'linux')).toEqual([]);
  });
});
