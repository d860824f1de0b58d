// Finds a Chromium for the e2e tests, or explains how to get one.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Executables of browsers playwright downloaded into its cache, newest first. */
function playwrightCache(env: NodeJS.ProcessEnv): string[] {
  const roots = [
    env.PLAYWRIGHT_BROWSERS_PATH,
    join(homedir(), '.cache', 'ms-playwright'),
    join(homedir(), 'Library', 'Caches', 'ms-playwright'),
  ].filter((p): p is string => typeof p === 'string' && p.length > 0 && p !== '0');
  const found: string[] = [];
  for (const root of roots) {
    let dirs: string[];
    try {
      dirs = readdirSync(root).filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d));
    } catch {
      continue;
    }
    dirs.sort((a, b) => Number(b.split('-').pop()) - Number(a.split('-').pop()));
    for (const dir of dirs) {
      for (const rel of [
        'chrome-linux64/chrome',
        'chrome-linux/chrome',
        'chrome-headless-shell-linux64/chrome-headless-shell',
        'chrome-linux/headless_shell',
        'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
        'chrome-win/chrome.exe',
      ]) {
        found.push(join(root, dir, rel));
      }
    }
  }
  return found;
}

export const HOW_TO_INSTALL =
  'The e2e tests need a Chromium and found none. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
  'or point SHOTLINE_CHROMIUM (or CHROMIUM_PATH) at a Chromium or Chrome executable.';

/** The Chromium to drive: SHOTLINE_CHROMIUM / CHROMIUM_PATH, the system's, or playwright's cache. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  for (const name of ['SHOTLINE_CHROMIUM', 'CHROMIUM_PATH'] as const) {
    const path = env[name];
    if (path) {
      if (!exists(path)) throw new Error(`${name} is set to ${path}, but there is no file there. ${HOW_TO_INSTALL}`);
      return path;
    }
  }
  const path = [...SYSTEM_PATHS, ...playwrightCache(env)].find((p) => exists(p));
  if (!path) throw new Error(HOW_TO_INSTALL);
  return path;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
