/**
 * Builds tests/fixtures/deid/corpus.jsonl from the hand-written sources in
 * tests/fixtures/deid/src/*.txt.
 *
 *   npx tsx scripts/deid-corpus/build.ts           # validate + write corpus.jsonl, refresh README stats
 *   npx tsx scripts/deid-corpus/build.ts --check   # validate only; exit 1 if corpus.jsonl / README are stale
 *
 * Source format (see tests/fixtures/deid/README.md):
 *   ### id: cardio-001 | kind: case | indexDate: 2023-03-14
 *   Mrs. {{NAME|Eleanor Whitfield}} ... <<metoprolol 25 mg BID>> ...
 *
 * - A block runs from its "###" header to the next header (or end of file);
 *   leading/trailing blank lines are dropped, inner newlines are kept.
 * - Lines starting with "%%" are source comments and are ignored.
 * - Files named heldout-*.txt produce split "heldout", fresh-*.txt split "fresh";
 *   all others "dev".
 *
 * Output is deterministic: files sorted by name, blocks in file order.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SPAN_TYPES = [
  'NAME', 'LOCATION', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN',
  'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'BIOMETRIC', 'ID',
] as const;
export type SpanType = (typeof SPAN_TYPES)[number];
export const KINDS = ['case', 'comment', 'tool', 'note'] as const;
export const SPLITS = ['dev', 'heldout', 'fresh'] as const;
export type Split = (typeof SPLITS)[number];

/** Split of a source file, from its name. */
export function splitOf(file: string): Split {
  if (file.startsWith('heldout-')) return 'heldout';
  if (file.startsWith('fresh-')) return 'fresh';
  return 'dev';
}

export interface Span { start: number; end: number; type: SpanType; text: string }
export interface Keep { start: number; end: number; text: string }
export interface Entry {
  id: string;
  kind: string;
  split: Split;
  text: string;
  indexDate?: string;
  spans: Span[];
  keep: Keep[];
}

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const fixtureDir = join(root, 'tests', 'fixtures', 'deid');
const srcDir = join(fixtureDir, 'src');
const outFile = join(fixtureDir, 'corpus.jsonl');
const readmeFile = join(fixtureDir, 'README.md');

const errors: string[] = [];
function fail(where: string, msg: string): void {
  errors.push(`${where}: ${msg}`);
}

