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

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: ServiceContext) => Output<M>;

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
  /** Validates the input, runs the handler, validates the output. Throws RoundsError. */
  call(method: string, input: unknown): unknown;
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

  return {
    methods: () => [...table.keys()] as MethodName[],
    call(method, input) {
      if (!isMethodName(method)) throw new RoundsError('unknown_method', `Unknown method ${method}`);
      const spec = contract[method];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new RoundsError('invalid_input', `${method}: ${describeZodError(parsed.error)}`, parsed.error.issues);
      }
      const handler = table.get(method)!;
      const value = handler(parsed.data as never, ctx);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        throw new RoundsError('internal', `${method} returned an invalid result: ${describeZodError(checked.error)}`);
      }
      return checked.data;
    },
  };
}
