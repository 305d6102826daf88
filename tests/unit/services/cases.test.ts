import { afterEach, describe, expect, it } from 'vitest';
import type { Case, CaseFields } from '../../../src/shared/model/case';
import { HIGHLIGHT_END, HIGHLIGHT_START, RoundsError } from '../../../src/shared/api';
import { tempRounds } from '../../helpers/library';

let env: ReturnType<typeof tempRounds>;
afterEach(() => env?.cleanup());

const complete: Partial<CaseFields> = {
  title: 'Recurrent syncope in a young runner',
  presentation: 'Collapsed twice while running.',
  findings: 'Systolic murmur louder on Valsalva.',
  question: 'Would you restrict exercise before genetic testing?',
  specialty: 'cardiology',
  ageBand: '18-29',
  sex: 'male',
  tags: ['syncope', 'HCM'],
};

function expectError(fn: () => unknown, code: string): RoundsError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RoundsError);
    expect((error as RoundsError).code).toBe(code);
    return error as RoundsError;
  }
  throw new Error(`expected ${code}`);
}

describe('cases service', () => {
  it('creates a draft, autosaves partial updates and reads it back after reopening', () => {
    env = tempRounds();
    const created = env.call<Case>('cases.create', { fields: { title: 'Untitled' } });
    expect(created.status).toBe('draft');
    env.tick();
    const updated = env.call<Case>('cases.update', { id: created.id, fields: { presentation: 'Chest pain at rest' } });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(env.call<Case>('cases.get', { id: created.id }).presentation).toBe('Chest pain at rest');
  });

  it('normalises tags and refuses unknown specialties and bad input', () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', { fields: complete });
    expect(c.tags).toEqual(['syncope', 'hcm']);
    expectError(() => env.call('cases.create', { fields: { specialty: 'astrology' } }), 'invalid_input');
    const bad = expectError(() => env.call('cases.update', { id: 'nope', fields: {} }), 'invalid_input');
    expect(bad.message).toContain('id');
  });

  it('will not mark a case ready until the required fields are there', () => {
    env = tempRounds();
    const draft = env.call<Case>('cases.create', { fields: { title: 'Half done' } });
    const error = expectError(() => env.call('cases.setStatus', { id: draft.id, status: 'ready' }), 'not_ready');
    expect((error.details as { missing: string[] }).missing).toEqual(
      expect.arrayContaining(['presentation', 'findings', 'question', 'specialty', 'ageBand', 'sex']),
    );
    const full = env.call<Case>('cases.create', { fields: complete });
    expect(env.call<Case>('cases.setStatus', { id: full.id, status: 'ready' }).status).toBe('ready');
    // Emptying a required field sends it back to draft.
    expect(env.call<Case>('cases.update', { id: full.id, fields: { question: '' } }).status).toBe('draft');
  });

  it('lists with filters and sorts, and deletes with undo', () => {
    env = tempRounds();
    const a = env.call<Case>('cases.create', { fields: { ...complete, title: 'B case' } });
    env.tick();
    const b = env.call<Case>('cases.create', { fields: { title: 'A case', specialty: 'neurology', tags: ['stroke'] } });
    type List = { items: { id: string }[]; total: number };
    expect(env.call<List>('cases.list', {}).items.map((c) => c.id)).toEqual([b.id, a.id]);
    expect(env.call<List>('cases.list', { sort: 'title', direction: 'asc' }).items.map((c) => c.id)).toEqual([b.id, a.id]);
    expect(env.call<List>('cases.list', { filters: { specialty: 'cardiology' } }).items.map((c) => c.id)).toEqual([a.id]);
    expect(env.call<List>('cases.list', { filters: { tag: 'stroke' } }).items.map((c) => c.id)).toEqual([b.id]);
    expect(env.call<List>('cases.list', { filters: { ageBand: '18-29', sex: 'male' } }).total).toBe(1);

    env.call('cases.delete', { id: a.id });
    expect(env.call<List>('cases.list', {}).total).toBe(1);
    expectError(() => env.call('cases.get', { id: a.id }), 'not_found');
    expect(env.call<{ total: number }>('search.query', { text: 'syncope' }).total).toBe(0);
    env.call('cases.restore', { id: a.id });
    expect(env.call<List>('cases.list', {}).total).toBe(2);
    expect(env.call<{ total: number }>('search.query', { text: 'syncope' }).total).toBe(1);
  });

  it('searches with highlighted snippets, a prefix on the last word and facet counts', () => {
    env = tempRounds();
    env.call('cases.create', { fields: complete });
    env.call('cases.create', { fields: { title: 'Thunderclap headache', presentation: 'Sudden worst headache while running', specialty: 'neurology' } });
    type Result = { hits: { title: string; snippet: string }[]; total: number; facets: { specialty: { value: string; count: number }[] } };
    const r = env.call<Result>('search.query', { text: 'runn' });
    expect(r.total).toBe(2);
    expect(r.facets.specialty).toEqual([
      { value: 'cardiology', count: 1 },
      { value: 'neurology', count: 1 },
    ]);
    const exact = env.call<Result>('search.query', { text: 'valsalva murmur' });
    expect(exact.hits.map((h) => h.title)).toEqual(['Recurrent syncope in a young runner']);
    const marked = [...exact.hits[0]!.snippet.matchAll(new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, 'g'))];
    expect(marked.map((m) => m[1]!.toLowerCase())).toEqual(expect.arrayContaining(['murmur']));
    expect(env.call<Result>('search.query', { text: 'runn', filters: { specialty: 'neurology' } }).total).toBe(1);
  });

  it('imports JSON Lines, reporting bad lines by number, and exports them back', () => {
    env = tempRounds();
    const good = env.call<Case>('cases.create', { fields: complete });
    const other = { ...good, id: '6f1d6c1e-3c0a-4e53-9a55-2d6b3f0f3a10', title: 'Imported one' };
    const lines = [JSON.stringify(other), '{oops', JSON.stringify({ ...other, id: 'x' }), '', JSON.stringify(good)];
    const r = env.call<{ imported: number; bad: { line: number; reason: string }[] }>('cases.importLines', {
      lines,
      firstLine: 10,
    });
    expect(r.imported).toBe(2);
    expect(r.bad.map((b) => b.line)).toEqual([11, 12]);
    expect(r.bad[0]!.reason).toMatch(/not JSON/);
    expect(r.bad[1]!.reason).toMatch(/^id:/);
    const page = env.call<{ lines: string[]; nextCursor: string | null; total: number }>('cases.exportLines', {});
    expect(page.total).toBe(2);
    expect(page.lines.map((l) => (JSON.parse(l) as Case).title).sort()).toEqual(['Imported one', complete.title].sort());
    expect(page.nextCursor).toBeNull();
  });
});
