import { useEffect, useMemo, useState } from 'react';
import type { Specialty } from '../../../shared/api';
import type { ApiClient } from '../api/client';
import { useApi } from './api-context';

const cache = new WeakMap<ApiClient, Promise<Specialty[]>>();

function loadSpecialties(api: ApiClient): Promise<Specialty[]> {
  let pending = cache.get(api);
  if (!pending) {
    pending = api.call('taxonomy.specialties');
    pending.catch(() => cache.delete(api));
    cache.set(api, pending);
  }
  return pending;
}

export interface SpecialtyIndex {
  list: Specialty[];
  /** Display name for an id; the id itself when unknown. */
  name(id: string): string;
  /** Select data grouped by specialty group. */
  selectData: { group: string; items: { value: string; label: string }[] }[];
  loading: boolean;
}

/** The specialty taxonomy, fetched once per API client. */
export function useSpecialties(): SpecialtyIndex {
  const api = useApi();
  const [list, setList] = useState<Specialty[] | null>(null);

  useEffect(() => {
    let alive = true;
    loadSpecialties(api).then(
      (specialties) => alive && setList(specialties),
      () => alive && setList([]),
    );
    return () => {
      alive = false;
    };
  }, [api]);

  return useMemo(() => {
    const specialties = list ?? [];
    const byId = new Map(specialties.map((s) => [s.id, s.name]));
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const s of specialties) {
      const items = groups.get(s.group) ?? [];
      items.push({ value: s.id, label: s.name });
      groups.set(s.group, items);
    }
    return {
      list: specialties,
      name: (id: string) => byId.get(id) ?? id,
      selectData: [...groups].map(([group, items]) => ({ group, items })),
      loading: list === null,
    };
  }, [list]);
}
