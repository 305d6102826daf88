/**
 * Every piece of Electron hardening, in one file, imported first by
 * src/main/index.ts and applied to every window. Each function takes the
 * object it configures, so tests/unit/main/security.test.ts checks them with
 * fakes (the Electron binary cannot run on the build machines).
 *
 * There is no `remote` module to disable: it was removed from Electron in 14,
 * and nothing here installs @electron/remote.
 */
import type {
  App,
  BrowserWindowConstructorOptions,
  Event,
  HandlerDetails,
  OnHeadersReceivedListenerDetails,
  Session,
  WebContents,
} from 'electron';

/**
 * The page policy. No 'unsafe-eval', no remote scripts; styles may be inline
 * because Mantine writes style attributes and its CSS-variable <style>. The
 * WebSocket sources are for host mode (the same index.html is served to a
 * browser by src/server/host.ts); the desktop app talks over IPC only.
 * Keep in sync with the <meta> in src/renderer/index.html.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Links the app may hand to the operating system; everything else is dropped. */
export const EXTERNAL_PROTOCOLS: readonly string[] = ['https:', 'mailto:'];

export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.includes(parsed.protocol)) return false;
  // No credentials smuggled in an https link (https://user:pass@host).
  if (parsed.protocol === 'https:' && (parsed.username || parsed.password || !parsed.hostname)) return false;
  return true;
}

/** What a window may choose; webPreferences are never the caller's to choose. */
export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * Creates every Rounds window with the same locked-down webPreferences,
 * written out literally so electronegativity can read them. Pass Electron's
 * BrowserWindow (tests pass a fake class).
 */
export function createSecureWindow<W>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  preload: string,
  options: WindowOptions = {},
): W {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
}

type HeadersCallback = (response: { responseHeaders?: Record<string, string[] | string> }) => void;

export type SessionLike = {
  webRequest: {
    onHeadersReceived(listener: (details: OnHeadersReceivedListenerDetails, callback: HeadersCallback) => void): void;
  };
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
};

/** Adds the CSP and nosniff to every response; denies every permission (camera, notifications, …). */
export function applySessionSecurity(session: SessionLike): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[] | string> = { ...(details.responseHeaders ?? {}) };
    for (const name of Object.keys(headers)) {
      const lower = name.toLowerCase();
      if (lower === 'content-security-policy' || lower === 'x-content-type-options') delete headers[name];
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    headers['X-Content-Type-Options'] = ['nosniff'];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

export type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

function openIfSafe(shell: ShellLike, url: string): void {
  if (!isSafeExternalUrl(url)) {
    console.warn(`rounds: blocked a link to ${url}`);
    return;
  }
  shell.openExternal(url).catch((error: unknown) => console.warn(`rounds: could not open ${url}: ${String(error)}`));
}

/**
 * The page can never leave the app: navigation is cancelled (an https/mailto
 * link goes to the OS browser instead), window.open is denied the same way,
 * and <webview> cannot be attached.
 */
export function applyWebContentsSecurity(contents: WebContentsLike, shell: ShellLike): void {
  contents.on('will-navigate', (event: Event, url: string) => {
    event.preventDefault();
    openIfSafe(shell, url);
  });
  contents.on('will-redirect', (event: Event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event: Event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler((details: HandlerDetails) => {
    openIfSafe(shell, details.url);
    return { action: 'deny' };
  });
}

export type AppLike = Pick<App, 'enableSandbox'> & {
  on(event: 'web-contents-created', listener: (event: Event, contents: WebContentsLike) => void): unknown;
};

/**
 * Call before `app.whenReady()`: sandboxes every renderer and guards every
 * web contents the moment it exists (windows, devtools, anything later).
 */
export function hardenApp(app: AppLike, shell: ShellLike): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => applyWebContentsSecurity(contents, shell));
}
