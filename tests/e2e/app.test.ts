// The built renderer in real Chromium: the bundled sample in the editor, each line block carrying the
// parser's line type, kept up to date while typing; the CSP in place; plain-text paste; no console errors.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/core/parse';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { openOnSample, ROOT } from './support/app';
import type { AppSession } from './support/app';
import { caretToEnd, LINES, lines, write, writeLines } from './support/editor';

const SAMPLE = readFileSync(join(ROOT, 'resources', 'sample', 'en', 'ep01.fountain'), 'utf8');
const ZH_SAMPLE = readFileSync(join(ROOT, 'resources', 'sample', 'zh', 'ep01.fountain'), 'utf8');
const SHOTS = join(ROOT, 'test-results');

let app: AppSession;

function typeOf(all: [string | null, string][], text: string): string | null {
  const found = all.find(([, t]) => t === text);
  if (!found) throw new Error(`No line reads ${JSON.stringify(text)}.`);
  return found[0];
}

beforeAll(async () => {
  app = await openOnSample();
});

afterAll(async () => {
  await app?.close();
});

describe('the built renderer in Chromium', () => {
  it('shows the bundled English sample with the parser line type on every line', async () => {
    const shown = await lines(app.page);
    const expected = parse(SAMPLE).lines;
    expect(shown.map(([, text]) => text)).toEqual(expected.map((l) => l.text));
    expect(shown.map(([type]) => type)).toEqual(expected.map((l) => l.type));
    expect(typeOf(shown, "EXT. FU'AN NIGHT MARKET - NIGHT #1-1#")).toBe('scene_heading');
    expect(typeOf(shown, 'MRS. LIN')).toBe('character');
    expect(typeOf(shown, '(counting eggs)')).toBe('parenthetical');
    expect(typeOf(shown, 'One egg less, Wan. Eggs went up again.')).toBe('dialogue');
    expect(typeOf(shown, 'Title: Night Market Heiress')).toBe('title_page');
    mkdirSync(SHOTS, { recursive: true });
    await app.page.screenshot({ path: join(SHOTS, 'e2e-editor-en-top.png') });
  });

  it('styles the page like the printed page: Courier Prime, bold headings, indented cues and dialogue', async () => {
    const style = (text: string) =>
      app.page.$eval(`${LINES}:text-is("${text}")`, (el) => {
        const s = getComputedStyle(el);
        const page = (el.closest('.script') as HTMLElement).getBoundingClientRect().left;
        return { weight: s.fontWeight, family: s.fontFamily, indent: Math.round(el.getBoundingClientRect().left - page), align: s.textAlign };
      });
    const heading = await style("EXT. FU'AN NIGHT MARKET - NIGHT #1-1#");
    const action = await style('Neon signs flicker on one after another. Smoke, sizzling oil, a river of people.');
    const cue = await style('MRS. LIN');
    const dialogue = await style('One egg less, Wan. Eggs went up again.');
    expect(heading.weight).toBe('700');
    expect(heading.family).toMatch(/^"?Courier Prime"?/);
    expect(await app.page.evaluate(() => document.fonts.check('12pt "Courier Prime"'))).toBe(true);
    // 12 pt Courier: 1 in = 96 px. Cues at 3.7 in and dialogue at 2.5 in from the page edge, action at 1.5 in.
    expect(action.indent).toBe(144);
    expect(cue.indent).toBe(Math.round(3.7 * 96));
    expect(dialogue.indent).toBe(240);
    // Emphasis and notes are shown, the text stays as written.
    expect(await app.page.$$eval(`${LINES} .inline-note`, (els) => els.map((e) => e.textContent))).toContain('[[prop: griddle]]');
  });

  it('updates line types as the writer types at the end', async () => {
    const { page } = app;
    await caretToEnd(page);
    await writeLines(page, '', 'INT. HOUSE - DAY', '', 'MARA');
    // An all-caps line with nothing under it is still action...
    await expect.poll(async () => (await lines(page)).at(-1)).toEqual(['action', 'MARA']);
    await writeLines(page, 'Where were you?');
    // ...and becomes a character cue once a line of dialogue follows it.
    await expect.poll(async () => (await lines(page)).at(-1)).toEqual(['dialogue', 'Where were you?']);
    const shown = await lines(page);
    expect(shown.slice(-5)).toEqual([
      ['blank', ''],
      ['scene_heading', 'INT. HOUSE - DAY'],
      ['blank', ''],
      ['character', 'MARA'],
      ['dialogue', 'Where were you?'],
    ]);
    // The whole document agrees with a full parse of its text.
    const text = shown.map(([, t]) => t).join('\n');
    expect(shown.map(([type]) => type)).toEqual(parse(text).lines.map((l) => l.type));
    await expect.poll(() => page.textContent('[data-testid="status-type"]')).toBe('Dialogue');
    await expect.poll(() => page.textContent('[data-testid="doc-name"]')).toContain('(edited)');
  });

  it('retypes the lines around an edit: a cue loses its blank line above, then gets it back', async () => {
    const { page } = app;
    const cue = `${LINES}:text-is("ZHOU YU") >> nth=0`;
    expect(await page.getAttribute(cue, 'data-type')).toBe('character');
    await page.click(cue);
    await page.keyboard.press('Home');
    await page.keyboard.press('Backspace');
    // Without the blank line above, the cue and its speech read as action.
    await expect.poll(() => page.getAttribute(cue, 'data-type')).toBe('action');
    expect(typeOf(await lines(page), 'The usual. No coriander.')).toBe('action');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getAttribute(cue, 'data-type')).toBe('character');
    expect(typeOf(await lines(page), 'The usual. No coriander.')).toBe('dialogue');
  });

  it('makes an action line a scene heading as INT. is typed in front of it', async () => {
    const { page } = app;
    const line = `${LINES}:has-text("Neon signs flicker")`;
    await page.click(line, { position: { x: 2, y: 4 } }); // the start of a long, wrapped line
    await write(page, 'IN');
    await expect.poll(() => page.textContent(line)).toMatch(/^INNeon/);
    expect(await page.getAttribute(line, 'data-type')).toBe('action');
    await write(page, 'T. ');
    await expect.poll(() => page.getAttribute(line, 'data-type')).toBe('scene_heading');
    const shown = await lines(page);
    expect(shown.map(([type]) => type)).toEqual(parse(shown.map(([, t]) => t).join('\n')).lines.map((l) => l.type));
  });

  it('pastes plain text only, never the clipboard HTML', async () => {
    const { page } = app;
    await caretToEnd(page);
    // The editor has taken in the new cursor position (it follows the browser's selectionchange event).
    await expect.poll(() => page.textContent('[data-testid="status-line"]')).toMatch(/Line (\d+) of \1(?!\d)/);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/html', '<img src="x" onerror="window.pwned = true"><b>BOLD</b>');
      data.setData('text/plain', '\n\nEXT. ROOF - NIGHT\n\nRain.');
      document.querySelector('.script')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const shown = await lines(page);
    expect(shown.slice(-3)).toEqual([
      ['scene_heading', 'EXT. ROOF - NIGHT'],
      ['blank', ''],
      ['action', 'Rain.'],
    ]);
    expect(await page.$$('.script img, .script b')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  });

  it('carries the Content-Security-Policy and loads nothing from elsewhere', async () => {
    const { page } = app;
    const meta = await page.evaluate(() => {
      const el = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
      return { content: el?.getAttribute('content') ?? null, first: document.head.firstElementChild === el };
    });
    expect(meta).toEqual({ content: CONTENT_SECURITY_POLICY, first: true });
    expect(app.requests.filter((url) => !url.startsWith(app.server.url))).toEqual([]);
  });

  it('shows the Chinese sample with the Chinese conventions', async () => {
    const { page } = app;
    await page.screenshot({ path: join(SHOTS, 'e2e-editor-en-edited.png') });
    page.once('dialog', (dialog) => void dialog.accept()); // discard the edits to the English sample
    await page.click('[data-testid="sample-zh"]');
    await page.waitForSelector(`${LINES}:text-is("1-1 夜 外 福安夜市")`);
    const shown = await lines(page);
    const expected = parse(ZH_SAMPLE).lines;
    expect(shown).toEqual(expected.map((l) => [l.type, l.text]));
    expect(typeOf(shown, '1-1 夜 外 福安夜市')).toBe('scene_heading');
    expect(typeOf(shown, '人物：林晚、林母、周屿、摊贩甲')).toBe('cast_list');
    expect(typeOf(shown, '林母：阿晚，蛋少打一个，蛋价又涨了。')).toBe('dialogue');
    expect(await page.getAttribute('.script', 'data-language')).toBe('zh');
    expect(await page.evaluate(() => document.querySelector('.page-area')?.scrollTop)).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'e2e-editor-zh.png') });
  });

  it('shows where pages break, with a page count in the status bar, and hides the guides when asked', async () => {
    const { page } = app;
    await expect.poll(() => page.textContent('[data-testid="status-pages"]')).toMatch(/^\d+ pages$/);
    const pages = Number((await page.textContent('[data-testid="status-pages"]'))!.split(' ')[0]);
    await expect.poll(() => page.$$eval(`${LINES}[data-page]`, (els) => els.map((e) => e.getAttribute('data-page')))).toEqual(
      Array.from({ length: pages - 1 }, (_, i) => String(i + 2)),
    );
    expect(await page.$eval('.editor', (el) => el.classList.contains('page-guides'))).toBe(true);
    await page.click('[data-testid="page-guides"]');
    expect(await page.$eval('.editor', (el) => el.classList.contains('page-guides'))).toBe(false);
    await page.click('[data-testid="page-guides"]');
  });

  it('zooms the page with Ctrl+= / Ctrl+- and back to 100 % with Ctrl+0', async () => {
    const { page } = app;
    const size = () => page.$eval('.editor', (el) => parseFloat(getComputedStyle(el).fontSize));
    const base = await size();
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await expect.poll(() => page.textContent('[data-testid="zoom"]')).toBe('125 %');
    expect(await size()).toBeCloseTo(base * 1.25, 1);
    await page.keyboard.press('Control+-');
    await expect.poll(() => page.textContent('[data-testid="zoom"]')).toBe('110 %');
    await page.keyboard.press('Control+0');
    await expect.poll(() => page.textContent('[data-testid="zoom"]')).toBe('100 %');
    expect(await size()).toBe(base);
  });

  it('logged no console errors or warnings', () => {
    expect(app.problems).toEqual([]);
  });

  it('refuses markup through innerHTML (Trusted Types)', async () => {
    const result = await app.page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>script text</b>';
        return 'assigned';
      } catch (error) {
        return error instanceof TypeError ? 'refused' : String(error);
      }
    });
    expect(result).toBe('refused');
  });
});
