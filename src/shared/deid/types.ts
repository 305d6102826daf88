/** The 18 HIPAA Safe Harbor identifier families, as span types. */
export const PHI_TYPES = [
  'NAME',
  'LOCATION',
  'DATE',
  'AGE',
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN',
  'ACCOUNT',
  'LICENSE',
  'VEHICLE',
  'DEVICE',
  'URL',
  'IP',
  'BIOMETRIC',
  'ID',
] as const;

export type PhiType = (typeof PHI_TYPES)[number];

/** One identifier found in a text: [start, end) in JS string offsets (UTF-16 code units). */
export interface Finding {
  start: number;
  end: number;
  type: PhiType;
  /** 0..1; context- and checksum-backed findings score higher than dictionary-only ones. */
  confidence: number;
  /** Name of the rule that produced the finding (for explanations and debugging). */
  rule: string;
}

/** Whether nothing in `findings` but `f` overlaps [start, end): room to grow `f` there. */
export const freeBeside = (findings: readonly Finding[], f: Finding, start: number, end: number): boolean => !findings.some((g) => g !== f && g.start < end && g.end > start);

export interface FindOptions {
  /** Drop findings below this confidence (default 0: report everything). */
  minConfidence?: number;
  /** Only report these types (default: all). */
  types?: readonly PhiType[];
}

/**
 * Raw dictionary data, as shipped in resources/deid/*.json. Lists are '|'-separated
 * strings (compact to bundle, fast to parse). All fields optional so the engine
 * also works (with lower recall) on partial data, e.g. in small tests.
 */
export interface DeidDictionaryData {
  names?: { first?: string; last?: string };
  places?: { us?: string; counties?: string; world?: string };
  english?: { words?: string };
  drugs?: { words?: string };
  medical?: {
    eponyms?: string;
    genera?: string;
    clinical?: string;
    genes?: string;
    holidays?: string;
    /** Well-known hospitals by the short names clinicians use ("Alder Hey", "Groote Schuur", "NIMHANS"). */
    hospitals?: string;
    /** Drug names used outside the US that the FDA list lacks ("paracetamol", "flucloxacillin", "co-amoxiclav"), and their common brands. */
    drugsInternational?: string;
    /** Nationalities, peoples, languages and faiths: ordinary words, not names or places. */
    demonyms?: string;
    /** Religious seasons and observances that last weeks (Ramadan, Lent): ordinary words, not dates or names. */
    observances?: string;
    /** Everyday words of languages mixed into English notes (Tagalog, Malay, Welsh, Māori, greetings): ordinary words. */
    foreign?: string;
    /** Clinical abbreviations as written ("CSF", "KOH", "eGFR", "LFTs"): no hospital's initials. */
    abbreviations?: string;
  };
  /**
   * Ordinary clinical words no other list holds ("atrial", "pleural", "troponin"), from ICD-10-CM and ICD-10-PCS and written
   * for Rounds; and the symbols of protein-coding genes with a digit ("COL1A1", "RNF213"), from HGNC.
   */
  vocabulary?: { icd10?: string; written?: string; genes?: string };
  /** The word tagger's weights (resources/deid/model.json); without them the rules run alone. */
  model?: DeidModelData;
  /** The edge model's weights (resources/deid/edges.json); without them names and places end where the rules and tagger end them. */
  edges?: DeidEdgeModelData;
}

/** A trained edge model, as scripts/deid-model/train-edges.ts writes it: one logistic regression over hashed features. */
export interface DeidEdgeModelData {
  about: string;
  /** The feature table has 2^bits weights. */
  bits: number;
  /** A weight is its stored byte times scale. */
  scale: number;
  /** A step is taken when its probability exceeds this. */
  threshold: number;
  /** The weights as signed bytes, in base64. */
  weights: string;
}

/** A trained word tagger, as scripts/deid-model/train.ts writes it. */
export interface DeidModelData {
  /** How it was trained, for people reading the file. */
  about: string;
  /** The feature table has 2^bits rows. */
  bits: number;
  /** The classes, in the order of each row's weights. */
  classes: string[];
  /** A weight is its stored byte times scale. */
  scale: number;
  /** A word is flagged when p(NAME) + p(LOCATION) exceeds this. */
  threshold: number;
  /** The bar instead for a word of the medical word lists or before a medical head noun; without it, threshold. */
  vocabularyThreshold?: number;
  /** The weights as signed bytes, row after row, in base64. */
  weights: string;
  /**
   * The second stage, which decides: a table of the same shape over the word's features and the first stage's
   * guesses about it and its neighbours (features.ts, readNeighbours). Without it the first stage decides alone.
   */
  secondStage?: { scale: number; weights: string };
}

export interface Replacement {
  start: number;
  end: number;
  type: PhiType;
  original: string;
  replacement: string;
}

export interface ReplaceOptions {
  /** ISO date (YYYY-MM-DD) of the case's index event; dates become days relative to it. */
  indexDate?: string;
}

export interface ReplaceResult {
  text: string;
  replacements: Replacement[];
}
