import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../src/shared/api';
import type { Case } from '../../../src/shared/model/case';
import { tempRounds } from '../../helpers/library';
import { caseRecord } from '../../helpers/case-record';

let env: ReturnType<typeof tempRounds>;
afterEach(() => env?.cleanup());

function line(i: number, title: string, extra: Partial<Case> = {}): string {
  const c = caseRecord({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title,
    presentation: `presentation of case${i}`,
    specialty: 'cardiology',
    tags: ['imported'],
    ...extra,
  });
  return JSON.stringify(c);
}

const count = (sql: string) => (env.library.read.prepare(sql).get() as { n: number }).n;
/** FTS5's own check of an external-content index against its content table. */
const integrityCheck = () =>
  env.library.write.prepare("INSERT INTO cases_fts (cases_fts, rank) VALUES ('integrity-check', 1)").run();
const ftsHits = (word: string) => count(`SELECT count(*) AS n FROM cases_fts WHERE cases_fts MATCH '"${word}"'`);
const search = (text: string) => env.call<SearchResult>('search.query', { text, prefix: false, limit: 100 });

describe('import with deferred indexing', () => {
  it('indexes every batch of a multi-batch import in one pass, when the last batch arrives', () => {
    env = tempRounds();
    const lines = Array.from({ length: 450 }, (_, i) => line(i, `batch import ${i % 2 ? 'odd' : 'even'}`));
    env.call('cases.importLines', { lines: lines.slice(0, 200), more: true });
    env.call('cases.importLines', { lines: lines.slice(200, 400), firstLine: 201, more: true });
    // Stored, not yet indexed.
    expect(count('SELECT count(*) AS n FROM cases')).toBe(400);
    expect(ftsHits('batch')).toBe(0);
    expect(count('SELECT count(*) AS n FROM fts_pending')).toBe(1); // contiguous rowids: one range
    env.call('cases.importLines', { lines: lines.slice(400), firstLine: 401 });
    expect(count('SELECT count(*) AS n FROM fts_pending')).toBe(0);
    expect(ftsHits('batch')).toBe(450);
    expect(ftsHits('odd')).toBe(225);
    integrityCheck();
    for (const i of [0, 199, 200, 449]) expect(search(`case${i}`).total).toBe(1);
  });

  it('finishes an import that never sent its last batch at the next search', () => {
    env = tempRounds();
    env.call('cases.importLines', { lines: [line(1, 'abandoned import')], more: true });
    expect(ftsHits('abandoned')).toBe(0);
    expect(search('abandoned').total).toBe(1);
    expect(count('SELECT count(*) AS n FROM fts_pending')).toBe(0);
    integrityCheck();
  });

  it('keeps the index consistent when a line replaces a case, pending or already indexed', () => {
    env = tempRounds();
    env.call('cases.importLines', { lines: [line(1, 'original alpha'), line(2, 'original beta')] });
    // Replace an indexed case and a new one, then the new one again, inside one open import.
    env.call('cases.importLines', { lines: [line(1, 'replaced gamma'), line(3, 'first delta')], more: true });
    env.call('cases.importLines', { lines: [line(3, 'second epsilon')], more: true });
    // An edit through the editor while the import is open must not touch the index of a pending row.
    const three = env.call<Case>('cases.get', { id: (JSON.parse(line(3, '')) as Case).id });
    env.call('cases.update', { id: three.id, fields: { title: 'edited zeta' } });
    env.call('cases.importLines', { lines: [] });
    integrityCheck();
    expect(search('original').hits.map((h) => h.title)).toEqual(['original beta']);
    expect(search('alpha').total).toBe(0);
    expect(search('gamma').total).toBe(1);
    expect(search('delta').total).toBe(0);
    expect(search('epsilon').total).toBe(0);
    expect(search('zeta').total).toBe(1);
    expect(count('SELECT count(*) AS n FROM cases')).toBe(3);
  });

  it('takes the same id twice in one batch (the later line wins, indexed once)', () => {
    env = tempRounds();
    env.call('cases.importLines', { lines: [line(5, 'first twin'), line(5, 'second twin'), line(6, 'other')] });
    integrityCheck();
    expect(search('twin').hits.map((h) => h.title)).toEqual(['second twin']);
    expect(search('first').total).toBe(0);
  });

  it('restores a binned case that an import replaces, and indexes it once', () => {
    env = tempRounds();
    env.call('cases.importLines', { lines: [line(7, 'binned then reimported')] });
    env.call('cases.delete', { id: JSON.parse(line(7, '')).id as string });
    expect(search('reimported').total).toBe(0);
    env.call('cases.importLines', { lines: [line(7, 'binned then reimported')] });
    expect(search('reimported').total).toBe(1);
    integrityCheck();
  });
});
