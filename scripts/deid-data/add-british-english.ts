/**
 * Adds the British spellings of SCOWL (Debian `wbritish`, /usr/share/dict/british-english)
 * to resources/deid/english.json: lower-case entries that the American list lacks
 * ("recognise", "colour", "oesophagus", "programme"). Without them a capitalised British
 * word mid-sentence ("the Recognise app") reads as an unknown proper noun.
 *
 *   npx tsx scripts/deid-data/add-british-english.ts [/usr/share/dict/british-english]
 *
 * Words that are also given names or surnames (names.json) are left out, as the American
 * list's proper nouns are: "Harbour" or "Armour" as a name should stay detectable.
 * Same licence as the American list (SCOWL, permissive). Idempotent.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? '/usr/share/dict/british-english';
const target = new URL('../../resources/deid/english.json', import.meta.url);
const data = JSON.parse(readFileSync(target, 'utf8')) as { source: string; words: string };
const names = JSON.parse(readFileSync(new URL('../../resources/deid/names.json', import.meta.url), 'utf8')) as { first: string; last: string };
const isName = new Set([...names.first.toLowerCase().split('|'), ...names.last.toLowerCase().split('|')]);
const words = new Set(data.words.split('|'));
const before = words.size;
for (const w of readFileSync(file, 'utf8').split('\n')) if (/^[a-z]+$/.test(w) && (words.has(w) || !isName.has(w))) words.add(w);
const note = '; plus SCOWL british-english (Debian wbritish 2020.12.07) lower-case entries not in the American list';
const source = data.source.includes('british-english') ? data.source : data.source + note;
writeFileSync(target, JSON.stringify({ source, words: [...words].sort().join('|') }) + '\n');
console.log(`english.json: ${before} -> ${words.size} words`);
