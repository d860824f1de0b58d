// The shot-list panel in the built renderer (real Chromium): the sample's shot list beside the script,
// selecting a shot paints its lines and the caret marks its shot, keyboard editing, duplicate, delete, undo,
// reorder by keys and by drag, bulk edit, the views, suggesting and saving for a script of one's own, shots
// surviving a deleted scene as orphans, locking scene numbers, and the Chinese interface.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnSample, ROOT } from './support/app';
import type { AppSession } from './support/app';
import { browserFiles, clickLine, editorText, keyTarget, LINES } from './support/editor';

const OUT = join(ROOT, 'test-results');
const ROW = '.shots-grid tr.shot-row';

let app: AppSession;

const numbers = () => app.page.$$eval(ROW, (rows) => rows.map((r) => r.getAttribute('data-shot')));
const column = (key: string) => app.page.$$eval(`${ROW} td[data-col="${key}"]`, (cells) => cells.map((c) => c.textContent ?? ''));
const cell = (shot: string, key: string) => `${ROW}[data-shot="${shot}"] td[data-col="${key}"]`;
const painted = () =>
  app.page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('shotline-shot');
    return h ? [...h].map((r) => r.toString()) : [];
  });
const shot = async (name: string) => {
  mkdirSync(OUT, { recursive: true });
  await app.page.screenshot({ path: join(OUT, name) });
};

const SCRIPT = `Title: Harbour
Language: en

INT. KITCHEN - DAY

Anna cooks eggs on the stove.

ANNA
Breakfast is ready.

BEN
I'm not hungry.

ANNA
Eat anyway.

BEN
Fine.

EXT. GARDEN - DAY

Ben waters the roses slowly.

BEN
They need rain.

INT. KITCHEN - NIGHT

Anna washes the dishes alone.
`;

beforeAll(async () => {
  app = await openOnSample({ viewport: { width: 1400, height: 900 } });
  await app.page.click('#tab-shots');
  await app.page.waitForSelector(ROW);
});

afterAll(async () => {
  await app?.close();
});

