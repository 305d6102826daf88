import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchResult } from '../../../src/shared/api';
import type { Case, CaseFields } from '../../../src/shared/model/case';
import {
  DEFAULT_TUNING,
  planSearch,
  searchFacets,
  searchHits,
  type SearchTuning,
} from '../../../src/server/db/queries/search';
import { tempRounds } from '../../helpers/library';

let env: ReturnType<typeof tempRounds>;
afterEach(() => env?.cleanup());

const create = (fields: Partial<CaseFields>) => {
  env.tick();
  return env.call<Case>('cases.create', { fields });
};
const search = (text: string, extra: Record<string, unknown> = {}) =>
  env.call<SearchResult>('search.query', { text, prefix: false, limit: 100, ...extra });
const titles = (r: SearchResult) => r.hits.map((h) => h.title).sort();

/** Plans and runs a query with tuning that makes a small library behave like a big one. */
function planned(text: string, tuning: Partial<SearchTuning>, extra: { prefix?: boolean; filters?: object } = {}) {
  const db = env.library.read;
  const plan = planSearch(
    db,
    { text, prefix: extra.prefix ?? false, filters: extra.filters ?? {}, limit: 100 },
    { ...DEFAULT_TUNING, ...tuning },
  );
  return { plan, hits: searchHits(db, plan), ...searchFacets(db, plan) };
}

describe('search: prefix completion', () => {
  it('completes the last word to its most frequent indexed words, not to every word with that prefix', () => {
    env = tempRounds();
    for (let i = 0; i < 4; i++) create({ title: `hypertension ${i}` });
    for (let i = 0; i < 3; i++) create({ title: `hyperkalaemia ${i}` });
    for (let i = 0; i < 2; i++) create({ title: `hypothermia ${i}` });
    create({ title: 'hyphaema once' });
    const r = env.call<SearchResult>('search.query', { text: 'hyp', limit: 100 });
    expect(r.terms).toEqual(['hypertension', 'hyperkalaemia', 'hypothermia']);
    expect(r.total).toBe(9);
    expect(titles(r)).not.toContain('hyphaema once');
    // Typed whole, the rare word is found.
    expect(titles(env.call<SearchResult>('search.query', { text: 'hyphaem', limit: 100 }))).toEqual(['hyphaema once']);
  });

  it('still finds a word that is not in the cached vocabulary yet', () => {
    env = tempRounds();
    for (let i = 0; i < 3; i++) create({ title: `baseline case ${i}` });
    expect(search('baseline').total).toBe(3); // vocabulary cached
    create({ title: 'zygomatic fracture' });
    const r = env.call<SearchResult>('search.query', { text: 'zygo', limit: 100 });
    expect(titles(r)).toEqual(['zygomatic fracture']);
  });

  it('completes with the other words of the query required', () => {
    env = tempRounds();
    create({ title: 'syncope while running' });
    create({ title: 'syncope at rest' });
    create({ title: 'headache while running' });
    const r = env.call<SearchResult>('search.query', { text: 'syncope runn', limit: 100 });
    expect(titles(r)).toEqual(['syncope while running']);
    expect(r.terms).toEqual(['syncope', 'running']);
  });
});

describe('search: common words', () => {
  function library() {
    env = tempRounds();
    // "patient" is in every case; "murmur" in two; one murmur case lacks "patient".
    for (let i = 0; i < 10; i++) create({ title: `patient case ${i}`, presentation: i < 1 ? 'soft murmur' : 'cough' });
    create({ title: 'lonely murmur', presentation: 'no other words here' });
  }

  it('ignores words in more than the common share when a rarer word is present', () => {
    library();
    const { plan, hits, total } = planned('patient murmur', { commonShare: 0.5, commonMinDocs: 2 });
    expect(plan.terms).toEqual(['murmur']);
    expect(plan.ignored).toEqual(['patient']);
    expect(plan.mode).toBe('all');
    expect(hits.map((h) => h.title).sort()).toEqual(['lonely murmur', 'patient case 0']);
    expect(total).toBe(2);
  });

  it('ranks only the newest matches of a query made of common words, and says the counts are partial', () => {
    library();
    const { plan, hits, total, exact } = planned('patient', { commonShare: 0.5, commonMinDocs: 2, recentWindow: 4 });
    expect(plan.mode).toBe('recent');
    expect(plan.terms).toEqual(['patient']);
    expect(hits.map((h) => h.title).sort()).toEqual(['patient case 6', 'patient case 7', 'patient case 8', 'patient case 9']);
    expect(total).toBe(4);
    expect(exact).toBe(false);
  });

  it('keeps exact semantics in a small library with the default tuning', () => {
    library();
    const r = search('patient murmur');
    expect(r.terms).toEqual(['patient', 'murmur']);
    expect(titles(r)).toEqual(['patient case 0']);
    const all = search('patient');
    expect(all.total).toBe(10);
    expect(all.facetsExact).toBe(true);
  });
});

