// Library tests against a fake, in-memory ApiClient (test-utils/fake-api) holding a few cases.
import { describe, expect, it } from 'vitest';
import type { CaseListInput, CaseSummary } from '../../../../shared/api';
import { createFakeApi, SPECIALTIES } from '../../test-utils/fake-api';
import { fireEvent, render, screen, waitFor, within } from '../../test-utils/render';
import { LibraryPage } from './LibraryPage';

function summary(n: number, overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    title: `Case ${n}`,
    specialty: 'cardiology',
    tags: [],
    ageBand: '45-64',
    sex: 'female',
    status: 'draft',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function library(initial: CaseSummary[]) {
  const deleted = new Set<string>();
  const api = createFakeApi({
    'taxonomy.specialties': () => SPECIALTIES,
    'cases.tags': () => [{ value: 'syncope', count: 1 }],
    'cases.list': (input: CaseListInput) => {
      const items = initial.filter(
        (c) => !deleted.has(c.id) && (!input.filters?.status || c.status === input.filters.status),
      );
      return { items, total: items.length };
    },
    'cases.delete': ({ id }) => {
      deleted.add(id);
      return { id };
    },
    'cases.restore': ({ id }) => {
      deleted.delete(id);
      return { ...initial.find((c) => c.id === id)!, presentation: '', history: '', findings: '', timeline: '', diagnostics: '', interventions: '', outcome: '', discussion: '', question: '' };
    },
  });
  render(<LibraryPage onOpen={() => {}} onNew={() => {}} onImport={() => {}} />, { api });
  return api;
}

describe('LibraryPage', () => {
  it('explains what to do when the library is empty', async () => {
    library([]);
    expect(await screen.findByText('No cases yet — write your first case or import a JSON Lines file.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Write your first case' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import a JSON Lines file' })).toBeTruthy();
  });

  it('deletes a case and brings it back with Undo', async () => {
    const api = library([summary(1, { title: 'Syncope in an athlete' }), summary(2, { title: 'Odd rash' })]);
    const table = await screen.findByRole('table', { name: 'Cases' });
    fireEvent.click(within(table).getByRole('button', { name: 'Delete “Syncope in an athlete”' }));

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Syncope in an athlete' })).toBeNull());
    expect(api.callsTo('cases.delete')).toEqual([{ id: summary(1).id }]);

    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.callsTo('cases.restore')).toEqual([{ id: summary(1).id }]));
    expect(await screen.findByRole('button', { name: 'Syncope in an athlete' })).toBeTruthy();
  });

  it('filters by status and refreshes when cases change', async () => {
    const api = library([summary(1), summary(2, { status: 'ready', title: 'Ready one' })]);
    await screen.findByRole('button', { name: 'Case 1' });
    fireEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Ready' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Case 1' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Ready one' })).toBeTruthy();
    expect(api.callsTo('cases.list').at(-1)?.filters).toEqual({ status: 'ready' });

    const before = api.callsTo('cases.list').length;
    api.emit('cases.changed', { ids: [] });
    await waitFor(() => expect(api.callsTo('cases.list').length).toBe(before + 1));
  });
});
