import type { Token } from './rules/context';
import type { DeidDictionaryData } from './types';

/** Lookup structures built once from the raw dictionary data. All keys are lowercase. */
export interface Lexicon {
  firstNames: Set<string>;
  /** Surname -> Census rank (1 = most common). */
  lastNames: Map<string, number>;
  /** Lowercase common English words (SCOWL). */
  english: Set<string>;
  /** Words of other languages mixed into English notes that are also names or places: ordinary words only in lower case. */
  foreignLower: Set<string>;
  /** Every everyday word of another language in the list (names among them or not): a text that holds them is mixed. */
  foreign: Set<string>;
  /** Greetings that are also names ("Asante", "Salam"): ordinary words, except after a given name ("Will Asante"). */
  greetingNames: Set<string>;
  /** Nationalities, languages, faiths and religious seasons: capitalised in any sentence, and no one's name there. */
  properWords: Set<string>;
  /** Single-token place names (lowercase) and multi-token place names keyed by their first two tokens. */
  placeSingle: Set<string>;
  placeMulti: Map<string, string[][]>;
  drugs: Set<string>;
  eponyms: Set<string>;
  genera: Set<string>;
  /** Clinical vocabulary: named scores, scales, trials and brands, and (vocabulary, below) the ordinary clinical words. */
  clinical: Set<string>;
  /** The ordinary clinical words of vocabulary.json ("atrial", "dehiscence"), also in clinical: no scale's name. */
  vocabulary: Set<string>;
  genes: Set<string>;
  /** Holiday phrases, lowercase, longest first. */
  holidays: string[];
  /** Clinical abbreviations as written ("CSF", "eGFR", "LFTs"); looked up through isAbbreviation. */
  abbreviations: Set<string>;
  /** Well-known hospitals' short names, as written (case matters: "Bellevue", not "bellevue"), longest first. */
  hospitals: string[];
  /** All dictionary memberships of a lowercase word as a bit set (see W_*), memoised. */
  flags(word: string): number;
}

export const W_ENGLISH = 1;
export const W_FIRST = 2;
export const W_LAST = 4;
export const W_PLACE = 8;
export const W_DRUG = 16;
export const W_GENUS = 32;
export const W_EPONYM = 64;
export const W_CLINICAL = 128;
export const W_GENE = 256;

const split = (s: string | undefined): string[] => (s ? s.split('|').filter(Boolean) : []);

/**
 * A word's spelling reduced to what most European spellings of a drug name share: no accents,
 * ph/th/ch/k/y/qu written f/t/c/c/i/c, a soft c written s, no doubled letters, no final vowel.
 */
export function spellingSkeleton(w: string): string {
  return w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ch/g, 'c')
    .replace(/qu/g, 'c')
    .replace(/k/g, 'c')
    .replace(/y/g, 'i')
    .replace(/c(?=[ei])/g, 's')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeo]$/, '');
}

/**
 * The skeletons of the drug names, without those that a name in `nameLists` (given names, surnames) shares
 * ("Kyleena" and Killeen, "Mychel" and Michelle): an unlisted spelling of a name must not pass for a drug.
 */
function drugSkeletonsApartFromNames(drugs: Set<string>, nameLists: readonly (readonly string[] | ReadonlySet<string>)[]): Set<string> {
  const skeletons = new Set<string>();
  for (const d of drugs) if (d.length >= 6) skeletons.add(spellingSkeleton(d));
  for (const names of nameLists) for (const n of names) if (n.length >= 5) skeletons.delete(spellingSkeleton(n));
  return skeletons;
}

/** Greetings and thanks open a sentence in a capital and are no one's name there ("Merci beaucoup", "Asante sana"). */
const GREETINGS = new Set('merci gracias danke bonjour hola ciao salam salaam shalom namaste asante shukran diolch habari karibu croeso sawubona selamat terima salamat'.split(' '));

