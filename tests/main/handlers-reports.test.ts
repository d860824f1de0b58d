// The report-export handlers with their dialogs stood in for (no Electron), writing real files with the CLI's
// writers: breakdown reports as a CSV folder, XLSX or PDF; the shot list as CSV, XLSX or PDF; cancel, refusals,
// the replace question, the request check and the sender check.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { breakdownSeries } from '../../src/core/breakdown';
import { breakdownReport } from '../../src/core/export/breakdown-report';
import { breakdownRequest, createReportsHandlers, reportsDeps, shotsRequest } from '../../src/main/handlers-reports';
import { dispatch, FOREIGN_SENDER_ERROR, type Handlers } from '../../src/main/ipc';
import { loadSeries, toSimplified } from '../../src/node/project';
import { writeCsv } from '../../src/node/reports';
import { CSV_FILES } from '../../src/node/reports/csv';
import { BREAKDOWN_CSV_NAMES, type ReportFormat } from '../../src/shared/api-reports';
import { ROOT } from './support';

const SAMPLE = (lang: 'en' | 'zh', file: string) => join(ROOT, 'resources', 'sample', lang, file);
const text = (lang: 'en' | 'zh', file: string) => readFile(SAMPLE(lang, file), 'utf8');
const PROJECT = { en: 'night-market-heiress.shotline.json', zh: 'night-market-heiress.shotline.json' };

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function setup(options: { file?: (dir: string, format: ReportFormat) => string | null; folder?: (dir: string) => string | null; replace?: boolean; inputs?: string[] } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'shotline-reports-handler-'));
  const asked: string[] = [];
  const replaceAsked: string[][] = [];
  const handlers = createReportsHandlers({
    chooseFile: async (format, name, title) => {
      asked.push(`${title}: ${name}`);
      return options.file ? options.file(dir, format) : join(dir, `out.${format}`);
    },
    chooseFolder: async (title) => {
      asked.push(`${title}: (folder)`);
      return options.folder ? options.folder(dir) : dir;
    },
    confirmReplace: async (names) => {
      replaceAsked.push(names);
      return options.replace ?? true;
    },
    inputs: () => options.inputs ?? [],
  });
  return { dir, asked, replaceAsked, handlers };
}

const episode = async (lang: 'en' | 'zh', n = 1) => ({ name: `ep0${n}.fountain`, text: await text(lang, `ep0${n}.fountain`) });
const breakdown = async (format: ReportFormat, lang: 'en' | 'zh' = 'en', over: Record<string, unknown> = {}) =>
  breakdownRequest({ format, episodes: [await episode(lang)], project: await text(lang, PROJECT[lang]), suggestedName: 'ep01-breakdown', dialogTitle: 'Export breakdown reports', ...over });
const shots = async (format: ReportFormat, lang: 'en' | 'zh' = 'en', over: Record<string, unknown> = {}) =>
  shotsRequest({
    format,
    episodes: [{ ...(await episode(lang)), shots: await text(lang, 'ep01.shots.json') }],
    project: await text(lang, PROJECT[lang]),
    suggestedName: 'ep01-shots',
    dialogTitle: 'Export shot list',
    ...over,
  });

