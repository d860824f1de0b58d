// The print preview in the built renderer (real Chromium): the pages are the layout's pages, drawn at the
// layout's positions; the options change them; the export dialog writes a PDF (in the browser stand-in, a
// download) with progress. Screenshots go to test-results/ for a look.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutFor } from '../../src/core/layout';
import type { Layout } from '../../src/core/model/layout';
import { parse } from '../../src/core/parse';
import { openApp, ROOT } from './support/app';
import type { AppSession } from './support/app';

const EN = readFileSync(join(ROOT, 'resources', 'sample', 'en', 'ep01.fountain'), 'utf8');
const ZH = readFileSync(join(ROOT, 'resources', 'sample', 'zh', 'ep01.fountain'), 'utf8');
const SHOTS = join(ROOT, 'test-results');
let app: AppSession;

type Drawn = { kind: string | null; line: string | null; runs: { x: number; y: number; text: string }[] };

/** What the preview drew on page `n` (1-based): each line group with its runs' x, y and text. */
function drawn(n: number): Promise<Drawn[]> {
  return app.page.$$eval(`.preview-page[data-page="${n}"] g`, (groups) =>
    groups.map((g) => ({
      kind: g.getAttribute('data-kind'),
      line: g.getAttribute('data-line'),
      runs: [...g.querySelectorAll('text')].map((t) => ({ x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')), text: t.textContent ?? '' })),
    })),
  );
}

function expected(layout: Layout, n: number): Drawn[] {
  return layout.pages[n - 1].lines.map((l) => ({
    kind: l.kind,
    line: l.sourceLine === null ? null : String(l.sourceLine),
    runs: l.runs.map((r) => ({ x: r.x, y: l.y, text: r.text })),
  }));
}

/** A screenshot of the print panel, made tall and wide enough to show pages whatever the app's layout. */
async function shot(name: string): Promise<void> {
  await app.page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('.side-panel');
    if (panel) Object.assign(panel.style, { width: '560px', height: '860px', flex: 'none' });
  });
  await app.page.locator('.side-panel').screenshot({ path: join(SHOTS, name) });
}

beforeAll(async () => {
  app = await openApp();
  await app.page.goto(app.server.url);
  await app.page.waitForSelector('#tab-preview');
  await app.page.click('#tab-preview');
  await app.page.waitForSelector('.preview-page svg');
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await app?.close();
});

describe('the print preview', () => {
  it('draws the layout\'s pages at the layout\'s positions', async () => {
    const layout = layoutFor([{ script: parse(EN), label: 'ep01.fountain' }]);
    expect(await app.page.$$eval('.preview-page', (p) => p.length)).toBe(layout.pages.length);
    for (const n of [1, 2, layout.pages.length]) expect(await drawn(n)).toEqual(expected(layout, n));
    const box = await app.page.getAttribute('.preview-page[data-page="2"] svg', 'viewBox');
    expect(box).toBe('0 0 612 792');
    await app.page.locator('.preview-page[data-page="3"]').scrollIntoViewIfNeeded();
    await shot('e2e-preview-en.png');
  });

  it('changes with the paper and scene-number options', async () => {
    await app.page.selectOption('.preview-toolbar select[aria-label="Paper"]', 'a4');
    await app.page.selectOption('.preview-toolbar select[aria-label="Scene numbers"]', 'left');
    const layout = layoutFor([{ script: parse(EN), label: 'ep01.fountain' }], { paper: 'a4', sceneNumbers: 'left' });
    await app.page.waitForSelector('.preview-page svg[viewBox="0 0 595.28 841.89"]');
    expect(await drawn(2)).toEqual(expected(layout, 2));
    expect((await drawn(2)).filter((d) => d.kind === 'scene_number').length).toBeGreaterThan(0);
    await app.page.selectOption('.preview-toolbar select[aria-label="Paper"]', 'auto');
    await app.page.selectOption('.preview-toolbar select[aria-label="Scene numbers"]', 'auto');
  });

  it('jumps to the source line of a clicked line', async () => {
    const heading = app.page.locator('.preview-page[data-page="2"] g[data-kind="scene_heading"]').first();
    const line = Number(await heading.getAttribute('data-line'));
    await heading.click();
    const caretLine = await app.page.evaluate(() => {
      const sel = window.getSelection();
      const el = sel?.anchorNode instanceof Element ? sel.anchorNode : sel?.anchorNode?.parentElement;
      const lineEl = el?.closest('.script .line');
      return lineEl ? [...document.querySelectorAll('.script .line')].indexOf(lineEl) + 1 : null;
    });
    expect(caretLine).toBe(line);
  });

  it('exports a PDF from the dialog, with progress, as a download in the browser', async () => {
    const { page } = app;
    await page.click('.preview-toolbar button.primary');
    await page.waitForSelector('dialog.preview-export[open]');
    await page.screenshot({ path: join(SHOTS, 'e2e-preview-export-dialog.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('dialog.preview-export button.primary')]);
    await page.waitForSelector('dialog.preview-export .result');
    expect(await page.textContent('dialog.preview-export .result p')).toMatch(/^Wrote \d+ pages to .+\.pdf\.$/);
    const path = join(SHOTS, 'e2e-preview-download.pdf');
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    try {
      expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain("EXT. FU'AN NIGHT MARKET - NIGHT");
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw error;
    }
    await page.click('dialog.preview-export button:not(.primary)');
  });

  it('shows Chinese pages in the Chinese layout', async () => {
    const { page } = app;
    await page.evaluate((text) => {
      const files = (window as unknown as { shotlineBrowser?: { queueOpen(name: string, text: string): string } }).shotlineBrowser;
      files?.queueOpen('ep01.fountain', text);
    }, ZH);
    await page.keyboard.press('Control+o');
    await page.waitForSelector('.script[data-language="zh"]');
    await page.waitForSelector('.preview-page svg[viewBox="0 0 595.28 841.89"]');
    const layout = layoutFor([{ script: parse(ZH), label: 'ep01.fountain' }]);
    expect(await drawn(2)).toEqual(expected(layout, 2));
    const texts = (await drawn(2)).map((d) => d.runs.map((r) => r.text).join(''));
    expect(texts).toContain('1-1　夜　外　福安夜市');
    await page.locator('.preview-page[data-page="2"]').scrollIntoViewIfNeeded();
    await shot('e2e-preview-zh.png');
  });

  it('logged no console errors', () => {
    expect(app.problems).toEqual([]);
  });
});
