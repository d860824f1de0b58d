// Typing through an input method, as Chinese writers do: the browser gets real composition events (Chrome's
// DevTools protocol drives Chromium's IME path: compositionstart/update/end with the pinyin shown in the line
// until the writer picks the characters). The pinyin must never stay in the script, be upper-cased in a
// heading or a cue, or open the completion list; the committed characters are typed like any others.
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnSample } from './support/app';
import type { AppSession } from './support/app';
import { caretToEnd, completionItems, editorText, LINES, lines, writeLines } from './support/editor';

let app: AppSession;
let cdp: CDPSession;

/** Composes `pinyin` a letter at a time (the line shows it, underlined), then commits `hanzi`. */
async function compose(pinyin: string, hanzi: string): Promise<void> {
  for (let i = 1; i <= pinyin.length; i++) {
    const text = pinyin.slice(0, i);
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send('Input.insertText', { text: hanzi });
}

const lastLines = async (n: number) => (await lines(app.page)).slice(-n);

beforeAll(async () => {
  app = await openOnSample({ locale: 'zh-CN' });
  cdp = await app.page.context().newCDPSession(app.page);
  app.page.on('dialog', (dialog) => void dialog.accept()); // leaving the edited sample for the English one
});

afterAll(async () => {
  await app?.close();
});

describe('typing Chinese through an input method', () => {
  it('shows the pinyin while composing, and only the chosen characters afterwards', async () => {
    const { page } = app;
    await caretToEnd(page);
    await writeLines(page, '', '');
    await compose('yi', '1-9');
    await cdp.send('Input.insertText', { text: ' ' });
    await compose('ri', '日');
    await cdp.send('Input.insertText', { text: ' ' });
    await compose('nei', '内');
    await cdp.send('Input.insertText', { text: ' ' });
    // Mid-word: the pinyin is in the line, nothing is offered.
    await cdp.send('Input.imeSetComposition', { text: 'lin jia', selectionStart: 7, selectionEnd: 7 });
    expect((await lastLines(1))[0][1]).toBe('1-9 日 内 lin jia');
    expect(await completionItems(page)).toEqual([]);
    await cdp.send('Input.insertText', { text: '林家客厅' });
    await expect.poll(() => lastLines(1)).toEqual([['scene_heading', '1-9 日 内 林家客厅']]);
  });

  it('types a cast line and a speech: each line gets its type, the names are offered after the commit', async () => {
    const { page } = app;
    await page.keyboard.press('Enter');
    await compose('ren wu', '人物');
    await cdp.send('Input.insertText', { text: '：' });
    await compose('lin', '林');
    await expect.poll(() => completionItems(page)).toContain('林晚');
    await page.keyboard.press('Escape');
    await compose('wan', '晚');
    await page.keyboard.press('Enter');
    await compose('lin wan', '林晚');
    await cdp.send('Input.insertText', { text: '：' });
    await compose('ma，wo hui lai le', '妈，我回来了。');
    await expect.poll(() => lastLines(3)).toEqual([
      ['scene_heading', '1-9 日 内 林家客厅'],
      ['cast_list', '人物：林晚'],
      ['dialogue', '林晚：妈，我回来了。'],
    ]);
    expect((await lastLines(3)).map(([, t]) => t).join('')).not.toMatch(/[a-z]/i);
  });

  it('undoes what was composed in one step, as typed text', async () => {
    const { page } = app;
    const before = await editorText(page);
    // Edits less than half a second apart are one undo step (prosemirror-history): pause like a writer.
    await page.waitForTimeout(700);
    await page.keyboard.press('Enter');
    await compose('wu', '△');
    await compose('lin wan fang xia bao', '林晚放下包。');
    expect((await lastLines(1))[0]).toEqual(['action', '△林晚放下包。']);
    await page.keyboard.press('Control+z');
    expect(await editorText(page)).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    expect((await lastLines(1))[0]).toEqual(['action', '△林晚放下包。']);
  });

  it('composes inside an English heading without upper-casing the pinyin', async () => {
    const { page } = app;
    await page.click('[data-testid="sample-en"]');
    await page.waitForSelector(`${LINES}:text-is("EXT. FU'AN NIGHT MARKET - NIGHT #1-1#")`);
    await caretToEnd(page);
    await writeLines(page, '', 'INT. ');
    await cdp.send('Input.imeSetComposition', { text: 'ye shi', selectionStart: 6, selectionEnd: 6 });
    expect((await lastLines(1))[0][1]).toBe('INT. ye shi');
    await cdp.send('Input.insertText', { text: '夜市' });
    await page.keyboard.type(' - NIGHT');
    await expect.poll(() => lastLines(1)).toEqual([['scene_heading', 'INT. 夜市 - NIGHT']]);
  });

  it('logged no console errors', () => {
    expect(app.problems).toEqual([]);
  });
});
