/**
 * The word tagger's features: what a token looks like and what surrounds it, hashed
 * into a fixed table (no feature vocabulary to ship). Training (scripts/deid-model/train.ts)
 * and tagging (tagger.ts) both read them from here, so the two cannot drift apart.
 */
import type { Lexicon } from '../dictionaries';
import type { Token } from '../rules/context';
import { kindOf } from '../rules/entities';
import { WordCache } from '../word-cache';

/** Features per token. */
export const FEATURE_COUNT = 30;

/** 32-bit FNV-1a of a string. */
export function hashString(s: string): number {
  let x = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x >>> 0;
}

/**
 * Mixes two 32-bit values into one (murmur3's finaliser over their combination). Signed: the same 32 bits as unsigned for
 * every use here (a mask or another mix), and a signed value fits in a small integer where half the unsigned ones were
 * numbers on the heap, about 0.7 MB of garbage per call on a 5,000-word case.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b + 0x9e3779b9, 0x85ebca6b), 0xcc9e2d51);
  h ^= h >>> 15;
  h = Math.imul(h, 0x1b873593);
  return h ^ (h >>> 13);
}

const LETTER_RE = /\p{L}/u;

/** "Whitfield" -> "Xx", "McArdle" -> "XxXx", "ICU" -> "XX", "d'Arc" -> "x'Xx": the first two characters' classes, then each new run's, at most six. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    // (a letter of a script without case, Arabic, CJK, Thai, Devanagari, is 'o': the shape says nothing of which letter)
    const c = lower !== upper ? (ch === upper ? 'X' : 'x') : ch >= '0' && ch <= '9' ? 'd' : LETTER_RE.test(ch) ? 'o' : ch;
    if (c !== last || shape.length < 2) shape += c;
    last = c;
    if (shape.length > 5) break;
  }
  return shape;
}

/** What the features need of one word, hashed once per distinct word. */
export interface WordHashes {
  word: number;
  shape: number;
  prefix3: number;
  suffix2: number;
  suffix3: number;
  suffix4: number;
  /** Dictionary bits (Lexicon.flags), the nine word lists. */
  lists: number;
  /** The entity rules' word sets it belongs to (titles, relations, countries, organisation words...). */
  kind: number;
  /** Surname rank as a power of ten (1 = top 10, 5 = rarer than 10,000), 0 when not a surname. */
  surnameRank: number;
}

/**
 * A string's hash as a signed 32-bit value: the same bits as hashString's, kept where they go only into mix and masks.
 * (An unsigned value above 2^31 is a number on the heap, and each one passed to mix was a new one: about 0.6 MB of garbage
 * per call on a 5,000-word case.)
 */
export const signedHash = (s: string): number => hashString(s) | 0;
const START = signedHash('^');
const END = signedHash('$');
const LIST_BITS = 0x1ff;

/** One text's words, read once: their hashes, the gaps between them, the words it writes in lower case. */
export interface TextFeatures {
  words: readonly Token[];
  hashes: WordHashes[];
  /** gaps[i]: the hash of what stands between word i - 1 and word i. */
  gaps: Int32Array;
  lowerSeen: Set<string>;
}

export interface FeatureReader {
  /** Reads a text's words once, for read(). */
  prepare(text: string, words: readonly Token[]): TextFeatures;
  /** Writes FEATURE_COUNT feature hashes (below 2^bits) for word i into out. */
  read(words: TextFeatures, i: number, out: Uint32Array): void;
}

/** A seed per feature template, so equal values in different templates land in different rows. */
const TEMPLATE = Array.from({ length: FEATURE_COUNT }, (_, k) => signedHash('feature ' + k));
const SPACE = signedHash(' ');
const NONE: WordHashes = { word: START, shape: START, prefix3: START, suffix2: START, suffix3: START, suffix4: START, lists: LIST_BITS + 1, kind: -1, surnameRank: 0 };
const LAST: WordHashes = { ...NONE, word: END, shape: END, prefix3: END, suffix2: END, suffix3: END, suffix4: END };

/**
 * Up to four characters between two words, runs of white space as one space and digits as "d", hashed as they are read
 * (no string built: the same bits as hashString of the normalised gap, signed, as signedHash gives them).
 */
