/** The real host on 127.0.0.1 over a real SQLite file in a temp dir: static serving, the socket's refusals, shutdown. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DataDirLockedError } from '../../src/server/db/errors';
import { openDataDir } from '../../src/server/data-dir';
import { startHost, type Host } from '../../src/server/host';
import { closeCode } from '../helpers/websocket';

const root = mkdtempSync(join(tmpdir(), 'rounds-host-'));
const rendererDir = join(root, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Rounds</title></head><body></body></html>');
writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function get(port: number, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    // Raw path, so ../ reaches the server unnormalised.
    const req = request({ host: '127.0.0.1', port, path, method, timeout: 5_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

describe('host mode', () => {
  let host: Host;
  const logged: string[] = [];
  beforeAll(async () => {
    host = await startHost({ dataDir: join(root, 'data'), port: 0, rendererDir, log: (l) => logged.push(l) });
    return () => host.close();
  });

  it('binds 127.0.0.1 and prints the token in the fragment (32 bytes, base64url)', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.port).toBeGreaterThan(0);
  });

  it('serves index.html uncached with the security headers', async () => {
    const res = await get(host.port, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain(`ws://127.0.0.1:${host.port}`);
    expect(res.body).toContain('<base href="/" />');
  });

  it('serves assets with their content type and long caching', async () => {
    const js = await get(host.port, '/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    const css = await get(host.port, '/assets/index-abc.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await get(host.port, '/assets/index-abc.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('falls back to index.html for app routes, 404 for missing files', async () => {
    const route = await get(host.port, '/cases/123');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Rounds</title>');
    expect((await get(host.port, '/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the renderer directory', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const res = await get(host.port, path);
      expect(res.body).not.toContain('outside the renderer');
      expect([400, 404]).toContain(res.status);
    }
  });

  it('refuses requests for another Host name (DNS rebinding)', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/', headers: { Host: `evil.example:${host.port}` } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(res).toBe(421);
    expect((await get(host.port, '/')).status).toBe(200);
  });

  it('refuses other methods', async () => {
    expect((await get(host.port, '/', 'POST')).status).toBe(405);
  });

  it('refuses a WebSocket without the token (4401) and with a foreign Origin (4403), logging both', async () => {
    const base = `ws://127.0.0.1:${host.port}/rpc`;
    expect(await closeCode(base)).toBe(4401);
    expect(await closeCode(`${base}?token=${host.token.slice(1)}x`)).toBe(4401);
    expect(await closeCode(`${base}?token=${host.token}`, { Origin: 'https://evil.example' })).toBe(4403);
    expect(await closeCode(`${base}?token=${host.token}`, { Origin: `http://127.0.0.1:${host.port + 1}` })).toBe(4403);
    expect(logged.some((l) => l.includes('4401'))).toBe(true);
    expect(logged.some((l) => l.includes('4403') && l.includes('evil.example'))).toBe(true);
  });

  it('accepts the right token from its own origin (127.0.0.1 and localhost)', async () => {
    for (const origin of [`http://127.0.0.1:${host.port}`, `http://localhost:${host.port}`]) {
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/rpc?token=${host.token}`, { headers: { Origin: origin } });
      const reply = await new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no reply')), 5_000);
        ws.on('open', () => ws.send(JSON.stringify({ id: 7, method: 'personas.active', input: {} })));
        ws.on('message', (data) => {
          clearTimeout(timer);
          resolve(JSON.parse(String(data)));
        });
        ws.on('error', reject);
      });
      expect(reply).toEqual({ id: 7, ok: true, value: null });
      ws.close();
    }
  });

  it('answers unparseable messages with invalid_input', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/rpc?token=${host.token}`);
    const reply = await new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no reply')), 5_000);
      ws.on('open', () => ws.send('{not json'));
      ws.on('message', (data) => {
        clearTimeout(timer);
        resolve(JSON.parse(String(data)));
      });
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    ws.close();
  });

  it('holds the data directory lock while running', () => {
    expect(() => openDataDir(join(root, 'data'), 'import')).toThrow(DataDirLockedError);
  });
});

describe('host shutdown', () => {
  it('closes sockets, checkpoints the WAL and releases the lock', async () => {
    const dir = join(root, 'shutdown');
    const host = await startHost({ dataDir: dir, port: 0, rendererDir, log: () => {} });
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/rpc?token=${host.token}`);
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    ws.send(JSON.stringify({ id: 1, method: 'cases.create', input: { fields: { title: 'kept after shutdown' } } }));
    await new Promise((resolve) => ws.once('message', resolve));
    expect(existsSync(join(dir, 'rounds.lock'))).toBe(true);
    await host.close();
    expect(await closed).toBe(1001);
    expect(existsSync(join(dir, 'rounds.lock'))).toBe(false);
    const wal = join(dir, 'rounds.sqlite-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    await host.close(); // idempotent
    // The port is free again and the data is there.
    const again = openDataDir(dir, 'export');
    const count = again.library.read.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
    expect(count.n).toBe(1);
    again.close();
  });

  it('refuses a second host on the same data directory', async () => {
    const dir = join(root, 'twice');
    const first = await startHost({ dataDir: dir, port: 0, rendererDir, log: () => {} });
    await expect(startHost({ dataDir: dir, port: 0, rendererDir, log: () => {} })).rejects.toThrow(/in use by another Rounds process/);
    await first.close();
  });

  it('releases the lock when the port is taken', async () => {
    const dir = join(root, 'port');
    const first = await startHost({ dataDir: join(root, 'port-first'), port: 0, rendererDir, log: () => {} });
    await expect(startHost({ dataDir: dir, port: first.port, rendererDir, log: () => {} })).rejects.toThrow(/EADDRINUSE/);
    expect(existsSync(join(dir, 'rounds.lock'))).toBe(false);
    await first.close();
  });
});
