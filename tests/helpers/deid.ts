import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledDoc } from '../../src/shared/deid/evaluate';
import { createDeidEngine, type DeidEngine, defaultDictionaries, findIdentifiers, type Finding, type PhiType } from '../../src/shared/deid/index';

type Find = (text: string) => Finding[];

/** The rules alone, without the word tagger and the edge model: for tests of what the rules themselves decide. */
let rules: DeidEngine | undefined;
export const findByRules: Find = (text) => (rules ??= createDeidEngine({ ...defaultDictionaries, model: undefined, edges: undefined })).findIdentifiers(text);

/** The rules and the word tagger, without the edge model: for tests of what the edge model adds. */
let withoutEdges: DeidEngine | undefined;
export const findWithoutEdges: Find = (text) => (withoutEdges ??= createDeidEngine({ ...defaultDictionaries, edges: undefined })).findIdentifiers(text);

/** Where `phrase` first stands in `text`; throws when it does not. */
export function locate(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  return { start, end: start + phrase.length };
}

/** Every non-space character of `phrase` in `text` is covered by a finding (of `type`, when given). */
export function covers(text: string, phrase: string, type?: PhiType, find: Find = findIdentifiers): boolean {
  const { start, end } = locate(text, phrase);
  const findings = find(text);
  for (let i = start; i < end; i++) {
    if (/\s/.test(text[i]!)) continue;
    const f = findings.find((x) => x.start <= i && i < x.end);
    if (!f || (type && f.type !== type)) return false;
  }
  return true;
}

/** No finding touches any character of `phrase` in `text` (of the whole engine, by default; `findByRules` for the rules alone). */
export function untouched(text: string, phrase: string, find: Find = findIdentifiers): boolean {
  const { start, end } = locate(text, phrase);
  return !find(text).some((f) => f.start < end && f.end > start);
}

/** The labelled corpus (tests/fixtures/deid/corpus.jsonl), or no texts when it is absent. */
export function labelledCorpus(): LabelledDoc[] {
  const path = join(import.meta.dirname, '../fixtures/deid/corpus.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledDoc);
}
