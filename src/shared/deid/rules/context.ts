import type { Lexicon, WordClasses } from '../dictionaries';
import type { WordStarts } from './scans';
import type { Finding, PhiType } from '../types';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lowercase, possessive 's stripped, diacritics kept. */
  lower: string;
  /** First letter uppercase, not all caps (or a single capital letter). */
  cap: boolean;
  /** All letters uppercase, length >= 2. */
  upper: boolean;
  /** Only digits. */
  num: boolean;
  /** Contains a hyphen (compound: Wolff-Parkinson-White, Reyes-Castillo). */
  hyphen: boolean;
  /** Dictionary bit set (Lexicon.flags), -1 until first looked up. */
  flags: number;
  /** Word-set bits of the entity rules (entities.ts K.*), -1 until first looked up. */
  kind: number;
  /** Token begins a sentence (or the text, a line, a list item). */
  sentenceStart: boolean;
  index: number;
}

export interface Ctx {
  text: string;
  /** text.toLowerCase() (same offsets for the scripts handled here), computed on first use. */
  readonly lower: string;
  lex: Lexicon;
  tokens: Token[];
  findings: Finding[];
  add(start: number, end: number, type: PhiType, confidence: number, rule: string): void;
  /** Word-class bits per token (dictionaries.ts C_*), set by the engine; rules compute their own when absent. */
  wordClasses?: WordClasses;
  /** Table header cells read as labels ("| Subj | Init | Age |"): never a name or a place themselves. */
  headerCells?: { start: number; end: number }[];
  /** Table cells under a "Batch", "Lot", "Model" or "NDC" header: product codes, never an ID themselves. */
  codeCells?: { start: number; end: number }[];
  /** The text's word starts by their first two characters in lower case (scans.ts), computed on first use. */
  wordStarts?: WordStarts;
}

const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

function hasLowerChar(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return HAS_LOWER.test(t);
  }
  return false;
}

function possessive(l: string): string {
  const n = l.length;
  if (n > 2 && l.charCodeAt(n - 1) === 115 && (l.charCodeAt(n - 2) === 39 || l.charCodeAt(n - 2) === 8217)) return l.slice(0, -2);
  return l;
}

const LETTER_RE = /[\p{L}\p{M}]/u;
const letterCache = new Map<number, boolean>();
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let v = letterCache.get(c);
  if (v === undefined) {
    v = LETTER_RE.test(String.fromCharCode(c));
    letterCache.set(c, v);
  }
  return v;
}

/**
 * Words (letters, with inner apostrophes and hyphens: O'Brien, Wolff-Parkinson-White)
 * and digit runs, with their offsets. A hand-written scanner: this runs on every keystroke.
 */
/** A value that says there is nothing: "N/A", "none", "unknown", "-". */
export const NOTHING_RE = /^(?:n\/?a|none|nil|unknown|unk|null|tbc|tba|-+|—|\?+)$/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let start = -1;
    let end = -1;
    if (c >= 48 && c <= 57) {
      start = i;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      end = i;
    } else if (isLetter(c) && !(c >= 0x300 && c <= 0x36f)) {
      start = i;
      i++;
      for (;;) {
        while (i < n && isLetter(text.charCodeAt(i))) i++;
        const d = text.charCodeAt(i);
        // inner apostrophe or hyphen followed by a letter continues the word, except the French article before a
        // capital ("l'Hôpital Général": the name is a word of its own; "d'Arc" stays one)
        if ((d === 39 || d === 8217 || d === 45) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
          if (d !== 45 && i === start + 1 && c === 108 && UPPER_FIRST.test(text[i + 1]!)) break;
          i += 2;
          continue;
        }
        break;
      }
      end = i;
    } else {
      i++;
      continue;
    }
    pushToken(tokens, text, start, end);
  }
  return tokens;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION_BEFORE_RE = /(?:^|[^\p{L}])(?:St|Mt|Ste|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Fr|Sr|Jr|Capt|Sgt|Lt|Col|Gen|Gov|Sen|Rep|Hon|vs|approx|etc|cf|Ave|Rd|Blvd|Brgy|Jl|Av)$/u;

