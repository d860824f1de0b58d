// The API the renderer talks to: the preload's `window.shotline` in Electron, else the in-browser adapter.
// Inside Electron without the preload's API (a broken install or preload) the page must not fall back to
// the in-browser adapter: its saves would go to the page's storage, never to the writer's files. It shows
// a fatal error instead and loads nothing.
import type { ShotlineApi } from '../../shared/api';
import { languageForLocale } from '../../shared/api';
import { bundledResources } from '../i18n';
import type { Bundle } from '../i18n';
import { createBrowserAdapter } from './browser-adapter';
import { withApiErrors } from './preload-errors';
import type { BrowserFiles } from './browser-adapter';

declare global {
  interface Window {
    /** The preload's API (as declared in env.d.ts, repeated for the tests' typecheck, which does not read it). */
    shotline?: ShotlineApi;
    /** The in-browser adapter's files, present only when the page runs outside Electron. */
    shotlineBrowser?: BrowserFiles;
  }
}

/** What tells the page it runs inside Electron: the app's own scheme, or Electron's user agent. */
export interface PageEnvironment {
  protocol: string;
  userAgent: string;
}

export function insideElectron(env: PageEnvironment): boolean {
  return env.protocol === 'shotline:' || env.userAgent.includes('Electron');
}

/** The fatal error in the system's language (i18next is not set up yet when the API is looked for). */
function missingApiStrings(locale: string): { title: string; detail: string } {
  const strings = (lang: string) => (bundledResources()[languageForLocale(lang)].common?.fatal ?? {}) as Bundle;
  const own = strings(locale);
  const en = strings('en');
  const pick = (key: string) => String(own[key] ?? en[key] ?? key);
  return { title: pick('title'), detail: pick('noApi') };
}

function showFatalError(title: string, detail: string): void {
  const box = document.createElement('div');
  box.className = 'error fatal-error';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'fatal-error';
  const heading = document.createElement('strong');
  heading.textContent = title;
  const text = document.createElement('span');
  text.textContent = detail;
  box.append(heading, text);
  const root = document.getElementById('root');
  if (root) root.replaceChildren(box);
  else document.body.append(box);
}

export function getApi(): ShotlineApi {
  if (window.shotline) return withApiErrors(window.shotline);
  if (insideElectron({ protocol: location.protocol, userAgent: navigator.userAgent })) {
    const { title, detail } = missingApiStrings(navigator.language);
    showFatalError(title, detail);
    throw new Error(`${title}: ${detail}`);
  }
  const adapter = createBrowserAdapter();
  window.shotlineBrowser = adapter.files;
  return withApiErrors(adapter);
}
