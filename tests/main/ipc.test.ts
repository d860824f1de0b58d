// IPC: calls from anywhere but the app's own page are refused before any handler runs; arguments are checked.
import { describe, expect, it, vi } from 'vitest';
import { dispatch, FOREIGN_SENDER_ERROR, registerIpc } from '../../src/main/ipc';
import type { Handlers, InvokeEventLike } from '../../src/main/ipc';
import { isAppPageUrl } from '../../src/main/app-url';
import { CHANNELS } from '../../src/shared/api';
import type { ApiMethod } from '../../src/shared/api';

const isAppPage = (url: string) => isAppPageUrl(url, { devUrl: null });
const fromPage = (url: string, parent: unknown = null): InvokeEventLike => ({ senderFrame: { url, parent } });

/** A handler for every method of the contract, each a mock that resolves to null unless given here. */
function fakeHandlers(): Handlers {
  const handlers = Object.fromEntries((Object.keys(CHANNELS) as ApiMethod[]).map((m) => [m, vi.fn(async () => null)])) as unknown as Handlers;
  handlers.saveFile = vi.fn(async (path: string) => ({ path, name: 'a.fountain', encoding: 'utf-8' }));
  handlers.readSample = vi.fn(async (lang) => ({ lang, name: 'ep01.fountain', text: 'INT. A - DAY' }));
  return handlers;
}

/** Well-formed arguments for each method, so only the sender decides. */
const GOOD_ARGS: Record<ApiMethod, unknown[]> = {
  readSample: ['en'],
  openFile: [],
  openPath: ['/home/me/a.fountain'],
  saveFile: ['/home/me/a.fountain', 'text', { force: true }],
  saveFileAs: ['text', 'a.fountain'],
  openFolder: ['/home/me/series'],
  listRecent: [],
  clearRecent: [],
  autosave: ['text', null],
  clearAutosave: ['/home/me/a.fountain'],
  listRecoveries: [],
  restoreRecovery: ['aaaaaaaa1-0123456789abcdef'],
  discardRecovery: ['aaaaaaaa1-0123456789abcdef'],
  setDocumentState: [{ dirty: true, name: 'a.fountain', path: '/home/me/a.fountain' }],
  closeWindow: [],
  getUiLanguage: [],
  setUiLanguage: ['zh-Hant'],
  exportPdf: [{ episodes: [{ name: 'a.fountain', text: 'INT. A - DAY' }], split: false, suggestedName: 'a', dialogTitle: 'Export PDF' }],
  readSampleProject: ['zh'],
  readProjectBeside: ['/home/me/series/ep01.fountain'],
  saveProject: ['/home/me/series/s.shotline.json', '{"format":"shotline-project","version":1}', { expected: null }],
  readShotsBeside: ['/home/me/series/ep01.fountain'],
  readSampleShots: ['zh'],
  saveShots: ['/home/me/series/ep01.fountain', '{"format":"shotline-shots","version":1,"scenes":[]}', { expected: 'a'.repeat(64), force: true }],
  exportBreakdown: [{ format: 'csv', episodes: [{ name: 'a.fountain', text: 'INT. A - DAY' }], project: null, suggestedName: 'a', dialogTitle: 'Export reports' }],
  exportShots: [{ format: 'pdf', episodes: [{ name: 'a.fountain', text: 'INT. A - DAY', shots: null }], project: null, grouping: 'set', suggestedName: 'a', dialogTitle: 'Export shot list' }],
};

const FOREIGN_EVENTS: InvokeEventLike[] = [
  fromPage('https://example.com/'),
  fromPage('file:///tmp/evil.html'),
  fromPage('shotline://app/assets/other.html'),
  fromPage('shotline://app/index.html', { url: 'shotline://app/index.html' }), // a subframe
  { senderFrame: null }, // the frame is gone
];

