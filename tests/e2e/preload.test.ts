// The built preload (out/preload/index.cjs) runs the way a sandboxed preload does: one CommonJS script
// that may require `electron` and nothing else, exposing exactly the typed API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/shared/api';
import { ROOT } from './support/app';

const PRELOAD = join(ROOT, 'out', 'preload', 'index.cjs');

function loadPreload(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>) {
  let code: string;
  try {
    code = readFileSync(PRELOAD, 'utf8');
  } catch {
    throw new Error(`There is no built preload at ${PRELOAD}. Run \`npx electron-vite build\` first.`);
  }
  const exposed = new Map<string, unknown>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: { invoke: vi.fn(invoke) },
  };
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`A sandboxed preload cannot require "${name}".`);
  };
  const module = { exports: {} };
  runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, Promise, Error });
  return { exposed, required, invoke: electron.ipcRenderer.invoke };
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
    expect(Object.keys(api).sort()).toEqual(Object.keys(CHANNELS).sort());
    expect(await api.readSample('zh')).toEqual({ channel: CHANNELS.readSample, args: ['zh'] });
    expect(await api.saveFile('/a.fountain', 'text')).toEqual({ channel: CHANNELS.saveFile, args: ['/a.fountain', 'text'] });
    expect(await api.saveFileAs('text')).toEqual({ channel: CHANNELS.saveFileAs, args: ['text'] });
    expect(await api.openFile()).toEqual({ channel: CHANNELS.openFile, args: [] });
    expect(invoke).toHaveBeenCalledTimes(4);
  });

  it("turns the main process's error result into a rejected Error with its message", async () => {
    const { exposed } = loadPreload(async () => ({ ok: false, error: 'Cannot open "x.pdf": it is a PDF.' }));
    const api = exposed.get('shotline') as { openFile(): Promise<unknown> };
    await expect(api.openFile()).rejects.toThrow('Cannot open "x.pdf": it is a PDF.');
  });
});
