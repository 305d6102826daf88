/**
 * The word tagger: a multinomial logistic regression over hashed word features
 * (features.ts), trained on the labelled corpus by scripts/deid-model/train.ts and shipped
 * as resources/deid/model.json. It reads the words no rule claimed and flags those that,
 * by their look and their neighbours, are names or places: the long tail no list or cue
 * holds ("Rewi", "Kampung Baru", a town written once). It runs after the rules, offline,
 * in Node and the renderer alike. Two stages: the first guesses from each word's own features; the
 * second, which decides, reads those and the first stage's guesses about the two words on either side.
 */
import { type Lexicon, tokenFlags, W_CLINICAL, W_DRUG, W_ENGLISH, W_EPONYM, W_FIRST, W_GENE, W_GENUS, W_PLACE } from '../dictionaries';
import type { Token } from '../rules/context';
import { BESIDE_NOT_PART_KINDS, hasKind, MEDICAL_HEAD_KIND, TITLE_KIND } from '../rules/entities';
import type { DeidModelData, Finding } from '../types';
import { createFeatureReader, FEATURE_COUNT, guessCode, NEIGHBOUR_FEATURE_COUNT, PLAIN_WORD_GUESS, readNeighbours, type TextFeatures, wordTokens } from './features';

/** The classes, in the order of the weights: what a word is part of. */
export const TAGGER_CLASSES = ['O', 'NAME', 'LOCATION', 'OTHER'] as const;
const CLASS_COUNT = TAGGER_CLASSES.length;

/** Letters that write a sex: M, F, and W (German weiblich). */
const SEX_LETTERS = new Set(['M', 'F', 'W', 'm', 'f']);

/** After an eponym, the number of a score: one or two digits, a sum or an out-of ("3+4", "8/9"), then no letter, sex, digit, age or
 * span word, address part or next entry of a list. */
const SCORE_AFTER_RE = /^ \d{1,2}(?:[ \t]?[+/][ \t]?\d{1,2})?(?![\p{L}\d]|[ \t]?[MFW]\b|[ \t]\d|,[ \t]?\d|[ \t]*(?:y\/?o|yrs?|years?|days?|weeks?|months?|hours?)\b|[,.;][ \t]+\p{Lu})/u;

/** An eponym that names a score: one of the eponyms and of the clinical words (scores, scales, trials) at once. */
function isScoreEponym(flags: number): boolean {
  return (flags & (W_EPONYM | W_CLINICAL)) === (W_EPONYM | W_CLINICAL);
}

/** Below the 0.75 of a confident pattern: a guess from context, which a cue or list would overrule. */
const TAGGER_CONFIDENCE = 0.6;
/** The rule name of the tagger's findings. */
export const TAGGER_RULE = 'tagger';
/**
 * The lower bar for a word right beside a name or place: where such a name ends is the commonest partial miss
 * ("[High] Country Hospice", "Tooting [Bec] ..."). Out of fold on 6,910 texts (before titles and small words were left
 * out), against the model's own bar of 0.8 everywhere: 0.5 gave +0.07 points of recall for -0.04 of precision, 0.3 +0.12
 * for -0.07, 0.15 +0.17 for -0.14; the keep rate did not move.
 */
const BESIDE_THRESHOLD = 0.3;
/** The word lists of medical vocabulary: a word in one of them, or before a medical head noun, is held to the vocabulary bar. */
const VOCABULARY_LISTS = W_EPONYM | W_CLINICAL | W_DRUG | W_GENE | W_GENUS;
/** In the `covered` array given to `tag`: a character of some finding, and a character of a name or place. */
export const COVERED = 1;
export const COVERED_BY_NAME_OR_PLACE = 2;

export interface WordTagger {
  /** Names and places among the words of `tokens` that no finding covers (`covered[i]` is COVERED or COVERED_BY_NAME_OR_PLACE for a covered character). */
  tag(text: string, tokens: readonly Token[], covered: Uint8Array): Finding[];
}

/** Decodes the shipped base64 weights (atob exists in Node 16+ and every browser). */
export function decodeWeights(base64: string): Int8Array {
  const bytes = atob(base64);
  const out = new Int8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i) << 24 >> 24;
  return out;
}

