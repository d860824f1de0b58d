// The main entry wired together, with Electron mocked: a sandboxed window on the app page, the app scheme
// serving with the CSP, the session locked down, every web contents locked down, every IPC channel checked,
// the spellchecker on, the menus in the system's language, titles and menu commands reaching the page.
import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { CHANNELS, EVENTS } from '../../src/shared/api';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/shared/csp';
import { FOREIGN_SENDER_ERROR } from '../../src/main/ipc';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const windows: {
    options: Record<string, unknown>;
    loadURL: ReturnType<typeof vi.fn>;
    title: string;
    listeners: Map<string, Listener[]>;
    webContents: { send: ReturnType<typeof vi.fn>; listeners: Map<string, Listener> };
  }[] = [];
  const appListeners = new Map<string, Listener>();
  const handles = new Map<string, Listener>();
  const menus: MenuItemConstructorOptions[][] = [];
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    availableSpellCheckerLanguages: ['en-US', 'en-GB', 'fr'],
    addWordToSpellCheckerDictionary: vi.fn(),
  };
  class BrowserWindow {
    options: Record<string, unknown>;
    title = '';
    listeners = new Map<string, Listener[]>();
    loadURL = vi.fn(async () => {});
    once = vi.fn();
    on = vi.fn((event: string, listener: Listener) => this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]));
    setTitle = vi.fn((title: string) => void (this.title = title));
    isDestroyed = () => false;
    webContents = {
      send: vi.fn(),
      listeners: new Map<string, Listener>(),
      on: vi.fn((event: string, listener: Listener) => this.webContents.listeners.set(event, listener)),
      replaceMisspelling: vi.fn(),
      session,
    };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    static getAllWindows = () => windows;
    static getFocusedWindow = () => null;
  }
  const electron = {
    app: {
      isPackaged: false,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
      whenReady: () => Promise.resolve(),
      getAppPath: () => process.cwd(),
      getPath: vi.fn(() => userData),
      getLocale: () => 'zh-TW',
      quit: vi.fn(),
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template, popup: vi.fn() })),
      setApplicationMenu: vi.fn((menu: { template: MenuItemConstructorOptions[] }) => menus.push(menu.template)),
    },
    shell: { openPath: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn((channel: string, listener: Listener) => handles.set(channel, listener)) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: session },
  };
  let userData = '';
  return { electron, windows, appListeners, handles, session, menus, setUserData: (dir: string) => (userData = dir), userData: () => userData };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const APP_PAGE = { senderFrame: { url: 'shotline://app/index.html', parent: null } };
const FOREIGN = { senderFrame: { url: 'https://example.com/', parent: null } };

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

beforeAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL;
  fake.setUserData(mkdtempSync(join(tmpdir(), 'shotline-userdata-')));
  await import('../../src/main/index');
  await until(() => fake.windows.length > 0);
});

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

