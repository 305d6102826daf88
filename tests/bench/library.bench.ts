/**
 * `npm run bench`: import and search figures on a 100k-case library, each next
 * to its baseline measured in the same run on the same data. Writes (merges
 * into) bench-results.json in the repo root and prints a table.
 *
 *   BENCH_CASES=20000 npm run bench   # a quicker, smaller run
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, type Library } from '../../src/server/db/connection';
import { planSearch, searchHits, searchTerms } from '../../src/server/db/queries/search';
import { createRounds } from '../../src/server/services';
import { caseSchema } from '../../src/shared/model/case';
import { generateCorpus, makeQueries } from './corpus';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1_000);
/** The batch size of the CLI import (src/server/cli/import.ts). */
const IMPORT_BATCH = 2_000;
const RESULTS = join(process.cwd(), 'bench-results.json');

interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  notes?: string;
}

const figures: Figure[] = [];
const round = (x: number, digits = 2) => Number(x.toFixed(digits));

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const FTS_COLS = 'title, presentation, history, findings, timeline, diagnostics, interventions, outcome, discussion, question, tags';

/** The naive import: one transaction, one prepared INSERT per row, triggers keep FTS and tags in step. */
function naiveImport(path: string, lines: readonly string[]): number {
  const lib = openLibrary(path);
  const db = lib.write;
  db.exec(`CREATE TRIGGER cases_ai AFTER INSERT ON cases BEGIN
    INSERT INTO cases_fts (rowid, ${FTS_COLS}) VALUES (new.rowid, ${FTS_COLS.split(', ').map((c) => `new.${c}`).join(', ')});
    INSERT INTO case_tags (case_rowid, tag) SELECT new.rowid, value FROM json_each(new.tags);
  END;`);
  const insert = db.prepare(
    `INSERT INTO cases (id, title, presentation, history, findings, timeline, diagnostics, interventions, outcome,
       discussion, question, specialty, tags, age_band, sex, status, created_at, updated_at)
     VALUES (@id, @title, @presentation, @history, @findings, @timeline, @diagnostics, @interventions, @outcome,
       @discussion, @question, @specialty, @tags, @ageBand, @sex, @status, @createdAt, @updatedAt)`,
  );
  const started = performance.now();
  db.transaction(() => {
    for (const line of lines) {
      const c = JSON.parse(line) as Record<string, unknown>;
      insert.run({ ...c, tags: JSON.stringify(c.tags) });
    }
  })();
  const ms = performance.now() - started;
  lib.close();
  return ms;
}

/** The app's path: router.call('cases.importLines') in CLI-sized batches, `more` until the last. */
function appImport(library: Library, lines: readonly string[]): number {
  const { router } = createRounds(library);
  const started = performance.now();
  for (let i = 0; i < lines.length; i += IMPORT_BATCH) {
    const batch = lines.slice(i, i + IMPORT_BATCH);
    const more = i + IMPORT_BATCH < lines.length;
    const r = router.call('cases.importLines', { lines: batch, firstLine: i + 1, more }) as { imported: number };
    if (r.imported !== batch.length) throw new Error(`batch at ${i}: imported ${r.imported} of ${batch.length}`);
  }
  return performance.now() - started;
}

