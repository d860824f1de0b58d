// Reading and driving the editor in the e2e tests the way a writer does: keys and clicks, and what shows.
import type { Page } from 'playwright-core';

export const LINES = '.script .line';

/** The editor's line blocks: [data-type, text]. */
export function lines(page: Page): Promise<[string | null, string][]> {
  return page.$$eval(LINES, (els) => els.map((el) => [el.getAttribute('data-type'), el.textContent ?? ''] as [string | null, string]));
}

/** The labels of the completion list, or [] when it is not shown. */
export function completionItems(page: Page): Promise<string[]> {
  return page.$$eval('.completion:not([hidden]) .completion-item .label', (els) => els.map((el) => el.textContent ?? ''));
}

/** Puts the caret at the end of the script (clicking into the page first). */
export async function caretToEnd(page: Page): Promise<void> {
  await page.click(`${LINES} >> nth=0`);
  await page.keyboard.press('Control+End');
}

/** Types text a key at a time, like a writer (Chinese goes in as text input, as an input method commits it). */
export async function write(page: Page, text: string): Promise<void> {
  for (const ch of text) {
    if (/[\u0000-\u007f]/.test(ch)) await page.keyboard.type(ch);
    else await page.keyboard.insertText(ch);
  }
}

/** Presses Enter, then types each line. */
export async function writeLines(page: Page, ...texts: string[]): Promise<void> {
  for (const text of texts) {
    await page.keyboard.press('Enter');
    await write(page, text);
  }
}

/** The in-browser adapter's test hook (src/renderer/api/browser-files.ts, BrowserFilesControl). */
type Hook = {
  shotlineBrowser: {
    list(): Record<string, string>;
    queueOpen(name: string, text: string): string;
    queueSaveAs(name: string): void;
    queueFolder(name: string, files: Record<string, string>): string;
    recoveries(): { id: string; path: string | null; text: string }[];
  };
};

export const browserFiles = {
  list: (page: Page) => page.evaluate(() => (window as unknown as Hook).shotlineBrowser.list()),
  queueOpen: (page: Page, name: string, text: string) => page.evaluate(([n, t]) => (window as unknown as Hook).shotlineBrowser.queueOpen(n, t), [name, text]),
  queueSaveAs: (page: Page, name: string) => page.evaluate((n) => (window as unknown as Hook).shotlineBrowser.queueSaveAs(n), name),
  queueFolder: (page: Page, name: string, files: Record<string, string>) =>
    page.evaluate(([n, f]) => (window as unknown as Hook).shotlineBrowser.queueFolder(n as string, f as Record<string, string>), [name, files] as const),
  recoveries: (page: Page) => page.evaluate(() => (window as unknown as Hook).shotlineBrowser.recoveries()),
};

/** The text of the open script as the editor holds it, lines joined with LF. */
export async function editorText(page: Page): Promise<string> {
  return (await lines(page)).map(([, t]) => t).join('\n');
}

/** The text of the editor line holding the caret (the DOM selection's focus), or null; null too when the keys would not go to the editor. */
export function caretLineText(page: Page): Promise<string | null> {
  return page.evaluate((sel) => {
    if (!document.activeElement?.closest('.script')) return null;
    const node = window.getSelection()?.focusNode ?? null;
    const el = node instanceof Element ? node : (node?.parentElement ?? null);
    return el?.closest(sel)?.textContent ?? null;
  }, LINES);
}

/** What the keys would act on: the selected text, and the class of the focused element. */
export function keyTarget(page: Page): Promise<{ selection: string; focus: string }> {
  return page.evaluate(() => ({ selection: window.getSelection()?.toString() ?? '', focus: document.activeElement?.className ?? '' }));
}

/**
 * Clicks the line whose whole text is `text` and waits until the caret is on it with the editor focused,
 * clicking again if the page moved under the pointer (a chunk laid out late shifts the lines below it).
 */
export async function clickLine(page: Page, text: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.click(`${LINES}:text-is(${JSON.stringify(text)})`);
    for (let i = 0; i < 10; i++) {
      if ((await caretLineText(page)) === text) return;
      await page.waitForTimeout(50);
    }
  }
  throw new Error(`Clicked the line "${text}" three times, but the caret is on "${await caretLineText(page)}".`);
}
