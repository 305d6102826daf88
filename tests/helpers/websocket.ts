import WebSocket from 'ws';

/** Opens a WebSocket from Node and resolves with the close code the server sends (bounded wait). */
export function closeCode(url: string, headers: Record<string, string> = {}, timeoutMs = 5_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`no close within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    ws.on('error', () => {});
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
