import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../src/shared/deid/index';
import { covers } from '../../helpers/deid';

const ages = (text: string) => findIdentifiers(text).filter((f) => f.type === 'AGE').map((f) => text.slice(f.start, f.end));

describe('ages over 89', () => {
  it('numeric forms with sex and pronoun cues', () => {
    expect(covers('Patient: R T, 96 Y/F   UHID 1', '96', 'AGE')).toBe(true);
    expect(covers('Pt F 94, fall at home', '94', 'AGE')).toBe(true);
    expect(covers('old mrs dobbin (101!) fell', '101', 'AGE')).toBe(true);
    expect(covers("she's 95 and lives alone", '95', 'AGE')).toBe(true);
    expect(covers('a nonagenarian (93) with', '93', 'AGE')).toBe(true);
  });
  it('number words with cues', () => {
    expect(covers('shes ninety-two and has capacity', 'ninety-two', 'AGE')).toBe(true);
    expect(covers('Deceased: A B, aged ninety, of', 'ninety', 'AGE')).toBe(true);
    expect(covers('he turned a hundred and one last week', 'a hundred and one', 'AGE')).toBe(true);
  });
  it('leaves measurements and ages under 90 alone', () => {
    expect(ages("HR 95, sats 94%. Hb 95 g/L. He is 92 kg. she's 89 and well. F 4.5")).toEqual([]);
  });
});
