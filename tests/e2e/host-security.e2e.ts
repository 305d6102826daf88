/** Host mode's front door, in real Chromium: the token and the Origin check. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { closeCode } from '../helpers/websocket';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

/** Opens a WebSocket from inside the page and reports how it ended (or that it opened and answered). */
function socketFromPage(url: string) {
  return `new Promise((resolve) => {
    const ws = new WebSocket(${JSON.stringify(url)});
    const timer = setTimeout(() => resolve({ outcome: 'timeout' }), 8000);
    ws.onopen = () => ws.send(JSON.stringify({ id: 1, method: 'personas.active', input: {} }));
    ws.onmessage = (m) => { clearTimeout(timer); ws.close(); resolve({ outcome: 'message', data: JSON.parse(m.data) }); };
    ws.onclose = (e) => { clearTimeout(timer); resolve({ outcome: 'closed', code: e.code }); };
  })`;
}

describe('host mode security (Chromium)', () => {
  it('loads the app page with the token, under the CSP, without errors', async () => {
    const page = await h.newPage();
    expect(await page.title()).toBe('Rounds');
    await page.waitForFunction("(document.getElementById('root')?.childElementCount ?? 0) > 0");
    // The API client keeps the token for reloads and takes it out of the address bar.
    await page.waitForFunction("!location.hash.includes('token=')");
    expect(await page.evaluate("sessionStorage.getItem('rounds.hostToken')")).toBe(h.token);
    const response = await page.request.get(h.origin + '/');
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    // The page's own origin may use the API with the token.
    const result = await page.evaluate(socketFromPage(`ws://127.0.0.1:${h.port}/rpc?token=${h.token}`));
    expect(result).toEqual({ outcome: 'message', data: { id: 1, ok: true, value: null } });
    expect(h.errors).toEqual([]);
  });

  it('refuses a tokenless WebSocket from the page with 4401', async () => {
    const page = await h.newPage();
    expect(await page.evaluate(socketFromPage(`ws://127.0.0.1:${h.port}/rpc`))).toEqual({ outcome: 'closed', code: 4401 });
    expect(await page.evaluate(socketFromPage(`ws://127.0.0.1:${h.port}/rpc?token=wrong`))).toEqual({
      outcome: 'closed',
      code: 4401,
    });
  });

  it('refuses a tokenless WebSocket from node with 4401', async () => {
    expect(await closeCode(`ws://127.0.0.1:${h.port}/rpc`, {}, 8_000)).toBe(4401);
  });

  it('refuses a page on a foreign origin with 4403, even with the token', async () => {
    // Another site on this machine (a different port is a different origin) that learned the token.
    const foreign: Server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>elsewhere</title>');
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    try {
      const page = await h.newPage({ gotoUrl: false });
      await page.goto(`http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`);
      expect(await page.evaluate(socketFromPage(`ws://127.0.0.1:${h.port}/rpc?token=${h.token}`))).toEqual({
        outcome: 'closed',
        code: 4403,
      });
    } finally {
      foreign.closeAllConnections();
      await new Promise((resolve) => foreign.close(resolve));
    }
  });

  it('refuses a foreign Origin from node with 4403', async () => {
    expect(await closeCode(`ws://127.0.0.1:${h.port}/rpc?token=${h.token}`, { Origin: 'https://evil.example' }, 8_000)).toBe(4403);
  });
});
