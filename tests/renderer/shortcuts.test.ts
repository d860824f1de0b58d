// Keyboard shortcuts follow each platform: ⌘ and ⌘⇧Z / ⌘⌥F / ⌘G on macOS, Ctrl and Ctrl+Y / Ctrl+H / F3 elsewhere.
import { describe, expect, it } from 'vitest';
import { commandForKey, shortcutLabel, withShortcut } from '../../src/renderer/shortcuts';
import { readSettings, zoomStep } from '../../src/renderer/settings/settings';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}, code?: string) => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('labels shortcuts the way each platform writes them', () => {
    expect(shortcutLabel('save', 'mac')).toBe('⌘S');
    expect(shortcutLabel('save', 'other')).toBe('Ctrl+S');
    expect(shortcutLabel('redo', 'mac')).toBe('⌘⇧Z');
    expect(shortcutLabel('redo', 'other')).toBe('Ctrl+Y');
    expect(shortcutLabel('replace', 'mac')).toBe('⌘⌥F');
    expect(shortcutLabel('replace', 'other')).toBe('Ctrl+H');
    expect(shortcutLabel('find-next', 'other')).toBe('F3');
    expect(shortcutLabel('zoom-out', 'other')).toBe('Ctrl+-');
    expect(withShortcut('Save', 'save', 'other')).toBe('Save (Ctrl+S)');
    expect(withShortcut('Page breaks', 'toggle-page-guides', 'other')).toBe('Page breaks');
  });

  it('finds the command of a key press on each platform', () => {
    expect(commandForKey(key('s', { ctrlKey: true }), 'other')).toBe('save');
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }), 'other')).toBe('save-as');
    expect(commandForKey(key('s', { metaKey: true }), 'mac')).toBe('save');
    expect(commandForKey(key('s', { ctrlKey: true }), 'mac')).toBeNull();
    expect(commandForKey(key('y', { ctrlKey: true }), 'other')).toBe('redo');
    expect(commandForKey(key('z', { ctrlKey: true, shiftKey: true }), 'other')).toBe('redo');
    expect(commandForKey(key('h', { ctrlKey: true }), 'other')).toBe('replace');
    expect(commandForKey(key('ƒ', { metaKey: true, altKey: true }, 'KeyF'), 'mac')).toBe('replace');
    expect(commandForKey(key('F3'), 'other')).toBe('find-next');
    expect(commandForKey(key('F3', { shiftKey: true }), 'other')).toBe('find-previous');
    expect(commandForKey(key('+', { ctrlKey: true, shiftKey: true }), 'other')).toBe('zoom-in');
    expect(commandForKey(key('0', { ctrlKey: true }), 'other')).toBe('zoom-reset');
    expect(commandForKey(key('a'), 'other')).toBeNull();
  });
});

describe('view settings', () => {
  it('reads stored settings, replacing what is missing or malformed', () => {
    expect(readSettings(null)).toEqual({ theme: 'system', zoom: 1, pageGuides: true, sidePanel: true, panel: 'navigator' });
    expect(readSettings('{"theme":"dark","zoom":1.25,"pageGuides":false}')).toMatchObject({ theme: 'dark', zoom: 1.25, pageGuides: false });
    expect(readSettings('{"theme":"purple","zoom":7}')).toMatchObject({ theme: 'system', zoom: 1 });
    expect(readSettings('not json')).toMatchObject({ theme: 'system' });
  });

  it('steps the zoom within its range', () => {
    expect(zoomStep(1, 1)).toBe(1.1);
    expect(zoomStep(1, -1)).toBe(0.9);
    expect(zoomStep(3, 1)).toBe(3);
    expect(zoomStep(1.5, 0)).toBe(1);
  });
});
