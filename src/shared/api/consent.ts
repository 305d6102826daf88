import { z } from 'zod';
import { caseIdSchema } from '../model/case';
import { defineDomain } from './define';

export const CONSENT_GIVERS = ['patient', 'parent or guardian', 'next of kin', 'legal representative'] as const;
export const CONSENT_FORMS = ['written', 'electronic', 'verbal, witnessed'] as const;

export const consentSchema = z.object({
  consentedBy: z.enum(CONSENT_GIVERS),
  form: z.enum(CONSENT_FORMS),
  date: z.iso.date(),
  notes: z.string().max(1_000),
  recordedAt: z.iso.datetime({ offset: false }),
});
export type Consent = z.infer<typeof consentSchema>;

export const consentApi = defineDomain('consent', {
  'consent.get': { input: z.object({ caseId: caseIdSchema }), output: consentSchema.nullable() },
  /** Records who consented to sharing, in what form and when; required before a case with images is shared. */
  'consent.set': {
    input: z.object({
      caseId: caseIdSchema,
      consentedBy: z.enum(CONSENT_GIVERS),
      form: z.enum(CONSENT_FORMS),
      date: z.iso.date(),
      notes: z.string().max(1_000).default(''),
    }),
    output: consentSchema,
  },
  'consent.clear': { input: z.object({ caseId: caseIdSchema }), output: z.null() },
});
