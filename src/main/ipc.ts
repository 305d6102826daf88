/**
 * The Electron transport: one `rpc` channel (ipcMain.handle) carrying
 * RpcRequest → RpcResponse to the same router as host mode, and server
 * pushes sent to the window as `rpc-event` RpcEvent messages.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { RpcEvent, RpcResponse } from '../shared/api';
import type { EventBus } from '../server/services/context';
import type { Router } from '../server/services/define-service';
import { dispatch } from '../server/host/dispatch';

export const RPC_CHANNEL = 'rpc';
export const RPC_EVENT_CHANNEL = 'rpc-event';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, message: RpcEvent): void;
}

export interface RpcOptions {
  ipcMain: IpcMainLike;
  router: Router;
  events: EventBus;
  /** The window's webContents to push events to, or null while there is none. */
  target(): EventTarget | null;
  /** Only our own page may call: the sender frame must be the app's. */
  isTrustedSender?(event: IpcMainInvokeEvent): boolean;
}

/** Registers the channel and the event forwarding; returns a function that removes both. */
export function registerRpc(options: RpcOptions): () => void {
  options.ipcMain.handle(RPC_CHANNEL, async (event, request): Promise<RpcResponse> => {
    if (options.isTrustedSender && !options.isTrustedSender(event)) {
      const id = (request as { id?: unknown } | null)?.id;
      return {
        id: typeof id === 'number' ? id : 0,
        ok: false,
        error: { code: 'internal', message: 'Refused: the request did not come from the Rounds window.' },
      };
    }
    return dispatch(options.router, request);
  });
  const unsubscribe = options.events.subscribe((event, payload) => {
    const target = options.target();
    if (target && !target.isDestroyed()) target.send(RPC_EVENT_CHANNEL, { event, payload });
  });
  return () => {
    unsubscribe();
    options.ipcMain.removeHandler(RPC_CHANNEL);
  };
}
