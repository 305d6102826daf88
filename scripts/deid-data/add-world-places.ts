/**
 * Adds smaller world places (towns, villages, neighbourhoods, sub-state districts) to the
 * `world` list of resources/deid/places.json. All inputs are GeoNames data (CC BY 4.0,
 * https://www.geonames.org); see resources/deid/SOURCES.md for where the copies came from.
 *
 *   npx tsx scripts/deid-data/add-world-places.ts <folder>
 *
 * <folder> may hold (each optional except countryInfo.txt and admin1CodesASCII.txt):
 *   cities15000.txt        GeoNames dump format (19 tab-separated columns): primary, ASCII and
 *                          Latin-script alternate names of places with population > 15,000
 *   cities500.txt          GeoNames dump format, or one place name per line (name column only)
 *   postal/<CC>.txt        GeoNames postal-code dumps: place name (col 3) and sub-state
 *                          admin names (admin2 col 6, admin3 col 8); admin1 (state level) is not used
 *   countryInfo.txt, admin1CodesASCII.txt   country and state/province names, used only to
 *                          DROP names that are countries or first-level divisions (not identifiers)
 *
 * Precision filters (a place word alone is enough for the engine to flag it, so collisions with
 * ordinary vocabulary matter): single-word names need >= 4 letters and must not be an English
 * word, a drug, medical vocabulary (eponym, genus, clinical term, gene, holiday), a given name,
 * a frequent surname (top SURNAME_RANK of the Census list) or a country / state name.
 * Multi-word names are kept unless a word is a drug or medical term, the name is a country /
 * state, or every word is an English word or given name AND one of them is generic ward /
 * anatomy / institution vocabulary ("North Ward", "The Head", "Naval Base"); "Moss Side" stays.
 * A few names that are clinical eponyms or scores (Bakri, Deauville) are dropped.
 * Defaults: cities15000 primary + ASCII names, Latin alternates of places >= 100,000,
 * postal localities of GB IE AU NZ CA NO; cities500 is read only if present (CITIES500=0 skips).
 * Idempotent: the previous `world` entries are kept and the new ones are merged in.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: add-world-places.ts <folder>');
const SURNAME_RANK = Number(process.env.SURNAME_RANK ?? 5000);
const MULTI_ALL_ENGLISH = process.env.MULTI_ALL_ENGLISH !== '0';
/** place names that are also clinical eponyms / scores seen in notes (Bakri balloon, Deauville score...) */
const CLINICAL_PLACES = new Set('bakri deauville kawasaki waterston sano lille'.split(' '));
/** words that make an all-English multi-word name look like ward / anatomy / institution text */
const GENERIC_MULTI = new Set('the ward head back unit base camp station university college hospital city center centre'.split(' '));
const USE_ALTERNATES = process.env.ALTERNATES !== '0';
const USE_CITIES500 = process.env.CITIES500 !== '0';
const USE_POSTAL = process.env.POSTAL !== '0';
const POSTAL_ADMIN = process.env.POSTAL_ADMIN !== '0';
/** postal-code files used (locality names are fine-grained: keep to countries where cases come from and size allows) */
const POSTAL_CC = (process.env.POSTAL_CC ?? 'GB IE AU NZ CA NO').split(/[\s,]+/);
/** alternate names only for places at least this large (smaller places' alternates are mostly transliterations) */
const ALT_MIN_POP = Number(process.env.ALT_MIN_POP ?? 100000);

const res = new URL('../../resources/deid/', import.meta.url);
const load = (f: string) => JSON.parse(readFileSync(new URL(f, res), 'utf8'));
const places = load('places.json') as { source: string; us: string; counties: string; world: string };
const names = load('names.json') as { first: string; last: string };
const med = load('medical.json') as Record<string, string>;
const lower = (s: string | undefined) => (s ? s.toLowerCase().split('|').filter(Boolean) : []);
const english = new Set(lower(load('english.json').words));
const drugs = new Set(lower(load('drugs.json').words));
const medical = new Set(['eponyms', 'genera', 'clinical', 'genes', 'holidays'].flatMap((k) => lower(med[k])));
const first = new Set(lower(names.first));
const frequentSurnames = new Set(lower(names.last).slice(0, SURNAME_RANK));

const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const tokens = (s: string) => s.toLowerCase().split(/[\s-]+/).filter(Boolean);

