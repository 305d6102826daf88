/**
 * The edge model: where a found name or place ends. The rules and the tagger often find most of a name and stop a word
 * short ("Providence St[. ]Vincent Medical Center", "Partridge [& ]Lowe Solicitors", "Ipsilantou [45-47]"), and the part
 * left out still identifies. From each end of a name or place it looks at the next piece outward (the gap and the word
 * after it, or a full stop) and takes it while a logistic regression over hashed features of the piece, the gap and the
 * finding says it belongs, up to four pieces a side and 160 characters in all; a piece that reaches another name or place
 * joins the two. What a clinician needs is never offered (wordPiece): drugs, clinical words, units, doses, scores. Trained by
 * scripts/deid-model/train-edges.ts on where the engine's findings end and the labelled identifiers end, shipped as
 * resources/deid/edges.json; it runs last, offline, in Node and the renderer alike.
 */
import { isAbbreviation, type Lexicon, tokenFlags, W_CLINICAL, W_DRUG, W_ENGLISH, W_FIRST, W_GENE, W_LAST } from '../dictionaries';
import { type Token, tokenAt } from '../rules/context';
import { hasKind, MEDICAL_HEAD_KIND } from '../rules/entities';
import { UNIT_AFTER } from '../rules/ids';
import type { DeidEdgeModelData, Finding, PhiType } from '../types';
import { createWordHasher, gapHash, mix, signedHash } from './features';
import { decodeWeights } from './tagger';

/** The types whose ends it reads. Marks, dates and numbers gained almost nothing out of fold. */
export const EDGE_TYPES: ReadonlySet<PhiType> = new Set(['NAME', 'LOCATION']);
/** Pieces taken at most on each side of a finding. */
const MAX_STEPS = 4;
/**
 * Between a finding and the next word: one space, or up to two marks that sit inside names and addresses, then a space;
 * or nothing, where the finding starts inside a word and the piece is the rest of that word ("FP-[ID 00472]").
 */
const GAP_RE = /^(?:| |[.,&'’/#°º-]{1,2} ?| [&–—-] )$/;
const YEAR_RE = /^(?:19|20)\d\d$/;
const LETTER_RE = /\p{L}/u;
const ALNUM_RE = /[\p{L}\p{N}]/u;
/** Words of time a number follows, which make it a duration or a day of care, not a house number ("Day 3", "week 2"). */
const TIME_WORDS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'cycle', 'dose', 'visit', 'session', 'pod']);
/** An age after a number: "45 yo", "45 y/o". */
const AGE_AFTER_RE = /^\s?(?:yo|y\/o|y\.o\.|yrs?|años|ans|jahre)\b/i;
/** Words a clinician needs, which never belong to a name or place: drugs, clinical words and scales, genes. */
const CLINICAL_FLAGS = W_DRUG | W_CLINICAL | W_GENE;
/**
 * No name or place is longer (the longest labelled in the corpus has 80 characters). The bound also keeps the walk linear:
 * without it a text of repeated addresses joined into one finding, relabelled at every join.
 */
const MAX_LENGTH = 160;

/** One piece outward of a finding: [start, end) and its features; `other` is the finding the piece's word belongs to, or -1. */
export interface EdgeStep {
  start: number;
  end: number;
  other: number;
  features: Uint32Array;
}

/** Decides whether a step is taken (the model, or in training the labels). */
export type EdgeDecision = (step: EdgeStep) => boolean;

/** signedHash, remembered: the feature templates' names, the types and the rules' names are few. */
const hashes = new Map<string, number>();
const hashOf = (name: string): number => {
  let h = hashes.get(name);
  if (h === undefined) hashes.set(name, (h = signedHash(name)));
  return h;
};

/** Whether [start, end) holds two letters or more. */
function hasTwoLetters(text: string, start: number, end: number): boolean {
  let n = 0;
  for (let k = start; k < end; k++) {
    // (by code point: a letter outside the Basic Multilingual Plane is two UTF-16 units)
    const c = text.codePointAt(k)!;
    if (c > 0xffff) k++;
    if (LETTER_RE.test(String.fromCodePoint(c)) && ++n === 2) return true;
  }
  return false;
}

