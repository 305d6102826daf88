export { PHI_TYPES } from './types';
export type { PhiType, Finding, FindOptions, DeidDictionaryData, Replacement, ReplaceOptions, ReplaceResult } from './types';
export { createDeidEngine, mergeFindings, type DeidEngine } from './engine';
export { buildLexicon, type Lexicon } from './dictionaries';
export { applyReplacements, parseDateExpression } from './replace';
export { defaultDictionaries } from './data';

import { createDeidEngine, type DeidEngine } from './engine';
import { defaultDictionaries } from './data';
import type { FindOptions, Finding } from './types';

let engine: DeidEngine | undefined;
/** The engine built from the shipped dictionaries (built on first use, ~100 ms). */
export function getDefaultEngine(): DeidEngine {
  engine ??= createDeidEngine(defaultDictionaries);
  return engine;
}
/** Finds identifiers with the shipped dictionaries: sorted, non-overlapping findings. */
export function findIdentifiers(text: string, options?: FindOptions): Finding[] {
  return getDefaultEngine().findIdentifiers(text, options);
}
