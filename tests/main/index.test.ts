// The main entry wired together, with Electron mocked: a sandboxed window on the app page, the app scheme
// serving with the CSP, the session locked down, every web contents locked down, every IPC channel checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/shared/api';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/shared/csp';
import { FOREIGN_SENDER_ERROR } from '../../src/main/ipc';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];
  const appListeners = new Map<string, Listener>();
  const handles = new Map<string, Listener>();
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  };
  class BrowserWindow {
    options: Record<string, unknown>;
    loadURL = vi.fn(async () => {});
    once = vi.fn();
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
      on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
      whenReady: () => Promise.resolve(),
      getAppPath: () => process.cwd(),
      quit: vi.fn(),
    },
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn((channel: string, listener: Listener) => handles.set(channel, listener)) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: session },
  };
  return { electron, windows, appListeners, handles, session };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

beforeAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL;
  await import('../../src/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0)); // let app.whenReady().then(...) run
});

describe('the main process', () => {
  it('registers the app scheme as privileged and enables the sandbox for every renderer', () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'shotline', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('opens one sandboxed, isolated window on the app page with the CommonJS preload', () => {
    expect(fake.windows).toHaveLength(1);
    const [win] = fake.windows;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
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

  it('answers IPC only from the app page', async () => {
    expect([...fake.handles.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    const readSample = fake.handles.get(CHANNELS.readSample)!;
    const foreign = await readSample({ senderFrame: { url: 'https://example.com/', parent: null } }, 'en');
    expect(foreign).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
    const own = await readSample({ senderFrame: { url: 'shotline://app/index.html', parent: null } }, 'en');
    const sample = readFileSync(join(process.cwd(), 'resources', 'sample', 'en', 'ep01.fountain'), 'utf8');
    expect(own).toEqual({ ok: true, value: { lang: 'en', name: 'ep01.fountain', text: sample } });
  });
});
