import type { Lexicon, WordClasses } from '../dictionaries';
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
  /** The text's word starts by their first two characters in lower case (wordStartIndex), computed on first use. */
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

/**
 * The next match of a global pattern from its lastIndex that `before` (a pattern ending in $) does not match right before:
 * the negative lookbehind the pattern would otherwise open with, tested only where the rest matches. V8 tries a leading
 * lookbehind at every position of the text, before any quick check of the first characters: such a scan of a 5,000-word
 * case took 3 to 10 times longer. The same matches, since the lookbehind only accepts or refuses a start.
 */
export function execNotAfter(re: RegExp, s: string, before: RegExp): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // (two characters: a letter outside the BMP is two code units)
    if (!before.test(s.slice(Math.max(0, m.index - 2), m.index))) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** A letter right before a position, for execNotAfter: `(?<!\p{L})` at the start of a pattern. */
export const LETTER_END_RE = /\p{L}$/u;
/** A letter of the English alphabet right before a position: `(?<![A-Za-z])`. */
export const ASCII_LETTER_END_RE = /[A-Za-z]$/;

/** execNotAfter from the start of s. */
export function scanNotAfter(re: RegExp, s: string, before: RegExp): RegExpExecArray | null {
  re.lastIndex = 0;
  return execNotAfter(re, s, before);
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * The matches of a global pattern, in order and apart as a scan of the whole text finds them, tried only at `starts`
 * (ascending; the whole text is scanned when there are none to give, `undefined`): for a pattern whose every match starts at
 * one of them. V8 tries a pattern that opens with a long alternation at every position of the text: such a scan of a
 * 5,000-word case took 10 to 50 times as long as a few tries. `notAfter` refuses a start as execNotAfter does.
 */
export function matchesAt(re: RegExp, text: string, starts: readonly number[] | undefined, notAfter?: RegExp): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesAt: /${re.source}/ is not global`);
  const out: RegExpExecArray[] = [];
  if (!starts) {
    for (let m = notAfter ? scanNotAfter(re, text, notAfter) : scan(re, text); m; m = notAfter ? execNotAfter(re, text, notAfter) : re.exec(text)) out.push(m);
    return out;
  }
  let sticky = stickyCopies.get(re);
  if (!sticky) stickyCopies.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k]!;
    if (p < next || (k > 0 && p === starts[k - 1]) || (notAfter && notAfter.test(text.slice(Math.max(0, p - 2), p)))) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    next = p + Math.max(1, m[0].length);
  }
  return out;
}

/**
 * Where one of `firsts` (lower case) starts in the text, whatever its case, and the text's start, in order; `undefined` when
 * lower case moved the offsets (after a rare letter such as "İ", two characters in lower case).
 */
export function startsOf(ctx: Ctx, firsts: readonly string[]): number[] | undefined {
  const { text, lower } = ctx;
  if (lower.length !== text.length) return undefined;
  const starts = [0];
  for (const f of firsts) for (let i = lower.indexOf(f); i >= 0; i = lower.indexOf(f, i + 1)) starts.push(i);
  return starts.sort((a, b) => a - b);
}

/** Two characters as one number, the key of wordStartIndex. */
const pairKey = (s: string, i: number): number => s.charCodeAt(i) * 65536 + (s.charCodeAt(i + 1) || 0);

/**
 * Every position not right after a letter of the English alphabet where a letter or digit (or any character from "À"
 * on) stands, by its first two characters in lower case: the last such position of each pair of characters, and before each
 * position the one before it with the same pair (-1 for none). No array per pair: V8 moved such arrays, which outlive a
 * young-generation collection, straight to the old generation (rules/context.ts TextToken).
 */
export interface WordStarts {
  last: Map<number, number>;
  previous: Int32Array;
}

/** The text's WordStarts, in one pass, shared by every pattern that starts at a word (matchesAtWordStarts); undefined when lower case moved the offsets. */
function wordStartIndex(ctx: Ctx): WordStarts | undefined {
  if (ctx.wordStarts) return ctx.wordStarts;
  const { text, lower } = ctx;
  if (lower.length !== text.length) return undefined;
  const last = new Map<number, number>();
  const previous = new Int32Array(text.length);
  let afterLetter = false;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!afterLetter && (letter || (c >= 48 && c <= 57) || c >= 0xc0)) {
      const key = pairKey(lower, p);
      previous[p] = last.get(key) ?? -1;
      last.set(key, p);
    }
    afterLetter = letter;
  }
  return (ctx.wordStarts = { last, previous });
}

/**
 * matchesAt where one of `firsts` (lower case, two characters at least, the first a letter or digit) starts a word: for a
 * pattern whose every match starts with one of them and never right after a letter of the English alphabet (after `\b`, or
 * refused by notAfter). Its starts come from one index of the text's words, where matchesStartingWith scans the text for each.
 */
export function matchesAtWordStarts(ctx: Ctx, re: RegExp, firsts: readonly string[], notAfter?: RegExp): RegExpExecArray[] {
  const index = wordStartIndex(ctx);
  if (!index) return matchesAt(re, ctx.text, undefined, notAfter);
  const { lower } = ctx;
  const starts: number[] = [];
  for (const f of firsts) for (let p = index.last.get(pairKey(f, 0)) ?? -1; p >= 0; p = index.previous[p]!) if (lower.startsWith(f, p)) starts.push(p);
  return matchesAt(re, ctx.text, starts.sort((a, b) => a - b), notAfter);
}

/**
 * Where `value` starts a word of the text, in order (from the word-start index): every place indexOf would find it, but those
 * right after a letter of the English alphabet. Undefined where that index cannot answer: a value that starts with neither a
 * letter nor a digit, one that can overlap itself ("1212" in "121212", where indexOf skips the overlapping place), or a text
 * whose lower case moved the offsets.
 */
export function wordOccurrences(ctx: Ctx, value: string): number[] | undefined {
  const c = value.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) || value.length < 2) return undefined;
  for (let k = 1; k < value.length; k++) if (value.startsWith(value.slice(k))) return undefined;
  const index = wordStartIndex(ctx);
  const head = value.slice(0, 2).toLowerCase();
  if (!index || head.length !== 2) return undefined;
  const at: number[] = [];
  for (let p = index.last.get(pairKey(head, 0)) ?? -1; p >= 0; p = index.previous[p]!) if (ctx.text.startsWith(value, p)) at.push(p);
  return at.reverse();
}

/** matchesAt where one of `firsts` starts (startsOf): for a pattern whose every match starts with one of them. */
export function matchesStartingWith(ctx: Ctx, re: RegExp, firsts: readonly string[], notAfter?: RegExp): RegExpExecArray[] {
  return matchesAt(re, ctx.text, startsOf(ctx, firsts), notAfter);
}

/** The lower-case starts of a pattern's matches at a line's start, `(?:^|\n)`, for matchesStartingWith (which tries the text's start too). */
export const LINE_STARTS = ['\n'];

/** Whether s contains any of the strings: an exact gate before a scan of the whole text that can only match where one of them is. */
export const includesAny = (s: string, parts: readonly string[]): boolean => parts.some((p) => s.includes(p));

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
  `syndrome syndromes disease diseases disorder sign signs test tests criteria criterion score scores scale classification class stage staging grade grading procedure operation repair maneuver manoeuvre manouevre reflex phenomenon lesion lesions node nodes nodule nodules fracture fractures palsy palsies tumor tumour tumors tumours lymphoma sarcoma carcinoma anomaly anomalies aneurysm triad pentad tetrad law rule rules method technique incision position dressing catheter tube needle forceps retractor line lines body bodies cell cells granule granules ring rings spot spots virus fever agent strain strains bacillus index protocol regimen trial study studies cohort formula equation classification type variant pattern wave waves murmur sound sign's ulcer ulcers diverticulum diverticula duct ducts canal gland glands space pouch angle membrane layer loop ligament tubercle triangle fascia nerve artery vein valve plexus capsule area zone cyst cysts node's encephalopathy dementia chorea dystrophy disease's ataxia thyroiditis esophagus oesophagus hernia contracture contractures sclerosis phenomenon mark sign, approach block shunt anastomosis fundoplication pouch osteotomy technique tamponade solution stain staining agar medium coma-scale  coma theorem dictum razor definition biplane protein proteinuria nomogram circulation exercises exercise questionnaire inventory tool rules croup ink effect curve chart equation ratio appendix relaxation programme program breathing triage frame walker splint brace collar boot stockings mask drain stent pump inhaler formula notation dynamometer goniometer inclinometer spirometer oximeter nebuliser nebulizer blade flap tape iodine speculum laryngoscope chromosome chromosomes translocation mutation mutations allele alleles gene genes deletion lift hoist bulb encephalitis boil sore belly`.split(/\s+/),
);

/** Personal titles that introduce a name. */
export const TITLES = new Set(
  'mr mrs ms miss mx dr drs doc doctor prof professor cst pc insp supt constable deputy sheriff trooper agent sir dame madam mister nurse sister brother father rev reverend fr pastor rabbi imam judge officer sgt sergeant capt captain lt lieutenant col colonel gen general maj major cpl corporal pvt private det detective ofc pcso dci dc ds di dj hhj cllr magistrate'.split(' '),
);
/** Titles that are also ordinary words: they need a capital letter and a following capitalised token. */
// ("DC Lane", "DI Frost", "DJ Frost": detectives and a district judge; DC, DS, DI and DJ are also discharge, double
// strength and diabetes insipidus, so a name from the name lists must follow)
export const WEAK_TITLES = new Set(['sister', 'brother', 'father', 'general', 'major', 'private', 'officer', 'judge', 'nurse', 'doctor', 'dc', 'ds', 'di', 'dj']);
