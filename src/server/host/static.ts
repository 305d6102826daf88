import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The host-mode page policy: same as the desktop app's, plus the WebSocket back to this host. */
export function hostContentSecurityPolicy(port: number): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine writes style attributes and a <style> for its CSS variables.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface StaticHandler {
  (req: IncomingMessage, res: ServerResponse): void;
}

/**
 * Serves the built renderer: content types from a fixed table, nothing outside
 * `root`, index.html for any unknown path without a file extension (the SPA
 * routes), security headers on everything, index.html never cached.
 */
export function createStaticHandler(root: string, port: number): StaticHandler {
  const base = resolve(root);
  const csp = hostContentSecurityPolicy(port);

  // The desktop build uses relative asset URLs (file://); in host mode a deep
  // route such as /cases/123 must still find ./assets, so pin the base.
  function indexHtml(): Buffer {
    const html = readFileSync(join(base, 'index.html'), 'utf8');
    return Buffer.from(html.includes('<base ') ? html : html.replace(/<head>/i, '<head>\n    <base href="/" />'));
  }

  function send(res: ServerResponse, status: number, type: string, body: Buffer | string, cache: string): void {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': cache,
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
    });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  function notFound(res: ServerResponse): void {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found\n', 'no-store');
  }

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', 'no-store');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', 'Bad request\n', 'no-store');
      return;
    }
    if (pathname.includes('\0')) {
      send(res, 400, 'text/plain; charset=utf-8', 'Bad request\n', 'no-store');
      return;
    }
    const file = resolve(base, `.${pathname}`);
    const rel = relative(base, file);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      notFound(res);
      return;
    }
    const ext = extname(file).toLowerCase();
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile || rel === 'index.html') {
      // SPA fallback: routes have no extension; a missing asset is a real 404.
      if (isFile || ext === '' || ext === '.html') {
        send(res, 200, CONTENT_TYPES['.html']!, indexHtml(), 'no-store');
      } else notFound(res);
      return;
    }
    const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
    // Vite fingerprints everything under assets/, so those may be cached for good.
    const cache = rel.startsWith(`assets`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    send(res, 200, type, readFileSync(file), cache);
  };
}
