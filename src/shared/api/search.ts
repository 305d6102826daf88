import { z } from 'zod';
import { AGE_BANDS, CASE_STATUSES, SEXES } from '../model/case';
import { caseFiltersSchema, caseSummarySchema } from './cases';
import { defineDomain } from './define';

/** Snippets mark matched terms with these control characters; the UI turns them into <mark>. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export const facetCountSchema = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCountSchema>;

export const searchHitSchema = caseSummarySchema.extend({
  snippet: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  hits: z.array(searchHitSchema),
  total: z.number().int(),
  facets: z.object({
    specialty: z.array(facetCountSchema),
    tags: z.array(facetCountSchema),
    ageBand: z.array(facetCountSchema),
    sex: z.array(facetCountSchema),
    status: z.array(facetCountSchema),
  }),
  /** The words actually searched, after the last one was completed as a prefix. */
  terms: z.array(z.string()),
  elapsedMs: z.number(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchApi = defineDomain('search', {
  'search.query': {
    input: z.object({
      text: z.string().max(500),
      filters: caseFiltersSchema.default({}),
      limit: z.number().int().min(1).max(100).default(20),
      /** Treat the last word as a prefix (search as you type). */
      prefix: z.boolean().default(true),
    }),
    output: searchResultSchema,
  },
});

export const FACET_KEYS = ['specialty', 'tags', 'ageBand', 'sex', 'status'] as const;
export { AGE_BANDS, CASE_STATUSES, SEXES };
