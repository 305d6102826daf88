// Hardening first: nothing else may run before it is in place.
import { applySessionSecurity, createSecureWindow, hardenApp } from './security';
import { app, BrowserWindow, dialog, ipcMain, session, shell, type IpcMainInvokeEvent } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openDataDir, type DataDir } from '../server/data-dir';
import { createRounds } from '../server/services';
import { registerRpc } from './ipc';

const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD = join(here, '../preload/index.cjs');
const RENDERER_HTML = join(here, '../renderer/index.html');
/** Set by `electron-vite dev` only. */
const DEV_URL = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

hardenApp(app, shell);

let window: BrowserWindow | null = null;
let dataDir: DataDir | null = null;
let disposeRpc: (() => void) | null = null;

const REFUSAL_TITLES: Record<string, string> = {
  DatabaseFromFutureError: 'This library needs a newer Rounds',
  DatabaseUnreadableError: 'The library cannot be opened',
  DataDirLockedError: 'Rounds is already using this library',
};

function isOurPage(url: string): boolean {
  if (DEV_URL) return url.startsWith(DEV_URL);
  return url.split('#')[0] === pathToFileURL(RENDERER_HTML).href;
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url;
  return url !== undefined && isOurPage(url);
}

function createWindow(): BrowserWindow {
  const win = createSecureWindow(BrowserWindow, PRELOAD, {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Rounds',
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (window === win) window = null;
  });
  if (DEV_URL) void win.loadURL(DEV_URL);
  else void win.loadFile(RENDERER_HTML);
  return win;
}

function start(): void {
  try {
    dataDir = openDataDir(app.getPath('userData'), 'desktop app');
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const title = REFUSAL_TITLES[name] ?? 'Rounds could not start';
    dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const rounds = createRounds(dataDir.library);
  applySessionSecurity(session.defaultSession);
  disposeRpc = registerRpc({
    ipcMain,
    router: rounds.router,
    events: rounds.ctx.events,
    target: () => window?.webContents ?? null,
    isTrustedSender,
  });
  window = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Rounds has the library open; it will come to the front (second-instance).
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (dataDir && BrowserWindow.getAllWindows().length === 0) window = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    disposeRpc?.();
    disposeRpc = null;
    dataDir?.close();
    dataDir = null;
  });
  void app.whenReady().then(start);
}
