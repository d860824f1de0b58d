// The in-browser stand-in for the files and window API (what the e2e tests drive): the same rules as the
// main process for changed files, autosave and recovery across page loads, recent files, folders, events.
import { describe, expect, it } from 'vitest';
import { createBrowserFiles } from '../../src/renderer/api/browser-files';
import type { FileChange, MenuCommand } from '../../src/shared/api';
import { memoryStorage } from './memory-storage';

describe('the in-browser files', () => {
  it('refuses to save over a file changed "by another program" unless forced, and reports the change', async () => {
    const { api, control } = createBrowserFiles(memoryStorage());
    const changes: FileChange[] = [];
    api.onFileChanged((c) => changes.push(c));
    const path = control.queueOpen('ep01.fountain', 'INT. A - DAY\n');
    await api.openFile();
    control.changeOnDisk(path, 'INT. A - NIGHT\n');
    expect(changes).toEqual([{ path, name: 'ep01.fountain', state: 'changed' }]);
    await expect(api.saveFile(path, 'mine\n')).rejects.toThrow(/changed by another program/);
    expect(control.list()[path]).toBe('INT. A - NIGHT\n');
    await api.saveFile(path, 'mine\n', { force: true });
    expect(control.list()[path]).toBe('mine\n');
    expect((await api.openPath(path)).text).toBe('mine\n');
  });

  it('keeps unsaved work across a "crash" (a new page load on the same storage) until restored and saved', async () => {
    const storage = memoryStorage();
    const first = createBrowserFiles(storage);
    const path = first.control.queueOpen('ep02.fountain', '第2集\n');
    await first.api.openFile();
    expect(await first.api.autosave('第2集\n林晚：三年了。', path)).toMatchObject({ cleared: false });
    expect(await first.api.listRecoveries()).toEqual([]); // this session's own copy is not offered

    const second = createBrowserFiles(storage);
    const [offer] = await second.api.listRecoveries();
    expect(offer).toMatchObject({ path, name: 'ep02.fountain', preview: '第2集' });
    const restored = await second.api.restoreRecovery(offer.id);
    expect(restored.text).toBe('第2集\n林晚：三年了。');
    await second.api.saveFile(path, restored.text);
    expect(await createBrowserFiles(storage).api.listRecoveries()).toEqual([]);
  });

  it('autosaving the text on disk keeps no copy', async () => {
    const { api, control } = createBrowserFiles(memoryStorage());
    const path = control.queueOpen('a.fountain', 'x\n');
    await api.openFile();
    expect(await api.autosave('x\n', path)).toEqual({ time: null, cleared: true });
    await expect(api.autosave('y', 'browser:/other.fountain')).rejects.toThrow(/only of files open/);
    expect(control.recoveries()).toEqual([]);
  });

  it('opens a queued folder in episode order, remembers it, and reports the window state', async () => {
    const { api, control } = createBrowserFiles(memoryStorage(), () => 'zh-TW');
    const folder = control.queueFolder('series', { 'ep10.fountain': '10', 'ep2.fountain': '2', 'x.shotline.json': '{}' });
    const listing = await api.openFolder();
    expect(listing?.episodes.map((e) => [e.name, e.episode])).toEqual([['ep2.fountain', 2], ['ep10.fountain', 10]]);
    expect(listing?.project?.name).toBe('x.shotline.json');
    expect((await api.listRecent()).map((r) => [r.path, r.kind])).toEqual([[folder, 'folder']]);
    expect((await api.openFolder(folder))?.episodes).toHaveLength(2);

    await api.setDocumentState({ dirty: true, name: null, path: null });
    expect(control.window().title).toBe('• 未命名 — Shotline');
    expect(await api.getUiLanguage()).toEqual({ language: 'zh-Hant', system: 'zh-Hant', chosen: false });
    expect(await api.setUiLanguage('en')).toMatchObject({ language: 'en', chosen: true });
  });

  it('delivers menu commands and close requests to listeners until they unsubscribe', async () => {
    const { api, control } = createBrowserFiles(memoryStorage());
    const commands: MenuCommand[] = [];
    const stop = api.onMenuCommand((c) => commands.push(c));
    control.menu({ command: 'undo' });
    stop();
    control.menu({ command: 'redo' });
    expect(commands).toEqual([{ command: 'undo' }]);
    let asked = 0;
    api.onCloseRequested(() => asked++);
    control.requestClose();
    expect(asked).toBe(1);
    await api.closeWindow();
    expect(control.window().closed).toBe(true);
  });
});
