import { RoundsError } from '../../shared/api';
import { appendHistory, clearConsent, getConsent, setConsent } from '../db/queries/review';
import { requireCaseRow } from './case-row';
import { defineService } from './define-service';

export const consentService = defineService('consent', {
  'consent.get': (input, ctx) => getConsent(ctx.library.read, requireCaseRow(ctx, input.caseId).rowid),
  'consent.set': (input, ctx) => {
    const rowid = requireCaseRow(ctx, input.caseId).rowid;
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
    const rowid = requireCaseRow(ctx, input.caseId).rowid;
    const db = ctx.library.write;
    db.transaction(() => {
      clearConsent(db, rowid);
      appendHistory(db, rowid, ctx.now().toISOString(), 'consent.clear', {});
    })();
    return null;
  },
});
