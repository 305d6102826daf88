import type { EventName, Events, Input, MethodName, Output } from '../../../shared/api';
import type { ApiClient } from '../api/client';

export type FakeHandlers = {
  [M in MethodName]?: (input: Input<M>) => Output<M> | Promise<Output<M>>;
};

export interface FakeApi extends ApiClient {
  /** Every call made, in order. */
  calls: { method: MethodName; input: unknown }[];
  callsTo<M extends MethodName>(method: M): Input<M>[];
  emit<E extends EventName>(event: E, payload: Events[E]): void;
}

/**
 * An in-memory ApiClient for component tests: each test supplies the handlers
 * it needs; a call without a handler rejects so the gap is obvious.
 */
export function createFakeApi(handlers: FakeHandlers): FakeApi {
  const calls: { method: MethodName; input: unknown }[] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const fake: FakeApi = {
    calls,
    callsTo: <M extends MethodName>(method: M) => calls.filter((c) => c.method === method).map((c) => c.input as Input<M>),
    async call(method, ...args) {
      const input = args[0] ?? {};
      calls.push({ method, input });
      const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`fake api: no handler for ${method}`);
      return (await handler(input)) as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
    emit(event, payload) {
      listeners.get(event)?.forEach((listener) => (listener as (p: typeof payload) => void)(payload));
    },
  };
  return fake;
}

export const SPECIALTIES = [
  { id: 'cardiology', name: 'Cardiology', group: 'Medicine' },
  { id: 'neurology', name: 'Neurology', group: 'Medicine' },
  { id: 'general-surgery', name: 'General surgery', group: 'Surgery' },
];
