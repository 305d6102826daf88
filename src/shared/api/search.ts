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
  /** Matching cases; a lower bound when `facetsExact` is false. */
  total: z.number().int(),
  facets: z.object({
    specialty: z.array(facetCountSchema),
    tags: z.array(facetCountSchema),
    ageBand: z.array(facetCountSchema),
    sex: z.array(facetCountSchema),
    status: z.array(facetCountSchema),
  }),
  /**
   * True when `total` and the facet counts cover every match. False when the
   * query has only very common words (or none) and matched more cases than
   * the search counts (2,000): counts then cover the 2,000 most recently added
   * matches and `total` is a lower bound — show it as "2,000+".
   */
  facetsExact: z.boolean(),
  /**
   * The words actually searched: the last one completed to its most frequent
   * indexed words when searching as you type; very common words left out when
   * rarer ones are present.
   */
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
