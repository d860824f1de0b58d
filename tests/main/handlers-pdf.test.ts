// The PDF export handler with its dialogs and progress channel stood in for (no Electron).
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdfHandlers, pdfDeps, pdfRequest, safeFileName } from '../../src/main/handlers-pdf';
import { PDF_STRINGS } from '../../src/main/pdf-strings';
import type { PdfProgress } from '../../src/shared/api-pdf';

const EN = 'Title: Test\nAuthor: Me\n\nINT. ROOM - DAY\n\nShe waits.\n\nBOB\nHello.\n';
const ZH = '第1集：开始\n\n1-1 日 内 客厅\n△林晚推门进来。\n林晚：妈，我回来了。\n';
const request = (over: Record<string, unknown> = {}) =>
  pdfRequest({ episodes: [{ name: 'ep01.fountain', text: EN }], split: false, suggestedName: 'ep01', dialogTitle: 'Export PDF', ...over });

async function setup(answer: (dir: string) => string | null, replace = true) {
  const dir = await mkdtemp(join(tmpdir(), 'shotline-pdf-handler-'));
  const progress: PdfProgress[] = [];
  const asked: string[] = [];
  const replaceAsked: string[][] = [];
  const handlers = createPdfHandlers({
    choosePdfPath: async (name, title) => {
      asked.push(`${title}: ${name}`);
      return answer(dir);
    },
    chooseFolder: async () => answer(dir),
    confirmReplace: async (names) => {
      replaceAsked.push(names);
      return replace;
    },
    progress: (p) => progress.push(p),
  });
  return { dir, progress, asked, replaceAsked, handlers };
}

const TWO_EPISODES = { split: true, episodes: [{ name: 'ep01.fountain', text: ZH }, { name: 'ep02.fountain', text: ZH.replace('第1集', '第2集') }] };

