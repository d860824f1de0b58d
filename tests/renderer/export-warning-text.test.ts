// Export warnings in the UI's language: every code has its sentence in English, Simplified and Traditional
// Chinese, with the character, its code point, the lines and the episode filled in; a code this UI does not
// know shows the writer's English message.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledResources } from '../../src/renderer/i18n';
import { warningText } from '../../src/renderer/dialogs/export-warning-text';
import { EXPORT_WARNING_CODES, type ExportWarning } from '../../src/core/model/warning';

const ts: Record<string, typeof i18next.t> = {};
beforeAll(async () => {
  for (const lng of ['en', 'zh-Hans', 'zh-Hant']) {
    const instance = i18next.createInstance();
    await instance.init({ resources: bundledResources(), lng, fallbackLng: 'en', ns: Object.keys(bundledResources().en), defaultNS: 'preview', interpolation: { escapeValue: false } });
    ts[lng] = instance.t.bind(instance);
  }
});

const emoji: ExportWarning = { code: 'missing-glyph', char: '😀', lines: [4, 9], message: 'English from the writer' };

describe('warningText', () => {
  it('says a missing character with its code point and lines, in each language', () => {
    expect(warningText(emoji, ts.en)).toBe('“😀” (U+1F600) on lines 4, 9 is in none of the fonts Shotline embeds or finds on this computer; it prints as an empty box.');
    expect(warningText(emoji, ts['zh-Hans'])).toBe('第 4、9 行的“😀”（U+1F600）不在 Shotline 内嵌或在本机找到的任何字体中，会印成空框。');
    expect(warningText({ ...emoji, lines: [7] }, ts['zh-Hant'])).toBe('第 7 行的「😀」（U+1F600）不在 Shotline 內嵌或在本機找到的任何字型中，會印成空框。');
    expect(warningText({ ...emoji, lines: [1, 2, 3, 4, 5, 6] }, ts.en)).toContain('on lines 1, 2, 3, 4, 5 …');
    expect(warningText({ ...emoji, lines: [] }, ts['zh-Hans'])).toBe('“😀”（U+1F600）不在 Shotline 内嵌或在本机找到的任何字体中，会印成空框。');
  });

  it('counts, and names the episode a warning belongs to', () => {
    expect(warningText({ code: 'replaced-chars', count: 1, message: 'x' }, ts.en)).toBe('1 character the standard PDF fonts cannot show prints as “?”.');
    expect(warningText({ code: 'replaced-chars', count: 12, message: 'x', episode: 'ep03.fountain' }, ts.en)).toBe('ep03.fountain: 12 characters the standard PDF fonts cannot show print as “?”.');
    expect(warningText({ code: 'word-broken', lines: [3], message: 'x', episode: '第3集' }, ts['zh-Hans'])).toBe('第3集：第 3 行的一个词比一行还长，已断开排下。');
  });

  it('has a sentence for every code in every language, with nothing left unfilled', () => {
    for (const code of EXPORT_WARNING_CODES) {
      for (const [lng, t] of Object.entries(ts)) {
        const text = warningText({ code, char: '㐀', lines: [2], count: 3, message: 'FROM THE WRITER' }, t);
        expect(text, `${lng} ${code}`).not.toMatch(/\{\{|exportWarning|FROM THE WRITER/);
        if (lng !== 'en') expect(text, `${lng} ${code}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('shows the English message for a code it does not know', () => {
    expect(warningText({ code: 'from-the-future' as ExportWarning['code'], message: 'Something new happened.' }, ts['zh-Hant'])).toBe('Something new happened.');
  });
});