// countries and first-level divisions (states, provinces, regions): never added
const large = new Set<string>();
for (const line of read('countryInfo.txt').split('\n')) {
  if (line.startsWith('#')) continue;
  const c = line.split('\t');
  if (c[4]) large.add(tokens(c[4]).join(' '));
}
for (const line of read('admin1CodesASCII.txt').split('\n')) {
  const c = line.split('\t');
  for (const n of [c[1], c[2]]) if (n) large.add(tokens(n).join(' '));
}

const latin = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’. -]*$/u;
const existing = new Set(places.world.split('|'));
const known = new Set([...places.us.split('|'), ...places.counties.split('|'), ...existing].map((p) => tokens(p).join(' ')));
const added = new Map<string, string>(); // normalised key -> spelling kept
let source = '';
const bySource: Record<string, number> = {};
const rejected: Record<string, number> = {};
const reject = (why: string) => ((rejected[why] = (rejected[why] ?? 0) + 1), false);

function accept(raw: string): boolean {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name || /\d/.test(name) || !latin.test(name)) return reject('script/digits');
  if (/[.]/.test(name) || name === name.toUpperCase()) return reject('abbreviation');
  const toks = tokens(name);
  const key = toks.join(' ');
  if (known.has(key) || added.has(key)) return false;
  if (large.has(key)) return reject('country/state');
  if (CLINICAL_PLACES.has(key)) return reject('clinical eponym');
  if (toks.some((t) => drugs.has(t) || medical.has(t))) return reject('medical');
  if (toks.length === 1) {
    const t = toks[0]!;
    if (t.replace(/['’]/g, '').length <= 3) return reject('short');
    if (english.has(t)) return reject('english');
    if (first.has(t)) return reject('first name');
    if (frequentSurnames.has(t)) return reject('surname');
  } else {
    const allEnglish = toks.every((t) => english.has(t) || first.has(t) || t.length <= 2);
    if (allEnglish && (!MULTI_ALL_ENGLISH || toks.some((t) => GENERIC_MULTI.has(t)))) return reject('all-english multi');
    if (name.length > 40) return reject('long');
  }
  added.set(key, name);
  bySource[source] = (bySource[source] ?? 0) + 1;
  return true;
}

// ---- GeoNames cities15000 (primary, ASCII, Latin alternates)
if (existsSync(join(dir, 'cities15000.txt'))) {
  for (const line of read('cities15000.txt').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15 || c[6] !== 'P') continue;
    source = 'cities15000';
    accept(c[1]!);
    accept(c[2]!);
    source = 'alternates';
    if (USE_ALTERNATES && Number(c[14]) >= ALT_MIN_POP) for (const a of (c[3] ?? '').split(',')) if (a.length >= 4) accept(a);
  }
}
// ---- GeoNames cities500 (primary and ASCII names; no alternates: too noisy at this size)
if (USE_CITIES500 && existsSync(join(dir, 'cities500.txt'))) {
  source = 'cities500';
  for (const line of read('cities500.txt').split('\n')) {
    const c = line.split('\t');
    if (c.length === 1) accept(c[0]!);
    else if (c.length >= 15 && c[6] === 'P') {
      accept(c[1]!);
      accept(c[2]!);
    }
  }
}
// ---- GeoNames postal-code dumps: locality names and sub-state admin names
if (USE_POSTAL && existsSync(join(dir, 'postal'))) {
  for (const f of readdirSync(join(dir, 'postal')).filter((x) => /^[A-Z]{2}\.txt$/.test(x) && POSTAL_CC.includes(x.slice(0, 2))).sort()) {
    const seen = new Set<string>();
    source = 'postal';
    for (const line of read(join('postal', f)).split('\n')) {
      const c = line.split('\t');
      if (c.length < 9) continue;
      for (const n of POSTAL_ADMIN ? [c[2], c[5], c[7]] : [c[2]]) {
        if (!n || seen.has(n)) continue;
        seen.add(n);
        // "Manchester District (B)", "Stockholms kommun": strip bracketed qualifiers
        accept(n.replace(/\s*\(.*?\)\s*/g, ' '));
      }
    }
  }
}

const world = [...new Set([...existing, ...added.values()])].sort();
places.world = world.join('|');
if (!places.source.includes('GeoNames postal')) places.source += '; GeoNames cities500/cities15000 (with alternate names) and GeoNames postal-code place names (CC BY 4.0), filtered';
if (!process.env.DRY) writeFileSync(new URL('places.json', res), JSON.stringify(places) + '\n');
console.log(bySource);
console.log(`world: ${existing.size} -> ${world.length} (+${added.size}); rejected`, rejected, `places.json ${JSON.stringify(places).length} bytes`);
