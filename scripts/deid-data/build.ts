/**
 * Builds the de-identification dictionaries in resources/deid/ from public-domain /
 * openly licensed source files (see resources/deid/SOURCES.md).
 *
 * Usage: tsx scripts/deid-data/build.ts <sources-dir>
 * where <sources-dir> holds the raw files (names taken from their original
 * distributions):
 *   dist.all.last, dist.female.first, dist.male.first   (US Census 1990 names)
 *   yob1930.txt yob1950.txt ... (any yob*.txt)         (SSA baby names by year of birth)
 *   sub-est2019_all.csv                                 (US Census population estimates, places)
 *   counties.txt                                        (US Census gazetteer counties, pipe-separated)
 *   cities100000.txt                                    (GeoNames, cities >100k)
 *   drugNames.json, activeIngredients.json              (Drugs@FDA product names / active ingredients)
 *   american-english                                    (SCOWL word list, Debian wamerican)
 * Only derived data is written; nothing here is shipped from the raw files verbatim
 * beyond the trimmed lists.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const src = process.argv[2];
if (!src) throw new Error('usage: build.ts <sources-dir>');
const out = join(import.meta.dirname, '../../resources/deid');
const read = (f: string) => readFileSync(join(src, f), 'utf8');

const alpha = /^[a-z][a-z'-]*[a-z]$/;
const norm = (s: string) => s.normalize('NFC').toLowerCase().trim();

// ---- English words (lowercase entries only = common words, not proper nouns)
const english = new Set<string>();
for (const w of read('american-english').split('\n')) {
  if (/^[a-z]+$/.test(w)) english.add(w);
}

// ---- Surnames: Census 1990, rank order, top N
const SURNAME_LIMIT = 40000;
const surnames: string[] = [];
for (const line of read('dist.all.last').split('\n')) {
  const name = line.slice(0, 15).trim();
  if (!name) continue;
  const n = norm(name);
  if (alpha.test(n) && n.length >= 2) surnames.push(n);
  if (surnames.length >= SURNAME_LIMIT) break;
}

// ---- First names: SSA yob*.txt files given (count >= 20 in any one year), plus Census 1990 first names
const firstSet = new Set<string>();
for (const f of readdirSync(src).filter((x) => /^yob\d{4}\.txt$/.test(x))) {
  for (const line of read(f).split('\n')) {
    const [name, , count] = line.trim().split(',');
    if (!name || Number(count) < 20) continue;
    const n = norm(name);
    if (alpha.test(n) && n.length >= 2) firstSet.add(n);
  }
}
for (const f of ['dist.female.first', 'dist.male.first']) {
  for (const line of read(f).split('\n')) {
    const n = norm(line.slice(0, 15));
    if (alpha.test(n) && n.length >= 2) firstSet.add(n);
  }
}
const firstNames = [...firstSet].sort();

// ---- US places: incorporated places / MCDs with population >= 2,500 (2019 estimate)
const placeSet = new Set<string>();
const suffix = /\s+(city|town|village|borough|township|municipality|CDP|urban county|consolidated government.*|metro government.*|unified government.*|\(balance\))$/i;
const csv = read('sub-est2019_all.csv').split('\n');
const header = csv[0]!.split(',');
const iName = header.indexOf('NAME');
const iLev = header.indexOf('SUMLEV');
const iPop = header.indexOf('POPESTIMATE2019');
for (const line of csv.slice(1)) {
  const cols = line.split(',');
  if (cols.length < header.length) continue;
  if (!['162', '170', '171', '172', '061', '071'].includes(cols[iLev]!)) continue;
  if (Number(cols[iPop]) < 2500) continue;
  let name = cols[iName];
  for (let i = 0; i < 3; i++) name = name!.replace(suffix, '');
  name = name!.replace(/\s*\(.*\)$/, '').trim();
  if (name.length >= 3 && !/county|government|^balance/i.test(name)) placeSet.add(name);
}
// ---- US counties (names without "County"/"Parish")
const countySet = new Set<string>();
for (const line of read('counties.txt').split('\n')) {
  const cols = line.split('|');
  if (cols.length < 4) continue;
  const name = cols[3]!.replace(/\s+(County|Parish|Borough|Census Area|City and Borough|Municipality|Municipio|city)$/i, '').trim();
  if (name.length >= 3) countySet.add(name);
}
// ---- World cities (GeoNames cities > 100k): ASCII and UTF-8 primary names only
const worldSet = new Set<string>();
for (const line of read('cities100000.txt').split('\n')) {
  const cols = line.split('\t');
  if (cols.length < 15) continue;
  for (const n of [cols[1], cols[2]]) if (n && n.length >= 3 && !/\d/.test(n)) worldSet.add(n.normalize('NFC'));
}

// ---- Drugs (Drugs@FDA product names + active ingredients): single lowercase words
const drugSet = new Set<string>();
const addDrugText = (t: string) => {
  for (const w of t.toLowerCase().split(/[^a-z-]+/)) {
    if (w.length >= 4 && !english.has(w)) drugSet.add(w);
  }
};
for (const m of read('activeIngredients.json').matchAll(/"ActiveIngredient":\s*"([^"]+)"/g)) addDrugText(m[1]!);
// brand names that are also personal names (Camila, Errin...) are left out: a name must stay detectable
const ingredientWords = new Set(drugSet);
const surnameSet = new Set(surnames);
for (const m of read('drugNames.json').matchAll(/"DrugName":\s*"([^"]+)"/g)) addDrugText(m[1]!);
for (const w of [...drugSet]) if (!ingredientWords.has(w) && (firstSet.has(w) || surnameSet.has(w))) drugSet.delete(w);

const write = (file: string, obj: unknown) => {
  writeFileSync(join(out, file), JSON.stringify(obj) + '\n');
  console.log(file, JSON.stringify(obj).length, 'bytes');
};
const joinList = (xs: Iterable<string>) => [...new Set(xs)].sort().join('|');
write('names.json', {
  source: 'US Census 1990 surnames (top 40k), SSA baby names 2010 (count>=15) + Census 1990 first names; public domain',
  first: joinList(firstNames),
  last: surnames.join('|'), // rank order
});
write('places.json', {
  source: 'US Census 2019 population estimates (places >= 2,500), Census gazetteer counties (public domain); GeoNames cities >100k (CC BY 4.0)',
  us: joinList(placeSet),
  counties: joinList(countySet),
  world: joinList(worldSet),
});
write('english.json', {
  source: 'SCOWL american-english (Debian wamerican 2020.12.07), lowercase entries only; permissive SCOWL licence',
  words: joinList(english),
});
write('drugs.json', {
  source: 'Drugs@FDA product names and active ingredients (US FDA, public domain), single words not in the English list',
  words: joinList(drugSet),
});
