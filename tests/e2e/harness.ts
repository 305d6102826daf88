/**
 * E2E harness: the real host (in-process, 127.0.0.1, a free port, a fresh temp
 * data dir) serving the BUILT renderer, and headless Debian Chromium driven by
 * playwright-core. It builds nothing: `npm run e2e` runs `npm run build` first.
 *
 * Usage, in tests/e2e/<name>.e2e.ts:
 *
 *   import { afterAll, beforeAll, expect, it } from 'vitest';
 *   import { startHarness, type Harness } from './harness';
 *
 *   let h: Harness;
 *   beforeAll(async () => { h = await startHarness(); });
 *   afterAll(() => h?.close());
 *
 *   it('shows the library', async () => {
 *     const page = await h.newPage();          // a fresh browser context, already at h.url
 *     await page.getByRole('heading', { name: 'Rounds' }).waitFor();
 *   });
 *
 * `h.newPage()` opens a new browser context each time (its own storage, so two
 * pages are two clinicians on the same library) and waits for `load`.
 * `h.errors` collects page errors and console errors from every page; assert it
 * is empty if you want a clean console. `h.call(method, input)` calls the
 * services directly (setup and checks without the UI). Everything is closed by
 * `h.close()`: pages, browser, host (DB checkpointed, lock released), temp dir.
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), ROUNDS_RENDERER_DIR
 * (default out/renderer), E2E_HEADED=1 to watch (needs a display).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startHost, type Host } from '../../src/server/host';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];

export interface Harness {
  browser: Browser;
  /** The printed URL, with the token in the fragment. */
  url: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  host: Host;
  /** Page errors and console errors, as `<kind>: <text>`, from every page opened by newPage(). */
  errors: string[];
  newPage(options?: { path?: string; gotoUrl?: boolean }): Promise<Page>;
  call<T = unknown>(method: string, input?: unknown): T;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Use an existing data dir instead of a fresh temp one (it is not deleted). */
  dataDir?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = resolve(process.env.ROUNDS_RENDERER_DIR ?? 'out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir}/index.html is missing: run \`npm run build\` (npm run e2e does) first.`);
  }
  const tempRoot = options.dataDir ? null : mkdtempSync(join(tmpdir(), 'rounds-e2e-'));
  const dataDir = options.dataDir ?? join(tempRoot!, 'data');
  const host = await startHost({ dataDir, port: 0, rendererDir, log: () => {} });
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: process.env.E2E_HEADED !== '1',
      timeout: 60_000,
    });
  } catch (error) {
    await host.close();
    if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
    throw error;
  }
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const origin = `http://127.0.0.1:${host.port}`;

  return {
    browser,
    url: host.url,
    origin,
    port: host.port,
    token: host.token,
    dataDir,
    host,
    errors,
    async newPage({ path, gotoUrl = true } = {}) {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      if (gotoUrl) await page.goto(path ? `${origin}${path}#token=${host.token}` : host.url, { waitUntil: 'load' });
      return page;
    },
    call<T>(method: string, input: unknown = {}) {
      return host.rounds.router.call(method, input) as T;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close().catch(() => {});
      await host.close();
      if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
    },
  };
}
