import type { RoundsBridge } from '../shared/api';

declare global {
  interface Window {
    /** Set by the Electron preload (src/preload/index.ts); absent in host mode, where the client uses the WebSocket. */
    rounds?: RoundsBridge;
  }
}

export {};
