/**
 * Host mode: the built renderer and the API over a WebSocket, on 127.0.0.1
 * only, for a browser on this machine. The same router as the desktop app;
 * the wire is `src/renderer/src/api/websocket-bridge.ts`:
 * ws://127.0.0.1:<port>/rpc?token=<token>, JSON RpcRequest/RpcResponse/RpcEvent.
 * Refusals: 4401 wrong or missing token, 4403 an Origin other than this host.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { RpcEvent } from '../shared/api';
import { openDataDir, type DataDir } from './data-dir';
import { dispatch } from './host/dispatch';
import { createStaticHandler } from './host/static';
import { MAX_ATTACHMENT_BYTES } from '../shared/api/attachments';
import { createRounds, type Rounds } from './services';

export const CLOSE_BAD_TOKEN = 4401;
export const CLOSE_FOREIGN_ORIGIN = 4403;
/** The largest request is an attachment: base64 of MAX_ATTACHMENT_BYTES plus the JSON around it. */
const MAX_MESSAGE_BYTES = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 1024 * 1024;
/** A client that stops reading is dropped rather than buffered without bound (room for a few full-size images). */
const MAX_BUFFERED_BYTES = 4 * MAX_MESSAGE_BYTES;

export interface HostOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Tests may pass a fixed token; otherwise 32 random bytes, base64url. */
  token?: string;
  /** Where refusals are logged; stderr by default. */
  log?: (line: string) => void;
}

export interface Host {
  /** `http://127.0.0.1:<port>/#token=<token>`: the page takes the token from the fragment. */
  url: string;
  port: number;
  token: string;
  rounds: Rounds;
  dataDir: DataDir;
  /** Closes sockets and the server, closes the database (WAL checkpoint), releases the lock. Idempotent. */
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startHost(options: HostOptions): Promise<Host> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const token = options.token ?? newToken();
  const dataDir = openDataDir(options.dataDir, 'host');
  const rounds = createRounds(dataDir.library);

  let port = 0;
  let handleStatic: ReturnType<typeof createStaticHandler> | null = null;
  // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still says Host: evil.example.
  const isOurHost = (host: string | undefined) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  const server = createServer((req, res) => {
    if (!isOurHost(req.headers.host)) {
      log(`rounds host: refused a request for host ${JSON.stringify(req.headers.host ?? '')}`);
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Misdirected request\n');
      return;
    }
    if (!handleStatic) {
      res.writeHead(503).end();
      return;
    }
    handleStatic(req, res);
  });
  const sockets = new Set<Socket>();
  /** Calls still running, so close() does not shut the database under them. */
  const inflight = new Set<Promise<void>>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/rpc' || !isOurHost(req.headers.host)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    // Accept the handshake first so the refusal reaches the client as a close code.
    wss.handleUpgrade(req, socket, head, (ws) => {
      const origin = req.headers.origin;
      const allowed = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
      // Browsers always send Origin; node clients (tests, scripts) send none and still need the token.
      if (origin !== undefined && !allowed.includes(origin)) {
        log(`rounds host: refused a WebSocket from foreign origin ${JSON.stringify(origin)} (${CLOSE_FOREIGN_ORIGIN})`);
        ws.close(CLOSE_FOREIGN_ORIGIN, 'foreign origin');
        return;
      }
      const given = url.searchParams.get('token') ?? '';
      if (!sameSecret(given, token)) {
        log(`rounds host: refused a WebSocket with ${given ? 'a wrong' : 'no'} token (${CLOSE_BAD_TOKEN})`);
        ws.close(CLOSE_BAD_TOKEN, 'bad token');
        return;
      }
      wss.emit('connection', ws, req);
    });
  });

  wss.on('connection', (ws: WebSocket) => {
    const send = (message: unknown) => {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
        ws.close(1008, 'client is not reading');
        return;
      }
      ws.send(JSON.stringify(message));
    };
    const unsubscribe = rounds.ctx.events.subscribe((event, payload) => {
      const message: RpcEvent = { event, payload };
      send(message);
    });
    ws.on('message', (data, isBinary) => {
      let request: unknown;
      try {
        request = isBinary ? undefined : JSON.parse(data.toString());
      } catch {
        request = undefined;
      }
      const answer = dispatch(rounds.router, request).then(send);
      inflight.add(answer);
      void answer.finally(() => inflight.delete(answer));
    });
    ws.on('close', unsubscribe);
    ws.on('error', (error) => log(`rounds host: socket error: ${error.message}`));
  });

  try {
    port = await listen(server, options.port);
  } catch (error) {
    dataDir.close();
    throw error;
  }
  handleStatic = createStaticHandler(options.rendererDir, port);

  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    rounds,
    dataDir,
    close() {
      closing ??= (async () => {
        for (const ws of wss.clients) ws.close(1001, 'Rounds is shutting down');
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          // Give clients a moment to answer the close frame, then cut what is left.
          setTimeout(() => {
            for (const ws of wss.clients) ws.terminate();
            for (const socket of sockets) socket.destroy();
          }, 200).unref();
        });
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        await Promise.race([Promise.allSettled([...inflight]), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
        dataDir.close();
      })();
      return closing;
    },
  };
}
