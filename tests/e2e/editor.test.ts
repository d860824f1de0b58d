// Writing in the built renderer (real Chromium, in-browser adapter) as a writer does: an English scene and a
// Chinese scene typed from scratch, completion, Tab, the navigator, find and replace, undo, and saving the
// exact text (line endings and byte-order mark kept).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnSample, ROOT } from './support/app';
import type { AppSession } from './support/app';
import { browserFiles, clickLine, caretToEnd, completionItems, editorText, LINES, lines, write, writeLines } from './support/editor';

let app: AppSession;
const SHOTS = join(ROOT, 'test-results');

/**
 * Waits until a newly loaded editor has settled: ProseMirror writes its selection back to the page 20 ms
 * after the editor takes focus, which would undo a click made sooner (no person clicks that fast).
 */
const settle = (page: AppSession['page']) => page.waitForTimeout(60);

/** A new, empty script (unsaved changes to the current one are discarded: the page accepts every prompt). */
async function newScript(): Promise<void> {
  await app.page.keyboard.press('Control+n');
  await expect.poll(() => lines(app.page)).toEqual([['blank', '']]);
  await settle(app.page);
  await app.page.click(LINES);
}

beforeAll(async () => {
  app = await openOnSample({ viewport: { width: 1280, height: 900 } });
  app.page.on('dialog', (dialog) => void dialog.accept());
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await app?.close();
});

describe('writing a scene', () => {
  it('types an English scene: every block gets its element type, headings and cues upper-cased as typed', async () => {
    const { page } = app;
    await newScript();
    await write(page, 'int. night market - night');
    await writeLines(page, '', 'Neon signs flicker. *Smoke*, oil, a river of people.', '', '@lin wan', '(quietly)', 'One egg less.', '', 'MRS. LIN', 'Eggs went up again.', '', 'CUT TO:');
    await expect.poll(() => lines(page)).toEqual([
      ['scene_heading', 'INT. NIGHT MARKET - NIGHT'],
      ['blank', ''],
      ['action', 'Neon signs flicker. *Smoke*, oil, a river of people.'],
      ['blank', ''],
      ['character', '@LIN WAN'],
      ['parenthetical', '(quietly)'],
      ['dialogue', 'One egg less.'],
      ['blank', ''],
      ['character', 'MRS. LIN'],
      ['dialogue', 'Eggs went up again.'],
      ['blank', ''],
      ['transition', 'CUT TO:'],
    ]);
    expect(await page.textContent(`${LINES} .em-italic`)).toBe('Smoke');
    await expect.poll(() => page.textContent('[data-testid="status-words"]')).toMatch(/^\d+ words$/);
  });

  it('types a Chinese scene: episode, numbered heading, cast, action, dialogue with OS, caption, transition', async () => {
    const { page } = app;
    await newScript();
    await write(page, '第1集：金坠子');
    await writeLines(page, '1-1 夜 外 福安夜市', '人物：林晚、林母', '△林晚把蛋液浇上铁板。', '林母：（冷笑）签了它。', '林晚（OS）：三年了。', '【字幕：三年前】', '切至：');
    await expect.poll(() => lines(page)).toEqual([
      ['episode', '第1集：金坠子'],
      ['scene_heading', '1-1 夜 外 福安夜市'],
      ['cast_list', '人物：林晚、林母'],
      ['action', '△林晚把蛋液浇上铁板。'],
      ['dialogue', '林母：（冷笑）签了它。'],
      ['dialogue', '林晚（OS）：三年了。'],
      ['caption', '【字幕：三年前】'],
      ['transition', '切至：'],
    ]);
    expect(await page.getAttribute('.script', 'data-language')).toBe('zh');
    await expect.poll(() => page.textContent('[data-testid="status-words"]')).toMatch(/^\d+ characters$/);
  });
});

