// Component tests for live de-identification in the case editor, against a fake,
// in-memory ApiClient (test-utils/fake-api). The fake's deid.review runs the real
// engine on its stored case, as the server does; dismissals live in a Set.
import { describe, expect, it, vi } from 'vitest';
import { RoundsError, type Review, type ReviewFinding } from '../../../../shared/api';
import { findIdentifiers } from '../../../../shared/deid';
import { CASE_TEXT_FIELDS, EMPTY_CASE_FIELDS, type Case, type CaseFields } from '../../../../shared/model/case';
import { createFakeApi, SPECIALTIES } from '../../test-utils/fake-api';
import { fireEvent, render, screen, waitFor, within } from '../../test-utils/render';
import { CaseEditor } from '../cases/CaseEditor';

const ID = '00000000-0000-4000-8000-000000000001';
const LONG = { timeout: 10_000 };
// The first test loads the engine's dictionaries (~1.3 MB) into jsdom.
vi.setConfig({ testTimeout: 30_000 });

function makeCase(fields: Partial<CaseFields>, status: Case['status'] = 'draft'): Case {
  return { ...EMPTY_CASE_FIELDS, ...fields, id: ID, status, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
}

function setup(initial: Case) {
  let current = initial;
  const dismissed = new Set<string>();
  const key = (f: { field: string; type: string; text: string }) => `${f.field}|${f.type}|${f.text}`;
  const review = (): Review => {
    const findings: ReviewFinding[] = CASE_TEXT_FIELDS.flatMap((field) =>
      findIdentifiers(current[field]).map((f) => {
        const text = current[field].slice(f.start, f.end);
        return { ...f, field, text, dismissed: dismissed.has(key({ field, type: f.type, text })) };
      }),
    );
    return { caseId: ID, findings, unresolved: findings.filter((f) => !f.dismissed).length, indexDate: null };
  };
  const api = createFakeApi({
    'cases.get': () => current,
    'cases.tags': () => [],
    'taxonomy.specialties': () => SPECIALTIES,
    'cases.update': ({ fields }) => (current = { ...current, ...fields }),
    'consent.get': () => null,
    'attachments.list': () => [],
    'deid.review': () => review(),
    'deid.dismiss': (d) => (dismissed.add(key(d)), review()),
    'deid.undismiss': (d) => (dismissed.delete(key(d)), review()),
    'deid.replace': ({ spans }) => {
      const before = Object.fromEntries(spans.map((s) => [s.field, current[s.field]]));
      const next = { ...current };
      for (const s of [...spans].sort((a, b) => b.start - a.start)) {
        next[s.field] = next[s.field].slice(0, s.start) + `[${s.type}]` + next[s.field].slice(s.end);
      }
      current = next;
      return { case: current, before, review: review() };
    },
    'deid.undoReplace': ({ before, after }) => {
      for (const [field, text] of Object.entries(after)) {
        if (current[field as keyof CaseFields] !== text) throw new RoundsError('conflict', `The ${field} text changed`);
      }
      current = { ...current, ...before };
      return { case: current, review: review() };
    },
    'cases.setStatus': ({ status }) => {
      const open = review().findings.filter((f) => !f.dismissed);
      if (status === 'shared' && open.length) {
        throw new RoundsError(
          'deid_unresolved',
          `This case cannot be shared yet. ${open.length} possible identifiers are unresolved: ${open.map((f) => `${f.type} “${f.text}” in ${f.field}`).join('; ')}.`,
        );
      }
      return (current = { ...current, status });
    },
  });
  render(<CaseEditor id={ID} />, { api });
  return { api, current: () => current };
}

const PRESENTATION = 'Eleanor Whitfield, a 34-year-old runner, collapsed. Call 555-201-3344 for details.';
const marks = () => screen.getByTestId('section-presentation-highlights').querySelectorAll('mark');

describe('de-identification in the editor', () => {
  it('highlights a name and a phone number as the author types, by type', async () => {
    setup(makeCase({ presentation: 'A runner collapsed.' }));
    const input = await screen.findByLabelText(/^Presentation/);
    fireEvent.change(input, { target: { value: PRESENTATION } });
    await waitFor(() => expect(marks()).toHaveLength(2), LONG);
    const [name, phone] = [...marks()];
    expect(name?.textContent).toBe('Eleanor Whitfield');
    expect(name?.dataset.phi).toBe('NAME');
    expect(phone?.textContent).toBe('555-201-3344');
    expect(phone?.dataset.phi).toBe('PHONE');
    // The layer holds exactly the textarea's text, so the marks sit under the words.
    expect(screen.getByTestId('section-presentation-highlights').textContent).toBe(PRESENTATION);
    expect(screen.getByRole('status', { name: '2 unresolved' })).toBeTruthy();
    expect(screen.getByLabelText('Name: 1')).toBeTruthy();
    expect(screen.getByLabelText('Phone: 1')).toBeTruthy();
  });

  it('highlights identifiers in the title too, which stays on one line', async () => {
    setup(makeCase({ title: 'Syncope' }));
    const title = (await screen.findByLabelText(/^Title/)) as HTMLTextAreaElement;
    fireEvent.change(title, { target: { value: 'Syncope in Eleanor Whitfield\nafter a run' } });
    expect(title.value).toBe('Syncope in Eleanor Whitfield after a run');
    await waitFor(() => {
      const marks = screen.getByTestId('section-title-highlights').querySelectorAll('mark');
      expect([...marks].map((m) => m.textContent)).toEqual(['Eleanor Whitfield']);
    }, LONG);
  });

  it('replaces a finding through deid.replace and takes the returned text', async () => {
    const { api } = setup(makeCase({ presentation: PRESENTATION }));
    const button = await screen.findByRole('button', { name: 'Replace NAME “Eleanor Whitfield” in presentation' }, LONG);
    fireEvent.click(button);
    await waitFor(() => expect((screen.getByLabelText(/^Presentation/) as HTMLTextAreaElement).value).toBe(PRESENTATION.replace('Eleanor Whitfield', '[NAME]')));
    expect(api.callsTo('deid.replace')).toEqual([
      { caseId: ID, spans: [{ field: 'presentation', start: 0, end: 17, type: 'NAME', text: 'Eleanor Whitfield' }] },
    ]);
    await waitFor(() => expect(screen.getByRole('status', { name: '1 unresolved' })).toBeTruthy(), LONG);
  });

  it('replaces all unresolved findings in one call', async () => {
    const { api } = setup(makeCase({ presentation: PRESENTATION }));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace all 2 unresolved' }, LONG));
    await waitFor(() => expect(screen.getByRole('status', { name: '0 unresolved' })).toBeTruthy(), LONG);
    expect(api.callsTo('deid.replace')).toHaveLength(1);
    expect(api.callsTo('deid.replace')[0]?.spans.map((s) => s.type)).toEqual(['NAME', 'PHONE']);
  });

  it('undoes the last replacement, putting the original text back, until the author types again', async () => {
    const { api, current } = setup(makeCase({ presentation: PRESENTATION }));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace all 2 unresolved' }, LONG));
    const undo = await screen.findByRole('button', { name: 'Undo the last replacement (2)' }, LONG);
    fireEvent.click(undo);
    const input = screen.getByLabelText(/^Presentation/) as HTMLTextAreaElement;
    await waitFor(() => expect(input.value).toBe(PRESENTATION), LONG);
    expect(current().presentation).toBe(PRESENTATION);
    expect(api.callsTo('deid.undoReplace').at(-1)).toEqual({
      caseId: ID,
      before: { presentation: PRESENTATION },
      after: { presentation: '[NAME], a 34-year-old runner, collapsed. Call [PHONE] for details.' },
    });
    await waitFor(() => expect(screen.getByRole('status', { name: '2 unresolved' })).toBeTruthy(), LONG);
    expect(screen.queryByRole('button', { name: /Undo the last replacement/ })).toBeNull();

    // After typing, undo is no longer offered: it would overwrite the new text.
    fireEvent.click(await screen.findByRole('button', { name: 'Replace all 2 unresolved' }, LONG));
    await screen.findByRole('button', { name: 'Undo the last replacement (2)' }, LONG);
    fireEvent.change(input, { target: { value: `${input.value} More.` } });
    await waitFor(() => expect(screen.queryByRole('button', { name: /Undo the last replacement/ })).toBeNull());
  });

  it('dismisses a false alarm (struck through, remembered by the server) and undoes it', async () => {
    const { api } = setup(makeCase({ presentation: PRESENTATION }));
    fireEvent.click(await screen.findByRole('button', { name: 'Dismiss PHONE “555-201-3344” in presentation' }, LONG));
    const undo = await screen.findByRole('button', { name: 'Undo dismiss of PHONE “555-201-3344” in presentation' });
    expect(api.callsTo('deid.dismiss')).toEqual([{ caseId: ID, field: 'presentation', type: 'PHONE', text: '555-201-3344' }]);
    const row = undo.closest('li')!;
    expect(within(row as HTMLElement).getByText('555-201-3344').style.textDecoration).toBe('line-through');
    expect(screen.getByRole('status', { name: '1 unresolved' })).toBeTruthy();
    const phoneMark = [...marks()].find((m) => m.dataset.phi === 'PHONE');
    expect(phoneMark?.hasAttribute('data-dismissed')).toBe(true);
    fireEvent.click(undo);
    await screen.findByRole('button', { name: 'Dismiss PHONE “555-201-3344” in presentation' });
    expect(api.callsTo('deid.undismiss')).toHaveLength(1);
    expect(screen.getByRole('status', { name: '2 unresolved' })).toBeTruthy();
  });

  it('marks a missed span by hand', async () => {
    const { api } = setup(makeCase({ presentation: 'Seen by the Ravenwood team.' }));
    const input = (await screen.findByLabelText(/^Presentation/)) as HTMLTextAreaElement;
    input.setSelectionRange(12, 21);
    fireEvent.select(input);
    await screen.findByText('“Ravenwood”');
    fireEvent.click(screen.getByRole('button', { name: 'Mark as identifier' }));
    await waitFor(() => expect(input.value).toBe('Seen by the [NAME] team.'));
    expect(api.callsTo('deid.replace')[0]?.spans).toEqual([{ field: 'presentation', start: 12, end: 21, type: 'NAME', text: 'Ravenwood' }]);
  });

  it('shows the refusal when sharing is refused, then shares once resolved', async () => {
    const full = {
      title: 'Syncope on exertion',
      presentation: PRESENTATION,
      findings: 'Systolic murmur.',
      question: 'Restrict exercise?',
      specialty: 'cardiology',
      ageBand: '30-44',
      sex: 'female',
    } as Partial<CaseFields>;
    setup(makeCase(full, 'ready'));
    fireEvent.click(await screen.findByRole('button', { name: 'Share…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Share' }));
    const alert = await screen.findByRole('alert', { name: /Not shared/ });
    expect(alert.textContent).toMatch(/NAME “Eleanor Whitfield” in presentation/);
    expect(alert.textContent).toMatch(/PHONE “555-201-3344” in presentation/);
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'De-identification review' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace all 2 unresolved' }, LONG));
    await waitFor(() => expect(screen.getByRole('status', { name: '0 unresolved' })).toBeTruthy(), LONG);
    fireEvent.click(screen.getByRole('button', { name: 'Share…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Share' }));
    await waitFor(() => expect(screen.getByLabelText('Status: shared')).toBeTruthy());
    expect((screen.getByLabelText(/^Presentation/) as HTMLTextAreaElement).readOnly).toBe(true);
  });
});
