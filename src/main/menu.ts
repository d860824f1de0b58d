// The application menu as data: File, Edit, View (and Window on macOS), Help, plus the app menu on macOS.
// Pure: it takes the platform, the strings of the UI language and the recent list, and returns Electron's
// menu template, whose items call `send` with a typed command for the renderer (undo and redo go to the
// editor's own history, never to Chromium's) or run one of the few main-process actions.
//
// Shortcuts follow each platform: Cmd on macOS and Ctrl elsewhere (CmdOrCtrl), Redo is Cmd+Shift+Z on macOS
// and Ctrl+Y on Windows and Linux, Replace is Cmd+Option+F on macOS and Ctrl+H elsewhere, Find Next is Cmd+G
// on macOS and F3 elsewhere. A shortcut the page handles itself (the editor's keymap) never reaches the menu,
// so an action is never done twice.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentEntry, SimpleMenuCommand, UiLanguage } from '../shared/api';
import { UI_LANGUAGES } from '../shared/api';
import { LANGUAGE_NAMES, type MenuStrings } from './menu-strings';

export interface MenuContext {
  platform: NodeJS.Platform;
  strings: MenuStrings;
  language: UiLanguage;
  recent: readonly RecentEntry[];
  /** The home folder, shortened to ~ in the Open Recent list. */
  home: string;
  /** Adds Developer Tools to the View menu (development builds only). */
  isDev: boolean;
  send(command: MenuCommand): void;
  /** Switches the main process's own language (menus, dialogs) before the renderer hears of it. */
  setLanguage(language: UiLanguage): void;
  clearRecent(): void;
  showAutosaveFolder(): void;
}

type Item = MenuItemConstructorOptions;

/** The accelerator of each command that has one, per platform. */
export function accelerators(platform: NodeJS.Platform): Partial<Record<SimpleMenuCommand, string>> {
  const mac = platform === 'darwin';
  return {
    new: 'CmdOrCtrl+N',
    open: 'CmdOrCtrl+O',
    'open-folder': 'CmdOrCtrl+Shift+O',
    save: 'CmdOrCtrl+S',
    'save-as': 'CmdOrCtrl+Shift+S',
    undo: 'CmdOrCtrl+Z',
    redo: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y',
    find: 'CmdOrCtrl+F',
    'find-next': mac ? 'Cmd+G' : 'F3',
    'find-previous': mac ? 'Cmd+Shift+G' : 'Shift+F3',
    replace: mac ? 'Cmd+Alt+F' : 'Ctrl+H',
    'zoom-in': 'CmdOrCtrl+=',
    'zoom-out': 'CmdOrCtrl+-',
    'zoom-reset': 'CmdOrCtrl+0',
  };
}

/** A label shown literally: on Windows and Linux a single & would underline the next letter. */
function literal(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replace(/&/g, '&&');
}

function shortPath(path: string, home: string): string {
  return home && (path === home || path.startsWith(`${home}/`) || path.startsWith(`${home}\\`)) ? `~${path.slice(home.length)}` : path;
}

export function menuTemplate(ctx: MenuContext): Item[] {
  const { platform, strings: s } = ctx;
  const mac = platform === 'darwin';
  const keys = accelerators(platform);
  const command = (id: SimpleMenuCommand, label: string, extra: Partial<Item> = {}): Item => ({
    id,
    label,
    accelerator: keys[id],
    click: () => ctx.send({ command: id }),
    ...extra,
  });

  const recentItems: Item[] =
    ctx.recent.length === 0
      ? [{ label: s.noRecent, enabled: false }]
      : ctx.recent.map((entry) => ({
          label: literal(shortPath(entry.path, ctx.home), platform),
          click: () => ctx.send({ command: 'open-recent', path: entry.path, kind: entry.kind }),
        }));

  const file: Item = {
    label: s.file,
    submenu: [
      command('new', s.newScript),
      command('open', s.open),
      command('open-folder', s.openFolder),
      {
        label: s.openRecent,
        id: 'open-recent',
        submenu: [...recentItems, { type: 'separator' }, { label: s.clearRecent, enabled: ctx.recent.length > 0, click: () => ctx.clearRecent() }],
      },
      { type: 'separator' },
      command('save', s.save),
      command('save-as', s.saveAs),
      { type: 'separator' },
      { role: 'close', label: s.closeWindow, accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: s.quit, accelerator: platform === 'win32' ? undefined : 'Ctrl+Q' }]),
    ],
  };

  const edit: Item = {
    label: s.edit,
    submenu: [
      command('undo', s.undo),
      command('redo', s.redo),
      { type: 'separator' },
      { role: 'cut', label: s.cut },
      { role: 'copy', label: s.copy },
      { role: 'paste', label: s.paste },
      { role: 'selectAll', label: s.selectAll },
      { type: 'separator' },
      command('find', s.find),
      command('find-next', s.findNext),
      command('find-previous', s.findPrevious),
      command('replace', s.replace),
    ],
  };

  const view: Item = {
    label: s.view,
    submenu: [
      command('zoom-in', s.zoomIn),
      // The same command on Cmd/Ctrl with the + key itself (Shift+=), without a second visible item.
      command('zoom-in', s.zoomIn, { id: 'zoom-in-plus', accelerator: 'CmdOrCtrl+Plus', visible: false }),
      command('zoom-out', s.zoomOut),
      command('zoom-reset', s.resetZoom),
      { type: 'separator' },
      command('toggle-theme', s.toggleTheme),
      {
        label: s.language,
        id: 'language',
        submenu: UI_LANGUAGES.map((language) => ({
          id: `language-${language}`,
          label: LANGUAGE_NAMES[language],
          type: 'radio' as const,
          checked: language === ctx.language,
          click: () => {
            ctx.setLanguage(language);
            ctx.send({ command: 'set-language', language });
          },
        })),
      },
      { type: 'separator' },
      { role: 'togglefullscreen', label: s.fullScreen },
      ...(ctx.isDev ? [{ role: 'toggleDevTools' as const, label: s.devTools }] : []),
    ],
  };

  const windowMenu: Item = {
    label: s.window,
    role: 'windowMenu',
    submenu: [{ role: 'minimize', label: s.minimize }, { role: 'zoom', label: s.zoomWindow }, { type: 'separator' }, { role: 'front', label: s.front }],
  };

  const help: Item = {
    label: s.help,
    role: 'help',
    submenu: [
      { label: s.showAutosaveFolder, click: () => ctx.showAutosaveFolder() },
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'about' as const, label: s.about }]),
    ],
  };

  if (!mac) return [file, edit, view, help];
  const appMenu: Item = {
    label: 'Shotline',
    submenu: [
      { role: 'about', label: s.about },
      { type: 'separator' },
      { role: 'services', label: s.services },
      { type: 'separator' },
      { role: 'hide', label: s.hide },
      { role: 'hideOthers', label: s.hideOthers },
      { role: 'unhide', label: s.showAll },
      { type: 'separator' },
      { role: 'quit', label: s.quit, accelerator: 'Cmd+Q' },
    ],
  };
  return [appMenu, file, edit, view, windowMenu, help];
}
