import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paginateSeries, printProfile } from '../../../src/core/layout';
import { parse } from '../../../src/core/parse';
import { lineText, pageLines } from './support';

const SAMPLE = join(__dirname, '../../../resources/sample');
const episodes = (lang: 'en' | 'zh') =>
  Array.from({ length: 10 }, (_, i) => {
    const name = `ep${String(i + 1).padStart(2, '0')}.fountain`;
    return { script: parse(readFileSync(join(SAMPLE, lang, name), 'utf8')), label: name };
  });

describe('a whole series in one layout', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: cover, contents with the right page numbers, episodes on new pages, bookmarks episode -> scene`, () => {
      const profile = printProfile(lang === 'en' ? 'letter' : 'a4', lang === 'en' ? 'en' : 'zh-mainland');
      const progress: number[] = [];
      const layout = paginateSeries(episodes(lang), profile, { onProgress: (done) => progress.push(done) });
      expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(layout.pages[0].kind).toBe('cover');
      expect(pageLines(layout.pages[0]).map(lineText)).toContain(lang === 'en' ? '10 episodes' : '共10集');
      expect(layout.pages[1].kind).toBe('contents');
      const body = layout.pages.filter((p) => p.kind === 'body');
      // Continuous numbering: body page k (from 1) prints k, page 1 prints nothing.
      body.forEach((p, k) => expect(p.number).toBe(k === 0 ? null : k + 1));
      // Each contents entry names the page its episode starts on.
      const entries = pageLines(layout.pages[1]).slice(1);
      expect(entries).toHaveLength(10);
      entries.forEach((entry, i) => {
        const page = Number(entry.runs.at(-1)!.text);
        const first = body[page - 1];
        expect(first.episode).toBe(i + 1);
        expect(body[page - 2]?.episode ?? 0).toBe(i);
      });
      // Bookmarks: ten episodes, each holding its scenes, pointing at the pages that show them.
      expect(layout.outline).toHaveLength(10);
      for (const ep of layout.outline) {
        expect(ep.children.length).toBeGreaterThanOrEqual(3);
        for (const scene of ep.children) {
          const page = layout.pages[scene.page];
          expect(page.lines.some((l) => l.kind === 'scene_heading' && Math.abs(l.y - scene.y - profile.baseline) < 0.01)).toBe(true);
        }
      }
      expect(layout.outline[0].title).toBe(lang === 'en' ? 'Episode 1: The Gold Pendant' : '第1集：金坠子');
    });
  }
});
