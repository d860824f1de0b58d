// The report exports of the in-browser stand-in: the same tables as the desktop app and the CLI, written in the
// page. CSV byte for byte as src/node writes it (the breakdown's six files in one zip), XLSX that a real reader
// (exceljs) opens with the same worksheets and cells, PDF that poppler reads back, English and Chinese.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { breakdownReport } from '../../src/core/export/breakdown-report';
import { breakdownOfTexts, shotTableOfTexts } from '../../src/core/export/series-reports';
import { toSimplified } from '../../src/node/project';
import { writeCsv, xlsxReport } from '../../src/node/reports';
import { shotsCsv, shotsXlsx as nodeShotsXlsx } from '../../src/node/shots/export';
import { createBrowserReports } from '../../src/renderer/api/browser-reports';
import { columnWidths, wrapText } from '../../src/renderer/api/browser-reports-pdf';
import { crc32, zip } from '../../src/renderer/api/browser-reports-xlsx';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (lang: string, file: string) => readFileSync(join(ROOT, 'resources', 'sample', lang, file), 'utf8');
const episodes = (lang: string) => [1, 2].map((n) => ({ name: `ep0${n}.fountain`, text: read(lang, `ep0${n}.fountain`) }));
const project = (lang: string) => read(lang, 'night-market-heiress.shotline.json');

/** The entries of a zip of stored entries (what zip() writes), checked against their CRC. */
function unzip(bytes: Uint8Array): Record<string, Buffer> {
  const b = Buffer.from(bytes);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const out: Record<string, Buffer> = {};
  for (let i = 0; i < count; i++) {
    expect(b.readUInt32LE(at)).toBe(0x02014b50);
    const crc = b.readUInt32LE(at + 16);
    const size = b.readUInt32LE(at + 20);
    const nameLength = b.readUInt16LE(at + 28);
    const name = b.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = b.readUInt32LE(at + 42);
    expect(b.readUInt32LE(local)).toBe(0x04034b50);
    const data = b.subarray(local + 30 + b.readUInt16LE(local + 26), local + 30 + b.readUInt16LE(local + 26) + size);
    expect(crc32(data), name).toBe(crc);
    out[name] = data;
    at += 46 + nameLength;
  }
  return out;
}

function capture() {
  const offered: { name: string; bytes: Uint8Array; kind: string }[] = [];
  return { offered, api: createBrowserReports((name, bytes, kind) => offered.push({ name, bytes, kind })) };
}

async function sheets(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  // Empty cells read back as '' or as holes depending on the writer: both count as empty, trailing ones dropped.
  const cells = (row: unknown[]) => {
    const values = Array.from(row).slice(1).map((v) => v ?? '');
    while (values.length && values[values.length - 1] === '') values.pop();
    return values;
  };
  return book.worksheets.map((w) => ({ name: w.name, rows: w.getSheetValues().filter(Boolean).map((r) => cells(r as unknown[])) }));
}

function pdfText(bytes: Uint8Array): string | null {
  const file = join(mkdtempSync(join(tmpdir(), 'shotline-browser-reports-')), 'out.pdf');
  writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    console.warn('pdftotext is not installed: the PDF text is not checked (sudo apt-get install poppler-utils).');
    return null;
  }
}

const request = { project: null as string | null, suggestedName: 'Night Market: breakdown', dialogTitle: 'Export' };

