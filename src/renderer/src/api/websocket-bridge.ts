import type { EventName, RoundsBridge, RpcEvent, RpcRequest, RpcResponse } from '../../../shared/api';

/** The host-mode token arrives in the URL fragment once; keep it for reloads, drop it from the address bar. */
export function takeHostToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem('rounds.hostToken', match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem('rounds.hostToken');
}

const RECONNECT_DELAYS_MS = [250, 500, 1000, 2000, 4000];

/**
 * Host mode: the same request/response/event messages as Electron IPC, over a
 * WebSocket to 127.0.0.1. Reconnects with backoff; calls made while
 * disconnected wait for the socket, calls in flight when it drops fail.
 */
export function createWebSocketBridge(url: string): RoundsBridge {
  let socket: WebSocket | null = null;
  let nextId = 1;
  let attempt = 0;
  const pending = new Map<number, (response: RpcResponse) => void>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let ready: Promise<WebSocket> = connect();

  function connect(): Promise<WebSocket> {
    return new Promise((resolve) => {
      const ws = new WebSocket(url);
      ws.onopen = () => {
        attempt = 0;
        socket = ws;
        resolve(ws);
      };
      ws.onmessage = (message) => {
        const data = JSON.parse(String(message.data)) as RpcResponse | RpcEvent;
        if ('event' in data) {
          listeners.get(data.event)?.forEach((listener) => listener(data.payload));
          return;
        }
        pending.get(data.id)?.(data);
        pending.delete(data.id);
      };
      ws.onclose = (event) => {
        socket = null;
        for (const [id, settle] of pending) {
          settle({
            id,
            ok: false,
            error: { code: 'internal', message: `Lost the connection to Rounds (${event.code}); try again.` },
          });
        }
        pending.clear();
        // 4401/4403: refused by the server (bad token or origin); retrying will not help.
        if (event.code === 4401 || event.code === 4403) return;
        const delay = RECONNECT_DELAYS_MS[Math.min(attempt++, RECONNECT_DELAYS_MS.length - 1)];
        ready = new Promise((later) => setTimeout(() => connect().then(later), delay));
        ready.then(resolve);
      };
    });
  }

  return {
    async invoke(method, input) {
      const ws = socket ?? (await ready);
      const id = nextId++;
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
  };
}
