// Unsaved episodes of a series, as a writer meets them: edit one episode, switch to another in the
// navigator, and the window still counts the first as unsaved (title marker, navigator dot); opening
// another folder asks first, naming it; "Save" in the close prompt saves every unsaved episode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openOnSample } from './support/app';
import type { AppSession } from './support/app';
import { browserFiles, clickLine, LINES, write } from './support/editor';

type Control = {
  shotlineBrowser: {
    menu(command: { command: string }): void;
    requestClose(): void;
    window(): { state: { dirty: boolean; name: string | null }; title: string; closed: boolean };
  };
};
const control = {
  menu: (page: Page, command: string) => page.evaluate((c) => (window as unknown as Control).shotlineBrowser.menu({ command: c }), command),
  requestClose: (page: Page) => page.evaluate(() => (window as unknown as Control).shotlineBrowser.requestClose()),
  window: (page: Page) => page.evaluate(() => (window as unknown as Control).shotlineBrowser.window()),
};

let app: AppSession;
let folder: string;

beforeAll(async () => {
  app = await openOnSample();
});

afterAll(async () => {
  await app?.close();
});

describe('unsaved episodes of a series', () => {
  it('stay unsaved in the window while another episode is open', async () => {
    const { page } = app;
    folder = await browserFiles.queueFolder(page, 'night', {
      'ep1.fountain': 'INT. ROOF - DAY\n\nWind.\n',
      'ep2.fountain': 'INT. HALL - NIGHT\n\nRain.\n',
    });
    await control.menu(page, 'open-folder');
    await page.waitForSelector(`${LINES}:text-is("Wind.")`);
    await page.waitForTimeout(60); // let the new editor settle before clicking (see editor.test.ts)
    await clickLine(page, 'Wind.');
    await page.keyboard.press('End');
    await write(page, ' Sirens.');
    await page.click('.episode-head:has-text("ep2.fountain")');
    await page.waitForSelector(`${LINES}:text-is("Rain.")`);
    await expect.poll(() => page.textContent('.episode-head:has-text("ep1.fountain") .name')).toBe('ep1.fountain •');
    expect(await page.title()).toMatch(/^• ep2\.fountain/);
    expect((await control.window(page)).state.dirty).toBe(true);
    await page.screenshot({ path: '/tmp/shotline-series-unsaved.png' });
  });

  it('asks before another folder drops them, naming them', async () => {
    const { page } = app;
    await browserFiles.queueFolder(page, 'day', { 'ep1.fountain': 'INT. SHOP - DAY\n' });
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.message()))));
    await control.menu(page, 'open-folder');
    expect(await asked).toContain('ep1.fountain');
    await page.waitForTimeout(200);
    expect(await page.textContent('.series-name')).toContain('night');
    expect(await page.textContent('.episode-head:has-text("ep1.fountain") .name')).toBe('ep1.fountain •');
  });

  it('"Save" in the close prompt saves every unsaved episode, then closes', async () => {
    const { page } = app;
    await clickLine(page, 'Rain.');
    await page.keyboard.press('End');
    await write(page, ' Thunder.');
    await control.requestClose(page);
    await expect.poll(async () => (await control.window(page)).closed).toBe(true);
    const files = await browserFiles.list(page);
    expect(files[`${folder}/ep1.fountain`]).toBe('INT. ROOF - DAY\n\nWind. Sirens.\n');
    expect(files[`${folder}/ep2.fountain`]).toBe('INT. HALL - NIGHT\n\nRain. Thunder.\n');
    expect((await control.window(page)).state.dirty).toBe(false);
    expect(app.problems).toEqual([]);
  });
});
