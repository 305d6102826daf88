/**
 * Adds the British spellings of SCOWL (Debian `wbritish`, /usr/share/dict/british-english)
 * to resources/deid/english.json: lower-case entries that the American list lacks
 * ("recognise", "colour", "oesophagus", "programme"). Without them a capitalised British
 * word mid-sentence ("the Recognise app") reads as an unknown proper noun.
 *
 *   npx tsx scripts/deid-data/add-british-english.ts [/usr/share/dict/british-english]
 *
 * Same licence as the American list (SCOWL, permissive). Idempotent.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? '/usr/share/dict/british-english';
const target = new URL('../../resources/deid/english.json', import.meta.url);
const data = JSON.parse(readFileSync(target, 'utf8')) as { source: string; words: string };
const words = new Set(data.words.split('|'));
const before = words.size;
for (const w of readFileSync(file, 'utf8').split('\n')) if (/^[a-z]+$/.test(w)) words.add(w);
const note = '; plus SCOWL british-english (Debian wbritish 2020.12.07) lower-case entries not in the American list';
const source = data.source.includes('british-english') ? data.source : data.source + note;
writeFileSync(target, JSON.stringify({ source, words: [...words].sort().join('|') }) + '\n');
console.log(`english.json: ${before} -> ${words.size} words`);
