import type { CaseFilters, CaseListInput, CaseSummary } from '../../../shared/api/cases';
import { caseListInputSchema } from '../../../shared/api/cases';
import { CASE_TEXT_FIELDS, type Case } from '../../../shared/model/case';
import type { ReadDb, WriteDb } from '../handles';

export interface CaseRow {
  rowid: number;
  id: string;
  title: string;
  presentation: string;
  history: string;
  findings: string;
  timeline: string;
  diagnostics: string;
  interventions: string;
  outcome: string;
  discussion: string;
  question: string;
  specialty: string;
  tags: string;
  age_band: string;
  sex: string;
  status: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** FTS columns, in the order of the cases_fts declaration. */
export const FTS_COLUMNS = [...CASE_TEXT_FIELDS, 'tags'] as const;

export function rowToCase(row: CaseRow): Case {
  return {
    id: row.id,
    title: row.title,
    presentation: row.presentation,
    history: row.history,
    findings: row.findings,
    timeline: row.timeline,
    diagnostics: row.diagnostics,
    interventions: row.interventions,
    outcome: row.outcome,
    discussion: row.discussion,
    question: row.question,
    specialty: row.specialty,
    tags: JSON.parse(row.tags) as string[],
    ageBand: row.age_band as Case['ageBand'],
    sex: row.sex as Case['sex'],
    status: row.status as Case['status'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function rowToSummary(row: Pick<CaseRow, keyof CaseRow>): CaseSummary {
  const c = rowToCase(row);
  return {
    id: c.id,
    title: c.title,
    specialty: c.specialty,
    tags: c.tags,
    ageBand: c.ageBand,
    sex: c.sex,
    status: c.status,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/** Column values of a case as stored, keyed by column name. */
export function caseToParams(c: Case): Omit<CaseRow, 'rowid' | 'deleted_at'> {
  return {
    id: c.id,
    title: c.title,
    presentation: c.presentation,
    history: c.history,
    findings: c.findings,
    timeline: c.timeline,
    diagnostics: c.diagnostics,
    interventions: c.interventions,
    outcome: c.outcome,
    discussion: c.discussion,
    question: c.question,
    specialty: c.specialty,
    tags: JSON.stringify(c.tags),
    age_band: c.ageBand,
    sex: c.sex,
    status: c.status,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

const COLUMNS = [
  'id', 'title', ...CASE_TEXT_FIELDS.slice(1), 'specialty', 'tags', 'age_band', 'sex', 'status', 'created_at', 'updated_at',
] as const;

const SUMMARY_COLUMNS =
  'c.rowid, c.id, c.title, c.specialty, c.tags, c.age_band, c.sex, c.status, c.created_at, c.updated_at';

const ftsColumnList = FTS_COLUMNS.join(', ');
const ftsValueList = FTS_COLUMNS.map((c) => `@${c}`).join(', ');

function prepareStatements(db: ReadDb) {
  return {
    insert: db.prepare(
      `INSERT INTO cases (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`,
    ),
    update: db.prepare(
      `UPDATE cases SET ${COLUMNS.filter((c) => c !== 'id' && c !== 'created_at')
        .map((c) => `${c} = @${c}`)
        .join(', ')} WHERE rowid = @rowid`,
    ),
    ftsInsert: db.prepare(`INSERT INTO cases_fts (rowid, ${ftsColumnList}) VALUES (@rowid, ${ftsValueList})`),
    ftsDelete: db.prepare(
      `INSERT INTO cases_fts (cases_fts, rowid, ${ftsColumnList}) VALUES ('delete', @rowid, ${ftsValueList})`,
    ),
    tagInsert: db.prepare('INSERT OR IGNORE INTO case_tags (case_rowid, tag) VALUES (?, ?)'),
    tagsDelete: db.prepare('DELETE FROM case_tags WHERE case_rowid = ?'),
    byId: db.prepare('SELECT rowid, * FROM cases WHERE id = ?'),
    setDeleted: db.prepare('UPDATE cases SET deleted_at = ? WHERE rowid = ?'),
    deleteRow: db.prepare('DELETE FROM cases WHERE rowid = ?'),
  };
}
type Statements = ReturnType<typeof prepareStatements>;
const statementCache = new WeakMap<ReadDb, Statements>();

/** Prepared once per connection: these run on every autosave and every imported row. */
function statements(db: ReadDb): Statements {
  let made = statementCache.get(db);
  if (!made) {
    made = prepareStatements(db);
    statementCache.set(db, made);
  }
  return made;
}

export function getCaseRow(db: ReadDb, id: string): CaseRow | undefined {
  return statements(db).byId.get(id) as CaseRow | undefined;
}

function writeTags(db: WriteDb, rowid: number, tags: readonly string[]): void {
  const s = statements(db);
  s.tagsDelete.run(rowid);
  for (const tag of tags) s.tagInsert.run(rowid, tag);
}

/**
 * Inserts a new case, or replaces the stored one with the same id. With
 * `index: false` the full-text row is left for a later `indexCasesFrom` pass
 * (bulk import); otherwise the index is updated in the same transaction.
 */
export function putCase(db: WriteDb, c: Case, { index = true }: { index?: boolean } = {}): number {
  const s = statements(db);
  const params = caseToParams(c);
  const existing = getCaseRow(db, c.id);
  if (existing) {
    s.ftsDelete.run(existing);
    s.update.run({ ...params, rowid: existing.rowid });
    s.setDeleted.run(null, existing.rowid);
    writeTags(db, existing.rowid, c.tags);
    if (index) s.ftsInsert.run({ ...params, rowid: existing.rowid });
    return existing.rowid;
  }
  const rowid = Number(s.insert.run(params).lastInsertRowid);
  writeTags(db, rowid, c.tags);
  if (index) s.ftsInsert.run({ ...params, rowid });
  return rowid;
}

/** Indexes, in one pass, every case with rowid above `afterRowid` (rows written with `index: false`). */
export function indexCasesFrom(db: WriteDb, afterRowid: number): void {
  db.prepare(
    `INSERT INTO cases_fts (rowid, ${ftsColumnList}) SELECT rowid, ${ftsColumnList} FROM cases WHERE rowid > ?`,
  ).run(afterRowid);
}

export function maxCaseRowid(db: ReadDb): number {
  return (db.prepare('SELECT coalesce(max(rowid), 0) AS m FROM cases').get() as { m: number }).m;
}

export function setCaseDeleted(db: WriteDb, rowid: number, deletedAt: string | null): void {
  statements(db).setDeleted.run(deletedAt, rowid);
}

/** Removes cases binned before `cutoff` for good, index rows included. */
export function purgeDeletedBefore(db: WriteDb, cutoff: string): number {
  const rows = db.prepare('SELECT rowid, * FROM cases WHERE deleted_at IS NOT NULL AND deleted_at < ?').all(cutoff) as CaseRow[];
  const s = statements(db);
  for (const row of rows) {
    s.ftsDelete.run(row);
    s.deleteRow.run(row.rowid);
  }
  return rows.length;
}

/** WHERE clause for list filters over `cases c`; shared by list and search. */
export function filterClause(filters: CaseFilters): { sql: string; params: unknown[] } {
  const parts = ['c.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filters.specialty) {
    parts.push('c.specialty = ?');
    params.push(filters.specialty);
  }
  if (filters.status) {
    parts.push('c.status = ?');
    params.push(filters.status);
  }
  if (filters.ageBand) {
    parts.push('c.age_band = ?');
    params.push(filters.ageBand);
  }
  if (filters.sex) {
    parts.push('c.sex = ?');
    params.push(filters.sex);
  }
  if (filters.tag) {
    parts.push('c.rowid IN (SELECT case_rowid FROM case_tags WHERE tag = ?)');
    params.push(filters.tag);
  }
  return { sql: parts.join(' AND '), params };
}

const SORT_SQL = { updated: 'c.updated_at', created: 'c.created_at', title: 'c.title COLLATE NOCASE' } as const;

export function listCases(db: ReadDb, rawInput: CaseListInput): { items: CaseSummary[]; total: number } {
  const input = caseListInputSchema.parse(rawInput);
  const where = filterClause(input.filters);
  const dir = input.direction === 'asc' ? 'ASC' : 'DESC';
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM cases c WHERE ${where.sql}
       ORDER BY ${SORT_SQL[input.sort]} ${dir}, c.rowid ${dir} LIMIT ? OFFSET ?`,
    )
    .all(...where.params, input.limit, input.offset) as CaseRow[];
  const total = (
    db.prepare(`SELECT count(*) AS n FROM cases c WHERE ${where.sql}`).get(...where.params) as { n: number }
  ).n;
  return { items: rows.map(rowToSummary), total };
}

export function tagCounts(db: ReadDb): { value: string; count: number }[] {
  return db
    .prepare(
      `SELECT t.tag AS value, count(*) AS count FROM case_tags t JOIN cases c ON c.rowid = t.case_rowid
       WHERE c.deleted_at IS NULL GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT 200`,
    )
    .all() as { value: string; count: number }[];
}

/** Export order: creation, then rowid; the cursor is the last rowid sent. */
export function exportPage(db: ReadDb, afterRowid: number, limit: number): { rows: CaseRow[]; total: number } {
  const rows = db
    .prepare('SELECT rowid, * FROM cases WHERE deleted_at IS NULL AND rowid > ? ORDER BY rowid LIMIT ?')
    .all(afterRowid, limit) as CaseRow[];
  const total = (db.prepare('SELECT count(*) AS n FROM cases WHERE deleted_at IS NULL').get() as { n: number }).n;
  return { rows, total };
}

export { SUMMARY_COLUMNS };
