import { describe, expect, it } from 'vitest';
import { createBrowserPdf } from '../../src/renderer/api/browser-pdf';

const EP = (n: number) => `第${n}集：标题\n\n${n}-1 日 内 客厅\n△林晚进来。\n林晚：我回来了。\n`;

describe('PDF export in the browser stand-in', () => {
  it('offers the PDF as a download, returns its bytes and reports progress', async () => {
    const offered: { name: string; size: number }[] = [];
    const api = createBrowserPdf((name, bytes) => offered.push({ name, size: bytes.length }));
    const progress: string[] = [];
    const off = api.onPdfProgress((p) => progress.push(`${p.phase} ${p.done}/${p.total}`));
    const result = await api.exportPdf({ episodes: [1, 2, 3].map((n) => ({ name: `ep0${n}.fountain`, text: EP(n) })), split: false, suggestedName: 'Series', dialogTitle: 'x' });
    off();
    expect(result?.files).toBe(1);
    expect(offered).toEqual([{ name: 'Series.pdf', size: expect.any(Number) }]);
    expect(atob(result!.base64!).slice(0, 8)).toBe('%PDF-1.4');
    expect(progress.filter((p) => p.startsWith('layout'))).toEqual(['layout 1/3', 'layout 2/3', 'layout 3/3']);
    expect(progress.at(-1)).toBe(`pages ${result!.pages}/${result!.pages}`);
    expect(result!.warnings.at(-1)).toMatchObject({ code: 'standard-fonts', message: expect.stringMatching(/standard PDF fonts/) });
  });

  it('one file per episode when split', async () => {
    const offered: string[] = [];
    const api = createBrowserPdf((name) => offered.push(name));
    const episodes = [1, 2].map((n) => ({ name: `ep0${n}.fountain`, text: EP(n) + (n === 2 ? '△手机亮了😀。\n' : '') }));
    const result = await api.exportPdf({ episodes, split: true, suggestedName: 'S', dialogTitle: 'x' });
    expect(result?.files).toBe(2);
    expect(offered).toEqual(['episode-01.pdf', 'episode-02.pdf']);
    // Each episode's warnings name it; the note on the fonts comes once, at the end.
    expect(result!.warnings.map((w) => [w.code, w.episode])).toEqual([['replaced-chars', '第2集：标题'], ['standard-fonts', undefined]]);
  });
});
