// Errors in the UI's language: a coded failure from the API (main handlers, through the preload's record and
// the page's wrapper, or the in-browser adapter) is said in Chinese with its file name; English keeps the API's
// own message; unknown codes and failures without one keep the message.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledResources } from '../../src/renderer/i18n';
import { problemText, noticeText } from '../../src/renderer/notices/error-text';
import { problemOf } from '../../src/renderer/notices/problem';
import { withApiErrors } from '../../src/renderer/api/preload-errors';
import { ERROR_CODES, apiError, errorRecord, type ShotlineApi } from '../../src/shared/api';
import { failure } from '../../src/main/ipc';
import { readScriptFile, ShotlineFileError, writeScriptFileAtomic } from '../../src/node/files';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let t: typeof i18next.t;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: bundledResources(), lng: 'en', fallbackLng: 'en', ns: Object.keys(bundledResources().en), defaultNS: 'common', interpolation: { escapeValue: false } });
  t = instance.t.bind(instance);
});

const changed = { message: '"ep01.shots.json" was changed by another program since Shotline read it. The shot list was not saved.', code: 'changed-on-disk' as const, params: { name: 'ep01.shots.json' } };

describe('problemText', () => {
  it('translates the file error codes, naming the file', () => {
    expect(problemText(changed, t, 'zh-Hans')).toBe('“ep01.shots.json”在 Shotline 读取之后被其他程序改过，所以没有保存。请重新载入查看另一个版本，或选择覆盖。');
    expect(problemText(changed, t, 'zh-Hant')).toBe('「ep01.shots.json」在 Shotline 讀取之後被其他程式改過，所以沒有儲存。請重新載入查看另一個版本，或選擇覆寫。');
    expect(problemText({ message: 'x', code: 'binary', params: { name: 'a.pdf' } }, t, 'zh-Hans')).toMatch(/^打不开“a\.pdf”：它不是文本文件/);
    expect(problemText({ message: 'x', code: 'too-large', params: { name: 'big.txt', size: '60 MB', max: '50 MB' } }, t, 'zh-Hant')).toMatch(/^無法開啟「big\.txt」：它有 60 MB，超過劇本最大的 50 MB/);
    expect(problemText({ message: 'x', code: 'unencodable', params: { name: 'a.fountain', encoding: 'Big5 (Traditional Chinese)', char: '😀' } }, t, 'zh-Hans')).toContain('存不下“😀”这样的字符');
    expect(problemText({ message: 'x', code: 'not-found', params: { name: 'gone.fountain' } }, t, 'zh-Hans')).toBe('打不开“gone.fountain”：没有这个文件。没有做任何更改。');
    expect(problemText({ message: 'x', code: 'unreadable-project', params: { name: 's.shotline.json' } }, t, 'zh-Hant')).toMatch(/^Shotline 讀不了專案檔「s\.shotline\.json」/);
    expect(problemText({ message: 'x', code: 'unreadable-shots', params: { name: 'ep01.shots.json' } }, t, 'zh-Hans')).toMatch(/^Shotline 读不了分镜表“ep01\.shots\.json”/);
  });

  it('has a string for every code in both Chinese UIs, and never shows a placeholder', () => {
    for (const code of ERROR_CODES) {
      for (const language of ['zh-Hans', 'zh-Hant']) {
        const text = problemText({ message: 'English', code, params: { name: 'x.fountain' } }, t, language);
        expect(text, `${language} ${code}`).not.toBe('English');
        expect(text, `${language} ${code}`).not.toMatch(/\{\{|errors:|code\./);
      }
    }
  });

  it('keeps the English message in English, and for failures without a known code', () => {
    expect(problemText(changed, t, 'en')).toBe(changed.message);
    expect(problemText({ message: 'Something odd.' }, t, 'zh-Hans')).toBe('Something odd.');
  });
});

describe('a coded failure from the main process to the page', () => {
  it('keeps its code and params through the IPC reply, the preload record and the page wrapper', async () => {
    const error = new ShotlineFileError('binary', '/home/me/a.pdf', 'Cannot open "a.pdf": it is a PDF document, not a script text file. Nothing was changed.');
    const reply = failure(error);
    expect(reply).toEqual({ ok: false, error: error.message, code: 'binary', params: { name: 'a.pdf' } });
    // The preload rejects with the record; the page's wrapper makes it an Error again.
    const preload = { openFile: () => Promise.reject(errorRecord(reply.error, reply.code, reply.params)) } as unknown as ShotlineApi;
    const rejected = await withApiErrors(preload).openFile().catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(Error);
    expect(problemOf(rejected)).toEqual({ message: error.message, code: 'binary', params: { name: 'a.pdf' } });
    // The workspace keeps only the message: the notice still finds the code.
    expect(noticeText(error.message, t, 'zh-Hans')).toMatch(/^打不开“a\.pdf”/);
    expect(noticeText(error.message, t, 'en')).toBe(error.message);
    expect(noticeText('Not from the API.', t, 'zh-Hans')).toBe('Not from the API.');
  });

  it('carries what the Chinese strings need: the size of a file too large, the encoding and character that do not fit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotline-codes-'));
    writeFileSync(join(dir, 'big.fountain'), 'x'.repeat(3 * 1024 * 1024));
    const large = failure(await readScriptFile(join(dir, 'big.fountain'), { maxBytes: 1024 * 1024 }).catch((e: unknown) => e));
    expect(large).toMatchObject({ code: 'too-large', params: { name: 'big.fountain', size: '3 MB', max: '1 MB' } });
    const unfit = failure(await writeScriptFileAtomic(join(dir, 'tw.fountain'), '林晚 😀', 'big5').catch((e: unknown) => e));
    expect(unfit).toMatchObject({ code: 'unencodable', params: { name: 'tw.fountain', encoding: 'Big5 (Traditional Chinese)', char: '😀' } });
    expect(problemText({ message: unfit.error, code: unfit.code, params: unfit.params }, t, 'zh-Hant')).toBe(
      '沒有儲存「tw.fountain」：它以 Big5 (Traditional Chinese) 編碼儲存，存不下「😀」這樣的字元。請改存為 UTF-8。磁碟上的檔案沒有改動。',
    );
  });

  it('sends no code the page does not know (Node error codes stay behind)', () => {
    expect(failure(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' }))).toEqual({ ok: false, error: 'ENOENT: no such file' });
    expect(failure(apiError('Refused.', 'not-allowed', { name: 'x' }))).toEqual({ ok: false, error: 'Refused.', code: 'not-allowed', params: { name: 'x' } });
  });
});
