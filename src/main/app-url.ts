// Where the app's page lives, and how to recognise it. The built renderer is served from a privileged
// custom scheme (shotline://app/...) rather than file://, so the page has an origin of its own and every
// response carries our Content-Security-Policy header. Under `electron-vite dev` the page comes from the
// dev server instead (ELECTRON_RENDERER_URL).

export const APP_SCHEME = 'shotline';
export const APP_HOST = 'app';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The origins the app's own content may come from: the app scheme, and the dev server when there is one. */
export interface AppOrigins {
  /** The dev server's URL under `electron-vite dev`, else null. */
  devUrl: string | null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function devOrigin(origins: AppOrigins): URL | null {
  return origins.devUrl ? parse(origins.devUrl) : null;
}

/** True when `url` is any resource of the app (its page, scripts, styles, fonts). */
export function isAppResourceUrl(url: string, origins: AppOrigins): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST;
  const dev = devOrigin(origins);
  return dev !== null && (u.protocol === 'http:' || u.protocol === 'ws:') && u.host === dev.host;
}

/** True when `url` is the app's own page (the only page that may call the API). */
export function isAppPageUrl(url: string, origins: AppOrigins): boolean {
  const u = parse(url);
  if (!u) return false;
  const isPage = u.pathname === '/' || u.pathname === '/index.html';
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST && isPage;
  const dev = devOrigin(origins);
  return dev !== null && u.protocol === dev.protocol && u.host === dev.host && isPage;
}

/**
 * Whether the app's session may load `url`. Only the app's own resources, inline data, blobs made by the
 * page, and DevTools: nothing remote (http, https, ws, file, ...).
 */
export function isAllowedRequestUrl(url: string, origins: AppOrigins): boolean {
  if (isAppResourceUrl(url, origins)) return true;
  const u = parse(url);
  if (!u) return false;
  return u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'devtools:';
}
