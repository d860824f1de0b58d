// Electron main: one sandboxed window on the app's own page. Thin on purpose: the logic lives in
// app-url, protocol, security, ipc, handlers and window, which take their dependencies as parameters.
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_PAGE_URL, APP_SCHEME, isAppPageUrl } from './app-url';
import type { AppOrigins } from './app-url';
import { nodeScriptFiles } from './files';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { serveAppRequest } from './protocol';
import { lockDownContents, lockDownSession } from './security';
import { mainWindowOptions } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, '..', 'preload', 'index.cjs');
const origins: AppOrigins = { devUrl: !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null };
const log = (message: string) => console.warn(message);

const FOUNTAIN_FILTERS = [
  { name: 'Fountain scripts', extensions: ['fountain', 'spmd', 'txt'] },
  { name: 'All files', extensions: ['*'] },
];

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
]);
app.enableSandbox();

app.on('web-contents-created', (_event, contents) => lockDownContents(contents, log));

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(origins.devUrl ?? APP_PAGE_URL);
  return win;
}

app.whenReady().then(() => {
  lockDownSession(session.defaultSession, origins, log);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererDir, readFile));

  const parentWindow = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const handlers = createHandlers({
    async chooseFileToOpen() {
      const win = parentWindow();
      const options = { title: 'Open script', properties: ['openFile' as const], filters: FOUNTAIN_FILTERS };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseFileToSave(suggestedName) {
      const win = parentWindow();
      const options = { title: 'Save script as', defaultPath: suggestedName, filters: FOUNTAIN_FILTERS };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    files: nodeScriptFiles,
    resourcesDir: join(app.getAppPath(), 'resources'),
    readTextFile: (path) => readFile(path, 'utf8'),
  });
  registerIpc(ipcMain, handlers, (url) => isAppPageUrl(url, origins));

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}).catch((error: unknown) => {
  dialog.showErrorBox('Shotline could not start', error instanceof Error ? error.message : String(error));
  app.quit();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

