/**
 * Runs sandboxed with context isolation: exposes `window.rounds` with invoke
 * and on, nothing else. ipcRenderer itself never reaches the page.
 * Only `electron` may be imported here (a sandboxed preload has no require
 * for anything else); the shared types are erased at build time.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EventName, RoundsBridge, RpcEvent, RpcResponse } from '../shared/api';

let nextId = 1;

const rounds: RoundsBridge = {
  invoke(method: string, input: unknown): Promise<RpcResponse> {
    if (typeof method !== 'string') return Promise.reject(new TypeError('method must be a string'));
    return ipcRenderer.invoke('rpc', { id: nextId++, method, input }) as Promise<RpcResponse>;
  },
  on(event: EventName, listener: (payload: unknown) => void): () => void {
    const forward = (_sender: IpcRendererEvent, message: RpcEvent) => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on('rpc-event', forward);
    return () => {
      ipcRenderer.removeListener('rpc-event', forward);
    };
  },
};

contextBridge.exposeInMainWorld('rounds', rounds);
