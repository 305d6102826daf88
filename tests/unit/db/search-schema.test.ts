import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { asWriteDb } from '../../../src/server/db/handles';
import { migrate } from '../../../src/server/db/migrate';

describe('migration 001: search schema', () => {
  it('creates the pending-index table, the vocabulary view, the covering facet index and a 32 MB FTS hash', () => {
    const db = asWriteDb(new Database(':memory:'));
    migrate(db, { target: 1 });
    const names = (db.prepare("SELECT name FROM sqlite_schema WHERE name IN ('fts_pending', 'cases_fts_vocab', 'cases_facets', 'cases_binned')").pluck().all() as string[]).sort();
    expect(names).toEqual(['cases_binned', 'cases_facets', 'cases_fts_vocab', 'fts_pending']);
    expect(db.prepare("SELECT v FROM cases_fts_config WHERE k = 'hashsize'").pluck().get()).toBe(33554432);
    expect(() => db.prepare('INSERT INTO fts_pending (first_rowid, last_rowid) VALUES (5, 4)').run()).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO cases (id, title, presentation, history, findings, timeline, diagnostics, interventions, outcome,
        discussion, question, specialty, tags, age_band, sex, status, created_at, updated_at)
       VALUES ('a', 'tachycardia', '', '', '', '', '', '', '', '', '', '', '[]', 'unknown', 'unknown', 'draft', 'x', 'x')`,
    ).run();
    db.prepare("INSERT INTO cases_fts (rowid, title) VALUES (1, 'tachycardia')").run();
    expect(db.prepare('SELECT term, doc FROM cases_fts_vocab').all()).toEqual([{ term: 'tachycardia', doc: 1 }]);
    db.close();
  });
});
