/**
 * The parts of one name or place found apart across punctuation alone are one identifier: the scorer, like a reader,
 * counts a comma or a bracket left between two redactions as part of it.
 */
import { describe, expect, it } from 'vitest';
import { joinAcrossPunctuation } from '../../../src/shared/deid/rules/punctuation';
import type { Finding, PhiType } from '../../../src/shared/deid/types';
import { covers, locate } from '../../helpers/deid';

const finding = (text: string, phrase: string, type: PhiType): Finding => ({ ...locate(text, phrase), type, confidence: 0.8, rule: 'test' });
const spans = (text: string, fs: Finding[]) => fs.map((f) => text.slice(f.start, f.end));

describe('parts of one identifier across punctuation', () => {
  it('joins the parts of a place across a comma, a plus or an ampersand', () => {
    const t = 'No fixed abode: Bay 6, Tierboy Halting Site. Seen at LAC+USC.';
    expect(spans(t, joinAcrossPunctuation(t, [finding(t, 'Bay 6', 'LOCATION'), finding(t, 'Tierboy Halting Site', 'LOCATION'), finding(t, 'LAC', 'LOCATION'), finding(t, 'USC', 'LOCATION')]))).toEqual(['Bay 6, Tierboy Halting Site', 'LAC+USC']);
  });
  it('takes in the closing of a bracket or quotation opened between the parts', () => {
    const t = 'Frontier Family Medicine Clinic (Clementi) and Barry Young ("Baz"), 58';
    const joined = joinAcrossPunctuation(t, [finding(t, 'Frontier Family Medicine Clinic', 'LOCATION'), finding(t, 'Clementi', 'LOCATION'), finding(t, 'Barry Young', 'NAME'), finding(t, 'Baz', 'NAME')]);
    expect(spans(t, joined)).toEqual(['Frontier Family Medicine Clinic (Clementi)', 'Barry Young ("Baz")']);
  });
  it('joins a surname and given names after a comma only in capitals or alone in a field, never a list of people', () => {
    const row = '| SWEENEY, James | post-PE |\n| Ortiz Calderón, Luis A.   | FKC-20118 |';
    const rowJoined = joinAcrossPunctuation(row, [finding(row, 'SWEENEY', 'NAME'), finding(row, 'James', 'NAME'), finding(row, 'Ortiz Calderón', 'NAME'), finding(row, 'Luis A.', 'NAME')]);
    expect(spans(row, rowJoined)).toEqual(['SWEENEY, James', 'Ortiz Calderón, Luis A.']);
    const list = 'Present: Anna, Ben and Carl.';
    expect(spans(list, joinAcrossPunctuation(list, [finding(list, 'Anna', 'NAME'), finding(list, 'Ben', 'NAME')]))).toEqual(['Anna', 'Ben']);
  });
  it('keeps apart two identifiers across the end of a sentence or a field, and a name beside a place', () => {
    const t = 'Moved to Leeds. Bradford next; York. John Smith, Harrogate';
    const fs = [finding(t, 'Leeds', 'LOCATION'), finding(t, 'Bradford', 'LOCATION'), finding(t, 'York', 'LOCATION'), finding(t, 'John Smith', 'NAME'), finding(t, 'Harrogate', 'LOCATION')];
    expect(spans(t, joinAcrossPunctuation(t, fs))).toEqual(['Leeds', 'Bradford', 'York', 'John Smith', 'Harrogate']);
  });
  it("takes in the full stop of a place's abbreviated last word, not an acronym's at a sentence's end", () => {
    const t = 'Blvd. Adolfo López Mateos 2310 Ote., Col. Jardines. Guides given at MMI.\n';
    const fs = joinAcrossPunctuation(t, [finding(t, 'Blvd. Adolfo López Mateos 2310 Ote', 'LOCATION'), finding(t, 'MMI', 'LOCATION')]);
    expect(spans(t, fs)).toEqual(['Blvd. Adolfo López Mateos 2310 Ote.', 'MMI']);
  });
  it("joins an HL7 name's components and the letters of a dotted abbreviation, not two places across a sentence's full stop", () => {
    const t = 'PV1|1|I|4B^12|||^NOLAN^KATE\nAl Noor W.L.L.\nThen Leeds.York';
    const letter = (i: number): Finding => ({ start: i, end: i + 1, type: 'LOCATION', confidence: 0.6, rule: 'test' });
    const dots = t.indexOf('W.L.L.');
    const fs = [finding(t, 'NOLAN', 'NAME'), finding(t, 'KATE', 'NAME'), finding(t, 'Al Noor W', 'LOCATION'), letter(dots + 2), letter(dots + 4), finding(t, 'Leeds', 'LOCATION'), finding(t, 'York', 'LOCATION')];
    expect(spans(t, joinAcrossPunctuation(t, fs))).toEqual(['NOLAN^KATE', 'Al Noor W.L.L.', 'Leeds', 'York']);
  });
  it('joins two parts of one type that touch, not a name touching a place', () => {
    const t = 'Tan K.H., 45M; J.Ortega at Leeds';
    const fs = [finding(t, 'Tan K.', 'NAME'), finding(t, 'H.', 'NAME'), finding(t, 'J.', 'NAME'), finding(t, 'Ortega', 'LOCATION')];
    expect(spans(t, joinAcrossPunctuation(t, fs))).toEqual(['Tan K.H.', 'J.', 'Ortega']);
  });
  it('works in the whole engine', () => {
    expect(covers('REFERRAL TO HM CORONER - West Yorkshire (Eastern) area', 'West Yorkshire (Eastern)')).toBe(true);
    expect(covers('Pt: Calloway, Dorian ("Dory")   49 M   Admit 4/2', 'Calloway, Dorian ("Dory")')).toBe(true);
  });
});
