import type { RoundsBridge } from '../../../shared/api';
import { createClient, type ApiClient } from './client';
import { createWebSocketBridge, takeHostToken } from './websocket-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in host mode. */
    rounds?: RoundsBridge;
  }
}

function connect(): RoundsBridge {
  if (window.rounds) return window.rounds;
  const token = takeHostToken(window.location, window.sessionStorage, window.history) ?? '';
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return createWebSocketBridge(`${scheme}://${window.location.host}/rpc?token=${encodeURIComponent(token)}`);
}

export const api: ApiClient = createClient(connect());
export type { ApiClient };
