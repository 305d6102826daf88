import { flushPendingIndex } from '../db/queries/cases';
import { searchFacets, searchHits, searchTerms } from '../db/queries/search';
import { defineService } from './define-service';

export const searchService = defineService('search', {
  'search.query': (input, ctx) => {
    const started = performance.now();
    // An import sent with `more` and never finished still becomes searchable here.
    flushPendingIndex(ctx.library.write);
    const terms = searchTerms(input.text);
    const query = { terms, prefix: input.prefix, filters: input.filters, limit: input.limit };
    const hits = terms.length ? searchHits(ctx.library.read, query) : [];
    const { total, facets } = searchFacets(ctx.library.read, query);
    return { hits, total, facets, terms, elapsedMs: performance.now() - started };
  },
});
