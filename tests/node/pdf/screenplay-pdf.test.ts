import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paginate, profileFor } from '../../../src/core/layout';
import { parse } from '../../../src/core/parse';
import { exportEpisodePdfs, exportPdf, renderPdf, type ScreenplaySource } from '../../../src/node/pdf';
import { pdfFonts, pdfInfo, pdfOutline, pdfText, POPPLER_ABSENT, popplerPresent, saved } from './poppler';

const SAMPLE = join(__dirname, '../../../resources/sample');
const sample = (lang: 'en' | 'zh', n: number): ScreenplaySource => {
  const name = `ep${String(n).padStart(2, '0')}.fountain`;
  return { script: parse(readFileSync(join(SAMPLE, lang, name), 'utf8')), label: name };
};
const squash = (s: string) => s.replace(/\s+/g, '');
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

describe.skipIf(!popplerPresent)('screenplay PDFs', () => {
  it('English: fonts embedded and subset, metadata, the words back in reading order', async () => {
    const src = sample('en', 1);
    const result = await exportPdf([src]);
    const path = saved(result.bytes);
    const info = pdfInfo(path);
    expect(info.Title).toBe('Night Market Heiress');
    expect(info.Author).toBe('Shotline sample crew');
    expect(Number(info.Pages)).toBe(result.pages);
    expect(result.bytes.includes(Buffer.from('/Lang (en)'))).toBe(true);
    const fonts = pdfFonts(path);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]+\+/, ''))).toEqual(expect.arrayContaining(['CourierPrime-Regular']));
    for (const f of fonts) expect(f, f.name).toMatchObject({ embedded: true, subset: true });
    const text = pdfText(path, undefined, true);
    // Every word of the speeches and action comes back, in order.
    const words = (s: string): string[] => s.match(/[A-Za-z']+/g) ?? [];
    expect(new Set(words(pdfText(path)))).toEqual(new Set(words(text)));
    const expected = src.script.elements
      .filter((e) => (['action', 'dialogue', 'character', 'scene_heading'] as string[]).includes(e.type))
      .flatMap((e) => words(e.text.replace(/\[\[[^\]]*\]\]/g, '')));
    const got = words(text);
    let at = 0;
    for (const w of expected) {
      const k = got.indexOf(w, at);
      expect(k, `"${w}" after word ${at}`).toBeGreaterThanOrEqual(0);
      at = k + 1;
    }
    expect(text).not.toContain('prop: griddle');
  });

  it('Chinese: Noto Sans SC embedded and subset, zh-CN, the Chinese text extracts', async () => {
    const src = sample('zh', 3);
    const result = await exportPdf([src]);
    const path = saved(result.bytes);
    expect(result.bytes.includes(Buffer.from('/Lang (zh-CN)'))).toBe(true);
    const fonts = pdfFonts(path);
    expect(fonts.some((f) => /NotoSansSC-Regular$/.test(f.name) && f.embedded && f.subset)).toBe(true);
    const text = squash(pdfText(path));
    for (const line of ['△天刚蒙蒙亮，林母出门去市场。', '林晚：（举着剪报）妈，这是我，对不对？', '【闪回】', '3-2日内林家客厅']) {
      expect(text).toContain(squash(line));
    }
    expect(result.warnings).toEqual([]);
  });

  it('draws characters the embedded fonts lack with a system font, or names them in a warning', async () => {
    const script = parse('Language: zh\n\n1-1 日 内 客厅\n△林晚看着手机😀笑了。\n', { language: 'zh' });
    const layout = paginate(script, profileFor(script));
    const none = await renderPdf(layout, { fallbacks: [] });
    expect(none.warnings).toHaveLength(1);
    expect(none.warnings[0]).toMatchObject({ code: 'missing-glyph', char: '😀', lines: [4] });
    expect(none.warnings[0].message).toMatch(/"😀" \(U\+1F600\) on line 4/);
    if (!existsSync(DEJAVU)) return console.warn(`fallback half skipped: ${DEJAVU} is absent`);
    const withFallback = await renderPdf(layout, { fallbacks: [{ path: DEJAVU }] });
    expect(withFallback.warnings).toEqual([]);
    const path = saved(withFallback.bytes);
    expect(pdfFonts(path).some((f) => /DejaVuSans$/.test(f.name) && f.subset)).toBe(true);
    expect(squash(pdfText(path))).toContain('手机😀笑了');
  });

  it('prints a 10,000-character line without a break, wrapped', async () => {
    const long = 'abcdefghij'.repeat(1000);
    const result = await exportPdf([{ script: parse(`INT. ROOM - DAY\n\n${long}\n`), label: 'long' }]);
    expect(result.pages).toBeGreaterThan(2);
    // Page numbers (2., 3.) aside, the letters come back whole.
    expect(squash(pdfText(saved(result.bytes))).replace(/\d+\./g, '')).toContain(long);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'word-broken', lines: [3], message: expect.stringMatching(/line 3/) })]);
  });

  it('a whole series: cover, contents, bookmarks episode -> scene, progress', async () => {
    const sources = Array.from({ length: 10 }, (_, i) => sample('zh', i + 1));
    const progress: string[] = [];
    const result = await exportPdf(sources, { onProgress: (p) => progress.push(`${p.phase} ${p.done}/${p.total}`) });
    const path = saved(result.bytes);
    expect(progress.filter((p) => p.startsWith('layout'))).toHaveLength(10);
    expect(progress.at(-1)).toBe(`pages ${result.pages}/${result.pages}`);
    const outline = pdfOutline(path);
    const episodes = outline.filter((l) => !l.startsWith(' '));
    expect(episodes).toHaveLength(10);
    expect(episodes[0]).toMatch(/^3 第1集：金坠子$/);
    expect(outline[1]).toMatch(/^ {2}3 1-1　夜　外　福安夜市$/);
    // The contents page sends episode 2 to the page its bookmark opens.
    const contents = pdfText(path, 2);
    const page2 = Number(/第2集：病房风波[ .]*(\d+)/.exec(contents)?.[1]);
    const bookmark = Number(episodes[1].split(' ')[0]);
    expect(pdfText(path, bookmark)).toContain(`${page2}`);
    expect(pdfText(path, bookmark)).toContain('第2集');
  });

  it('one PDF per episode', async () => {
    const out = await exportEpisodePdfs([sample('en', 1), sample('en', 2)]);
    expect(out.map((o) => o.label)).toEqual(['Episode 1: The Gold Pendant', 'Episode 2: Trouble on the Ward']);
    expect(pdfText(saved(out[1].result.bytes))).toContain('Trouble on the Ward');
  });

  it('picks one episode by number and says which exist when it is not there', async () => {
    const sources = [sample('en', 1), sample('en', 2)];
    const one = await exportPdf(sources, { episode: 2 });
    expect(pdfText(saved(one.bytes))).toContain('Trouble on the Ward');
    await expect(exportPdf(sources, { episode: 7 })).rejects.toThrow(/no episode 7 \(episodes found: 1, 2\)/);
  });
});

describe.skipIf(popplerPresent)('screenplay PDFs (poppler absent)', () => {
  it('are checked with poppler-utils', () => {
    console.warn(POPPLER_ABSENT);
  });
});
