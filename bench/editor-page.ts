// A Chromium page running the built renderer for the editor bench, with latency probes installed: for each
// keystroke (keydown, or the text an input method commits), the time until the frame that shows it has been
// painted, and the main-thread work in between (handling the input, then rendering the frame).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium';
import { serveStatic } from '../tests/e2e/support/server';
import type { StaticServer } from '../tests/e2e/support/server';

export interface Sample {
  /** Input event to the end of the frame that painted it. */
  toPaint: number;
  /** Main-thread time spent: handling the input, plus rendering that frame. */
  work: number;
}

export interface EditorPage {
  page: Page;
  close(): Promise<void>;
}

/** Why the bench cannot run here, or null. */
export function unavailable(root: string): string | null {
  if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) return 'no built renderer in out/renderer (run `npx electron-vite build`)';
  try {
    findChromium();
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}

/**
 * Installed in the page: records a Sample per input. The input's handling ends when the editor has taken the
 * change in (ProseMirror reads it in a mutation observer; ours, made later, runs just after it); rendering is
 * the frame from its animation-frame callbacks until the task after it.
 */
function probes(): void {
  const w = window as unknown as { __bench: { samples: Sample[]; waiters: (() => void)[] } };
  w.__bench = { samples: [], waiters: [] };
  let start = 0;
  let handled = 0;
  const begin = (at: number) => {
    start = at;
    handled = 0;
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now();
        const input = (handled > 0 ? handled : frameStart) - start;
        w.__bench.samples.push({ toPaint: end - start, work: Math.max(0, input) + (end - frameStart) });
        start = 0;
        for (const resolve of w.__bench.waiters.splice(0)) resolve();
      };
      channel.port2.postMessage(0);
    });
  };
  document.addEventListener('keydown', (e) => begin(e.timeStamp), true);
  document.addEventListener('beforeinput', (e) => {
    if (!start) begin(e.timeStamp);
  }, true);
  new MutationObserver(() => {
    if (start && !handled) handled = performance.now();
  }).observe(document.querySelector('.page-area')!, { subtree: true, childList: true, characterData: true });
}

/** The sample of input number `n` (0-based), once it is there. */
export function sampleAt(page: Page, n: number): Promise<Sample> {
  return page.evaluate(
    (n) =>
      new Promise<Sample>((resolve) => {
        const w = window as unknown as { __bench: { samples: Sample[]; waiters: (() => void)[] } };
        const check = () => (w.__bench.samples.length > n ? resolve(w.__bench.samples[n]) : w.__bench.waiters.push(check));
        check();
      }),
    n,
  );
}

export function sampleCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __bench: { samples: unknown[] } }).__bench.samples.length);
}

let shared: Promise<{ browser: Browser; server: StaticServer }> | null = null;

/** A new page on the built renderer (one browser and server for the whole bench run). */
export async function openEditorPage(root: string): Promise<EditorPage> {
  shared ??= (async () => {
    const server = await serveStatic(join(root, 'out', 'renderer'));
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    return { browser, server };
  })();
  const { browser, server } = await shared;
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // tsx compiles the functions sent to the page with esbuild's name helper: give the page that helper.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(server.url);
  await page.waitForSelector('.script .line[data-type="scene_heading"]');
  await page.evaluate(probes);
  return { page, close: () => context.close() };
}

/** Closes the browser and the server (when the suite is done). */
export async function closeAll(): Promise<void> {
  const opened = shared;
  shared = null;
  if (!opened) return;
  const { browser, server } = await opened;
  await browser.close();
  await server.close();
}

/** Opens `text` as a file through the in-browser adapter; the time from the key press to the painted script. */
export async function openScript(page: Page, name: string, text: string): Promise<number> {
  const lines = text.split('\n').length;
  await page.evaluate(([n, t]) => (window as unknown as { shotlineBrowser: { queueOpen(n: string, t: string): string } }).shotlineBrowser.queueOpen(n, t), [name, text]);
  // Listen first, then press: the page times from the key press to the frame that paints the whole script.
  await page.evaluate((lines) => {
    const w = window as unknown as { __opened: Promise<number> };
    w.__opened = new Promise<number>((resolve) => {
      let start = 0;
      document.addEventListener('keydown', (e) => (start = e.timeStamp), { capture: true, once: true });
      const poll = () => {
        if (start > 0 && document.querySelectorAll('.script .line').length >= lines) {
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - start);
            channel.port2.postMessage(0);
          });
        } else {
          requestAnimationFrame(poll);
        }
      };
      poll();
    });
  }, lines);
  await page.keyboard.press('Control+o');
  return page.evaluate(() => (window as unknown as { __opened: Promise<number> }).__opened);
}

/** Puts the caret in the first action line after the scene heading in about the middle of the script. */
export async function caretToMiddle(page: Page): Promise<void> {
  // The navigator lists the scenes when typing pauses after the script opened.
  await page.waitForFunction(() => document.querySelectorAll('.navigator .scene').length > 500);
  const rows = page.locator('.navigator .scene button');
  await rows.nth(Math.floor((await rows.count()) / 2)).click();
  const box = await page.evaluate(() => {
    const heading = getSelection()?.anchorNode;
    const start = heading instanceof Element ? heading : heading?.parentElement;
    let line = start?.closest('.line')?.nextElementSibling ?? null;
    while (line && line.getAttribute('data-type') !== 'action') line = line.nextElementSibling;
    if (!line) return null;
    line.scrollIntoView({ block: 'center' });
    const r = line.getBoundingClientRect();
    return { x: r.left + 4, y: r.top + r.height / 2 };
  });
  if (!box) throw new Error('No action line after the middle scene heading.');
  await page.mouse.click(box.x, box.y);
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
}
