import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/server/db/connection';
import { DatabaseFromFutureError, DatabaseUnreadableError } from '../../../src/server/db/errors';
import { asWriteDb } from '../../../src/server/db/handles';
import { migrate, schemaVersion } from '../../../src/server/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../../src/server/db/migrations';
import { tempLibrary } from '../../helpers/library';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function memory() {
  const db = asWriteDb(new Database(':memory:'));
  db.pragma('foreign_keys = ON');
  return db;
}

describe('migrations', () => {
  it('are numbered 1..N in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(MIGRATIONS.map((m) => m.name)).toEqual(
      MIGRATIONS.map((m) => `${String(m.version).padStart(3, '0')}-${m.name.slice(4)}`),
    );
  });

  it('001 creates STRICT tables and the FTS index on :memory:', () => {
    const db = memory();
    expect(migrate(db, { target: 1 })).toEqual({ from: 0, to: 1 });
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name IN ('cases', 'personas', 'case_tags')")
      .all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name).sort()).toEqual(['case_tags', 'cases', 'personas']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT/);
    db.prepare(
      `INSERT INTO cases (id, title, presentation, history, findings, timeline, diagnostics, interventions, outcome,
        discussion, question, specialty, tags, age_band, sex, status, created_at, updated_at)
       VALUES ('a', 't', '', '', '', '', '', '', '', '', '', '', '[]', 'unknown', 'unknown', 'draft', 'x', 'x')`,
    ).run();
    expect(() =>
      db.prepare("UPDATE cases SET status = 'published' WHERE id = 'a'").run(),
    ).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE cases SET created_at = x'00' WHERE id = 'a'").run()).toThrow(/cannot store BLOB/);
  });

  it('is idempotent and reaches the latest version', () => {
    const db = memory();
    migrate(db);
    expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
  });

  it('refuses a database from a newer app, naming both versions, without changing it', () => {
    const lib = tempLibrary();
    const path = lib.path;
    lib.library.close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 7}`);
    raw.close();
    let error: unknown;
    try {
      openLibrary(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseFromFutureError);
    expect(String((error as Error).message)).toContain(`version ${LATEST_VERSION + 7}`);
    expect(String((error as Error).message)).toContain(`up to version ${LATEST_VERSION}`);
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 7);
    check.close();
    cleanups.push(lib.cleanup);
  });

  it('refuses a file that is not SQLite and leaves it byte for byte', () => {
    const lib = tempLibrary();
    cleanups.push(lib.cleanup);
    const path = join(lib.dir, 'notes.sqlite');
    const content = 'these are my notes, not a database\n'.repeat(20);
    writeFileSync(path, content);
    expect(() => openLibrary(path)).toThrow(DatabaseUnreadableError);
    expect(() => openLibrary(path)).toThrow(/not a SQLite database/);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('refuses a damaged SQLite file', () => {
    const lib = tempLibrary();
    cleanups.push(lib.cleanup);
    const path = join(lib.dir, 'damaged.sqlite');
    const good = openLibrary(path);
    good.write.prepare('CREATE TABLE filler (x TEXT)').run();
    const insert = good.write.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
    good.close();
    const bytes = readFileSync(path);
    bytes.fill(0xab, 4096, bytes.length - 4096);
    writeFileSync(path, bytes);
    expect(() => openLibrary(path)).toThrow(DatabaseUnreadableError);
  });
});

describe('migration 002-deid-review', () => {
  it('keeps every case from version 1 and adds the review tables', () => {
    const db = memory();
    migrate(db, { target: 1 });
    db.prepare(
      `INSERT INTO cases (id, title, presentation, history, findings, timeline, diagnostics, interventions, outcome,
        discussion, question, specialty, tags, age_band, sex, status, created_at, updated_at)
       VALUES ('a', 'kept', '', '', '', '', '', '', '', '', '', '', '[]', 'unknown', 'unknown', 'draft', 'x', 'x')`,
    ).run();
    const before = db.prepare('SELECT * FROM cases').all();
    expect(migrate(db, { target: 2 })).toEqual({ from: 1, to: 2 });
    expect(db.prepare('SELECT * FROM cases').all()).toEqual(before);
    const rowid = (db.prepare("SELECT rowid FROM cases WHERE id = 'a'").get() as { rowid: number }).rowid;
    db.prepare("INSERT INTO deid_dismissals VALUES (?, 'history', 'NAME', 'Parkinson', 'x')").run(rowid);
    db.prepare("INSERT INTO case_history (case_rowid, at, kind, detail) VALUES (?, 'x', 'deid.dismiss', '{}')").run(rowid);
    expect(() => db.prepare("INSERT INTO deid_dismissals VALUES (999, 'history', 'NAME', 'x', 'x')").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.prepare("DELETE FROM cases WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) AS n FROM deid_dismissals').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM case_history').get()).toEqual({ n: 0 });
  });
});
