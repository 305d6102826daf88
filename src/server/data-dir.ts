import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { openLibrary, type Library } from './db/connection';
import { DataDirLockedError } from './db/errors';
import { flag } from './cli/common';

export const LOCK_FILE = 'rounds.lock';
export const LIBRARY_FILE = 'rounds.sqlite';

/** What a process says it is doing with the data directory; shown to whoever is refused. */
export type DataDirPurpose = 'desktop app' | 'host' | 'import' | 'export' | 'test';

export interface LockInfo {
  pid: number;
  purpose: string;
  since: string;
  host?: string;
}

/** No data directory was given where one is required (host mode and the CLI). */
export class DataDirMissingError extends Error {
  constructor() {
    super('No data directory: pass --data-dir <dir> or set ROUNDS_DATA_DIR.');
    this.name = 'DataDirMissingError';
  }
}

/**
 * `--data-dir <dir>` (or `--data-dir=<dir>`) wins, then ROUNDS_DATA_DIR, else
 * DataDirMissingError. The desktop app does not call this: it passes
 * Electron's userData directory to `openDataDir` directly.
 */
export function resolveDataDir(args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const given = flag(args, 'data-dir');
  const named = given !== undefined || args.some((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  if (named) {
    if (!given || given.startsWith('--')) throw new DataDirMissingError();
    return resolve(given);
  }
  if (env.ROUNDS_DATA_DIR) return resolve(env.ROUNDS_DATA_DIR);
  throw new DataDirMissingError();
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockInfo | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockInfo>;
    return {
      pid: Number(parsed.pid),
      purpose: String(parsed.purpose ?? 'unknown'),
      since: String(parsed.since ?? 'unknown'),
      host: parsed.host,
    };
  } catch {
    // Half-written or foreign content: treat as held by nobody alive.
    return { pid: -1, purpose: 'unknown', since: 'unknown' };
  }
}

export interface DataDirLock {
  readonly path: string;
  readonly info: LockInfo;
  /** Removes the lock file if it is still ours. Idempotent. */
  release(): void;
}

/**
 * Takes `rounds.lock` in `dir` with an exclusive create. A lock whose pid is
 * alive refuses with DataDirLockedError; a lock whose pid is dead (a crash) is
 * stale and taken over. Locks are per machine: a data directory on a network
 * share used from two machines is not protected (the pid means nothing there).
 */
export function acquireLock(dir: string, purpose: DataDirPurpose): DataDirLock {
  const path = join(dir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, purpose, since: new Date().toISOString(), host: hostname() };
  const body = `${JSON.stringify(info)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(path);
      if (!holder) continue; // released between our open and read: try again
      if (isAlive(holder.pid)) {
        throw new DataDirLockedError(dir, { pid: holder.pid, purpose: holder.purpose, since: holder.since });
      }
      // Stale: move it aside atomically (only one contender wins the rename), then retry the create.
      try {
        renameSync(path, `${path}.stale-${process.pid}`);
        unlinkSync(`${path}.stale-${process.pid}`);
      } catch (renameError) {
        if ((renameError as NodeJS.ErrnoException).code !== 'ENOENT') throw renameError;
      }
      continue;
    }
    try {
      writeSync(fd, body);
    } finally {
      closeSync(fd);
    }
    let released = false;
    return {
      path,
      info,
      release() {
        if (released) return;
        released = true;
        const current = readLock(path);
        if (current && current.pid === info.pid && current.since === info.since) unlinkSync(path);
      },
    };
  }
  throw new Error(`Could not take the lock ${path}: it keeps changing; is another Rounds starting?`);
}

export interface DataDir {
  readonly dir: string;
  readonly libraryPath: string;
  readonly library: Library;
  readonly lock: DataDirLock;
  /** Closes the database (checkpointing the WAL) and releases the lock. Idempotent. */
  close(): void;
}

/**
 * Creates the directory, takes its lock, opens `rounds.sqlite`. Throws
 * DataDirLockedError, DatabaseFromFutureError or DatabaseUnreadableError with
 * messages meant for people; on any failure the lock is released again.
 */
export function openDataDir(dir: string, purpose: DataDirPurpose): DataDir {
  const absolute = resolve(dir);
  mkdirSync(absolute, { recursive: true, mode: 0o700 });
  const lock = acquireLock(absolute, purpose);
  const libraryPath = join(absolute, LIBRARY_FILE);
  let library: Library;
  try {
    library = openLibrary(libraryPath);
  } catch (error) {
    lock.release();
    throw error;
  }
  let closed = false;
  return {
    dir: absolute,
    libraryPath,
    library,
    lock,
    close() {
      if (closed) return;
      closed = true;
      try {
        library.close();
      } finally {
        lock.release();
      }
    },
  };
}
