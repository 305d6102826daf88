import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render as testingLibraryRender } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ApiClient } from '../api/client';
import { ApiProvider } from '../app/api-context';
import { theme } from '../app/theme';

/** Renders inside MantineProvider + Notifications + the given API client (usually a fake). */
export function render(ui: ReactNode, { api }: { api: ApiClient }) {
  return testingLibraryRender(ui, {
    wrapper: ({ children }: { children: ReactNode }) => (
      <MantineProvider theme={theme} env="test">
        <Notifications />
        <ApiProvider api={api}>{children}</ApiProvider>
      </MantineProvider>
    ),
  });
}

export * from '@testing-library/react';