describe('the main process', () => {
  it('registers the app scheme as privileged, enables the sandbox, and runs as one instance', () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'shotline', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    expect(fake.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('opens one sandboxed, isolated window on the app page with the CommonJS preload and spellchecking', () => {
    expect(fake.windows).toHaveLength(1);
    const [win] = fake.windows;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: true });
    expect((win.options.webPreferences as { preload: string }).preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('shotline://app/index.html');
  });

  it('serves the app scheme with the Content-Security-Policy header', async () => {
    const [scheme, handler] = fake.electron.protocol.handle.mock.calls[0] as [string, (req: { url: string }) => Promise<Response>];
    expect(scheme).toBe('shotline');
    const response = await handler({ url: 'shotline://app/index.html' });
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
  });

  it('locks down the session and every new web contents', () => {
    expect(fake.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.session.webRequest.onBeforeRequest).toHaveBeenCalled();
    const created = fake.appListeners.get('web-contents-created');
    expect(created).toBeDefined();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    created!({}, contents);
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    const openHandler = contents.setWindowOpenHandler.mock.calls[0][0] as (d: { url: string }) => unknown;
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('answers IPC on every channel of the contract, and only from the app page', async () => {
    expect([...fake.handles.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    for (const channel of Object.values(CHANNELS)) {
      expect(await fake.handles.get(channel)!(FOREIGN, 'en'), channel).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
    }
    const own = await fake.handles.get(CHANNELS.readSample)!(APP_PAGE, 'en');
    const sample = readFileSync(join(process.cwd(), 'resources', 'sample', 'en', 'ep01.fountain'), 'utf8');
    expect(own).toEqual({ ok: true, value: { lang: 'en', name: 'ep01.fountain', text: sample } });
  });

  it('turns on the spellchecker for English (there is no Chinese dictionary)', () => {
    expect(fake.session.setSpellCheckerEnabled).toHaveBeenCalledWith(true);
    if (process.platform !== 'darwin') expect(fake.session.setSpellCheckerLanguages).toHaveBeenCalledWith(['en-US']);
    expect(fake.windows[0].webContents.listeners.has('context-menu')).toBe(true);
  });

  it('builds the menus and the title in the system locale’s language (zh-TW: Traditional Chinese)', () => {
    const menu = fake.menus.at(-1)!;
    expect(menu.map((m) => m.label)).toContain(process.platform === 'darwin' ? '檔案' : '檔案(&F)');
    expect(fake.windows[0].title).toBe('未命名 — Shotline');
  });

  it('shows the unsaved marker the page reports, and sends menu commands to the page as typed events', async () => {
    const setState = fake.handles.get(CHANNELS.setDocumentState)!;
    expect(await setState(APP_PAGE, { dirty: true, name: 'ep01.fountain', path: null })).toEqual({ ok: true, value: undefined });
    expect(fake.windows[0].title).toBe('• ep01.fountain — Shotline');
    expect(await setState(APP_PAGE, { dirty: true, name: 'a', path: null, unsaved: 'a' })).toMatchObject({ ok: false, error: expect.stringMatching(/unsaved documents must be a list/) });
    expect(await setState(APP_PAGE, { dirty: true, name: 'a', path: null, unsaved: ['a', 7] })).toMatchObject({ ok: false });
    const save = allItems(fake.menus.at(-1)!).find((i) => i.id === 'save')!;
    (save.click as unknown as () => void)();
    expect(fake.windows[0].webContents.send).toHaveBeenCalledWith(EVENTS.onMenuCommand, { command: 'save' });
  });

  it('switches the menus when the page switches the UI language', async () => {
    const set = fake.handles.get(CHANNELS.setUiLanguage)!;
    expect(await set(APP_PAGE, 'en')).toEqual({ ok: true, value: { language: 'en', system: 'zh-Hant', chosen: true } });
    await until(() => fake.menus.at(-1)!.some((m) => /File/.test(String(m.label))));
    expect(fake.menus.at(-1)!.map((m) => m.label)).toContain(process.platform === 'darwin' ? 'File' : '&File');
    expect(await fake.handles.get(CHANNELS.getUiLanguage)!(APP_PAGE)).toEqual({ ok: true, value: { language: 'en', system: 'zh-Hant', chosen: true } });
  });

  it('reports a change to an open file by another program to the page (an atomic save, seen through the folder watch)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'shotline-watched-'));
    const path = join(folder, 'ep01.fountain');
    writeFileSync(path, 'INT. A - DAY\n');
    fake.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await fake.handles.get(CHANNELS.openFile)!(APP_PAGE)).toMatchObject({ ok: true, value: { path, text: 'INT. A - DAY\n' } });
    const send = fake.windows[0].webContents.send;
    writeFileSync(join(folder, '.ep01.fountain.tmp'), 'INT. A - NIGHT\n');
    renameSync(join(folder, '.ep01.fountain.tmp'), path);
    const reported = () => send.mock.calls.some(([channel]) => channel === EVENTS.onFileChanged);
    await until(reported);
    expect(send).toHaveBeenCalledWith(EVENTS.onFileChanged, { path, name: 'ep01.fountain', state: 'changed' });
    // And the save that would overwrite it is refused.
    const save = await fake.handles.get(CHANNELS.saveFile)!(APP_PAGE, path, 'INT. A - DAY\n\nMine.\n');
    expect(save).toMatchObject({ ok: false, error: expect.stringMatching(/changed by another program/) });
    expect(readFileSync(path, 'utf8')).toBe('INT. A - NIGHT\n');
  });

  it('on a clean close, removes this run’s recovery copies before the app exits', async () => {
    const autosave = await fake.handles.get(CHANNELS.autosave)!(APP_PAGE, 'A draft.', null);
    expect(autosave).toMatchObject({ ok: true, value: { cleared: false } });
    const recovery = join(fake.userData(), 'recovery');
    expect(readdirSync(recovery).filter((n) => n.endsWith('.json'))).toHaveLength(1);
    await fake.handles.get(CHANNELS.setDocumentState)!(APP_PAGE, { dirty: false, name: 'a.fountain', path: null });
    const [win] = fake.windows;
    const closeEvent = { preventDefault: vi.fn() };
    for (const listener of win.listeners.get('close') ?? []) listener(closeEvent);
    expect(closeEvent.preventDefault).not.toHaveBeenCalled();
    for (const listener of win.listeners.get('closed') ?? []) listener();
    const quitEvent = { preventDefault: vi.fn() };
    fake.appListeners.get('will-quit')!(quitEvent);
    expect(quitEvent.preventDefault).toHaveBeenCalled(); // held until the copies are gone
    await until(() => fake.electron.app.quit.mock.calls.length > 0);
    expect(readdirSync(recovery).filter((n) => n.endsWith('.json'))).toEqual([]);
  });
});
