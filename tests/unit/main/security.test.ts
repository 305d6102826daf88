/**
 * The Electron window cannot run on this machine (the binary is not
 * downloadable here), so these tests hand src/main/security.ts FAKE
 * BrowserWindow / session / webContents / app / shell objects and assert what
 * it configures on them.
 */
import type { BrowserWindowConstructorOptions, Event, HandlerDetails } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  applySessionSecurity,
  applyWebContentsSecurity,
  CONTENT_SECURITY_POLICY,
  createSecureWindow,
  hardenApp,
  isSafeExternalUrl,
  type SessionLike,
  type WebContentsLike,
} from '../../../src/main/security';
import { readFileSync } from 'node:fs';

class FakeBrowserWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

type Listener = (event: Event, ...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: HandlerDetails) => { action: string }) | null = null;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: HandlerDetails) => { action: string }) {
      openHandler = handler;
    },
  };
  const fire = (name: string, ...args: unknown[]) => {
    const event = { preventDefault: vi.fn() } as unknown as Event & { preventDefault: ReturnType<typeof vi.fn> };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event, ...args);
    return event;
  };
  return {
    contents: contents as unknown as WebContentsLike,
    fire,
    open: (url: string) => openHandler!({ url } as HandlerDetails),
  };
}

function fakeShell() {
  return { openExternal: vi.fn((_url: string) => Promise.resolve()) };
}

describe('createSecureWindow (fake BrowserWindow: Electron cannot run here)', () => {
  it('locks down webPreferences whatever the caller passes', () => {
    const win = createSecureWindow(FakeBrowserWindow, '/app/out/preload/index.cjs', { width: 800, title: 'Rounds' });
    expect(win.options.width).toBe(800);
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    // Overriding through the options is not possible: the type forbids it and the spread comes first.
    const sneaky = createSecureWindow(FakeBrowserWindow, 'p', {
      webPreferences: { nodeIntegration: true },
    } as unknown as BrowserWindowConstructorOptions);
    expect(sneaky.options.webPreferences?.nodeIntegration).toBe(false);
  });
});

describe('applySessionSecurity (fake session)', () => {
  function setup() {
    let headersListener: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0] | null = null;
    let permissionRequest: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null = null;
    let permissionCheck: ((...args: unknown[]) => boolean) | null = null;
    const session = {
      webRequest: { onHeadersReceived: (l: typeof headersListener) => (headersListener = l) },
      setPermissionRequestHandler: (h: typeof permissionRequest) => (permissionRequest = h),
      setPermissionCheckHandler: (h: typeof permissionCheck) => (permissionCheck = h),
    } as unknown as SessionLike;
    applySessionSecurity(session);
    return { headers: () => headersListener!, request: () => permissionRequest!, check: () => permissionCheck! };
  }

  it('replaces any CSP with ours and adds nosniff', () => {
    const s = setup();
    const callback = vi.fn();
    s.headers()(
      { responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'X-Other': ['1'] } } as never,
      callback,
    );
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(headers['X-Other']).toEqual(['1']);
  });

  it('denies every permission request and check', () => {
    const s = setup();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const granted = vi.fn();
      s.request()({}, permission, granted);
      expect(granted).toHaveBeenCalledWith(false);
    }
    expect(s.check()({}, 'media', 'https://example.org', {})).toBe(false);
  });
});

describe('the Content-Security-Policy', () => {
  it('has no unsafe-eval, no remote scripts, and matches the <meta> in index.html', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    const html = readFileSync('src/renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in <meta>, so the meta carries everything else.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});

describe('applyWebContentsSecurity (fake webContents)', () => {
  it('cancels every navigation and sends only https/mailto links to the OS browser', () => {
    const shell = fakeShell();
    const c = fakeContents();
    applyWebContentsSecurity(c.contents, shell);
    for (const url of ['https://pubmed.ncbi.nlm.nih.gov/123', 'file:///etc/passwd', 'http://example.org', 'javascript:alert(1)']) {
      expect(c.fire('will-navigate', url).preventDefault).toHaveBeenCalled();
    }
    expect(shell.openExternal.mock.calls).toEqual([['https://pubmed.ncbi.nlm.nih.gov/123']]);
  });

  it('denies window.open, opening only safe links externally', () => {
    const shell = fakeShell();
    const c = fakeContents();
    applyWebContentsSecurity(c.contents, shell);
    expect(c.open('mailto:colleague@example.org')).toEqual({ action: 'deny' });
    expect(c.open('smb://server/share')).toEqual({ action: 'deny' });
    expect(c.open('https://user:pw@evil.example')).toEqual({ action: 'deny' });
    expect(shell.openExternal.mock.calls).toEqual([['mailto:colleague@example.org']]);
  });

  it('blocks redirects and <webview> attachment', () => {
    const c = fakeContents();
    applyWebContentsSecurity(c.contents, fakeShell());
    expect(c.fire('will-redirect', 'https://elsewhere.example').preventDefault).toHaveBeenCalled();
    expect(c.fire('will-attach-webview', {}, {}).preventDefault).toHaveBeenCalled();
  });
});

describe('hardenApp (fake app)', () => {
  it('enables the sandbox globally and guards every new web contents', () => {
    const shell = fakeShell();
    let created: ((event: Event, contents: WebContentsLike) => void) | null = null;
    const app = {
      enableSandbox: vi.fn(),
      on: (name: string, listener: typeof created) => {
        expect(name).toBe('web-contents-created');
        created = listener;
      },
    };
    hardenApp(app, shell);
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    const c = fakeContents();
    created!({} as Event, c.contents);
    expect(c.open('https://example.org')).toEqual({ action: 'deny' });
    expect(c.fire('will-navigate', 'https://example.org').preventDefault).toHaveBeenCalled();
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.nejm.org/doi/x', true],
    ['mailto:a@b.org', true],
    ['http://example.org', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['javascript:alert(1)', false],
    ['ms-msdt:/id', false],
    ['not a url', false],
    ['https://a:b@example.org', false],
  ])('%s → %s', (url, safe) => expect(isSafeExternalUrl(url)).toBe(safe));
});
