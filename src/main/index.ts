// Electron main: one sandboxed window on the app's own page. Thin on purpose: the logic lives in
// app-url, protocol, security, ipc, handlers*, document-window, menu, context-menu, dialogs, language and
// src/node/files, which take their dependencies as parameters.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFileWatcher, createRecentStore, createRecoveryStore, listSeriesFolder, newSessionId } from '../node/files';
import type { RecentEntry } from '../shared/api';
import { APP_PAGE_URL, APP_SCHEME, isAppPageUrl } from './app-url';
import type { AppOrigins } from './app-url';
import { createDialogs } from './dialogs';
import { createDocumentRegistry } from './documents';
import { createDocumentWindow } from './document-window';
import type { DocumentWindow } from './document-window';
import { createPreferencesFile, nodeScriptFiles, preferencesLanguageStore } from './files';
import { createFileHandlers } from './handlers';
import { createAppHandlers } from './handlers-app';
import { createPdfHandlers, pdfDeps } from './handlers-pdf';
import { breakdownDeps, createBreakdownHandlers } from './handlers-breakdown';
import { createShotsHandlers, shotsDeps } from './handlers-shots';
import { createReportsHandlers, reportsDeps } from './handlers-reports';
import { createRecoveryHandlers } from './handlers-recovery';
import { registerIpc } from './ipc';
import type { Handlers } from './ipc';
import { createLanguageSetting } from './language';
import { menuTemplate } from './menu';
import { menuStrings } from './menu-strings';
import { serveAppRequest } from './protocol';
import { lockDownContents, lockDownSession } from './security';
import { enableSpellcheck } from './spellcheck';
import { mainWindowOptions } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, '..', 'preload', 'index.cjs');
const origins: AppOrigins = { devUrl: !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null };
const log = (message: string) => console.warn(message);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
]);
app.enableSandbox();

// One running Shotline: a second start focuses the first, so two runs never share open files or
// mistake each other's autosaves for a crash's.
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) app.quit();

app.on('web-contents-created', (_event, contents) => lockDownContents(contents, log));

let mainWindow: BrowserWindow | null = null;
let documentWindow: DocumentWindow | null = null;
let quitting = false;
/** Work that must finish before the process exits (removing recovery copies after a clean close). */
const pending = new Set<Promise<unknown>>();
function beforeExit<T>(work: Promise<T>): Promise<T> {
  pending.add(work);
  void work.catch(() => undefined).finally(() => pending.delete(work));
  return work;
}

app.on('second-instance', () => {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});
app.on('before-quit', () => {
  quitting = true;
});

async function start(): Promise<void> {
  lockDownSession(session.defaultSession, origins, log);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererDir, readFile));
  enableSpellcheck(session.defaultSession, process.platform, log);

  const userData = app.getPath('userData');
  const preferences = createPreferencesFile(join(userData, 'preferences.json'));
  const language = createLanguageSetting(() => app.getLocale(), preferencesLanguageStore(preferences), () => {
    void rebuildMenu();
    documentWindow?.refreshTitle();
  });
  await language.init();
  const strings = () => menuStrings(language.info().language, process.platform);
  const recent = createRecentStore(join(userData, 'recent.json'));
  const recovery = createRecoveryStore(join(userData, 'recovery'), newSessionId());
  const documents = createDocumentRegistry(() => watcher.sync());
  const parent = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined);
  const dialogs = createDialogs<BrowserWindow>(
    {
      showOpenDialog: (win, options) => (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)),
      showSaveDialog: (win, options) => (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options)),
      showMessageBox: (win, options) => (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)),
    },
    parent,
    strings,
  );

  const watcher = createFileWatcher({
    paths: () => documents.paths(),
    baselineOf: (path) => documents.get(path)?.baseline ?? null,
    refresh: (path, fingerprint) => documents.refresh(path, fingerprint),
    isBusy: (path) => documents.isBusy(path),
    report: (path, state) => documentWindow?.send('onFileChanged', { path, name: basename(path), state }),
    log,
  });

  async function rebuildMenu(): Promise<void> {
    let items: RecentEntry[] = [];
    try {
      items = await handlers.listRecent();
    } catch (error) {
      log(`Shotline could not read the recent list: ${String(error)}`);
    }
    const template = menuTemplate({
      platform: process.platform,
      strings: strings(),
      language: language.info().language,
      recent: items,
      home: homedir(),
      isDev: !app.isPackaged,
      send: (command) => documentWindow?.send('onMenuCommand', command),
      setLanguage: (next) => void language.set(next),
      clearRecent: () => void handlers.clearRecent(),
      showAutosaveFolder: () => void shell.openPath(recovery.dir),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  const handlers: Handlers = {
    ...createFileHandlers({
      ...dialogs,
      files: nodeScriptFiles,
      listFolder: listSeriesFolder,
      documents,
      recent,
      recovery,
      fileChanged: (change) => documentWindow?.send('onFileChanged', change),
      recentChanged: () => void rebuildMenu(),
      resourcesDir: join(app.getAppPath(), 'resources'),
      readTextFile: (path) => readFile(path, 'utf8'),
      log,
    }),
    ...createRecoveryHandlers({ documents, recovery, readFile: (path) => nodeScriptFiles.read(path), untitled: () => strings().untitled, log }),
    ...createAppHandlers({ window: () => documentWindow, language }),
    ...createPdfHandlers(pdfDeps(dialog, () => parent() as BrowserWindow, (progress) => documentWindow?.send('onPdfProgress', progress), () => language.info().language)),
    ...createBreakdownHandlers(breakdownDeps(join(app.getAppPath(), 'resources'), documents)),
    ...createShotsHandlers(shotsDeps(join(app.getAppPath(), 'resources'), documents)),
    ...createReportsHandlers(reportsDeps(dialog, () => parent() as BrowserWindow, () => documents.paths(), () => language.info().language)),
  };
  registerIpc(ipcMain, handlers, (url) => isAppPageUrl(url, origins));

  function createWindow(): void {
    const win = new BrowserWindow(mainWindowOptions(preloadPath));
    mainWindow = win;
    documentWindow = createDocumentWindow(win, {
      platform: process.platform,
      strings,
      askToSave: (names) => dialogs.askToSave(names),
      showContextMenu: (template: MenuItemConstructorOptions[]) => Menu.buildFromTemplate(template).popup({ window: win }),
      clearRecovery: () => beforeExit(recovery.removeSession()),
      onCloseCancelled: () => {
        quitting = false;
      },
      log,
    });
    documentWindow.refreshTitle();
    win.on('closed', () => {
      if (mainWindow === win) {
        mainWindow = null;
        documentWindow = null;
      }
      if (quitting) app.quit();
    });
    win.once('ready-to-show', () => win.show());
    void win.loadURL(origins.devUrl ?? APP_PAGE_URL);
  }

  await rebuildMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', (event) => {
    if (pending.size > 0) {
      event.preventDefault();
      void Promise.allSettled([...pending]).then(() => app.quit());
      return;
    }
    watcher.close();
  });
}

if (isFirstInstance) {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Shotline could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
