import type { Finding, PhiType } from './types';

export interface LabelledSpan {
  start: number;
  end: number;
  type: PhiType | string;
  text?: string;
}
export interface LabelledDoc {
  id: string;
  text: string;
  split?: string;
  kind?: string;
  indexDate?: string;
  spans: LabelledSpan[];
  keep?: { start: number; end: number; text?: string }[];
}

export interface Miss {
  id: string;
  type: string;
  text: string;
  kind: 'missed' | 'false-positive' | 'over-redacted-keep';
  detail?: string;
}

export interface Scores {
  docs: number;
  identifiers: number;
  caught: number;
  /** Identifiers (entity level) whose every non-space character is covered by some predicted span. */
  recall: number;
  predicted: number;
  correct: number;
  /** Predicted spans that overlap (by >= 1 character) some labelled identifier, of any type. */
  precision: number;
  keepPhrases: number;
  kept: number;
  /** Keep phrases with no character covered by any predicted span. */
  keepRate: number;
  /** Caught identifiers whose covering prediction has the labelled type (informative). */
  typeAccuracy: number;
  perType: Record<string, { total: number; caught: number; recall: number }>;
  misses: Miss[];
}

/**
 * Scores predictions against a labelled corpus.
 *
 * - recall (entity level): a labelled identifier counts as caught when every
 *   non-whitespace character of it lies inside some predicted span (spans of any
 *   type; the type is reported separately as typeAccuracy).
 * - precision: a predicted span is correct when it overlaps at least one character
 *   of some labelled identifier (any type); precision = correct / predicted.
 * - keep rate: fraction of labelled keep phrases none of whose characters is
 *   covered by any predicted span.
 */
export function scoreCorpus(docs: LabelledDoc[], predict: (doc: LabelledDoc) => Finding[]): Scores {
  let identifiers = 0, caught = 0, predicted = 0, correct = 0, keepPhrases = 0, kept = 0, typed = 0;
  const perType: Scores['perType'] = {};
  const misses: Miss[] = [];
  for (const doc of docs) {
    const preds = predict(doc);
    const cov = new Int16Array(doc.text.length).fill(-1);
    preds.forEach((p, i) => cov.fill(i, p.start, p.end));
    const gold = new Uint8Array(doc.text.length);
    for (const s of doc.spans) gold.fill(1, s.start, s.end);
    for (const s of doc.spans) {
      identifiers++;
      const pt = (perType[s.type] ??= { total: 0, caught: 0, recall: 0 });
      pt.total++;
      let ok = true;
      const byType = new Set<string>();
      for (let i = s.start; i < s.end; i++) {
        if (/\s/.test(doc.text[i]!)) continue;
        if (cov[i]! < 0) {
          ok = false;
          break;
        }
        byType.add(preds[cov[i]!]!.type);
      }
      if (ok) {
        caught++;
        pt.caught++;
        if (byType.has(s.type as PhiType)) typed++;
      } else {
        misses.push({ id: doc.id, type: s.type, text: doc.text.slice(s.start, s.end), kind: 'missed' });
      }
    }
    for (const p of preds) {
      predicted++;
      let hit = false;
      for (let i = p.start; i < p.end; i++) if (gold[i]) { hit = true; break; }
      if (hit) correct++;
      else misses.push({ id: doc.id, type: p.type, text: doc.text.slice(p.start, p.end), kind: 'false-positive', detail: p.rule });
    }
    for (const k of doc.keep ?? []) {
      keepPhrases++;
      let clean = true;
      let by = '';
      for (let i = k.start; i < k.end; i++) if (cov[i]! >= 0) { clean = false; by = preds[cov[i]!]!.rule; break; }
      if (clean) kept++;
      else misses.push({ id: doc.id, type: 'KEEP', text: doc.text.slice(k.start, k.end), kind: 'over-redacted-keep', detail: by });
    }
  }
  for (const v of Object.values(perType)) v.recall = v.total ? v.caught / v.total : 1;
  return {
    docs: docs.length,
    identifiers,
    caught,
    recall: identifiers ? caught / identifiers : 1,
    predicted,
    correct,
    precision: predicted ? correct / predicted : 1,
    keepPhrases,
    kept,
    keepRate: keepPhrases ? kept / keepPhrases : 1,
    typeAccuracy: caught ? typed / caught : 1,
    perType,
    misses,
  };
}

/** The plain-regex baseline: a handful of simple patterns, no dictionaries, no context. */
const BASELINE: [RegExp, PhiType][] = [
  [/\b[\w.+-]+@[\w-]+\.[\w.]+\b/g, 'EMAIL'],
  [/\bhttps?:\/\/\S+/g, 'URL'],
  [/\b\d{3}-\d{2}-\d{4}\b/g, 'SSN'],
  [/\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g, 'PHONE'],
  [/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, 'DATE'],
  [/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/g, 'DATE'],
  [/\b(?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+(?: [A-Z][a-z]+)?/g, 'NAME'],
  [/\b\d{6,}\b/g, 'ID'],
];
export function regexBaseline(text: string): Finding[] {
  const out: Finding[] = [];
  for (const [re, type] of BASELINE) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, type, confidence: 1, rule: 'baseline' });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Finding[] = [];
  for (const f of out) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else merged.push({ ...f });
  }
  return merged;
}
