/**
 * `npm run security`: electronegativity over src/ (main, preload, renderer
 * HTML and the rest), failing when any HIGH finding is reported. The tool's
 * exit code does not reflect findings, so this reads its CSV report.
 *
 * Offline: the Electron version is passed (-e, read from node_modules) so
 * nothing is looked up, and AvailableSecurityFixesGlobalCheck is excluded
 * because it downloads Electron's release list. The tool still tries to
 * fetch translations once with a 1 s timeout and carries on when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const input = process.argv[2] ?? 'src';
const require = createRequire(import.meta.url);
const electronVersion = (require('electron/package.json') as { version: string }).version;

/** RFC 4180-ish: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field.trim());
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

function scan(report: string): number {
  const bin = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
  const run = spawnSync(
    process.execPath,
    [bin, '-i', input, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report],
    { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 180_000 },
  );
  if (run.status !== 0 || !existsSync(report)) {
    process.stderr.write(run.stdout + run.stderr);
    process.stderr.write(`security: electronegativity did not produce a report (exit ${run.status ?? run.signal}).\n`);
    return 1;
  }
  const [header, ...findings] = parseCsv(readFileSync(report, 'utf8'));
  const col = (name: string) => header?.findIndex((h) => h.toLowerCase() === name) ?? -1;
  const [iIssue, iSeverity, iConfidence, iFile, iLocation, iDescription] = [
    'issue',
    'severity',
    'confidence',
    'filename',
    'location',
    'description',
  ].map(col);
  if ([iIssue, iSeverity, iFile].some((i) => i === undefined || i < 0)) {
    process.stderr.write(`security: unexpected report header: ${header?.join(', ')}\n`);
    return 1;
  }
  const counts: Record<string, number> = {};
  for (const f of findings) {
    const severity = (f[iSeverity!] ?? '').toUpperCase();
    counts[severity] = (counts[severity] ?? 0) + 1;
    process.stdout.write(
      `${severity.padEnd(13)} ${(f[iConfidence!] ?? '').padEnd(9)} ${f[iIssue!]} ${f[iFile!]}:${f[iLocation!]} ${f[iDescription!] ?? ''}\n`,
    );
  }
  const high = counts.HIGH ?? 0;
  const summary = Object.entries(counts)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  process.stdout.write(`electronegativity ${input} (Electron ${electronVersion}): ${findings.length} findings${summary ? ` (${summary})` : ''}\n`);
  if (high > 0) {
    process.stderr.write(`security: ${high} HIGH finding(s); fix them before merging.\n`);
    return 1;
  }
  return 0;
}

const dir = mkdtempSync(join(tmpdir(), 'rounds-security-'));
let code = 1;
try {
  code = scan(join(dir, 'electronegativity.csv'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