/** Sums the weight rows of features[from..to) into out, one sum per class (times the table's scale, the class's log-odds). */
function classScores(weights: Int8Array, features: Uint32Array, from: number, to: number, out: Float64Array): void {
  out.fill(0);
  for (let k = from; k < to; k++) {
    const j = features[k]! * CLASS_COUNT;
    out[0]! += weights[j]!;
    out[1]! += weights[j + 1]!;
    out[2]! += weights[j + 2]!;
    out[3]! += weights[j + 3]!;
  }
}

const guessScores = new Float64Array(CLASS_COUNT);

/** The first stage's guess code (features.ts, guessCode) for the word whose FEATURE_COUNT features start at `offset`. */
export function firstStageGuess(weights: Int8Array, scale: number, features: Uint32Array, offset: number): number {
  classScores(weights, features, offset, offset + FEATURE_COUNT, guessScores);
  const o = guessScores[0]!;
  const name = guessScores[1]!;
  const location = guessScores[2]!;
  const other = guessScores[3]!;
  const top = Math.max(o, name, location, other);
  const eo = Math.exp((o - top) * scale);
  const en = Math.exp((name - top) * scale);
  const el = Math.exp((location - top) * scale);
  const z = eo + en + el + Math.exp((other - top) * scale);
  return guessCode(en / z, el / z);
}

function decodeTable(base64: string, bits: number): Int8Array {
  const weights = decodeWeights(base64);
  if (weights.length !== CLASS_COUNT << bits) throw new Error(`deid model: ${weights.length} weights, expected ${CLASS_COUNT << bits}`);
  return weights;
}

/**
 * A dictionary word written in lower case: read as that word, never flagged, and given no first-stage guess (about
 * half the words; the second stage sees PLAIN_WORD_GUESS for them, in training as in tagging).
 */
export function isPlainWord(lex: Lexicon, t: Token): boolean {
  return t.text === t.lower && isEnglishWord(lex, t);
}

/** A word of the English list. */
function isEnglishWord(lex: Lexicon, t: Token): boolean {
  return (tokenFlags(lex, t) & W_ENGLISH) !== 0;
}

/** Reads the deciding stage's features of a text's words: each word's own, then, with a second stage, the first stage's guesses about it and its neighbours. */
export interface DecisionReader {
  /** The deciding stage's table and scale. */
  readonly weights: Int8Array;
  readonly scale: number;
  /** Features per word. */
  readonly count: number;
  /** Starts on a text's words (wordTokens). */
  start(text: string, words: readonly Token[]): void;
  /** Writes word i's `count` features into out. */
  read(i: number, out: Uint32Array): void;
}

export function createDecisionReader(lex: Lexicon, model: DeidModelData): DecisionReader {
  const first = decodeTable(model.weights, model.bits);
  const reader = createFeatureReader(lex, model.bits);
  const neighbourFeatures = new Uint32Array(FEATURE_COUNT);
  const twoStages = model.secondStage !== undefined;
  let words: readonly Token[] = [];
  let prepared: TextFeatures | undefined;
  let text = '';
  // the first stage's guesses, read for the words the second stage looks at (-1: not read yet)
  let guesses = new Int8Array(0);
  const guess = (j: number): number => {
    let g = guesses[j]!;
    if (g < 0 && isPlainWord(lex, words[j]!)) g = guesses[j] = PLAIN_WORD_GUESS;
    if (g < 0) {
      reader.read((prepared ??= reader.prepare(text, words)), j, neighbourFeatures);
      g = guesses[j] = firstStageGuess(first, model.scale, neighbourFeatures, 0);
    }
    return g;
  };
  return {
    weights: twoStages ? decodeTable(model.secondStage!.weights, model.bits) : first,
    scale: twoStages ? model.secondStage!.scale : model.scale,
    count: twoStages ? FEATURE_COUNT + NEIGHBOUR_FEATURE_COUNT : FEATURE_COUNT,
    start(t, w) {
      text = t;
      words = w;
      prepared = undefined;
      if (twoStages) guesses = new Int8Array(w.length).fill(-1);
    },
    read(i, out) {
      reader.read((prepared ??= reader.prepare(text, words)), i, out);
      if (!twoStages) return;
      // (the word's own first-stage guess from the features just read, rather than reading them again)
      if (guesses[i]! < 0 && !isPlainWord(lex, words[i]!)) guesses[i] = firstStageGuess(first, model.scale, out, 0);
      readNeighbours(guess, i, words.length, out[2]!, model.bits, out, FEATURE_COUNT);
    },
  };
}

