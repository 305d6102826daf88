import type { CaseFilters } from '../../../shared/api/cases';
import { HIGHLIGHT_END, HIGHLIGHT_START, type FacetCount, type SearchHit } from '../../../shared/api/search';
import type { ReadDb } from '../handles';
import { filterClause, ftsGeneration, rowToSummary, SUMMARY_COLUMNS, type CaseRow } from './cases';

/** Title matches weigh most, then the question and presentation. Order = cases_fts columns. */
const BM25_WEIGHTS = [10, 3, 1, 2, 1, 1, 1, 1, 1, 3, 4];
const BM25 = `bm25(cases_fts, ${BM25_WEIGHTS.join(', ')})`;

/**
 * How the planner trades exactness for bounded cost. Ranking with bm25 costs
 * about half a microsecond per matching case (more under load), so a word in
 * every case costs ~100 ms at 100k cases; these knobs keep every query's
 * ranked set small. Tests pass smaller values to exercise the plans on a
 * small library.
 */
export interface SearchTuning {
  /** A word in more than this share of the indexed cases is "common"… */
  commonShare: number;
  /** …and in more than this many (small libraries have no common words). */
  commonMinDocs: number;
  /** Queries made only of common words rank the newest this-many matches, not all of them. */
  recentWindow: number;
  /** A prefix completes to at most this many indexed words, the most frequent first. */
  completions: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  commonShare: 0.05,
  commonMinDocs: 1_000,
  recentWindow: 2_000,
  completions: 3,
};

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

// ---- vocabulary: document frequencies from fts5vocab, cached per connection ----

interface Vocabulary {
  /** Sorted (JS string order) indexed terms and their document frequencies. */
  terms: string[];
  df: Int32Array;
  byTerm: Map<string, number>;
  /** Cases in the index when it was read, and the write generation then. */
  docs: number;
  generation: number;
}

const vocabularies = new WeakMap<ReadDb, Vocabulary>();