/** Parse inline markup into plain text + spans + keep phrases. */
function parseMarkup(raw: string, where: string): { text: string; spans: Span[]; keep: Keep[] } {
  let text = '';
  const spans: Span[] = [];
  const keep: Keep[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw.startsWith('{{', i)) {
      const close = raw.indexOf('}}', i + 2);
      if (close < 0) { fail(where, `unclosed "{{" at ${JSON.stringify(raw.slice(i, i + 40))}`); break; }
      const inner = raw.slice(i + 2, close);
      const bar = inner.indexOf('|');
      if (bar < 0) { fail(where, `span without TYPE| : {{${inner}}}`); i = close + 2; continue; }
      const type = inner.slice(0, bar).trim();
      const value = inner.slice(bar + 1);
      if (!(SPAN_TYPES as readonly string[]).includes(type)) fail(where, `unknown span type "${type}" in {{${inner}}}`);
      if (/\{\{|<<|>>|\|/.test(value)) fail(where, `nested or malformed markup inside {{${inner}}}`);
      if (value.length === 0 || value.trim() !== value) fail(where, `empty or whitespace-padded span {{${inner}}}`);
      const start = text.length;
      text += value;
      spans.push({ start, end: text.length, type: type as SpanType, text: value });
      i = close + 2;
    } else if (raw.startsWith('<<', i)) {
      const close = raw.indexOf('>>', i + 2);
      if (close < 0) { fail(where, `unclosed "<<" at ${JSON.stringify(raw.slice(i, i + 40))}`); break; }
      const value = raw.slice(i + 2, close);
      if (/\{\{|\}\}|<<|\|/.test(value)) fail(where, `nested or malformed markup inside <<${value}>>`);
      if (value.length === 0 || value.trim() !== value) fail(where, `empty or whitespace-padded keep <<${value}>>`);
      const start = text.length;
      text += value;
      keep.push({ start, end: text.length, text: value });
      i = close + 2;
    } else if (raw.startsWith('}}', i) || raw.startsWith('>>', i)) {
      fail(where, `stray "${raw.slice(i, i + 2)}" near ${JSON.stringify(raw.slice(Math.max(0, i - 30), i + 10))}`);
      text += raw[i];
      i += 1;
    } else {
      text += raw[i];
      i += 1;
    }
  }
  return { text, spans, keep };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
function covered(start: number, end: number, ranges: { start: number; end: number }[]): boolean {
  return ranges.some((r) => r.start <= start && end <= r.end);
}
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Patterns that are almost always PHI; any hit outside a labelled span is a labelling miss. */
const LINT_PATTERNS: [string, RegExp][] = [
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g],
  ['ssn-like', /\b\d{3}-\d{2}-\d{4}\b/g],
  ['ipv4', /\b(?:\d{1,3}\.){3}\d{1,3}\b/g],
  ['url', /\b(?:https?:\/\/|www\.)[^\s)]+/g],
  ['us-phone', /\(\d{3}\)\s?\d{3}[-.]\d{4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b/g],
  ['numeric-date', /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b/g],
];

function validateEntry(e: Entry, where: string): void {
  const all = [...e.spans, ...e.keep];
  for (const s of e.spans) {
    if (e.text.slice(s.start, s.end) !== s.text) fail(where, `span text mismatch for ${JSON.stringify(s)}`);
  }
  for (const k of e.keep) {
    if (e.text.slice(k.start, k.end) !== k.text) fail(where, `keep text mismatch for ${JSON.stringify(k)}`);
  }
  for (let a = 0; a < all.length; a++) {
    for (let b = a + 1; b < all.length; b++) {
      const first = all[a]!;
      const second = all[b]!;
      if (overlaps(first, second)) fail(where, `overlap between ${JSON.stringify(first.text)} and ${JSON.stringify(second.text)}`);
    }
  }
  // Consistency: if a string is labelled once, every other whole-word occurrence must be labelled too.
  for (const s of e.spans) {
    if (s.text.length < 3) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s.text)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of e.text.matchAll(re)) {
      const st = m.index!;
      const en = st + m[0].length;
      if (!all.some((r) => overlaps(r, { start: st, end: en }))) {
        fail(where, `"${s.text}" is labelled ${s.type} once but appears unlabelled at ${st}`);
      }
    }
  }
  for (const s of e.spans) {
    if (s.type === 'NAME' && /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sr|Sister|Nurse|Rev)\b\.?\s/i.test(s.text)) {
      fail(where, `NAME span "${s.text}" includes a title; label the name only`);
    }
  }
  for (const [name, re] of LINT_PATTERNS) {
    for (const m of e.text.matchAll(re)) {
      const st = m.index!;
      const en = st + m[0].length;
      if (!covered(st, en, all) && !all.some((r) => overlaps(r, { start: st, end: en }))) {
        fail(where, `unlabelled ${name}-looking text ${JSON.stringify(m[0])}`);
      }
    }
  }
  if (/\{\{|\}\}|<<|>>/.test(e.text)) fail(where, 'markup characters left in plain text');
  if (e.text.trim().length === 0) fail(where, 'empty text');
}

export function buildCorpus(): Entry[] {
  if (!existsSync(srcDir)) throw new Error(`missing ${srcDir}`);
  const files = readdirSync(srcDir).filter((f) => f.endsWith('.txt')).sort();
  const entries: Entry[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const split = splitOf(file);
    const lines = readFileSync(join(srcDir, file), 'utf8').replace(/\r\n?/g, '\n').split('\n');
    let header: { line: number; fields: Record<string, string> } | null = null;
    let body: string[] = [];
    const flush = (): void => {
      if (!header) {
        if (body.some((l) => l.trim() !== '')) fail(file, 'text before the first "###" header');
        return;
      }
      const where = `${file}:${header.line} (${header.fields.id ?? '?'})`;
      while (body.length && body[0]!.trim() === '') body.shift();
      while (body.length && body[body.length - 1]!.trim() === '') body.pop();
      const { id = '', kind = '', indexDate, ...rest } = header.fields;
      if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(where, `bad or missing id "${id}"`);
      if (seen.has(id)) fail(where, `duplicate id "${id}" (first in ${seen.get(id)})`);
      seen.set(id, where);
      if (!(KINDS as readonly string[]).includes(kind)) fail(where, `kind must be one of ${KINDS.join(', ')}, got "${kind}"`);
      if (indexDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(indexDate)) fail(where, `bad indexDate "${indexDate}"`);
      if (Object.keys(rest).length) fail(where, `unknown header fields ${Object.keys(rest).join(', ')}`);
      const { text, spans, keep } = parseMarkup(body.join('\n'), where);
      const entry: Entry = { id, kind, split, text, ...(indexDate ? { indexDate } : {}), spans, keep };
      validateEntry(entry, where);
      entries.push(entry);
    };
    lines.forEach((line, idx) => {
      if (line.startsWith('%%')) return;
      if (line.startsWith('###')) {
        flush();
        const fields: Record<string, string> = {};
        for (const part of line.slice(3).split('|')) {
          const m = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/.exec(part);
          if (!m) { fail(`${file}:${idx + 1}`, `bad header part "${part}"`); continue; }
          fields[m[1]!] = m[2]!;
        }
        header = { line: idx + 1, fields };
        body = [];
      } else {
        body.push(line);
      }
    });
    flush();
  }
  return entries;
}

