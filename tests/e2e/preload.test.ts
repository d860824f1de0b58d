// The built preload (out/preload/index.cjs) runs the way a sandboxed preload does: one CommonJS script
// that may require `electron` and nothing else, exposing exactly the typed API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '../../src/shared/api';
import type { ShotlineApi } from '../../src/shared/api';
import { withApiErrors } from '../../src/renderer/api/preload-errors';
import { ROOT } from './support/app';

const PRELOAD = join(ROOT, 'out', 'preload', 'index.cjs');

type Listener = (event: unknown, ...args: unknown[]) => void;

function loadPreload(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>) {
  let code: string;
  try {
    code = readFileSync(PRELOAD, 'utf8');
  } catch {
    throw new Error(`There is no built preload at ${PRELOAD}. Run \`npx electron-vite build\` first.`);
  }
  const exposed = new Map<string, unknown>();
  const required: string[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: vi.fn(invoke),
      on: (channel: string, listener: Listener) => void (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(listener),
      removeListener: (channel: string, listener: Listener) => void listeners.get(channel)?.delete(listener),
    },
  };
  /** The main process sends an event: what ipcRenderer's listeners receive is (event, payload). */
  const emit = (channel: string, payload: unknown) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'the ipcRenderer event', senderFrame: {} }, payload);
  };
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`A sandboxed preload cannot require "${name}".`);
  };
  const module = { exports: {} };
  runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, Promise, Error, TypeError });
  return { exposed, required, invoke: electron.ipcRenderer.invoke, emit, listeners };
}

describe('the built preload', () => {
  it('is one CommonJS script that requires only electron', () => {
    const code = readFileSync(PRELOAD, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const { required } = loadPreload(async () => ({ ok: true, value: null }));
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes exactly the API as window.shotline, each method invoking its channel', async () => {
    const { exposed, invoke } = loadPreload(async (channel, ...args) => ({ ok: true, value: { channel, args } }));
    expect([...exposed.keys()]).toEqual(['shotline']);
    const api = exposed.get('shotline') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(CHANNELS), ...Object.keys(EVENTS)].sort());
    expect(await api.readSample('zh')).toEqual({ channel: CHANNELS.readSample, args: ['zh'] });
    expect(await api.saveFile('/a.fountain', 'text')).toEqual({ channel: CHANNELS.saveFile, args: ['/a.fountain', 'text'] });
    expect(await api.saveFile('/a.fountain', 'text', { force: true })).toEqual({ channel: CHANNELS.saveFile, args: ['/a.fountain', 'text', { force: true }] });
    expect(await api.saveFileAs('text')).toEqual({ channel: CHANNELS.saveFileAs, args: ['text'] });
    expect(await api.openFile()).toEqual({ channel: CHANNELS.openFile, args: [] });
    expect(await api.openFolder()).toEqual({ channel: CHANNELS.openFolder, args: [] });
    expect(await api.autosave('text', null)).toEqual({ channel: CHANNELS.autosave, args: ['text', null] });
    expect(await api.setDocumentState({ dirty: true, name: null, path: null })).toEqual({
      channel: CHANNELS.setDocumentState,
      args: [{ dirty: true, name: null, path: null }],
    });
    expect(invoke).toHaveBeenCalledTimes(8);
  });

  it('hands event listeners the data only, and unsubscribes', () => {
    const { exposed, emit, listeners } = loadPreload(async () => ({ ok: true, value: null }));
    const api = exposed.get('shotline') as Record<string, (listener: (payload: unknown) => void) => () => void>;
    for (const [method, channel] of Object.entries(EVENTS)) {
      const received: unknown[][] = [];
      const unsubscribe = api[method]((...args: unknown[]) => received.push(args));
      emit(channel, { command: 'save' });
      expect(received, method).toEqual([[{ command: 'save' }]]);
      unsubscribe();
      unsubscribe();
      emit(channel, { command: 'open' });
      expect(received, method).toHaveLength(1);
      expect(listeners.get(channel)?.size ?? 0, method).toBe(0);
    }
    expect(() => api.onMenuCommand('not a function' as never)).toThrow(/needs a function/);
  });

  it("turns the main process's error result into a rejected record the context bridge copies whole", async () => {
    const { exposed } = loadPreload(async () => ({ ok: false, error: 'Cannot open "x.pdf": it is a PDF.', code: 'binary', params: { name: 'x.pdf' } }));
    const api = exposed.get('shotline') as { openFile(): Promise<unknown> };
    // Plain data, not an Error: the bridge would keep only an Error's message. The page makes it an Error again.
    const reason = await api.openFile().catch((e: unknown) => e);
    expect(reason).toEqual({ shotlineError: true, message: 'Cannot open "x.pdf": it is a PDF.', code: 'binary', params: { name: 'x.pdf' } });
    const page = withApiErrors(api as unknown as ShotlineApi);
    await expect(page.openFile()).rejects.toMatchObject({ message: 'Cannot open "x.pdf": it is a PDF.', code: 'binary', params: { name: 'x.pdf' } });
    await expect(page.openFile()).rejects.toBeInstanceOf(Error);
  });
});
