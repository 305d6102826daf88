/**
 * src/main/index.ts and src/preload/index.ts with a FAKE `electron` module:
 * the Electron binary cannot run on this machine, so these check what the
 * main process and the preload do with Electron's APIs, on a real data dir.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDataDir } from '../../../src/server/data-dir';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const state = {
    userData: '',
    singleInstance: true,
    appListeners: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    errorBoxes: [] as [string, string][],
    exitCodes: [] as number[],
    quit: 0,
    sandboxEnabled: 0,
    sessionHardened: 0,
    readyCallbacks: [] as (() => void)[],
    exposed: new Map<string, unknown>(),
    rendererInvokes: [] as unknown[][],
    rendererListeners: new Map<string, Set<Listener>>(),
  };
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    options: Record<string, unknown>;
    loaded: string[] = [];
    webContents = { isDestroyed: () => false, send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn() };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
    }
    once() {}
    on() {}
    loadFile(path: string) {
      this.loaded.push(path);
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isMinimized = () => false;
    restore() {}
    focus() {}
  }
  const electron = {
    app: {
      isPackaged: true,
      enableSandbox: () => state.sandboxEnabled++,
      on: (name: string, listener: Listener) => state.appListeners.set(name, listener),
      requestSingleInstanceLock: () => state.singleInstance,
      quit: () => state.quit++,
      exit: (code: number) => state.exitCodes.push(code),
      getPath: (name: string) => {
        if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
        return state.userData;
      },
      whenReady: () => ({ then: (cb: () => void) => state.readyCallbacks.push(cb) }),
    },
    BrowserWindow,
    dialog: { showErrorBox: (title: string, body: string) => state.errorBoxes.push([title, body]) },
    ipcMain: {
      handle: (channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: () => state.sessionHardened++ },
        setPermissionRequestHandler: () => {},
        setPermissionCheckHandler: () => {},
      },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => state.exposed.set(key, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        state.rendererInvokes.push(args);
        return Promise.resolve({ id: 1, ok: true, value: null });
      },
      on: (channel: string, listener: Listener) => {
        const set = state.rendererListeners.get(channel) ?? new Set();
        set.add(listener);
        state.rendererListeners.set(channel, set);
      },
      removeListener: (channel: string, listener: Listener) => state.rendererListeners.get(channel)?.delete(listener),
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const root = mkdtempSync(join(tmpdir(), 'rounds-main-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function reset(userData: string) {
  const s = fake.state;
  s.userData = userData;
  s.singleInstance = true;
  s.appListeners.clear();
  s.ipcHandlers.clear();
  s.windows.length = 0;
  s.errorBoxes.length = 0;
  s.exitCodes.length = 0;
  s.quit = 0;
  s.sandboxEnabled = 0;
  s.sessionHardened = 0;
  s.readyCallbacks.length = 0;
}

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('../../../src/main/index');
  for (const cb of fake.state.readyCallbacks) cb();
}

describe('main process (fake electron module)', () => {
  beforeEach(() => reset(join(root, `user-${Math.random().toString(36).slice(2)}`)));

  it('hardens the app, opens the library in userData, and opens one sandboxed window', async () => {
    await startMain();
    const s = fake.state;
    expect(s.sandboxEnabled).toBe(1);
    expect(s.appListeners.has('web-contents-created')).toBe(true);
    expect(s.sessionHardened).toBe(1);
    expect(existsSync(join(s.userData, 'rounds.lock'))).toBe(true);
    expect(existsSync(join(s.userData, 'rounds.sqlite'))).toBe(true);
    expect(s.windows).toHaveLength(1);
    const win = s.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(win.loaded).toHaveLength(1);
    expect(win.loaded[0]).toMatch(/renderer[/\\]index\.html$/);
    expect([...s.ipcHandlers.keys()]).toEqual(['rpc']);

    // A call from a foreign frame is refused; from our page it reaches the router.
    const handler = s.ipcHandlers.get('rpc')!;
    const foreign = await handler({ senderFrame: { url: 'https://evil.example/' } }, { id: 3, method: 'personas.active', input: {} });
    expect(foreign).toMatchObject({ id: 3, ok: false });
    const ours = await handler({ senderFrame: { url: `file://${win.loaded[0]}` } }, { id: 4, method: 'personas.active', input: {} });
    expect(ours).toEqual({ id: 4, ok: true, value: null });

    // Quitting closes the library and releases the lock.
    s.appListeners.get('will-quit')!();
    expect(existsSync(join(s.userData, 'rounds.lock'))).toBe(false);
    expect(s.ipcHandlers.size).toBe(0);
  });

  it('shows a clear dialog and exits when another Rounds holds the library', async () => {
    const holder = openDataDir(fake.state.userData, 'import');
    try {
      await startMain();
      const s = fake.state;
      expect(s.errorBoxes).toHaveLength(1);
      expect(s.errorBoxes[0]![0]).toBe('Rounds is already using this library');
      expect(s.errorBoxes[0]![1]).toContain('in use by another Rounds process');
      expect(s.exitCodes).toEqual([1]);
      expect(s.windows).toHaveLength(0);
    } finally {
      holder.close();
    }
  });

  it('quits at once when another instance is already running', async () => {
    fake.state.singleInstance = false;
    await startMain();
    expect(fake.state.quit).toBe(1);
    expect(fake.state.readyCallbacks).toHaveLength(0);
    expect(existsSync(join(fake.state.userData, 'rounds.lock'))).toBe(false);
  });
});

describe('preload (fake electron module)', () => {
  it('exposes window.rounds with invoke and on only, never ipcRenderer', async () => {
    vi.resetModules();
    fake.state.exposed.clear();
    await import('../../../src/preload/index');
    expect([...fake.state.exposed.keys()]).toEqual(['rounds']);
    const bridge = fake.state.exposed.get('rounds') as {
      invoke(method: string, input: unknown): Promise<unknown>;
      on(event: string, cb: (payload: unknown) => void): () => void;
    };
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);

    await bridge.invoke('cases.get', { id: 'x' });
    expect(fake.state.rendererInvokes.at(-1)).toEqual(['rpc', { id: 1, method: 'cases.get', input: { id: 'x' } }]);

    const seen: unknown[] = [];
    const off = bridge.on('cases.changed', (payload) => seen.push(payload));
    const emit = (message: unknown) => fake.state.rendererListeners.get('rpc-event')?.forEach((l) => l({}, message));
    emit({ event: 'cases.changed', payload: { ids: ['a'] } });
    emit({ event: 'other.event', payload: 1 });
    off();
    emit({ event: 'cases.changed', payload: { ids: ['b'] } });
    expect(seen).toEqual([{ ids: ['a'] }]);
  });
});
