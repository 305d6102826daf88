/**
 * `npm run import -- --data-dir <dir> <file.jsonl>`: JSON Lines into the
 * library through the same service path as the UI (`cases.importLines`), in
 * batches of 2,000 lines streamed with readline.
 * Exit 0 all imported, 1 some lines were bad, 2 refused (usage, locked, unreadable).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { BadLine, Output } from '../../shared/api';
import { openDataDir, resolveDataDir, type DataDir } from '../data-dir';
import { describeOpenError, EXIT_FAILED, EXIT_OK, EXIT_REFUSED, formatRate, positionals } from './common';
import { createRounds } from '../services';

export const IMPORT_BATCH_LINES = 2_000;
const MAX_LISTED_BAD_LINES = 50;

const args = process.argv.slice(2);
const file = positionals(args, ['data-dir'])[0];

function refuse(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(EXIT_REFUSED);
}

if (!file) refuse('usage: npm run import -- --data-dir <dir> <file.jsonl>');
if (!existsSync(file)) refuse(`rounds import: ${file} does not exist.`);

let dataDir: DataDir;
try {
  dataDir = openDataDir(resolveDataDir(args), 'import');
} catch (error) {
  refuse(`rounds import: ${describeOpenError(error) ?? String(error)}`);
}

const started = performance.now();
const { router } = createRounds(dataDir.library);
let lineCount = 0;
let imported = 0;
let badCount = 0;
const listed: BadLine[] = [];

let demotedCount = 0;

/** `more` defers the full-text build; the last batch (possibly empty) builds it in one pass. */
async function flush(lines: string[], firstLine: number, more: boolean): Promise<void> {
  const result = (await router.callAsync('cases.importLines', { lines, firstLine, more })) as Output<'cases.importLines'>;
  imported += result.imported;
  badCount += result.bad.length;
  demotedCount += result.demoted.length;
  for (const bad of [...result.bad, ...result.demoted]) if (listed.length < MAX_LISTED_BAD_LINES) listed.push(bad);
}

let code = EXIT_OK;
try {
  const reader = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let batch: string[] = [];
  let batchStart = 1;
  for await (const line of reader) {
    lineCount++;
    batch.push(lineCount === 1 ? line.replace(/^\uFEFF/, '') : line);
    if (batch.length === IMPORT_BATCH_LINES) {
      await flush(batch, batchStart, true);
      batch = [];
      batchStart = lineCount + 1;
    }
  }
  await flush(batch, batchStart, false);
  const elapsed = performance.now() - started;
  for (const bad of listed) process.stdout.write(`line ${bad.line}: ${bad.reason}\n`);
  const unlisted = badCount + demotedCount - listed.length;
  if (unlisted > 0) process.stdout.write(`… and ${unlisted} more ${demotedCount ? 'reported' : 'bad'} lines\n`);
  const drafts = demotedCount ? `, ${demotedCount} shared lines imported as drafts` : '';
  process.stdout.write(
    `Imported ${imported} cases from ${lineCount} lines (${badCount} bad${drafts}) into ${dataDir.dir} in ${formatRate(imported, elapsed)}\n`,
  );
  if (badCount > 0) code = EXIT_FAILED;
} catch (error) {
  process.stderr.write(`rounds import: failed after ${lineCount} lines: ${(error as Error).message}\n`);
  code = EXIT_FAILED;
} finally {
  dataDir.close();
}
process.exitCode = code;
