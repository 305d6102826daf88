import type { DeidDictionaryData } from './types';

/** Lookup structures built once from the raw dictionary data. All keys are lowercase. */
export interface Lexicon {
  firstNames: Set<string>;
  /** Surname -> Census rank (1 = most common). */
  lastNames: Map<string, number>;
  /** Lowercase common English words (SCOWL). */
  english: Set<string>;
  /** Single-token place names (lowercase) and multi-token place names keyed by first token. */
  placeSingle: Set<string>;
  placeMulti: Map<string, string[][]>;
  drugs: Set<string>;
  eponyms: Set<string>;
  genera: Set<string>;
  clinical: Set<string>;
  genes: Set<string>;
  /** Holiday phrases, lowercase, longest first. */
  holidays: string[];
}

const split = (s: string | undefined): string[] => (s ? s.split('|').filter(Boolean) : []);

export function buildLexicon(data: DeidDictionaryData): Lexicon {
  const lastNames = new Map<string, number>();
  split(data.names?.last).forEach((n, i) => lastNames.set(n.toLowerCase(), i + 1));
  const placeSingle = new Set<string>();
  const placeMulti = new Map<string, string[][]>();
  const addPlace = (p: string) => {
    const toks = p
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    if (toks.length === 0) return;
    if (toks.length === 1) {
      placeSingle.add(toks[0]);
      return;
    }
    const list = placeMulti.get(toks[0]) ?? [];
    list.push(toks);
    placeMulti.set(toks[0], list);
  };
  for (const p of split(data.places?.us)) addPlace(p);
  for (const p of split(data.places?.counties)) addPlace(p);
  for (const p of split(data.places?.world)) addPlace(p);
  for (const list of placeMulti.values()) list.sort((a, b) => b.length - a.length);
  const lower = (s: string | undefined) => new Set(split(s).map((x) => x.toLowerCase()));
  return {
    firstNames: lower(data.names?.first),
    lastNames,
    english: lower(data.english?.words),
    placeSingle,
    placeMulti,
    drugs: lower(data.drugs?.words),
    eponyms: lower(data.medical?.eponyms),
    genera: lower(data.medical?.genera),
    clinical: lower(data.medical?.clinical),
    genes: lower(data.medical?.genes),
    holidays: split(data.medical?.holidays)
      .map((h) => h.toLowerCase())
      .sort((a, b) => b.length - a.length),
  };
}
