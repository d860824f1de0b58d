// The preload: exposes exactly the typed API of src/shared as `window.shotline`, nothing else.
// It runs sandboxed, so it is bundled into one CommonJS file and requires only `electron`.
//
// Invoked methods go through ipcRenderer.invoke on their channel (the main process checks the sender and
// the arguments). Events from the main process reach the page through `onX(listener)`: the listener gets
// the event's data only (never the IPC event, which would hand the page ipcRenderer's sender), and the
// returned function unsubscribes. No ipcRenderer object or channel name is exposed.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS, errorRecord } from '../shared/api';
import type { ApiArgs, ApiMethod, ApiValue, EventMethod, EventPayload, IpcResult, ShotlineApi } from '../shared/api';

/**
 * Invokes a method. A failure rejects with an ErrorRecord (message, code, params) rather than an Error: the
 * context bridge would rebuild an Error from its message alone, and the page needs the code to translate it
 * (src/renderer/api/preload-errors.ts turns the record back into an Error carrying `code` and `params`).
 */
async function call<K extends ApiMethod>(method: K, ...args: ApiArgs[K]): Promise<ApiValue[K]> {
  const result = (await ipcRenderer.invoke(CHANNELS[method], ...args)) as IpcResult<ApiValue[K]>;
  if (!result.ok) throw errorRecord(result.error, result.code, result.params);
  return result.value;
}

function subscribe<K extends EventMethod>(method: K, listener: (payload: EventPayload<K>) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError(`${method} needs a function to call.`);
  const channel = EVENTS[method];
  const wrapped = (_event: IpcRendererEvent, payload: EventPayload<K>) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    ipcRenderer.removeListener(channel, wrapped);
  };
}

/** Drops trailing undefined arguments, so optional ones are simply absent over IPC. */
function trimmed<T extends unknown[]>(...args: T): T {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return args.slice(0, n) as T;
}

const api: ShotlineApi = {
  readSample: (lang) => call('readSample', lang),
  openFile: () => call('openFile'),
  openPath: (path, options) => call('openPath', ...trimmed(path, options)),
  saveFile: (path, text, options) => call('saveFile', ...trimmed(path, text, options)),
  saveFileAs: (text, suggestedName) => call('saveFileAs', ...trimmed(text, suggestedName)),
  openFolder: (path) => call('openFolder', ...trimmed(path)),
  listRecent: () => call('listRecent'),
  clearRecent: () => call('clearRecent'),
  autosave: (text, path) => call('autosave', text, path),
  clearAutosave: (path) => call('clearAutosave', path),
  listRecoveries: () => call('listRecoveries'),
  restoreRecovery: (id) => call('restoreRecovery', id),
  discardRecovery: (id) => call('discardRecovery', id),
  setDocumentState: (state) => call('setDocumentState', state),
  closeWindow: () => call('closeWindow'),
  getUiLanguage: () => call('getUiLanguage'),
  setUiLanguage: (language) => call('setUiLanguage', language),
  onFileChanged: (listener) => subscribe('onFileChanged', listener),
  onMenuCommand: (listener) => subscribe('onMenuCommand', listener),
  onCloseRequested: (listener) => subscribe('onCloseRequested', listener),
  exportPdf: (request) => call('exportPdf', request),
  onPdfProgress: (listener) => subscribe('onPdfProgress', listener),
  readSampleProject: (lang) => call('readSampleProject', lang),
  readProjectBeside: (path) => call('readProjectBeside', path),
  saveProject: (path, text, base) => call('saveProject', path, text, base),
  readShotsBeside: (path) => call('readShotsBeside', path),
  readSampleShots: (lang) => call('readSampleShots', lang),
  saveShots: (path, text, base) => call('saveShots', path, text, base),
  exportBreakdown: (request) => call('exportBreakdown', request),
  exportShots: (request) => call('exportShots', request),
};

contextBridge.exposeInMainWorld('shotline', api);
