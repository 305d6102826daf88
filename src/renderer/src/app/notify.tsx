import { notifications } from '@mantine/notifications';
import { RoundsError } from '../../../shared/api';

/** A sentence a clinician can act on, from whatever the API (or the browser) threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof RoundsError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function notifyError(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });
}
