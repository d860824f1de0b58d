// Inside Electron without the preload's API the page must not fall back to the in-browser adapter (whose
// saves would go to the page's storage instead of the writer's files): it shows a fatal error and loads
// nothing. Here the browser says it is Electron through its user agent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openApp } from './support/app';
import type { AppSession } from './support/app';
import { LINES } from './support/editor';

const ELECTRON_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Shotline/0.1.0 Chrome/134.0.0.0 Electron/35.0.0 Safari/537.36';

let app: AppSession;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await app?.close();
});

async function electronPage(locale: string): Promise<Page> {
  const context = await app.browser.newContext({ userAgent: ELECTRON_UA, locale });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(app.server.url);
  return page;
}

describe('the page inside Electron without window.shotline', () => {
  it('shows a fatal error, loads no script and keeps nothing in the page’s storage', async () => {
    const page = await electronPage('en-US');
    const error = page.locator('[data-testid="fatal-error"]');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.textContent()).toContain('Shotline cannot start');
    expect(await error.textContent()).toContain('nothing will be saved');
    await page.waitForTimeout(300);
    expect(await page.locator(LINES).count()).toBe(0);
    expect(await page.evaluate(() => 'shotlineBrowser' in window)).toBe(false);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('shotline.')))).toEqual([]);
    await page.screenshot({ path: '/tmp/shotline-missing-api-en.png' });
  });

  it('says it in the system’s language', async () => {
    const page = await electronPage('zh-TW');
    await page.locator('[data-testid="fatal-error"]').waitFor({ timeout: 10_000 });
    expect(await page.textContent('[data-testid="fatal-error"]')).toContain('Shotline 無法啟動');
  });

  it('still runs on the in-browser adapter in a plain browser', async () => {
    await app.page.goto(app.server.url);
    await app.page.waitForSelector(`${LINES}[data-type="scene_heading"]`);
    expect(await app.page.locator('[data-testid="fatal-error"]').count()).toBe(0);
  });
});
