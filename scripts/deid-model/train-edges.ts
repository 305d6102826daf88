/**
 * Trains the de-identification edge model (src/shared/deid/model/edges.ts) and writes resources/deid/edges.json.
 *
 *   npm run train:deid                                  # trains the word tagger, then this
 *   tsx scripts/deid-model/train-edges.ts --folds       # first report out-of-fold scores with and without it
 *   tsx scripts/deid-model/train-edges.ts --check       # exit 1 when edges.json is not what training gives
 *
 * It learns from the engine's findings on the dev and heldout texts, each batch's found by a tagger trained without it
 * (three folds by batch), as a new text's are found: a step outward from a name or place is right when every character
 * of it lies inside a labelled identifier and none inside a keep phrase. The fresh texts are never used. Deterministic
 * (texts in corpus order, one thread), so --check can compare bytes.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDictionaries } from '../../src/shared/deid/data';
import { buildLexicon } from '../../src/shared/deid/dictionaries';
import { createDeidEngine } from '../../src/shared/deid/engine';
import { type LabelledDoc, scoreCorpus } from '../../src/shared/deid/evaluate';
import { createEdgeDecision, createEdgeReader, type EdgeStep, extendEdges } from '../../src/shared/deid/model/edges';
import { hashString } from '../../src/shared/deid/model/features';
import { tokenize } from '../../src/shared/deid/rules/context';
import type { DeidEdgeModelData, Finding } from '../../src/shared/deid/types';
import { batchOf, examplesOf, loadCorpus, quantizeTable, trainingTexts, trainModel, writeOrCheck } from './train';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const edgesPath = join(root, 'resources/deid/edges.json');

/** 2^16 weights: 2^18 and 2^20 scored the same out of fold. */
const BITS = 16;
/**
 * Out of fold on the 7,690 dev and heldout texts (five folds, findings of three tagger folds), against no edge model:
 * 0.3 gave +0.29 points of recall for -0.01 of keep rate, 0.1 +0.45 for -0.03, 0.05 +0.55 for -0.06; the characters
 * taken outside any labelled identifier (93,518 without it: false alarms and the words of findings beyond their label) grew
 * by 1.4%, 5.3% and 9.9%.
 */
const THRESHOLD = 0.1;
/** Folds by batch for the tagger whose findings the model learns from. */
const TAGGER_FOLDS = 3;
const EPOCHS = 5;
const LEARNING_RATE = 0.3;
const L2 = 1e-6;
/** A wrong step into a keep phrase weighs this many wrong steps elsewhere: cutting into a drug or a score costs the case. */
const KEEP_WEIGHT = 3;

const lex = buildLexicon(defaultDictionaries);
const reader = createEdgeReader(lex, BITS);

/** The engine's findings on each text, without the edge model, each fold's found by a tagger trained on the others. */
export function findingsOutOfFold(docs: LabelledDoc[], folds = TAGGER_FOLDS): Map<LabelledDoc, Finding[]> {
  const examples = docs.map(examplesOf);
  const fold = (d: LabelledDoc) => hashString(batchOf(d.id) + ' edges') % folds;
  const found = new Map<LabelledDoc, Finding[]>();
  for (let k = 0; k < folds; k++) {
    const inFold = (d: LabelledDoc) => fold(d) === k;
    const model = trainModel(docs.filter((d) => !inFold(d)), examples.filter((_, i) => !inFold(docs[i]!)), `fold ${k}`);
    const engine = createDeidEngine({ ...defaultDictionaries, model, edges: undefined });
    for (const d of docs) if (inFold(d)) found.set(d, engine.findIdentifiers(d.text));
  }
  return found;
}

/** A step's features, whether it is right, and how much it weighs. */
interface Example {
  features: Uint32Array;
  right: boolean;
  weight: number;
}

/** The steps outward from a text's names and places, walked as the labels say (a right step is taken, a wrong one ends the walk). */
export function edgeExamples(doc: LabelledDoc, found: Finding[]): Example[] {
  const { text } = doc;
  const gold = new Uint8Array(text.length);
  for (const s of doc.spans) gold.fill(1, s.start, s.end);
  const keep = new Uint8Array(text.length);
  for (const k of doc.keep ?? []) keep.fill(1, k.start, k.end);
  const examples: Example[] = [];
  extendEdges(reader, text, tokenize(text), found, (step: EdgeStep) => {
    let right = true;
    let weight = 1;
    for (let k = step.start; k < step.end && right; k++) {
      if (keep[k]) {
        right = false;
        weight = KEEP_WEIGHT;
      } else if (!gold[k] && text.charCodeAt(k) > 32) right = false;
    }
    examples.push({ features: step.features, right, weight });
    return right;
  });
  return examples;
}

/** Logistic regression by AdaGrad with a little L2. */
function train(examples: Example[]): Float32Array {
  const w = new Float32Array(1 << BITS);
  const g2 = new Float32Array(1 << BITS).fill(0.01);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of examples) {
      let score = 0;
      for (const k of e.features) score += w[k]!;
      const g = (1 / (1 + Math.exp(-score)) - (e.right ? 1 : 0)) * e.weight;
      for (const k of e.features) {
        const grad = g + L2 * w[k]!;
        g2[k]! += grad * grad;
        w[k]! -= (LEARNING_RATE * grad) / Math.sqrt(g2[k]!);
      }
    }
  }
  return w;
}

export function trainEdges(docs: LabelledDoc[], found: Map<LabelledDoc, Finding[]>, about: string): DeidEdgeModelData {
  return { about, bits: BITS, threshold: THRESHOLD, ...quantizeTable(train(docs.flatMap((d) => edgeExamples(d, found.get(d)!)))) };
}

/** edges.json's text, as training on these texts gives it. */
export function edgesJson(docs: LabelledDoc[], found = findingsOutOfFold(docs)): string {
  const about = `Trained by scripts/deid-model/train-edges.ts on the engine's findings in the dev and heldout texts of tests/fixtures/deid/corpus.jsonl (${docs.length} texts); the fresh texts were not used.`;
  return JSON.stringify(trainEdges(docs, found, about)) + '\n';
}

/**
 * Scores with and without the edge model, each fold's steps decided by a model trained on the other folds (five folds by
 * batch of their own, drawn apart from the tagger's three).
 */
function outOfFold(docs: LabelledDoc[], found: Map<LabelledDoc, Finding[]>, folds: number): void {
  const fold = (d: LabelledDoc) => hashString(batchOf(d.id)) % folds;
  const extended = new Map<LabelledDoc, Finding[]>();
  for (let k = 0; k < folds; k++) {
    const decide = createEdgeDecision(trainEdges(docs.filter((d) => fold(d) !== k), found, `fold ${k}`));
    for (const d of docs) if (fold(d) === k) extended.set(d, extendEdges(reader, d.text, tokenize(d.text), found.get(d)!, decide));
  }
  const row = (label: string, s: ReturnType<typeof scoreCorpus>) =>
    console.log(`${label.padEnd(24)} recall ${s.recall.toFixed(4)}  precision ${s.precision.toFixed(4)}  keep ${s.keepRate.toFixed(4)}`);
  row('without edges (oof)', scoreCorpus(docs, (d) => found.get(d)!));
  row('with edges (oof)', scoreCorpus(docs, (d) => extended.get(d)!));
}

function main(): void {
  const args = process.argv.slice(2);
  const docs = trainingTexts(loadCorpus());
  const found = findingsOutOfFold(docs);
  if (args.includes('--folds')) outOfFold(docs, found, 5);
  writeOrCheck(edgesPath, edgesJson(docs, found), docs.length, args.includes('--check'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
