import { describe, expect, it } from 'vitest';
import { findIdentifiers, type PhiType } from '../../../src/shared/deid/index';

const covers = (text: string, phrase: string, type?: PhiType) => {
  const s = text.indexOf(phrase);
  if (s < 0) throw new Error(`phrase not in text: ${phrase}`);
  const fs = findIdentifiers(text);
  for (let i = s; i < s + phrase.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    const f = fs.find((x) => x.start <= i && i < x.end);
    if (!f || (type && f.type !== type)) return false;
  }
  return true;
};
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
