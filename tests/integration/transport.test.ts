/**
 * One contract suite, two adapters. Electron IPC runs with a FAKE ipcMain and
 * a fake webContents (the Electron binary cannot run on this machine), wired
 * through the real src/main/ipc.ts; the WebSocket adapter is the real host on
 * 127.0.0.1 with a node `ws` client. Both sit on a real SQLite file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RpcEvent, RpcResponse } from '../../src/shared/api';
import { registerRpc, RPC_CHANNEL, RPC_EVENT_CHANNEL } from '../../src/main/ipc';
import { openDataDir, type DataDir } from '../../src/server/data-dir';
import { startHost, type Host } from '../../src/server/host';
import { createRounds } from '../../src/server/services';

interface Adapter {
  invoke(method: string, input: unknown): Promise<RpcResponse>;
  nextEvent(): Promise<RpcEvent>;
  close(): Promise<void>;
}

function eventQueue() {
  const queued: RpcEvent[] = [];
  const waiting: ((event: RpcEvent) => void)[] = [];
  return {
    push(event: RpcEvent) {
      const waiter = waiting.shift();
      if (waiter) waiter(event);
      else queued.push(event);
    },
    next(): Promise<RpcEvent> {
      const event = queued.shift();
      if (event) return Promise.resolve(event);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no event within 5 s')), 5_000);
        waiting.push((e) => {
          clearTimeout(timer);
          resolve(e);
        });
      });
    },
  };
}

async function ipcAdapter(dir: string): Promise<Adapter> {
  const dataDir: DataDir = openDataDir(dir, 'test');
  const rounds = createRounds(dataDir.library);
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const fakeIpcMain = {
    handle: (channel: string, listener: (event: never, ...args: unknown[]) => unknown) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener as never);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  };
  const events = eventQueue();
  const fakeWebContents = {
    isDestroyed: () => false,
    send: (channel: string, message: RpcEvent) => {
      expect(channel).toBe(RPC_EVENT_CHANNEL);
      // What crosses a real IPC boundary is structured-cloned.
      events.push(structuredClone(message));
    },
  };
  const dispose = registerRpc({ ipcMain: fakeIpcMain, router: rounds.router, events: rounds.ctx.events, target: () => fakeWebContents });
  let nextId = 1;
  return {
    async invoke(method, input) {
      const handler = handlers.get(RPC_CHANNEL);
      if (!handler) throw new Error('rpc channel not registered');
      const fakeEvent = { senderFrame: { url: 'file:///app/out/renderer/index.html' } };
      return structuredClone(await handler(fakeEvent, { id: nextId++, method, input })) as RpcResponse;
    },
    nextEvent: () => events.next(),
    async close() {
      dispose();
      expect(handlers.has(RPC_CHANNEL)).toBe(false);
      dataDir.close();
    },
  };
}

function fakeRenderer(dir: string): string {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>Rounds</title></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log("rounds")');
  return dir;
}

async function webSocketAdapter(dir: string, rendererDir: string): Promise<Adapter> {
  const host: Host = await startHost({ dataDir: dir, port: 0, rendererDir, log: () => {} });
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/rpc?token=${host.token}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const pending = new Map<number, (response: RpcResponse) => void>();
  const events = eventQueue();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as RpcResponse | RpcEvent;
    if ('event' in message) events.push(message);
    else {
      pending.get(message.id)?.(message);
      pending.delete(message.id);
    }
  });
  let nextId = 1;
  return {
    invoke(method, input) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${method}: no response within 5 s`)), 5_000);
        pending.set(id, (r) => {
          clearTimeout(timer);
          resolve(r);
        });
        ws.send(JSON.stringify({ id, method, input }));
      });
    },
    nextEvent: () => events.next(),
    async close() {
      ws.close();
      await host.close();
    },
  };
}

const root = mkdtempSync(join(tmpdir(), 'rounds-transport-'));
const rendererDir = fakeRenderer(join(root, 'renderer'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const adapters: [string, (dir: string) => Promise<Adapter>][] = [
  ['Electron IPC (fake ipcMain)', ipcAdapter],
  ['host WebSocket (real, 127.0.0.1)', (dir) => webSocketAdapter(dir, rendererDir)],
];

describe.each(adapters)('transport contract: %s', (name, make) => {
  let adapter: Adapter;
  beforeAll(async () => {
    adapter = await make(join(root, name.replace(/\W+/g, '-')));
    return () => adapter.close();
  });

  it('creates a case and gets it back, with a cases.changed event', async () => {
    const created = await adapter.invoke('cases.create', { fields: { title: 'Wide-complex tachycardia in a 30-year-old' } });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const value = created.value as { id: string; title: string; status: string };
    expect(value).toMatchObject({ title: 'Wide-complex tachycardia in a 30-year-old', status: 'draft' });
    const event = await adapter.nextEvent();
    expect(event).toEqual({ event: 'cases.changed', payload: { ids: [value.id] } });

    const got = await adapter.invoke('cases.get', { id: value.id });
    expect(got).toMatchObject({ ok: true, value: { id: value.id, title: value.title } });
  });

  it('answers with the request id', async () => {
    const response = await adapter.invoke('taxonomy.specialties', {});
    expect(response.ok).toBe(true);
    expect(response.id).toBeGreaterThan(0);
  });

  it('refuses invalid input with invalid_input', async () => {
    const response = await adapter.invoke('cases.get', { id: 'not-a-uuid' });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('invalid_input');
    expect(response.error.message).toContain('id');
  });

  it('refuses an unknown method with unknown_method', async () => {
    const response = await adapter.invoke('cases.explode', {});
    expect(response).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('carries not_found unchanged', async () => {
    const response = await adapter.invoke('cases.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(response).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers a malformed request instead of dropping it', async () => {
    const response = await adapter.invoke(42 as unknown as string, {});
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
