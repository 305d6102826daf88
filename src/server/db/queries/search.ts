import type { CaseFilters } from '../../../shared/api/cases';
import { HIGHLIGHT_END, HIGHLIGHT_START, type FacetCount, type SearchHit } from '../../../shared/api/search';
import type { Statement } from 'better-sqlite3';
import type { ReadDb } from '../handles';
import { casesGeneration, filterClause, ftsGeneration, rowToSummary, SUMMARY_COLUMNS, type CaseRow } from './cases';

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

const statementCache = new WeakMap<ReadDb, Map<string, Statement>>();

/** Prepared once per connection and SQL text: preparing an FTS5 query costs as much as running a small one. */
function stmt(db: ReadDb, sql: string): Statement {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let made = cache.get(sql);
  if (!made) cache.set(sql, (made = db.prepare(sql)));
  return made;
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
  const row = stmt(db, 'SELECT block FROM cases_fts_data WHERE id = 1').get() as { block: Buffer } | undefined;
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
  const rows = stmt(db, 'SELECT term, doc FROM cases_fts_vocab').raw().all() as [string, number][];
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
  return (stmt(db, 'SELECT count(*) AS n FROM cases WHERE deleted_at IS NOT NULL').get() as { n: number }).n;
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
    const rows = stmt(db, plan.mode === 'recent' ? `SELECT * FROM (${inner}) ORDER BY score LIMIT ?` : `${inner} ORDER BY score LIMIT ?`)
      .all(plan.match, plan.limit + binned) as { rowid: number; score: number }[];
    if (binned === 0) return rows;
    const dead = new Set(
      (stmt(db, 'SELECT rowid FROM cases WHERE deleted_at IS NOT NULL').pluck().all() as number[]),
    );
    return rows.filter((r) => !dead.has(r.rowid)).slice(0, plan.limit);
  }
  const where = filterClause(plan.filters);
  const inner = `SELECT f.rowid AS rowid, ${BM25} AS score FROM cases_fts f JOIN cases c INDEXED BY cases_facets ON c.rowid = f.rowid
                 WHERE cases_fts MATCH ? AND ${where.sql} ${window}`;
  return stmt(db, plan.mode === 'recent' ? `SELECT * FROM (${inner}) ORDER BY score LIMIT ?` : `${inner} ORDER BY score LIMIT ?`)
    .all(plan.match, ...where.params, plan.limit) as { rowid: number; score: number }[];
}

