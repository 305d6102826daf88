import type { WriteDb } from '../handles';

export const version = 1;

export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE personas (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('professional', 'personal')),
      display_name TEXT NOT NULL,
      profession TEXT NOT NULL,
      specialty TEXT NOT NULL,
      color TEXT NOT NULL,
      created_at TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
    ) STRICT;

    CREATE TABLE cases (
      rowid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      presentation TEXT NOT NULL,
      history TEXT NOT NULL,
      findings TEXT NOT NULL,
      timeline TEXT NOT NULL,
      diagnostics TEXT NOT NULL,
      interventions TEXT NOT NULL,
      outcome TEXT NOT NULL,
      discussion TEXT NOT NULL,
      question TEXT NOT NULL,
      specialty TEXT NOT NULL,
      tags TEXT NOT NULL,
      age_band TEXT NOT NULL,
      sex TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'shared')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX cases_updated ON cases(updated_at) WHERE deleted_at IS NULL;
    CREATE INDEX cases_created ON cases(created_at) WHERE deleted_at IS NULL;
    CREATE INDEX cases_specialty ON cases(specialty, updated_at) WHERE deleted_at IS NULL;
    CREATE INDEX cases_status ON cases(status, updated_at) WHERE deleted_at IS NULL;
    CREATE INDEX cases_binned ON cases(deleted_at) WHERE deleted_at IS NOT NULL;
    -- Covering index for search filters and facet counts: one small entry per
    -- case instead of its ~2 KB row (facets over 5,000 matches: ~8 -> ~5 ms).
    CREATE INDEX cases_facets ON cases(rowid, deleted_at, specialty, age_band, sex, status, tags);

    -- One row per (case, tag): tag filters and facet counts without parsing JSON.
    CREATE TABLE case_tags (
      case_rowid INTEGER NOT NULL REFERENCES cases(rowid) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      PRIMARY KEY (tag, case_rowid)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX case_tags_case ON case_tags(case_rowid);

    -- External-content index: the text lives once, in cases. Rows are kept in step
    -- by the cases queries (not triggers) so bulk imports can index in one pass.
    -- Binned (soft-deleted) cases stay indexed; searches join cases and skip them.
    CREATE VIRTUAL TABLE cases_fts USING fts5(
      title, presentation, history, findings, timeline, diagnostics,
      interventions, outcome, discussion, question, tags,
      content = 'cases',
      content_rowid = 'rowid',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    -- Pending terms are flushed to a new segment when they pass hashsize (default
    -- 1 MB) or at commit. A bulk index pass with 32 MB writes a few big segments
    -- instead of hundreds of small ones to merge (with a larger page cache during
    -- the pass: about 2.5x faster at 100k cases). Ordinary edits commit long
    -- before they reach it.
    INSERT INTO cases_fts (cases_fts, rank) VALUES ('hashsize', 33554432);
    -- Every indexed term with its document frequency: the search planner reads
    -- it (cached) to complete prefixes and to spot common words.
    CREATE VIRTUAL TABLE cases_fts_vocab USING fts5vocab(cases_fts, row);

    -- Cases written but not yet in cases_fts: a bulk import defers indexing to one
    -- pass at its end. Inclusive rowid ranges; empty whenever no import is open.
    -- Searches and indexed writes flush it first, so a crashed or abandoned
    -- import never leaves cases unsearchable.
    CREATE TABLE fts_pending (
      first_rowid INTEGER PRIMARY KEY,
      last_rowid INTEGER NOT NULL CHECK (last_rowid >= first_rowid)
    ) STRICT;
  `);
}