describe('exportPdf', () => {
  it('asks where to save, writes the PDF and reports progress', async () => {
    const { dir, progress, asked, handlers } = await setup((d) => join(d, 'out.pdf'));
    const result = await handlers.exportPdf(request({ paper: 'a4', sceneNumbers: 'both' }));
    expect(asked).toEqual(['Export PDF: ep01.pdf']);
    expect(result).toMatchObject({ path: join(dir, 'out.pdf'), files: 1, pages: 2, warnings: [] });
    expect((await readFile(join(dir, 'out.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(progress.at(-1)).toEqual({ phase: 'pages', done: 2, total: 2 });
  });

  it('returns null and writes nothing when the dialog is cancelled', async () => {
    const { dir, handlers } = await setup(() => null);
    expect(await handlers.exportPdf(request())).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes one PDF per episode into the chosen folder', async () => {
    const { dir, handlers } = await setup((d) => d);
    const result = await handlers.exportPdf(request({ split: true, episodes: [{ name: 'ep01.fountain', text: ZH }, { name: 'ep02.fountain', text: ZH.replace('第1集', '第2集') }] }));
    expect(result).toMatchObject({ path: dir, files: 2 });
    expect((await readdir(dir)).sort()).toEqual(['episode-01.pdf', 'episode-02.pdf']);
  });

  it("names the episode each warning of a per-episode export belongs to", async () => {
    const { handlers } = await setup((d) => d);
    const en = (extra: string) => `INT. ROOM - DAY\n\nAnna waits.${extra}\n`;
    const result = await handlers.exportPdf(request({ split: true, episodes: [{ name: 'one.fountain', text: en('') }, { name: 'two.fountain', text: en(` ${'x'.repeat(90)}`) }] }));
    expect(result!.warnings).toEqual([{ code: 'word-broken', lines: [3], message: expect.stringMatching(/line 3/), episode: 'two.fountain' }]);
  });

  it('asks once before replacing PDFs already in the folder, and writes nothing when the answer is no', async () => {
    const { dir, handlers, replaceAsked } = await setup((d) => d, false);
    await writeFile(join(dir, 'episode-01.pdf'), '%PDF-1.7 last week');
    await writeFile(join(dir, 'episode-02.pdf'), '%PDF-1.7 last week');
    expect(await handlers.exportPdf(request(TWO_EPISODES))).toBeNull();
    expect(replaceAsked).toEqual([['episode-01.pdf', 'episode-02.pdf']]);
    expect(await readFile(join(dir, 'episode-01.pdf'), 'utf8')).toBe('%PDF-1.7 last week');
    expect(await readFile(join(dir, 'episode-02.pdf'), 'utf8')).toBe('%PDF-1.7 last week');
  });

  it('replaces them after a yes, asking once for all', async () => {
    const { dir, handlers, replaceAsked } = await setup((d) => d, true);
    await writeFile(join(dir, 'episode-02.pdf'), '%PDF-1.7 last week');
    expect(await handlers.exportPdf(request(TWO_EPISODES))).toMatchObject({ files: 2 });
    expect(replaceAsked).toEqual([['episode-02.pdf']]);
    expect(await readFile(join(dir, 'episode-02.pdf'), 'utf8')).not.toBe('%PDF-1.7 last week');
  });

  it('does not ask when nothing would be replaced, and never asks to replace a file that is not a PDF', async () => {
    const { dir, handlers, replaceAsked } = await setup((d) => d, true);
    expect(await handlers.exportPdf(request(TWO_EPISODES))).toMatchObject({ files: 2 });
    expect(replaceAsked).toEqual([]);
    await writeFile(join(dir, 'episode-01.pdf'), 'INT. A SCRIPT - DAY');
    await expect(handlers.exportPdf(request(TWO_EPISODES))).rejects.toThrow(/episode-01\.pdf exists and is not a PDF/);
    expect(replaceAsked).toEqual([]);
    expect(await readFile(join(dir, 'episode-01.pdf'), 'utf8')).toBe('INT. A SCRIPT - DAY');
  });

  it('never writes over a file that is not a PDF', async () => {
    const { dir, handlers } = await setup((d) => join(d, 'script.pdf'));
    await writeFile(join(dir, 'script.pdf'), 'INT. NOT A PDF');
    await expect(handlers.exportPdf(request())).rejects.toThrow(/is not a PDF; Shotline will not overwrite it/);
    expect(await readFile(join(dir, 'script.pdf'), 'utf8')).toBe('INT. NOT A PDF');
  });
});

describe('the replace dialog of the desktop app', () => {
  it('says how many files exist, names them, and takes Replace as yes', async () => {
    const boxes: { message: string; detail: string; buttons: string[]; cancelId: number }[] = [];
    let response = 0;
    const dialog = {
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showMessageBox: async (_parent: unknown, options: { message: string; detail: string; buttons: string[]; cancelId: number }) => {
        boxes.push(options);
        return { response };
      },
    };
    const deps = pdfDeps(dialog, () => null, () => undefined, () => 'en');
    expect(await deps.confirmReplace(['episode-01.pdf', 'episode-02.pdf'], '/series/pdf')).toBe(true);
    expect(boxes[0]).toMatchObject({ message: '2 files exist in “pdf”. Replace them?', buttons: ['Replace', 'Cancel'], cancelId: 1 });
    expect(boxes[0].detail).toContain('episode-01.pdf, episode-02.pdf');
    response = 1;
    expect(await deps.confirmReplace(['episode-01.pdf'], '/series/pdf')).toBe(false);
    const zh = pdfDeps(dialog, () => null, () => undefined, () => 'zh-Hans');
    await zh.confirmReplace(['episode-01.pdf', 'episode-02.pdf', 'episode-03.pdf'], '/series/pdf');
    expect(boxes.at(-1)).toMatchObject({ message: '“pdf”中已有 3 个文件。要替换它们吗？', buttons: ['替换', '取消'] });
  });

  it('has every string in all three languages', () => {
    for (const s of Object.values(PDF_STRINGS)) {
      expect(s.replaceMessage(1, 'pdf')).toContain('pdf');
      expect(s.replaceMessage(2, 'pdf')).toContain('2');
      expect(s.replaceDetail('episode-01.pdf')).toContain('episode-01.pdf');
      expect(s.replaceButton && s.cancelButton).toBeTruthy();
    }
  });
});

describe('the request check', () => {
  it('refuses malformed requests with a message', () => {
    expect(() => pdfRequest(null)).toThrow(/must be an object/);
    expect(() => request({ episodes: [] })).toThrow(/between 1 and/);
    expect(() => request({ episodes: [{ name: 'a', text: 3 }] })).toThrow(/Episode 1/);
    expect(() => request({ split: 'yes' })).toThrow(/split/);
    expect(() => request({ paper: 'legal' })).toThrow(/letter, a4/);
    expect(() => request({ sceneNumbers: 'middle' })).toThrow(/left, right, both, none/);
    expect(() => request({ notes: 1 })).toThrow(/notes/);
    expect(request({ notes: true, chineseStyle: 'taiwan' })).toMatchObject({ notes: true, chineseStyle: 'taiwan' });
  });

  it('makes safe file names', () => {
    expect(safeFileName('a/b:c*?.fountain')).toBe('a b c .fountain');
    expect(safeFileName('  ')).toBe('screenplay');
  });
});
