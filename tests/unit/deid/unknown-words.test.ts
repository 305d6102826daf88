import { describe, expect, it } from 'vitest';
import { covers, untouched } from '../../helpers/deid';

describe('unknown capitalised words: safety net and edge extension', () => {
  it('an unknown word next to an ordinary capitalised word is covered with its neighbour', () => {
    const t = 'Imaging was reviewed and Wiremu Castle agreed.';
    expect(covers(t, 'Wiremu Castle')).toBe(true);
    const u = 'Transferred by air after Oduya Brown called.';
    expect(covers(u, 'Oduya Brown')).toBe(true);
  });
  it('clinical adjectives, specialties and drugs stay', () => {
    expect(untouched('Discussed with Interventional Cardiology today.', 'Interventional Cardiology')).toBe(true);
    expect(untouched('Started Keytruda last week.', 'Keytruda')).toBe(true);
    expect(untouched('Reviewed in Cardiology clinic on Monday.', 'Monday')).toBe(true);
  });
});

describe('edge extension over connectors', () => {
  it('a place span continues over "of" / "de" and a capitalised word', () => {
    const t = 'She moved to Tamaki Bay de Oro last spring.';
    expect(covers(t, 'Tamaki Bay de Oro')).toBe(true);
  });
});
