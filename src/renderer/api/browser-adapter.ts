// The ShotlineApi in a plain browser, standing in for the Electron preload: the samples are bundled into
// the page, and files live in memory (mirrored to localStorage). Tests reach the files through
// `window.shotlineBrowser` (see BrowserFiles).
/// <reference types="vite/client" />
import enSample from '../../../resources/sample/en/ep01.fountain?raw';
import zhSample from '../../../resources/sample/zh/ep01.fountain?raw';
import type { EolStyle, OpenedFile, SampleLanguage, SavedFile, ShotlineApi } from '../../shared/api';
import { SAMPLE_LANGUAGES } from '../../shared/api';

const SAMPLES: Record<SampleLanguage, string> = { en: enSample, zh: zhSample };
const STORAGE_KEY = 'shotline.browser.files';
const PREFIX = 'browser:/';

/** What tests (and curious users) can do with the in-browser files. */
export interface BrowserFiles {
  /** Every stored file: path -> text. */
  list(): Record<string, string>;
  /** Stores a file, and makes it the one the next openFile() returns (instead of showing a file picker). */
  queueOpen(name: string, text: string): string;
  /** The name the next saveFileAs() uses (instead of asking). */
  queueSaveAs(name: string): void;
}

function eolStyle(text: string): EolStyle {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  const cr = text.split('\r').length - 1 - crlf;
  const kinds = [lf, crlf, cr].filter((n) => n > 0).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'LF' : crlf > 0 ? 'CRLF' : 'CR';
}

function load(storage: Storage | null): Map<string, string> {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    const data: unknown = raw ? JSON.parse(raw) : {};
    if (!data || typeof data !== 'object') return new Map();
    return new Map(Object.entries(data as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return new Map();
  }
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Lets the user pick a file with the browser's own picker; null when cancelled. */
function pickLocalFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.fountain,.spmd,.txt,text/plain';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** The page's localStorage, or null where the browser refuses it (privacy settings, opaque origins). */
function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function createBrowserAdapter(storage: Storage | null = pageStorage()): ShotlineApi & { files: BrowserFiles } {
  const files = load(storage);
  let nextOpen: string | null = null;
  let nextSaveAs: string | null = null;
  const persist = () => {
    try {
      storage?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(files)));
    } catch {
      // Storage full or disabled: the files stay in memory for this page.
    }
  };
  const store = (path: string, text: string): SavedFile => {
    files.set(path, text);
    persist();
    return { path, name: fileName(path), encoding: 'utf-8' };
  };
  const opened = (path: string, text: string): OpenedFile => ({
    path,
    name: fileName(path),
    text: text.startsWith('\uFEFF') ? text.slice(1) : text,
    encoding: 'utf-8',
    bom: text.startsWith('\uFEFF'),
    eol: eolStyle(text),
  });

  return {
    async openFile() {
      if (nextOpen !== null) {
        const path = nextOpen;
        nextOpen = null;
        return opened(path, files.get(path) ?? '');
      }
      const file = await pickLocalFile();
      if (!file) return null;
      const text = await file.text();
      store(PREFIX + file.name, text);
      return opened(PREFIX + file.name, text);
    },
    async saveFile(path, text) {
      if (!files.has(path)) throw new Error(`Shotline saves only to files opened or saved in this browser; use Save As for "${fileName(path)}".`);
      return store(path, text);
    },
    async saveFileAs(text, suggestedName) {
      const name = nextSaveAs ?? suggestedName ?? 'Untitled.fountain';
      nextSaveAs = null;
      return store(PREFIX + name.replace(/[/\\]/g, '_'), text);
    },
    async readSample(lang) {
      if (!SAMPLE_LANGUAGES.includes(lang)) throw new Error(`There is no bundled sample in "${String(lang)}".`);
      return { lang, name: 'ep01.fountain', text: SAMPLES[lang] };
    },
    files: {
      list: () => Object.fromEntries(files),
      queueOpen(name, text) {
        const path = PREFIX + name;
        store(path, text);
        nextOpen = path;
        return path;
      },
      queueSaveAs(name) {
        nextSaveAs = name;
      },
    },
  };
}
