import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

/** Light/dark is remembered across reloads. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'rounds.color-scheme' });
