/**
 * `npm run serve -- --data-dir <dir> --port <port>`: host mode. Builds the
 * renderer first if out/renderer is missing, prints exactly one line with the
 * URL (token in the fragment) and shuts down cleanly on Ctrl+C / SIGTERM.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveDataDir } from '../data-dir';
import { describeOpenError, EXIT_REFUSED, flag } from './common';
import { startHost } from '../host';

const args = process.argv.slice(2);
const projectRoot = resolve(import.meta.dirname, '../../..');
const rendererDir = resolve(flag(args, 'renderer-dir') ?? join(projectRoot, 'out/renderer'));

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(EXIT_REFUSED);
}

const portText = flag(args, 'port') ?? process.env.ROUNDS_PORT ?? '0';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0..65535, not ${portText}`);

let dataDir: string;
try {
  dataDir = resolveDataDir(args);
} catch (error) {
  fail(describeOpenError(error) ?? String(error));
}

if (!existsSync(join(rendererDir, 'index.html'))) {
  process.stderr.write(`rounds: ${rendererDir} is missing; building the app once (electron-vite build)…\n`);
  const built = spawnSync(process.execPath, [join(projectRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.status !== 0 || !existsSync(join(rendererDir, 'index.html'))) fail('rounds: the build failed; see above.');
}

try {
  const host = await startHost({ dataDir, port, rendererDir });
  process.stdout.write(`Rounds is running at ${host.url}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`rounds: ${signal}, shutting down…\n`);
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`rounds: shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  const message = describeOpenError(error);
  if (message) fail(message);
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`rounds: port ${port} is already in use; try --port 0.`);
  throw error;
}
