import { flushPendingIndex } from '../db/queries/cases';
import { planSearch, searchFacets, searchHits } from '../db/queries/search';
import { defineService } from './define-service';

export const searchService = defineService('search', {
  'search.query': (input, ctx) => {
    const started = performance.now();
    // An import sent with `more` and never finished still becomes searchable here.
    flushPendingIndex(ctx.library.write);
    const db = ctx.library.read;
    const plan = planSearch(db, { text: input.text, prefix: input.prefix, filters: input.filters, limit: input.limit });
    const hits = searchHits(db, plan);
    const { total, facets, exact } = searchFacets(db, plan);
    return { hits, total, facets, facetsExact: exact, terms: plan.terms, elapsedMs: performance.now() - started };
  },
});