export function gapHash(text: string, from: number, to: number): number {
  if (to === from + 1 && text.charCodeAt(from) === 32) return SPACE;
  let x = 0x811c9dc5;
  let n = 0;
  let space = false;
  for (let k = from; k < to && n < 4; k++) {
    let c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      if (space) continue;
      c = 32;
      space = true;
    } else {
      // (digits as 'd': "Bed 9 Wright" and "Bed 12 Wright" have the same gap)
      if (c >= 48 && c <= 57) c = 100;
      space = false;
    }
    x ^= c;
    x = Math.imul(x, 0x01000193);
    n++;
  }
  return x | 0;
}

const hashers = new WeakMap<Lexicon, (t: Token) => WordHashes>();

/**
 * What the features need of a word, hashed once per distinct word as written; one cache per lexicon, which the tagger and
 * the edge model share.
 */
export function createWordHasher(lex: Lexicon): (t: Token) => WordHashes {
  const known = hashers.get(lex);
  if (known) return known;
  // keyed by the word as written: "Rose", "rose" and "ROSE" share their letters but not their shape
  const cache = new WordCache<Token, WordHashes>((t) => {
    const l = t.lower;
    const rank = lex.lastNames.get(l);
    return {
      word: signedHash(l),
      shape: signedHash(wordShape(t.text)),
      prefix3: signedHash(l.slice(0, 3)),
      suffix2: signedHash(l.slice(-2)),
      suffix3: signedHash(l.slice(-3)),
      suffix4: signedHash(l.slice(-4)),
      lists: lex.flags(l) & LIST_BITS,
      kind: kindOf(l),
      surnameRank: rank ? Math.min(5, Math.ceil(Math.log10(rank + 1))) : 0,
    };
  });
  const hasher = (t: Token): WordHashes => cache.get(t.text, t);
  hashers.set(lex, hasher);
  return hasher;
}

/**
 * TextFeatures.gaps for a text's words, with the text's edges at both ends. (A function of its own: with this loop inline,
 * V8 threw away prepare's optimised code at every call, 72 times in 85 calls.)
 */
function gapHashes(text: string, words: readonly Token[]): Int32Array {
  const gaps = new Int32Array(words.length + 1);
  gaps[0] = START;
  for (let i = 1; i < words.length; i++) gaps[i] = gapHash(text, words[i - 1]!.end, words[i]!.start);
  gaps[words.length] = END;
  return gaps;
}

export function createFeatureReader(lex: Lexicon, bits: number): FeatureReader {
  const mask = (1 << bits) - 1;
  const hashesOf = createWordHasher(lex);
  return {
    prepare(text, words) {
      return { words, hashes: words.map(hashesOf), gaps: gapHashes(text, words), lowerSeen: lowerCaseWords(words) };
    },
    read({ words, hashes, gaps, lowerSeen }, i, out) {
      const t = words[i]!;
      const w = hashes[i]!;
      const p1 = hashes[i - 1] ?? NONE;
      const p2 = hashes[i - 2] ?? NONE;
      const p3 = hashes[i - 3] ?? NONE;
      const n1 = hashes[i + 1] ?? LAST;
      const n2 = hashes[i + 2] ?? LAST;
      const n3 = hashes[i + 3] ?? LAST;
      const shape = w.shape;
      const T = TEMPLATE;
      out[0] = T[0]! & mask;
      out[1] = mix(T[1]!, w.word) & mask;
      out[2] = mix(T[2]!, shape) & mask;
      out[3] = mix(T[3]!, w.suffix3) & mask;
      out[4] = mix(T[4]!, w.suffix2) & mask;
      out[5] = mix(T[5]!, w.prefix3) & mask;
      out[6] = mix(T[6]!, w.lists) & mask;
      out[7] = mix(T[7]! ^ (w.lists & 1), shape) & mask;
      out[8] = mix(T[8]! ^ (t.sentenceStart ? 1 : 0), shape) & mask;
      out[9] = mix(T[9]!, p1.word) & mask;
      out[10] = mix(T[10]!, p1.shape) & mask;
      out[11] = mix(T[11]!, p2.word) & mask;
      out[12] = mix(T[12]!, n1.word) & mask;
      out[13] = mix(T[13]!, n1.shape) & mask;
      out[14] = mix(T[14]!, n2.word) & mask;
      out[15] = mix(T[15]!, gaps[i]!) & mask;
      out[16] = mix(T[16]!, gaps[i + 1]!) & mask;
      out[17] = mix(mix(T[17]!, p1.word), shape) & mask;
      out[18] = mix(mix(T[18]!, shape), n1.word) & mask;
      out[19] = mix(T[19]! ^ (p1.lists << 10), w.lists) & mask;
      out[20] = mix(T[20]!, n1.lists) & mask;
      out[21] = mix(T[21]!, Math.min(t.text.length, 10)) & mask;
      out[22] = mix(T[22]! ^ (lowerSeen.has(t.lower) ? 1 : 0), shape) & mask;
      out[23] = mix(T[23]! ^ w.surnameRank, shape) & mask;
      out[24] = mix(T[24]!, p3.word) & mask;
      out[25] = mix(T[25]!, n3.word) & mask;
      out[26] = mix(T[26]!, w.suffix4) & mask;
      out[27] = mix(T[27]!, w.kind) & mask;
      out[28] = mix(T[28]!, p1.kind) & mask;
      out[29] = mix(T[29]!, n1.kind) & mask;
    },
  };
}
/**
 * The second stage's extra features: what the first stage guessed about the word and the two words on either side,
 * alone and in pairs, one pair with the word's shape. A name or a place is several words; the second stage sees that a
 * capitalised word sits between two likely place words ("Kissel [Hill] Farm") where the first saw only their spelling.
 */