export function buildLexicon(data: DeidDictionaryData): Lexicon {
  const lastNames = new Map<string, number>();
  // lower-casing each joined list once gives the same words as lower-casing each word
  // ('|' is neither cased nor case-ignorable) and is much cheaper than one call per word
  split(data.names?.last?.toLowerCase()).forEach((n, i) => lastNames.set(n, i + 1));
  const placeSingle = new Set<string>();
  const placeMulti = new Map<string, string[][]>();
  const addPlace = (p: string) => {
    const toks = p
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    if (toks.length === 0) return;
    if (toks.length === 1) {
      placeSingle.add(toks[0]!);
      return;
    }
    const key = toks[0] + ' ' + toks[1];
    const list = placeMulti.get(key) ?? [];
    list.push(toks);
    placeMulti.set(key, list);
  };
  for (const p of split(data.places?.us)) addPlace(p);
  for (const p of split(data.places?.counties)) addPlace(p);
  for (const p of split(data.places?.world)) addPlace(p);
  for (const list of placeMulti.values()) list.sort((a, b) => b.length - a.length);
  const lower = (s: string | undefined) => new Set(split(s?.toLowerCase()));
  const firstNames = lower(data.names?.first);
  // nationalities, languages, faiths and religious seasons are recorded in cases and identify no one: read as ordinary words
  const properWords = lower(`${data.medical?.demonyms ?? ''}|${data.medical?.observances ?? ''}`);
  const english = lower(data.english?.words);
  for (const w of properWords) english.add(w);
  // the everyday words of languages mixed into English notes ("diolch", "habari") are ordinary words too; the
  // ones that are also names or places ("Yang", "Ada", "sila") only when written in lower case
  const foreignLower = new Set<string>();
  const foreign = new Set<string>();
  const greetingNames = new Set([...GREETINGS].filter((w) => firstNames.has(w) || lastNames.has(w)));
  for (const w of split(data.medical?.foreign?.toLowerCase())) {
    foreign.add(w);
    if ((firstNames.has(w) || lastNames.has(w) || placeSingle.has(w)) && !GREETINGS.has(w)) foreignLower.add(w);
    else english.add(w);
  }
  const drugs = lower(data.drugs?.words);
  // (like the FDA list's, a word that is also a given name or surname is left out, so the name stays detectable)
  for (const d of split(data.medical?.drugsInternational?.toLowerCase())) if (!firstNames.has(d) && !lastNames.has(d)) drugs.add(d);
  const eponyms = lower(data.medical?.eponyms);
  const genera = lower(data.medical?.genera);
  const clinical = lower(data.medical?.clinical);
  // (the ordinary clinical words are read as the clinical list's: vocabulary, never a name or a place)
  const vocabulary = new Set([...split(data.vocabulary?.icd10), ...split(data.vocabulary?.written)]);
  for (const w of vocabulary) clinical.add(w);
  const genes = lower(data.medical?.genes);
  for (const g of split(data.vocabulary?.genes?.toLowerCase())) genes.add(g);
  const cache = new Map<string, number>();
  let drugSkeletons: Set<string> | undefined;
  const flags = (w: string): number => {
    let f = cache.get(w);
    if (f !== undefined) return f;
    f =
      (english.has(w) ? W_ENGLISH : 0) |
      (firstNames.has(w) ? W_FIRST : 0) |
      (lastNames.has(w) ? W_LAST : 0) |
      (placeSingle.has(w) ? W_PLACE : 0) |
      (drugs.has(w) ? W_DRUG : 0) |
      (genera.has(w) ? W_GENUS : 0) |
      (eponyms.has(w) ? W_EPONYM : 0) |
      (clinical.has(w) ? W_CLINICAL : 0) |
      (genes.has(w) ? W_GENE : 0);
    // a drug spelt the way another language spells it: "Kolşisin", "Siklofosfamid", "Amoxicilina"
    if (f === 0 && w.length >= 6) {
      drugSkeletons ??= drugSkeletonsApartFromNames(drugs, [firstNames, [...lastNames.keys()]]);
      if (drugSkeletons.has(spellingSkeleton(w))) f = W_DRUG;
    }
    if (cache.size > 100_000) cache.clear();
    cache.set(w, f);
    return f;
  };
  return {
    flags,
    firstNames,
    lastNames,
    english,
    foreignLower,
    foreign,
    greetingNames,
    properWords,
    placeSingle,
    placeMulti,
    drugs,
    eponyms,
    genera,
    clinical,
    vocabulary,
    genes,
    holidays: split(data.medical?.holidays)
      .map((h) => h.toLowerCase())
      .sort((a, b) => b.length - a.length),
    abbreviations: new Set(split(data.medical?.abbreviations)),
    hospitals: split(data.medical?.hospitals).sort((a, b) => b.length - a.length),
  };
}

/**
 * Word classes: which rule families a token's lowercase form can start or switch on.
 * The engine looks each token up once (one Map lookup instead of one Set lookup per rule
 * family) and hands the bits to the rules as Ctx.wordClasses.
 */
export const C_MONTH = 1;
export const C_ORD_FIRST = 2;
export const C_HOLIDAY = 4;
export const C_ID_CUE = 8;
export const C_PLATE_CUE = 16;
export const C_SSN = 32;
export const C_KEYWORD = 64;
export const C_BIO = 128;
export const C_SPOKEN = 256;

export interface WordClasses {
  /** Class bits per token (index = Token.index). */
  of: Uint16Array;
  /** Union of all tokens' bits. */
  any: number;
}

/** A lowercase word -> class bits map from (words, bit) pairs. */
export function classMap(entries: [Iterable<string>, number][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [words, bit] of entries) for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  return map;
}

export function wordClasses(tokens: readonly { lower: string }[], classes: ReadonlyMap<string, number>): WordClasses {
  const of = new Uint16Array(tokens.length);
  let any = 0;
  for (let i = 0; i < tokens.length; i++) {
    const c = classes.get(tokens[i]!.lower);
    if (c !== undefined) {
      of[i] = c;
      any |= c;
    }
  }
  return { of, any };
}

/** A token's dictionary bits: the engine has looked every token up; a token from elsewhere is looked up once, here. */
export function tokenFlags(lex: Lexicon, t: Token): number {
  return t.flags === -1 ? (t.flags = lex.flags(t.lower)) : t.flags;
}

/** A clinical abbreviation as the list writes it, in capitals or as a plural ("CSF", "LFTs", "LFTS", "lfts"), not an acronym the list has in mixed case ("BCh" is no "BCH"). */
export function isAbbreviation(lex: Lexicon, word: string): boolean {
  const upper = word.toUpperCase();
  if (lex.abbreviations.has(word) || lex.abbreviations.has(upper)) return true;
  return upper.length > 3 && upper.endsWith('S') && (lex.abbreviations.has(upper.slice(0, -1)) || lex.abbreviations.has(`${upper.slice(0, -1)}s`));
}
