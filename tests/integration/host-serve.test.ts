/** `npm run serve` as a real child process: one line on stdout, the page and the socket work, SIGINT/SIGTERM exit 0 cleanly. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

const root = mkdtempSync(join(tmpdir(), 'rounds-serve-'));
const rendererDir = join(root, 'renderer');
mkdirSync(rendererDir, { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Rounds</title>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(['SIGINT', 'SIGTERM'] as const)('npm run serve, stopped with %s', (signal) => {
  it('prints exactly one line, serves, and shuts down cleanly', async () => {
    const dataDir = join(root, signal);
    // No tsx wrapper process in between, so the signal reaches the server itself (as Ctrl+C reaches the process group).
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli/serve.ts', '--data-dir', dataDir, '--port', '0', '--renderer-dir', rendererDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    try {
      const url = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no URL within 20 s; stderr: ${stderr}`)), 20_000);
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
          const m = /^Rounds is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43})\n/.exec(stdout);
          if (m?.[1]) {
            clearTimeout(timer);
            done(m[1]);
          }
        });
      });
      const { port, hash } = new URL(url);
      const status = await new Promise<number>((done, fail) =>
        get(`http://127.0.0.1:${port}/`, (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        }).on('error', fail),
      );
      expect(status).toBe(200);
      const ws = new WebSocket(`ws://127.0.0.1:${port}/rpc?${hash.slice(1)}`);
      await new Promise((done, fail) => {
        ws.once('open', done);
        ws.once('error', fail);
      });
      const wsClosed = new Promise<number>((done) => ws.once('close', done));
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(await wsClosed).toBe(1001);
      expect(stdout.trim().split('\n')).toHaveLength(1);
      expect(existsSync(join(dataDir, 'rounds.lock'))).toBe(false);
      const wal = join(dataDir, 'rounds.sqlite-wal');
      expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    } finally {
      clearTimeout(kill);
      child.kill('SIGKILL');
    }
  });
});

describe('npm run serve refusals', () => {
  it('exits 2 without a data dir or with a bad port', async () => {
    for (const args of [['--port', '0'], ['--data-dir', join(root, 'x'), '--port', 'http']]) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli/serve.ts', ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ROUNDS_DATA_DIR: '' },
      });
      const code = await new Promise<number | null>((done) => child.on('exit', done));
      expect(code).toBe(2);
    }
  });
});
