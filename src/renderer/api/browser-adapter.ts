// The ShotlineApi in a plain browser, standing in for the Electron preload: the samples are bundled into
// the page, and files, recovery copies and the window live in browser-files.ts (in memory, mirrored to
// localStorage). Tests reach them through `window.shotlineBrowser` (see BrowserFilesControl).
/// <reference types="vite/client" />
import enSample from '../../../resources/sample/en/ep01.fountain?raw';
import zhSample from '../../../resources/sample/zh/ep01.fountain?raw';
import type { SampleLanguage, ShotlineApi } from '../../shared/api';
import { SAMPLE_LANGUAGES } from '../../shared/api';
import { createBrowserFiles } from './browser-files';
import { createBrowserPdf } from './browser-pdf';
import { createBrowserBreakdown } from './browser-breakdown';
import { createBrowserShots } from './browser-shots';
import { createBrowserReports } from './browser-reports';
import type { BrowserFilesControl } from './browser-files';

const SAMPLES: Record<SampleLanguage, string> = { en: enSample, zh: zhSample };

/** What tests (and curious users) can do with the in-browser files and window. */
export type BrowserFiles = BrowserFilesControl;

/** The page's localStorage, or null where the browser refuses it (privacy settings, opaque origins). */
function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function createBrowserAdapter(storage: Storage | null = pageStorage()): ShotlineApi & { files: BrowserFiles } {
  const browserFiles = createBrowserFiles(storage);
  return {
    ...browserFiles.api,
    ...createBrowserBreakdown(),
    ...createBrowserShots(storage),
    ...createBrowserPdf(),
    ...createBrowserReports(),
    async readSample(lang) {
      if (!SAMPLE_LANGUAGES.includes(lang)) throw new Error(`There is no bundled sample in "${String(lang)}".`);
      return { lang, name: 'ep01.fountain', text: SAMPLES[lang] };
    },
    files: browserFiles.control,
  };
}
