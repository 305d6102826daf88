import { describe, expect, it } from 'vitest';
import { findIdentifiers, type Finding, type PhiType } from '../../../src/shared/deid/index';

const covers = (text: string, phrase: string, type?: PhiType) => {
  const s = text.indexOf(phrase);
  if (s < 0) throw new Error(`phrase not in text: ${phrase}`);
  const fs: Finding[] = findIdentifiers(text);
  for (let i = s; i < s + phrase.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    const f = fs.find((x) => x.start <= i && i < x.end);
    if (!f || (type && f.type !== type)) return false;
  }
  return true;
};

describe('locations: spans grown over their neighbours', () => {
  it('an organisation containing a known place', () => {
    const t = 'Boosters given at The Jab Lab Parramatta on arrival.';
    expect(covers(t, 'The Jab Lab Parramatta', 'LOCATION')).toBe(true);
  });
  it('an organisation word after a place-like name', () => {
    const t = 'He attends the Lower Wensleydale County Hospital diabetes clinic.';
    expect(covers(t, 'Lower Wensleydale County Hospital', 'LOCATION')).toBe(true);
  });
  it('the next comma-separated part of an address', () => {
    const t = 'Address: Flat 4, Gannet House, Rye, East Sussex TN31 7AB.';
    expect(covers(t, 'Rye', 'LOCATION')).toBe(true);
  });
});
