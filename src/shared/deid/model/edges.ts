/**
 * The edge model: where a found name or place ends. The rules and the tagger often find most of a name and stop a word
 * short ("Providence St[. ]Vincent Medical Center", "Partridge [& ]Lowe Solicitors", "Ipsilantou [45-47]"), and the part
 * left out still identifies. From each end of a name or place it looks at the next piece outward (the gap and the word
 * after it, or a full stop) and takes it while a logistic regression over hashed features of the piece, the gap and the
 * finding says it belongs, up to four pieces a side; a piece that is another finding joins the two. Trained by
 * scripts/deid-model/train-edges.ts on where the engine's findings end and the labelled identifiers end, shipped as
 * resources/deid/edges.json; it runs last, offline, in Node and the renderer alike.
 */
import type { Lexicon } from '../dictionaries';
import { type Token, tokenAt } from '../rules/context';
import type { DeidEdgeModelData, Finding, PhiType } from '../types';
import { createWordHasher, gapHash, hashString, mix } from './features';
import { decodeWeights } from './tagger';

/** The types whose ends it reads. Marks, dates and numbers gained almost nothing out of fold. */
export const EDGE_TYPES: ReadonlySet<PhiType> = new Set(['NAME', 'LOCATION']);
/** Pieces taken at most on each side of a finding. */
const MAX_STEPS = 4;
/** Between a finding and the next word: one space, or up to two marks that sit inside names and addresses, then a space. */
const GAP_RE = /^(?:| |[.,&'’/#°º-]{1,2} ?| [&–—-] )$/;
const YEAR_RE = /^(?:19|20)\d\d$/;
const LETTER_RE = /\p{L}/u;

/** One piece outward of a finding: [start, end) and its features; `other` is the finding the piece's word belongs to, or -1. */
export interface EdgeStep {
  start: number;
  end: number;
  other: number;
  features: Uint32Array;
}

/** Decides whether a step is taken (the model, or in training the labels). */
export type EdgeDecision = (step: EdgeStep) => boolean;

const seeds = new Map<string, number>();
const seed = (name: string): number => {
  let s = seeds.get(name);
  if (s === undefined) seeds.set(name, (s = hashString('edge ' + name)));
  return s;
};

function letterCount(text: string, start: number, end: number, atLeast: number): boolean {
  let n = 0;
  for (let k = start; k < end && n < atLeast; k++) if (LETTER_RE.test(text[k]!)) n++;
  return n >= atLeast;
}

function wordCount(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let k = start; k < end; k++) {
    const space = text.charCodeAt(k) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export interface EdgeReader {
  /** The features are hashed into 2^bits rows. */
  readonly bits: number;
  /**
   * The next piece outward of finding `i` (`dir` 1: after it, -1: before it), after `steps` taken on that side, or null
   * when there is none that could belong: a line or column break, a year, a number beside a clock time or a
   * measurement, a finding of fewer than two letters. `owner[k]` is the finding character k belongs to, or -1.
   */
  step(text: string, tokens: readonly Token[], findings: readonly Finding[], i: number, dir: 1 | -1, steps: number, owner: Int32Array): EdgeStep | null;
}

export function createEdgeReader(lex: Lexicon, bits: number): EdgeReader {
  const mask = (1 << bits) - 1;
  const features: number[] = [];
  const hashesOf = createWordHasher(lex);
  const typeHashes = new Map<string, number>();
  const hashOf = (name: string): number => {
    let h = typeHashes.get(name);
    if (h === undefined) typeHashes.set(name, (h = hashString(name)));
    return h;
  };
  return {
    bits,
    step(text, tokens, findings, i, dir, steps, owner) {
      const f = findings[i]!;
      const { start: fs, end: fe } = f;
      if (!letterCount(text, fs, fe, 2)) return null;
      let token: Token | undefined;
      let gap = '';
      let start: number;
      let end: number;
      if (dir === 1) {
        token = tokens[tokenAt(tokens, fe)];
        gap = token ? text.slice(fe, token.start) : '';
        if (!token || !GAP_RE.test(gap)) {
          // (a full stop alone: "Tayuman St[.]", "Esq[.]")
          if (text[fe] !== '.') return null;
          token = undefined;
          start = fe;
          end = fe + 1;
        } else {
          start = fe;
          end = token.end;
        }
      } else {
        token = tokens[tokenAt(tokens, fs) - 1];
        if (!token) return null;
        gap = text.slice(token.end, fs);
        if (!GAP_RE.test(gap)) return null;
        start = token.start;
        end = fs;
      }
      if (token?.num) {
        // a number only for a place ("Ipsilantou 45-47", "Dublin 9"), never a year, an age with its sex ("88F"), nor part of a
        // clock time or a measure ("06:30", "3,4 mmol/l")
        if (f.type !== 'LOCATION' || YEAR_RE.test(token.text)) return null;
        if (dir === 1 ? /^(?:[:.,/]\d|\p{L})/u.test(text.slice(token.end, token.end + 2)) : /\d[:.,/]$/.test(text.slice(Math.max(0, token.start - 2), token.start))) return null;
      }
      const other = token ? owner[token.start]! : -1;
      // (a name or place joins only another: "Fußball an [Allerheiligen]" is no place, "jomar's [dec 27]" no name)
      if (other === i || (other >= 0 && !EDGE_TYPES.has(findings[other]!.type))) return null;
      // the finding's word at this end, and the word just outside its other end
      const edgeIndex = dir === 1 ? tokenAt(tokens, fe) - 1 : tokenAt(tokens, fs);
      const edge = tokens[edgeIndex] && tokens[edgeIndex]!.start >= fs && tokens[edgeIndex]!.end <= fe ? tokens[edgeIndex] : undefined;
      const edgeHashes = edge && hashesOf(edge);
      const edgeWord = edgeHashes ? edgeHashes.word : 0;
      const edgeShape = edgeHashes ? edgeHashes.shape : 0;
      const d = dir === 1 ? 1 : 2;
      const kind = token ? 1 : 2;
      const type = hashOf(f.type);
      const g = gapHash(gap, 0, gap.length);
      features.length = 0;
      // (the direction and up to three values; no rest parameter, as this runs at every end of every name and place)
      const add = (name: string, a: number, b?: number, c?: number) => {
        let h = mix(mix(seed(name), d), a);
        if (b !== undefined) h = mix(h, b);
        if (c !== undefined) h = mix(h, c);
        features.push(h & mask);
      };
      add('bias', kind, type);
      add('gap', kind, g);
      add('gap type', g, type);
      add('edge word', edgeWord);
      add('edge shape', edgeShape, kind);
      add('edge word gap', edgeWord, g);
      add('steps', steps, kind);
      add('other', other >= 0 ? hashOf(findings[other]!.type) : 0, type);
      add('rule', hashOf(f.rule), type);
      const words = Math.min(wordCount(text, fs, fe), 6);
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
