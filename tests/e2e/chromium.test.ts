// Finding a Chromium: the environment first, then the system, then playwright's cache; else how to get one.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, HOW_TO_INSTALL } from './support/chromium';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findChromium', () => {
  it('takes SHOTLINE_CHROMIUM, then CHROMIUM_PATH, over the system browser', () => {
    const exists = only('/opt/a/chrome', '/opt/b/chrome', '/usr/bin/chromium');
    expect(findChromium({ SHOTLINE_CHROMIUM: '/opt/a/chrome', CHROMIUM_PATH: '/opt/b/chrome' }, exists)).toBe('/opt/a/chrome');
    expect(findChromium({ CHROMIUM_PATH: '/opt/b/chrome' }, exists)).toBe('/opt/b/chrome');
    expect(findChromium({}, exists)).toBe('/usr/bin/chromium');
  });

  it('says so when the variable points at nothing', () => {
    expect(() => findChromium({ SHOTLINE_CHROMIUM: '/nowhere/chrome' }, only('/usr/bin/chromium'))).toThrow(
      /SHOTLINE_CHROMIUM is set to \/nowhere\/chrome, but there is no file there/,
    );
  });

  it('falls back to the other system names', () => {
    expect(findChromium({}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
    expect(findChromium({ PLAYWRIGHT_BROWSERS_PATH: '/nonexistent-cache' }, only('/usr/bin/chromium-browser'))).toBe('/usr/bin/chromium-browser');
  });

  it('then to the newest browser in playwright’s cache', () => {
    const cache = mkdtempSync(join(tmpdir(), 'shotline-pw-'));
    try {
      for (const dir of ['chromium-1100', 'chromium-1200', 'firefox-1300']) mkdirSync(join(cache, dir));
      const older = join(cache, 'chromium-1100', 'chrome-linux64', 'chrome');
      const newer = join(cache, 'chromium-1200', 'chrome-linux64', 'chrome');
      expect(findChromium({ PLAYWRIGHT_BROWSERS_PATH: cache }, only(older, newer))).toBe(newer);
      expect(findChromium({ PLAYWRIGHT_BROWSERS_PATH: cache }, only(older))).toBe(older);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('explains how to install one when there is none', () => {
    expect(() => findChromium({ PLAYWRIGHT_BROWSERS_PATH: '/nonexistent-cache' }, () => false)).toThrow(HOW_TO_INSTALL);
    expect(HOW_TO_INSTALL).toContain('apt-get install chromium');
  });
});
