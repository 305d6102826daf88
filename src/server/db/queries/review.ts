import type { Consent } from '../../../shared/api/consent';
import type { CaseHistoryEntry } from '../../../shared/api/cases';
import type { ReadDb, WriteDb } from '../handles';

/** Dismissals are keyed by field, type and text: they survive edits elsewhere in the case. */
export interface DismissalKey {
  field: string;
  type: string;
  text: string;
}

export function listDismissals(db: ReadDb, caseRowid: number): DismissalKey[] {
  return db
    .prepare('SELECT field, type, text FROM deid_dismissals WHERE case_rowid = ?')
    .all(caseRowid) as DismissalKey[];
}

export function addDismissal(db: WriteDb, caseRowid: number, key: DismissalKey, at: string): void {
  db.prepare(
    'INSERT OR IGNORE INTO deid_dismissals (case_rowid, field, type, text, dismissed_at) VALUES (?, ?, ?, ?, ?)',
  ).run(caseRowid, key.field, key.type, key.text, at);
}

export function removeDismissal(db: WriteDb, caseRowid: number, key: DismissalKey): number {
  return db
    .prepare('DELETE FROM deid_dismissals WHERE case_rowid = ? AND field = ? AND type = ? AND text = ?')
    .run(caseRowid, key.field, key.type, key.text).changes;
}

export function getIndexDate(db: ReadDb, caseRowid: number): string | null {
  const row = db.prepare('SELECT index_date FROM case_deid WHERE case_rowid = ?').get(caseRowid) as
    | { index_date: string | null }
    | undefined;
  return row?.index_date ?? null;
}

export function setIndexDate(db: WriteDb, caseRowid: number, indexDate: string | null): void {
  db.prepare(
    `INSERT INTO case_deid (case_rowid, index_date) VALUES (?, ?)
     ON CONFLICT (case_rowid) DO UPDATE SET index_date = excluded.index_date`,
  ).run(caseRowid, indexDate);
}

export function appendHistory(
  db: WriteDb,
  caseRowid: number,
  at: string,
  kind: string,
  detail: Record<string, unknown>,
): void {
  db.prepare('INSERT INTO case_history (case_rowid, at, kind, detail) VALUES (?, ?, ?, ?)').run(
    caseRowid,
    at,
    kind,
    JSON.stringify(detail),
  );
}

export function listHistory(db: ReadDb, caseRowid: number): CaseHistoryEntry[] {
  return (
    db.prepare('SELECT at, kind, detail FROM case_history WHERE case_rowid = ? ORDER BY id').all(caseRowid) as {
      at: string;
      kind: string;
      detail: string;
    }[]
  ).map((r) => ({ at: r.at, kind: r.kind, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

interface ConsentRow {
  consented_by: Consent['consentedBy'];
  form: Consent['form'];
  consent_date: string;
  notes: string;
  recorded_at: string;
}

export function getConsent(db: ReadDb, caseRowid: number): Consent | null {
  const row = db.prepare('SELECT * FROM case_consents WHERE case_rowid = ?').get(caseRowid) as ConsentRow | undefined;
  return row
    ? { consentedBy: row.consented_by, form: row.form, date: row.consent_date, notes: row.notes, recordedAt: row.recorded_at }
    : null;
}

export function setConsent(db: WriteDb, caseRowid: number, c: Consent): void {
  db.prepare(
    `INSERT INTO case_consents (case_rowid, consented_by, form, consent_date, notes, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_rowid) DO UPDATE SET consented_by = excluded.consented_by, form = excluded.form,
       consent_date = excluded.consent_date, notes = excluded.notes, recorded_at = excluded.recorded_at`,
  ).run(caseRowid, c.consentedBy, c.form, c.date, c.notes, c.recordedAt);
}

export function clearConsent(db: WriteDb, caseRowid: number): void {
  db.prepare('DELETE FROM case_consents WHERE case_rowid = ?').run(caseRowid);
}
