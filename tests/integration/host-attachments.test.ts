/** A full-size attachment crosses the host-mode socket: the message limit is sized from the attachment limit. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RpcResponse } from '../../src/shared/api';
import { startHost } from '../../src/server/host';

const root = mkdtempSync(join(tmpdir(), 'rounds-host-attach-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function rpc(ws: WebSocket, id: number, method: string, input: unknown): Promise<RpcResponse> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${method}: no answer within 60 s`)), 60_000);
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as RpcResponse;
      if (message.id !== id) return;
      clearTimeout(timer);
      ws.off('message', onMessage);
      resolve(message);
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, method, input }));
  });
}

it('accepts a 20 MB image over the WebSocket and returns it for display', async () => {
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Rounds</title>');
  const host = await startHost({ dataDir: join(root, 'data'), port: 0, rendererDir, log: () => {} });
  try {
    // Noise does not compress: a 2,600 × 2,600 RGB PNG is about 20 MB.
    const side = 2_600;
    const pixels = randomBytes(side * side * 3);
    const png = await sharp(pixels, { raw: { width: side, height: side, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
    expect(png.length).toBeGreaterThan(19 * 1024 * 1024);

    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/rpc?token=${host.token}`);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const created = await rpc(ws, 1, 'cases.create', { fields: { title: 'Large image' } });
    expect(created.ok).toBe(true);
    const caseId = (created as { value: { id: string } }).value.id;
    const added = await rpc(ws, 2, 'attachments.add', { caseId, name: 'scan.png', dataBase64: png.toString('base64') });
    expect(added).toMatchObject({ ok: true, value: { mime: 'image/png', width: side, height: side } });
    const id = (added as { value: { id: string } }).value.id;
    const content = await rpc(ws, 3, 'attachments.content', { id });
    expect(content.ok).toBe(true);
    expect((content as { value: { dataBase64: string } }).value.dataBase64.length).toBeGreaterThan(20 * 1024 * 1024);
    ws.close();
  } finally {
    await host.close();
  }
}, 120_000);
