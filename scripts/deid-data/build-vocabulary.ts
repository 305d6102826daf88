/**
 * Builds resources/deid/vocabulary.json: ordinary clinical words that no other list holds ("atrial", "pleural",
 * "anastomotic", "troponin"). Without them a capitalised clinical word at the start of a line or a table cell
 * ("Atrial fibrillation", "Pleural tap", "Troponin I 2,480 ng/L") reads as an unknown proper noun, a name.
 *
 *   npx tsx scripts/deid-data/build-vocabulary.ts <folder>
 *
 * The folder holds:
 * - `icd10cm_order.txt`: the CDC/NCHS ICD-10-CM order file as published (public domain; fixed width: order number, code,
 *   flag, short description of 60 characters, then the long description from column 78);
 * - `icd10pcs_order.txt`: the CMS ICD-10-PCS order file (public domain; the same layout);
 * - `written-*.txt`: clinical words written for Rounds, one per line (without them, the words vocabulary.json holds);
 * - `hgnc-protein-coding.txt`: the approved symbols of HGNC's protein-coding genes, one per line (CC0).
 *
 * Of the gene symbols only those with a digit and four characters or more are taken ("COL1A1", "RNF213", "ATP7B"):
 * a symbol of letters alone is too often a word, a name or an organisation's initials ("ESPN", "PALM", "MUSK").
 *
 * From ICD-10-CM only words it writes in lower case somewhere are taken (a word it only capitalises, "Hodgkin",
 * "Lyme", "Pontiac", is a proper noun); ICD-10-PCS capitalises every word, so its words are taken when ICD-10-CM
 * writes them in lower case or when they are at least six letters long.
 * From every source, words that another list already holds (English, drugs, eponyms, genera, clinical, genes) are
 * left out, and so are words of fewer than six letters and words that are given names, surnames or places, so that a
 * person or a town of that name is still found.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLexicon } from '../../src/shared/deid/dictionaries';
import { defaultDictionaries } from '../../src/shared/deid/data';

const folder = process.argv[2] ?? '';
if (!folder) throw new Error('usage: build-vocabulary.ts <folder with icd10cm_order.txt, icd10pcs_order.txt, written-*.txt, hgnc-protein-coding.txt>');
const lex = buildLexicon({ ...defaultDictionaries, vocabulary: undefined });

const WORD_RE = /[A-Za-z]+(?:-[A-Za-z]+)*/g;
/** The long descriptions of an order file (order number, code, flag, short description of 60, long description). */
function descriptions(file: string): string[] {
  return readFileSync(join(folder, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(77).trim());
}

/** Words that name people or places the lists lack, though clinicians write them too: "Cath" (a catheter, Catherine), "Taipan" (a snake, Taipan Road). */
const NAMES_TOO = new Set(['cath', 'taipan']);

/**
 * A word no list holds and no person or place is called. Short words are left out (a name of five letters or fewer is too
 * often also a clinical word: "Pinna", "Hila", "Milia", "Orca", "Yaba"), and so is every surname the lists hold.
 */
function isNew(w: string): boolean {
  if (w.length < 6 || NAMES_TOO.has(w) || lex.english.has(w) || lex.drugs.has(w) || lex.eponyms.has(w) || lex.genera.has(w) || lex.clinical.has(w) || lex.genes.has(w)) return false;
  return !lex.firstNames.has(w) && !lex.placeSingle.has(w) && !lex.lastNames.has(w);
}

const lowerSeen = new Set<string>();
// (capitalised inside a description: a proper noun, "Vibrio", "Lyme"; or a possessive at its start: "Clutton's joints")
const properSeen = new Set<string>();
const firstWords = new Set<string>();
for (const d of descriptions('icd10cm_order.txt')) {
  for (const m of d.matchAll(WORD_RE)) {
    const w = m[0];
    const low = w.toLowerCase();
    if (w === low) lowerSeen.add(w);
    else if (m.index > 0 || w.slice(1) !== w.slice(1).toLowerCase() || /^['’]s\b/.test(d.slice(w.length))) properSeen.add(low);
    else firstWords.add(low);
  }
}
// a description's first word is taken when it is never a proper noun elsewhere: "Tetralogy of Fallot", "Hyperreflexia"
const icd = new Set([...lowerSeen, ...[...firstWords].filter((w) => !properSeen.has(w))].filter((w) => w.length <= 30 && isNew(w)));

const target = new URL('../../resources/deid/vocabulary.json', import.meta.url);
// (the written words are kept only in vocabulary.json: without written-*.txt files, the shipped ones are filtered again)
const writtenFiles = readdirSync(folder).filter((f) => /^written-.*\.txt$/.test(f));
const writtenLines = writtenFiles.length
  ? writtenFiles.flatMap((file) => readFileSync(join(folder, file), 'utf8').split('\n'))
  : ((JSON.parse(readFileSync(target, 'utf8')) as { written?: string }).written ?? '').split('|');
const written = new Set<string>();
for (const line of writtenLines) {
  const w = line.trim().toLowerCase();
  if (/^[a-z]+(?:-[a-z]+)?$/.test(w) && isNew(w)) written.add(w);
}

let pcsAdded = 0;
for (const d of descriptions('icd10pcs_order.txt'))
  for (const m of d.matchAll(WORD_RE)) {
    const w = m[0].toLowerCase();
    if (icd.has(w) || (properSeen.has(w) && !lowerSeen.has(w))) continue;
    if ((lowerSeen.has(w) || w.length >= 6) && isNew(w)) {
      icd.add(w);
      pcsAdded++;
    }
  }
for (const w of icd) written.delete(w);

const genes = new Set<string>();
for (const line of readFileSync(join(folder, 'hgnc-protein-coding.txt'), 'utf8').split('\n')) {
  const symbol = line.trim();
  if (symbol.length >= 4 && /\d/.test(symbol) && /^[A-Za-z][A-Za-z0-9-]+$/.test(symbol) && !lex.genes.has(symbol.toLowerCase())) genes.add(symbol);
}

const source =
  'icd10: words of the long descriptions of ICD-10-CM FY2022 (CDC/NCHS, icd10cm-order-2022.txt) that it writes in lower case or only first, ' +
  'and of ICD-10-PCS FY2022 (CMS, icd10pcs_order_2022.txt); public domain (US federal government works). ' +
  'written: clinical words written for Rounds. Both of six letters or more, without the words of the other lists, given names, surnames and places. ' +
  'genes: HGNC approved symbols of protein-coding genes with a digit (hgnc_complete_set.txt of November 2018; CC0).';
writeFileSync(target, JSON.stringify({ source, icd10: [...icd].sort().join('|'), written: [...written].sort().join('|'), genes: [...genes].sort().join('|') }) + '\n');
console.log(`vocabulary.json: ${icd.size} ICD-10 words (${pcsAdded} from PCS), ${written.size} written words, ${genes.size} gene symbols`);
