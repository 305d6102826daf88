import type { CaseFilters } from '../../../shared/api/cases';
import { HIGHLIGHT_END, HIGHLIGHT_START, type FacetCount, type SearchHit } from '../../../shared/api/search';
import type { ReadDb } from '../handles';
import { filterClause, rowToSummary, SUMMARY_COLUMNS, type CaseRow } from './cases';

/** Title matches weigh most, then the question and presentation. Order = cases_fts columns. */
const BM25_WEIGHTS = [10, 3, 1, 2, 1, 1, 1, 1, 1, 3, 4];

/** Splits what the user typed into index terms the way the unicode61 tokenizer does. */
export function searchTerms(text: string): string[] {
  return (text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** An FTS5 MATCH expression: every term required, the last one a prefix when asked. */
export function matchExpression(terms: readonly string[], lastIsPrefix: boolean): string {
  return terms
    .map((t, i) => (lastIsPrefix && i === terms.length - 1 ? `"${t}"*` : `"${t}"`))
    .join(' ');
}

export interface SearchQuery {
  terms: string[];
  prefix: boolean;
  filters: CaseFilters;
  limit: number;
}

export function searchHits(db: ReadDb, q: SearchQuery): SearchHit[] {
  const where = filterClause(q.filters);
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS},
              snippet(cases_fts, -1, ?, ?, '…', 16) AS snippet,
              bm25(cases_fts, ${BM25_WEIGHTS.join(', ')}) AS score
       FROM cases_fts JOIN cases c ON c.rowid = cases_fts.rowid
       WHERE cases_fts MATCH ? AND ${where.sql}
       ORDER BY score LIMIT ?`,
    )
    .all(HIGHLIGHT_START, HIGHLIGHT_END, matchExpression(q.terms, q.prefix), ...where.params, q.limit) as (CaseRow & {
    snippet: string;
    score: number;
  })[];
  return rows.map((r) => ({ ...rowToSummary(r), snippet: r.snippet ?? '', score: r.score }));
}

const FACET_SQL = {
  specialty: 'c.specialty',
  ageBand: 'c.age_band',
  sex: 'c.sex',
  status: 'c.status',
} as const;

export interface Facets {
  specialty: FacetCount[];
  tags: FacetCount[];
  ageBand: FacetCount[];
  sex: FacetCount[];
  status: FacetCount[];
}

/** Facet counts and the total over every match (or every case when there are no terms). */
export function searchFacets(db: ReadDb, q: SearchQuery): { total: number; facets: Facets } {
  const where = filterClause(q.filters);
  const matched = q.terms.length
    ? `SELECT c.rowid AS rowid, c.specialty, c.age_band, c.sex, c.status FROM cases_fts JOIN cases c ON c.rowid = cases_fts.rowid
       WHERE cases_fts MATCH ? AND ${where.sql}`
    : `SELECT c.rowid AS rowid, c.specialty, c.age_band, c.sex, c.status FROM cases c WHERE ${where.sql}`;
  const params = q.terms.length ? [matchExpression(q.terms, q.prefix), ...where.params] : where.params;
  const facets: Facets = { specialty: [], tags: [], ageBand: [], sex: [], status: [] };
  let total = 0;
  db.transaction(() => {
    db.exec('DROP TABLE IF EXISTS temp.matched');
    db.prepare(`CREATE TEMP TABLE matched AS ${matched}`).run(...params);
    total = (db.prepare('SELECT count(*) AS n FROM temp.matched').get() as { n: number }).n;
    for (const [key, column] of Object.entries(FACET_SQL) as [keyof typeof FACET_SQL, string][]) {
      const col = column.replace('c.', '');
      facets[key] = db
        .prepare(`SELECT ${col} AS value, count(*) AS count FROM temp.matched GROUP BY ${col} ORDER BY count DESC, value`)
        .all() as FacetCount[];
    }
    facets.tags = db
      .prepare(
        `SELECT t.tag AS value, count(*) AS count FROM temp.matched m JOIN case_tags t ON t.case_rowid = m.rowid
         GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT 30`,
      )
      .all() as FacetCount[];
    db.exec('DROP TABLE temp.matched');
  })();
  return { total, facets };
}
