// The breakdown reports on disk: CSV that Excel reads (BOM, bilingual headers), an XLSX workbook read back
// with exceljs, and a PDF read back with poppler (text, fonts, one sheet per scene).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeCsv, writePdfReport, writeXlsxReport, CSV_FILES } from '../../../src/node/reports';
import { sample } from '../../core/breakdown/support';
import { pdfFonts, pdfInfo, pdfText, popplerPresent, POPPLER_ABSENT } from '../pdf/poppler';

const zh = sample('zh');
const en = sample('en');
const temp = () => mkdtempSync(join(tmpdir(), 'shotline-reports-'));

describe('CSV reports', () => {
  it('writes one file per report, UTF-8 with BOM, bilingual headers, a row per scene', async () => {
    const dir = temp();
    const files = await writeCsv(dir, zh);
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(Object.values(CSV_FILES).sort());
    const bytes = readFileSync(join(dir, CSV_FILES.scenes));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('集 Episode,场次 Scene,内/外 INT/EXT,时间 Time,场景 Location,置景 Set,演员 Cast,群演 Extras,道具与元素 Elements,页数 Pages,时长 Duration,闪回 Flashback,行 Line');
    expect(lines).toHaveLength(1 + 38);
    expect(lines[1]).toMatch(/^1,1-1,外,夜,福安夜市,Taiwan Street set - night market,林晚、林母、周屿,摊贩甲,道具：铁板；道具：金坠子,\d\/8,0:\d\d,,10$/);
    const sheets = readFileSync(join(dir, CSV_FILES.sheets), 'utf8');
    expect(sheets).toContain('\r\n3,3-3,福安街骑楼,车辆,黑色老款奔驰\r\n');
  });

  it('writes English reports with English first in the headers', async () => {
    const dir = temp();
    await writeCsv(dir, en);
    expect(readFileSync(join(dir, CSV_FILES.cast), 'utf8').split('\r\n')[0]).toBe('\uFEFFName 姓名,Spellings 写法,Scenes 场数,Episodes 集数,Speeches 台词数,Characters spoken 台词字数,First 首次出场,Last 最后出场,Day rate 日薪,Extras 群演');
  });
});

describe('XLSX report', () => {
  it('opens as a workbook with a sheet per report, frozen bilingual headers, colours by category', async () => {
    const path = join(temp(), 'zh.xlsx');
    await writeXlsxReport(path, zh);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((w) => w.name)).toEqual(['顺场表', '演员表', '场景表', '置景表', '道具与元素表', '分解表']);
    const scenes = book.getWorksheet('顺场表')!;
    expect(scenes.getRow(1).getCell(2).value).toBe('场次\nScene');
    expect(scenes.rowCount).toBe(1 + 38);
    expect(scenes.getRow(2).getCell(5).value).toBe('福安夜市');
    expect(scenes.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const elements = book.getWorksheet('道具与元素表')!;
    const vehicle = elements.getRows(2, elements.rowCount - 1)!.find((r) => r.getCell(2).value === '黑色老款奔驰')!;
    expect(vehicle.getCell(1).value).toBe('车辆');
    expect((vehicle.getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFEC407A');
    const sheets = book.getWorksheet('分解表')!;
    const titles = sheets.getColumn(1).values.filter((v) => typeof v === 'string' && v.startsWith('分解表 '));
    expect(titles).toHaveLength(38);
  });

  it('names its sheets in Traditional Chinese for a Taiwan series', async () => {
    const path = join(temp(), 'tw.xlsx');
    await writeXlsxReport(path, zh, 'zh-Hant');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets[0].name).toBe('順場表');
    expect(book.worksheets[0].getRow(1).getCell(2).value).toBe('場次\nScene');
  });
});

describe.skipIf(!popplerPresent)('PDF report', () => {
  it('prints the reports with the Chinese font embedded, and one breakdown sheet per scene', async () => {
    const path = join(temp(), 'zh.pdf');
    const { pages, warnings } = await writePdfReport(path, zh);
    expect(warnings).toEqual([]);
    expect(Number(pdfInfo(path).Pages)).toBe(pages);
    expect(pdfFonts(path).some((f) => /NotoSansSC/.test(f.name) && f.embedded && f.subset)).toBe(true);
    const first = pdfText(path, 1);
    for (const word of ['顺场表', '场次', 'Scene', '福安夜市', 'Taiwan Street set', '林晚']) expect(first).toContain(word);
    const sheetPages = Array.from({ length: pages }, (_, i) => pdfText(path, i + 1)).filter((t) => t.includes('分解表 '));
    expect(sheetPages).toHaveLength(38);
    const flashback = sheetPages.find((t) => t.includes('分解表 3-3'))!;
    for (const word of ['年轻林父', '黑色老款奔驰', '人工降雨', '车辆 Vehicles', '特效 Special effects']) expect(flashback).toContain(word);
  });

  it('prints English reports too', async () => {
    const path = join(temp(), 'en.pdf');
    await writePdfReport(path, en);
    const text = pdfText(path);
    for (const word of ['Scene list', 'FU\'AN NIGHT MARKET', 'Cast report', 'Breakdown sheet 8-1A', 'Props 道具']) expect(text).toContain(word);
  });
});
if (!popplerPresent) console.warn(POPPLER_ABSENT);