describe('IPC dispatch', () => {
  it("runs the handler for the app's own page", async () => {
    const handlers = fakeHandlers();
    const result = await dispatch('readSample', handlers, fromPage('shotline://app/index.html'), ['en'], isAppPage);
    expect(result).toEqual({ ok: true, value: { lang: 'en', name: 'ep01.fountain', text: 'INT. A - DAY' } });
  });

  it('refuses a call from a foreign frame URL without calling the handler', async () => {
    for (const event of FOREIGN_EVENTS) {
      const handlers = fakeHandlers();
      const result = await dispatch('saveFile', handlers, event, ['/home/me/a.fountain', 'text'], isAppPage);
      expect(result).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
      expect(handlers.saveFile).not.toHaveBeenCalled();
    }
  });

  it('refuses malformed arguments with a clear message', async () => {
    const handlers = fakeHandlers();
    const page = fromPage('shotline://app/index.html');
    expect(await dispatch('saveFile', handlers, page, [42, 'text'], isAppPage)).toEqual({ ok: false, error: 'The file path must be text.' });
    expect(await dispatch('saveFile', handlers, page, ['/a', { html: '<b>' }], isAppPage)).toEqual({ ok: false, error: 'The script must be text.' });
    expect(await dispatch('readSample', handlers, page, ['fr'], isAppPage)).toEqual({
      ok: false,
      error: 'There is no bundled sample in "fr"; choose one of: en, zh.',
    });
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(handlers.readSample).not.toHaveBeenCalled();
  });

  it("returns a handler's error as a message, not a thrown Error", async () => {
    const handlers = fakeHandlers();
    handlers.openFile = async () => {
      throw new Error('Cannot open "x.pdf": it is a PDF, not a script.');
    };
    expect(await dispatch('openFile', handlers, fromPage('shotline://app/index.html'), [], isAppPage)).toEqual({
      ok: false,
      error: 'Cannot open "x.pdf": it is a PDF, not a script.',
    });
  });
});

describe('every channel', () => {
  it('is sender-checked: a foreign frame gets the refusal and the handler never runs; the app page gets through', async () => {
    const registered = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const handlers = fakeHandlers();
    registerIpc({ handle: (channel, listener) => registered.set(channel, listener) }, handlers, isAppPage);
    for (const method of Object.keys(CHANNELS) as ApiMethod[]) {
      const listener = registered.get(CHANNELS[method]);
      expect(listener, method).toBeDefined();
      for (const event of FOREIGN_EVENTS) {
        expect(await listener!(event, ...GOOD_ARGS[method]), method).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
      }
      expect(handlers[method], method).not.toHaveBeenCalled();
      expect(await listener!(fromPage('shotline://app/index.html'), ...GOOD_ARGS[method]), method).toMatchObject({ ok: true });
      expect(handlers[method], method).toHaveBeenCalledOnce();
    }
  });

  it('checks the shape of its arguments', async () => {
    const handlers = fakeHandlers();
    const page = fromPage('shotline://app/index.html');
    const bad: [ApiMethod, unknown[], string][] = [
      ['openPath', [''], 'The file path is empty or malformed.'],
      ['openPath', ['/a\u0000b'], 'The file path is empty or malformed.'],
      ['saveFile', ['/a', 'text', 'force'], 'The save options must be an object.'],
      ['saveFile', ['/a', 'text', { force: 'yes' }], 'The save option "force" must be true or false.'],
      ['openFolder', [7], 'The file path must be text.'],
      ['autosave', [null, null], 'The script must be text.'],
      ['autosave', ['text', 3], 'The file path must be text.'],
      ['restoreRecovery', [{}], 'The recovery id must be text.'],
      ['setDocumentState', [{ dirty: 'yes' }], 'The document state needs "dirty" (true or false).'],
      ['setDocumentState', ['dirty'], 'The document state must be an object.'],
      ['setUiLanguage', ['fr'], 'Shotline has no user interface in "fr"; choose en, zh-Hans, zh-Hant or system.'],
    ];
    for (const [method, args, error] of bad) {
      expect(await dispatch(method, handlers, page, args, isAppPage), `${method} ${JSON.stringify(args)}`).toEqual({ ok: false, error });
      expect(handlers[method]).not.toHaveBeenCalled();
    }
    // Extra fields do not reach the handler.
    await dispatch('setDocumentState', handlers, page, [{ dirty: true, name: 'a', path: null, html: '<b>' }], isAppPage);
    expect(handlers.setDocumentState).toHaveBeenCalledWith({ dirty: true, name: 'a', path: null });
    await dispatch('saveFile', handlers, page, ['/a', 't', { force: true, other: 1 }], isAppPage);
    expect(handlers.saveFile).toHaveBeenCalledWith('/a', 't', { force: true });
  });
});

describe('registerIpc', () => {
  it('registers every channel of the contract, each checked', async () => {
    const registered = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const handlers = fakeHandlers();
    registerIpc({ handle: (channel, listener) => registered.set(channel, listener) }, handlers, isAppPage);
    expect([...registered.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    const readSample = registered.get(CHANNELS.readSample)!;
    expect(await readSample(fromPage('https://example.com/'), 'en')).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
    expect(await readSample(fromPage('shotline://app/index.html'), 'zh')).toMatchObject({ ok: true, value: { lang: 'zh' } });
  });
});