describe('the shot-list panel on the sample', () => {
  it("shows the sample's saved shots for the first scene, read-only", async () => {
    expect(await numbers()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
    expect((await column('description'))[0]).toBe("Establishing: FU'AN NIGHT MARKET");
    expect(await app.page.textContent('.shots-state')).toBe("The sample's shot list: changes are not saved");
    expect(await app.page.textContent('.shots-scene strong')).toBe("1-1  EXT. FU'AN NIGHT MARKET - NIGHT");
    await shot('e2e-shots-sample.png');
  });

  it('paints the script lines of the selected shot', async () => {
    await app.page.click(cell('10', 'description'));
    expect(await painted()).toEqual(['MRS. LIN', '(counting eggs)', 'One egg less, Wan. Eggs went up again.']);
    await app.page.click(cell('13', 'description'));
    expect((await painted())[0]).toMatch(/^LIN WAN \(24, quick hands/);
  });

  it('marks the shot whose lines hold the caret', async () => {
    const { page } = app;
    await clickLine(page, 'Sick of overtime. Not of you.');
    await expect.poll(() => page.$$eval(`${ROW}.linked`, (rows) => rows.map((r) => r.getAttribute('data-shot')))).toEqual(['8']);
  });

  it('edits from the keyboard: type to edit, Enter down, Tab across, Escape cancels, bad input kept out', async () => {
    const { page } = app;
    await page.click(cell('3', 'size'));
    await page.keyboard.type('cu');
    await page.keyboard.press('Enter');
    expect((await column('size'))[2]).toBe('CU');
    await page.keyboard.press('Tab');
    await page.keyboard.type('b');
    await page.keyboard.press('Tab');
    expect((await column('camera'))[3]).toBe('B');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('wobbly');
    await page.keyboard.press('Enter');
    expect(await page.textContent('.shots-message')).toBe('“wobbly” is not a valid Size.');
    await page.keyboard.press('Escape');
    expect((await column('size'))[3]).toBe('MCU');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect((await column('size'))[3]).toBe('MCU');
  });

  it('duplicates, deletes and undoes from the keyboard', async () => {
    const { page } = app;
    await page.click(cell('2', 'number'));
    await page.keyboard.press('Control+d');
    expect((await numbers()).slice(0, 4)).toEqual(['1', '2', '2A', '3']);
    await page.click(cell('2A', 'number'));
    await page.keyboard.press('Delete');
    expect((await numbers()).slice(0, 3)).toEqual(['1', '2', '3']);
    await page.keyboard.press('Control+z');
    expect((await numbers()).slice(0, 4)).toEqual(['1', '2', '2A', '3']);
    await page.keyboard.press('Control+z');
    expect((await numbers()).slice(0, 3)).toEqual(['1', '2', '3']);
  });

  it('moves shots with Alt+arrows and by dragging', async () => {
    const { page } = app;
    await page.click(cell('1', 'number'));
    await page.keyboard.press('Alt+ArrowDown');
    expect((await numbers()).slice(0, 3)).toEqual(['2', '1', '3']);
    await page.dragAndDrop(`${ROW}[data-shot="14"]`, `${ROW}[data-shot="2"]`, { targetPosition: { x: 10, y: 2 } });
    expect((await numbers()).slice(0, 3)).toEqual(['14', '2', '1']);
    await page.click('.shots [data-action="renumber"]');
    expect((await numbers()).slice(0, 3)).toEqual(['1', '2', '3']);
    expect((await column('description'))[0]).toBe('Insert: gold pendant');
  });

  it('changes several shots at once', async () => {
    const { page } = app;
    await page.click(cell('4', 'number'));
    await page.click(cell('6', 'number'), { modifiers: ['Shift'] });
    expect(await page.textContent('.shots-bulk span')).toBe('3 shots selected');
    await page.selectOption('.shots-bulk select[data-bulk="camera"]', 'C');
    await page.selectOption('.shots-bulk select[data-bulk="status"]', 'shot');
    expect((await column('camera')).slice(3, 6)).toEqual(['C', 'C', 'C']);
    expect((await column('status')).slice(3, 6)).toEqual(['shot', 'shot', 'shot']);
    expect(await page.$$eval(`${ROW}.done`, (rows) => rows.length)).toBeGreaterThanOrEqual(3);
  });

  it('shows the scenes of the episode, or of the set', async () => {
    const { page } = app;
    await page.click('.shots [data-view="episode"]');
    expect(await page.$$eval('.shots-grid tr.scene-band', (rows) => rows.map((r) => r.getAttribute('data-band')))).toEqual(['1/1-1', '1/1-2', '1/1-3', '1/1-4']);
    await page.click('.shots [data-view="set"]');
    expect(await page.$$eval('.shots-grid tr.scene-band', (rows) => rows.map((r) => r.getAttribute('data-band')))).toEqual(['1/1-1', '1/1-3']);
    await page.click('.shots [data-action="columns"]');
    expect(await page.$$eval('.shots-grid th', (ths) => ths.map((th) => th.textContent))).toEqual(['#', 'Size', 'Angle', 'Move', 'Lens', 'Cam', 'Setup', 'Cast', 'Description', 'Sec', 'Status', 'Notes']);
    await shot('e2e-shots-set-view.png');
    await page.click('.shots [data-action="columns"]');
    await page.click('.shots [data-view="scene"]');
  });
});

describe('the shot-list panel on a script of ones own', () => {
  it('suggests coverage in one action and saves it beside the script', async () => {
    const { page } = app;
    await browserFiles.queueOpen(page, 'harbour.fountain', SCRIPT);
    await page.keyboard.press('Control+o');
    await page.waitForSelector('.shots-empty');
    await page.click('.shots [data-view="episode"]');
    await page.click('.shots [data-action="suggest"]');
    await page.waitForSelector(ROW);
    expect(await page.textContent('.shots-message')).toMatch(/^Suggested \d+ shots for 3 scenes\.$/);
    const sizes = await column('size');
    expect(sizes).toContain('OTS');
    expect(sizes.filter((s) => s === 'WS')).toHaveLength(3); // every scene changes set: kitchen, garden, kitchen
    expect(await column('description')).toContain('Single: ANNA'); // named only in the action of the last scene
    await expect.poll(() => page.textContent('.shots-state')).toBe('Saved beside the script');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('shotline.browser.shots') ?? '{}') as Record<string, string>);
    const file = JSON.parse(saved['browser:/harbour.shots.json']);
    expect(file.scenes.map((b: { scene: { heading: string } }) => b.scene.heading)).toEqual(['INT. KITCHEN - DAY', 'EXT. GARDEN - DAY', 'INT. KITCHEN - NIGHT']);
    await shot('e2e-shots-suggested.png');
  });

  it('keeps the shots of a deleted scene as orphans, to attach again', async () => {
    const { page } = app;
    const garden = await page.$$eval(`${ROW}[data-scene="1/1-2"]`, (rows) => rows.length);
    // Cut the garden scene from the script.
    await clickLine(page, 'EXT. GARDEN - DAY');
    await page.keyboard.press('Home');
    for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowDown');
    await expect
      .poll(() => keyTarget(page), { timeout: 3000 })
      .toMatchObject({ selection: expect.stringMatching(/^EXT\. GARDEN - DAY\s+Ben waters[^]*They need rain\.\s*$/), focus: expect.stringContaining('script') });
    await page.keyboard.press('Delete');
    await expect.poll(() => editorText(page)).not.toContain('GARDEN');
    const orphanKey = () => page.$$eval('.shots-orphans .orphan-key', (keys) => keys.map((k) => k.textContent));
    await expect.poll(orphanKey, { timeout: 5000 }).toEqual(['1-2  EXT. GARDEN - DAY']);
    await clickLine(page, 'Anna washes the dishes alone.');
    await page.click('.shots [data-view="scene"]');
    await page.click('.shots-orphans [data-action="attach"]');
    await expect.poll(() => page.$$eval('.shots-orphans', (s) => s.length)).toBe(0);
    expect(await page.$$eval(ROW, (rows) => rows.length)).toBeGreaterThanOrEqual(garden);
  });

  it('locks scene numbers in the script', async () => {
    const { page } = app;
    await page.click('.shots [data-action="lock"]');
    expect(await page.textContent('.shots-message')).toBe('Locked 2 scene numbers.');
    const text = await editorText(page);
    expect(text).toContain('INT. KITCHEN - DAY #1-1#');
    expect(text).toContain('INT. KITCHEN - NIGHT #1-2#');
    // The shots stay with their scenes.
    await expect.poll(() => page.textContent('.shots-scene strong')).toBe('1-2  INT. KITCHEN - NIGHT');
    expect(await page.$$eval(ROW, (rows) => rows.length)).toBeGreaterThan(0);
  });

  it('keeps a cell being edited when the writer clicks into the script, and the keys then go to the script', async () => {
    const { page } = app;
    const first = await page.$eval(ROW, (row) => row.getAttribute('data-shot'));
    await page.click(cell(first!, 'description'));
    await page.keyboard.type('Anna alone at the sink');
    await page.click(`${LINES}:text-is("Anna washes the dishes alone.")`);
    expect(await page.evaluate(() => document.activeElement?.closest('.script') !== null)).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(' Slowly.');
    expect(await editorText(page)).toContain('Anna washes the dishes alone. Slowly.');
    expect(await page.textContent(cell(first!, 'description'))).toBe('Anna alone at the sink');
  });
});

