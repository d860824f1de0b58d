// Never losing a word: unsaved work is copied to the recovery store a few seconds after typing stops; after
// a crash (here: the page reloaded without saving) the next start offers it back, and restoring it brings
// the text into the editor, unsaved, to be saved to its file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnSample } from './support/app';
import type { AppSession } from './support/app';
import { browserFiles, clickLine, caretToEnd, editorText, LINES, write, writeLines } from './support/editor';

let app: AppSession;

beforeAll(async () => {
  app = await openOnSample();
  app.page.on('dialog', (dialog) => void dialog.accept());
});

afterAll(async () => {
  await app?.close();
});

const RECOVERY_WAIT = { timeout: 15_000, interval: 250 };

describe('crash recovery', () => {
  it('keeps a copy of unsaved work a few seconds after typing stops', async () => {
    const { page } = app;
    await caretToEnd(page);
    await writeLines(page, '', 'INT. HOSPITAL - NIGHT', '', 'Monitors beep in the dark.');
    const text = await editorText(page);
    await expect.poll(async () => (await browserFiles.recoveries(page)).map((r) => r.text), RECOVERY_WAIT).toContain(text);
  });

  it('offers the work back after a crash, and restores it unsaved', async () => {
    const { page } = app;
    const text = await editorText(page);
    await page.reload(); // the "crash": nothing was saved
    await page.waitForSelector('[data-testid="recovery-offer"]');
    expect(await page.textContent('[data-testid="recovery-offer"]')).toContain('Unsaved work');
    // The page opened the sample as usual; the offer waits for an answer.
    expect(await editorText(page)).not.toBe(text);
    await page.click('[data-testid="recovery-restore"]');
    await expect.poll(() => editorText(page)).toBe(text);
    await expect.poll(() => page.textContent('[data-testid="doc-name"]')).toContain('(edited)');
    expect(await page.$('[data-testid="recovery-offer"]')).toBeNull();
  });

  it('restores unsaved edits of a file, which then save to that file', async () => {
    const { page } = app;
    await browserFiles.queueOpen(page, 'ep02.fountain', 'INT. ROOF - DAY\n\nWind.\n');
    await page.keyboard.press('Control+o');
    await page.waitForSelector(`${LINES}:text-is("Wind.")`);
    await page.waitForTimeout(60); // let the new editor settle before clicking (see editor.test.ts)
    await clickLine(page, 'Wind.');
    await page.keyboard.press('End');
    await write(page, ' Rain.');
    await expect.poll(async () => (await browserFiles.recoveries(page)).some((r) => r.path === 'browser:/ep02.fountain' && r.text.includes('Wind. Rain.')), RECOVERY_WAIT).toBe(true);
    await page.reload();
    await page.waitForSelector('[data-testid="recovery-offer"]');
    expect(await page.textContent('[data-testid="recovery-offer"]')).toContain('ep02.fountain');
    await page.click('[data-testid="recovery-restore"]');
    await expect.poll(() => page.textContent('[data-testid="doc-name"]')).toBe('ep02.fountain (edited)');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.textContent('[data-testid="doc-name"]')).toBe('ep02.fountain');
    expect((await browserFiles.list(page))['browser:/ep02.fountain']).toBe('INT. ROOF - DAY\n\nWind. Rain.\n');
    // Saved: nothing is left to recover.
    await expect.poll(async () => (await browserFiles.recoveries(page)).filter((r) => r.path === 'browser:/ep02.fountain')).toEqual([]);
  });

  it('discards the offer when asked', async () => {
    const { page } = app;
    await caretToEnd(page);
    await write(page, 'Thunder.');
    await expect.poll(async () => (await browserFiles.recoveries(page)).some((r) => r.text.includes('Thunder.')), RECOVERY_WAIT).toBe(true);
    await page.reload();
    await page.waitForSelector('[data-testid="recovery-offer"]');
    const before = (await browserFiles.recoveries(page)).length;
    await page.click('[data-testid="recovery-discard"]');
    await expect.poll(async () => (await browserFiles.recoveries(page)).some((r) => r.text.includes('Thunder.'))).toBe(false);
    expect((await browserFiles.recoveries(page)).length).toBe(before - 1);
    // Older work left by earlier runs is offered next, one at a time, until none is left.
    while (await page.$('[data-testid="recovery-offer"]')) {
      const count = (await browserFiles.recoveries(page)).length;
      await page.click('[data-testid="recovery-discard"]');
      await expect.poll(async () => (await browserFiles.recoveries(page)).length).toBe(count - 1);
    }
    expect(await browserFiles.recoveries(page)).toEqual([]);
  });

  it('logged no console errors or warnings', () => {
    expect(app.problems).toEqual([]);
  });
});
