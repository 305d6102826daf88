import type { WriteDb } from '../handles';

export const version = 2;

/** De-identification review, consent, attachments and each case's local history. */
export function up(db: WriteDb): void {
  db.exec(`
    -- A finding the author called a false alarm, for this case and field: it
    -- stays dismissed while the same text of the same type is found there.
    CREATE TABLE deid_dismissals (
      case_rowid INTEGER NOT NULL REFERENCES cases(rowid) ON DELETE CASCADE,
      field TEXT NOT NULL,
      type TEXT NOT NULL,
      text TEXT NOT NULL,
      dismissed_at TEXT NOT NULL,
      PRIMARY KEY (case_rowid, field, type, text)
    ) STRICT, WITHOUT ROWID;

    -- Per-case settings of the replacement policy (dates become days relative to index_date).
    CREATE TABLE case_deid (
      case_rowid INTEGER PRIMARY KEY REFERENCES cases(rowid) ON DELETE CASCADE,
      index_date TEXT
    ) STRICT;

    CREATE TABLE case_consents (
      case_rowid INTEGER PRIMARY KEY REFERENCES cases(rowid) ON DELETE CASCADE,
      consented_by TEXT NOT NULL,
      form TEXT NOT NULL,
      consent_date TEXT NOT NULL,
      notes TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    ) STRICT;

    -- What happened to a case on this machine: dismissals, replacements, status changes.
    CREATE TABLE case_history (
      id INTEGER PRIMARY KEY,
      case_rowid INTEGER NOT NULL REFERENCES cases(rowid) ON DELETE CASCADE,
      at TEXT NOT NULL,
      kind TEXT NOT NULL,
      detail TEXT NOT NULL
    ) STRICT;
    CREATE INDEX case_history_case ON case_history(case_rowid, id);

    -- Files attached to a case; bytes live in the blob store under their sha256.
    CREATE TABLE attachments (
      id TEXT PRIMARY KEY,
      case_rowid INTEGER NOT NULL REFERENCES cases(rowid) ON DELETE CASCADE,
      sha256 TEXT NOT NULL,
      name TEXT NOT NULL,
      mime TEXT NOT NULL,
      size INTEGER NOT NULL,
      width INTEGER,
      height INTEGER,
      warnings TEXT NOT NULL,
      redactions TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX attachments_case ON attachments(case_rowid);
  `);
}
