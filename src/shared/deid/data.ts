/**
 * The shipped dictionaries, word tagger and edge model (resources/deid/*.json, see resources/deid/SOURCES.md).
 * Plain JSON imports: bundled by Vite for the renderer, loaded by tsx/vitest in Node.
 */
import drugs from '../../../resources/deid/drugs.json';
import edges from '../../../resources/deid/edges.json';
import english from '../../../resources/deid/english.json';
import medical from '../../../resources/deid/medical.json';
import model from '../../../resources/deid/model.json';
import names from '../../../resources/deid/names.json';
import places from '../../../resources/deid/places.json';
import vocabulary from '../../../resources/deid/vocabulary.json';
import type { DeidDictionaryData } from './types';

export const defaultDictionaries: DeidDictionaryData = { names, places, english, drugs, medical, vocabulary, model, edges };
