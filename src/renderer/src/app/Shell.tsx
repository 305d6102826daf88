import {
  ActionIcon,
  AppShell,
  Burger,
  Group,
  Kbd,
  Modal,
  NavLink,
  Table,
  Text,
  Title,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconFilePlus,
  IconHelp,
  IconLibrary,
  IconMoon,
  IconSearch,
  IconStethoscope,
  IconSun,
  IconTransfer,
} from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Persona } from '../../../shared/api';
import { ErrorBoundary } from '../components/ErrorBoundary/ErrorBoundary';
import { PersonaBadge } from '../components/PersonaBadge/PersonaBadge';
import { CaseEditor } from '../features/cases/CaseEditor';
import { LibraryPage } from '../features/library/LibraryPage';
import { SearchPage } from '../features/search/SearchPage';
import { TransferPage } from '../features/transfer/TransferPage';
import { useApi } from './api-context';
import { notifyError } from './notify';
import { useRoute, type Route } from './route';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: [MOD, 'K'], action: 'Search cases (from anywhere)' },
  { keys: [MOD, 'N'], action: 'New case (desktop app)' },
  { keys: ['Alt', 'N'], action: 'New case (also in a browser)' },
  { keys: [MOD, 'S'], action: 'Save the case now (it also saves by itself)' },
  { keys: ['↑', '↓', 'Enter'], action: 'Move through search results and open one' },
  { keys: ['?'], action: 'Show these shortcuts' },
];

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <Tooltip label={`Switch to ${next} theme`}>
      <ActionIcon variant="default" size="lg" aria-label={`Switch to ${next} theme`} onClick={() => setColorScheme(next)}>
        {computed === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

export function Shell({ persona }: { persona: Persona }) {
  const api = useApi();
  const [route, navigate] = useRoute();
  const [navOpen, nav] = useDisclosure(false);
  const [helpOpen, help] = useDisclosure(false);
  const [searchFocus, setSearchFocus] = useState(0);
  const creating = useRef(false);

  const go = useCallback(
    (next: Route) => {
      navigate(next);
      nav.close();
    },
    [navigate, nav],
  );

  const newCase = useCallback(async () => {
    if (creating.current) return;
    creating.current = true;
    try {
      const created = await api.call('cases.create', { fields: { specialty: persona.specialty } });
      go({ view: 'case', id: created.id });
    } catch (e) {
      notifyError('Could not start a new case', e);
    } finally {
      creating.current = false;
    }
  }, [api, go, persona.specialty]);

  const openSearch = useCallback(() => {
    if (route.view !== 'search') go({ view: 'search', q: '' });
    setSearchFocus((n) => n + 1);
  }, [go, route.view]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && key === 'k') {
        event.preventDefault();
        openSearch();
      } else if ((mod && !event.altKey && key === 'n') || (event.altKey && !mod && event.code === 'KeyN')) {
        event.preventDefault();
        void newCase();
      } else if (event.key === '?' && !mod && !isEditable(event.target)) {
        event.preventDefault();
        help.open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openSearch, newCase, help]);

  const toLibrary = () => go({ view: 'library' });

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={navOpen ? 'Close navigation' : 'Open navigation'} />
            <IconStethoscope size={24} aria-hidden />
            <Title order={2} size="h4" visibleFrom="xs">
              Rounds
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <PersonaBadge persona={persona} />
            <Tooltip label="Keyboard shortcuts (?)">
              <ActionIcon variant="default" size="lg" aria-label="Keyboard shortcuts" onClick={help.open}>
                <IconHelp size={18} />
              </ActionIcon>
            </Tooltip>
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label="Main navigation" component="nav">
        <NavLink
          label="Library"
          leftSection={<IconLibrary size={18} />}
          active={route.view === 'library' || route.view === 'case'}
          aria-current={route.view === 'library' ? 'page' : undefined}
          onClick={toLibrary}
          component="button"
        />
        <NavLink
          label="New case"
          leftSection={<IconFilePlus size={18} />}
          rightSection={<Kbd size="xs">{MOD} N</Kbd>}
          onClick={() => void newCase()}
          component="button"
        />
        <NavLink
          label="Search"
          leftSection={<IconSearch size={18} />}
          rightSection={<Kbd size="xs">{MOD} K</Kbd>}
          active={route.view === 'search'}
          aria-current={route.view === 'search' ? 'page' : undefined}
          onClick={openSearch}
          component="button"
        />
        <NavLink
          label="Import/Export"
          leftSection={<IconTransfer size={18} />}
          active={route.view === 'transfer'}
          aria-current={route.view === 'transfer' ? 'page' : undefined}
          onClick={() => go({ view: 'transfer' })}
          component="button"
        />
      </AppShell.Navbar>

      <AppShell.Main>
        <ErrorBoundary key={route.view === 'case' ? `case-${route.id}` : route.view} onReset={toLibrary} resetLabel="Back to the library">
          {route.view === 'library' && (
            <LibraryPage onOpen={(id) => go({ view: 'case', id })} onNew={() => void newCase()} onImport={() => go({ view: 'transfer' })} />
          )}
          {route.view === 'case' && <CaseEditor id={route.id} onBack={toLibrary} />}
          {route.view === 'search' && (
            <SearchPage
              initialQuery={route.q}
              focusSignal={searchFocus}
              onOpen={(id) => go({ view: 'case', id })}
              onQueryChange={(q) => navigate({ view: 'search', q }, { replace: true })}
            />
          )}
          {route.view === 'transfer' && <TransferPage />}
        </ErrorBoundary>
      </AppShell.Main>

      <Modal opened={helpOpen} onClose={help.close} title="Keyboard shortcuts">
        <Table aria-label="Keyboard shortcuts">
          <Table.Tbody>
            {SHORTCUTS.map((s) => (
              <Table.Tr key={s.action}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' '}
                      <Kbd>{k}</Kbd>
                    </span>
                  ))}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{s.action}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Modal>
    </AppShell>
  );
}
