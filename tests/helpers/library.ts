import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, type Library } from '../../src/server/db/connection';
import { createRounds, type Rounds } from '../../src/server/services';

/** A real SQLite library in a fresh temp directory, removed by `cleanup`. */
export function tempLibrary(): { dir: string; path: string; library: Library; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'rounds-test-'));
  const path = join(dir, 'rounds.sqlite');
  const library = openLibrary(path);
  return {
    dir,
    path,
    library,
    cleanup() {
      library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Services over a temp library, with a controllable clock. */
export function tempRounds(start = new Date('2026-01-05T09:00:00.000Z')) {
  const lib = tempLibrary();
  let clock = start.getTime();
  const rounds: Rounds = createRounds(lib.library, { now: () => new Date(clock), blobDir: join(lib.dir, 'blobs') });
  return {
    ...lib,
    rounds,
    call: <T = unknown>(method: string, input: unknown = {}) => rounds.router.call(method, input) as T,
    /** For methods whose handler is asynchronous (attachments.add, attachments.redact). */
    callAsync: <T = unknown>(method: string, input: unknown = {}) => rounds.router.callAsync(method, input) as Promise<T>,
    tick(ms = 1000) {
      clock += ms;
    },
  };
}
