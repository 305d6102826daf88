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
import { covers, findWithoutEdges, locate, untouched } from '../../helpers/deid';

const reader = createEdgeReader(getDefaultEngine().lexicon, 16);

/** A finding over `phrase` (its first occurrence in `text`). */
function finding(text: string, phrase: string, type: PhiType = 'LOCATION'): Finding {
  return { ...locate(text, phrase), type, confidence: 0.7, rule: 'test' };
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

  it('never takes a clinical word, a unit, a disease or the value of a score, whatever the model says', () => {
    for (const [text, phrase, type, kept] of [
      ['Patient John Smith Aspirin 75 mg daily.', 'John Smith', 'NAME', 'Aspirin'],
      ['Discharged to Leeds Troponin 45 ng/L.', 'Leeds', 'LOCATION', 'Troponin'],
      ['Discharged to Leeds CRP 120.', 'Leeds', 'LOCATION', 'CRP'],
      ['Lives in Leeds 45 years old.', 'Leeds', 'LOCATION', '45'],
      ['Lives in Leeds 45 yo.', 'Leeds', 'LOCATION', '45'],
      ['Transferred to Royal Infirmary Edinburgh 10 mg', 'Royal Infirmary Edinburgh', 'LOCATION', '10'],
      ['GCS 15 Kingston Hospital', 'Kingston Hospital', 'LOCATION', '15'],
      ['Day 3 Elm Road', '3 Elm Road', 'LOCATION', 'Day'],
      ['Seen at Royal Infirmary Edinburgh T2DM.', 'Royal Infirmary Edinburgh', 'LOCATION', 'T2DM'],
      ['Seen at 14 Elm Road Addison disease', '14 Elm Road Addison', 'LOCATION', 'disease'],
      ['Seen at St James K 5.9 today', 'St James K 5', 'LOCATION', '.9'],
    ] as const) {
      const out = extendEdges(reader, text, tokenize(text), [finding(text, phrase, type)], () => true);
      const at = text.indexOf(kept, text.indexOf(phrase) + (kept === '.9' ? 1 : 0));
      expect(out.some((f) => f.start < at + kept.length && f.end > at), text).toBe(false);
    }
  });

  it('joins a name and a place over a space, not over a full stop or a comma', () => {
    const text = 'Lives on Elm St. Anna Smith, her daughter, visits.';
    const { spans } = walkAll(text, [finding(text, 'Elm St'), finding(text, 'Anna Smith', 'NAME')]);
    expect(spans).toHaveLength(2);
    expect(spans[0]).toBe('LOCATION[Lives on Elm St.]');
  });

  it("never runs a name on past a sentence's end after a whole word", () => {
    const text = 'Seen by Dr. Amara Nwosu. Eleanor Whitfield, a runner, collapsed.';
    const { spans } = walkAll(text, [finding(text, 'Amara Nwosu', 'NAME'), finding(text, 'Eleanor Whitfield', 'NAME')]);
    expect(spans).toHaveLength(2);
    expect(spans[0]).toBe('NAME[by Dr. Amara Nwosu.]');
    const short = 'Seen with Dr Li. Ann reports less pain.';
    expect(walkAll(short, [finding(short, 'Li', 'NAME'), finding(short, 'Ann', 'NAME')]).spans).toHaveLength(2);
  });

  it('joins a name or place that starts inside the next word whole, and refuses one of another type there', () => {
    const text = 'Mary Smith FP-ID 00472 taken';
    const name = finding(text, 'Mary Smith', 'NAME');
    expect(walkAll(text, [name, finding(text, 'ID 00472', 'LOCATION')]).spans).toEqual(['NAME[Mary Smith FP-ID 00472 taken]']);
    expect(walkAll(text, [name, finding(text, 'ID 00472', 'ID')]).spans).toEqual(['NAME[Mary Smith]', 'ID[ID 00472]']);
  });

  it('stops at a Windows line break and a tab', () => {
    for (const text of ['Harbour View\r\nward 3', 'Harbour View\tward 3']) expect(walkAll(text, [finding(text, 'Harbour View')]).offered, JSON.stringify(text)).toEqual([]);
  });

  it('grows no finding past 160 characters, so a text of repeated addresses stays one walk long', () => {
    const text = '14 Elm Road, Kingston '.repeat(5000);
    const findings: Finding[] = [];
    for (let at = text.indexOf('Elm Road'); at >= 0; at = text.indexOf('Elm Road', at + 1)) findings.push({ start: at, end: at + 8, type: 'LOCATION', confidence: 0.7, rule: 'test' });
    const started = performance.now();
    const out = extendEdges(reader, text, tokenize(text), findings, () => true);
    expect(Math.max(...out.map((f) => f.end - f.start))).toBeLessThanOrEqual(160);
    // (measured: 30 ms; before the bound, every join relabelled the whole chain, and 110 kB took seconds)
    expect(performance.now() - started).toBeLessThan(2000);
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
    ['She volunteers at St John the Baptist church hall.', 'St John the Baptist church hall'],
    ['Lives at 33 Harbour Causeway since March.', '33 Harbour Causeway'],
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
