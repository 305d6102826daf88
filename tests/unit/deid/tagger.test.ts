/**
 * The word tagger (src/shared/deid/model): its features, its shipped weights, and what it adds
 * to the rules - names and places no list or cue gives away - without breaking what the rules join.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesOf, guessesOf, loadCorpus, modelJson, quantize, trainingTexts, withNeighbours } from '../../../scripts/deid-model/train';
import { defaultDictionaries, findIdentifiers, getDefaultEngine } from '../../../src/shared/deid/index';
import { createFeatureReader, FEATURE_COUNT, wordShape, wordTokens } from '../../../src/shared/deid/model/features';
import { COVERED, COVERED_BY_NAME_OR_PLACE, createDecisionReader, createWordTagger, decodeWeights } from '../../../src/shared/deid/model/tagger';
import { tokenize } from '../../../src/shared/deid/rules/context';
import type { DeidModelData } from '../../../src/shared/deid/types';
import { covers, findByRules } from '../../helpers/deid';

const model = defaultDictionaries.model!;
const lex = getDefaultEngine().lexicon;

describe('word features', () => {
  it('reduce a word to its shape', () => {
    expect(['Whitfield', 'McArdle', 'ICU', "d'Arc", 'rose', '王小明', 'محمد'].map(wordShape)).toEqual(['Xx', 'XxXx', 'XX', "x'Xx", 'xx', 'oo', 'oo']);
  });

  const featuresOf = (text: string, index: number) => {
    const reader = createFeatureReader(lex, model.bits);
    const words = wordTokens(tokenize(text));
    const out = new Uint32Array(FEATURE_COUNT);
    reader.read(reader.prepare(text, words), index, out);
    return [...out];
  };

  it('are rows of the weight table, the same for the same word in the same place', () => {
    const a = featuresOf('Seen with Rose at home.', 2);
    expect(a).toHaveLength(FEATURE_COUNT);
    for (const f of a) expect(f).toBeLessThan(1 << model.bits);
    expect(featuresOf('Seen with Rose at home.', 2)).toEqual(a);
    // the same word in another place shares the word's own features but not its neighbours'
    const b = featuresOf('Seen with Rose today.', 2);
    expect(b[1]).toBe(a[1]);
    expect(b[12]).not.toBe(a[12]);
  });

  it('tell a capitalised word from the same word in lower case', () => {
    expect(featuresOf('Seen with Rose at home.', 2)[2]).not.toBe(featuresOf('Seen with rose at home.', 2)[2]);
  });
});

describe('the shipped model', () => {
  it('is a table of 2^bits rows of four classes', () => {
    expect(model.classes).toEqual(['O', 'NAME', 'LOCATION', 'OTHER']);
    expect(decodeWeights(model.weights)).toHaveLength(4 << model.bits);
    expect(decodeWeights(model.secondStage!.weights)).toHaveLength(4 << model.bits);
    expect(model.threshold).toBeGreaterThan(0.5);
  });

  it('reads the second stage\'s features in tagging exactly as training does', () => {
    const text = 'Pt Hemi Tautahi, seen at Kaikohe marae with aunty Mere; lives on Tawhiti Road near the Ngawha springs, works at Bay Timber.';
    const words = wordTokens(tokenize(text));
    const example = examplesOf({ id: 'x', text, spans: [], keep: [] } as never);
    const [guesses] = guessesOf({ scale: model.scale, weights: model.weights }, [example]);
    const trained = withNeighbours(example, guesses!);
    const reader = createDecisionReader(lex, model);
    reader.start(text, words);
    const out = new Uint32Array(reader.count);
    expect(reader.count).toBe(trained.features.length / words.length);
    for (let i = 0; i < words.length; i++) {
      reader.read(i, out);
      expect([...out]).toEqual([...trained.features.subarray(i * reader.count, (i + 1) * reader.count)]);
    }
  });

  it('decides by its second stage', () => {
    const text = 'Seen with Rewi Tautahi at the marae in Kaikohe; Rewi drove her home.';
    const tokens = tokenize(text);
    const none = new Uint8Array(text.length);
    expect(createWordTagger(lex, model).tag(text, tokens, none).length).toBeGreaterThan(0);
    // a second stage of zeros gives every class the same chance (p(NAME) + p(LOCATION) = 0.5): nothing is flagged
    const silent: DeidModelData = { ...model, secondStage: { scale: 1, weights: Buffer.alloc(4 << model.bits).toString('base64') } };
    expect(createWordTagger(lex, silent).tag(text, tokens, none)).toEqual([]);
  });

  it('holds a word of the medical vocabulary to its higher bar', () => {
    // a second stage of zeros: p(NAME) + p(LOCATION) = 0.5 for every word, between the two bars
    const text = 'Rewi scored Barthel items today.';
    const tokens = tokenize(text);
    const none = new Uint8Array(text.length);
    const even: DeidModelData = { ...model, threshold: 0.4, vocabularyThreshold: 0.6, secondStage: { scale: 1, weights: Buffer.alloc(4 << model.bits).toString('base64') } };
    const found = createWordTagger(lex, even).tag(text, tokens, none).map((f) => text.slice(f.start, f.end));
    expect(found).toContain('Rewi');
    expect(found.join(' ')).not.toContain('Barthel');
    // without the second bar every word has the first
    expect(createWordTagger(lex, { ...even, vocabularyThreshold: undefined }).tag(text, tokens, none).map((f) => text.slice(f.start, f.end)).join(' ')).toContain('Barthel');
  });

  it('takes a word beside a name or place at a lower bar, but not a title', () => {
    // a second stage of zeros puts every word at p(NAME) + p(LOCATION) = 0.5: under the model's bar of 0.8, over the bar beside a name
    const silent: DeidModelData = { ...model, secondStage: { scale: 1, weights: Buffer.alloc(4 << model.bits).toString('base64') } };
    const tagger = createWordTagger(lex, silent);
    const text = 'Letter from Dr Rewi Tautahi, Kaikohe.';
    const tokens = tokenize(text);
    const tautahi = [text.indexOf('Tautahi'), text.indexOf('Tautahi') + 7] as const;
    const found = (covered: Uint8Array) => tagger.tag(text, tokens, covered).map((f) => text.slice(f.start, f.end));
    const byName = new Uint8Array(text.length).fill(COVERED_BY_NAME_OR_PLACE, ...tautahi);
    expect(found(byName)).toEqual(['Rewi']);
    // (and after it, word after word: "Tautahi" found, "Rewi Mere" after it)
    const after = 'Letter from Dr Tautahi Rewi Mere, Kaikohe.';
    const found2 = tagger.tag(after, tokenize(after), new Uint8Array(after.length).fill(COVERED_BY_NAME_OR_PLACE, 15, 22)).map((f) => after.slice(f.start, f.end));
    expect(found2).toEqual(['Rewi Mere']);
    // beside some other finding, or a name after a comma, the bar stays where it was
    expect(found(new Uint8Array(text.length).fill(COVERED, ...tautahi))).toEqual([]);
    const title = 'Letter from Dr Tautahi.';
    expect(tagger.tag(title, tokenize(title), new Uint8Array(title.length).fill(COVERED_BY_NAME_OR_PLACE, 15, 22))).toEqual([]);
  });

  it('leaves an eponym before its head noun, but not a surname after a given name', () => {
    // with every word at p = 0.5 beside a name (see above), "Harris" would be found but for the head noun
    const silent: DeidModelData = { ...model, secondStage: { scale: 1, weights: Buffer.alloc(4 << model.bits).toString('base64') } };
    const tagger = createWordTagger(lex, silent);
    const text = 'Scored by Wiremu Harris study nurse; Finnegan score 6.';
    const covered = new Uint8Array(text.length).fill(COVERED_BY_NAME_OR_PLACE, 10, 16);
    expect(tagger.tag(text, tokenize(text), covered).map((f) => text.slice(f.start, f.end))).toEqual(['Harris']);
    expect(findIdentifiers('bed 3 - Finnegan score 6, settled overnight.')).toEqual([]);
  });

  it("leaves a capitalised scale's eponym before the number of a score, but not a surname after a title, before an age or in a list", () => {
    const cores = 'Cores taken: 3\n2/3  right base, Gleason 7\n1/3  right apex, Gleason 6\n3/3  left apex';
    expect(findIdentifiers(cores).filter((f) => f.type === 'NAME' || f.type === 'LOCATION')).toEqual([]);
    const names = (t: string) => findIdentifiers(t).filter((f) => f.type === 'NAME').map((f) => t.slice(f.start, f.end));
    expect(names('Next: Mrs Wagner 4 days post-op.')).toEqual(['Wagner']);
    expect(names('Bed 4: Wagner 91 F, fall at home.')).toEqual(['Wagner']);
    expect(covers('Lives at Wagner 4, 69151 Neckargemünd.', 'Wagner 4', 'LOCATION')).toBe(true);
    // only a scale's eponym, and not before an age, a stay or the next entry of a list
    expect(names('Bed list: Jones 4, Patel 6, Okafor 8.')).toContain('Jones');
    expect(names('Bay 2\nJones 91 yo NOF\nPatel 88 yo UTI')).toContain('Jones');
    expect(names('Theatre list: 1. Hoffman 2. Weiss 3. Kaplan')).toEqual(expect.arrayContaining(['Hoffman', 'Weiss']));
  });

  it('refuses weights that do not fit it, with a clear error', () => {
    expect(() => createWordTagger(lex, { ...model, classes: ['O', 'NAME'] })).toThrow(/classes O,NAME are not O,NAME,LOCATION,OTHER/);
    expect(() => createWordTagger(lex, { ...model, bits: model.bits + 1 })).toThrow(/weights, expected/);
    expect(() => createWordTagger(lex, { ...model, secondStage: { scale: 1, weights: model.weights.slice(0, 400) } })).toThrow(/weights, expected/);
  });

  it('stores weights as bytes that decode to within half a step of the trained ones', () => {
    const trained = new Float32Array(4 << model.bits);
    for (let i = 0; i < trained.length; i++) trained[i] = Math.sin(i) * 3;
    const stored: DeidModelData = quantize(trained, 'test');
    const bytes = decodeWeights(stored.weights);
    for (let i = 0; i < trained.length; i += 997) expect(Math.abs(bytes[i]! * stored.scale - trained[i]!)).toBeLessThanOrEqual(stored.scale / 2 + 1e-6);
  });

  it('is what training on the corpus gives (retrain with npm run train:deid after changing the corpus or the word lists)', { timeout: 120_000 }, () => {
    const shipped = readFileSync(join(import.meta.dirname, '../../../resources/deid/model.json'), 'utf8');
    expect(modelJson(trainingTexts(loadCorpus())) === shipped).toBe(true);
  });
});

describe('the word tagger in the engine', () => {
  // each found by the tagger and by no rule: the rules alone leave it
  const found: [string, string, 'NAME' | 'LOCATION'][] = [
    ['Handover done. Nurse on duty: Blessing.', 'Blessing', 'NAME'],
    ['Courier: Noel to collect Thurs pm with the splint.', 'Noel', 'NAME'],
    ['Bed 4 Abdi - stable. Bed 9 Wright, AKI, on fluids.', 'Wright', 'NAME'],
    ['1. Sreedevi K 62F crush injury both legs', 'Sreedevi K', 'NAME'],
    ['Mum Mama Chi phone 0809 555 2218.', 'Chi', 'NAME'],
    ['Referred to the Tri-County Sleep Disorders Center for a study.', 'Tri-County Sleep Disorders Center', 'LOCATION'],
  ];
  for (const [text, phrase, type] of found)
    it(`finds ${JSON.stringify(phrase)} in ${JSON.stringify(text)}`, () => {
      expect(covers(text, phrase, type)).toBe(true);
      expect(covers(text, phrase, undefined, findByRules)).toBe(false);
    });

  it('finds a name it found once wherever the text repeats it', () => {
    // (every "Chi" inside a name found; the first also from its possessive, "Chi's")
    const everyChiFound = (text: string) => {
      const names = findIdentifiers(text).filter((f) => f.type === 'NAME');
      const at = [...text.matchAll(/Chi/g)].map((m) => m.index);
      return at.length === 2 && at.every((i) => names.some((f) => f.start <= i && i + 3 <= f.end));
    };
    expect(everyChiFound('Mum Mama Chi phone 0809 555 2218. Later Chi brought the card.')).toBe(true);
    expect(everyChiFound("Mum Mama Chi's phone 0809 555 2218. Later Chi brought the card.")).toBe(true);
  });

  it('makes one finding of consecutive words, and joins a word to the name beside it under the rule that found the name', () => {
    expect(findIdentifiers('Correction: Lola King, 56F with GBS.').map((f) => f.rule)).toEqual(['name-title-intl']);
    const spans = (text: string) => findIdentifiers(text).map((f) => [text.slice(f.start, f.end), f.type]);
    expect(spans('Dinner at the church hall Sunday (Greater Hope Baptist).')).toEqual([['Greater Hope Baptist', 'LOCATION']]);
    expect(spans('Correction: Lola King, 56F with GBS, not the other bed.')).toEqual([['Lola King', 'NAME']]);
  });

  // the tagger reads after the rules have joined and extended their findings, so it never takes their parts
  const joined = [
    'Bishop Street, Tuam, Co. Galway H54 X2K7',
    'lives alone at 神奈川県鎌倉市二階堂2丁目5-11. Parkinson disease',
    'R1 PATEL, A 55 - STEMI - cath lab 0940',
    'Met vriendelijke groet,\nmr. J. van Leeuwen, notaris',
    'Patient: Marcus Bell Jr.   MRN: VR-0088217',
    'employer: Lanna Cold Chain Co., Ltd.',
  ];
  for (const text of joined)
    it(`leaves what the rules joined whole in ${JSON.stringify(text.slice(0, 40))}`, () => {
      const spans = (fs: { start: number; end: number; type: string }[]) => fs.map((f) => [f.start, f.end, f.type]);
      expect(spans(findIdentifiers(text))).toEqual(spans(findByRules(text)));
    });

  it('joins a surname it found to the given name a rule found after its comma, in a record line', () => {
    const text = ' A) KHUMALO, Sipho  DOB 1961-02-18  ID 6102185493087';
    expect(findIdentifiers(text).some((f) => f.type === 'NAME' && text.slice(f.start, f.end) === 'KHUMALO, Sipho')).toBe(true);
  });

  it('reads a sex beside an age as no initial', () => {
    for (const text of ['Patient: John Smith, M, 45 · MRN 123', 'Case 1 - 63M, Hartmann reversal', 'Bed 2: 71F, fall', 'Jane Smith, W, 45']) expect(findIdentifiers(text).filter((f) => f.rule === 'tagger')).toEqual([]);
  });

  it('leaves a table heading alone', () => {
    // without the heading filter the tagger reads "Mokopuna" (grandchild) here as a name
    const text = 'Client | Mokopuna | Kura | Plan\nAroha Ngata | Mere | Tai | ok\nJames Roe | Ana | Pita | ok';
    expect(findIdentifiers(text).filter((f) => f.start < text.indexOf('\n'))).toEqual([]);
  });
});
