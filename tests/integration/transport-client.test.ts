/**
 * The renderer's host-mode client (src/renderer/src/api: createClient over
 * createWebSocketBridge) against the real host on 127.0.0.1, with node's `ws`
 * as the WebSocket implementation: typed calls, errors, events, refusals that
 * fail fast, reconnect after a restart, and a bounded give-up.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { RoundsError } from '../../src/shared/api';
import { createClient } from '../../src/renderer/src/api/client';
import { createWebSocketBridge, takeHostToken, type WebSocketConstructor } from '../../src/renderer/src/api/websocket-bridge';
import { startHost } from '../../src/server/host';

const NodeWebSocket = WebSocket as unknown as WebSocketConstructor;
const root = mkdtempSync(join(tmpdir(), 'rounds-client-'));
const rendererDir = join(root, 'renderer');
mkdirSync(rendererDir, { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Rounds</title>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('renderer client over the host WebSocket', () => {
  it('calls, surfaces errors as RoundsError and receives events', async () => {
    const host = await startHost({ dataDir: join(root, 'a'), port: 0, rendererDir, log: () => {} });
    const bridge = createWebSocketBridge(`ws://127.0.0.1:${host.port}/rpc?token=${host.token}`, { WebSocket: NodeWebSocket });
    const api = createClient(bridge);
    try {
      const changed = new Promise<{ ids: string[] }>((resolve) => api.on('cases.changed', resolve));
      const created = await api.call('cases.create', { fields: { title: 'Syncope on exertion' } });
      expect((await changed).ids).toEqual([created.id]);
      expect((await api.call('cases.get', { id: created.id })).title).toBe('Syncope on exertion');
      const error = await api.call('cases.get', { id: 'nope' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RoundsError);
      expect((error as RoundsError).code).toBe('invalid_input');
    } finally {
      bridge.close();
      await host.close();
    }
  });

  it('fails calls at once when the token is refused (4401), without retrying', async () => {
    const host = await startHost({ dataDir: join(root, 'b'), port: 0, rendererDir, log: () => {} });
    const bridge = createWebSocketBridge(`ws://127.0.0.1:${host.port}/rpc?token=wrong`, { WebSocket: NodeWebSocket });
    try {
      const response = await bridge.invoke('personas.active', {});
      expect(response).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('access token') } });
    } finally {
      bridge.close();
      await host.close();
    }
  });

  it('reconnects when the host comes back on the same port, and gives up after bounded retries', async () => {
    const dataDir = join(root, 'c');
    let host = await startHost({ dataDir, port: 0, rendererDir, log: () => {} });
    const port = host.port;
    const bridge = createWebSocketBridge(`ws://127.0.0.1:${port}/rpc?token=${host.token}`, {
      WebSocket: NodeWebSocket,
      delays: [50, 100, 200, 400],
    });
    expect((await bridge.invoke('personas.active', {})).ok).toBe(true);
    await host.close();
    host = await startHost({ dataDir, port, rendererDir, token: host.token, log: () => {} });
    expect(await bridge.invoke('personas.active', {})).toMatchObject({ ok: true, value: null });
    await host.close();
    const started = Date.now();
    const response = await bridge.invoke('personas.active', {});
    expect(response).toMatchObject({ ok: false, error: { message: expect.stringContaining('Cannot reach Rounds') } });
    expect(Date.now() - started).toBeLessThan(5_000);
    bridge.close();
  });
});

describe('takeHostToken', () => {
  it('takes the token from the fragment once, stores it and cleans the address bar', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const replaced: (string | null | undefined)[] = [];
    const history = { replaceState: (_d: unknown, _u: string, url?: string | null) => void replaced.push(url) };
    expect(takeHostToken({ hash: '#token=abc_-9', pathname: '/cases/1', search: '?q=x' }, storage, history)).toBe('abc_-9');
    expect(replaced).toEqual(['/cases/1?q=x']);
    expect(takeHostToken({ hash: '', pathname: '/', search: '' }, storage, history)).toBe('abc_-9');
    expect(replaced).toHaveLength(1);
  });
});