describe('exportBreakdown', () => {
  it('writes the CSV reports into the chosen folder, the same bytes as `shotline breakdown --csv`', async () => {
    const { dir, asked, handlers } = await setup();
    const result = await handlers.exportBreakdown(await breakdown('csv'));
    expect(asked).toEqual(['Export breakdown reports: (folder)']);
    expect(result).toEqual({ path: dir, files: [...BREAKDOWN_CSV_NAMES], warnings: [] });
    expect((await readdir(dir)).sort()).toEqual([...BREAKDOWN_CSV_NAMES].sort());
    const scenes = await readFile(join(dir, 'scene-list.csv'), 'utf8');
    expect(scenes.startsWith('\uFEFF')).toBe(true);
    expect(scenes.split('\r\n')[0]).toContain('Scene');
    expect(scenes.split('\r\n')[1]).toMatch(/^1,1-1,EXT,NIGHT,FU'AN NIGHT MARKET,Taiwan Street set - night market,/);
    // The CLI's writer on the same episode from disk gives the same files.
    const cli = await mkdtemp(join(tmpdir(), 'shotline-reports-cli-'));
    const series = await loadSeries(SAMPLE('en', 'ep01.fountain'));
    await writeCsv(cli, breakdownSeries(series.documents, { project: series.project, toSimplified: toSimplified() }));
    for (const name of Object.values(CSV_FILES)) expect(await readFile(join(dir, name)), name).toEqual(await readFile(join(cli, name)));
  });

  it('breaks down what the editor holds (unsaved changes included), in the report language asked for', async () => {
    const { dir, handlers } = await setup();
    const own = await episode('zh');
    own.text += '\n1-9 日 内 新写的场景\n人物：林晚\n△她坐下。\n';
    await handlers.exportBreakdown(await breakdown('csv', 'zh', { episodes: [own], language: 'en' }));
    const scenes = await readFile(join(dir, 'scene-list.csv'), 'utf8');
    expect(scenes).toContain('新写的场景');
    expect(scenes.split('\r\n')[0].startsWith('\uFEFFEpisode')).toBe(true);
  });

  it('returns null and writes nothing when a dialog is cancelled', async () => {
    const none = await setup({ folder: () => null, file: () => null });
    expect(await none.handlers.exportBreakdown(await breakdown('csv'))).toBeNull();
    expect(await none.handlers.exportBreakdown(await breakdown('xlsx'))).toBeNull();
    expect(await none.handlers.exportBreakdown(await breakdown('pdf'))).toBeNull();
    expect(await readdir(none.dir)).toEqual([]);
  });

  it('asks once before replacing reports already in the folder, and writes nothing on no', async () => {
    const { dir, handlers, replaceAsked } = await setup({ replace: false });
    await writeFile(join(dir, 'cast.csv'), 'last week');
    await writeFile(join(dir, 'sets.csv'), 'last week');
    expect(await handlers.exportBreakdown(await breakdown('csv'))).toBeNull();
    expect(replaceAsked).toEqual([['cast.csv', 'sets.csv']]);
    expect((await readdir(dir)).sort()).toEqual(['cast.csv', 'sets.csv']);
    expect(await readFile(join(dir, 'cast.csv'), 'utf8')).toBe('last week');
  });

  it('never writes over a file that is not a report of that kind, nor a script being edited, and checks every CSV first', async () => {
    const { dir, handlers, replaceAsked } = await setup();
    await writeFile(join(dir, 'elements.csv'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0x01]));
    await expect(handlers.exportBreakdown(await breakdown('csv'))).rejects.toThrow(/elements\.csv exists and is not a CSV file/);
    expect(replaceAsked).toEqual([]);
    expect(await readdir(dir)).toEqual(['elements.csv']);

    const xlsx = await setup({ file: (d) => join(d, 'notes.xlsx') });
    await writeFile(join(xlsx.dir, 'notes.xlsx'), 'INT. A SCRIPT - DAY');
    await expect(xlsx.handlers.exportBreakdown(await breakdown('xlsx'))).rejects.toThrow(/notes\.xlsx exists and is not a spreadsheet/);
    expect(await readFile(join(xlsx.dir, 'notes.xlsx'), 'utf8')).toBe('INT. A SCRIPT - DAY');

    const script = join(dir, 'ep01.pdf');
    await writeFile(script, '%PDF-1.4 but open as a script');
    const open = await setup({ file: () => script, inputs: [script] });
    await expect(open.handlers.exportBreakdown(await breakdown('pdf'))).rejects.toThrow(/one of the files being read/);
    expect(await readFile(script, 'utf8')).toBe('%PDF-1.4 but open as a script');
  });

  it('writes the workbook with a worksheet per report and the breakdown sheets', async () => {
    const { dir, asked, handlers } = await setup();
    const result = await handlers.exportBreakdown(await breakdown('xlsx', 'zh'));
    expect(asked).toEqual(['Export breakdown reports: ep01-breakdown.xlsx']);
    expect(result).toEqual({ path: join(dir, 'out.xlsx'), files: ['out.xlsx'], warnings: [] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(join(dir, 'out.xlsx'))) as unknown as ArrayBuffer);
    const report = breakdownReport(breakdownSeries([{ name: 'ep01.fountain', script: (await import('../../src/core/parse')).parse(await text('zh', 'ep01.fountain')) }]));
    expect(book.worksheets.map((w) => w.name)).toEqual([...report.tables.map((t) => t.title), report.sheetsTitle]);
    expect(book.worksheets[0].getRow(2).values).toContain('福安夜市');
  });

  it('writes the PDF report, Chinese text readable', async () => {
    const { dir, handlers } = await setup();
    const result = await handlers.exportBreakdown(await breakdown('pdf', 'zh'));
    expect(result).toMatchObject({ path: join(dir, 'out.pdf'), files: ['out.pdf'], warnings: [] });
    expect(result!.pages).toBeGreaterThan(4);
    const bytes = await readFile(join(dir, 'out.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasPoppler()) return console.warn('pdftotext is not installed: the PDF text is not checked (sudo apt-get install poppler-utils).');
    const pdfText = execFileSync('pdftotext', [join(dir, 'out.pdf'), '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('福安夜市');
    expect(pdfText).toContain('顺场表');
  });

  it('refuses a project it cannot read before asking where to save', async () => {
    const { asked, handlers } = await setup();
    await expect(handlers.exportBreakdown(await breakdown('csv', 'en', { project: '{"format": "shotline-project",' }))).rejects.toThrow(/The project could not be read: it is not valid JSON/);
    expect(asked).toEqual([]);
  });
});

describe('exportShots', () => {
  it('writes the CSV, one row per shot, from the shot list the panel holds', async () => {
    const { dir, asked, handlers } = await setup();
    const request = await shots('csv');
    const result = await handlers.exportShots(request);
    expect(asked).toEqual(['Export shot list: ep01-shots.csv']);
    const list = JSON.parse(request.episodes[0].shots!) as { scenes: { shots: unknown[] }[] };
    const count = list.scenes.reduce((n, s) => n + s.shots.length, 0);
    expect(result).toEqual({ path: join(dir, 'out.csv'), files: ['out.csv'], shots: count, orphans: 0, warnings: [] });
    const csv = (await readFile(join(dir, 'out.csv'), 'utf8')).split('\r\n').filter(Boolean);
    expect(csv[0]).toBe('\uFEFFEp 集,Scene 场次,Location 场景,Set 置景,Shot 镜号,Size 景别,Angle 角度,Move 运镜,Lens 焦段,Cam 机器,Setup 机位,Cast 人物,Description 画面内容,Lines 剧本行,Sec 秒,Status 状态,Notes 备注');
    expect(csv).toHaveLength(count + 1);
    expect(csv[1]).toContain("FU'AN NIGHT MARKET");
  });

  it('groups by set, labels in the language asked for, and keeps orphans (marked) when their scene is gone', async () => {
    const { dir, handlers } = await setup();
    const request = await shots('csv', 'zh', { grouping: 'set', language: 'zh-Hant' });
    // The first scene deleted in the editor: its shots are orphans, exported last, never dropped.
    const lines = request.episodes[0].text.split('\n');
    const first = lines.findIndex((l) => /^1-1 /.test(l));
    const second = lines.findIndex((l) => /^1-2 /.test(l));
    request.episodes[0].text = [...lines.slice(0, first), ...lines.slice(second)].join('\n');
    const result = await handlers.exportShots(request);
    expect(result!.orphans).toBeGreaterThan(0);
    const csv = await readFile(join(dir, 'out.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('鏡號 Shot');
    expect(csv.trimEnd().split('\r\n').at(-1)).toContain('孤立');
  });

  it('writes the XLSX and the PDF', async () => {
    const { dir, handlers } = await setup();
    expect(await handlers.exportShots(await shots('xlsx'))).toMatchObject({ path: join(dir, 'out.xlsx') });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(join(dir, 'out.xlsx'))) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Shot list']);
    const pdf = await handlers.exportShots(await shots('pdf', 'zh'));
    expect(pdf!.pages).toBeGreaterThan(0);
    expect((await readFile(join(dir, 'out.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasPoppler()) return;
    expect(execFileSync('pdftotext', [join(dir, 'out.pdf'), '-'], { encoding: 'utf8' })).toContain('分镜表');
  });

  it('refuses an export with no shots, and a shot list it cannot read (naming the episode), before any dialog', async () => {
    const { asked, handlers } = await setup();
    await expect(handlers.exportShots(await shots('csv', 'en', { episodes: [{ ...(await episode('en')), shots: null }] }))).rejects.toThrow(/no shots to export/);
    await expect(handlers.exportShots(await shots('csv', 'en', { episodes: [{ ...(await episode('en')), shots: '{"format": "shotline-shots", "version": 1, "scenes": 3}' }] }))).rejects.toThrow(
      /The shot list of ep01\.fountain could not be read/,
    );
    expect(asked).toEqual([]);
  });

  it('returns null when the save dialog is cancelled', async () => {
    const { dir, handlers } = await setup({ file: () => null });
    expect(await handlers.exportShots(await shots('pdf'))).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('the request check', () => {
  const ok = { format: 'csv', episodes: [{ name: 'a.fountain', text: 'INT. A - DAY' }], project: null, suggestedName: 'a', dialogTitle: 'Export' };
  it('refuses malformed requests with a message', () => {
    expect(() => breakdownRequest(null)).toThrow(/must be an object/);
    expect(() => breakdownRequest({ ...ok, format: 'docx' })).toThrow(/The format must be one of csv, xlsx, pdf/);
    expect(() => breakdownRequest({ ...ok, episodes: [] })).toThrow(/between 1 and 1000 episodes/);
    expect(() => breakdownRequest({ ...ok, episodes: [{ name: 'a', text: 3 }] })).toThrow(/Episode 1 of the export has no text/);
    expect(() => breakdownRequest({ ...ok, episodes: [ok.episodes[0], ok.episodes[0]] })).toThrow(/Episode 2 of the export needs a name of its own/);
    expect(() => breakdownRequest({ ...ok, episodes: [{ name: 'a\0b', text: '' }] })).toThrow(/An episode name must be text/);
    expect(() => breakdownRequest({ ...ok, project: 7 })).toThrow(/The project must be text/);
    expect(() => breakdownRequest({ ...ok, project: 'x'.repeat(5_000_001) })).toThrow(/The project must be text of at most/);
    expect(() => breakdownRequest({ ...ok, language: 'fr' })).toThrow(/The report language must be one of en, zh-Hans, zh-Hant/);
    expect(() => breakdownRequest({ ...ok, suggestedName: 'x'.repeat(256) })).toThrow(/suggested file name/);
    expect(() => breakdownRequest({ ...ok, dialogTitle: undefined })).toThrow(/dialog title/);
    expect(() => shotsRequest(ok)).toThrow(/The shot list of episode 1 must be text/);
    expect(() => shotsRequest({ ...ok, episodes: [{ ...ok.episodes[0], shots: null }], grouping: 'scene' })).toThrow(/The grouping must be one of episode, set/);
    expect(() => shotsRequest({ ...ok, episodes: Array.from({ length: 6 }, (_, i) => ({ name: `e${i}`, text: 'x'.repeat(19_000_000), shots: null })) })).toThrow(/more than 100000000 characters/);
  });

  it('keeps only what the contract has', () => {
    const checked = shotsRequest({ ...ok, episodes: [{ ...ok.episodes[0], shots: null, extra: 1 }], grouping: 'set', language: 'zh-Hans', html: '<b>' });
    expect(checked).toEqual({ ...ok, episodes: [{ ...ok.episodes[0], shots: null }], grouping: 'set', language: 'zh-Hans' });
  });
});

describe('over IPC', () => {
  const handlers = () => ({ exportBreakdown: vi.fn(async () => null), exportShots: vi.fn(async () => null) }) as unknown as Handlers;
  const isAppPage = (url: string) => url === 'shotline://app/index.html';
  const request = { format: 'pdf', episodes: [{ name: 'a.fountain', text: 'INT. A - DAY', shots: null }], project: null, suggestedName: 'a', dialogTitle: 'Export' };

  it('refuses a foreign sender before the handler runs', async () => {
    for (const method of ['exportBreakdown', 'exportShots'] as const) {
      const h = handlers();
      expect(await dispatch(method, h, { senderFrame: { url: 'https://example.com/', parent: null } }, [request], isAppPage)).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
      expect(await dispatch(method, h, { senderFrame: { url: 'shotline://app/index.html', parent: {} } }, [request], isAppPage)).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
      expect(h[method]).not.toHaveBeenCalled();
      expect(await dispatch(method, h, { senderFrame: { url: 'shotline://app/index.html', parent: null } }, [request], isAppPage)).toEqual({ ok: true, value: null });
      expect(h[method]).toHaveBeenCalledOnce();
    }
  });

  it('refuses bad arguments before the handler runs', async () => {
    const h = handlers();
    const page = { senderFrame: { url: 'shotline://app/index.html', parent: null } };
    expect(await dispatch('exportShots', h, page, [{ ...request, format: 'exe' }], isAppPage)).toEqual({ ok: false, error: 'The format must be one of csv, xlsx, pdf.' });
    expect(await dispatch('exportBreakdown', h, page, ['csv'], isAppPage)).toEqual({ ok: false, error: 'The breakdown export request must be an object.' });
    expect(h.exportShots).not.toHaveBeenCalled();
    expect(h.exportBreakdown).not.toHaveBeenCalled();
  });
});

describe('the dialogs of the desktop app', () => {
  it('adds the extension, filters by format, and asks about replacing in the UI language', async () => {
    const saves: { defaultPath: string; filters: { extensions: string[] }[] }[] = [];
    const boxes: { message: string; buttons: string[] }[] = [];
    let chosen: string | undefined = '/tmp/reports/cast';
    const dialog = {
      showSaveDialog: async (_p: unknown, o: { defaultPath: string; filters: { name: string; extensions: string[] }[] }) => (saves.push(o), { canceled: chosen === undefined, filePath: chosen }),
      showOpenDialog: async () => ({ canceled: false, filePaths: ['/tmp/reports'] }),
      showMessageBox: async (_p: unknown, o: { message: string; buttons: string[] }) => (boxes.push(o), { response: 0 }),
    };
    const deps = reportsDeps(dialog, () => null, () => [], () => 'zh-Hant');
    expect(await deps.chooseFile('xlsx', 'cast.xlsx', 'Export')).toBe('/tmp/reports/cast.xlsx');
    expect(saves[0]).toMatchObject({ defaultPath: 'cast.xlsx', filters: [{ extensions: ['xlsx'] }] });
    chosen = '/tmp/reports/cast.PDF';
    expect(await deps.chooseFile('pdf', 'cast.pdf', 'Export')).toBe('/tmp/reports/cast.PDF');
    chosen = undefined;
    expect(await deps.chooseFile('csv', 'cast.csv', 'Export')).toBeNull();
    expect(await deps.chooseFolder('Export')).toBe('/tmp/reports');
    expect(await deps.confirmReplace(['cast.csv', 'sets.csv'], '/tmp/reports')).toBe(true);
    expect(boxes[0]).toMatchObject({ message: '「reports」中已有 2 個檔案。要取代它們嗎？', buttons: ['取代', '取消'] });
  });
});
