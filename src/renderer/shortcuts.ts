// App commands and their keyboard shortcuts, following each platform's conventions (macOS: ⌘, ⌘⇧Z to redo,
// ⌘⌥F to replace, ⌘G to find again; Windows and Linux: Ctrl, Ctrl+Y to redo, Ctrl+H to replace, F3).
// Shown in tooltips; in Electron the native menus carry the same shortcuts and send the same commands.
import type { SimpleMenuCommand } from '../shared/api';

export type CommandId = SimpleMenuCommand | 'toggle-page-guides' | 'toggle-side-panel';

export type Platform = 'mac' | 'other';

/** Shortcuts as ProseMirror-style key names: Mod is ⌘ on macOS and Ctrl elsewhere. The first one is shown. */
const SHORTCUTS: Partial<Record<CommandId, { mac: string[]; other: string[] }>> = {
  new: { mac: ['Mod-n'], other: ['Mod-n'] },
  open: { mac: ['Mod-o'], other: ['Mod-o'] },
  'open-folder': { mac: ['Mod-Shift-o'], other: ['Mod-Shift-o'] },
  save: { mac: ['Mod-s'], other: ['Mod-s'] },
  'save-as': { mac: ['Mod-Shift-s'], other: ['Mod-Shift-s'] },
  undo: { mac: ['Mod-z'], other: ['Mod-z'] },
  redo: { mac: ['Mod-Shift-z'], other: ['Mod-y', 'Mod-Shift-z'] },
  find: { mac: ['Mod-f'], other: ['Mod-f'] },
  'find-next': { mac: ['Mod-g'], other: ['F3'] },
  'find-previous': { mac: ['Mod-Shift-g'], other: ['Shift-F3'] },
  replace: { mac: ['Mod-Alt-f'], other: ['Mod-h'] },
  'zoom-in': { mac: ['Mod-=', 'Mod-+'], other: ['Mod-=', 'Mod-+'] },
  'zoom-out': { mac: ['Mod--'], other: ['Mod--'] },
  'zoom-reset': { mac: ['Mod-0'], other: ['Mod-0'] },
  'toggle-side-panel': { mac: ['Mod-\\'], other: ['Mod-\\'] },
};

export function currentPlatform(): Platform {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const name = nav.userAgentData?.platform ?? nav.platform ?? '';
  return /mac|iphone|ipad/i.test(name) ? 'mac' : 'other';
}

export function shortcutsOf(id: CommandId, platform: Platform): string[] {
  return SHORTCUTS[id]?.[platform] ?? [];
}

const MAC_KEYS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };
const OTHER_KEYS: Record<string, string> = { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt', Ctrl: 'Ctrl' };

/** The shortcut as people read it: `⌘⇧S` on macOS, `Ctrl+Shift+S` elsewhere; '' when there is none. */
export function shortcutLabel(id: CommandId, platform: Platform): string {
  const key = shortcutsOf(id, platform)[0];
  if (!key) return '';
  const parts = key.split(/-(?!$)/);
  const last = parts.pop() ?? '';
  const main = last.length === 1 ? last.toUpperCase() : last;
  if (platform === 'mac') return parts.map((p) => MAC_KEYS[p] ?? p).join('') + main;
  return [...parts.map((p) => OTHER_KEYS[p] ?? p), main].join('+');
}

/** A tooltip: the command's label and its shortcut. */
export function withShortcut(label: string, id: CommandId, platform: Platform): string {
  const shortcut = shortcutLabel(id, platform);
  return shortcut ? `${label} (${shortcut})` : label;
}

/** The command a key press asks for, or null. */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'> & { code?: string },
  platform: Platform,
): CommandId | null {
  const mod = platform === 'mac' ? event.metaKey : event.ctrlKey;
  const other = platform === 'mac' ? event.ctrlKey : event.metaKey;
  if (other) return null;
  for (const [id, keys] of Object.entries(SHORTCUTS) as [CommandId, { mac: string[]; other: string[] }][]) {
    for (const spec of keys[platform]) {
      const parts = spec.split(/-(?!$)/);
      const key = parts.pop() ?? '';
      const wantMod = parts.includes('Mod');
      const wantShift = parts.includes('Shift');
      const wantAlt = parts.includes('Alt');
      if (wantMod !== mod || wantAlt !== event.altKey) continue;
      // `+` and `=` share a key: Shift is part of typing `+`.
      const shiftOk = key === '+' ? true : wantShift === event.shiftKey;
      const pressed = event.key.toLowerCase();
      // With Alt on macOS, event.key is the composed character (⌥F gives ƒ): compare the physical key then.
      const physical = wantAlt && /^[a-z]$/.test(key) && event.code === `Key${key.toUpperCase()}`;
      if (shiftOk && (pressed === key.toLowerCase() || physical)) return id;
    }
  }
  return null;
}
