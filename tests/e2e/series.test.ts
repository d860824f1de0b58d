// A series folder: its episodes in the navigator, switching episodes without losing unsaved edits,
// completion from the whole series, and find and replace across every episode.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnSample, ROOT } from './support/app';
import type { AppSession } from './support/app';
import { browserFiles, caretToEnd, completionItems, editorText, write } from './support/editor';

const episode = (n: number) => readFileSync(join(ROOT, 'resources', 'sample', 'zh', `ep0${n}.fountain`), 'utf8');
const FOLDER = 'browser:/night-market';
let app: AppSession;

beforeAll(async () => {
  app = await openOnSample({ viewport: { width: 1280, height: 900 } });
  app.page.on('dialog', (dialog) => void dialog.accept());
  await browserFiles.queueFolder(app.page, 'night-market', { 'ep01.fountain': episode(1), 'ep02.fountain': episode(2), 'ep03.fountain': episode(3) });
  await app.page.keyboard.press('Control+Shift+o');
  await app.page.waitForSelector('.navigator .episode.file.open');
});

afterAll(async () => {
  await app?.close();
});

const files = () => app.page.$$eval('.navigator .episode.file > .episode-head .name', (els) => els.map((e) => e.textContent));

describe('a series folder', () => {
  it('lists its episodes, the open one with its scenes, the others once read', async () => {
    const { page } = app;
    expect(await files()).toEqual(['ep01.fountain', 'ep02.fountain', 'ep03.fountain']);
    expect(await page.textContent('[data-testid="doc-name"]')).toBe('ep01.fountain');
    // The other episodes are read in the background and show their scenes too.
    await expect.poll(() => page.$$eval('.navigator .episode.file:not(.open) .scene', (els) => els.length)).toBeGreaterThan(4);
  });

  it('offers names from the whole series: a speaker who first appears in episode 3', async () => {
    const { page } = app;
    await caretToEnd(page);
    await page.keyboard.press('Enter');
    await write(page, '小');
    await expect.poll(() => completionItems(page)).toContain('小满');
    await page.keyboard.press('Escape');
  });

  it('switches episodes from the navigator and keeps unsaved edits of the one left', async () => {
    const { page } = app;
    await write(page, '满：我回来了。');
    await page.click('.navigator .episode.file:has(> .episode-head .name:text-is("ep02.fountain")) > .episode-head');
    await expect.poll(() => page.textContent('[data-testid="doc-name"]')).toBe('ep02.fountain');
    expect(await files()).toEqual(['ep01.fountain •', 'ep02.fountain', 'ep03.fountain']);
    await page.click('.navigator .episode.file:has(> .episode-head .name:text-is("ep01.fountain •")) > .episode-head');
    await expect.poll(() => page.textContent('[data-testid="doc-name"]')).toBe('ep01.fountain (edited)');
    expect((await editorText(page)).endsWith('小满：我回来了。')).toBe(true);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.textContent('[data-testid="doc-name"]')).toBe('ep01.fountain');
    expect((await browserFiles.list(page))[`${FOLDER}/ep01.fountain`]).toBe(`${episode(1)}\n小满：我回来了。`);
  });

  it('finds in the whole series and opens an episode at a match', async () => {
    const { page } = app;
    await page.keyboard.press('Control+f');
    await page.selectOption('[data-testid="find-scope"]', 'series');
    await page.fill('[data-testid="find-input"]', '金坠子');
    await expect.poll(() => page.textContent('.series-results .summary')).toMatch(/in 3 episodes$/);
    await page.click('.series-results li:has(.where:text-matches("^ep03")) button >> nth=0');
    await expect.poll(() => page.textContent('[data-testid="doc-name"]')).toBe('ep03.fountain');
    await expect.poll(() => page.textContent('[data-testid="status-line"]')).not.toMatch(/^Line 1 of/);
  });

  it('replaces in every episode: the open one undoably, the others written to their files', async () => {
    const { page } = app;
    await page.keyboard.press('Control+h');
    await page.fill('[data-testid="replace-input"]', '玉坠子');
    await page.click('[data-testid="replace-all"]');
    await expect.poll(() => page.textContent('[data-testid="replace-report"]')).toMatch(/^Replaced \d+ matches in 3 episodes\.$/);
    const saved = await browserFiles.list(page);
    for (const n of [1, 2]) {
      expect(saved[`${FOLDER}/ep0${n}.fountain`]).not.toContain('金坠子');
      expect(saved[`${FOLDER}/ep0${n}.fountain`]).toContain('玉坠子');
    }
    // The open episode changed in the editor, unsaved and undoable.
    expect(saved[`${FOLDER}/ep03.fountain`]).toBe(episode(3));
    expect(await editorText(page)).not.toContain('金坠子');
    await page.press('[data-testid="replace-input"]', 'Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toContain('金坠子');
  });

  it('logged no console errors or warnings', () => {
    expect(app.problems).toEqual([]);
  });
});