describe('search: ranking, snippets, filters, facets, bin', () => {
  it('ranks a title match above a passing mention and highlights the matched words', () => {
    env = tempRounds();
    create({ title: 'Chest pain', presentation: 'Long story about a cough that lasted weeks and a bruise.' });
    create({ title: 'Pneumothorax after a fall', presentation: 'Sudden pneumothorax with dyspnoea.' });
    create({ title: 'Ankle sprain', discussion: 'Unrelated, though a pneumothorax was once suspected.' });
    const r = search('pneumothorax');
    expect(r.hits.map((h) => h.title)).toEqual(['Pneumothorax after a fall', 'Ankle sprain']);
    expect(r.hits[0]!.score).toBeLessThan(r.hits[1]!.score);
    for (const h of r.hits) expect(h.snippet).toContain(`${HIGHLIGHT_START}`);
    expect(r.hits[1]!.snippet).toMatch(new RegExp(`${HIGHLIGHT_START}pneumothorax${HIGHLIGHT_END}`, 'i'));
  });

  it('filters hits and counts facets exactly over the matches', () => {
    env = tempRounds();
    const spec = ['cardiology', 'neurology', 'cardiology', 'paediatrics', 'cardiology'];
    spec.forEach((specialty, i) =>
      create({
        title: `seizure case ${i}`,
        specialty,
        sex: i % 2 ? 'female' : 'male',
        ageBand: i < 2 ? '18-29' : '65-79',
        tags: i % 2 ? ['eeg'] : ['eeg', 'mri'],
      }),
    );
    create({ title: 'unrelated', specialty: 'cardiology', tags: ['mri'] });
    const r = search('seizure');
    expect(r.total).toBe(5);
    expect(r.facetsExact).toBe(true);
    expect(r.facets.specialty).toEqual([
      { value: 'cardiology', count: 3 },
      { value: 'neurology', count: 1 },
      { value: 'paediatrics', count: 1 },
    ]);
    expect(r.facets.tags).toEqual([
      { value: 'eeg', count: 5 },
      { value: 'mri', count: 3 },
    ]);
    expect(r.facets.sex).toEqual([
      { value: 'male', count: 3 },
      { value: 'female', count: 2 },
    ]);
    expect(r.facets.ageBand).toEqual([
      { value: '65-79', count: 3 },
      { value: '18-29', count: 2 },
    ]);
    const f = search('seizure', { filters: { specialty: 'cardiology', tag: 'mri' } });
    expect(titles(f)).toEqual(['seizure case 0', 'seizure case 2', 'seizure case 4']);
    expect(f.total).toBe(3);
    expect(f.facets.specialty).toEqual([{ value: 'cardiology', count: 3 }]);
    expect(search('seizure', { filters: { sex: 'female', ageBand: '65-79' } }).hits.map((h) => h.title)).toEqual([
      'seizure case 3',
    ]);
  });

  it('leaves binned cases out of hits and counts, with and without filters, and brings them back on restore', () => {
    env = tempRounds();
    const a = create({ title: 'stridor in a toddler', specialty: 'paediatrics' });
    create({ title: 'stridor after extubation', specialty: 'paediatrics' });
    env.call('cases.delete', { id: a.id });
    expect(titles(search('stridor'))).toEqual(['stridor after extubation']);
    expect(search('stridor').total).toBe(1);
    expect(titles(search('stridor', { filters: { specialty: 'paediatrics' } }))).toEqual(['stridor after extubation']);
    env.call('cases.restore', { id: a.id });
    expect(search('stridor').total).toBe(2);
  });

  it('leaves binned cases out when there are many of them (the joined plan)', () => {
    env = tempRounds();
    const lines = Array.from({ length: 260 }, (_, i) =>
      JSON.stringify({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        title: `wheeze ${i}`,
        presentation: '', history: '', findings: '', timeline: '', diagnostics: '', interventions: '',
        outcome: '', discussion: '', question: '', specialty: '', tags: [], ageBand: 'unknown', sex: 'unknown',
        status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
      }),
    );
    env.call('cases.importLines', { lines });
    for (let i = 0; i < 250; i++) env.call('cases.delete', { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` });
    const r = search('wheeze');
    expect(r.total).toBe(10);
    expect(r.hits.map((h) => h.title).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `wheeze ${250 + i}`).sort());
  });
});
