// The API the renderer talks to: the preload's `window.shotline` in Electron, else the in-browser adapter.
import type { ShotlineApi } from '../../shared/api';
import { createBrowserAdapter } from './browser-adapter';
import type { BrowserFiles } from './browser-adapter';

declare global {
  interface Window {
    /** The in-browser adapter's files, present only when the page runs outside Electron. */
    shotlineBrowser?: BrowserFiles;
  }
}

export function getApi(): ShotlineApi {
  if (window.shotline) return window.shotline;
  const adapter = createBrowserAdapter();
  window.shotlineBrowser = adapter.files;
  return adapter;
}
