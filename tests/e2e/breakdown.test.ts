// The breakdown panel in the built renderer (real Chromium): the sample's scenes with their sets, sorting
// and filters, a row that jumps to its heading, the panel following typing, tagging the editor's selection,
// fixing a location to a set, and the Chinese sample.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnSample, ROOT } from './support/app';
import type { AppSession } from './support/app';

const SHOTS = join(ROOT, 'test-results');
const LINES = '.script .line';
const ROWS = '.breakdown tr[data-scene]';

let app: AppSession;

const rowIds = () => app.page.$$eval(ROWS, (rows) => rows.map((r) => r.getAttribute('data-scene')));
const rowText = (id: string) => app.page.textContent(`${ROWS}[data-scene="${id}"]`);

beforeAll(async () => {
  app = await openOnSample();
  await app.page.click('#tab-breakdown');
  await app.page.waitForSelector(ROWS);
});

afterAll(async () => {
  await app?.close();
});

describe('the breakdown panel', () => {
  it("lists the sample's scenes with their locations, sets and cast", async () => {
    expect(await rowIds()).toEqual(['1/1-1', '1/1-2', '1/1-3', '1/1-4']);
    const first = await rowText('1/1-1');
    expect(first).toContain("FU'AN NIGHT MARKET");
    expect(first).toContain('Taiwan Street set - night market');
    expect(first).toContain('LIN WAN');
    expect(await app.page.textContent('.bd-summary')).toMatch(/^1 episode · 4 scenes · /);
    mkdirSync(SHOTS, { recursive: true });
    await app.page.screenshot({ path: join(SHOTS, 'e2e-breakdown-scenes.png') });
  });

  it('sorts by a column and filters by character and set', async () => {
    const { page } = app;
    await page.click('.breakdown button.sort[data-sort="seconds"]');
    const seconds = async () => page.$$eval(`${ROWS} td .seconds`, (cells) => cells.map((c) => (c.textContent ?? '').padStart(5, '0')));
    const ascending = await seconds();
    expect(ascending).toEqual([...ascending].sort());
    await page.click('.breakdown button.sort[data-sort="seconds"]');
    expect(await seconds()).toEqual([...ascending].reverse());
    await page.click('.breakdown button.sort[data-sort="episode"]');
    await page.selectOption('.breakdown select[data-filter="character"]', { label: 'GRANDMA HSU' });
    expect(await rowIds()).toEqual(['1/1-3', '1/1-4']);
    await page.selectOption('.breakdown select[data-filter="set"]', { label: 'Taiwan Street set - arcade street (騎樓)' });
    expect(await rowIds()).toEqual(['1/1-4']);
    await page.click('.breakdown .bd-filters .bd-link');
    expect(await rowIds()).toEqual(['1/1-1', '1/1-2', '1/1-3', '1/1-4']);
  });

  it('jumps to the scene heading when a row is clicked', async () => {
    const { page } = app;
    await page.click(`${ROWS}[data-scene="1/1-3"]`);
    await expect.poll(() => page.textContent('.status')).toMatch(/Line 81 of/);
  });

  it('follows typing: a new scene shows up with its set', async () => {
    const { page } = app;
    await page.click(`${LINES}:last-child`);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('INT. HOSPITAL - WARD - DAY');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('NURSE');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Visiting hours are over.');
    await expect.poll(rowIds, { timeout: 5000 }).toEqual(['1/1-1', '1/1-2', '1/1-3', '1/1-4', '1/1-5']);
    const added = await rowText('1/1-5');
    expect(added).toContain('HOSPITAL - WARD');
    expect(added).toContain('Hospital ward');
    expect(added).toContain('NURSE');
  });

  it('tags the selection in the script as a prop', async () => {
    const { page } = app;
    await page.click('#bd-tab-elements');
    // Select "plastic stool" in the editor.
    await page.evaluate(() => {
      const line = [...document.querySelectorAll('.script .line')].find((l) => l.textContent?.includes('plastic stool'))!;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('plastic stool');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'plastic stool'.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error('no "plastic stool" text');
    });
    await page.waitForTimeout(100);
    await page.click('.breakdown .bd-chip[data-category="props"]');
    await expect.poll(() => page.textContent(`${LINES}:has-text("plastic stool")`)).toContain('plastic stool [[prop: plastic stool]]');
    await expect.poll(() => page.textContent('.breakdown [data-group="props"]'), { timeout: 5000 }).toContain('plastic stool');
    await page.screenshot({ path: join(SHOTS, 'e2e-breakdown-elements.png') });
  });

  it('fixes a location to another set for the whole series', async () => {
    const { page } = app;
    await page.click('#bd-tab-sets');
    const select = `.breakdown tr[data-location="FU'AN STREET ARCADE"] select`;
    await page.selectOption(select, { label: 'Taiwan Street set - alley' });
    await expect.poll(() => page.textContent(`.breakdown tr[data-location="FU'AN STREET ARCADE"] .bd-source`)).toBe('fixed');
    await page.click('#bd-tab-scenes');
    expect(await rowText('1/1-2')).toContain('Taiwan Street set - alley');
    expect(await rowText('1/1-4')).toContain('Taiwan Street set - alley');
    await page.screenshot({ path: join(SHOTS, 'e2e-breakdown-sets.png') });
  });

  it('breaks down the Chinese sample', async () => {
    const { page } = app;
    page.once('dialog', (d) => void d.accept());
    await page.click('button:has-text("中文示例")');
    await expect.poll(async () => (await rowText('1/1-1')) ?? '', { timeout: 10000 }).toContain('福安夜市');
    expect(await rowText('1/1-2')).toContain('Taiwan Street set - arcade street (騎樓)');
    expect(await rowText('1/1-1')).toContain('林晚');
    // The cast tab lists speaking bit parts with the cast, marked as extras (the vendor 摊贩甲 speaks).
    await page.click('#bd-tab-cast');
    await page.waitForSelector('.breakdown tr[data-cast="摊贩甲"]');
    expect(await page.textContent('.breakdown tr[data-cast="摊贩甲"] [data-testid="extra-badge"]')).toContain('extra');
    expect(await page.$('.breakdown tr[data-cast="林晚"] [data-testid="extra-badge"]')).toBeNull();
    await page.click('#bd-tab-scenes');
    expect(app.problems).toEqual([]);
  });
});
