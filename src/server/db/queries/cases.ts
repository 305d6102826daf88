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
    ftsInsertRange: db.prepare(
      `INSERT INTO cases_fts (rowid, ${ftsColumnList}) SELECT rowid, ${ftsColumnList} FROM cases WHERE rowid BETWEEN ? AND ?`,
    ),
    pendingAt: db.prepare('SELECT last_rowid FROM fts_pending WHERE first_rowid <= ? ORDER BY first_rowid DESC LIMIT 1'),
    pendingLast: db.prepare('SELECT first_rowid, last_rowid FROM fts_pending ORDER BY first_rowid DESC LIMIT 1'),
    pendingExtend: db.prepare('UPDATE fts_pending SET last_rowid = ? WHERE first_rowid = ?'),
    pendingInsert: db.prepare('INSERT INTO fts_pending (first_rowid, last_rowid) VALUES (?, ?)'),
    pendingAny: db.prepare('SELECT 1 FROM fts_pending LIMIT 1'),
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

const generations = new WeakMap<ReadDb, number>();
const caseGenerations = new WeakMap<ReadDb, number>();

/**
 * Bumped on every write to the cases table through this connection (these
 * queries are the only writers); in-memory search caches key on it.
 */
export function casesGeneration(db: ReadDb): number {
  return caseGenerations.get(db) ?? 0;
}

function bumpCases(db: ReadDb): void {
  caseGenerations.set(db, casesGeneration(db) + 1);
}

/** Bumped on every write to the full-text index through this connection (search caches key on it). */
export function ftsGeneration(db: ReadDb): number {
  return generations.get(db) ?? 0;
}

function bumpGeneration(db: ReadDb): void {
  generations.set(db, ftsGeneration(db) + 1);
}

/** True when the case's full-text row has not been written yet (a deferred import). */
function isPending(db: ReadDb, rowid: number): boolean {
  const range = statements(db).pendingAt.get(rowid) as { last_rowid: number } | undefined;
  return range !== undefined && range.last_rowid >= rowid;
}

/** Records rowids whose full-text rows are still to be written; contiguous runs become one range. */
function markPending(db: WriteDb, rowids: readonly number[]): void {
  if (rowids.length === 0) return;
  const s = statements(db);
  const sorted = [...rowids].sort((a, b) => a - b);
  let first = sorted[0]!;
  let last = first;
  const flush = () => {
    const tail = s.pendingLast.get() as { first_rowid: number; last_rowid: number } | undefined;
    if (tail && tail.last_rowid + 1 === first) s.pendingExtend.run(last, tail.first_rowid);
    else s.pendingInsert.run(first, last);
  };
  for (const rowid of sorted.slice(1)) {
    if (rowid === last + 1) last = rowid;
    else if (rowid !== last) {
      flush();
      first = last = rowid;
    }
  }
  flush();
}

export function hasPendingIndex(db: ReadDb): boolean {
  return statements(db).pendingAny.get() !== undefined;
}

/**
 * Writes the full-text rows of every deferred case in one pass (INSERT … SELECT
 * per range) and clears the pending list. Runs with a 64 MB page cache: the
 * segment writes of a big pass thrash the default 2 MB one. Returns how many
 * cases it indexed.
 */
export function flushPendingIndex(db: WriteDb): number {
  if (!hasPendingIndex(db)) return 0;
  const s = statements(db);
  const cache = db.pragma('cache_size', { simple: true }) as number;
  let indexed = 0;
  try {
    db.pragma('cache_size = -65536');
    db.transaction(() => {
      const ranges = db.prepare('SELECT first_rowid, last_rowid FROM fts_pending ORDER BY first_rowid').all() as {
        first_rowid: number;
        last_rowid: number;
      }[];
      for (const r of ranges) indexed += s.ftsInsertRange.run(r.first_rowid, r.last_rowid).changes;
      db.prepare('DELETE FROM fts_pending').run();
    })();
    bumpGeneration(db);
  } finally {
    db.pragma(`cache_size = ${cache}`);
  }
  return indexed;
}

/**
 * Inserts a new case, or replaces the stored one with the same id. With
 * `index: false` the full-text row is left pending for `flushPendingIndex`
 * (bulk import); otherwise the index is updated in the same transaction.
 */
export function putCase(db: WriteDb, c: Case, { index = true }: { index?: boolean } = {}): number {
  const rowid = writeCase(db, c, index);
  if (rowid < 0) {
    if (!index) markPending(db, [-rowid]);
    return -rowid;
  }
  return rowid;
}

/** Writes the row; returns rowid when indexing is done or not wanted, -rowid when it is left pending. */
function writeCase(db: WriteDb, c: Case, index: boolean, batchPending?: ReadonlySet<number>): number {
  const s = statements(db);
  bumpGeneration(db);
  bumpCases(db);
  const params = caseToParams(c);
  const existing = getCaseRow(db, c.id);
  if (existing) {
    const rowid = existing.rowid;
    // A pending row has no index entry to remove; it is indexed from its new content later.
    const indexed = !batchPending?.has(rowid) && !isPending(db, rowid);
    if (indexed) s.ftsDelete.run(existing);
    s.update.run({ ...params, rowid });
    s.setDeleted.run(null, rowid);
    writeTags(db, rowid, c.tags);
    if (!indexed) return rowid;
    if (index) {
      s.ftsInsert.run({ ...params, rowid });
      return rowid;
    }
    return -rowid;
  }
  const rowid = Number(s.insert.run(params).lastInsertRowid);
  writeTags(db, rowid, c.tags);
  if (index) {
    s.ftsInsert.run({ ...params, rowid });
    return rowid;
  }
  return -rowid;
}

/**
 * Writes many cases (inserted or replaced) leaving their full-text rows
 * pending: one `flushPendingIndex` pass indexes them all, at the end of the
 * batch or of a whole multi-batch import. Call inside a transaction.
 */
export function putCasesDeferred(db: WriteDb, cases: readonly Case[]): void {
  // Rows left pending earlier in this batch (the same id twice) are not in the index either.
  const pending = new Set<number>();
  for (const c of cases) {
    const rowid = writeCase(db, c, false, pending);
    if (rowid < 0) pending.add(-rowid);
  }
  markPending(db, [...pending]);
}

export function setCaseDeleted(db: WriteDb, rowid: number, deletedAt: string | null): void {
  bumpCases(db);
  statements(db).setDeleted.run(deletedAt, rowid);
}

/** Removes cases binned before `cutoff` for good, index rows included. */
export function purgeDeletedBefore(db: WriteDb, cutoff: string): number {
  flushPendingIndex(db);
  const rows = db.prepare('SELECT rowid, * FROM cases WHERE deleted_at IS NOT NULL AND deleted_at < ?').all(cutoff) as CaseRow[];
  const s = statements(db);
  bumpGeneration(db);
  bumpCases(db);
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
