import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconPlus, IconSortAscending, IconSortDescending, IconTrash, IconNotebook } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  AGE_BANDS,
  CASE_SORTS,
  CASE_STATUSES,
  type CaseFilters,
  type CaseSort,
  type CaseSummary,
} from '../../../../shared/api';
import { useApi } from '../../app/api-context';
import { STATUS_COLORS, capitalise, formatWhen } from '../../app/labels';
import { errorMessage, notifyError } from '../../app/notify';
import { SpecialtySelect } from '../../components/SpecialtySelect/SpecialtySelect';
import { useSpecialties } from '../../app/use-specialties';

export const PAGE_SIZE = 50;

const SORT_LABELS: Record<CaseSort, string> = { updated: 'Last updated', created: 'Created', title: 'Title' };

export interface LibraryPageProps {
  onOpen(id: string): void;
  onNew(): void;
  onImport(): void;
}

interface ListState {
  items: CaseSummary[];
  total: number;
}

export function LibraryPage({ onOpen, onNew, onImport }: LibraryPageProps) {
  const api = useApi();
  const specialties = useSpecialties();
  const [filters, setFilters] = useState<CaseFilters>({});
  const [sort, setSort] = useState<CaseSort>('updated');
  const [direction, setDirection] = useState<'asc' | 'desc'>('desc');
  const [list, setList] = useState<ListState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [tags, setTags] = useState<{ value: string; count: number }[]>([]);
  const shown = useRef(PAGE_SIZE);
  const request = useRef(0);

  /** Reloads everything currently shown (at least one page), dropping answers that arrive out of order. */
  const reload = useCallback(async () => {
    const mine = ++request.current;
    try {
      const page = await api.call('cases.list', { filters, sort, direction, limit: Math.min(500, shown.current), offset: 0 });
      if (mine === request.current) {
        setList(page);
        setError(null);
      }
    } catch (e) {
      if (mine === request.current) setError(errorMessage(e));
    }
    api.call('cases.tags').then(setTags, () => undefined);
  }, [api, filters, sort, direction]);

  useEffect(() => {
    shown.current = PAGE_SIZE;
    void reload();
  }, [reload]);

  useEffect(() => api.on('cases.changed', () => void reload()), [api, reload]);

  const loadMore = async () => {
    if (!list) return;
    setLoadingMore(true);
    try {
      const page = await api.call('cases.list', { filters, sort, direction, limit: PAGE_SIZE, offset: list.items.length });
      shown.current = list.items.length + page.items.length;
      setList({ items: [...list.items, ...page.items], total: page.total });
    } catch (e) {
      notifyError('Could not load more cases', e);
    } finally {
      setLoadingMore(false);
    }
  };

  const remove = async (item: CaseSummary) => {
    const label = item.title || 'Untitled case';
    try {
      await api.call('cases.delete', { id: item.id });
    } catch (e) {
      notifyError(`Could not delete “${label}”`, e);
      return;
    }
    setList((l) => (l ? { items: l.items.filter((c) => c.id !== item.id), total: l.total - 1 } : l));
    const notificationId = `deleted-${item.id}`;
    const undo = async () => {
      notifications.hide(notificationId);
      try {
        await api.call('cases.restore', { id: item.id });
        notifications.show({ color: 'teal', message: `Restored “${label}”` });
        void reload();
      } catch (e) {
        notifyError(`Could not restore “${label}”`, e);
      }
    };
    notifications.show({
      id: notificationId,
      title: 'Case moved to the bin',
      autoClose: 10_000,
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" truncate>
            “{label}”
          </Text>
          <Button size="compact-sm" variant="light" onClick={() => void undo()}>
            Undo
          </Button>
        </Group>
      ),
    });
  };

  const setFilter = <K extends keyof CaseFilters>(key: K, value: CaseFilters[K] | null) =>
    setFilters((f) => {
      const next = { ...f };
      if (value) next[key] = value;
      else delete next[key];
      return next;
    });
  const filtered = Object.keys(filters).length > 0;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Library
        </Title>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onImport}>
            Import
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={onNew}>
            New case
          </Button>
        </Group>
      </Group>

      <Paper withBorder p="sm" radius="md" component="section" aria-label="Filters and sort">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SpecialtySelect label="Specialty" value={filters.specialty ?? null} onChange={(v) => setFilter('specialty', v)} clearable w={220} placeholder="Any specialty" />
          <Select
            label="Tag"
            searchable
            clearable
            w={180}
            placeholder="Any tag"
            data={tags.map((t) => ({ value: t.value, label: `${t.value} (${t.count})` }))}
            value={filters.tag ?? null}
            onChange={(v) => setFilter('tag', v)}
            nothingFoundMessage="No such tag"
          />
          <Select
            label="Status"
            clearable
            w={130}
            placeholder="Any status"
            data={CASE_STATUSES.map((s) => ({ value: s, label: capitalise(s) }))}
            value={filters.status ?? null}
            onChange={(v) => setFilter('status', v as CaseFilters['status'] | null)}
          />
          <Select
            label="Age band"
            clearable
            w={170}
            placeholder="Any age"
            data={AGE_BANDS.map((a) => ({ value: a, label: a === 'unknown' ? 'Not set' : a }))}
            value={filters.ageBand ?? null}
            onChange={(v) => setFilter('ageBand', v as CaseFilters['ageBand'] | null)}
          />
          <Select
            label="Sort by"
            w={150}
            allowDeselect={false}
            data={CASE_SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))}
            value={sort}
            onChange={(v) => v && setSort(v as CaseSort)}
          />
          <Tooltip label={direction === 'asc' ? 'Ascending' : 'Descending'}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={direction === 'asc' ? 'Sort ascending (click for descending)' : 'Sort descending (click for ascending)'}
              onClick={() => setDirection((d) => (d === 'asc' ? 'desc' : 'asc'))}
            >
              {direction === 'asc' ? <IconSortAscending size={18} /> : <IconSortDescending size={18} />}
            </ActionIcon>
          </Tooltip>
          {filtered && (
            <Button variant="subtle" onClick={() => setFilters({})}>
              Clear filters
            </Button>
          )}
        </Group>
      </Paper>

      {error && (
        <Alert color="red" title="Could not load the library">
          <Group justify="space-between">
            <Text size="sm">{error}</Text>
            <Button size="xs" variant="light" onClick={() => void reload()}>
              Try again
            </Button>
          </Group>
        </Alert>
      )}

      {!list && !error && (
        <Group justify="center" p="xl">
          <Loader aria-label="Loading cases" />
        </Group>
      )}

      {list && list.items.length === 0 && (
        <EmptyState
          icon={<IconNotebook size={32} />}
          withIndicatorBackground
          title={filtered ? 'No cases match these filters' : 'No cases yet'}
          description={
            filtered
              ? 'Clear a filter or two to see more of your library.'
              : 'No cases yet — write your first case or import a JSON Lines file.'
          }
        >
          <EmptyState.Actions>
            {filtered ? (
              <Button variant="light" onClick={() => setFilters({})}>
                Clear filters
              </Button>
            ) : (
              <>
                <Button onClick={onNew}>Write your first case</Button>
                <Button variant="default" onClick={onImport}>
                  Import a JSON Lines file
                </Button>
              </>
            )}
          </EmptyState.Actions>
        </EmptyState>
      )}

      {list && list.items.length > 0 && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {list.total === 1 ? '1 case' : `${list.total.toLocaleString()} cases`}
            {filtered ? ' match' : ''}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table highlightOnHover verticalSpacing="sm" aria-label="Cases">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Specialty</Table.Th>
                  <Table.Th>Age · sex</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Updated</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((c) => {
                  const label = c.title || 'Untitled case';
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component="button" type="button" fw={500} onClick={() => onOpen(c.id)} ta="left">
                          {label}
                        </Anchor>
                        {c.tags.length > 0 && (
                          <Group gap={4} mt={4}>
                            {c.tags.slice(0, 5).map((t) => (
                              <Badge key={t} size="xs" variant="outline" tt="none">
                                {t}
                              </Badge>
                            ))}
                          </Group>
                        )}
                      </Table.Td>
                      <Table.Td>{c.specialty ? specialties.name(c.specialty) : <Text span c="dimmed" size="sm">—</Text>}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {c.ageBand === 'unknown' ? '—' : c.ageBand} · {c.sex === 'unknown' ? '—' : c.sex}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLORS[c.status]} variant="light">
                          {c.status}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {formatWhen(c.updatedAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Tooltip label="Move to the bin (you can undo)">
                          <ActionIcon variant="subtle" color="red" aria-label={`Delete “${label}”`} onClick={() => void remove(c)}>
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.items.length < list.total && (
            <Group justify="center">
              <Button variant="default" onClick={() => void loadMore()} loading={loadingMore}>
                Load more ({list.items.length.toLocaleString()} of {list.total.toLocaleString()} shown)
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
