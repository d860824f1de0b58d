// Exporting the breakdown reports and the shot list from the panels, in the built renderer (real Chromium),
// where the in-browser stand-in offers the files as downloads: CSV (the breakdown's six files in one zip),
// XLSX and PDF, in the English and the Chinese interface, for the open script and for a whole series folder.
// The downloads are read back: CSV rows, the workbook's sheets (exceljs), the PDF's text (poppler).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnSample, ROOT } from './support/app';
import type { AppSession } from './support/app';
import { browserFiles, caretToEnd, LINES, write } from './support/editor';

const OUT = join(ROOT, 'test-results', 'report-export');
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const zhEpisode = (n: number) => readFileSync(join(ROOT, 'resources', 'sample', 'zh', `ep0${n}.fountain`), 'utf8');
const DIALOG = 'dialog.report-export[open]';

/** The entries of a zip of stored entries (what the stand-in writes). */
function unzip(bytes: Buffer): Record<string, string> {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  const out: Record<string, string> = {};
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26);
    out[name] = bytes.subarray(start, start + size).toString('utf8');
    at += 46 + nameLength;
  }
  return out;
}

async function sheetNames(bytes: Buffer): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets.map((w) => w.name);
}

/** The PDF's text, or null (with a word) where poppler is not installed. */
function pdfText(path: string): string | null {
  try {
    return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    console.warn('pdftotext is not installed: the PDF text is not checked (sudo apt-get install poppler-utils).');
    return null;
  }
}

