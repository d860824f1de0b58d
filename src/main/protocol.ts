// Serves the built renderer (out/renderer) on shotline://app/, with the Content-Security-Policy header.
// Pure apart from the `readFile` it is given, so tests can drive it without Electron.
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../shared/csp';
import { APP_HOST, APP_SCHEME } from './app-url';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The headers every response of the app carries. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * The file under `rendererDir` that an app URL names, or null when the URL is not the app's, tries to
 * leave the folder (`..`, encoded separators), or is malformed.
 */
export function resolveAppFile(url: string, rendererDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  if (segments.length === 0) segments.push('index.html');
  const root = normalize(rendererDir);
  const file = normalize(join(root, ...segments));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** Answers one request for the app scheme. */
export async function serveAppRequest(url: string, rendererDir: string, readFile: ReadFile): Promise<Response> {
  const file = resolveAppFile(url, rendererDir);
  if (file === null) {
    return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
  }
  let body: Uint8Array;
  try {
    body = await readFile(file);
  } catch {
    return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
  }
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers: appResponseHeaders(type) });
}
