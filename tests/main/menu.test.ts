// The application menu: platform conventions (macOS app menu, Cmd vs Ctrl, Redo and Replace keys), typed
// commands sent to the renderer, Open Recent, the Language menu, and every label in three languages.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { accelerators, menuTemplate } from '../../src/main/menu';
import type { MenuContext } from '../../src/main/menu';
import { LANGUAGE_NAMES, MENU_STRINGS, menuStrings } from '../../src/main/menu-strings';
import { SIMPLE_MENU_COMMANDS, UI_LANGUAGES } from '../../src/shared/api';
import type { MenuCommand, RecentEntry } from '../../src/shared/api';

type Item = MenuItemConstructorOptions;

function build(platform: NodeJS.Platform, extra: Partial<MenuContext> = {}) {
  const sent: MenuCommand[] = [];
  const ctx: MenuContext = {
    platform,
    strings: menuStrings('en', platform),
    language: 'en',
    recent: [],
    home: '/home/me',
    isDev: false,
    send: (command) => sent.push(command),
    setLanguage: vi.fn(),
    clearRecent: vi.fn(),
    showAutosaveFolder: vi.fn(),
    ...extra,
  };
  return { template: menuTemplate(ctx), sent, ctx };
}

function all(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])]);
}

function byId(items: Item[], id: string): Item {
  const found = all(items).find((i) => i.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

const click = (item: Item) => (item.click as unknown as () => void)();

describe('the application menu', () => {
  it('has File, Edit, View, Help on Windows and Linux, and the app and Window menus on macOS', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(build(platform).template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    }
    const mac = build('darwin').template;
    expect(mac.map((m) => m.label)).toEqual(['Shotline', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect((mac[0].submenu as Item[]).map((i) => i.role).filter(Boolean)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    // Quit lives in the app menu on macOS, in File elsewhere.
    expect(all(mac.slice(1)).some((i) => i.role === 'quit')).toBe(false);
    expect(all(build('linux').template).find((i) => i.role === 'quit')?.accelerator).toBe('Ctrl+Q');
  });

  it('uses each platform’s shortcuts, shown in the menus', () => {
    const mac = build('darwin').template;
    const win = build('win32').template;
    expect(byId(mac, 'redo').accelerator).toBe('Cmd+Shift+Z');
    expect(byId(win, 'redo').accelerator).toBe('Ctrl+Y');
    expect(byId(build('linux').template, 'redo').accelerator).toBe('Ctrl+Y');
    expect(byId(mac, 'replace').accelerator).toBe('Cmd+Alt+F');
    expect(byId(win, 'replace').accelerator).toBe('Ctrl+H');
    expect(byId(mac, 'find-next').accelerator).toBe('Cmd+G');
    expect(byId(win, 'find-next').accelerator).toBe('F3');
    for (const id of ['undo', 'save', 'save-as', 'open', 'find', 'zoom-in', 'zoom-out', 'zoom-reset']) {
      expect(byId(win, id).accelerator, id).toMatch(/^CmdOrCtrl\+/);
    }
    // No two visible items share a shortcut.
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const keys = all(build(platform).template)
        .filter((i) => i.accelerator && i.visible !== false)
        .map((i) => String(i.accelerator).replace('CmdOrCtrl', platform === 'darwin' ? 'Cmd' : 'Ctrl'));
      expect(new Set(keys).size, platform).toBe(keys.length);
    }
  });

  it('sends every command to the renderer as typed data; undo and redo never use Chromium’s roles', () => {
    const { template, sent } = build('win32');
    for (const command of SIMPLE_MENU_COMMANDS) click(byId(template, command));
    expect(sent).toEqual(SIMPLE_MENU_COMMANDS.map((command) => ({ command })));
    expect(byId(template, 'undo').role).toBeUndefined();
    expect(byId(template, 'redo').role).toBeUndefined();
    // Clipboard items stay native roles (the editor handles the clipboard events).
    expect(all(template).filter((i) => ['cut', 'copy', 'paste', 'selectAll'].includes(String(i.role)))).toHaveLength(4);
    expect(JSON.parse(JSON.stringify(sent))).toEqual(sent);
  });

  it('lists recent files and folders (home shortened, & kept literal on Windows) and clears them', () => {
    const recent: RecentEntry[] = [
      { path: '/home/me/scripts/Tom & Jerry.fountain', name: 'Tom & Jerry.fountain', kind: 'file', time: '' },
      { path: '/srv/series', name: 'series', kind: 'folder', time: '' },
    ];
    const { template, sent, ctx } = build('win32', { recent });
    const items = byId(template, 'open-recent').submenu as Item[];
    expect(items.map((i) => i.label ?? i.type)).toEqual(['~/scripts/Tom && Jerry.fountain', '/srv/series', 'separator', 'Clear Recent']);
    click(items[1]);
    expect(sent).toEqual([{ command: 'open-recent', path: '/srv/series', kind: 'folder' }]);
    click(items[3]);
    expect(ctx.clearRecent).toHaveBeenCalledOnce();
    const empty = byId(build('win32').template, 'open-recent').submenu as Item[];
    expect(empty[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(empty[2]).toMatchObject({ label: 'Clear Recent', enabled: false });
  });

  it('switches the UI language from the View menu, each language named in itself', () => {
    const { template, sent, ctx } = build('linux', { language: 'zh-Hant', strings: menuStrings('zh-Hant', 'linux') });
    const items = byId(template, 'language').submenu as Item[];
    expect(items.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['English', 'radio', false],
      ['简体中文', 'radio', false],
      ['繁體中文', 'radio', true],
    ]);
    click(items[1]);
    expect(ctx.setLanguage).toHaveBeenCalledWith('zh-Hans');
    expect(sent).toEqual([{ command: 'set-language', language: 'zh-Hans' }]);
  });

  it('adds Developer Tools only to development builds', () => {
    expect(all(build('linux').template).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(all(build('linux', { isDev: true }).template).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});

describe('menu strings', () => {
  it('exist in all three languages, each one translated', () => {
    const keys = Object.keys(MENU_STRINGS.en).sort();
    for (const language of UI_LANGUAGES) {
      const strings = MENU_STRINGS[language];
      expect(Object.keys(strings).sort(), language).toEqual(keys);
      for (const key of keys) {
        const value = strings[key as keyof typeof strings];
        const text = typeof value === 'function' ? (value as (arg: string | number) => string)(key.endsWith('Message') && key !== 'unsavedMessage' ? 3 : 'ep01.fountain') : value;
        expect(text.trim(), `${language}.${key}`).not.toBe('');
      }
    }
    expect(MENU_STRINGS['zh-Hans'].save).toBe('保存');
    expect(MENU_STRINGS['zh-Hant'].save).toBe('儲存');
    expect(MENU_STRINGS['zh-Hans'].unsavedMessage('第1集.fountain')).toContain('第1集.fountain');
    const englishLeft = keysEqual(MENU_STRINGS.en, MENU_STRINGS['zh-Hans']);
    expect(englishLeft).toEqual([]);
    expect(LANGUAGE_NAMES).toEqual({ en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' });
  });

  it('drop the Windows and Linux mnemonic marks on macOS', () => {
    expect(menuStrings('en', 'darwin').file).toBe('File');
    expect(menuStrings('zh-Hans', 'darwin').file).toBe('文件');
    expect(menuStrings('zh-Hans', 'win32').file).toBe('文件(&F)');
  });

  it('build the menus in Chinese', () => {
    const { template } = build('win32', { language: 'zh-Hans', strings: menuStrings('zh-Hans', 'win32') });
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(byId(template, 'save').label).toBe('保存');
  });

  it('keep the accelerator table to the simple commands', () => {
    for (const id of Object.keys(accelerators('linux'))) expect(SIMPLE_MENU_COMMANDS).toContain(id);
  });
});

/** Keys whose text is the same in both tables (names such as "Shotline" aside). */
function keysEqual(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return Object.keys(a).filter((k) => typeof a[k] === 'string' && a[k] === b[k]);
}