export function serialise(entries: Entry[]): string {
  return entries
    .map((e) => JSON.stringify({
      id: e.id, kind: e.kind, split: e.split, text: e.text,
      ...(e.indexDate ? { indexDate: e.indexDate } : {}),
      spans: e.spans.map((s) => ({ start: s.start, end: s.end, type: s.type, text: s.text })),
      keep: e.keep.map((k) => ({ start: k.start, end: k.end, text: k.text })),
    }))
    .join('\n') + '\n';
}

export function statsTable(entries: Entry[]): string {
  const splits = SPLITS;
  const count = (pred: (e: Entry) => boolean) => entries.filter(pred).length;
  const lines: string[] = [];
  lines.push(`| | ${splits.join(' | ')} | total |`, `|---|${splits.map(() => '---:|').join('')}---:|`);
  lines.push(`| texts | ${splits.map((s) => count((e) => e.split === s)).join(' | ')} | ${entries.length} |`);
  for (const k of KINDS) {
    lines.push(`| texts: kind \`${k}\` | ${splits.map((s) => count((e) => e.split === s && e.kind === k)).join(' | ')} | ${count((e) => e.kind === k)} |`);
  }
  lines.push(`| texts with no identifiers | ${splits.map((s) => count((e) => e.split === s && e.spans.length === 0)).join(' | ')} | ${count((e) => e.spans.length === 0)} |`);
  const nSpans = (s: string | null, t: string | null) => entries
    .filter((e) => s === null || e.split === s)
    .reduce((n, e) => n + e.spans.filter((x) => t === null || x.type === t).length, 0);
  for (const t of SPAN_TYPES) {
    lines.push(`| ${t} | ${splits.map((s) => nSpans(s, t)).join(' | ')} | ${nSpans(null, t)} |`);
  }
  lines.push(`| **all identifiers** | ${splits.map((s) => nSpans(s, null)).join(' | ')} | ${nSpans(null, null)} |`);
  const nKeep = (s: string | null) => entries.filter((e) => s === null || e.split === s).reduce((n, e) => n + e.keep.length, 0);
  lines.push(`| **keep phrases** | ${splits.map((s) => nKeep(s)).join(' | ')} | ${nKeep(null)} |`);
  return lines.join('\n');
}

const START = '<!-- stats:start (generated by scripts/deid-corpus/build.ts) -->';
const END = '<!-- stats:end -->';

function main(): void {
  const check = process.argv.includes('--check');
  const entries = buildCorpus();
  if (errors.length) {
    console.error(`de-id corpus: ${errors.length} error(s)`);
    for (const e of errors) console.error('  ' + e);
    process.exit(1);
  }
  const jsonl = serialise(entries);
  const table = statsTable(entries);
  let readme = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : '';
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a >= 0 && b > a) readme = readme.slice(0, a + START.length) + '\n\n' + table + '\n\n' + readme.slice(b);
  if (check) {
    let stale = false;
    if (!existsSync(outFile) || readFileSync(outFile, 'utf8') !== jsonl) { console.error('corpus.jsonl is stale; run the build'); stale = true; }
    if (existsSync(readmeFile) && readFileSync(readmeFile, 'utf8') !== readme) { console.error('README stats are stale; run the build'); stale = true; }
    if (stale) process.exit(1);
  } else {
    writeFileSync(outFile, jsonl);
    if (a >= 0 && b > a) writeFileSync(readmeFile, readme);
  }
  console.log(table);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
