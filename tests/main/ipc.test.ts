// IPC: calls from anywhere but the app's own page are refused before any handler runs; arguments are checked.
import { describe, expect, it, vi } from 'vitest';
import { dispatch, FOREIGN_SENDER_ERROR, registerIpc } from '../../src/main/ipc';
import type { Handlers, InvokeEventLike } from '../../src/main/ipc';
import { isAppPageUrl } from '../../src/main/app-url';
import { CHANNELS } from '../../src/shared/api';

const isAppPage = (url: string) => isAppPageUrl(url, { devUrl: null });
const fromPage = (url: string, parent: unknown = null): InvokeEventLike => ({ senderFrame: { url, parent } });

function fakeHandlers(): Handlers {
  return {
    openFile: vi.fn(async () => null),
    saveFile: vi.fn(async (path: string) => ({ path, name: 'a.fountain', encoding: 'utf-8' })),
    saveFileAs: vi.fn(async () => null),
    readSample: vi.fn(async (lang) => ({ lang, name: 'ep01.fountain', text: 'INT. A - DAY' })),
  };
}

describe('IPC dispatch', () => {
  it("runs the handler for the app's own page", async () => {
    const handlers = fakeHandlers();
    const result = await dispatch('readSample', handlers, fromPage('shotline://app/index.html'), ['en'], isAppPage);
    expect(result).toEqual({ ok: true, value: { lang: 'en', name: 'ep01.fountain', text: 'INT. A - DAY' } });
  });

  it('refuses a call from a foreign frame URL without calling the handler', async () => {
    for (const event of [
      fromPage('https://example.com/'),
      fromPage('file:///tmp/evil.html'),
      fromPage('shotline://app/assets/other.html'),
      fromPage('shotline://app/index.html', { url: 'shotline://app/index.html' }), // a subframe
      { senderFrame: null }, // the frame is gone
    ]) {
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
