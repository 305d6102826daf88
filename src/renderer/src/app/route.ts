import { useCallback, useEffect, useState } from 'react';

/** What the main area shows; kept in the URL query so a reload returns to the same place. */
export type Route =
  | { view: 'library' }
  | { view: 'case'; id: string }
  | { view: 'search'; q: string }
  | { view: 'transfer' };

export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const id = params.get('id');
  if (view === 'case' && id) return { view: 'case', id };
  if (view === 'search') return { view: 'search', q: params.get('q') ?? '' };
  if (view === 'transfer') return { view: 'transfer' };
  return { view: 'library' };
}

export function routeToSearch(route: Route): string {
  const params = new URLSearchParams({ view: route.view });
  if (route.view === 'case') params.set('id', route.id);
  if (route.view === 'search' && route.q) params.set('q', route.q);
  return `?${params.toString()}`;
}

export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

/**
 * The current route, from `location.search`. Only the query is touched: the
 * host-mode token lives in the hash and belongs to the API client.
 */
export function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.search));

  useEffect(() => {
    const onPop = () => setRoute(parseRoute(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback<Navigate>((next, options) => {
    const url = window.location.pathname + routeToSearch(next) + window.location.hash;
    if (options?.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    setRoute(next);
  }, []);

  return [route, navigate];
}