function pushToken(tokens: Token[], text: string, start: number, end: number): void {
  const t = text.slice(start, end);
  const c0 = t.charCodeAt(0);
  const num = c0 >= 48 && c0 <= 57;
  const firstUpper = !num && (c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER_FIRST.test(t));
  const hasLower = !num && (t.length === 1 ? !firstUpper : hasLowerChar(t));
  let sentenceStart = false;
  if (firstUpper) {
    let j = start - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '"' || text[j] === '(' || text[j] === '“')) j--;
    const prev = j < 0 ? '\n' : text[j];
    sentenceStart = prev === '.' || prev === '!' || prev === '?' || prev === '\n' || prev === '\r' || prev === ':' || prev === ';' || prev === '-' || prev === '*' || prev === '•';
    // "St. Luke's", "Dr. Smith", "Mt. Sinai": the full stop of an abbreviation does not end a sentence
    if (prev === '.' && j > 0 && ABBREVIATION_BEFORE_RE.test(text.slice(Math.max(0, j - 5), j))) sentenceStart = false;
    // "– Lesão intraepitelial": a dash that starts its line marks a list item (elsewhere it joins a branch to its name)
    else if (prev === '–' || prev === '—') {
      let k = j - 1;
      while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
      sentenceStart = k < 0 || text[k] === '\n';
    }
  }
  tokens.push(new TextToken(start, end, t, num ? t : possessive(t.toLowerCase()), firstUpper && (hasLower || t.length === 1), !num && !hasLower && t.length >= 2, num, t.includes('-'), sentenceStart, tokens.length));
}

/**
 * A Token made by a constructor, not an object literal: V8 tracks an object literal's allocation site and, seeing its tokens
 * outlive a young-generation collection, moved every later token straight to the old generation ("pretenuring"), which made
 * the whole engine 7 to 25% slower on the 5,000-word case. A constructed object has no such site.
 */
class TextToken implements Token {
  flags = -1;
  kind = -1;
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    public cap: boolean,
    public upper: boolean,
    public num: boolean,
    public hyphen: boolean,
    public sentenceStart: boolean,
    public index: number,
  ) {}
}

/**
 * text.charCodeAt(i), or -1 outside the text. An out-of-range charCodeAt returns NaN, and in
 * optimised code V8 deoptimises on it every time (no feedback is kept), so a rule that looks
 * one character past the last token would throw its compiled code away on every text.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** First match of a global or sticky pattern from the start of s; then re.exec(s) for the next (no matchAll iterator or pattern clone per call). */
export function scan(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/** Characters between two tokens (exclusive). */
export function gap(ctx: Ctx, a: Token, b: Token): string {
  return ctx.text.slice(a.end, b.start);
}

/** Index of the first token whose start >= pos (binary search). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Nouns that, right after an eponym or place, make it a medical term ("Graves disease", "Lyme disease"). */
export const MEDICAL_HEADS = new Set(
  `syndrome syndromes disease diseases disorder sign signs test tests criteria criterion score scores scale classification class stage staging grade grading procedure operation repair maneuver manoeuvre manouevre reflex phenomenon lesion lesions node nodes nodule nodules fracture fractures palsy palsies tumor tumour tumors tumours lymphoma sarcoma carcinoma anomaly anomalies aneurysm triad pentad tetrad law rule rules method technique incision position dressing catheter tube needle forceps retractor line lines body bodies cell cells granule granules ring rings spot spots virus fever agent strain strains bacillus index protocol regimen trial study studies cohort formula equation classification type variant pattern wave waves murmur sound sign's ulcer ulcers diverticulum diverticula duct ducts canal gland glands space pouch angle membrane layer loop ligament tubercle triangle fascia nerve artery vein valve plexus capsule area zone cyst cysts node's encephalopathy dementia chorea dystrophy disease's ataxia thyroiditis esophagus oesophagus hernia contracture contractures sclerosis phenomenon mark sign, approach block shunt anastomosis fundoplication pouch osteotomy technique tamponade solution stain staining agar medium coma-scale  coma theorem dictum razor definition biplane protein proteinuria nomogram circulation exercises exercise questionnaire inventory tool rules croup ink effect curve chart equation ratio appendix relaxation programme program breathing triage frame walker splint brace collar boot stockings mask drain stent pump inhaler formula notation dynamometer goniometer inclinometer spirometer oximeter nebuliser nebulizer blade flap tape iodine speculum laryngoscope chromosome chromosomes translocation mutation mutations allele alleles gene genes deletion lift hoist bulb encephalitis boil sore belly hump groove purpura fistula feeder fingers pack`.split(/\s+/),
);

/** Personal titles that introduce a name. */
export const TITLES = new Set(
  'mr mrs ms miss mx dr drs doc doctor prof professor cst pc insp supt constable deputy sheriff trooper agent sir dame madam mister nurse sister brother father rev reverend fr pastor rabbi imam judge officer sgt sergeant capt captain lt lieutenant col colonel gen general maj major cpl corporal pvt private det detective ofc pcso dci dc ds di dj hhj cllr magistrate'.split(' '),
);
/** Titles that are also ordinary words: they need a capital letter and a following capitalised token. */
// ("DC Lane", "DI Frost", "DJ Frost": detectives and a district judge; DC, DS, DI and DJ are also discharge, double
// strength and diabetes insipidus, so a name from the name lists must follow)
export const WEAK_TITLES = new Set(['sister', 'brother', 'father', 'general', 'major', 'private', 'officer', 'judge', 'nurse', 'doctor', 'dc', 'ds', 'di', 'dj']);
