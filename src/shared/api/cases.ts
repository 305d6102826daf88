import { z } from 'zod';
import {
  AGE_BANDS,
  CASE_STATUSES,
  SEXES,
  caseFieldsSchema,
  caseIdSchema,
  caseSchema,
} from '../model/case';
import { defineDomain } from './define';

export const caseSummarySchema = caseSchema.pick({
  id: true,
  title: true,
  specialty: true,
  tags: true,
  ageBand: true,
  sex: true,
  status: true,
  createdAt: true,
  updatedAt: true,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const CASE_SORTS = ['updated', 'created', 'title'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export const caseFiltersSchema = z.object({
  specialty: z.string().max(80).optional(),
  tag: z.string().max(40).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  sex: z.enum(SEXES).optional(),
});
export type CaseFilters = z.infer<typeof caseFiltersSchema>;

export const caseListInputSchema = z.object({
  filters: caseFiltersSchema.default({}),
  sort: z.enum(CASE_SORTS).default('updated'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
export type CaseListInput = z.input<typeof caseListInputSchema>;

/** One line of a JSON Lines import that failed, by its 1-based line number. */
export const badLineSchema = z.object({ line: z.number().int().min(1), reason: z.string() });
export type BadLine = z.infer<typeof badLineSchema>;

export const caseHistoryEntrySchema = z.object({
  at: z.iso.datetime({ offset: false }),
  kind: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type CaseHistoryEntry = z.infer<typeof caseHistoryEntrySchema>;

export const IMPORT_BATCH_MAX_LINES = 5_000;

export const casesApi = defineDomain('cases', {
  'cases.create': {
    input: z.object({ fields: caseFieldsSchema.partial().default({}) }),
    output: caseSchema,
  },
  'cases.get': { input: z.object({ id: caseIdSchema }), output: caseSchema },
  /** Autosave: a partial update of a draft's fields. */
  'cases.update': {
    input: z.object({ id: caseIdSchema, fields: caseFieldsSchema.partial() }),
    output: caseSchema,
  },
  'cases.setStatus': {
    input: z.object({ id: caseIdSchema, status: z.enum(CASE_STATUSES) }),
    output: caseSchema,
  },
  'cases.list': {
    input: caseListInputSchema,
    output: z.object({ items: z.array(caseSummarySchema), total: z.number().int() }),
  },
  /** Moves a case to the bin; `cases.restore` undoes it. */
  'cases.delete': { input: z.object({ id: caseIdSchema }), output: z.object({ id: caseIdSchema }) },
  'cases.restore': { input: z.object({ id: caseIdSchema }), output: caseSchema },
  'cases.tags': {
    input: z.object({}).default({}),
    output: z.array(z.object({ value: z.string(), count: z.number().int() })),
  },
  /**
   * One batch of a JSON Lines import. Lines are numbered from `firstLine` so bad
   * lines are reported by their number in the file. Valid lines are written in
   * one transaction; bad ones are reported and skipped.
   *
   * `more: true` says more batches of the same import follow: the full-text
   * index is then built once, in one pass, by the first batch sent without
   * `more` (an empty `lines` is fine: it just finishes the import), which is
   * much faster for big imports. Until then the imported cases are stored but
   * not yet searchable; a search finishes the pending indexing first.
   */
  'cases.importLines': {
    input: z.object({
      lines: z.array(z.string()).max(IMPORT_BATCH_MAX_LINES),
      firstLine: z.number().int().min(1).default(1),
      more: z.boolean().default(false),
    }),
    output: z.object({
      imported: z.number().int(),
      bad: z.array(badLineSchema),
      /** Lines marked shared that failed the de-identification gate: imported as drafts. */
      demoted: z.array(badLineSchema),
    }),
  },
  /** What happened to the case on this machine, oldest first (never shared). */
  'cases.history': {
    input: z.object({ id: caseIdSchema }),
    output: z.array(caseHistoryEntrySchema),
  },
  /**
   * The case as a Markdown document to send outside Rounds. Sharing, so it
   * passes the de-identification gate first.
   */
  'cases.exportMarkdown': {
    input: z.object({ id: caseIdSchema }),
    output: z.object({ fileName: z.string(), markdown: z.string() }),
  },
  /** One page of a JSON Lines export, in creation order; pass `nextCursor` back until it is null. */
  'cases.exportLines': {
    input: z.object({
      cursor: z.string().nullable().default(null),
      limit: z.number().int().min(1).max(IMPORT_BATCH_MAX_LINES).default(1_000),
    }),
    output: z.object({ lines: z.array(z.string()), nextCursor: z.string().nullable(), total: z.number().int() }),
  },
});
