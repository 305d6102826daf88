// The shell against a fake, in-memory ApiClient (test-utils/fake-api): onboarding gate, persona, shortcuts, URL state.
import { describe, expect, it, vi } from 'vitest';
import type { Persona, SearchResult } from '../../../shared/api';
import { ErrorBoundary } from '../components/ErrorBoundary/ErrorBoundary';
import { createFakeApi, SPECIALTIES } from '../test-utils/fake-api';
import { fireEvent, render, screen, waitFor } from '../test-utils/render';
import { App } from './App';
import { parseRoute, routeToSearch } from './route';

const PERSONA: Persona = {
  id: '00000000-0000-4000-8000-000000000009',
  kind: 'professional',
  displayName: 'Dr Amina Okafor',
  profession: 'Physician',
  specialty: 'cardiology',
  color: 'teal',
  createdAt: '2026-01-01T00:00:00.000Z',
};

function appApi(persona: Persona | null) {
  return createFakeApi({
    'personas.active': () => persona,
    'taxonomy.specialties': () => SPECIALTIES,
    'cases.list': () => ({ items: [], total: 0 }),
    'cases.tags': () => [],
    'search.query': () =>
      ({
        hits: [],
        total: 0,
        facets: { specialty: [], tags: [], ageBand: [], sex: [], status: [] },
        terms: [],
        facetsExact: true,
        elapsedMs: 0,
      }) as SearchResult,
  });
}

describe('App', () => {
  it('shows onboarding while there is no active persona', async () => {
    // App brings its own MantineProvider; the wrapper's is harmless.
    render(<App api={appApi(null)} />, { api: appApi(null) });
    expect(await screen.findByRole('heading', { name: 'Welcome to Rounds' })).toBeTruthy();
  });

  it('shows the active persona and opens search with Ctrl+K, keeping the view in the URL', async () => {
    const api = appApi(PERSONA);
    render(<App api={api} />, { api });
    const badge = await screen.findByRole('status', { name: 'Active persona: Dr Amina Okafor, professional' });
    await waitFor(() => expect(badge.textContent).toContain('Physician · Cardiology'));
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    expect(await screen.findByRole('combobox', { name: 'Search cases' })).toBeTruthy();
    expect(window.location.search).toBe('?view=search');
  });
});

describe('route', () => {
  it('round-trips views through the query string', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(parseRoute(routeToSearch({ view: 'case', id }))).toEqual({ view: 'case', id });
    expect(parseRoute(routeToSearch({ view: 'search', q: 'a b' }))).toEqual({ view: 'search', q: 'a b' });
    expect(parseRoute('?view=case')).toEqual({ view: 'library' });
    expect(parseRoute('')).toEqual({ view: 'library' });
  });
});

describe('ErrorBoundary', () => {
  it('replaces a crashed screen with a readable message instead of a blank page', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Boom = () => {
      throw new Error('kaboom');
    };
    render(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>,
      { api: appApi(null) },
    );
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong on this screen');
    expect(screen.getByText('kaboom')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload Rounds' })).toBeTruthy();
    spy.mockRestore();
  });
});
