/** Error codes every transport carries unchanged, so the UI can explain them. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'not_ready',
  'deid_unresolved',
  'unknown_method',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** The one error type services throw; transports serialise it as {code, message, details}. */
export class RoundsError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'RoundsError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, details: this.details };
  }

  static fromPayload(payload: ErrorPayload): RoundsError {
    return new RoundsError(payload.code, payload.message, payload.details);
  }
}

export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof RoundsError) return error.toPayload();
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