/** Rows in the FTS index, read in O(1) from the averages record (a varint at the head of block 1). */
export function indexedCaseCount(db: ReadDb): number {
  const row = db.prepare('SELECT block FROM cases_fts_data WHERE id = 1').get() as { block: Buffer } | undefined;
  if (!row) return 0;
  const b = row.block;
  let value = 0;
  for (let i = 0; i < Math.min(b.length, 9); i++) {
    const byte = b[i]!;
    if (i === 8) return value * 256 + byte;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  return value;
}

/**
 * The vocabulary with document frequencies. Reading it scans the whole index
 * (~0.6 s at 100k cases), so it is cached and re-read only when the library
 * has grown or shrunk by a tenth since — df only steers the plan, it need not
 * be exact. Small libraries (< 5,000 cases) re-read it after any write, so new
 * words complete at once; in a big one a brand-new word completes after the
 * next refresh (typing it whole finds it at once).
 */
function vocabulary(db: ReadDb): Vocabulary {
  const cached = vocabularies.get(db);
  const generation = ftsGeneration(db);
  if (cached && cached.generation === generation) return cached;
  const docs = indexedCaseCount(db);
  if (cached && docs >= 5_000 && Math.abs(docs - cached.docs) <= cached.docs / 10) return cached;
  const rows = db.prepare('SELECT term, doc FROM cases_fts_vocab').raw().all() as [string, number][];
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocab: Vocabulary = {
    terms: rows.map((r) => r[0]),
    df: Int32Array.from(rows, (r) => r[1]),
    byTerm: new Map(rows.map((r, i) => [r[0], i])),
    docs,
    generation,
  };
  vocabularies.set(db, vocab);
  return vocab;
}

function documentFrequency(vocab: Vocabulary, term: string): number {
  const i = vocab.byTerm.get(term);
  return i === undefined ? 0 : vocab.df[i]!;
}

/** The `limit` most frequent indexed words starting with `prefix`, most frequent first. */
export function completePrefix(vocab: Vocabulary, prefix: string, limit: number): { term: string; df: number }[] {
  let lo = 0;
  let hi = vocab.terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocab.terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: { term: string; df: number }[] = [];
  for (let i = lo; i < vocab.terms.length && vocab.terms[i]!.startsWith(prefix); i++) {
    found.push({ term: vocab.terms[i]!, df: vocab.df[i]! });
  }
  found.sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
  return found.slice(0, limit);
}

// ---- planning ----

export interface SearchInput {
  text: string;
  prefix: boolean;
  filters: CaseFilters;
  limit: number;
}

/** What will be searched and how it is ranked. */
export interface SearchPlan {
  /** The words actually searched: completions in, dropped common words out. */
  terms: string[];
  /** The words left out because they are common and rarer ones were given. */
  ignored: string[];
  /** FTS5 MATCH expression, or null when there is no text (browse by filters). */
  match: string | null;
  /**
   * `all`: every match is ranked (the query has a word in at most
   * `commonShare` of the cases, so the matches are few).
   * `recent`: the query has only common words: the newest `recentWindow`
   * matches (by rowid: most recently added) are ranked, not all of them.
   */
  mode: 'all' | 'recent';
  filters: CaseFilters;
  limit: number;
  tuning: SearchTuning;
}

interface Slot {
  terms: string[];
  expr: string;
  df: number;
}

/**
 * Plans a query. Each word is looked up in the cached vocabulary; the last one,
 * when typed as a prefix, is completed to its few most frequent indexed words
 * (an OR group), never expanded to every word that starts with it. Words in
 * more than `commonShare` of the cases behave as stop words when a rarer word
 * is present: they neither restrict nor rank (their idf is near zero anyway).
 */
export function planSearch(db: ReadDb, input: SearchInput, tuning: SearchTuning = DEFAULT_TUNING): SearchPlan {
  const words = searchTerms(input.text);
  const base = { filters: input.filters, limit: input.limit, tuning };
  if (words.length === 0) return { ...base, terms: [], ignored: [], match: null, mode: 'recent' };
  const vocab = vocabulary(db);
  const slots: Slot[] = words.map((word, i) => {
    if (!(input.prefix && i === words.length - 1)) {
      return { terms: [word], expr: `"${word}"`, df: documentFrequency(vocab, word) };
    }
    const completions = completePrefix(vocab, word, tuning.completions);
    // Not in the cached vocabulary (a word newer than the cache, or none): a
    // plain FTS5 prefix query, cheap because such words are rare.
    if (completions.length === 0) return { terms: [word], expr: `"${word}"*`, df: 0 };
    return {
      terms: completions.map((c) => c.term),
      expr: completions.length === 1 ? `"${completions[0]!.term}"` : `(${completions.map((c) => `"${c.term}"`).join(' OR ')})`,
      df: completions.reduce((sum, c) => sum + c.df, 0),
    };
  });
  const commonAbove = Math.max(tuning.commonMinDocs, tuning.commonShare * vocab.docs);
  const rare = slots.filter((s) => s.df <= commonAbove);
  const searched = rare.length ? rare : slots;
  return {
    ...base,
    terms: searched.flatMap((s) => s.terms),
    ignored: rare.length ? slots.filter((s) => s.df > commonAbove).flatMap((s) => s.terms) : [],
    match: searched.map((s) => s.expr).join(' AND '),
    mode: rare.length ? 'all' : 'recent',
  };
}

// ---- hits ----

function binnedCount(db: ReadDb): number {
  return (db.prepare('SELECT count(*) AS n FROM cases WHERE deleted_at IS NOT NULL').get() as { n: number }).n;
}

function hasFilters(filters: CaseFilters): boolean {
  return Object.values(filters).some((v) => v !== undefined && v !== '');
}

/**
 * The ranked rowids. Without filters and with few binned cases, ranking runs
 * on the index alone (no per-match lookup into cases) for a few extra rows, and
 * binned cases are dropped afterwards; otherwise filters join cases per match.
 */
function rankedRowids(db: ReadDb, plan: SearchPlan & { match: string }): { rowid: number; score: number }[] {
  const window = plan.mode === 'recent' ? `ORDER BY f.rowid DESC LIMIT ${plan.tuning.recentWindow}` : '';
  const binned = binnedCount(db);
  if (!hasFilters(plan.filters) && binned <= 200) {
    const inner = `SELECT f.rowid AS rowid, ${BM25} AS score FROM cases_fts f WHERE cases_fts MATCH ? ${window}`;
    const rows = db
      .prepare(plan.mode === 'recent' ? `SELECT * FROM (${inner}) ORDER BY score LIMIT ?` : `${inner} ORDER BY score LIMIT ?`)
      .all(plan.match, plan.limit + binned) as { rowid: number; score: number }[];
    if (binned === 0) return rows;
    const dead = new Set(
      (db.prepare('SELECT rowid FROM cases WHERE deleted_at IS NOT NULL').pluck().all() as number[]),
    );
    return rows.filter((r) => !dead.has(r.rowid)).slice(0, plan.limit);
  }
  const where = filterClause(plan.filters);
  const inner = `SELECT f.rowid AS rowid, ${BM25} AS score FROM cases_fts f JOIN cases c INDEXED BY cases_facets ON c.rowid = f.rowid
                 WHERE cases_fts MATCH ? AND ${where.sql} ${window}`;
  return db
    .prepare(plan.mode === 'recent' ? `SELECT * FROM (${inner}) ORDER BY score LIMIT ?` : `${inner} ORDER BY score LIMIT ?`)
    .all(plan.match, ...where.params, plan.limit) as { rowid: number; score: number }[];
}

/** Top hits by bm25 with a highlighted snippet each; snippets are made for the returned hits only. */
export function searchHits(db: ReadDb, plan: SearchPlan): SearchHit[] {
  if (plan.match === null) return [];
  const ranked = rankedRowids(db, { ...plan, match: plan.match });
  if (ranked.length === 0) return [];
  const summary = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM cases c WHERE c.rowid = ?`);
  const snippet = db.prepare(
    `SELECT snippet(cases_fts, -1, ?, ?, '…', 16) AS s FROM cases_fts WHERE cases_fts MATCH ? AND rowid = ?`,
  );
  return ranked.map((r) => {
    const row = summary.get(r.rowid) as CaseRow;
    const s = snippet.get(HIGHLIGHT_START, HIGHLIGHT_END, plan.match, r.rowid) as { s: string | null } | undefined;
    return { ...rowToSummary(row), snippet: s?.s ?? '', score: r.score };
  });
}

// ---- total and facets ----

export interface Facets {
  specialty: FacetCount[];
  tags: FacetCount[];
  ageBand: FacetCount[];
  sex: FacetCount[];
  status: FacetCount[];
}

/** How many tag values a facet lists. */
const TAG_FACET_LIMIT = 30;

function counted(map: Map<string, number>, limit = Infinity): FacetCount[] {
  return [...map]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit);
}

/**
 * The total and facet counts.
 *
 * Exact (`exact: true`) whenever the plan ranks every match (`all`: the
 * query has a word in at most `commonShare` of the cases, so there are few
 * matches to count). For a query made only of common words, or no words at
 * all, counting every match would cost as much as ranking them all (~50–200 ms
 * at 100k cases), so the counts cover the same newest `recentWindow` matches
 * that were ranked: `exact: false`, and `total` is then a lower bound (the UI
 * shows "2,000+").
 */
export function searchFacets(db: ReadDb, plan: SearchPlan): { total: number; facets: Facets; exact: boolean } {
  const where = filterClause(plan.filters);
  const window = plan.tuning.recentWindow;
  let rows: [number, string, string, string, string, string][];
  let exact: boolean;
  const cols = 'c.rowid, c.specialty, c.age_band, c.sex, c.status, c.tags';
  const join = 'cases_fts f JOIN cases c INDEXED BY cases_facets ON c.rowid = f.rowid';
  if (plan.match === null) {
    rows = db
      .prepare(`SELECT ${cols} FROM cases c INDEXED BY cases_facets WHERE ${where.sql} ORDER BY c.rowid DESC LIMIT ?`)
      .raw()
      .all(...where.params, window + 1) as typeof rows;
    exact = rows.length <= window;
  } else if (plan.mode === 'recent') {
    rows = db
      .prepare(`SELECT ${cols} FROM ${join} WHERE cases_fts MATCH ? AND ${where.sql} ORDER BY f.rowid DESC LIMIT ?`)
      .raw()
      .all(plan.match, ...where.params, window + 1) as typeof rows;
    exact = rows.length <= window;
  } else {
    rows = db
      .prepare(`SELECT ${cols} FROM ${join} WHERE cases_fts MATCH ? AND ${where.sql}`)
      .raw()
      .all(plan.match, ...where.params) as typeof rows;
    exact = true;
  }
  if (!exact) rows = rows.slice(0, window);
  const maps = { specialty: new Map<string, number>(), ageBand: new Map<string, number>(), sex: new Map<string, number>(), status: new Map<string, number>() };
  const bump = (m: Map<string, number>, v: string) => m.set(v, (m.get(v) ?? 0) + 1);
  for (const r of rows) {
    bump(maps.specialty, r[1]);
    bump(maps.ageBand, r[2]);
    bump(maps.sex, r[3]);
    bump(maps.status, r[4]);
  }
  const tags = new Map<string, number>();
  for (const r of rows) for (const tag of JSON.parse(r[5]) as string[]) bump(tags, tag);
  return {
    total: rows.length,
    exact,
    facets: {
      specialty: counted(maps.specialty),
      tags: counted(tags, TAG_FACET_LIMIT),
      ageBand: counted(maps.ageBand),
      sex: counted(maps.sex),
      status: counted(maps.status),
    },
  };
}