/** Top hits by bm25 with a highlighted snippet each; snippets are made for the returned hits only. */
export function searchHits(db: ReadDb, plan: SearchPlan): SearchHit[] {
  if (plan.match === null) return [];
  const ranked = rankedRowids(db, { ...plan, match: plan.match });
  if (ranked.length === 0) return [];
  const summary = stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM cases c WHERE c.rowid = ?`);
  const snippet = stmt(db, 
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

/**
 * The facet columns of every case, in memory, indexed by rowid (dictionary
 * codes: ~20 bytes a case, ~2 MB at 100k). Counting facets over 5,000 matches
 * is then 5,000 array reads after one FTS5 rowid scan, instead of 5,000
 * lookups into cases (~0.5 vs ~8 ms). Rebuilt from the covering index after
 * any write to cases through this connection (the cases queries are the only
 * writers): ~50-100 ms at 100k cases, paid by the first search after an edit
 * or an import, never while typing.
 */
interface FacetStore {
  generation: number;
  values: string[];
  codes: Map<string, number>;
  /** 0 no case, 1 live, 2 binned. */
  state: Uint8Array;
  specialty: Int32Array;
  ageBand: Int32Array;
  sex: Int32Array;
  status: Int32Array;
  tags: (Int32Array | undefined)[];
}

const facetStores = new WeakMap<ReadDb, FacetStore>();

function facetStore(db: ReadDb): FacetStore {
  const generation = casesGeneration(db);
  const cached = facetStores.get(db);
  if (cached && cached.generation === generation) return cached;
  const rows = stmt(
    db,
    'SELECT rowid, deleted_at IS NOT NULL, specialty, age_band, sex, status, tags FROM cases INDEXED BY cases_facets',
  )
    .raw()
    .all() as [number, number, string, string, string, string, string][];
  const size = rows.reduce((m, r) => Math.max(m, r[0]), 0) + 1;
  const values: string[] = [];
  const codes = new Map<string, number>();
  const code = (v: string) => {
    let c = codes.get(v);
    if (c === undefined) {
      c = values.length;
      values.push(v);
      codes.set(v, c);
    }
    return c;
  };
  const store: FacetStore = {
    generation,
    values,
    codes,
    state: new Uint8Array(size),
    specialty: new Int32Array(size),
    ageBand: new Int32Array(size),
    sex: new Int32Array(size),
    status: new Int32Array(size),
    tags: new Array<Int32Array | undefined>(size),
  };
  for (const [rowid, binned, specialty, ageBand, sex, status, tags] of rows) {
    store.state[rowid] = binned ? 2 : 1;
    store.specialty[rowid] = code(specialty);
    store.ageBand[rowid] = code(ageBand);
    store.sex[rowid] = code(sex);
    store.status[rowid] = code(status);
    const list = JSON.parse(tags) as string[];
    if (list.length) store.tags[rowid] = Int32Array.from(list, code);
  }
  facetStores.set(db, store);
  return store;
}

/** A predicate over rowids for the list filters, or null when a filter value occurs nowhere. */
function storeFilter(store: FacetStore, filters: CaseFilters): ((rowid: number) => boolean) | null {
  const want: [Int32Array, number][] = [];
  let tag: number | undefined;
  const pairs: [Int32Array, string | undefined][] = [
    [store.specialty, filters.specialty],
    [store.ageBand, filters.ageBand],
    [store.sex, filters.sex],
    [store.status, filters.status],
  ];
  for (const [column, value] of pairs) {
    if (!value) continue;
    const c = store.codes.get(value);
    if (c === undefined) return null;
    want.push([column, c]);
  }
  if (filters.tag) {
    tag = store.codes.get(filters.tag);
    if (tag === undefined) return null;
  }
  return (rowid) => {
    if (store.state[rowid] !== 1) return false;
    for (const [column, c] of want) if (column[rowid] !== c) return false;
    return tag === undefined || (store.tags[rowid]?.includes(tag) ?? false);
  };
}

/**
 * The total and facet counts.
 *
 * Exact (`exact: true`) when the plan ranks every match (`all`: the query
 * has a word in at most `commonShare` of the cases, so there are few matches)
 * and when there is no text (every case is counted from memory). For a query
 * made only of common words, listing every match would cost as much as
 * ranking them all (~50-200 ms at 100k cases), so the counts cover the same
 * newest `recentWindow` matches that were ranked: `exact: false`, and `total`
 * is then a lower bound (the UI shows "2,000+").
 */
export function searchFacets(db: ReadDb, plan: SearchPlan): { total: number; facets: Facets; exact: boolean } {
  const store = facetStore(db);
  const pass = storeFilter(store, plan.filters);
  const matched: number[] = [];
  let exact = true;
  if (pass) {
    if (plan.match === null) {
      for (let rowid = 0; rowid < store.state.length; rowid++) if (pass(rowid)) matched.push(rowid);
    } else if (plan.mode === 'all') {
      const rowids = stmt(db, 'SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?').pluck().all(plan.match) as number[];
      for (const rowid of rowids) if (pass(rowid)) matched.push(rowid);
    } else {
      const window = plan.tuning.recentWindow;
      const newest = stmt(db, 'SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? ORDER BY rowid DESC').pluck();
      for (const rowid of newest.iterate(plan.match) as IterableIterator<number>) {
        if (!pass(rowid)) continue;
        if (matched.length === window) {
          exact = false;
          break;
        }
        matched.push(rowid);
      }
    }
  }
  const n = store.values.length;
  const counts = { specialty: new Int32Array(n), ageBand: new Int32Array(n), sex: new Int32Array(n), status: new Int32Array(n), tags: new Int32Array(n) };
  for (const rowid of matched) {
    counts.specialty[store.specialty[rowid]!]!++;
    counts.ageBand[store.ageBand[rowid]!]!++;
    counts.sex[store.sex[rowid]!]!++;
    counts.status[store.status[rowid]!]!++;
    const tags = store.tags[rowid];
    if (tags) for (const t of tags) counts.tags[t]!++;
  }
  const list = (c: Int32Array, limit = Infinity): FacetCount[] => {
    const out: FacetCount[] = [];
    c.forEach((count, i) => {
      if (count) out.push({ value: store.values[i]!, count });
    });
    return out
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, limit);
  };
  return {
    total: matched.length,
    exact,
    facets: {
      specialty: list(counts.specialty),
      tags: list(counts.tags, TAG_FACET_LIMIT),
      ageBand: list(counts.ageBand),
      sex: list(counts.sex),
      status: list(counts.status),
    },
  };
}
