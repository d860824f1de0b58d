// The PDF export handler with its dialogs and progress channel stood in for (no Electron).
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdfHandlers, pdfRequest, safeFileName } from '../../src/main/handlers-pdf';
import type { PdfProgress } from '../../src/shared/api-pdf';

const EN = 'Title: Test\nAuthor: Me\n\nINT. ROOM - DAY\n\nShe waits.\n\nBOB\nHello.\n';
const ZH = '第1集：开始\n\n1-1 日 内 客厅\n△林晚推门进来。\n林晚：妈，我回来了。\n';
const request = (over: Record<string, unknown> = {}) =>
  pdfRequest({ episodes: [{ name: 'ep01.fountain', text: EN }], split: false, suggestedName: 'ep01', dialogTitle: 'Export PDF', ...over });

async function setup(answer: (dir: string) => string | null) {
  const dir = await mkdtemp(join(tmpdir(), 'shotline-pdf-handler-'));
  const progress: PdfProgress[] = [];
  const asked: string[] = [];
  const handlers = createPdfHandlers({
    choosePdfPath: async (name, title) => {
      asked.push(`${title}: ${name}`);
      return answer(dir);
    },
    chooseFolder: async () => answer(dir),
    progress: (p) => progress.push(p),
  });
  return { dir, progress, asked, handlers };
}

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

  it('never writes over a file that is not a PDF', async () => {
    const { dir, handlers } = await setup((d) => join(d, 'script.pdf'));
    await writeFile(join(dir, 'script.pdf'), 'INT. NOT A PDF');
    await expect(handlers.exportPdf(request())).rejects.toThrow(/is not a PDF; Shotline will not overwrite it/);
    expect(await readFile(join(dir, 'script.pdf'), 'utf8')).toBe('INT. NOT A PDF');
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
