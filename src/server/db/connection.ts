import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { DatabaseUnreadableError } from './errors';
import { asWriteDb, type ReadDb, type WriteDb } from './handles';
import { migrate } from './migrate';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface Library {
  readonly path: string;
  /** The one writer. */
  readonly write: WriteDb;
  /** Same connection, typed so queries handed it cannot write. */
  readonly read: ReadDb;
  close(): void;
}

/** Refuses anything that is not an empty file or a SQLite database, before SQLite can touch it. */
function assertSqliteFile(path: string): void {
  if (path === ':memory:' || !existsSync(path)) return;
  const size = statSync(path).size;
  if (size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_MAGIC) {
    throw new DatabaseUnreadableError(path, 'it is not a SQLite database');
  }
}

export function openLibrary(path: string): Library {
  assertSqliteFile(path);
  let raw: Database.Database;
  try {
    raw = new Database(path, { fileMustExist: false });
  } catch (error) {
    throw new DatabaseUnreadableError(path, (error as Error).message);
  }
  const db = asWriteDb(raw);
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DatabaseUnreadableError(path, `integrity check failed (${String(check)})`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, { path });
  } catch (error) {
    raw.close();
    if (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE_')) {
      throw new DatabaseUnreadableError(path, error.message);
    }
    throw error;
  }
  return {
    path,
    write: db,
    read: db,
    close() {
      if (!raw.open) return;
      if (path !== ':memory:') raw.pragma('wal_checkpoint(TRUNCATE)');
      raw.close();
    },
  };
}
