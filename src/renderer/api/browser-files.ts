// The files and window part of the ShotlineApi in a plain browser (the e2e tests' stand-in for Electron):
// files live in memory mirrored to localStorage under `browser:/` paths, with the same rules as the main
// process: saves refuse a file "another program" changed unless forced, autosave keeps one recovery copy
// per document and page load (a new page load is a new session, like a restart after a crash), the recent
// list, series folders, and the events. Tests drive the "outside world" through `BrowserFilesControl`.
import type {
  AppApi,
  AppEvents,
  CloseRequest,
  DocumentState,
  EolStyle,
  FileChange,
  FilesApi,
  FilesEvents,
  MenuCommand,
  OpenedFile,
  RecentEntry,
  RecoveredFile,
  RecoveryInfo,
  SavedFile,
  UiLanguage,
  UiLanguageInfo,
} from '../../shared/api';
import { apiError, documentTitle, languageForLocale, UI_LANGUAGES } from '../../shared/api';

export const PREFIX = 'browser:/';
const KEYS = {
  files: 'shotline.browser.files',
  recent: 'shotline.browser.recent',
  recovery: 'shotline.browser.recovery',
  language: 'shotline.browser.language',
};
const MAX_RECENT = 12;
const BOM = '\uFEFF';
const UNTITLED: Record<UiLanguage, string> = { en: 'Untitled', 'zh-Hans': '未命名', 'zh-Hant': '未命名' };

/** What tests (and curious users) can do with the in-browser files and window. */
export interface BrowserFilesControl {
  /** Every stored file: path -> text. */
  list(): Record<string, string>;
  /** Stores a file, and makes it the one the next openFile() returns (instead of showing a file picker). */
  queueOpen(name: string, text: string): string;
  /** The name the next saveFileAs() uses (instead of asking). */
  queueSaveAs(name: string): void;
  /** Stores a folder of files and makes it the one the next openFolder() returns; its path. */
  queueFolder(name: string, files: Record<string, string>): string;
  /** Another program writes `text` to `path` (or deletes it with null): an open file reports the change. */
  changeOnDisk(path: string, text: string | null): void;
  /** A native menu item was chosen. */
  menu(command: MenuCommand): void;
  /** The user chose "Save" in the close prompt. */
  requestClose(): void;
  /** What the page last reported with setDocumentState, and whether it asked to close the window. */
  window(): { state: DocumentState; title: string; closed: boolean };
  /** The recovery copies kept in storage (all sessions). */
  recoveries(): RecoveredFile[];
}

interface StoredRecovery {
  id: string;
  session: string;
  path: string | null;
  name: string;
  time: string;
  text: string;
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

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

const stripBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text);

function readJson<T>(storage: Storage | null, key: string, fallback: T): T {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

function writeJson(storage: Storage | null, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the data stays in memory for this page.
  }
}

