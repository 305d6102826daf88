/** src/server/data-dir.ts on real temp directories: resolution, the lock file, stale takeover, refusals. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, DatabaseUnreadableError } from '../../src/server/db/errors';
import { acquireLock, DataDirMissingError, openDataDir, resolveDataDir } from '../../src/server/data-dir';

const root = mkdtempSync(join(tmpdir(), 'rounds-datadir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('resolveDataDir', () => {
  it('prefers --data-dir, then ROUNDS_DATA_DIR, else refuses', () => {
    expect(resolveDataDir(['--data-dir', 'a/b'], { ROUNDS_DATA_DIR: '/env' })).toBe(resolve('a/b'));
    expect(resolveDataDir(['x', '--data-dir=/c'], {})).toBe('/c');
    expect(resolveDataDir(['file.jsonl'], { ROUNDS_DATA_DIR: '/env' })).toBe('/env');
    expect(() => resolveDataDir([], {})).toThrow(DataDirMissingError);
    expect(() => resolveDataDir(['--data-dir'], {})).toThrow(/--data-dir <dir>/);
    expect(() => resolveDataDir(['--data-dir', '--port'], {})).toThrow(DataDirMissingError);
  });
});

describe('openDataDir', () => {
  it('creates the directory, writes the lock with pid, purpose and start time, and releases it on close', () => {
    const dir = join(root, 'fresh', 'nested');
    const dataDir = openDataDir(dir, 'host');
    const lock = JSON.parse(readFileSync(join(dir, 'rounds.lock'), 'utf8')) as Record<string, unknown>;
    expect(lock).toMatchObject({ pid: process.pid, purpose: 'host' });
    expect(new Date(String(lock.since)).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(existsSync(join(dir, 'rounds.sqlite'))).toBe(true);
    dataDir.close();
    dataDir.close();
    expect(existsSync(join(dir, 'rounds.lock'))).toBe(false);
  });

  it('refuses a second opener while the first runs, naming the holder', () => {
    const dir = join(root, 'busy');
    const first = openDataDir(dir, 'desktop app');
    let error: unknown;
    try {
      openDataDir(dir, 'import');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(`pid ${process.pid}, desktop app`);
    expect((error as Error).message).toContain('Close it first');
    first.close();
    openDataDir(dir, 'import').close();
  });

  it('takes over a stale lock whose process is gone', () => {
    const dir = join(root, 'stale');
    mkdirSync(dir, { recursive: true });
    const pid = deadPid();
    writeFileSync(join(dir, 'rounds.lock'), JSON.stringify({ pid, purpose: 'host', since: '2026-01-01T00:00:00.000Z' }));
    const dataDir = openDataDir(dir, 'export');
    expect(JSON.parse(readFileSync(join(dir, 'rounds.lock'), 'utf8'))).toMatchObject({ pid: process.pid, purpose: 'export' });
    dataDir.close();
  });

  it('treats an unreadable lock file as stale', () => {
    const dir = join(root, 'garbage');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'rounds.lock'), '{half');
    openDataDir(dir, 'import').close();
  });

  it('does not remove a lock that another process took over', () => {
    const dir = join(root, 'taken');
    mkdirSync(dir, { recursive: true });
    const lock = acquireLock(dir, 'test');
    const foreign = JSON.stringify({ pid: 1, purpose: 'host', since: 'later' });
    writeFileSync(join(dir, 'rounds.lock'), foreign);
    lock.release();
    expect(readFileSync(join(dir, 'rounds.lock'), 'utf8')).toBe(foreign);
  });

  it('releases the lock when the library cannot be opened', () => {
    const dir = join(root, 'unreadable');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'rounds.sqlite'), 'this is not a database, just text long enough');
    expect(() => openDataDir(dir, 'host')).toThrow(DatabaseUnreadableError);
    expect(existsSync(join(dir, 'rounds.lock'))).toBe(false);
  });
});