describe('breakdown reports in the browser stand-in', () => {
  it('offers the six CSV files in one zip, each the bytes the desktop app writes', async () => {
    const { api, offered } = capture();
    const result = await api.exportBreakdown({ ...request, format: 'csv', episodes: episodes('zh'), project: project('zh') });
    expect(offered.map((o) => [o.name, o.kind])).toEqual([['Night Market breakdown.zip', 'zip']]);
    expect(result).toMatchObject({ path: 'Night Market breakdown.zip', files: ['scene-list.csv', 'cast.csv', 'locations.csv', 'sets.csv', 'elements.csv', 'breakdown-sheets.csv'], warnings: [] });
    expect(Buffer.from(result!.base64!, 'base64')).toEqual(Buffer.from(offered[0].bytes));
    const files = unzip(offered[0].bytes);
    const dir = mkdtempSync(join(tmpdir(), 'shotline-browser-csv-'));
    await writeCsv(dir, breakdownOfTexts(episodes('zh'), project('zh'), toSimplified()));
    expect(Object.keys(files)).toEqual(result!.files);
    for (const name of result!.files) expect(files[name], name).toEqual(readFileSync(join(dir, name)));
    expect(files['scene-list.csv'].toString('utf8')).toContain('福安夜市');
  });

  it('writes a workbook with the worksheets and cells of the desktop one', async () => {
    const { api, offered } = capture();
    await api.exportBreakdown({ ...request, format: 'xlsx', episodes: episodes('en'), project: project('en') });
    expect(offered[0]).toMatchObject({ name: 'Night Market breakdown.xlsx', kind: 'xlsx' });
    const mine = await sheets(offered[0].bytes);
    const theirs = await sheets(await xlsxReport(breakdownReport(breakdownOfTexts(episodes('en'), project('en'), toSimplified()))));
    expect(mine.map((s) => s.name)).toEqual(theirs.map((s) => s.name));
    expect(mine.map((s) => s.name)).toEqual(['Scene list', 'Cast report', 'Locations', 'Sets', 'Elements', 'Breakdown sheets']);
    // The report tables cell for cell (the breakdown sheets are laid out alike but merge differently).
    for (let i = 0; i < 5; i++) expect(mine[i].rows, mine[i].name).toEqual(theirs[i].rows);
    expect(mine[5].rows.flat()).toEqual(expect.arrayContaining(theirs[5].rows.flat().filter((v) => v !== '')));
  });

  it('writes the PDF in the standard fonts, Chinese text readable, and says so', async () => {
    const { api, offered } = capture();
    const result = await api.exportBreakdown({ ...request, format: 'pdf', episodes: episodes('zh'), project: project('zh'), language: 'zh-Hant' });
    expect(Buffer.from(offered[0].bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(result!.pages).toBeGreaterThan(5);
    expect(result!.warnings[0]).toMatchObject({ code: 'plain-report', message: expect.stringMatching(/standard PDF fonts/) });
    const text = pdfText(offered[0].bytes);
    if (text === null) return;
    expect(text).toContain('順場表');
    expect(text).toContain('福安夜市');
  });
});

describe('shot lists in the browser stand-in', () => {
  const shots = (lang: string) => [{ name: 'ep01.fountain', text: read(lang, 'ep01.fountain'), shots: read(lang, 'ep01.shots.json') }];

  it('writes the CSV the desktop app writes, grouped as asked', async () => {
    const { api, offered } = capture();
    const result = await api.exportShots({ ...request, suggestedName: 'ep01-shots', format: 'csv', episodes: shots('en'), project: project('en'), grouping: 'set' });
    const { table } = shotTableOfTexts(shots('en'), project('en'), { grouping: 'set', toSimplified: toSimplified() });
    expect(offered.map((o) => [o.name, o.kind])).toEqual([['ep01-shots.csv', 'csv']]);
    expect(Buffer.from(offered[0].bytes)).toEqual(Buffer.from(shotsCsv(table), 'utf8'));
    expect(result).toMatchObject({ files: ['ep01-shots.csv'], shots: table.shots, orphans: 0 });
  });

  it('writes the workbook and the PDF', async () => {
    const { api, offered } = capture();
    await api.exportShots({ ...request, suggestedName: 'ep01-shots', format: 'xlsx', episodes: shots('zh'), project: project('zh') });
    const { table } = shotTableOfTexts(shots('zh'), project('zh'), { grouping: 'episode', toSimplified: toSimplified() });
    const [mine] = await sheets(offered[0].bytes);
    const [theirs] = await sheets(await nodeShotsXlsx(table));
    expect(mine).toEqual(theirs);
    const result = await api.exportShots({ ...request, suggestedName: 'ep01-shots', format: 'pdf', episodes: shots('zh'), project: project('zh') });
    expect(result!.pages).toBeGreaterThan(0);
    const text = pdfText(offered[1].bytes);
    if (text === null) return;
    expect(text).toContain('分镜表');
    expect(text).toContain('福安夜市');
  });

  it('refuses an export with no shots', async () => {
    const { api, offered } = capture();
    await expect(api.exportShots({ ...request, format: 'csv', episodes: [{ ...shots('en')[0], shots: null }], project: null })).rejects.toThrow(/no shots to export/);
    expect(offered).toEqual([]);
  });
});

describe('the pieces', () => {
  it('zips entries that unzip reads back', () => {
    const bytes = zip([{ name: 'a.txt', data: 'hello' }, { name: '场景.csv', data: new Uint8Array([1, 2, 3]) }]);
    expect(unzip(bytes)).toEqual({ 'a.txt': Buffer.from('hello'), '场景.csv': Buffer.from([1, 2, 3]) });
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('wraps text to a width: Latin after a space, Chinese anywhere, paragraphs kept', () => {
    // 7.5 pt type: a Latin letter is 4.5 pt, a Han character 7.5 pt.
    expect(wrapText('LIN WAN and ZHOU YU', 4.5 * 10)).toEqual(['LIN WAN', 'and ZHOU', 'YU']);
    expect(wrapText('林晚推门进来了', 7.5 * 3)).toEqual(['林晚推', '门进来', '了']);
    expect(wrapText('a\nb', 100)).toEqual(['a', 'b']);
    // Closing punctuation hangs rather than start a line.
    expect(wrapText('金坠子。', 7.5 * 3)).toEqual(['金坠子。']);
  });

  it('gives a column at least its longest header word, the rest in proportion', () => {
    const columns = [
      { header: ['Episode', '集'], width: 4, align: 'right' as const },
      { header: ['Description', '画面内容'], width: 30, align: 'left' as const },
      { header: ['Flashback', '闪回'], width: 4, align: 'left' as const },
    ];
    const widths = columnWidths(columns, 300);
    expect(widths[0]).toBe(4.5 * 7);
    expect(widths[2]).toBe(4.5 * 9);
    expect(widths[1]).toBeCloseTo(300 - 4.5 * 16);
    expect(columnWidths(columns, 3800).map(Math.round)).toEqual([400, 3000, 400]);
  });
});
