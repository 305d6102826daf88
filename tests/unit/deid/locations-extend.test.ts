import { describe, expect, it } from 'vitest';
import { covers, findByRules, untouched } from '../../helpers/deid';


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

describe('locations: workplaces, venues and address labels', () => {
  it('a lower-case workplace after a job word, a capitalised venue after "the"', () => {
    const t = 'her son is a cashier at kwik save on mill rd. fight outside the Hare & Hounds last night.';
    expect(covers(t, 'kwik save on mill rd')).toBe(true);
    expect(covers(t, 'the Hare & Hounds')).toBe(true);
  });
  it('generic places stay untouched', () => {
    const t = 'works at the hospital at night; referred for redo surgery; seen at the Day Unit.';
    expect(findByRules(t).filter((f) => f.type === 'LOCATION')).toEqual([]);
  });
  it('an address label value, part by part, commas included', () => {
    const t = 'address on file the mill house, ferry lane, ullapool. Home: Villa 7, Street 9, Jumeirah 3, Dubai.';
    expect(covers(t, 'the mill house, ferry lane, ullapool', 'LOCATION')).toBe(true);
    expect(covers(t, 'Villa 7, Street 9, Jumeirah 3', 'LOCATION')).toBe(true);
    expect(untouched('Plan: address concerns with family.', 'concerns')).toBe(true);
  });
});
