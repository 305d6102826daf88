import { RoundsError } from '../../shared/api';

/** A file Rounds will not store, with a message the author can act on. */
export function refuse(message: string, reason: string): RoundsError {
  return new RoundsError('invalid_input', message, { reason });
}
