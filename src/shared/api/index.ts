import type { z } from 'zod';
import { attachmentsApi } from './attachments';
import { casesApi } from './cases';
import { consentApi } from './consent';
import { deidApi } from './deid';
import { personasApi } from './personas';
import { searchApi } from './search';
import { taxonomyApi } from './taxonomy';
import type { ErrorPayload } from './errors';

/** Every call the UI can make, merged from the domains. Transports route `domain.method` here. */
export const contract = {
  ...casesApi,
  ...consentApi,
  ...deidApi,
  ...personasApi,
  ...searchApi,
  ...taxonomyApi,
  ...attachmentsApi,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
/** What a caller passes (defaults may be omitted). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Server → client pushes. */
export interface Events {
  'cases.changed': { ids: string[] };
}
export type EventName = keyof Events;

/** The wire messages every transport (IPC, WebSocket, tests) carries. */
export interface RpcRequest {
  id: number;
  method: string;
  input: unknown;
}
export type RpcResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: ErrorPayload };
export interface RpcEvent {
  event: EventName;
  payload: unknown;
}

/** What the preload exposes as `window.rounds` and the host-mode client implements too. */
export interface RoundsBridge {
  invoke(method: string, input: unknown): Promise<RpcResponse>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

export * from './errors';
export * from './cases';
export * from './consent';
export * from './deid';
export * from './personas';
export * from './search';
export * from './taxonomy';
export * from './attachments';
