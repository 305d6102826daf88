/**
 * Adds popular given names and surnames from many countries to resources/deid/names.json.
 * Source: sigpwned/popular-names-by-country-dataset (CC0), files
 * common-forenames-by-country.csv and common-surnames-by-country.csv (romanized column),
 * compiled from Wikipedia's lists of most common surnames / most popular given names.
 *
 *   npx tsx scripts/deid-data/add-world-names.ts <folder with the two csv files>
 *
 * Words that are common English words, drugs or medical vocabulary are skipped
 * (the engine treats those as ambiguous anyway). Idempotent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: add-world-names.ts <folder>');
const res = new URL('../../resources/deid/', import.meta.url);
const names = JSON.parse(readFileSync(new URL('names.json', res), 'utf8')) as { source: string; first: string; last: string };
const english = new Set((JSON.parse(readFileSync(new URL('english.json', res), 'utf8')) as { words: string }).words.split('|'));
const drugs = new Set((JSON.parse(readFileSync(new URL('drugs.json', res), 'utf8')) as { words?: string; drugs?: string }).words?.split('|') ?? []);

function column(file: string, header: string): string[] {
  const lines = readFileSync(join(dir!, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const cols = lines[0]!.split(',');
  const i = cols.indexOf(header);
  return lines.slice(1).map((l) => l.split(',')[i] ?? '');
}
const latin = /^[\p{Script=Latin}'’-]+$/u;
function words(values: string[]): Set<string> {
  const out = new Set<string>();
  for (const v of values)
    for (const w of v.toLowerCase().split(/[\s/()]+/)) {
      if (w.length < 3 || !latin.test(w) || english.has(w) || drugs.has(w)) continue;
      out.add(w);
    }
  return out;
}
const first = new Set(names.first.split('|'));
const last = names.last.split('|');
const lastSet = new Set(last);
let addedFirst = 0;
let addedLast = 0;
for (const w of words(column('common-forenames-by-country.csv', 'Romanized Name'))) {
  if (first.has(w)) continue;
  first.add(w);
  addedFirst++;
}
for (const w of words(column('common-surnames-by-country.csv', 'Romanized Name'))) {
  if (lastSet.has(w)) continue;
  last.push(w);
  lastSet.add(w);
  addedLast++;
}
names.first = [...first].sort().join('|');
names.last = last.join('|');
if (!names.source.includes('popular-names-by-country')) names.source += '; world given names and surnames from sigpwned/popular-names-by-country-dataset (CC0)';
writeFileSync(new URL('names.json', res), JSON.stringify(names));
console.log(`added ${addedFirst} given names, ${addedLast} surnames`);