/** The words of [start, end), counted up to `most`. */
function wordCount(text: string, start: number, end: number, most: number): number {
  let n = 0;
  let inWord = false;
  for (let k = start; k < end && n < most; k++) {
    const space = text.charCodeAt(k) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A piece outward of a finding: the word after the gap (none for a lone full stop), its span, the finding it reaches. */
interface Piece {
  token: Token | undefined;
  gap: string;
  start: number;
  end: number;
  other: number;
}

export interface EdgeReader {
  /** The features are hashed into 2^bits rows. */
  readonly bits: number;
  /**
   * The next piece outward of finding `i` (`dir` 1: after it, -1: before it), after `steps` taken on that side, or null
   * when there is none that could belong: a line or column break, a clinical word, a unit, a year, a number beside a
   * clock time, a dose or a score, a finding of another type, a finding of fewer than two letters, a join past 160
   * characters. `owner[k]` is the finding character k belongs to, or -1.
   */
  step(text: string, tokens: readonly Token[], findings: readonly Finding[], i: number, dir: 1 | -1, steps: number, owner: Int32Array): EdgeStep | null;
}

/**
 * A whole word and the full stop that ends its sentence: a capital and lower-case letters, no title or abbreviated given
 * name ("Dr Li. Ann reports" ends at Li; "Prof. Dr. Fodor", "Wm. Smith" go on).
 */
const SENTENCE_END_RE =
  /(?<![\p{L}.])(?!(?:Ch|Md|Ma|Mo|Wm|Th|Jr|Sr|St|Mt|Ft|Dr|Mr|Ms|Mrs|Jos|Geo|Chas|Thos|Prof|Gral|Capt|Sgt|Insp|Supt|Hon|Rev|Dott|Dra|Sra|Srta|Mme|Mlle|Ste|Bros|Co|Ltd|Inc|Ave|Rd|Blvd|Hwy)\.)\p{Lu}\p{Ll}+\.[ \t]+$/u;

export function createEdgeReader(lex: Lexicon, bits: number): EdgeReader {
  const mask = (1 << bits) - 1;
  const features: number[] = [];
  const hashesOf = createWordHasher(lex);
  /** A word a clinician needs: a drug, a clinical word or scale, a gene, a clinical abbreviation ("GCS", "CRP"). */
  const isClinical = (t: Token): boolean => (tokenFlags(lex, t) & CLINICAL_FLAGS) !== 0 || lex.drugs.has(t.lower) || (t.upper && isAbbreviation(lex, t.text));
  // the step's direction, for add (one closure for all steps: this runs at every end of every name and place)
  let d = 0;
  const add = (name: string, a: number, b?: number, c?: number) => {
    let h = mix(mix(hashOf(name), d), a);
    if (b !== undefined) h = mix(h, b);
    if (c !== undefined) h = mix(h, c);
    features.push(h & mask);
  };
  /** The next word outward of finding i with the gap before it, or null where no word could belong (see EdgeReader.step). */
  const wordPiece = (text: string, tokens: readonly Token[], findings: readonly Finding[], i: number, dir: 1 | -1, owner: Int32Array): Piece | null => {
    const f = findings[i]!;
    const { start: fs, end: fe } = f;
    const token = dir === 1 ? tokens[tokenAt(tokens, fe)] : tokens[tokenAt(tokens, fs) - 1];
    if (!token) return null;
    const gap = dir === 1 ? text.slice(fe, token.start) : text.slice(token.end, fs);
    if (!GAP_RE.test(gap)) return null;
    // (a name never runs on past a sentence's end after a whole word: "Dr. Amara Nwosu. Eleanor Whitfield" are two people;
    // a title's or an initial's full stop is no end, "Prof. Dr. Octavian Fodor", "J. Smith")
    if (f.type === 'NAME' && SENTENCE_END_RE.test(dir === 1 ? text.slice(fs, fe) + gap : token.text + gap)) return null;
    const start = dir === 1 ? fe : token.start;
    const end = dir === 1 ? token.end : fs;
    // (a word glued to a number or a letter is part of a code: "Edinburgh [T]2DM")
    if (dir === 1 ? ALNUM_RE.test(text[token.end] ?? '') : ALNUM_RE.test(text[token.start - 1] ?? '')) return null;
    if (token.num) {
      // a number only for a place ("Ipsilantou 45-47", "Dublin 9"), never a year, an age ("88F", "45 yo"), a dose or a
      // measure ("10 mg", "3,4 mmol/l"), part of a clock time ("06:30"), nor a score's value ("GCS [15] Kingston Hospital")
      if (f.type !== 'LOCATION' || YEAR_RE.test(token.text)) return null;
      // (nor the rest of a decimal: "K 5[.9]")
      if (dir === 1 ? /\d[.,:]$/.test(text.slice(Math.max(0, token.start - 2), token.start)) : /^[.,:]\d/.test(text.slice(token.end, token.end + 2))) return null;
      if (dir === 1) {
        const after = text.slice(token.end, token.end + 16);
        if (/^[:.,/]\d/.test(after) || UNIT_AFTER.test(after) || AGE_AFTER_RE.test(after)) return null;
        const last = tokens[token.index - 1];
        if (last && last.end <= fe && last.end > fs && isClinical(last)) return null;
      } else {
        if (/\d[:.,/]$/.test(text.slice(Math.max(0, token.start - 2), token.start))) return null;
        const before = tokens[token.index - 1];
        if (before && token.start - before.end <= 2 && isClinical(before)) return null;
      }
    } else if (
      // never a drug, a clinical word or abbreviation ("Leeds [Troponin]", "[CRP] 120"), a disease's or a score's head noun
      // ("Addison [disease]"), a unit ("45 [yo]", "[mg]"), an English word beside a name that is no name itself ("John Smith
      // [Aspirin]"), nor the time before a number that starts a place ("[Day] 3 Elm Road")
      isClinical(token) ||
      hasKind(token, MEDICAL_HEAD_KIND) ||
      UNIT_AFTER.test(token.text) ||
      AGE_AFTER_RE.test(token.text) ||
      (f.type === 'NAME' && token.cap && (tokenFlags(lex, token) & (W_ENGLISH | W_FIRST | W_LAST)) === W_ENGLISH) ||
      (dir === -1 && TIME_WORDS.has(token.lower) && /^\d/.test(text[fs] ?? ''))
    ) {
      return null;
    }
    // the name or place the piece reaches, if any: only one, and only a name or place ("Fußball an [Allerheiligen]" is no
    // place, "jomar's [dec 27]" no name); it may start inside the piece's word ("Mary Smith [FP-ID 00472]")
    let other = -1;
    for (let k = start; k < end; k++) {
      const j = owner[k]!;
      if (j < 0 || j === i || j === other) continue;
      if (other >= 0 || !EDGE_TYPES.has(findings[j]!.type)) return null;
      other = j;
    }
    // (a name and a place join over a space or a dash, not over a full stop or a comma: "Elm St. | Anna Smith")
    if (other >= 0 && findings[other]!.type !== f.type && (/[.,]/.test(gap) || (dir === 1 && /[.,]/.test(text[fe - 1]!)))) return null;
    const joined = other >= 0 ? findings[other]! : f;
    if (Math.max(fe, end, joined.end) - Math.min(fs, start, joined.start) > MAX_LENGTH) return null;
    return { token, gap, start, end, other };
  };
  return {
    bits,
    step(text, tokens, findings, i, dir, steps, owner) {
      const f = findings[i]!;
      const { start: fs, end: fe } = f;
      if (!hasTwoLetters(text, fs, fe)) return null;
      // the next word outward, or else, after the finding, its full stop alone ("Tayuman St[.]", "Elm St[.] Anna Smith")
      let piece = wordPiece(text, tokens, findings, i, dir, owner);
      if (!piece && dir === 1 && text[fe] === '.' && !/\d/.test(text[fe + 1] ?? '') && owner[fe] === -1 && fe + 1 - fs <= MAX_LENGTH) piece = { token: undefined, gap: '', start: fe, end: fe + 1, other: -1 };
      if (!piece) return null;
      const { token, gap, start, end, other } = piece;
      // the finding's word at this end, and the word just outside its other end
      const edgeIndex = dir === 1 ? tokenAt(tokens, fe) - 1 : tokenAt(tokens, fs);
      const edge = tokens[edgeIndex] && tokens[edgeIndex]!.start >= fs && tokens[edgeIndex]!.end <= fe ? tokens[edgeIndex] : undefined;
      const edgeHashes = edge && hashesOf(edge);
      const edgeWord = edgeHashes ? edgeHashes.word : 0;
      const edgeShape = edgeHashes ? edgeHashes.shape : 0;
      d = dir === 1 ? 1 : 2;
      const kind = token ? 1 : 2;
      const type = hashOf(f.type);
      const g = gapHash(gap, 0, gap.length);
      features.length = 0;
      add('bias', kind, type);
      add('gap', kind, g);
      add('gap type', g, type);
      add('edge word', edgeWord);
      add('edge shape', edgeShape, kind);
      add('edge word gap', edgeWord, g);
      add('steps', steps, kind);
      add('other', other >= 0 ? hashOf(findings[other]!.type) : 0, type);
      add('rule', hashOf(f.rule), type);
      const words = wordCount(text, fs, fe, 6);
      add('words', words, type);
      if (token) {
        const hashes = hashesOf(token);
        const { word, shape, lists: flags } = hashes;
        add('word', word);
        add('shape', shape);
        add('lists', flags);
        add('kind', hashes.kind);
        add('gap shape', g, shape);
        add('edge shape shape', edgeShape, shape);
        add('edge word word', edgeWord, word);
        add('word type', word, type);
        add('sentence start', token.sentenceStart ? 1 : 0, shape);
        add('length', Math.min(token.text.length, 8), shape);
        add('shape type', shape, type);
        add('lists type', flags, type);
        add('prefix', hashes.prefix3);
        add('suffix', hashes.suffix3);
        add('case lists gap', token.cap ? 1 : token.upper ? 2 : 0, flags, g);
        add('words shape', words, shape, type);
        // the word outside the finding's other end ("Dr" in "Dr [Soliman Fakeeh] Hospital")
        const outerIndex = dir === 1 ? tokenAt(tokens, fs) - 1 : tokenAt(tokens, fe);
        const outer = tokens[outerIndex];
        const outerNear = outer !== undefined && (dir === 1 ? fs - outer.end <= 2 : outer.start - fe <= 2);
        const outerHashes = outerNear ? hashesOf(outer) : undefined;
        add('outer word', outerHashes ? outerHashes.word : 0);
        add('outer shape', outerHashes ? outerHashes.shape : 0, shape);
        // and what lies beyond the piece: a line's end, a comma, the next word
        const beyondIndex = dir === 1 ? token.index + 1 : token.index - 1;
        const beyond = tokens[beyondIndex];
        const beyondNear = beyond !== undefined && (dir === 1 ? beyond.start - token.end <= 2 : token.start - beyond.end <= 2);
        add('beyond gap', dir === 1 ? gapHash(text, token.end, Math.min(text.length, token.end + 2)) : gapHash(text, Math.max(0, token.start - 2), token.start));
        const beyondHashes = beyondNear ? hashesOf(beyond) : undefined;
        add('beyond shape', beyondHashes ? beyondHashes.shape : 0);
        add('beyond word', beyondHashes ? beyondHashes.word : 0);
      } else {
        const after = gapHash(text, fe + 1, Math.min(text.length, fe + 3));
        add('stop word', after, edgeWord);
        add('stop shape', after, edgeShape);
      }
      return { start, end, other, features: Uint32Array.from(features) };
    },
  };
}

/**
 * Walks outward from each name and place of `findings` (sorted, apart) and takes each step `decide` allows. Returns the
 * findings with their new ends, sorted and apart: a finding a step reached is joined into the one that reached it.
 */
export function extendEdges(reader: EdgeReader, text: string, tokens: readonly Token[], findings: readonly Finding[], decide: EdgeDecision): Finding[] {
  if (!findings.some((f) => EDGE_TYPES.has(f.type))) return [...findings];
  const out = findings.map((f) => ({ ...f }));
  const owner = new Int32Array(text.length).fill(-1);
  out.forEach((f, i) => owner.fill(i, f.start, f.end));
  const joined = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    if (!EDGE_TYPES.has(f.type) || joined[i]) continue;
    for (const dir of [1, -1] as const) {
      for (let steps = 0; steps < MAX_STEPS; steps++) {
        const step = reader.step(text, tokens, out, i, dir, steps, owner);
        if (!step || !decide(step)) break;
        let start = Math.min(f.start, step.start);
        let end = Math.max(f.end, step.end);
        if (step.other >= 0) {
          start = Math.min(start, out[step.other]!.start);
          end = Math.max(end, out[step.other]!.end);
        }
        // (every finding the step covers, the one its word belongs to and any inside the gap, joins this one)
        for (let k = start; k < end; k++) {
          const j = owner[k]!;
          if (j >= 0 && j !== i && !joined[j]) {
            joined[j] = 1;
            f.confidence = Math.max(f.confidence, out[j]!.confidence);
          }
        }
        f.start = start;
        f.end = end;
        owner.fill(i, start, end);
      }
    }
  }
  return out.filter((_, i) => !joined[i]);
}

/** The shipped model as a decision: the step's probability above the model's threshold. */
export function createEdgeDecision(model: DeidEdgeModelData): EdgeDecision {
  const weights = decodeWeights(model.weights);
  if (weights.length !== 1 << model.bits) throw new Error(`deid edge model: ${weights.length} weights, expected ${1 << model.bits}`);
  // p > t  <=>  score > log(t / (1 - t))
  const bar = Math.log(model.threshold / (1 - model.threshold)) / model.scale;
  return (step) => {
    let score = 0;
    for (const k of step.features) score += weights[k]!;
    return score > bar;
  };
}