describe('the shot-list panel in Chinese', () => {
  it('follows the interface language', async () => {
    const zh = await openOnSample({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
    try {
      expect(await zh.page.textContent('#tab-shots')).toBe('分镜');
      await zh.page.click('#tab-shots');
      await zh.page.waitForSelector(ROW);
      expect(await zh.page.$$eval('.shots-grid th', (ths) => ths.map((th) => th.textContent))).toEqual(['镜号', '景别', '机器', '画面内容', '秒', '状态']);
      expect(await zh.page.$$eval(`${ROW} td[data-col="size"]`, (c) => c.slice(0, 3).map((x) => x.textContent))).toEqual(['远景', '全景', '过肩']);
      expect(await zh.page.$$eval(`${ROW} td[data-col="status"]`, (c) => c[0].textContent)).toBe('已拍');
      await zh.page.click(`${ROW}[data-shot="5"] td[data-col="size"]`);
      await zh.page.keyboard.insertText('大特写');
      await zh.page.keyboard.press('Enter');
      expect(await zh.page.$$eval(`${ROW} td[data-col="size"]`, (c) => c[4].textContent)).toBe('大特写');
      await zh.page.screenshot({ path: join(OUT, 'e2e-shots-zh.png') });
      expect(zh.problems).toEqual([]);
    } finally {
      await zh.close();
    }
  });
});

describe('the page', () => {
  it('logged no console errors', () => {
    expect(app.problems).toEqual([]);
  });
});
