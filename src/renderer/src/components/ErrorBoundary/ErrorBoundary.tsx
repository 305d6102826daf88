import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Where "Go back" leads; without it only "Try again" and "Reload" are offered. */
  onReset?(): void;
  resetLabel?: string;
}

interface State {
  error: Error | null;
}

/** Catches render errors so a clinician never faces a blank screen; their saved work is in the library. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Rounds UI error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert role="alert" color="red" icon={<IconAlertTriangle />} title="Something went wrong on this screen" m="md">
        <Stack gap="sm">
          <Text size="sm">
            Your saved cases are safe in the library. Try again, or reload Rounds if this keeps happening.
          </Text>
          <Code block>{error.message}</Code>
          <Group>
            <Button variant="light" onClick={() => this.setState({ error: null })}>
              Try again
            </Button>
            {this.props.onReset && (
              <Button
                variant="light"
                onClick={() => {
                  this.setState({ error: null });
                  this.props.onReset?.();
                }}
              >
                {this.props.resetLabel ?? 'Go back'}
              </Button>
            )}
            <Button variant="subtle" onClick={() => window.location.reload()}>
              Reload Rounds
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
}
