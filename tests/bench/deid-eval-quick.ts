// quick dev evaluation: npx tsx tests/bench/deid-eval-quick.ts [split]
import { readFileSync } from 'node:fs';
import { findIdentifiers } from '../../src/shared/deid/index';
import { scoreCorpus, type LabelledDoc } from '../../src/shared/deid/evaluate';
const split = process.argv[2] ?? 'dev';
const docs: LabelledDoc[] = readFileSync(new URL('../fixtures/deid/corpus.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((d: LabelledDoc) => split === 'all' || d.split === split);
const s = scoreCorpus(docs, (d) => findIdentifiers(d.text));
console.log(`${split}: docs ${s.docs} recall ${s.recall.toFixed(3)} (${s.caught}/${s.identifiers}) precision ${s.precision.toFixed(3)} (${s.correct}/${s.predicted}) keep ${s.keepRate.toFixed(3)} (${s.kept}/${s.keepPhrases}) typeAcc ${s.typeAccuracy.toFixed(3)}`);
for (const [t, v] of Object.entries(s.perType)) console.log(`  ${t.padEnd(12)} ${v.caught}/${v.total}`);
for (const m of s.misses) console.log(`  ${m.kind.padEnd(20)} ${m.id.padEnd(12)} ${m.type.padEnd(10)} ${JSON.stringify(m.text)} ${m.detail ?? ''}`);
