import { Alert, Button, Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import type { Persona } from '../../../shared/api';
import type { ApiClient } from '../api/client';
import { ErrorBoundary } from '../components/ErrorBoundary/ErrorBoundary';
import { Onboarding } from '../features/onboarding/Onboarding';
import { ApiProvider, useApi } from './api-context';
import { errorMessage } from './notify';
import { Shell } from './Shell';
import { colorSchemeManager, theme } from './theme';

type PersonaState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; persona: Persona | null };

/** Onboarding until there is an active persona, then the app. */
function Root() {
  const api = useApi();
  const [state, setState] = useState<PersonaState>({ kind: 'loading' });

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    api.call('personas.active').then(
      (persona) => setState({ kind: 'ready', persona }),
      (e: unknown) => setState({ kind: 'failed', message: errorMessage(e) }),
    );
  }, [api]);

  useEffect(load, [load]);

  if (state.kind === 'loading') {
    return (
      <Center mih="100vh">
        <Stack align="center" gap="xs">
          <Loader aria-label="Opening your library" />
          <Text c="dimmed" size="sm">
            Opening your library…
          </Text>
        </Stack>
      </Center>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Center mih="100vh" p="md">
        <Alert color="red" title="Could not open your library" maw={520}>
          <Stack gap="sm">
            <Text size="sm">{state.message}</Text>
            <Button variant="light" onClick={load}>
              Try again
            </Button>
          </Stack>
        </Alert>
      </Center>
    );
  }
  if (!state.persona) return <Onboarding onDone={(persona) => setState({ kind: 'ready', persona })} />;
  return <Shell persona={state.persona} />;
}

export function App({ api }: { api: ApiClient }) {
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      <ErrorBoundary>
        <ApiProvider api={api}>
          <Root />
        </ApiProvider>
      </ErrorBoundary>
    </MantineProvider>
  );
}
