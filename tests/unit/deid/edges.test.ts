/**
 * The edge model (src/shared/deid/model/edges.ts): the walk outward from a name or place, what it may never take, what the
 * shipped weights add to the rules and the tagger, and that they are what training gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edgesJson } from '../../../scripts/deid-model/train-edges';
import { loadCorpus, trainingTexts } from '../../../scripts/deid-model/train';
import { getDefaultEngine, type Finding, type PhiType } from '../../../src/shared/deid/index';
import { createEdgeReader, type EdgeStep, extendEdges } from '../../../src/shared/deid/model/edges';
import { tokenize } from '../../../src/shared/deid/rules/context';
import { covers, findWithoutEdges, untouched } from '../../helpers/deid';

const reader = createEdgeReader(getDefaultEngine().lexicon, 16);

/** A finding over `phrase` (its first occurrence in `text`). */
function finding(text: string, phrase: string, type: PhiType = 'LOCATION'): Finding {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  return { start, end: start + phrase.length, type, confidence: 0.7, rule: 'test' };
}

/** The walk with a decision that takes every step it is offered, and the steps it was offered. */
function walkAll(text: string, findings: Finding[]): { spans: string[]; offered: string[] } {
  const offered: string[] = [];
  const out = extendEdges(reader, text, tokenize(text), findings, (step: EdgeStep) => {
    offered.push(text.slice(step.start, step.end));
    return true;
  });
  return { spans: out.map((f) => `${f.type}[${text.slice(f.start, f.end)}]`), offered };
}

describe('the walk outward from a name or place', () => {
  it('takes at most four pieces on each side', () => {
    const text = 'one two three four five Kingston six seven eight nine ten';
    expect(walkAll(text, [finding(text, 'Kingston')]).spans).toEqual(['LOCATION[two three four five Kingston six seven eight nine]']);
  });

  it('joins the name or place it reaches, and never a finding of another type', () => {
    const text = 'Clinic of Hope 12 March';
    const place = finding(text, 'Clinic');
    const name = finding(text, 'Hope', 'NAME');
    const date = finding(text, '12 March', 'DATE');
    const { spans } = walkAll(text, [place, name, date]);
    expect(spans).toEqual(['LOCATION[Clinic of Hope]', 'DATE[12 March]']);
  });

  it('stops at a line break, a column gap and a bracket', () => {
    for (const text of ['Harbour View\nward 3', 'Harbour View   ward 3', 'Harbour View (ward 3)']) {
      expect(walkAll(text, [finding(text, 'Harbour View')]).offered).toEqual([]);
    }
  });

  it('takes numbers only for a place, and never a year, an age with its sex, a clock time or a measure', () => {
    const place = 'Ipsilantou 45, Athens';
    expect(walkAll(place, [finding(place, 'Ipsilantou')]).offered).toContain(' 45');
    const name = 'Ava 9 came';
    expect(walkAll(name, [finding(name, 'Ava', 'NAME')]).offered).not.toContain(' 9');
    for (const [text, phrase] of [
      ['Camp Lejeune 1953 exposure', 'Camp Lejeune'],
      ['Rm Featherstone 88F falls', 'Featherstone'],
      ['Lakeside 06:30 review', 'Lakeside'],
      ['Kalium 3,4 mmol/l', 'Kalium'],
    ] as const) {
      expect(walkAll(text, [finding(text, phrase)]).offered.filter((piece) => /\d/.test(piece)), text).toEqual([]);
    }
  });

  it('takes a full stop alone where no word follows on the line', () => {
    const text = 'Lives on Tayuman St.\nTondo, Manila';
    const { spans } = walkAll(text, [finding(text, 'Tayuman St')]);
    expect(spans).toEqual(['LOCATION[Lives on Tayuman St.]']);
  });

  it('leaves findings of fewer than two letters, and the findings it was given, as they are', () => {
    const text = 'R 980 paid';
    const given = [finding(text, 'R', 'NAME')];
    expect(walkAll(text, given).offered).toEqual([]);
    const place = 'the Oakfield school';
    const input = [finding(place, 'Oakfield')];
    walkAll(place, input);
    expect(place.slice(input[0]!.start, input[0]!.end)).toBe('Oakfield');
  });
});

describe('the shipped edge model', () => {
  it.each([
    ['Seen at Hospital General de Zona No. 8 yesterday.', 'Hospital General de Zona No. 8'],
    ['Lives at 40 Peckham Rye, London.', '40 Peckham Rye'],
    ['Referred from Kartal Dr. Lütfi Kırdar Şehir Hastanesi to our clinic.', 'Kartal Dr. Lütfi Kırdar Şehir Hastanesi'],
    ['She attends Zespół Szkół Energetycznych w Gdańsku since 2019.', 'Zespół Szkół Energetycznych w Gdańsku'],
  ])('finds where a place ends: %s', (text, place) => {
    expect(covers(text, place, undefined, findWithoutEdges)).toBe(false);
    expect(covers(text, place)).toBe(true);
  });

  it.each([
    ['Mum brought Ava 9 and Sipho 4 to clinic.', '9'],
    ['Served at Camp Lejeune 1953-1956, exposure to water.', '1953-1956'],
    ['Rm 618 Featherstone 88F - falls.', '88F'],
  ])('keeps the numbers beside a name or place: %s', (text, kept) => {
    expect(untouched(text, kept)).toBe(true);
  });

  it('is what training on the corpus gives (retrain with npm run train:deid after changing the corpus, the rules or the word lists)', { timeout: 300_000 }, () => {
    const shipped = readFileSync(join(import.meta.dirname, '../../../resources/deid/edges.json'), 'utf8');
    expect(edgesJson(trainingTexts(loadCorpus())) === shipped).toBe(true);
  });
});
