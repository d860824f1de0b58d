// Three UI languages and two themes, as a writer meets them: the UI follows the browser's (the system's)
// language, can be switched in the toolbar, and the choice is kept. Saves the README's screenshots of English
// and Chinese scripts, light and dark: to test-results/ on every run, and to docs/screenshots (the README's)
// only when SHOTLINE_UPDATE_SCREENSHOTS=1, so a test run leaves the working tree clean.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openOnSample, ROOT } from './support/app';
import type { AppSession } from './support/app';
import { caretToEnd, completionItems, LINES, write, writeLines } from './support/editor';

const SCREENSHOTS = process.env.SHOTLINE_UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-results', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
let app: AppSession | null = null;

async function start(locale: string): Promise<AppSession> {
  app = await openOnSample({ locale, viewport: VIEWPORT });
  app.page.on('dialog', (dialog) => void dialog.accept());
  return app;
}

const save = (session: AppSession, name: string) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return session.page.screenshot({ path: join(SCREENSHOTS, name) });
};

afterEach(async () => {
  expect(app?.problems ?? []).toEqual([]);
  await app?.close();
  app = null;
});

describe('UI languages', () => {
  it('follows a Simplified Chinese system and opens the Chinese sample', async () => {
    const { page } = await start('zh-CN');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.getAttribute('button[title^="保存"]', 'title')).toBe('保存 (Ctrl+S)');
    expect(await page.getAttribute('.script', 'data-language')).toBe('zh');
    await expect.poll(() => page.textContent('[data-testid="status-line"]')).toMatch(/^第 1 行，共 \d+ 行$/);
    expect(await page.textContent('#tab-navigator')).toBe('导航');
  });

  it('follows a Traditional Chinese (Taiwan) system', async () => {
    const { page } = await start('zh-TW');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.textContent('#tab-navigator')).toBe('導覽');
    expect(await page.getAttribute('button[title^="儲存"]', 'title')).toBe('儲存 (Ctrl+S)');
  });

  it('switches in the toolbar, keeps the choice, and goes back to the system language', async () => {
    const { page } = await start('en-US');
    const save = () => page.textContent('.toolbar button[title$="(Ctrl+S)"]');
    expect(await save()).toBe('Save');
    await page.selectOption('[data-testid="ui-language"]', 'zh-Hant');
    await expect.poll(save).toBe('儲存');
    await page.selectOption('[data-testid="ui-language"]', 'zh-Hans');
    await expect.poll(save).toBe('保存');
    expect(await page.$eval('[data-testid="ui-language"]', (el) => (el as HTMLSelectElement).value)).toBe('zh-Hans');
    expect(await page.textContent('[data-testid="status-type"]')).toBe('标题页');
    await page.reload();
    await page.waitForSelector(`${LINES}[data-type="scene_heading"]`);
    await expect.poll(save).toBe('保存');
    expect(await page.$eval('[data-testid="ui-language"]', (el) => (el as HTMLSelectElement).value)).toBe('zh-Hans');
    await page.selectOption('[data-testid="ui-language"]', 'system');
    await expect.poll(save).toBe('Save');
    expect(await page.$eval('[data-testid="ui-language"]', (el) => (el as HTMLSelectElement).value)).toBe('system');
    // A language chosen in the native menu (Electron) shows in the toolbar too.
    await page.evaluate(() => (window as unknown as { shotlineBrowser: { menu(c: unknown): void } }).shotlineBrowser.menu({ command: 'set-language', language: 'zh-Hant' }));
    await expect.poll(save).toBe('儲存');
  });
});

describe('screenshots', () => {
  it('English script, light: completion while writing a new scene, the navigator', async () => {
    const { page } = await start('en-US');
    await page.click(`.navigator .scene:has(.number:text-is("1-4")) button`);
    await caretToEnd(page);
    await writeLines(page, '', 'INT. LIN FAMILY APARTMENT - NIGHT', '', 'Wan drops her bag by the door. A single lamp is on.', '', 'MRS');
    await expect.poll(() => completionItems(page)).toEqual(['MRS. LIN']);
    await page.waitForTimeout(400); // the status bar and the navigator follow when typing pauses
    await save(app!, 'editor-en-light.png');
  });

  it('English script, dark: find and replace', async () => {
    const { page } = await start('en-US');
    await page.click('[data-testid="theme"]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.keyboard.press('Control+h');
    await page.fill('[data-testid="find-input"]', 'pendant');
    await page.fill('[data-testid="replace-input"]', 'locket');
    await expect.poll(() => page.textContent('[data-testid="find-status"]')).toMatch(/of \d+$/);
    await page.waitForTimeout(300);
    await save(app!, 'editor-en-dark.png');
  });

  it('Chinese script, light: a new scene numbered by completion, in the Simplified Chinese UI', async () => {
    const { page } = await start('zh-CN');
    await caretToEnd(page);
    await page.keyboard.press('Enter');
    await write(page, '1');
    await expect.poll(() => completionItems(page)).toEqual(['1-5']);
    await page.keyboard.press('Enter');
    await write(page, '夜 内 林家');
    await writeLines(page, '人物：林晚、林母', '△林母坐在灯下，手里攥着那枚金坠子。', '林');
    await expect.poll(() => completionItems(page)).toEqual(['林晚', '林母']);
    await page.waitForTimeout(400);
    await save(app!, 'editor-zh-light.png');
  });

  it('Chinese script, dark: the Traditional Chinese UI', async () => {
    const { page } = await start('zh-TW');
    await page.click('[data-testid="theme"]');
    await page.click(`.navigator .scene:has(.number:text-is("1-2")) button`);
    await page.waitForTimeout(400);
    await save(app!, 'editor-zh-dark.png');
  });
});
