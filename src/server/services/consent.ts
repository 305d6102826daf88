import { RoundsError } from '../../shared/api';
import { getCaseRow } from '../db/queries/cases';
import { appendHistory, clearConsent, getConsent, setConsent } from '../db/queries/review';
import type { ServiceContext } from './context';
import { defineService } from './define-service';

function caseRowid(ctx: ServiceContext, id: string): number {
  const row = getCaseRow(ctx.library.read, id);
  if (!row || row.deleted_at) throw new RoundsError('not_found', `No case ${id}`);
  return row.rowid;
}

export const consentService = defineService('consent', {
  'consent.get': (input, ctx) => getConsent(ctx.library.read, caseRowid(ctx, input.caseId)),
  'consent.set': (input, ctx) => {
    const rowid = caseRowid(ctx, input.caseId);
    const now = ctx.now().toISOString();
    if (input.date > now.slice(0, 10)) throw new RoundsError('invalid_input', 'The consent date is in the future');
    const consent = {
      consentedBy: input.consentedBy,
      form: input.form,
      date: input.date,
      notes: input.notes,
      recordedAt: now,
    };
    const db = ctx.library.write;
    db.transaction(() => {
      setConsent(db, rowid, consent);
      appendHistory(db, rowid, now, 'consent.set', { consentedBy: consent.consentedBy, form: consent.form, date: consent.date });
    })();
    return consent;
  },
  'consent.clear': (input, ctx) => {
    const rowid = caseRowid(ctx, input.caseId);
    const db = ctx.library.write;
    db.transaction(() => {
      clearConsent(db, rowid);
      appendHistory(db, rowid, ctx.now().toISOString(), 'consent.clear', {});
    })();
    return null;
  },
});
