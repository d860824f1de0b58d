// The three UI languages: every namespace has the same keys (plural forms aside) in English, Simplified and
// Traditional Chinese, no empty strings, the same {{placeholders}}; the Traditional strings are not the
// Simplified ones; and the components use t() for what they show (the product name Shotline aside).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '..', '..', 'src', 'renderer', 'i18n');
const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'];
type Bundle = { [key: string]: string | Bundle };

function flatten(bundle: Bundle, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(bundle)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const read = (language: string, file: string) => flatten(JSON.parse(readFileSync(join(DIR, language, file), 'utf8')) as Bundle);

const namespaces = readdirSync(join(DIR, 'en')).filter((f) => f.endsWith('.json'));

describe('UI strings', () => {
  it('has the editor namespaces', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['common.json', 'navigator.json']));
  });

  for (const file of namespaces) {
    it(`${file}: the same keys and placeholders in all three languages`, () => {
      const en = read('en', file);
      for (const language of LANGUAGES.slice(1)) {
        const other = read(language, file);
        expect([...new Set([...other.keys()].map(base))].sort(), language).toEqual([...new Set([...en.keys()].map(base))].sort());
        for (const [key, text] of other) {
          expect(text.trim(), `${language} ${key}`).not.toBe('');
          const english = en.get(key) ?? en.get(`${base(key)}_other`) ?? en.get(base(key));
          expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(english ?? ''));
        }
        // Chinese has one plural form: every counted string needs its _other.
        for (const key of en.keys()) if (key.endsWith('_one')) expect(other.has(`${base(key)}_other`), `${language} ${key}`).toBe(true);
      }
    });
  }

  it('writes Traditional Chinese in Traditional characters', () => {
    const hans = read('zh-Hans', 'common.json');
    const hant = read('zh-Hant', 'common.json');
    const same = [...hant].filter(([key, text]) => /[\u4e00-\u9fff]{2}/.test(text) && hans.get(key) === text).map(([key]) => key);
    expect(same.length / hant.size).toBeLessThan(0.15);
    expect(hant.get('command.save')).toBe('儲存');
  });
});

describe('components', () => {
  /** JSX text between tags made of Latin letters: user-visible English that skipped t(). */
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : []));
  const RENDERER = join(DIR, '..');
  const mine = ['App.tsx', 'SidePanel.tsx', 'editor', 'find', 'navigator', 'notices', 'status', 'toolbar'];

  it('show no hard-coded English text', () => {
    const found: string[] = [];
    for (const entry of mine) {
      const path = join(RENDERER, entry);
      for (const file of entry.endsWith('.tsx') ? [path] : files(path)) {
        const source = readFileSync(file, 'utf8');
        for (const m of source.matchAll(/>\s*([A-Za-z][A-Za-z ,.'!?…-]{2,})\s*</g)) if (m[1] !== 'Shotline') found.push(`${file.slice(RENDERER.length)}: ${m[1]}`);
        for (const m of source.matchAll(/\b(?:title|placeholder|aria-label)="([^"]*[A-Za-z]{3}[^"]*)"/g)) found.push(`${file.slice(RENDERER.length)}: ${m[1]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
