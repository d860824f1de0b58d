// Where the PDF puts the text: every line's first word at the layout's x and on its baseline (read back with
// pdftotext -bbox), in English and Chinese, so the PDF and the preview show the same page.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutFor } from '../../../src/core/layout';
import type { Layout } from '../../../src/core/model/layout';
import { parse } from '../../../src/core/parse';
import { renderPdf } from '../../../src/node/pdf';
import { popplerPresent, saved } from './poppler';

const SAMPLE = join(__dirname, '../../../resources/sample');

interface Word {
  x: number;
  yMin: number;
  yMax: number;
  text: string;
}

function words(path: string, page: number): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
  const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), yMin: Number(m[2]), yMax: Number(m[3]), text: unescape(m[4]) }));
}

async function check(layout: Layout, pageIndex: number) {
  const path = saved((await renderPdf(layout)).bytes);
  const found = words(path, pageIndex + 1);
  const page = layout.pages[pageIndex];
  expect(page.lines.length).toBeGreaterThan(10);
  for (const line of page.lines) {
    const run = line.runs[0];
    const lead = run.text.length - run.text.trimStart().length;
    const first = run.text.trim().split(/\s+/)[0];
    const x = run.x + lead * (run.script === 'cjk' ? layout.profile.wideAdvance : layout.profile.narrowAdvance);
    const hit = found.find((w) => w.text.startsWith(first.slice(0, 1)) && Math.abs(w.x - x) < 0.6 && w.yMin < line.y && line.y < w.yMax);
    expect(hit, `"${first}" at x ${x}, baseline ${line.y}`).toBeDefined();
  }
}

describe.skipIf(!popplerPresent)('text positions in the PDF', () => {
  it('English: each line where the layout put it', async () => {
    await check(layoutFor([{ script: parse(readFileSync(join(SAMPLE, 'en', 'ep01.fountain'), 'utf8')), label: 'ep01' }], { sceneNumbers: 'both' }), 1);
  });
  it('Chinese: each line where the layout put it', async () => {
    await check(layoutFor([{ script: parse(readFileSync(join(SAMPLE, 'zh', 'ep01.fountain'), 'utf8')), label: 'ep01' }]), 1);
  });
});