function loadFiles(storage: Storage | null): Map<string, string> {
  const data = readJson<unknown>(storage, KEYS.files, {});
  if (!data || typeof data !== 'object') return new Map();
  return new Map(Object.entries(data as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
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

function emitter<T>() {
  const listeners = new Set<(payload: T) => void>();
  return {
    on(listener: (payload: T) => void) {
      const own = (payload: T) => listener(payload);
      listeners.add(own);
      return () => void listeners.delete(own);
    },
    emit(payload: T) {
      for (const l of [...listeners]) l(payload);
    },
  };
}

export type BrowserFilesApi = FilesApi & FilesEvents & AppApi & AppEvents;

export function createBrowserFiles(storage: Storage | null, locale = () => (typeof navigator === 'undefined' ? 'en' : navigator.language)): {
  api: BrowserFilesApi;
  control: BrowserFilesControl;
} {
  const files = loadFiles(storage);
  const session = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  /** The text of each open file as last opened or saved (what "the disk" held then). */
  const baselines = new Map<string, string>();
  const openableFolders = new Set<string>();
  let nextOpen: string | null = null;
  let nextSaveAs: string | null = null;
  let nextFolder: string | null = null;
  let docState: DocumentState = { dirty: false, name: null, path: null };
  let closed = false;
  const changed = emitter<FileChange>();
  const menu = emitter<MenuCommand>();
  const close = emitter<CloseRequest>();

  const persistFiles = () => writeJson(storage, KEYS.files, Object.fromEntries(files));
  const recent = (): RecentEntry[] => readJson<RecentEntry[]>(storage, KEYS.recent, []).filter((e) => e && typeof e.path === 'string');
  const remember = (path: string, kind: RecentEntry['kind']) => {
    const entry = { path, name: fileName(path.replace(/\/$/, '')), kind, time: new Date().toISOString() };
    writeJson(storage, KEYS.recent, [entry, ...recent().filter((e) => e.path !== path)].slice(0, MAX_RECENT));
  };
  const recoveries = () => readJson<Record<string, StoredRecovery>>(storage, KEYS.recovery, {});
  const idOf = (path: string | null) => `${session}-${encodeURIComponent(path ?? '')}`;
  const setRecovery = (id: string, entry: StoredRecovery | null) => {
    const all = recoveries();
    if (entry) all[id] = entry;
    else delete all[id];
    writeJson(storage, KEYS.recovery, all);
  };
  const language = (): UiLanguageInfo => {
    const system = languageForLocale(locale());
    const chosen = readJson<string | null>(storage, KEYS.language, null);
    const valid = UI_LANGUAGES.includes(chosen as UiLanguage) ? (chosen as UiLanguage) : null;
    return { language: valid ?? system, system, chosen: valid !== null };
  };
  const title = () => documentTitle(docState, UNTITLED[language().language]);

  const opened = (path: string, raw: string, recent = true): OpenedFile => {
    baselines.set(path, raw);
    if (recent) remember(path, 'file');
    return { path, name: fileName(path), text: stripBom(raw), encoding: 'utf-8', bom: raw.startsWith(BOM), eol: eolStyle(raw) };
  };
  const store = (path: string, text: string, recent = true): SavedFile => {
    files.set(path, text);
    baselines.set(path, text);
    persistFiles();
    setRecovery(idOf(path), null);
    if (recent) remember(path, 'file');
    return { path, name: fileName(path), encoding: 'utf-8' };
  };
  const info = (e: StoredRecovery): RecoveryInfo => {
    const text = stripBom(e.text);
    const first = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '')?.trim() ?? '';
    return { id: e.id, path: e.path, name: e.name, time: e.time, length: text.length, preview: first.slice(0, 80) };
  };
  const recovered = (e: StoredRecovery): RecoveredFile => ({
    ...info(e),
    text: stripBom(e.text),
    encoding: 'utf-8',
    bom: e.text.startsWith(BOM),
    eol: eolStyle(e.text),
  });

  const api: BrowserFilesApi = {
    async openFile() {
      if (nextOpen !== null) {
        const path = nextOpen;
        nextOpen = null;
        return opened(path, files.get(path) ?? '');
      }
      const file = await pickLocalFile();
      if (!file) return null;
      const text = await file.text();
      files.set(PREFIX + file.name, text);
      persistFiles();
      return opened(PREFIX + file.name, text);
    },
    async openPath(path, options) {
      const text = files.get(path);
      if (text === undefined) throw new Error(`Cannot open "${fileName(path)}": there is no such file (${path}). Nothing was changed.`);
      return opened(path, text, options?.recent !== false);
    },
    async saveFile(path, text, options) {
      if (!baselines.has(path)) throw apiError(`Shotline saves only to files opened or saved in this browser; use Save As for "${fileName(path)}".`, 'not-opened', { name: fileName(path) });
      const onDisk = files.get(path);
      if (!options?.force && onDisk !== undefined && onDisk !== baselines.get(path)) {
        changed.emit({ path, name: fileName(path), state: 'changed' });
        throw apiError(
          `"${fileName(path)}" was changed by another program since Shotline opened or last saved it. Nothing was saved: reload it to see the other version, or save again and choose to overwrite it.`,
          'changed-on-disk',
          { name: fileName(path) },
        );
      }
      return store(path, text, options?.recent !== false);
    },
    async saveFileAs(text, suggestedName) {
      const name = nextSaveAs ?? suggestedName ?? 'Untitled.fountain';
      nextSaveAs = null;
      setRecovery(idOf(null), null);
      return store(PREFIX + name.replace(/[/\\]/g, '_'), text);
    },
    async openFolder(path) {
      const folder = path ?? nextFolder;
      nextFolder = null;
      if (folder === null) return null;
      if (path !== undefined && !openableFolders.has(path) && !recent().some((e) => e.path === path && e.kind === 'folder')) {
        throw apiError(`Shotline opens only folders you chose or from the recent list; use Open Series Folder… for "${fileName(path)}".`, 'not-opened', { name: fileName(path) });
      }
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      const names = [...files.keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map((p) => p.slice(prefix.length));
      const collator = new Intl.Collator(undefined, { numeric: true });
      const episodes = names.filter((n) => /\.fountain$/i.test(n) && !n.startsWith('.')).sort(collator.compare);
      const project = names.find((n) => n.toLowerCase().endsWith('.shotline.json'));
      openableFolders.add(folder);
      remember(folder, 'folder');
      return {
        path: folder,
        name: fileName(folder.replace(/\/$/, '')),
        episodes: episodes.map((n) => ({ path: prefix + n, name: n, episode: Number(/\d+/.exec(n)?.[0] ?? NaN) || null })),
        project: project ? { path: prefix + project, name: project, text: files.get(prefix + project) ?? '' } : null,
        problems: [],
      };
    },
    async listRecent() {
      const kept = recent().filter((e) => (e.kind === 'file' ? files.has(e.path) : [...files.keys()].some((p) => p.startsWith(`${e.path}/`))));
      writeJson(storage, KEYS.recent, kept);
      return kept;
    },
    async clearRecent() {
      writeJson(storage, KEYS.recent, []);
    },
    async autosave(text, path) {
      if (path !== null && !baselines.has(path)) throw new Error(`Shotline keeps recovery copies only of files open in this session; "${fileName(path)}" is not one.`);
      const nothing = path === null ? stripBom(text).trim() === '' : stripBom(text) === stripBom(baselines.get(path) ?? '');
      if (nothing) {
        setRecovery(idOf(path), null);
        return { time: null, cleared: true };
      }
      const time = new Date().toISOString();
      setRecovery(idOf(path), { id: idOf(path), session, path, name: path === null ? UNTITLED[language().language] : fileName(path), time, text });
      return { time, cleared: false };
    },
    async clearAutosave(path) {
      setRecovery(idOf(path), null);
    },
    async listRecoveries() {
      const offers: RecoveryInfo[] = [];
      for (const e of Object.values(recoveries())) {
        if (e.session === session) continue;
        if (e.path !== null && files.get(e.path) !== undefined && stripBom(files.get(e.path)!) === stripBom(e.text)) {
          setRecovery(e.id, null);
          continue;
        }
        offers.push(info(e));
      }
      return offers.sort((a, b) => b.time.localeCompare(a.time));
    },
    async restoreRecovery(id) {
      const entry = recoveries()[id];
      if (!entry) throw new Error('That recovered work is no longer there (it was restored or discarded already).');
      const adopted = { ...entry, id: idOf(entry.path), session };
      setRecovery(adopted.id, adopted);
      if (adopted.id !== id) setRecovery(id, null);
      if (entry.path !== null && !baselines.has(entry.path)) baselines.set(entry.path, files.get(entry.path) ?? '');
      return recovered(adopted);
    },
    async discardRecovery(id) {
      setRecovery(id, null);
    },
    onFileChanged: (listener) => changed.on(listener),

    async setDocumentState(state) {
      docState = { dirty: state.dirty, name: state.name, path: state.path, ...(state.unsaved ? { unsaved: [...state.unsaved] } : {}) };
      if (typeof document !== 'undefined') document.title = title();
    },
    async closeWindow() {
      closed = true;
    },
    async getUiLanguage() {
      return language();
    },
    async setUiLanguage(next) {
      writeJson(storage, KEYS.language, next === 'system' ? null : next);
      return language();
    },
    onMenuCommand: (listener) => menu.on(listener),
    onCloseRequested: (listener) => close.on(listener),
  };

  const control: BrowserFilesControl = {
    list: () => Object.fromEntries(files),
    queueOpen(name, text) {
      const path = PREFIX + name;
      files.set(path, text);
      persistFiles();
      nextOpen = path;
      return path;
    },
    queueSaveAs(name) {
      nextSaveAs = name;
    },
    queueFolder(name, folderFiles) {
      const folder = PREFIX + name.replace(/[/\\]/g, '_');
      for (const [file, text] of Object.entries(folderFiles)) files.set(`${folder}/${file}`, text);
      persistFiles();
      nextFolder = folder;
      return folder;
    },
    changeOnDisk(path, text) {
      if (text === null) files.delete(path);
      else files.set(path, text);
      persistFiles();
      if (!baselines.has(path)) return;
      const state = text === null ? 'deleted' : text === baselines.get(path) ? 'unchanged' : 'changed';
      changed.emit({ path, name: fileName(path), state });
    },
    menu: (command) => menu.emit(command),
    requestClose: () => close.emit({ action: 'save-then-close' }),
    window: () => ({ state: { ...docState }, title: title(), closed }),
    recoveries: () => Object.values(recoveries()).map(recovered),
  };

  return { api, control };
}
