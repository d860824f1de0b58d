// A script changed by another program while it is open, in the Chinese interface: the page says so, a save
// is refused with the reason in the UI's language and the other version stays on disk; the writer then
// reloads it, or keeps their own and overwrites it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnSample } from './support/app';
import type { AppSession } from './support/app';
import { browserFiles, caretToEnd, editorText, LINES, write, writeLines } from './support/editor';

let app: AppSession;

const MINE = '第1集\n\n1-1 日 内 林家客厅\n人物：林晚\n△林晚擦桌子。\n';
const THEIRS = '第1集\n\n1-1 夜 外 夜市\n人物：周屿\n△周屿收摊。\n';

type Hook = { shotlineBrowser: { changeOnDisk(path: string, text: string | null): void } };
const changeOnDisk = (path: string, text: string) => app.page.evaluate(([p, t]) => (window as unknown as Hook).shotlineBrowser.changeOnDisk(p, t), [path, text]);
const onDisk = async (path: string) => (await browserFiles.list(app.page))[path];

beforeAll(async () => {
  app = await openOnSample({ locale: 'zh-CN' });
});

afterAll(async () => {
  await app?.close();
});

describe('a script changed by another program (简体中文)', () => {
  let path = '';

  it('is reported, and a save is refused with the reason in Chinese, the other version kept', async () => {
    const { page } = app;
    path = await browserFiles.queueOpen(page, 'ep1.fountain', MINE);
    await page.keyboard.press('Control+o');
    await page.waitForSelector(`${LINES}:text-is("1-1 日 内 林家客厅")`);
    await caretToEnd(page);
    await writeLines(page, '林晚：');
    await write(page, '今天收工早。');
    await changeOnDisk(path, THEIRS);
    await expect.poll(() => page.$$eval('[data-testid="external-change"] span', (s) => s[0]?.textContent ?? null)).toBe('“ep1.fountain”已被其他程序修改。没有覆盖任何内容。');

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.$$eval('.error[role="alert"] span', (s) => s[0]?.textContent ?? null)).toBe(
      '“ep1.fountain”在 Shotline 读取之后被其他程序改过，所以没有保存。请重新载入查看另一个版本，或选择覆盖。',
    );
    expect(await onDisk(path)).toBe(THEIRS);
    expect(await editorText(page)).toContain('林晚：今天收工早。');
  });

  it('keeps the writer’s version when asked, and overwrites the file with exactly the text shown', async () => {
    const { page } = app;
    await page.click('[data-testid="external-change"] button:has-text("保留我的并覆盖保存")');
    await expect.poll(() => onDisk(path)).toBe(`${MINE}\n林晚：今天收工早。`);
    expect(await page.$$eval('[data-testid="external-change"]', (b) => b.length)).toBe(0);
  });

  it('reloads the other version when asked', async () => {
    const { page } = app;
    await changeOnDisk(path, THEIRS);
    await page.click('[data-testid="external-change"] button:has-text("载入对方的版本")');
    await expect.poll(() => editorText(page)).toBe(THEIRS);
    expect(await page.$$eval(`${LINES}[data-type="scene_heading"]`, (l) => l.map((x) => x.textContent))).toEqual(['1-1 夜 外 夜市']);
  });

  it('logged no console errors', () => {
    expect(app.problems).toEqual([]);
  });
});
