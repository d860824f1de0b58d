// Shared by the breakdown tests: reading the sample series and fixtures as series documents.
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/t2cn';
import { breakdownSeries, readProject, type BreakdownOptions, type SeriesDocument } from '../../../src/core/breakdown';
import type { Project } from '../../../src/core/model/project';
import type { SeriesBreakdown } from '../../../src/core/model/breakdown';
import { parse } from '../../../src/core/parse';

export const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export function sampleDocs(lang: 'zh' | 'en'): SeriesDocument[] {
  const dir = `resources/sample/${lang}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.fountain'))
    .sort()
    .map((name) => ({ name, script: parse(readFileSync(`${dir}/${name}`, 'utf8')) }));
}

export function sampleProject(lang: 'zh' | 'en'): Project {
  const r = readProject(readFileSync(`resources/sample/${lang}/night-market-heiress.shotline.json`, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.project;
}

export function sample(lang: 'zh' | 'en'): SeriesBreakdown {
  return breakdownSeries(sampleDocs(lang), { project: sampleProject(lang), toSimplified });
}

/** A breakdown of script texts given inline (one document each). */
export function textSeries(texts: string[] | string, options: BreakdownOptions = {}): SeriesBreakdown {
  const list = typeof texts === 'string' ? [texts] : texts;
  return breakdownSeries(list.map((text, i) => ({ name: `doc${i + 1}.fountain`, script: parse(text) })), { toSimplified, ...options });
}

export function fixture(name: string): { docs: SeriesDocument[]; expected: Record<string, unknown> } {
  const text = readFileSync(`tests/fixtures/scripts/${name}.fountain`, 'utf8');
  return { docs: [{ name: `${name}.fountain`, script: parse(text) }], expected: JSON.parse(readFileSync(`tests/fixtures/scripts/${name}.expected.json`, 'utf8')) };
}

export const scenes = (b: SeriesBreakdown) => b.episodes.flatMap((e) => e.scenes);