/** Opens the export dialog of a panel, picks the options, exports, and returns the download's bytes and the result line. */
async function exportFrom(
  page: Page,
  button: string,
  options: { format: 'csv' | 'xlsx' | 'pdf'; scope?: 'script' | 'series'; grouping?: 'episode' | 'set'; language?: string; screenshot?: string; file: string },
): Promise<{ bytes: Buffer; path: string; name: string; result: string; warnings: string[] }> {
  await page.click(button);
  await page.waitForSelector(DIALOG);
  await page.check(`${DIALOG} [data-choice="format"] input[value="${options.format}"]`);
  if (options.scope) await page.check(`${DIALOG} [data-choice="scope"] input[value="${options.scope}"]`);
  if (options.grouping) await page.check(`${DIALOG} [data-choice="grouping"] input[value="${options.grouping}"]`);
  if (options.language) await page.selectOption(`${DIALOG} select[data-choice="language"]`, options.language);
  if (options.screenshot) await page.locator(DIALOG).screenshot({ path: join(SCREENSHOTS, options.screenshot) });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${DIALOG} button.primary`)]);
  await page.waitForSelector(`${DIALOG} .result`);
  const path = join(OUT, options.file);
  await download.saveAs(path);
  const result = (await page.textContent(`${DIALOG} .result p`)) ?? '';
  const warnings = await page.$$eval(`${DIALOG} .result li`, (items) => items.map((li) => li.textContent ?? ''));
  if (options.screenshot) await page.locator(DIALOG).screenshot({ path: join(SCREENSHOTS, options.screenshot.replace(/\.png$/, '-done.png')) });
  await page.click(`${DIALOG} .buttons button:not(.primary)`);
  await page.waitForSelector(DIALOG, { state: 'detached' });
  return { bytes: readFileSync(path), path, name: download.suggestedFilename(), result, warnings };
}

describe('report exports in the English interface', () => {
  let app: AppSession;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await openOnSample({ viewport: { width: 1400, height: 900 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('exports the breakdown reports as CSV: the six files in one zip, the scene list in script order', async () => {
    const { page } = app;
    await page.click('#tab-breakdown');
    await page.waitForSelector('.breakdown tr[data-scene]');
    const got = await exportFrom(page, '.breakdown button[data-action="export-reports"]', { format: 'csv', screenshot: 'e2e-export-breakdown-en.png', file: 'breakdown-en.zip' });
    expect(got.name).toBe('Night Market Heiress (English sample)-breakdown.zip');
    expect(got.result).toBe(`Wrote 6 files to ${got.name}.`);
    const files = unzip(got.bytes);
    expect(Object.keys(files)).toEqual(['scene-list.csv', 'cast.csv', 'locations.csv', 'sets.csv', 'elements.csv', 'breakdown-sheets.csv']);
    const rows = files['scene-list.csv'].split('\r\n');
    expect(rows[0]).toBe('\uFEFFEpisode 集,Scene 场次,INT/EXT 内/外,Time 时间,Location 场景,Set 置景,Cast 演员,Extras 群演,Elements 道具与元素,Pages 页数,Duration 时长,Flashback 闪回,Line 行');
    expect(rows[1]).toMatch(/^1,1-1,EXT,NIGHT,FU'AN NIGHT MARKET,Taiwan Street set - night market,/);
    expect(rows.filter(Boolean)).toHaveLength(5);
  });

  it('exports the breakdown reports as a PDF with the scene headings and the sheets', async () => {
    const got = await exportFrom(app.page, '.breakdown button[data-action="export-reports"]', { format: 'pdf', file: 'breakdown-en.pdf' });
    expect(got.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(got.result).toMatch(/^Wrote .+-breakdown\.pdf\. \d+ pages\.$/);
    expect(got.warnings).toEqual([expect.stringMatching(/^In the browser the PDF is plain text in the standard PDF fonts/)]);
    const text = pdfText(got.path);
    if (text === null) return;
    expect(text).toContain('Scene list');
    expect(text).toContain("FU'AN NIGHT MARKET");
    expect(text).toContain('Breakdown sheet 1-1');
  });

  it('exports the shot list as XLSX and as a PDF per set', async () => {
    const { page } = app;
    await page.click('#tab-shots');
    await page.waitForSelector('.shots-grid tr[data-shot]');
    const xlsx = await exportFrom(page, '.shots-toolbar button[data-action="export"]', { format: 'xlsx', file: 'shots-en.xlsx' });
    expect(xlsx.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(await sheetNames(xlsx.bytes)).toEqual(['Shot list']);
    expect(xlsx.result).toMatch(/^Wrote .+-shots\.xlsx\. \d+ shots\.$/);
    const pdf = await exportFrom(page, '.shots-toolbar button[data-action="export"]', { format: 'pdf', grouping: 'set', screenshot: 'e2e-export-shots-en.png', file: 'shots-en.pdf' });
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.path);
    if (text === null) return;
    expect(text).toContain('Shot list');
    expect(text).toContain('Taiwan Street set - night market');
    expect(text).toMatch(/1-1\s+EXT\. FU'AN NIGHT MARKET - NIGHT/);
  });

  it('says there is nothing to export for a script without shots, and writes nothing', async () => {
    const { page } = app;
    await browserFiles.queueOpen(page, 'bare.fountain', 'INT. KITCHEN - NIGHT\n\nAnna washes the dishes alone.\n');
    await page.keyboard.press('Control+o');
    await page.waitForSelector('[data-testid="doc-name"]:text-is("bare.fountain")');
    await page.click('.shots-toolbar button[data-action="export"]');
    await page.waitForSelector(DIALOG);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click(`${DIALOG} button.primary`);
    await page.waitForSelector(`${DIALOG} [role="alert"]`);
    expect(await page.textContent(`${DIALOG} [role="alert"]`)).toBe('The export failed: There are no shots to export yet: suggest coverage or add shots first.');
    expect(downloads).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForSelector(DIALOG, { state: 'detached' });
  });

  it('logged no console errors', () => {
    expect(app.problems).toEqual([]);
  });
});

describe('report exports in the Chinese interface', () => {
  let app: AppSession;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await openOnSample({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('exports the breakdown reports as XLSX with the Chinese sheet names', async () => {
    const { page } = app;
    await page.click('#tab-breakdown');
    await page.waitForSelector('.breakdown tr[data-scene]');
    expect(await page.textContent('.breakdown button[data-action="export-reports"]')).toBe('导出…');
    const got = await exportFrom(page, '.breakdown button[data-action="export-reports"]', { format: 'xlsx', screenshot: 'e2e-export-breakdown-zh.png', file: 'breakdown-zh.xlsx' });
    expect(await sheetNames(got.bytes)).toEqual(['顺场表', '演员表', '场景表', '置景表', '道具与元素表', '分解表']);
    expect(got.result).toBe(`已写入 ${got.name}。`);
  });

  it('exports the shot list as a PDF with Chinese text, and as CSV with labels in Traditional Chinese', async () => {
    const { page } = app;
    await page.click('#tab-shots');
    await page.waitForSelector('.shots-grid tr[data-shot]');
    expect(await page.textContent('.shots-toolbar button[data-action="export"]')).toBe('导出…');
    const pdf = await exportFrom(page, '.shots-toolbar button[data-action="export"]', { format: 'pdf', screenshot: 'e2e-export-shots-zh.png', file: 'shots-zh.pdf' });
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.result).toMatch(/^已写入 .+\.pdf。共 \d+ 页。共 \d+ 个镜头。$/);
    expect(pdf.warnings).toEqual([expect.stringMatching(/^在浏览器中，PDF 是标准 PDF 字体的纯文本/)]);
    const text = pdfText(pdf.path);
    if (text !== null) {
      expect(text).toContain('分镜表');
      expect(text).toMatch(/1-1\s+夜\s+外\s+福安夜市/);
      expect(text).toContain('第1集');
    }
    const csv = await exportFrom(page, '.shots-toolbar button[data-action="export"]', { format: 'csv', language: 'zh-Hant', file: 'shots-zh.csv' });
    const rows = csv.bytes.toString('utf8').split('\r\n');
    expect(rows[0]).toBe('\uFEFF集 Ep,場次 Scene,場景 Location,置景 Set,鏡號 Shot,景別 Size,角度 Angle,運鏡 Move,焦段 Lens,機器 Cam,機位 Setup,人物 Cast,畫面內容 Description,劇本行 Lines,秒 Sec,狀態 Status,備註 Notes');
    expect(rows[1]).toMatch(/^1,1-1,福安夜市,/);
  });

  it('exports the whole series folder, each episode as the editor holds it', async () => {
    const { page } = app;
    page.on('dialog', (dialog) => void dialog.accept());
    await browserFiles.queueFolder(page, 'night-market', { 'ep01.fountain': zhEpisode(1), 'ep02.fountain': zhEpisode(2), 'ep03.fountain': zhEpisode(3) });
    await page.click(`${LINES} >> nth=0`);
    await page.keyboard.press('Control+Shift+o');
    await page.click('#tab-navigator');
    await page.waitForSelector('.navigator .episode.file.open');
    // A scene added to episode 1 and not saved; then episode 2 opened (episode 1 is kept in memory, unsaved).
    await caretToEnd(page);
    await page.keyboard.press('Enter');
    await write(page, '1-9 日 内 新写的客厅');
    await page.keyboard.press('Escape');
    await page.click('.navigator .episode.file:has(> .episode-head .name:text-is("ep02.fountain")) > .episode-head');
    await expect.poll(() => page.textContent('[data-testid="doc-name"]')).toBe('ep02.fountain');
    await page.click('#tab-breakdown');
    await page.waitForSelector('.breakdown tr[data-scene]');
    const got = await exportFrom(page, '.breakdown button[data-action="export-reports"]', { format: 'csv', scope: 'series', file: 'series-zh.zip' });
    expect(got.name).toBe('night-market-breakdown.zip');
    const rows = unzip(got.bytes)['scene-list.csv'].split('\r\n').filter(Boolean).slice(1);
    expect([...new Set(rows.map((r) => r.split(',')[0]))]).toEqual(['1', '2', '3']);
    expect(rows.find((r) => r.includes('新写的客厅'))).toMatch(/^1,1-9,/);
    expect(got.result).toBe(`已将 6 个文件写入 ${got.name}。`);
  });

  it('logged no console errors', () => {
    expect(app.problems).toEqual([]);
  });
});
