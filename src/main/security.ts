// Hardening of every web contents and of the session: navigation, new windows and webviews denied,
// permission requests refused, remote requests cancelled, and the CSP header on the app's responses.
import { CONTENT_SECURITY_POLICY_HEADER, devContentSecurityPolicy } from '../shared/csp';
import { isAllowedRequestUrl, isAppResourceUrl } from './app-url';
import type { AppOrigins } from './app-url';

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents this module uses. */
export interface ContentsLike {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Denies every navigation away from the loaded page, every window.open and every webview. */
export function lockDownContents(contents: ContentsLike, log: (message: string) => void = () => {}): void {
  const deny = (what: string) => (event: PreventableEvent, url?: unknown) => {
    event.preventDefault();
    log(`Shotline blocked ${what}${typeof url === 'string' ? ` to ${url}` : ''}.`);
  };
  contents.on('will-navigate', deny('a navigation'));
  contents.on('will-redirect', deny('a redirect'));
  contents.on('will-attach-webview', deny('a webview'));
  contents.setWindowOpenHandler(({ url }) => {
    log(`Shotline blocked a new window to ${url}.`);
    return { action: 'deny' };
  });
}

type Headers = Record<string, string[] | string>;

/** The part of Electron's Session this module uses. */
export interface SessionLike {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (details: { url: string; responseHeaders?: Headers }, callback: (response: { responseHeaders?: Headers }) => void) => void,
    ): void;
  };
}

/** The response headers of `url` with our Content-Security-Policy when it is one of the app's responses. */
export function withContentSecurityPolicy(url: string, headers: Headers | undefined, origins: AppOrigins): Headers | undefined {
  if (!isAppResourceUrl(url, origins)) return headers;
  const out: Headers = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() !== 'content-security-policy') out[key] = value;
  }
  const isDev = origins.devUrl !== null && !url.startsWith('shotline:');
  out['Content-Security-Policy'] = [isDev ? devContentSecurityPolicy() : CONTENT_SECURITY_POLICY_HEADER];
  return out;
}

export function lockDownSession(session: SessionLike, origins: AppOrigins, log: (message: string) => void = () => {}): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Shotline refused a permission request: ${permission}.`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, origins);
    if (!allowed) log(`Shotline blocked a request to ${details.url}.`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.url, details.responseHeaders, origins) });
  });
}
