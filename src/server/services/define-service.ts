import { type z } from 'zod';
import {
  contract,
  isMethodName,
  RoundsError,
  type MethodName,
  type Output,
  type ParsedInput,
} from '../../shared/api';
import type { ServiceContext } from './context';

/**
 * A handler returns its result, or a promise of it when it must wait for I/O
 * that has no synchronous form (image decoding with sharp). Database work stays
 * synchronous (better-sqlite3), so most handlers are plain functions.
 */
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: ServiceContext,
) => Output<M> | Promise<Output<M>>;

type DomainOf<M extends string> = M extends `${infer D}.${string}` ? D : never;
type MethodsOf<D extends string> = Extract<MethodName, `${D}.${string}`>;

export interface Service {
  readonly domain: string;
  readonly handlers: Record<string, (input: never, ctx: ServiceContext) => unknown>;
}

/** One service per domain; it must implement every method its domain declares. */
export function defineService<D extends DomainOf<MethodName>>(
  domain: D,
  handlers: { [M in MethodsOf<D>]: Handler<M> },
): Service {
  return { domain, handlers: handlers as Service['handlers'] };
}

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

export interface Router {
  methods(): MethodName[];
  /**
   * Validates the input, runs the handler, validates the output. Throws RoundsError.
   * For a handler that is asynchronous it throws instead of returning a promise,
   * so a synchronous caller never sends `{}` for a result: use `callAsync`.
   */
  call(method: string, input: unknown): unknown;
  /** Same as `call` for every method, synchronous or not; rejects with RoundsError. Transports use this. */
  callAsync(method: string, input: unknown): Promise<unknown>;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

export function createRouter(services: readonly Service[], ctx: ServiceContext): Router {
  const table = new Map<string, (input: never, ctx: ServiceContext) => unknown>();
  for (const service of services) {
    for (const [name, handler] of Object.entries(service.handlers)) {
      if (!name.startsWith(`${service.domain}.`)) throw new Error(`${name} registered by service ${service.domain}`);
      if (table.has(name)) throw new Error(`duplicate handler for ${name}`);
      table.set(name, handler);
    }
  }
  const missing = Object.keys(contract).filter((name) => !table.has(name));
  if (missing.length) throw new Error(`no handler for ${missing.join(', ')}`);

  function start(method: string, input: unknown): { method: MethodName; value: unknown } {
    if (!isMethodName(method)) throw new RoundsError('unknown_method', `Unknown method ${method}`);
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      throw new RoundsError('invalid_input', `${method}: ${describeZodError(parsed.error)}`, parsed.error.issues);
    }
    const handler = table.get(method)!;
    return { method, value: handler(parsed.data as never, ctx) };
  }

  function finish(method: MethodName, value: unknown): unknown {
    const checked = contract[method].output.safeParse(value);
    if (!checked.success) {
      throw new RoundsError('internal', `${method} returned an invalid result: ${describeZodError(checked.error)}`);
    }
    return checked.data;
  }

  return {
    methods: () => [...table.keys()] as MethodName[],
    call(method, input) {
      const started = start(method, input);
      if (isPromiseLike(started.value)) {
        // Do not leave the work's failure unobserved.
        Promise.resolve(started.value).catch(() => {});
        throw new RoundsError('internal', `${method} is asynchronous: call it with callAsync`);
      }
      return finish(started.method, started.value);
    },
    async callAsync(method, input) {
      const started = start(method, input);
      return finish(started.method, await started.value);
    },
  };
}