describe('completion', () => {
  it('offers the next Chinese scene number, heading words and speakers; Enter and Tab accept', async () => {
    const { page } = app;
    await page.keyboard.press('Enter');
    await write(page, '1');
    await expect.poll(() => completionItems(page)).toEqual(['1-2']);
    await page.keyboard.press('Enter');
    await expect.poll(() => completionItems(page)).toContain('夜');
    await write(page, '日');
    await page.keyboard.press('Escape');
    await write(page, ' 内 ');
    await write(page, '福');
    await expect.poll(() => completionItems(page)).toEqual(['福安夜市']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // no list: a new line
    await write(page, '林');
    await expect.poll(() => completionItems(page)).toEqual(['林晚', '林母']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await write(page, '回来了？');
    await expect.poll(async () => (await lines(page)).slice(-2)).toEqual([
      ['scene_heading', '1-2 日 内 福安夜市'],
      ['dialogue', '林母：回来了？'],
    ]);
  });

  it('offers English names and places from the script; Escape closes the list and Enter stays a new line', async () => {
    const { page } = app;
    await page.click('[data-testid="sample-en"]');
    await page.waitForSelector(`${LINES}:text-is("EXT. FU'AN NIGHT MARKET - NIGHT #1-1#")`);
    await settle(page);
    await caretToEnd(page);
    await writeLines(page, '', 'EXT. FU');
    await expect.poll(() => completionItems(page)).toEqual(["FU'AN NIGHT MARKET", "FU'AN STREET ARCADE"]);
    await page.screenshot({ path: join(SHOTS, 'e2e-completion.png') });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await write(page, ' - ');
    await expect.poll(() => completionItems(page)).toContain('NIGHT');
    await page.keyboard.press('Enter');
    await writeLines(page, '', 'GRA');
    await expect.poll(() => completionItems(page)).toEqual(['GRANDMA HSU']);
    await page.keyboard.press('Escape');
    await expect.poll(() => completionItems(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await write(page, 'Who calls so late?');
    await expect.poll(async () => (await lines(page)).slice(-4)).toEqual([
      ['scene_heading', "EXT. FU'AN STREET ARCADE - NIGHT"],
      ['blank', ''],
      ['character', 'GRA'],
      ['dialogue', 'Who calls so late?'],
    ]);
  });

  it('cycles a line with Tab: character, scene heading, transition, action', async () => {
    const { page } = app;
    await writeLines(page, '', 'the roof');
    const last = async () => (await lines(page)).at(-1);
    await page.keyboard.press('Tab');
    await expect.poll(last).toEqual(['action', 'THE ROOF']);
    await page.keyboard.press('Tab');
    await expect.poll(last).toEqual(['scene_heading', '.THE ROOF']);
    await page.keyboard.press('Tab');
    await expect.poll(last).toEqual(['transition', '> THE ROOF']);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(last).toEqual(['scene_heading', '.THE ROOF']);
    await page.keyboard.press('Control+z');
    await expect.poll(last).toEqual(['transition', '> THE ROOF']);
  });
});

describe('the navigator', () => {
  it('jumps to a scene, follows the caret, and moves a scene by dragging (undoable)', async () => {
    const { page } = app;
    const scene = (n: string) => `.navigator .scene:has(.number:text-is("${n}"))`;
    await page.click(`${scene('1-3')} button`);
    await expect.poll(() => page.textContent('[data-testid="status-type"]')).toBe('Scene heading');
    const heading = `${LINES}:text-is("EXT. FU'AN NIGHT MARKET - NIGHT #1-3#")`;
    const box = await page.locator(heading).boundingBox();
    const area = await page.locator('.page-area').boundingBox();
    expect(box!.y).toBeGreaterThan(area!.y);
    expect(box!.y).toBeLessThan(area!.y + area!.height);
    await expect.poll(() => page.getAttribute(scene('1-3'), 'aria-current')).toBe('location');
    // The caret moves into scene 1-1: the navigator follows.
    await clickLine(page, "EXT. FU'AN NIGHT MARKET - NIGHT #1-1#");
    await expect.poll(() => page.getAttribute(scene('1-1'), 'aria-current')).toBe('location');
    await page.screenshot({ path: join(SHOTS, 'e2e-navigator.png') });

    const order = () => page.$$eval('.navigator .scene .number', (els) => els.map((e) => e.textContent));
    expect(await order()).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5']);
    await page.dragAndDrop(scene('1-4'), scene('1-2'));
    await expect.poll(order).toEqual(['1-1', '1-4', '1-2', '1-3', '1-5']);
    const text = await editorText(page);
    expect(text.indexOf('#1-4#')).toBeLessThan(text.indexOf('#1-2#'));
    await page.keyboard.press('Control+z');
    await expect.poll(order).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5']);
  });
});

describe('find and replace', () => {
  it('finds with a count, goes to the next match, replaces all in one undo step', async () => {
    const { page } = app;
    await page.keyboard.press('Control+f');
    await page.fill('[data-testid="find-input"]', 'Zhou Yu');
    await expect.poll(() => page.textContent('[data-testid="find-status"]')).toMatch(/^\d+ of (\d+)$/);
    const total = Number((await page.textContent('[data-testid="find-status"]'))!.split(' of ')[1]);
    expect(total).toBeGreaterThan(3);
    // Typing the query selected the first match after the caret; Enter goes to the next one.
    const [current] = (await page.textContent('[data-testid="find-status"]'))!.split(' of ');
    await page.press('[data-testid="find-input"]', 'Enter');
    await expect.poll(() => page.textContent('[data-testid="find-status"]')).toBe(`${(Number(current) % total) + 1} of ${total}`);
    // The current match is painted apart from the others (CSS Custom Highlight API).
    const painted = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, { size: number } & Iterable<Range>> }).highlights;
        return { current: [...(h.get('shotline-current') ?? [])].map((r) => r.toString().toLowerCase()), others: h.get('shotline-match')?.size ?? 0 };
      });
    await expect.poll(painted).toEqual({ current: ['zhou yu'], others: total - 1 });
    await page.screenshot({ path: join(SHOTS, 'e2e-find.png') });
    await page.keyboard.press('Control+h');
    await page.fill('[data-testid="replace-input"]', 'Zhou Ming');
    await page.click('[data-testid="replace-all"]');
    await expect.poll(() => page.textContent('[data-testid="replace-report"]')).toBe(`Replaced ${total} matches.`);
    const after = await editorText(page);
    expect(after).not.toContain('Zhou Yu');
    expect(after.split('Zhou Ming').length - 1).toBe(total);
    await page.press('[data-testid="replace-input"]', 'Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toContain('Zhou Yu');
    expect((await editorText(page)).split('Zhou Ming').length - 1).toBe(0);
  });
});

describe('keys and the selection on the page', () => {
  // The browser tells ProseMirror that the selection moved in a `selectionchange` task of its own. On a busy
  // machine (CI) that task can still be waiting when the next key arrives: hold it back here, so the keys
  // arrive first every time.
  const holdSelectionChange = (page: AppSession['page'], hold: boolean) =>
    page.evaluate((on) => {
      const w = window as unknown as { heldSelection?: boolean };
      if (w.heldSelection === undefined) {
        document.addEventListener('selectionchange', (e) => {
          if (w.heldSelection) e.stopImmediatePropagation();
        }, true);
      }
      w.heldSelection = on;
    }, hold);

  it('act on the selection the writer sees, even before the browser has said it moved', async () => {
    const { page } = app;
    await newScript();
    await write(page, 'INT. KITCHEN - DAY');
    await writeLines(page, '', 'Anna cooks.', '', 'EXT. GARDEN - DAY', '', 'Ben waters the roses.', '', 'INT. HALL - NIGHT');
    await clickLine(page, 'EXT. GARDEN - DAY');
    await holdSelectionChange(page, true);
    try {
      await page.keyboard.press('Home');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown');
      expect(await page.evaluate(() => window.getSelection()?.toString())).toMatch(/^EXT\. GARDEN - DAY\s+Ben waters the roses\.\s*$/);
      await page.keyboard.press('Delete');
      expect((await lines(page)).map(([, t]) => t)).toEqual(['INT. KITCHEN - DAY', '', 'Anna cooks.', '', 'INT. HALL - NIGHT']);
      // Moved by arrows, then typed over: the typing replaces what is selected on the page.
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Shift+End');
      await write(page, 'Anna burns the eggs.');
      expect(await editorText(page)).toBe('INT. KITCHEN - DAY\n\nAnna burns the eggs.\n\nINT. HALL - NIGHT');
    } finally {
      await holdSelectionChange(page, false);
    }
    // Undo brings back the typed-over line, then the cut scene.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toContain('EXT. GARDEN - DAY');
  });
});

describe('saving', () => {
  it('saves exactly the text shown, with the file\'s CRLF line endings and byte-order mark', async () => {
    const { page } = app;
    const original = '\uFEFFTitle: Test\r\n\r\nINT. ROOM - DAY\r\n\r\nShe waits.\r\n';
    await browserFiles.queueOpen(page, 'crlf.fountain', original);
    await page.keyboard.press('Control+o');
    await page.waitForSelector(`${LINES}:text-is("She waits.")`);
    await settle(page);
    await clickLine(page, 'She waits.');
    await page.keyboard.press('End');

    await write(page, ' And waits.');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.textContent('[data-testid="doc-name"]')).toBe('crlf.fountain');
    const saved = (await browserFiles.list(page))['browser:/crlf.fountain'];
    expect(saved).toBe('\uFEFFTitle: Test\r\n\r\nINT. ROOM - DAY\r\n\r\nShe waits. And waits.\r\n');
    expect(Buffer.from(saved, 'utf8').equals(Buffer.from(original.replace('She waits.', 'She waits. And waits.'), 'utf8'))).toBe(true);
  });

  it('logged no console errors or warnings', () => {
    expect(app.problems).toEqual([]);
  });
});
