/** The real import/export CLIs, run with tsx in child processes on temp data directories. */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../src/shared/api';
import { startHost } from '../../src/server/host';
import { tempRounds } from '../helpers/library';

const TSX = resolve('node_modules/tsx/dist/cli.mjs');
const root = mkdtempSync(join(tmpdir(), 'rounds-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(script: 'import' | 'export', args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [TSX, `src/server/cli/${script}.ts`, ...args], {
      env: { ...process.env, ROUNDS_DATA_DIR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not finish in 60 s`));
    }, 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** Real case lines, as the service itself exports them. */
let goodLines: string[] = [];
beforeAll(() => {
  const source = tempRounds();
  for (let i = 0; i < 30; i++) {
    source.call('cases.create', {
      fields: {
        title: `Case ${i}: chest pain after exertion`,
        presentation: `A patient in their fifties with ${i} days of symptoms, "quoted" and unicode ✓.`,
        tags: [`tag-${i % 4}`],
      },
    });
    source.tick();
  }
  const page = source.call<Output<'cases.exportLines'>>('cases.exportLines', { limit: 100 });
  goodLines = page.lines;
  source.cleanup();
  expect(goodLines).toHaveLength(30);
});

describe('npm run import / export', () => {
  it('imports good lines, reports bad ones by line number, and exports the same lines back', async () => {
    const input = join(root, 'input.jsonl');
    const withBad = [...goodLines.slice(0, 10), '{not json', ...goodLines.slice(10, 20), '{"id":"nope"}', '', ...goodLines.slice(20)];
    writeFileSync(input, `${withBad.join('\n')}\n`);
    const dataDir = join(root, 'library');

    const imported = await run('import', ['--data-dir', dataDir, input]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(1); // done, but some lines were bad
    expect(imported.stdout).toContain('line 11: not JSON');
    expect(imported.stdout).toMatch(/line 22: .*id/);
    expect(imported.stdout).toMatch(/Imported 30 cases from 33 lines \(2 bad\) into .* in [\d.]+ s, [\d,]+ cases\/s/);

    // The last batch built the full-text index in one pass: nothing is left pending.
    const check = new Database(join(dataDir, 'rounds.sqlite'), { readonly: true });
    expect(check.prepare('SELECT count(*) AS n FROM fts_pending').get()).toEqual({ n: 0 });
    expect(check.prepare("SELECT count(*) AS n FROM cases_fts WHERE cases_fts MATCH 'exertion'").get()).toEqual({ n: 30 });
    check.close();

    const output = join(root, 'output.jsonl');
    const exported = await run('export', ['--data-dir', dataDir, output]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/Exported 30 cases .* cases\/s/);
    expect(readFileSync(output, 'utf8')).toBe(`${goodLines.join('\n')}\n`);
  });

  it('a clean file exits 0, and importing it again replaces rather than duplicates', async () => {
    const input = join(root, 'clean.jsonl');
    writeFileSync(input, `${goodLines.join('\r\n')}\r\n`);
    const dataDir = join(root, 'clean-library');
    expect((await run('import', [`--data-dir=${dataDir}`, input])).code).toBe(0);
    expect((await run('import', ['--data-dir', dataDir, input])).code).toBe(0);
    const output = join(root, 'clean-out.jsonl');
    expect((await run('export', ['--data-dir', dataDir, output])).code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(`${goodLines.join('\n')}\n`);
  });

  it('imports a line marked shared that fails the de-identification gate as a draft, and says so', async () => {
    const input = join(root, 'shared.jsonl');
    const leaky = { ...(JSON.parse(goodLines[0]!) as Record<string, unknown>), status: 'shared', history: 'Seen by Dr. Amara Nwosu.' };
    writeFileSync(input, `${JSON.stringify(leaky)}\n`);
    const result = await run('import', ['--data-dir', join(root, 'shared-library'), input]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/line 1: marked shared but 1 possible identifier\(s\) are unresolved; imported as a draft/);
    expect(result.stdout).toContain('Imported 1 cases from 1 lines (0 bad, 1 shared lines imported as drafts)');
  });

  it('lists at most 50 bad lines and says how many more', async () => {
    const input = join(root, 'many-bad.jsonl');
    writeFileSync(input, Array.from({ length: 63 }, (_, i) => `bad ${i}`).join('\n'));
    const result = await run('import', ['--data-dir', join(root, 'bad-library'), input]);
    expect(result.code).toBe(1);
    expect(result.stdout.match(/^line \d+: /gm)).toHaveLength(50);
    expect(result.stdout).toContain('… and 13 more bad lines');
    expect(result.stdout).toContain('Imported 0 cases from 63 lines (63 bad)');
  });

  it('refuses with exit code 2 while a host holds the data directory', async () => {
    const dataDir = join(root, 'held');
    const rendererDir = join(root, 'no-renderer');
    const host = await startHost({ dataDir, port: 0, rendererDir, log: () => {} });
    try {
      const input = join(root, 'input.jsonl');
      const imported = await run('import', ['--data-dir', dataDir, input]);
      expect(imported.code).toBe(2);
      expect(imported.stderr).toContain(`is in use by another Rounds process (pid ${process.pid}, host`);
      expect(imported.stderr).toContain('Close it first');
      const exported = await run('export', ['--data-dir', dataDir, join(root, 'never.jsonl')]);
      expect(exported.code).toBe(2);
      expect(exported.stderr).toContain('in use by another Rounds process');
    } finally {
      await host.close();
    }
    expect((await run('export', ['--data-dir', dataDir, join(root, 'after.jsonl')])).code).toBe(0);
  });

  it('refuses without a data directory or file, exit code 2', async () => {
    const noDir = await run('import', [join(root, 'input.jsonl')]);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toContain('--data-dir');
    const noFile = await run('import', ['--data-dir', join(root, 'x')]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('usage');
    const missing = await run('import', ['--data-dir', join(root, 'x'), join(root, 'missing.jsonl')]);
    expect(missing.code).toBe(2);
  });
});
