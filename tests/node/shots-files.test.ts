// Shot-list files on disk and the exports: never overwrite what could not be read; CSV, XLSX and PDF say the
// same thing, Chinese included.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { emptyShotList, shotTable, writeShotList } from '../../src/core/shots';
import { textFingerprint } from '../../src/core/hash';
import { isShotlineFileError } from '../../src/node/files';
import { fillWithSuggestions, loadShotsSeries, readShotsFile, saveShotsFile, saveShotsSeries, ShotsFileRefused, shotsPathFor } from '../../src/node/shots';
import { shotsCsv, shotsXlsx } from '../../src/node/shots/export';
import { shotsPdf } from '../../src/node/pdf/shots-pdf';

const ROOT = join(__dirname, '../..');
const temp = () => mkdtempSync(join(tmpdir(), 'shotline-shots-'));

describe('shot-list files', () => {
  it('sit beside their script', () => {
    expect(shotsPathFor('/a/ep01.fountain')).toBe('/a/ep01.shots.json');
  });

  it('read as missing, ok or broken, with a message naming the file and the problem', async () => {
    const dir = temp();
    const script = join(dir, 'ep01.fountain');
    expect(await readShotsFile(script)).toEqual({ status: 'missing', path: join(dir, 'ep01.shots.json') });
    await saveShotsFile(script, emptyShotList('ep01.fountain'), { expected: null });
    expect((await readShotsFile(script)).status).toBe('ok');
    writeFileSync(join(dir, 'ep01.shots.json'), '{ "format": "shotline-shots", "version": 1, "scenes": [ ');
    const broken = await readShotsFile(script);
    expect(broken).toMatchObject({ status: 'broken' });
    expect(broken.status === 'broken' && broken.message).toMatch(/^ep01\.shots\.json could not be read: it is not valid JSON/);
    writeFileSync(join(dir, 'ep01.shots.json'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    expect(await readShotsFile(script)).toMatchObject({ status: 'broken', message: expect.stringMatching(/not UTF-8 text/) });
  });

  it('are never overwritten when they could not be read', async () => {
    const dir = temp();
    const script = join(dir, 'ep01.fountain');
    const bad = '{"format": "shotline-shots", "version": 7, "scenes": []}';
    writeFileSync(join(dir, 'ep01.shots.json'), bad);
    await expect(saveShotsFile(script, emptyShotList('ep01.fountain'), { expected: textFingerprint(bad) })).rejects.toThrow(ShotsFileRefused);
    await expect(saveShotsFile(script, emptyShotList('ep01.fountain'), { expected: null, force: true })).rejects.toThrow(/newer Shotline.*will not replace it; the shot list was not saved/);
    expect(readFileSync(join(dir, 'ep01.shots.json'), 'utf8')).toBe(bad);
  });

  it('are never saved over a change another program made since they were read, unless forced', async () => {
    const dir = temp();
    const script = join(dir, 'ep01.fountain');
    const path = join(dir, 'ep01.shots.json');
    const saved = await saveShotsFile(script, emptyShotList('ep01.fountain'), { expected: null });
    expect(saved).toEqual({ path, hash: textFingerprint(readFileSync(path, 'utf8')) });
    const read = await readShotsFile(script);
    expect(read.status === 'ok' && read.hash).toBe(saved.hash);
    // Saved again on what the last save wrote: fine (the app saves shortly after every edit).
    const again = await saveShotsFile(script, writeShotList(emptyShotList('ep01.fountain')), { expected: saved.hash });
    // Another program (a sync tool, a colleague's editor) writes its version.
    const theirs = readFileSync(path, 'utf8').replace('"scenes": []', '"scenes": [], "note": "theirs"');
    writeFileSync(path, theirs);
    const error = await saveShotsFile(script, emptyShotList('ep01.fountain'), { expected: again.hash }).catch((e: unknown) => e);
    expect(isShotlineFileError(error) && error.code).toBe('changed-on-disk');
    expect((error as Error).message).toBe('"ep01.shots.json" was changed by another program since Shotline read it. The shot list was not saved: reload it to see the other version, or save again and choose to overwrite it.');
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    await expect(saveShotsFile(script, emptyShotList('ep01.fountain'), { expected: null })).rejects.toThrow(/was created by another program/);
    await saveShotsFile(script, emptyShotList('ep01.fountain'), { expected: again.hash, force: true });
    expect(readFileSync(path, 'utf8')).not.toBe(theirs);
  });

  it('saved by the CLI are refused when changed between loading and saving', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'ep01.fountain'), 'INT. KITCHEN - DAY\n\nAnna cooks.\n');
    const path = join(dir, 'ep01.shots.json');
    await saveShotsFile(join(dir, 'ep01.fountain'), emptyShotList('ep01.fountain'), { expected: null });
    const series = await loadShotsSeries(dir);
    fillWithSuggestions(series, 'en');
    const theirs = readFileSync(path, 'utf8').replace('"scenes": []', '"scenes": [], "note": "theirs"');
    writeFileSync(path, theirs);
    const result = await saveShotsSeries(series);
    expect(result.saved).toEqual([]);
    expect(result.changed).toEqual([expect.stringMatching(/^"ep01\.shots\.json" was changed by another program/)]);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
  });
});

