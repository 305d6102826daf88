import {
  RoundsError,
  type EventName,
  type Events,
  type Input,
  type MethodName,
  type Output,
  type RoundsBridge,
} from '../../../shared/api';

/** The typed API the UI calls; the same for Electron IPC and host-mode WebSocket. */
export interface ApiClient {
  call<M extends MethodName>(method: M, ...input: Record<string, never> extends Input<M> ? [Input<M>?] : [Input<M>]): Promise<Output<M>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

export function createClient(bridge: RoundsBridge): ApiClient {
  return {
    async call(method, ...args) {
      const response = await bridge.invoke(method, args[0] ?? {});
      if (!response.ok) throw RoundsError.fromPayload(response.error);
      return response.value as never;
    },
    on(event, listener) {
      return bridge.on(event, listener as (payload: unknown) => void);
    },
  };
}
