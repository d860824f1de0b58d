// The in-browser stand-in for the preload API: bundled samples, files in memory mirrored to storage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBrowserAdapter } from '../../src/renderer/api/browser-adapter';
import type { SampleLanguage } from '../../src/shared/api';
import { memoryStorage } from './memory-storage';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the in-browser adapter', () => {
  it('reads the bundled samples', async () => {
    const api = createBrowserAdapter(memoryStorage());
    for (const lang of ['en', 'zh'] as const) {
      const sample = await api.readSample(lang);
      expect(sample).toEqual({ lang, name: 'ep01.fountain', text: readFileSync(join(ROOT, 'resources', 'sample', lang, 'ep01.fountain'), 'utf8') });
    }
    await expect(api.readSample('fr' as SampleLanguage)).rejects.toThrow('There is no bundled sample in "fr".');
  });

  it('opens a queued file with its line endings and byte-order mark reported', async () => {
    const api = createBrowserAdapter(memoryStorage());
    const path = api.files.queueOpen('a.fountain', '\uFEFFINT. A - DAY\r\n\r\nAction.\r\n');
    expect(await api.openFile()).toEqual({ path, name: 'a.fountain', text: 'INT. A - DAY\r\n\r\nAction.\r\n', encoding: 'utf-8', bom: true, eol: 'CRLF' });
  });

  it('saves only to files it knows, and save as names a new one', async () => {
    const storage = memoryStorage();
    const api = createBrowserAdapter(storage);
    await expect(api.saveFile('browser:/nope.fountain', 'x')).rejects.toThrow(/use Save As/);
    api.files.queueSaveAs('draft/1.fountain');
    const saved = await api.saveFileAs('INT. B - NIGHT\n');
    expect(saved).toEqual({ path: 'browser:/draft_1.fountain', name: 'draft_1.fountain', encoding: 'utf-8' });
    await api.saveFile(saved!.path, 'INT. B - DAY\n');
    expect(api.files.list()).toEqual({ 'browser:/draft_1.fountain': 'INT. B - DAY\n' });
    // A new page on the same storage finds the file again.
    expect(createBrowserAdapter(storage).files.list()).toEqual({ 'browser:/draft_1.fountain': 'INT. B - DAY\n' });
  });

  it('starts empty on unreadable storage instead of failing', () => {
    const api = createBrowserAdapter(memoryStorage({ 'shotline.browser.files': '{not json' }));
    expect(api.files.list()).toEqual({});
    expect(createBrowserAdapter(null).files.list()).toEqual({});
  });
});
