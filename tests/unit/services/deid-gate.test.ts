import { afterEach, describe, expect, it } from 'vitest';
import { RoundsError, type Review } from '../../../src/shared/api';
import type { Case, CaseFields } from '../../../src/shared/model/case';
import { tempRounds } from '../../helpers/library';
import { svg } from '../media/fixtures';

let env: ReturnType<typeof tempRounds>;
afterEach(() => env?.cleanup());

const ready: Partial<CaseFields> = {
  title: 'Syncope on exertion',
  presentation: 'Eleanor Whitfield, a 34-year-old runner, collapsed at the finish line.',
  history: 'Mrs. Whitfield had a similar episode; her brother Tomas Okafor died suddenly. Call 555-201-3344.',
  findings: 'Systolic murmur louder on Valsalva. Troponin 0.02 ng/mL.',
  question: 'Would you restrict exercise before genetic testing?',
  specialty: 'cardiology',
  ageBand: '30-44',
  sex: 'female',
};

function refusal(fn: () => unknown): RoundsError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RoundsError);
    return error as RoundsError;
  }
  throw new Error('expected a refusal');
}

function share(id: string) {
  return env.call<Case>('cases.setStatus', { id, status: 'shared' });
}

describe('the de-identification gate', () => {
  it('refuses to share while findings are unresolved, naming them', () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', { fields: ready });
    const error = refusal(() => share(c.id));
    expect(error.code).toBe('deid_unresolved');
    expect(error.message).toMatch(/NAME “Eleanor Whitfield” in presentation/);
    expect(error.message).toMatch(/PHONE “555-201-3344” in history/);
    expect(env.call<Case>('cases.get', { id: c.id }).status).toBe('draft');
    expect(refusal(() => env.call('cases.exportMarkdown', { id: c.id })).code).toBe('deid_unresolved');
  });

  it('lets a case through once every finding is replaced or dismissed, and records it', () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', { fields: ready });
    let review = env.call<Review>('deid.review', { caseId: c.id });
    expect(review.unresolved).toBeGreaterThanOrEqual(4);
    const spans = review.findings.map(({ field, start, end, type, text }) => ({ field, start, end, type, text }));
    const { case: replaced } = env.call<{ case: Case; review: Review }>('deid.replace', { caseId: c.id, spans });
    // The same person keeps one number across fields; another person gets the next.
    expect(replaced.presentation).toContain('[NAME 1], a 34-year-old runner');
    expect(replaced.history).toContain('Mrs. [NAME 1] had a similar episode');
    expect(replaced.history).toContain('her brother [NAME 2] died');
    expect(replaced.history).not.toContain('555-201-3344');
    review = env.call<Review>('deid.review', { caseId: c.id });
    expect(review.findings.filter((f) => !f.dismissed)).toEqual([]);
    const shared = share(c.id);
    expect(shared.status).toBe('shared');
    const kinds = env.call<{ kind: string }[]>('cases.history', { id: c.id }).map((h) => h.kind);
    expect(kinds).toEqual(['deid.replace', 'cases.setStatus']);
    const md = env.call<{ markdown: string }>('cases.exportMarkdown', { id: c.id }).markdown;
    expect(md).toContain('## Question to colleagues');
    expect(md).not.toContain('Whitfield');
  });

  it('undoes a replacement while nothing was typed since, and records it without the restored text', () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', { fields: ready });
    const review = env.call<Review>('deid.review', { caseId: c.id });
    const spans = review.findings.filter((f) => f.field === 'history').map(({ field, start, end, type, text }) => ({ field, start, end, type, text }));
    // an undo with nothing replaced yet is refused: it is no general way to write a case
    expect(refusal(() => env.call('deid.undoReplace', { caseId: c.id, before: { history: 'x' }, after: { history: ready.history } })).code).toBe('conflict');
    const { case: replaced, before } = env.call<{ case: Case; before: Partial<CaseFields> }>('deid.replace', { caseId: c.id, spans });
    expect(before).toEqual({ history: ready.history });
    const after = { history: replaced.history };
    // and it must name the replacement's own texts
    expect(refusal(() => env.call('deid.undoReplace', { caseId: c.id, before: { history: 'Something else.' }, after })).code).toBe('conflict');
    const { case: restored, review: again } = env.call<{ case: Case; review: Review }>('deid.undoReplace', { caseId: c.id, before, after });
    expect(restored.history).toBe(ready.history);
    expect(env.call<Case>('cases.get', { id: c.id }).history).toBe(ready.history);
    expect(again.findings.some((f) => f.field === 'history' && f.text === '555-201-3344')).toBe(true);
    const history = env.call<{ kind: string; detail: Record<string, unknown> }[]>('cases.history', { id: c.id });
    expect(history.map((h) => h.kind)).toEqual(['deid.replace', 'deid.undoReplace']);
    expect(history[1]!.detail).toEqual({ fields: ['history'], placeholders: spans.length });
    expect(JSON.stringify(history)).not.toMatch(/Whitfield|Okafor|555-201/);

    // the same undo twice is refused: it was the last replacement only once
    expect(refusal(() => env.call('deid.undoReplace', { caseId: c.id, before, after })).code).toBe('conflict');

    // Once the text has changed since, undo would overwrite it, and is refused.
    const { case: again2 } = env.call<{ case: Case }>('deid.replace', { caseId: c.id, spans });
    env.call('cases.update', { id: c.id, fields: { history: `${again2.history} Seen again.` } });
    const conflict = refusal(() => env.call('deid.undoReplace', { caseId: c.id, before, after: { history: again2.history } }));
    expect(conflict.code).toBe('conflict');
    expect(env.call<Case>('cases.get', { id: c.id }).history).toBe(`${again2.history} Seen again.`);
    // and the fields before and after must match
    expect(refusal(() => env.call('deid.undoReplace', { caseId: c.id, before, after: {} })).code).toBe('invalid_input');
  });

  it('remembers dismissals for the case, and a new identifier blocks again', () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', {
      fields: { ...ready, presentation: 'A 34-year-old runner collapsed.', history: 'No family history.' },
    });
    env.call('cases.update', { id: c.id, fields: { discussion: 'Seen by Dr. Amara Nwosu in clinic.' } });
    const review = env.call<Review>('deid.review', { caseId: c.id });
    const name = review.findings.find((f) => f.type === 'NAME');
    expect(name?.text).toBe('Amara Nwosu');
    env.call('deid.dismiss', { caseId: c.id, field: name!.field, type: name!.type, text: name!.text });
    expect(env.call<Review>('deid.review', { caseId: c.id }).unresolved).toBe(0);
    // Undo of a dismissal brings it back.
    env.call('deid.undismiss', { caseId: c.id, field: name!.field, type: name!.type, text: name!.text });
    expect(env.call<Review>('deid.review', { caseId: c.id }).unresolved).toBe(1);
    env.call('deid.dismiss', { caseId: c.id, field: name!.field, type: name!.type, text: name!.text });
    env.call('cases.update', { id: c.id, fields: { outcome: 'Discharged to 12 Elm Street, Springfield on 3/14/2024.' } });
    expect(refusal(() => share(c.id)).message).toMatch(/in outcome/);
    const history = env.call<{ kind: string; detail: Record<string, unknown> }[]>('cases.history', { id: c.id });
    expect(history.map((h) => h.kind)).toEqual(['deid.dismiss', 'deid.undismiss', 'deid.dismiss']);
    expect(history[0]!.detail).toMatchObject({ field: 'discussion', type: 'NAME', text: 'Amara Nwosu' });
  });

  it('cannot be bypassed through the API', () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', { fields: ready });
    // Status is not a field: an update that tries to set it is ignored.
    const updated = env.call<Case>('cases.update', { id: c.id, fields: { status: 'shared' } as never });
    expect(updated.status).toBe('draft');
    // A ready case still has to pass the gate.
    env.call('cases.setStatus', { id: c.id, status: 'ready' });
    expect(refusal(() => share(c.id)).code).toBe('deid_unresolved');
    // An imported line that claims to be shared goes through the same gate.
    const line = JSON.stringify({ ...c, id: 'b5b0f6d2-3c52-4b0e-8a48-6c8f8e0c9a11', status: 'shared' });
    const result = env.call<{ imported: number; demoted: { line: number }[] }>('cases.importLines', { lines: [line] });
    expect(result.demoted.map((d) => d.line)).toEqual([1]);
    expect(env.call<Case>('cases.get', { id: 'b5b0f6d2-3c52-4b0e-8a48-6c8f8e0c9a11' }).status).toBe('draft');
    // A replacement against text that changed since the review is refused.
    const stale = refusal(() =>
      env.call('deid.replace', {
        caseId: c.id,
        spans: [{ field: 'presentation', start: 0, end: 7, type: 'NAME', text: 'Someone' }],
      }),
    );
    expect(stale.code).toBe('conflict');
  });

  it('turns dates into days from the index date', () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', {
      fields: { ...ready, presentation: 'Admitted on March 14, 2023 and discharged on March 17, 2023.', history: '' },
    });
    env.call('deid.setIndexDate', { caseId: c.id, indexDate: '2023-03-14' });
    const review = env.call<Review>('deid.review', { caseId: c.id });
    const dates = review.findings.filter((f) => f.type === 'DATE' && f.field === 'presentation');
    expect(dates.length).toBe(2);
    const { case: replaced } = env.call<{ case: Case }>('deid.replace', {
      caseId: c.id,
      spans: dates.map(({ field, start, end, type, text }) => ({ field, start, end, type, text })),
    });
    expect(replaced.presentation).toMatch(/day 0/);
    expect(replaced.presentation).toMatch(/day \+3/);
    expect(replaced.presentation).not.toMatch(/March/);
  });

  it('holds back a case with images until warnings are checked and consent is recorded', async () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', {
      fields: { ...ready, presentation: 'A 34-year-old runner collapsed.', history: 'No family history.' },
    });
    const png = await svg(
      320,
      240,
      `<rect width="320" height="240" fill="#111"/><circle cx="160" cy="120" r="70" fill="#777"/>
       <text x="6" y="16" font-family="DejaVu Sans Mono" font-size="12" fill="#fff">DOE^JANE 00482133</text>`,
    )
      .png()
      .toBuffer();
    const a = await env.callAsync<{ id: string }>('attachments.add', {
      caseId: c.id,
      name: 'echo.png',
      dataBase64: png.toString('base64'),
    });
    let error = refusal(() => share(c.id));
    expect(error.code).toBe('deid_unresolved');
    expect(error.message).toMatch(/acknowledge the warnings on image-1\.png \(possible burned-in text\)/);
    expect(error.message).toMatch(/Record the patient's consent: the case has 1 image/);
    env.call('attachments.acknowledgeWarnings', { id: a.id });
    error = refusal(() => share(c.id));
    expect(error.message).not.toMatch(/acknowledge/);
    expect(error.message).toMatch(/consent/);
    env.call('consent.set', { caseId: c.id, consentedBy: 'patient', form: 'written', date: '2026-01-04' });
    expect(share(c.id).status).toBe('shared');
  });
});
