// Two windows on one shot list, in the built renderer (real Chromium, Chinese interface): the in-browser
// adapter keeps files in localStorage, which both tabs share, so a save from the other tab is "another
// program's change". The first tab's next save is refused, not written; the panel says so in Chinese and
// offers Reload (the other version comes in) and Overwrite (this version wins).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, ROOT } from './support/app';
import type { AppSession } from './support/app';
import { browserFiles, LINES } from './support/editor';

const OUT = join(ROOT, 'test-results');
const ROW = '.shots-grid tr.shot-row';
const SCRIPT = 'Title: Harbour\nLanguage: en\n\nINT. KITCHEN - DAY\n\nAnna cooks eggs on the stove.\n\nANNA\nBreakfast is ready.\n\nEXT. GARDEN - DAY\n\nBen waters the roses.\n';
const SAVED = '已保存在剧本旁';

let app: AppSession;
let a: Page;
let b: Page;

const rows = (page: Page) => page.$$eval(ROW, (r) => r.length);
const stored = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('shotline.browser.shots') ?? '{}') as Record<string, string>)['browser:/harbour.shots.json']);

/** Waits until the panel says the list is saved. */
const saved = (page: Page) => page.waitForFunction((text) => document.querySelector('.shots-state')?.textContent === text, SAVED);

async function openHarbour(page: Page): Promise<void> {
  await page.goto(app.server.url);
  await page.waitForSelector(`${LINES}[data-type="scene_heading"]`);
  await page.click('#tab-shots');
  await browserFiles.queueOpen(page, 'harbour.fountain', SCRIPT);
  await page.keyboard.press('Control+o');
  await page.waitForSelector(`${LINES}:text-is("INT. KITCHEN - DAY")`);
  await page.click('.shots [data-view="episode"]');
}

beforeAll(async () => {
  app = await openApp({ locale: 'zh-CN', viewport: { width: 1300, height: 800 } });
  a = app.page;
  await openHarbour(a);
  await a.click('.shots [data-action="suggest"]');
  await a.waitForSelector(ROW);
  await saved(a);
  b = await a.context().newPage();
  await openHarbour(b);
  await b.waitForSelector(ROW);
});

afterAll(async () => {
  await app?.close();
});

describe('a shot list changed in another window', () => {
  it('is not saved over: the save is refused and the panel says why, in Chinese', async () => {
    // The other window deletes a shot and saves.
    const before = await rows(b);
    await b.click(`${ROW} td[data-col="description"]`);
    await b.click('.shots [data-action="delete"]');
    await saved(b);
    const theirs = await stored(b);
    expect(await rows(b)).toBe(before - 1);
    // This window adds a shot: its save finds the other version.
    await a.bringToFront();
    await a.click('.shots [data-action="add"]');
    await a.waitForSelector('[data-testid="shots-conflict"]');
    expect(await a.textContent('[data-testid="shots-conflict"]')).toMatch(/^“harbour\.shots\.json”在 Shotline 读取之后被其他程序改过，所以没有保存。/);
    expect(await stored(a)).toBe(theirs);
    mkdirSync(OUT, { recursive: true });
    await a.screenshot({ path: join(OUT, 'e2e-shots-conflict-zh.png') });
  });

  it('reloads the other version, and saves on it afterwards', async () => {
    await a.click('[data-testid="shots-conflict"] [data-action="reload"]');
    await expect.poll(() => rows(a)).toBe(await rows(b));
    await a.click('.shots [data-action="add"]');
    await saved(a);
    expect(await rows(a)).toBe((await rows(b)) + 1);
  });

  it('or overwrites it when the user chooses', async () => {
    await b.bringToFront();
    await b.click('.shots [data-action="add"]');
    // b's list was read before a's last save: refused too.
    await b.waitForSelector('[data-testid="shots-conflict"]');
    await b.click('[data-testid="shots-conflict"] [data-action="overwrite"]');
    await saved(b);
    expect(JSON.parse((await stored(b))!).scenes.flatMap((s: { shots: unknown[] }) => s.shots)).toHaveLength(await rows(b));
  });
});
