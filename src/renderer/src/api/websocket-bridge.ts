import type { EventName, RoundsBridge, RpcEvent, RpcRequest, RpcResponse } from '../../../shared/api';

/** The bits of window.location / sessionStorage / history used here (structural, so Node tests can load this file). */
interface LocationLike {
  hash: string;
  pathname: string;
  search: string;
}
interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
interface HistoryLike {
  replaceState(data: unknown, unused: string, url?: string | null): void;
}

/** The host-mode token arrives in the URL fragment once; keep it for reloads, drop it from the address bar. */
export function takeHostToken(location: LocationLike, storage: StorageLike, history: HistoryLike): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem('rounds.hostToken', match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem('rounds.hostToken');
}

/** Backoff between reconnects; after the last one the bridge gives up (bounded: ~1 minute in all). */
export const RECONNECT_DELAYS_MS = [250, 500, 1000, 2000, 4000, 4000, 8000, 8000, 16000, 16000];
/** Server refusals: retrying will not help. */
const REFUSED: Record<number, string> = {
  4401: 'This page has no valid access token. Open Rounds again from the link printed where you started it.',
  4403: 'Rounds refused a connection from this page (wrong origin).',
};

/** The part of the DOM WebSocket the bridge uses; node's `ws` has it too, so tests can pass that. */
export interface WebSocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface WebSocketBridgeOptions {
  WebSocket?: WebSocketConstructor;
  delays?: readonly number[];
}

const OPEN = 1;

/**
 * Host mode: the same request/response/event messages as Electron IPC, over a
 * WebSocket to 127.0.0.1. Reconnects with bounded backoff; calls made while
 * disconnected wait for the socket, calls in flight when it drops fail, and
 * once the server refuses (4401/4403) or the retries run out every call
 * answers `{ok: false}` at once instead of hanging.
 */
export function createWebSocketBridge(url: string, options: WebSocketBridgeOptions = {}): RoundsBridge & { close(): void } {
  const Impl = options.WebSocket ?? (globalThis as unknown as { WebSocket: WebSocketConstructor }).WebSocket;
  const delays = options.delays ?? RECONNECT_DELAYS_MS;
  let socket: WebSocketLike | null = null;
  let nextId = 1;
  let attempt = 0;
  /** Set once the bridge has stopped for good; every call answers with it. */
  let fatal: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const pending = new Map<number, (response: RpcResponse) => void>();
  const waiting = new Set<{ resolve: (ws: WebSocketLike) => void; reject: (reason: string) => void }>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  function stop(reason: string): void {
    fatal = reason;
    if (timer) clearTimeout(timer);
    for (const w of waiting) w.reject(reason);
    waiting.clear();
  }

  function connect(): void {
    const ws = new Impl(url);
    ws.onopen = () => {
      socket = ws;
      for (const w of waiting) w.resolve(ws);
      waiting.clear();
    };
    ws.onmessage = (message) => {
      let data: RpcResponse | RpcEvent;
      try {
        data = JSON.parse(String(message.data)) as RpcResponse | RpcEvent;
      } catch {
        return;
      }
      // A server that answers is a working server: reset the backoff (not on open: a refusal opens first).
      attempt = 0;
      if ('event' in data) {
        listeners.get(data.event)?.forEach((listener) => listener(data.payload));
        return;
      }
      pending.get(data.id)?.(data);
      pending.delete(data.id);
    };
    ws.onerror = () => {};
    ws.onclose = (event) => {
      if (socket === ws) socket = null;
      const refused = REFUSED[event.code];
      for (const [id, settle] of pending) {
        settle({
          id,
          ok: false,
          error: { code: 'internal', message: refused ?? `Lost the connection to Rounds (${event.code}); try again.` },
        });
      }
      pending.clear();
      if (fatal) return;
      if (refused) return stop(refused);
      const delay = delays[attempt++];
      if (delay === undefined) return stop('Cannot reach Rounds. Is it still running? Start it again and reload this page.');
      timer = setTimeout(connect, delay);
    };
  }

  function ready(): Promise<WebSocketLike> {
    if (socket && socket.readyState === OPEN) return Promise.resolve(socket);
    if (fatal) return Promise.reject(fatal);
    return new Promise((resolve, reject) => waiting.add({ resolve, reject }));
  }

  connect();

  return {
    async invoke(method, input) {
      const id = nextId++;
      let ws: WebSocketLike;
      try {
        ws = await ready();
      } catch (reason) {
        return { id, ok: false, error: { code: 'internal', message: String(reason) } };
      }
      const request: RpcRequest = { id, method, input };
      return new Promise<RpcResponse>((resolve) => {
        pending.set(id, resolve);
        ws.send(JSON.stringify(request));
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    /** Stops reconnecting and closes the socket (tests; a page just unloads). */
    close() {
      stop('The connection to Rounds was closed.');
      socket?.close(1000);
    },
  };
}
