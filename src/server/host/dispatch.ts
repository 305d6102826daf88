import { toErrorPayload, type RpcResponse } from '../../shared/api';
import type { Router } from '../services/define-service';

/**
 * The one place a transport turns a raw request into an `{id, ok, value|error}`
 * response. Electron IPC and the host-mode WebSocket both call it, so they
 * cannot drift apart. Never rejects. Asynchronous because some handlers are
 * (attachments.add/redact decode images with sharp).
 */
export async function dispatch(router: Router, raw: unknown): Promise<RpcResponse> {
  const request = raw as { id?: unknown; method?: unknown; input?: unknown } | null;
  const id = typeof request?.id === 'number' && Number.isSafeInteger(request.id) ? request.id : 0;
  if (!request || typeof request !== 'object' || typeof request.method !== 'string') {
    return { id, ok: false, error: { code: 'invalid_input', message: 'A request is {id, method, input}.' } };
  }
  try {
    return { id, ok: true, value: await router.callAsync(request.method, request.input) };
  } catch (error) {
    const payload = toErrorPayload(error);
    if (payload.code === 'internal') console.error(`rounds: ${request.method} failed:`, error);
    return { id, ok: false, error: payload };
  }
}