export const NEIGHBOUR_FEATURE_COUNT = 8;
const NEIGHBOUR_TEMPLATE = Array.from({ length: NEIGHBOUR_FEATURE_COUNT }, (_, k) => signedHash('neighbour ' + k));
/** The guess code of a position before the first word and after the last. */
const BEFORE_TEXT = 15;
const AFTER_TEXT = 16;
/** The guess code of a dictionary word written in lower case, which the tagger reads as that word without a guess. */
export const PLAIN_WORD_GUESS = 17;

/** A first-stage guess as one small number: how likely a name or place, in five steps, and which of the two is likelier. */
export function guessCode(pName: number, pLocation: number): number {
  return Math.min(4, Math.floor((pName + pLocation) * 5)) * 3 + (pName > pLocation ? 1 : 2);
}

/** The first stage's guess for word j of n, or what stands for the text's edge (a function of its own: a closure per word was garbage). */
const guessAt = (guess: (j: number) => number, j: number, n: number): number => (j < 0 ? BEFORE_TEXT : j >= n ? AFTER_TEXT : guess(j));

/**
 * Writes the NEIGHBOUR_FEATURE_COUNT features of word i of n into out from offset: `guess(j)` is word j's guess code,
 * `shape` the word's shape feature (its third base feature).
 */
export function readNeighbours(guess: (j: number) => number, i: number, n: number, shape: number, bits: number, out: Uint32Array, offset: number): void {
  const mask = (1 << bits) - 1;
  const g0 = guessAt(guess, i, n);
  const before1 = guessAt(guess, i - 1, n);
  const after1 = guessAt(guess, i + 1, n);
  const T = NEIGHBOUR_TEMPLATE;
  out[offset] = mix(T[0]!, g0) & mask;
  out[offset + 1] = mix(T[1]!, before1) & mask;
  out[offset + 2] = mix(T[2]!, after1) & mask;
  out[offset + 3] = mix(T[3]!, guessAt(guess, i - 2, n)) & mask;
  out[offset + 4] = mix(T[4]!, guessAt(guess, i + 2, n)) & mask;
  out[offset + 5] = mix(mix(T[5]!, before1), g0) & mask;
  out[offset + 6] = mix(mix(T[6]!, g0), after1) & mask;
  out[offset + 7] = mix(mix(T[7]!, before1 * 32 + after1), shape) & mask;
}

/** The tokens the tagger reads: words with at least one letter (numbers belong to the pattern rules). */
export function wordTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !t.num);
}

/** Words the text writes all in lower case somewhere: a capitalised "Rose" elsewhere is then more likely a word than a name. */
function lowerCaseWords(tokens: readonly Token[]): Set<string> {
  const seen = new Set<string>();
  for (const t of tokens) if (t.text === t.lower) seen.add(t.lower);
  return seen;
}
