// Component tests for the CARE editor against a fake, in-memory ApiClient (test-utils/fake-api).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoundsError } from '../../../../shared/api';
import { EMPTY_CASE_FIELDS, type Case, type CaseFields } from '../../../../shared/model/case';
import { createFakeApi, SPECIALTIES } from '../../test-utils/fake-api';
import { act, fireEvent, render, screen } from '../../test-utils/render';
import { CaseEditor } from './CaseEditor';

const ID = '00000000-0000-4000-8000-000000000001';

function makeCase(fields: Partial<CaseFields> = {}): Case {
  return {
    ...EMPTY_CASE_FIELDS,
    ...fields,
    id: ID,
    status: 'draft',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function setup(initial: Case, update?: (fields: Partial<CaseFields>) => Promise<Case> | Case) {
  let current = initial;
  const api = createFakeApi({
    'cases.get': () => current,
    'cases.tags': () => [],
    'taxonomy.specialties': () => SPECIALTIES,
    'cases.update': async ({ fields }) => {
      current = update ? await update(fields) : { ...current, ...fields };
      return current;
    },
    'cases.setStatus': ({ status }) => (current = { ...current, status }),
  });
  render(<CaseEditor id={ID} />, { api });
  return api;
}

/** Lets pending promises settle and advances the fake clock. */
async function tick(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const saveStatus = () => screen.getByRole('status', { name: /^Save status/ }).getAttribute('aria-label');

describe('CaseEditor', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows every CARE section with its hint', async () => {
    setup(makeCase());
    await tick();
    for (const label of [/^Presentation/, /^History/, /^Clinical findings/, /^Timeline/, /^Question to colleagues/]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByText(/relative days \(day 0, day \+3\)/)).toBeTruthy();
  });

  it('debounces autosave into one update of the changed fields and shows Saving… then Saved', async () => {
    const api = setup(makeCase());
    await tick();
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'Syncope' } });
    await tick(300);
    fireEvent.change(screen.getByLabelText(/^Presentation/), { target: { value: 'Collapsed while running' } });
    expect(saveStatus()).toBe('Save status: Saving…');
    await tick(500);
    expect(api.callsTo('cases.update')).toHaveLength(0);
    await tick(200);
    expect(api.callsTo('cases.update')).toEqual([
      { id: ID, fields: { title: 'Syncope', presentation: 'Collapsed while running' } },
    ]);
    expect(saveStatus()).toBe('Save status: Saved');
    expect(screen.getByText(/^4 words/)).toBeTruthy();
  });

  it('retries a failed save and says so meanwhile', async () => {
    let failures = 1;
    const api = setup(makeCase(), (fields) => {
      if (failures-- > 0) throw new RoundsError('internal', 'database is busy');
      return { ...makeCase(), ...fields };
    });
    await tick();
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'Chest pain' } });
    await tick(600);
    expect(saveStatus()).toBe('Save status: Not saved — retrying');
    await tick(1000);
    expect(api.callsTo('cases.update')).toHaveLength(2);
    expect(api.callsTo('cases.update')[1]).toEqual({ id: ID, fields: { title: 'Chest pain' } });
    expect(saveStatus()).toBe('Save status: Saved');
  });

  it('saves at once on blur', async () => {
    const api = setup(makeCase());
    await tick();
    const field = screen.getByLabelText(/^Findings|^Clinical findings/);
    fireEvent.change(field, { target: { value: 'Murmur' } });
    fireEvent.blur(field);
    await tick();
    expect(api.callsTo('cases.update')).toEqual([{ id: ID, fields: { findings: 'Murmur' } }]);
  });

  it('keeps Mark ready disabled and lists what is missing until the case is complete', async () => {
    const api = setup(
      makeCase({ title: 'T', presentation: 'P', findings: 'F', specialty: 'cardiology', ageBand: '18-29', sex: 'female' }),
    );
    await tick();
    const button = screen.getByRole('button', { name: 'Mark ready' });
    expect(button.hasAttribute('disabled')).toBe(true);
    const missing = screen.getByRole('list', { name: /Before you can mark this case ready/ });
    expect(missing.textContent).toBe('Question to colleagues');

    fireEvent.change(screen.getByLabelText(/^Question to colleagues/), { target: { value: 'Would you ablate?' } });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(screen.queryByRole('list', { name: /Before you can mark/ })).toBeNull();

    fireEvent.click(button);
    await tick();
    // The pending edit is saved before the status changes.
    expect(api.calls.map((c) => c.method).filter((m) => m.startsWith('cases.u') || m.startsWith('cases.s'))).toEqual([
      'cases.update',
      'cases.setStatus',
    ]);
    expect(screen.getByLabelText('Status: ready')).toBeTruthy();
  });

  it('lists every missing required field on an empty case', async () => {
    setup(makeCase());
    await tick();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Title', 'Presentation', 'Clinical findings', 'Question to colleagues', 'Specialty', 'Age band', 'Sex']);
  });
});
