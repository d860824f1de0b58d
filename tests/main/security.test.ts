// Window options, navigation and window.open denial, permission refusal, remote requests blocked, CSP headers.
import { describe, expect, it, vi } from 'vitest';
import { mainWindowOptions } from '../../src/main/window';
import { lockDownContents, lockDownSession, withContentSecurityPolicy } from '../../src/main/security';
import type { ContentsLike, SessionLike } from '../../src/main/security';
import { isAllowedRequestUrl, isAppPageUrl } from '../../src/main/app-url';
import { CONTENT_SECURITY_POLICY_HEADER, devContentSecurityPolicy } from '../../src/shared/csp';

const PROD = { devUrl: null };
const DEV = { devUrl: 'http://localhost:5173' };

describe('the main window', () => {
  it('is isolated and sandboxed, with no Node, no webviews and web security on', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents: ContentsLike = {
    on: (event: string, listener: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  } as ContentsLike;
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event, url);
    return event.preventDefault;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('every web contents', () => {
  it('denies navigation, redirects and webviews', () => {
    const { contents, fire } = fakeContents();
    lockDownContents(contents);
    expect(fire('will-navigate', 'https://example.com/')).toHaveBeenCalledOnce();
    expect(fire('will-navigate', 'shotline://app/index.html')).toHaveBeenCalledOnce();
    expect(fire('will-redirect', 'https://example.com/')).toHaveBeenCalledOnce();
    expect(fire('will-attach-webview')).toHaveBeenCalledOnce();
  });

  it('denies window.open, whatever the URL', () => {
    const { contents, open } = fakeContents();
    const log = vi.fn();
    lockDownContents(contents, log);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('shotline://app/index.html')).toEqual({ action: 'deny' });
    expect(log).toHaveBeenCalledWith('Shotline blocked a new window to https://example.com/.');
  });
});

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session: SessionLike = {
    setPermissionRequestHandler: (h) => (handlers.request = h as never),
    setPermissionCheckHandler: (h) => (handlers.check = h as never),
    webRequest: {
      onBeforeRequest: (h) => (handlers.before = h as never),
      onHeadersReceived: (h) => (handlers.headers = h as never),
    },
  };
  return { session, handlers: handlers as Record<string, (...args: unknown[]) => unknown> };
}

describe('the session', () => {
  it('refuses every permission request and check', () => {
    const { session, handlers } = fakeSession();
    lockDownSession(session, PROD);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handlers.request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(handlers.check({}, 'media', 'shotline://app')).toBe(false);
  });

  it('cancels requests for remote content and lets the app load its own', () => {
    const { session, handlers } = fakeSession();
    lockDownSession(session, PROD);
    const cancelled = (url: string) => {
      const callback = vi.fn();
      handlers.before({ url }, callback);
      return (callback.mock.calls[0][0] as { cancel: boolean }).cancel;
    };
    expect(cancelled('shotline://app/index.html')).toBe(false);
    expect(cancelled('shotline://app/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('shotline://elsewhere/index.html')).toBe(true);
    expect(cancelled('wss://example.com/socket')).toBe(true);
  });

  it('lets the dev server through only under electron-vite dev', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', DEV)).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:5174/', DEV)).toBe(false);
    expect(isAllowedRequestUrl('https://example.com/', DEV)).toBe(false);
  });

  it("puts the Content-Security-Policy header on the app's responses, replacing any other", () => {
    const headers = withContentSecurityPolicy('shotline://app/index.html', { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] }, PROD);
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] });
    expect(withContentSecurityPolicy('http://localhost:5173/', {}, DEV)).toEqual({ 'Content-Security-Policy': [devContentSecurityPolicy()] });
    const foreign = { 'X-Other': ['1'] };
    expect(withContentSecurityPolicy('https://example.com/', foreign, PROD)).toBe(foreign);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows nothing remote, no inline or evaluated script, no inline style, and requires Trusted Types', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY_HEADER.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(CONTENT_SECURITY_POLICY_HEADER).not.toMatch(/unsafe|https?:|\*/);
  });
});

describe("the app's own page", () => {
  it('is the index page of the app scheme, or of the dev server under electron-vite dev', () => {
    expect(isAppPageUrl('shotline://app/index.html', PROD)).toBe(true);
    expect(isAppPageUrl('shotline://app/', PROD)).toBe(true);
    expect(isAppPageUrl('shotline://app/index.html#scene-3', PROD)).toBe(true);
    expect(isAppPageUrl('shotline://app/assets/evil.html', PROD)).toBe(false);
    expect(isAppPageUrl('shotline://other/index.html', PROD)).toBe(false);
    expect(isAppPageUrl('http://localhost:5173/', PROD)).toBe(false);
    expect(isAppPageUrl('http://localhost:5173/', DEV)).toBe(true);
    expect(isAppPageUrl('https://localhost:5173/', DEV)).toBe(false);
    expect(isAppPageUrl('file:///app/out/renderer/index.html', PROD)).toBe(false);
    expect(isAppPageUrl('not a url', PROD)).toBe(false);
  });
});
