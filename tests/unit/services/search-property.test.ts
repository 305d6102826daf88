import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../src/shared/api';
import { CASE_TEXT_FIELDS, type Case } from '../../../src/shared/model/case';
import { tempRounds } from '../../helpers/library';
import { caseRecord } from '../../helpers/case-record';

/** Every prefix of these words is shared by at most 3 of them, so completion covers all (completions = 3). */
const WORDS = ['fever', 'febrile', 'fentanyl', 'cough', 'counsel', 'course', 'rash', 'rapid', 'murmur', 'muscle', 'sepsis', 'septal'];
const word = fc.constantFrom(...WORDS);
const text = fc.array(word, { maxLength: 4 }).map((ws) => ws.join(' '));

const caseArb = fc.record({
  slot: fc.integer({ min: 0, max: 14 }),
  title: text,
  presentation: text,
  question: text,
  tags: fc.uniqueArray(word, { maxLength: 2 }),
});
type Gen = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

const op = fc.oneof(
  fc.record({ kind: fc.constant('import' as const), cases: fc.array(caseArb, { minLength: 1, maxLength: 5 }), more: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), slot: fc.integer({ min: 0, max: 14 }) }),
  fc.record({ kind: fc.constant('restore' as const), slot: fc.integer({ min: 0, max: 14 }) }),
  fc.record({ kind: fc.constant('edit' as const), slot: fc.integer({ min: 0, max: 14 }), title: text }),
);
const query = fc.record({
  words: fc.array(word, { minLength: 1, maxLength: 2 }),
  prefixLength: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
});

const idOf = (slot: number) => `00000000-0000-4000-8000-${String(slot).padStart(12, '0')}`;

function toCase(g: Gen): Case {
  const c = caseRecord({
    id: idOf(g.slot),
    title: g.title,
    presentation: g.presentation,
    question: g.question,
    tags: g.tags,
  });
  return c;
}

const tokens = (c: Case) =>
  [...CASE_TEXT_FIELDS.map((f) => c[f]), ...c.tags].join(' ').toLowerCase().split(/[^a-z]+/).filter(Boolean);

describe('search agrees with a naive scan', () => {
  it('on random libraries built by imports (deferred or not), edits, bin and restore', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), fc.array(query, { minLength: 1, maxLength: 4 }), (ops, queries) => {
        const env = tempRounds();
        try {
          const model = new Map<string, { c: Case; binned: boolean }>();
          for (const o of ops) {
            if (o.kind === 'import') {
              const cases = o.cases.map(toCase);
              env.call('cases.importLines', { lines: cases.map((c) => JSON.stringify(c)), more: o.more });
              for (const c of cases) model.set(c.id, { c, binned: false });
            } else {
              const entry = model.get(idOf(o.slot));
              if (!entry) continue;
              if (o.kind === 'delete' && !entry.binned) {
                env.call('cases.delete', { id: entry.c.id });
                entry.binned = true;
              } else if (o.kind === 'restore' && entry.binned) {
                env.call('cases.restore', { id: entry.c.id });
                entry.binned = false;
              } else if (o.kind === 'edit' && !entry.binned) {
                env.call('cases.update', { id: entry.c.id, fields: { title: o.title } });
                entry.c = { ...entry.c, title: o.title };
              }
            }
          }
          for (const q of queries) {
            const prefix = q.prefixLength !== undefined;
            const last = q.words[q.words.length - 1]!;
            const typed = prefix ? [...q.words.slice(0, -1), last.slice(0, q.prefixLength)] : q.words;
            const r = env.call<SearchResult>('search.query', { text: typed.join(' '), prefix, limit: 100 });
            const expected = [...model.values()]
              .filter(({ c, binned }) => {
                if (binned) return false;
                const ts = tokens(c);
                return typed.every((w, i) => (prefix && i === typed.length - 1 ? ts.some((t) => t.startsWith(w)) : ts.includes(w)));
              })
              .map(({ c }) => c.id)
              .sort();
            expect(r.hits.map((h) => h.id).sort()).toEqual(expected);
            expect(r.total).toBe(expected.length);
            expect(r.facetsExact).toBe(true);
          }
          env.library.write.prepare("INSERT INTO cases_fts (cases_fts, rank) VALUES ('integrity-check', 1)").run();
        } finally {
          env.cleanup();
        }
      }),
      { numRuns: 60 },
    );
  });
});
