// Opens the built renderer (out/renderer) in Chromium over plain HTTP, recording console messages,
// page errors and requests.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { serveStatic } from './server';
import type { StaticServer } from './server';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const RENDERER_DIR = join(ROOT, 'out', 'renderer');

export interface AppSession {
  browser: Browser;
  server: StaticServer;
  page: Page;
  /** Console errors and warnings, and uncaught page errors, in order. */
  problems: string[];
  /** Every URL the page requested. */
  requests: string[];
  close(): Promise<void>;
}

export interface AppOptions {
  /** The browser's language (navigator.language): the UI follows it. Default en-US. */
  locale?: string;
  viewport?: { width: number; height: number };
}

export async function openApp(options: AppOptions = {}): Promise<AppSession> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`There is no built renderer in ${RENDERER_DIR}. Run \`npx electron-vite build\` (or \`npm run build\`) first.`);
  }
  const executablePath = findChromium();
  const server = await serveStatic(RENDERER_DIR);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ locale: options.locale ?? 'en-US', viewport: options.viewport ?? { width: 1100, height: 900 } });
    // A waiting action fails with its own message well inside a test's time limit (60 s), instead of
    // two of them inside an expect.poll running the test out with no word on what it waited for.
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    const opened = browser;
    return {
      browser: opened,
      server,
      page,
      problems,
      requests,
      async close() {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

/** Opens the app on its bundled sample, as a user first sees it: the script shown, its lines typed. */
export async function openOnSample(options: AppOptions = {}): Promise<AppSession> {
  const app = await openApp(options);
  try {
    await app.page.goto(app.server.url);
    await app.page.waitForSelector('.script .line[data-type="scene_heading"]');
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}
