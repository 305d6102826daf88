// Search tests against a fake, in-memory ApiClient (test-utils/fake-api) returning canned results.
import { describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchResult } from '../../../../shared/api';
import { splitSnippet } from '../../components/Snippet/Snippet';
import { createFakeApi, SPECIALTIES } from '../../test-utils/fake-api';
import { fireEvent, render, screen, waitFor } from '../../test-utils/render';
import { SearchPage } from './SearchPage';

const S = HIGHLIGHT_START;
const E = HIGHLIGHT_END;

function hit(n: number, snippet: string) {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    title: `Case ${n}`,
    specialty: 'cardiology',
    tags: ['syncope'],
    ageBand: '18-29' as const,
    sex: 'male' as const,
    status: 'draft' as const,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    snippet,
    score: 1,
  };
}

// facetsExact: the counts cover every match (`as`: the field is new in the contract).
const RESULT = {
  hits: [hit(1, `collapsed after ${S}sync${E}ope while running`), hit(2, `recurrent ${S}sync${E}ope`)],
  total: 2,
  facets: {
    specialty: [{ value: 'cardiology', count: 2 }],
    tags: [{ value: 'syncope', count: 2 }],
    ageBand: [{ value: '18-29', count: 2 }],
    sex: [{ value: 'male', count: 2 }],
    status: [{ value: 'draft', count: 2 }],
  },
  terms: ['sync'],
  facetsExact: true,
  elapsedMs: 3.2,
} as SearchResult;

function setup() {
  const onOpen = vi.fn();
  const api = createFakeApi({
    'taxonomy.specialties': () => SPECIALTIES,
    'search.query': ({ text }) => (text.trim() ? RESULT : { ...RESULT, hits: [], terms: [] }),
  });
  render(<SearchPage onOpen={onOpen} />, { api });
  return { api, onOpen };
}

describe('splitSnippet', () => {
  it('splits on the highlight control characters', () => {
    expect(splitSnippet(`a ${S}b${E} c ${S}d${E}`)).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c ', match: false },
      { text: 'd', match: true },
    ]);
    expect(splitSnippet(`unterminated ${S}x`)).toEqual([
      { text: 'unterminated ', match: false },
      { text: 'x', match: true },
    ]);
  });
});

describe('SearchPage', () => {
  it('renders matched words in <mark> and never shows the control characters', async () => {
    setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Search cases' }), { target: { value: 'sync' } });
    const results = await screen.findAllByRole('option');
    expect(results).toHaveLength(2);
    const marks = results[0]!.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['sync']);
    expect(results[0]!.textContent).toContain('collapsed after syncope while running');
    expect(document.body.textContent).not.toContain(S);
    expect(screen.getByText(/2 cases · 3\.2 ms/)).toBeTruthy();
  });

  it('filters by a facet when it is clicked, and again to remove it', async () => {
    const { api } = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Search cases' }), { target: { value: 'sync' } });
    await screen.findAllByRole('option');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cardiology (2)' }));
    await waitFor(() => expect(api.callsTo('search.query').at(-1)?.filters).toEqual({ specialty: 'cardiology' }));
    expect(screen.getByRole('button', { name: 'Remove filter Specialty: Cardiology' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cardiology (2)' }));
    await waitFor(() => expect(api.callsTo('search.query').at(-1)?.filters).toEqual({}));
  });

  it('shows a capped total as a lower bound', async () => {
    const api = createFakeApi({
      'taxonomy.specialties': () => SPECIALTIES,
      'search.query': () => ({ ...RESULT, total: 2000, facetsExact: false }) as SearchResult,
    });
    render(<SearchPage onOpen={() => {}} initialQuery="the" />, { api });
    expect(await screen.findByText(/^2,000\+ cases · /)).toBeTruthy();
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const { onOpen } = setup();
    const input = screen.getByRole('combobox', { name: 'Search cases' });
    fireEvent.change(input, { target: { value: 'sync' } });
    await screen.findAllByRole('option');
    expect(screen.getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe('search-hit-1');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(hit(2, '').id);
  });

  it('drops answers that arrive after a newer query', async () => {
    const pending: ((r: SearchResult) => void)[] = [];
    const api = createFakeApi({
      'taxonomy.specialties': () => SPECIALTIES,
      'search.query': () => new Promise<SearchResult>((resolve) => pending.push(resolve)),
    });
    render(<SearchPage onOpen={() => {}} />, { api });
    const input = screen.getByRole('combobox', { name: 'Search cases' });
    await waitFor(() => expect(pending).toHaveLength(1));
    fireEvent.change(input, { target: { value: 'a' } });
    await waitFor(() => expect(pending).toHaveLength(2));
    fireEvent.change(input, { target: { value: 'ab' } });
    await waitFor(() => expect(pending).toHaveLength(3));
    pending[2]!({ ...RESULT, hits: [hit(2, 'new')] });
    pending[1]!({ ...RESULT, hits: [hit(1, 'stale')] });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    expect(screen.getByRole('option').textContent).toContain('Case 2');
  });
});
