import {
  Alert,
  Badge,
  Box,
  Chip,
  CloseButton,
  Group,
  Kbd,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { FACET_KEYS, type CaseFilters, type SearchResult } from '../../../../shared/api';
import { useApi } from '../../app/api-context';
import { STATUS_COLORS, capitalise } from '../../app/labels';
import { errorMessage } from '../../app/notify';
import { useSpecialties } from '../../app/use-specialties';
import { Snippet } from '../../components/Snippet/Snippet';

export const SEARCH_DEBOUNCE_MS = 120;

type FacetKey = (typeof FACET_KEYS)[number];
const FACET_FILTER: Record<FacetKey, keyof CaseFilters> = {
  specialty: 'specialty',
  tags: 'tag',
  ageBand: 'ageBand',
  sex: 'sex',
  status: 'status',
};
const FACET_TITLES: Record<FacetKey, string> = {
  specialty: 'Specialty',
  tags: 'Tags',
  ageBand: 'Age band',
  sex: 'Sex',
  status: 'Status',
};

/** The total, as "2,000+" when the search stopped counting (then it is a lower bound). */
export function formatTotal(result: SearchResult): string {
  const capped = 'facetsExact' in result && result.facetsExact === false;
  return `${result.total.toLocaleString()}${capped ? '+' : ''}`;
}

export interface SearchPageProps {
  initialQuery?: string;
  onOpen(id: string): void;
  /** Called (debounced) with the query so the URL can remember it. */
  onQueryChange?(query: string): void;
  /** Bump to focus the search box again (Ctrl+K while already here). */
  focusSignal?: number;
}

export function SearchPage({ initialQuery = '', onOpen, onQueryChange, focusSignal = 0 }: SearchPageProps) {
  const api = useApi();
  const specialties = useSpecialties();
  const [text, setText] = useState(initialQuery);
  const [filters, setFilters] = useState<CaseFilters>({});
  const [result, setResult] = useState<SearchResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const onQueryChangeRef = useRef(onQueryChange);

  useEffect(() => {
    onQueryChangeRef.current = onQueryChange;
  }, [onQueryChange]);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusSignal]);

  // Search as you type: debounce, and keep only the newest answer.
  useEffect(() => {
    const mine = ++latest.current;
    setLoading(true);
    const timer = setTimeout(() => {
      onQueryChangeRef.current?.(text);
      api.call('search.query', { text, filters, limit: 50, prefix: true }).then(
        (next) => {
          if (mine !== latest.current) return;
          setResult(next);
          setError(null);
          setActive(0);
          setLoading(false);
        },
        (e: unknown) => {
          if (mine !== latest.current) return;
          setError(errorMessage(e));
          setLoading(false);
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, text, filters]);

  // Refresh when the library changes (an import, another window).
  useEffect(
    () =>
      api.on('cases.changed', () => {
        const mine = ++latest.current;
        api.call('search.query', { text, filters, limit: 50, prefix: true }).then(
          (next) => mine === latest.current && setResult(next),
          () => undefined,
        );
      }),
    [api, text, filters],
  );

  const hits = result?.hits ?? [];
  const hasText = text.trim().length > 0;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!hits.length) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) onOpen(hit.id);
    }
  };

  useEffect(() => {
    document.getElementById(`search-hit-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const facetLabel = (key: FacetKey, value: string) => {
    if (key === 'specialty') return specialties.name(value);
    if (value === 'unknown') return 'Not set';
    return key === 'sex' || key === 'status' ? capitalise(value) : value;
  };

  const toggleFacet = (key: FacetKey, value: string) => {
    const filterKey = FACET_FILTER[key];
    setFilters((f) => {
      const next = { ...f } as Record<string, string>;
      if (next[filterKey] === value) delete next[filterKey];
      else next[filterKey] = value;
      return next as CaseFilters;
    });
  };

  const activeFilters = Object.entries(filters) as [keyof CaseFilters, string][];

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Search
      </Title>
      <TextInput
        ref={input}
        size="md"
        label="Search cases"
        description={
          <>
            Titles, tags and every CARE section; the last word matches as a prefix. <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> move,{' '}
            <Kbd size="xs">Enter</Kbd> opens.
          </>
        }
        placeholder="e.g. syncope athlete"
        leftSection={<IconSearch size={18} />}
        rightSection={loading ? <Loader size="xs" aria-label="Searching" /> : null}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={hits.length ? `search-hit-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
      />

      {activeFilters.length > 0 && (
        <Group gap="xs" aria-label="Active filters" role="group">
          {activeFilters.map(([key, value]) => {
            const facetKey = (Object.keys(FACET_FILTER) as FacetKey[]).find((k) => FACET_FILTER[k] === key) ?? 'tags';
            return (
              <Badge
                key={key}
                variant="light"
                tt="none"
                rightSection={
                  <CloseButton size="xs" aria-label={`Remove filter ${FACET_TITLES[facetKey]}: ${facetLabel(facetKey, value)}`} onClick={() => toggleFacet(facetKey, value)} />
                }
              >
                {FACET_TITLES[facetKey]}: {facetLabel(facetKey, value)}
              </Badge>
            );
          })}
        </Group>
      )}

      {error && (
        <Alert color="red" title="Search failed">
          {error}
        </Alert>
      )}

      {result && (
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="search-summary">
          {hasText
            ? `${formatTotal(result)} ${result.total === 1 ? 'case' : 'cases'} · ${Math.max(0, result.elapsedMs).toFixed(result.elapsedMs < 10 ? 1 : 0)} ms`
            : `${formatTotal(result)} ${result.total === 1 ? 'case' : 'cases'} in the library — type to search`}
        </Text>
      )}

      {result && 'facetsExact' in result && result.facetsExact === false && hasText && (
        <Text size="xs" c="dimmed">
          Very common words match most of the library; counts cover the most recent matches. Add a rarer word to narrow it down.
        </Text>
      )}

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Box style={{ gridColumn: 'span 2' }}>
          <Stack gap="xs" id="search-results" role="listbox" aria-label="Search results">
            {hits.map((hit, i) => (
              <UnstyledButton
                key={hit.id}
                id={`search-hit-${i}`}
                role="option"
                aria-selected={i === active}
                onClick={() => onOpen(hit.id)}
                onMouseMove={() => setActive(i)}
                tabIndex={-1}
              >
                <Paper
                  withBorder
                  p="sm"
                  radius="md"
                  style={
                    i === active
                      ? { borderColor: 'var(--mantine-primary-color-filled)', background: 'var(--mantine-primary-color-light)' }
                      : undefined
                  }
                >
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Text fw={600}>{hit.title || 'Untitled case'}</Text>
                    <Badge size="sm" variant="light" color={STATUS_COLORS[hit.status]}>
                      {hit.status}
                    </Badge>
                  </Group>
                  <Snippet snippet={hit.snippet} mt={4} />
                  <Text size="xs" c="dimmed" mt={4}>
                    {[hit.specialty && specialties.name(hit.specialty), hit.ageBand !== 'unknown' && hit.ageBand, hit.sex !== 'unknown' && hit.sex, ...hit.tags]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Paper>
              </UnstyledButton>
            ))}
          </Stack>
          {result && hasText && hits.length === 0 && !loading && (
            <Text c="dimmed" ta="center" p="xl">
              No cases match “{text.trim()}”{activeFilters.length ? ' with these filters' : ''}. Try fewer or shorter words.
            </Text>
          )}
          {!hasText && (
            <Text c="dimmed" ta="center" p="xl">
              Type a few words — a finding, a drug, a question — to find similar cases in your library.
            </Text>
          )}
        </Box>

        <Stack gap="md" component="aside" aria-label="Refine by">
          {result &&
            FACET_KEYS.map((key) => {
              const counts = result.facets[key];
              if (!counts.length) return null;
              const selected = filters[FACET_FILTER[key]];
              return (
                <Box key={key} role="group" aria-label={`Filter by ${FACET_TITLES[key].toLowerCase()}`}>
                  <Text size="sm" fw={600} mb={4}>
                    {FACET_TITLES[key]}
                  </Text>
                  <Group gap={6}>
                    {counts.slice(0, 12).map((facet) => (
                      <Chip
                        key={facet.value}
                        size="xs"
                        checked={selected === facet.value}
                        onChange={() => toggleFacet(key, facet.value)}
                        aria-label={`${facetLabel(key, facet.value)} (${facet.count})`}
                      >
                        {facetLabel(key, facet.value)} ({facet.count})
                      </Chip>
                    ))}
                  </Group>
                </Box>
              );
            })}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
