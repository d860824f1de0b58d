// The UI language: the system locale decides until the user chooses; the choice is kept across runs.
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLanguageSetting, languageForLocale } from '../../src/main/language';
import { createPreferencesFile, preferencesLanguageStore } from '../../src/main/files';
import { tempDir } from './support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('shotline-language-');
});
afterEach(() => tmp.remove());

describe('the system locale', () => {
  it('maps to English, Simplified or Traditional Chinese', () => {
    const cases: [string, string][] = [
      ['en-US', 'en'],
      ['fr', 'en'],
      ['', 'en'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh_Hans_HK', 'zh-Hans'],
      ['zh-TW', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['zh-MO', 'zh-Hant'],
      ['zh-Hant', 'zh-Hant'],
      ['zh_TW', 'zh-Hant'],
      ['zha', 'en'],
    ];
    for (const [locale, language] of cases) expect(languageForLocale(locale), locale).toBe(language);
  });
});

describe('the language setting', () => {
  it('follows the system until the user chooses, keeps the choice for the next run, and can follow the system again', async () => {
    const file = join(tmp.dir, 'preferences.json');
    writeFileSync(file, JSON.stringify({ version: 1, somethingElse: { keep: true } }));
    const onChange = vi.fn();
    const setting = createLanguageSetting(() => 'zh-TW', preferencesLanguageStore(createPreferencesFile(file)), onChange);
    expect(await setting.init()).toEqual({ language: 'zh-Hant', system: 'zh-Hant', chosen: false });
    expect(await setting.set('en')).toEqual({ language: 'en', system: 'zh-Hant', chosen: true });
    expect(onChange).toHaveBeenCalledWith({ language: 'en', system: 'zh-Hant', chosen: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, somethingElse: { keep: true }, uiLanguage: 'en' });

    const nextRun = createLanguageSetting(() => 'zh-TW', preferencesLanguageStore(createPreferencesFile(file)));
    expect((await nextRun.init()).language).toBe('en');
    expect(await nextRun.set('system')).toEqual({ language: 'zh-Hant', system: 'zh-Hant', chosen: false });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, somethingElse: { keep: true } });
  });

  it('ignores an unreadable or unknown choice', async () => {
    const file = join(tmp.dir, 'preferences.json');
    writeFileSync(file, '{"uiLanguage": "klingon"}');
    expect((await createLanguageSetting(() => 'en-GB', preferencesLanguageStore(createPreferencesFile(file))).init()).language).toBe('en');
    writeFileSync(file, 'not json');
    expect((await createLanguageSetting(() => 'zh-CN', preferencesLanguageStore(createPreferencesFile(file))).init()).language).toBe('zh-Hans');
  });
});
