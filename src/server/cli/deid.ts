/**
 * Batch de-identification: npm run deid -- <in.jsonl> <out.jsonl>
 *
 * Input lines: {"id","text"[,"indexDate"]}. Output lines: {"id","spans":[{"start","end","type"}],"text"}
 * where text is the redacted text with every finding accepted. Streams (readline in, write
 * stream out with backpressure), reports bad lines by number on stderr and goes on.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { applyReplacements, findIdentifiers } from '../../shared/deid/index';

async function main(argv: string[]): Promise<number> {
  const [inPath, outPath] = argv;
  if (!inPath || !outPath) {
    process.stderr.write('usage: npm run deid -- <in.jsonl> <out.jsonl>\n');
    return 2;
  }
  const started = performance.now();
  const input = createReadStream(inPath, { encoding: 'utf8' });
  const output = createWriteStream(outPath, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let ok = 0;
  let bad = 0;
  let chars = 0;
  const byType: Record<string, number> = {};
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let rec: { id?: unknown; text?: unknown; indexDate?: unknown };
    try {
      rec = JSON.parse(line);
    } catch (e) {
      bad++;
      process.stderr.write(`line ${lineNo}: invalid JSON (${(e as Error).message})\n`);
      continue;
    }
    if (typeof rec !== 'object' || rec === null || typeof rec.text !== 'string' || (typeof rec.id !== 'string' && typeof rec.id !== 'number')) {
      bad++;
      process.stderr.write(`line ${lineNo}: expected {"id","text"[,"indexDate"]}\n`);
      continue;
    }
    if (rec.indexDate !== undefined && (typeof rec.indexDate !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(rec.indexDate))) {
      bad++;
      process.stderr.write(`line ${lineNo}: indexDate must be YYYY-MM-DD\n`);
      continue;
    }
    const findings = findIdentifiers(rec.text);
    const redacted = applyReplacements(rec.text, findings, { indexDate: rec.indexDate as string | undefined });
    for (const f of findings) byType[f.type] = (byType[f.type] ?? 0) + 1;
    chars += rec.text.length;
    ok++;
    const out = JSON.stringify({ id: rec.id, spans: findings.map((f) => ({ start: f.start, end: f.end, type: f.type })), text: redacted.text }) + '\n';
    if (!output.write(out)) await once(output, 'drain');
  }
  output.end();
  await once(output, 'finish');
  const secs = (performance.now() - started) / 1000;
  const findings = Object.values(byType).reduce((a, b) => a + b, 0);
  process.stderr.write(
    `deid: ${ok} records, ${bad} bad lines, ${findings} findings (${Object.entries(byType)
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}), ${(chars / 1e6).toFixed(2)} M chars in ${secs.toFixed(2)} s\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`deid: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
