// The preload: exposes exactly the typed API of src/shared as `window.shotline`, nothing else.
// It runs sandboxed, so it is bundled into one CommonJS file and requires only `electron`.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/api';
import type { ApiArgs, ApiMethod, ApiValue, IpcResult, ShotlineApi } from '../shared/api';

async function call<K extends ApiMethod>(method: K, ...args: ApiArgs[K]): Promise<ApiValue[K]> {
  const result = (await ipcRenderer.invoke(CHANNELS[method], ...args)) as IpcResult<ApiValue[K]>;
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const api: ShotlineApi = {
  openFile: () => call('openFile'),
  saveFile: (path, text) => call('saveFile', path, text),
  saveFileAs: (text, suggestedName) =>
    suggestedName === undefined ? call('saveFileAs', text) : call('saveFileAs', text, suggestedName),
  readSample: (lang) => call('readSample', lang),
};

contextBridge.exposeInMainWorld('shotline', api);