describe('exports of the sample series', async () => {
  const zh = await loadShotsSeries(join(ROOT, 'resources/sample/zh'));
  fillWithSuggestions(zh, 'zh-Hans');
  const inputs = zh.documents.flatMap((d) => d.scenes.map((scene) => ({ script: d.script, scene, shots: d.resolved.scenes[scene.id]?.shots ?? [] })));
  const table = shotTable(inputs, [], { language: 'zh-Hans', grouping: 'episode' });

  it('CSV: UTF-8 with BOM, bilingual header, one row per shot', () => {
    const csv = shotsCsv(table);
    expect(csv.startsWith('\uFEFF集 Ep,场次 Scene,场景 Location,置景 Set,镜号 Shot,景别 Size,角度 Angle,运镜 Move,焦段 Lens,机器 Cam,机位 Setup,人物 Cast,画面内容 Description,剧本行 Lines,秒 Sec,状态 Status,备注 Notes\r\n')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines.length - 1).toBe(table.shots);
    // Episode 1 comes from the sample's saved list (shot 1 already shot, with a note); the rest is suggested.
    expect(lines[1]).toBe('1,1-1,福安夜市,Taiwan Street set - night market,1,WS 远景,俯拍,竖摇,24,A,1,,建立镜头：福安夜市（字幕：台北·福安夜市）,10-12,3,已拍,夜市允许就用无人机；否则在对面摊位顶上拍');
    expect(lines.find((l) => l.startsWith('2,2-1,'))).toMatch(/^2,2-1,[^,]+,[^,]+,1,WS 远景,俯拍,/);
  });

  it('XLSX: one worksheet, one row per shot under a frozen header', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await shotsXlsx(table)) as unknown as ArrayBuffer);
    const ws = book.worksheets[0];
    expect(ws.rowCount).toBe(table.shots + 1);
    expect(ws.getRow(1).getCell(5).value).toBe('镜号\nShot');
    expect(ws.getRow(2).getCell(13).value).toBe('建立镜头：福安夜市（字幕：台北·福安夜市）');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('PDF: landscape pages with the Chinese text in it', async () => {
    const { bytes, pages, warnings } = await shotsPdf(table, { series: '夜市千金' });
    expect(warnings).toEqual([]);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages).toBeGreaterThanOrEqual(10);
    const hasPoppler = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].some((p) => existsSync(p));
    if (!hasPoppler) return;
    const dir = temp();
    writeFileSync(join(dir, 's.pdf'), bytes);
    const text = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', join(dir, 's.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('夜市千金');
    expect(text).toContain('建立镜头：福安夜市');
    expect(text).toMatch(/镜号\s+景别/);
    const info = execFileSync('pdfinfo', [join(dir, 's.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
  });
});