function table(rows: Figure[]): void {
  const head = ['figure', 'value', 'baseline', 'ratio', 'unit'];
  const body = rows.map((f) => [f.name, String(f.value), String(f.baseline), `${f.ratio}x`, f.unit]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
}

function main(): void {
  const sqliteVersion = (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, SQLite ${sqliteVersion}`);
  console.log(`library: ${CASES} synthetic cases, ${QUERIES} queries per search figure`);
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine skews absolute times; ratios less)\n`);
  const dir = mkdtempSync(join(tmpdir(), 'rounds-bench-'));
  try {
    let t = performance.now();
    const corpus = generateCorpus(CASES);
    const kb = corpus.lines.reduce((sum, l) => sum + l.length, 0) / CASES / 1024;
    console.log(`generated in ${((performance.now() - t) / 1000).toFixed(1)} s, ${kb.toFixed(2)} KB of JSON per case`);

    // ---- import -------------------------------------------------------------
    const naiveMs = naiveImport(join(dir, 'naive.sqlite'), corpus.lines);
    console.log(`naive import: ${(naiveMs / 1000).toFixed(1)} s`);
    const library = openLibrary(join(dir, 'app.sqlite'));
    const appMs = appImport(library, corpus.lines);
    console.log(`app import:   ${(appMs / 1000).toFixed(1)} s`);
    // Where the time goes (informational, not a figure): parsing + zod validation alone.
    t = performance.now();
    for (const line of corpus.lines) caseSchema.safeParse(JSON.parse(line));
    const validateMs = performance.now() - t;
    console.log(`  of which JSON.parse + zod validation: ${(validateMs / 1000).toFixed(1)} s (${((validateMs / appMs) * 100).toFixed(0)}%)`);
    const indexed = (library.read.prepare('SELECT count(*) AS n FROM cases_fts_docsize').get() as { n: number }).n;
    const pending = (library.read.prepare('SELECT count(*) AS n FROM fts_pending').get() as { n: number }).n;
    if (indexed !== CASES || pending !== 0) throw new Error(`library not fully searchable: ${indexed} indexed, ${pending} pending`);
    const appRate = CASES / (appMs / 1000);
    const naiveRate = CASES / (naiveMs / 1000);
    figures.push({
      name: 'import.cases_per_s',
      value: Math.round(appRate),
      unit: 'cases/s (ratio = value / baseline, higher is better)',
      baseline: Math.round(naiveRate),
      ratio: round(appRate / naiveRate),
      notes: `${CASES} cases via router.call('cases.importLines') in batches of ${IMPORT_BATCH} (more: true until the last), until fully indexed; baseline: one transaction, one INSERT per row, FTS5 + tags by trigger`,
    });

    // Lines marked "shared" pass the de-identification gate on import (one
    // engine run per line): measured apart on a sample, both ways, so the
    // main figure stays about the import path itself.
    const sharedCount = Math.min(5_000, CASES);
    const shared = generateCorpus(sharedCount, { seed: 7, statuses: ['shared'] }).lines;
    const sharedNaiveMs = naiveImport(join(dir, 'naive-shared.sqlite'), shared);
    const sharedLibrary = openLibrary(join(dir, 'app-shared.sqlite'));
    const sharedAppMs = appImport(sharedLibrary, shared);
    sharedLibrary.close();
    figures.push({
      name: 'import.shared_cases_per_s',
      value: Math.round(sharedCount / (sharedAppMs / 1000)),
      unit: 'cases/s (ratio = value / baseline, higher is better)',
      baseline: Math.round(sharedCount / (sharedNaiveMs / 1000)),
      ratio: round(sharedNaiveMs / sharedAppMs),
      notes: `${sharedCount} lines all marked shared: the app re-runs the de-identification gate on each (the naive import does not)`,
    });

    // ---- search -------------------------------------------------------------
    const { router } = createRounds(library);
    const db = library.read;
    const plain = db.prepare('SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? ORDER BY bm25(cases_fts) LIMIT 20');
    const plainMatch = (words: string[], prefix: boolean) =>
      words.map((w, i) => (prefix && i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');

    const content = makeQueries(corpus, 'content', QUERIES, { seed: 101 });
    const typeahead = content.map((words) => {
      const last = words[words.length - 1]!;
      return [...words.slice(0, -1), last.slice(0, 3)];
    });
    const raw = makeQueries(corpus, 'raw', QUERIES, { seed: 202 });

    /** Times the app path and the plain FTS5 query alternately on the same queries. */
    const measure = (queries: string[][], prefix: boolean, app: (text: string) => void) => {
      const appMs: number[] = [];
      const plainMs: number[] = [];
      for (const words of queries.slice(0, 20)) {
        app(words.join(' '));
        plain.all(plainMatch(words, prefix));
      }
      // Alternate which runs first so neither always finds the pages the other just read.
      queries.forEach((words, i) => {
        const text = words.join(' ');
        const runApp = () => {
          const s = performance.now();
          app(text);
          appMs.push(performance.now() - s);
        };
        const runPlain = () => {
          const s = performance.now();
          plain.all(plainMatch(searchTerms(text), prefix));
          plainMs.push(performance.now() - s);
        };
        if (i % 2) {
          runPlain();
          runApp();
        } else {
          runApp();
          runPlain();
        }
      });
      return { app: appMs, plain: plainMs };
    };
    const hitsOnly = (prefix: boolean) => (text: string) => {
      searchHits(db, planSearch(db, { text, prefix, filters: {}, limit: 20 }));
    };
    const fullQuery = (prefix: boolean) => (text: string) => {
      router.call('search.query', { text, prefix, limit: 20 });
    };
    const searchFigure = (name: string, queries: string[][], prefix: boolean, app: (text: string) => void, what: string) => {
      t = performance.now();
      const m = measure(queries, prefix, app);
      const value = p95(m.app);
      const baseline = p95(m.plain);
      figures.push({
        name,
        value: round(value),
        unit: 'ms p95 (ratio = baseline / value, higher is better)',
        baseline: round(baseline),
        ratio: round(baseline / value),
        notes: `${what}; median ${round(median(m.app))} ms vs ${round(median(m.plain))} ms; baseline: SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? ORDER BY bm25(cases_fts) LIMIT 20`,
      });
      console.log(`${name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    searchFigure('search.p95_ms', content, false, hitsOnly(false), 'top-20 hits (planSearch + searchHits, as search.query runs them), 1-3 words with df <= 5%');
    searchFigure('search.prefix_p95_ms', typeahead, true, hitsOnly(true), 'same, last word cut to a 3-letter prefix');
    searchFigure('search.raw_p95_ms', raw, false, hitsOnly(false), 'top-20 hits, 1-3 words drawn by raw frequency, commonest included');
    searchFigure('search.query_p95_ms', content, false, fullQuery(false), "router.call('search.query') with total and facets, content words");
    searchFigure('search.query_prefix_p95_ms', typeahead, true, fullQuery(true), "router.call('search.query') with total and facets, typeahead");
    searchFigure('search.query_raw_p95_ms', raw, false, fullQuery(false), "router.call('search.query') with total and facets, raw-frequency words");
    library.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  table(figures);
  const mine = new Set(figures.map((f) => f.name));
  let previous: Figure[] = [];
  if (existsSync(RESULTS)) {
    try {
      previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as Figure[];
    } catch {
      previous = [];
    }
  }
  const merged = [...previous.filter((f) => !mine.has(f.name)), ...figures];
  writeFileSync(RESULTS, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`\nwrote ${figures.length} figures to bench-results.json (${merged.length} in all)`);
}

main();
