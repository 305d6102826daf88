import { z } from 'zod';
import { CASE_TEXT_FIELDS } from '../model/case';
import { PHI_TYPES } from '../deid/types';
import { caseIdSchema, caseSchema } from '../model/case';
import { defineDomain } from './define';

const isoDate = z.iso.date();

export const reviewFindingSchema = z.object({
  field: z.enum(CASE_TEXT_FIELDS),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  type: z.enum(PHI_TYPES),
  confidence: z.number(),
  rule: z.string(),
  text: z.string(),
  /** The author called it a false alarm for this case. */
  dismissed: z.boolean(),
});
export type ReviewFinding = z.infer<typeof reviewFindingSchema>;

export const reviewSchema = z.object({
  caseId: caseIdSchema,
  findings: z.array(reviewFindingSchema),
  /** Findings neither replaced nor dismissed: sharing is refused while this is above 0. */
  unresolved: z.number().int(),
  indexDate: isoDate.nullable(),
});
export type Review = z.infer<typeof reviewSchema>;

const dismissalSchema = z.object({
  caseId: caseIdSchema,
  field: z.enum(CASE_TEXT_FIELDS),
  type: z.enum(PHI_TYPES),
  text: z.string().min(1).max(500),
});

/** A span to replace: an engine finding, or one the author marked by hand. */
export const replaceSpanSchema = z.object({
  field: z.enum(CASE_TEXT_FIELDS),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  type: z.enum(PHI_TYPES),
  /** The text the author saw there; the replacement is refused if the stored text differs. */
  text: z.string().min(1),
});
export type ReplaceSpan = z.infer<typeof replaceSpanSchema>;

/** The texts of the fields a replacement touched, by field. */
const replacedTextsSchema = z.partialRecord(z.enum(CASE_TEXT_FIELDS), z.string());

export const deidApi = defineDomain('deid', {
  /** Runs the engine on the stored case, as the sharing gate will. */
  'deid.review': { input: z.object({ caseId: caseIdSchema }), output: reviewSchema },
  'deid.dismiss': { input: dismissalSchema, output: reviewSchema },
  /** Undo of a dismissal. */
  'deid.undismiss': { input: dismissalSchema, output: reviewSchema },
  /** Replaces spans with the policy's placeholders (consistent within the case) and records it in the history. */
  'deid.replace': {
    input: z.object({ caseId: caseIdSchema, spans: z.array(replaceSpanSchema).min(1).max(2_000) }),
    /** `before`: the stored texts of the fields it changed, as they were, for an undo (kept in memory only). */
    output: z.object({ case: caseSchema, before: replacedTextsSchema, review: reviewSchema }),
  },
  /**
   * Undo of the last replacement: puts `before` back where the stored text is still exactly
   * `after` (nothing typed since) and `after` is what that replacement left, and records it in the history.
   */
  'deid.undoReplace': {
    input: z.object({ caseId: caseIdSchema, before: replacedTextsSchema, after: replacedTextsSchema }),
    output: z.object({ case: caseSchema, review: reviewSchema }),
  },
  /** The index date dates are counted from (`day 0`); null to clear. */
  'deid.setIndexDate': {
    input: z.object({ caseId: caseIdSchema, indexDate: isoDate.nullable() }),
    output: reviewSchema,
  },
});