export function createWordTagger(lex: Lexicon, model: DeidModelData): WordTagger {
  if (model.classes.join() !== TAGGER_CLASSES.join()) throw new Error(`deid model: classes ${model.classes.join()} are not ${TAGGER_CLASSES.join()}`);
  const decision = createDecisionReader(lex, model);
  const { weights, scale } = decision;
  const features = new Uint32Array(decision.count);
  const scores = new Float64Array(CLASS_COUNT);
  // p(NAME) + p(LOCATION) > threshold  <=>  e^name + e^location > odds * (e^o + e^other), odds = t / (1 - t)
  const odds = model.threshold / (1 - model.threshold);
  const logHalfOdds = Math.log(odds / 2);
  const vocabularyThreshold = model.vocabularyThreshold ?? model.threshold;
  const vocabularyOdds = vocabularyThreshold / (1 - vocabularyThreshold);
  const logHalfVocabularyOdds = Math.log(vocabularyOdds / 2);
  const besideOdds = Math.min(odds, BESIDE_THRESHOLD / (1 - BESIDE_THRESHOLD));
  const logHalfBesideOdds = Math.log(besideOdds / 2);
  return {
    tag(text, tokens, covered) {
      const words = wordTokens(tokens);
      let started = false;
      const found: Finding[] = [];
      let runName = 0;
      let runLocation = 0;
      for (let i = 0; i < words.length; i++) {
        const t = words[i]!;
        if (isCovered(covered, t.start, t.end)) continue;
        // a dictionary word written in lower case is read as that word: this skips about half the words, for
        // 0.03 points of out-of-fold recall (lower-case names the tagger would have found)
        if (isPlainWord(lex, t)) continue;
        const before = words[i - 1];
        const after = words[i + 1];
        const lastFound = found[found.length - 1];
        // a word joined to a name or place before it (the rules' or the tagger's own)
        const afterName = before !== undefined && (covered[before.start] === COVERED_BY_NAME_OR_PLACE || lastFound?.end === before.end) && isJoinable(text, before.end, t.start);
        // an eponym before its head noun is the thing named after the person ("Finnegan score", "Foley catheter"), but not a
        // surname after a given name nor a place ("Wiremu Harris study nurse", "near Denver area")
        if (after && !afterName && (tokenFlags(lex, t) & (W_EPONYM | W_PLACE)) === W_EPONYM && !(before && before.cap && tokenFlags(lex, before) & W_FIRST && isJoinable(text, before.end, t.start)) && isJoinable(text, t.end, after.start) && hasKind(after, MEDICAL_HEAD_KIND)) continue;
        // a capitalised scale's eponym before a number alone is a score ("Gleason 7", "Apgar 8/9", "Wagner 2"), not a surname before
        // an age or a stay ("Gupta 70M", "Jones 91 yo", "Wells 4 days"), a phone ("08 5550 1290"), an address ("Steinberg 4, 69151")
        // or a list's next entry ("Bed list: Jones 4, Patel 6")
        if (!afterName && (t.cap || t.upper) && isScoreEponym(tokenFlags(lex, t)) && !(before && isJoinable(text, before.end, t.start) && (hasKind(before, TITLE_KIND) || tokenFlags(lex, before) & W_FIRST)) && SCORE_AFTER_RE.test(text.slice(t.end, t.end + 16))) continue;
        // a sex beside an age is no initial: "63M", "91 F", "John Smith, M, 45"
        if (SEX_LETTERS.has(t.text) && (/\d ?$/.test(text.slice(Math.max(0, t.start - 2), t.start)) || /^,? ?\d/.test(text.slice(t.end, t.end + 3)))) continue;
        if (!started) {
          decision.start(text, words);
          started = true;
        }
        decision.read(i, features);
        classScores(weights, features, 0, features.length, scores);
        const o = scores[0]!;
        const name = scores[1]!;
        const location = scores[2]!;
        const other = scores[3]!;
        const best = name > location ? name : location;
        const rest = o > other ? o : other;
        // a word beside a name or place, before or after it, gets the lower bar, but for the titles, relations, small words
        // and the like that stand beside names
        const beside =
          !hasKind(t, BESIDE_NOT_PART_KINDS) &&
          (afterName || (after !== undefined && covered[after.start] === COVERED_BY_NAME_OR_PLACE && isJoinable(text, t.end, after.start)));
        // a word of the medical vocabulary ("Barthel", "Hashimoto") or before a medical head noun ("Geneva score") is a
        // name or a place less often than other words: it is held to the higher bar
        const vocabulary = !beside && ((tokenFlags(lex, t) & VOCABULARY_LISTS) !== 0 || (after !== undefined && hasKind(after, MEDICAL_HEAD_KIND)));
        const bar = beside ? besideOdds : vocabulary ? vocabularyOdds : odds;
        // p(NAME) + p(LOCATION) <= 2 e^best / e^rest: most words are plainly words, and need no more
        if ((best - rest) * scale < (beside ? logHalfBesideOdds : vocabulary ? logHalfVocabularyOdds : logHalfOdds)) continue;
        if (Math.exp((name - rest) * scale) + Math.exp((location - rest) * scale) > bar * (1 + Math.exp(((o < other ? o : other) - rest) * scale))) {
          const last = found[found.length - 1];
          // consecutive words make one finding ("Rewi Tane", "Greater Hope Baptist"), typed by their summed evidence
          if (last && last.end === words[i - 1]?.end && isJoinable(text, last.end, t.start)) {
            last.end = t.end;
            runName += name;
            runLocation += location;
            last.type = runName >= runLocation ? 'NAME' : 'LOCATION';
          } else {
            runName = name;
            runLocation = location;
            found.push({ start: t.start, end: t.end, type: name >= location ? 'NAME' : 'LOCATION', confidence: TAGGER_CONFIDENCE, rule: TAGGER_RULE });
          }
        }
      }
      // a name or place found once is the same wherever the text repeats it ("Bed 9 Wright ... Plan: Wright for U&E"),
      // but for a dictionary word that starts a sentence ("Rose to 39.2")
      if (found.length) {
        // (keyed by the word's lower-case form, possessive 's dropped, as the tokens are: "Wright's" is "wright")
        const seeds = new Map<string, Finding>();
        for (const f of found) {
          const i = wordIndexAt(words, f.start);
          const w = words[i];
          if (w && w.start === f.start && w.end === f.end) seeds.set(w.lower, f);
          // (and each word of a name of several, but for a title or a relation: "Mama Chi ... Later Chi", not "Mama")
          else if (f.type === 'NAME')
            for (let j = i; j < words.length && words[j]!.end <= f.end; j++) {
              const part = words[j]!;
              if (part.text.length > 1 && !part.kind && !seeds.has(part.lower)) seeds.set(part.lower, f);
            }
        }
        if (seeds.size)
          for (const t of words) {
            const seed = seeds.get(t.lower);
            // (not a word of the seed itself: "Rewi Mere" seeds "mere", which is no repeat of it)
            if (!seed || (seed.start <= t.start && t.end <= seed.end) || !t.cap || isCovered(covered, t.start, t.end)) continue;
            if (t.sentenceStart && isEnglishWord(lex, t)) continue;
            found.push({ start: t.start, end: t.end, type: seed.type, confidence: TAGGER_CONFIDENCE, rule: TAGGER_RULE });
          }
      }
      return found;
    },
  };
}

/** Two words of one name or place: one space between them (a column gap of several is not). */
export function isJoinable(text: string, end: number, start: number): boolean {
  return start === end + 1 && text.charCodeAt(end) === 32;
}

/** The index of the first word that starts at or after `start` (the words are in text order). */
function wordIndexAt(words: readonly Token[], start: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isCovered(covered: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (covered[k]) return true;
  return false;
}
