import { describe, expect, it } from 'vitest';
import { applyReplacements, findIdentifiers, parseDateExpression } from '../../../src/shared/deid/index';

const redact = (text: string, indexDate?: string) => applyReplacements(text, findIdentifiers(text), { indexDate }).text;

describe('replacement policy', () => {
  it('numbers people consistently, matching surnames and first names', () => {
    const out = redact('Mrs. Eleanor Whitfield was admitted. Dr. Samuel Ortiz saw Mrs. Whitfield. Eleanor went home. Ortiz agreed.');
    expect(out).toBe('Mrs. [NAME 1] was admitted. Dr. [NAME 2] saw Mrs. [NAME 1]. [NAME 1] went home. [NAME 2] agreed.');
  });
  it('numbers places consistently and types the other identifiers', () => {
    const out = redact('From Brookhaven; moved back to Brookhaven. Call (555) 123-4567, email a.b@c.example.');
    expect(out).toBe('From [LOCATION 1]; moved back to [LOCATION 1]. Call [PHONE], email [EMAIL].');
  });
  it('turns dates into days relative to the index date and keeps a lone year', () => {
    const out = redact('Admitted March 14, 2023; discharged 03/17/2023; symptoms began 12 March. Diagnosed in 2019.', '2023-03-14');
    expect(out).toBe('Admitted day 0; discharged day +3; symptoms began day \u22122. Diagnosed in 2019.');
  });
  it('uses the first full date as the index when none is given', () => {
    const out = redact('Seen 2021-07-19, reviewed 2021-07-26.');
    expect(out).toBe('Seen day 0, reviewed day +7.');
  });
  it('resolves holidays and year-less dates near the index date', () => {
    expect(redact('Chest pain on Christmas Eve 2018.', '2018-12-24')).toBe('Chest pain on day 0.');
    expect(redact('Fell on Labor Day 2023.', '2023-09-01')).toBe('Fell on day +3.');
    expect(redact('Seen 7/22, again on the 25th of July.', '2022-07-20')).toContain('day +2');
  });
  it('aggregates ages over 89', () => {
    expect(redact('A 93-year-old woman.')).toBe('A 90+-year-old woman.');
  });
  it('reports every replacement with its original', () => {
    const text = 'Dr. Samuel Ortiz, (555) 123-4567.';
    const r = applyReplacements(text, findIdentifiers(text));
    expect(r.replacements.map((x) => [x.type, x.original, x.replacement])).toEqual([
      ['NAME', 'Samuel Ortiz', '[NAME 1]'],
      ['PHONE', '(555) 123-4567', '[PHONE]'],
    ]);
  });
  it('parses the date forms the rules produce', () => {
    const ref = Date.UTC(2023, 2, 14);
    expect(parseDateExpression('27 Jan 2023')?.time).toBe(Date.UTC(2023, 0, 27));
    expect(parseDateExpression('19/09/2020')?.time).toBe(Date.UTC(2020, 8, 19));
    expect(parseDateExpression('Feb 13', ref)?.time).toBe(Date.UTC(2023, 1, 13));
    expect(parseDateExpression('March 2023')).toEqual({ hasYear: true, year: 2023 });
  });
});
