/**
 * `npm run export -- --data-dir <dir> <file.jsonl>`: every case as JSON Lines,
 * in creation order, paged through `cases.exportLines` and written with
 * backpressure. Exit 0 done, 1 failed, 2 refused (usage, locked, unreadable).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Output } from '../../shared/api';
import { openDataDir, resolveDataDir, type DataDir } from '../data-dir';
import { describeOpenError, EXIT_FAILED, EXIT_OK, EXIT_REFUSED, formatRate, positionals } from './common';
import { createRounds } from '../services';

const PAGE_LINES = 2_000;

const args = process.argv.slice(2);
const file = positionals(args, ['data-dir'])[0];

function refuse(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(EXIT_REFUSED);
}

if (!file) refuse('usage: npm run export -- --data-dir <dir> <file.jsonl>');

let dataDir: DataDir;
try {
  dataDir = openDataDir(resolveDataDir(args), 'export');
} catch (error) {
  refuse(`rounds export: ${describeOpenError(error) ?? String(error)}`);
}

const started = performance.now();
const { router } = createRounds(dataDir.library);
let written = 0;
let code = EXIT_OK;
const out = createWriteStream(file, { encoding: 'utf8' });
try {
  let cursor: string | null = null;
  do {
    const page = (await router.callAsync('cases.exportLines', { cursor, limit: PAGE_LINES })) as Output<'cases.exportLines'>;
    for (const line of page.lines) {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
      written++;
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  out.end();
  await once(out, 'finish');
  process.stdout.write(`Exported ${written} cases from ${dataDir.dir} to ${file} in ${formatRate(written, performance.now() - started)}\n`);
} catch (error) {
  out.destroy();
  process.stderr.write(`rounds export: failed after ${written} cases: ${(error as Error).message}\n`);
  code = EXIT_FAILED;
} finally {
  dataDir.close();
}
process.exitCode = code;
