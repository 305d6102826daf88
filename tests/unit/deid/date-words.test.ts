/**
 * The words beside a found date that name its day go with it: a weekday, a day counted from it, the people who keep a
 * festival, a year after a slash, the first day of a range.
 */
import { describe, expect, it } from 'vitest';
import { widenDates } from '../../../src/shared/deid/rules/date-words';
import type { Finding, PhiType } from '../../../src/shared/deid/types';
import { findIdentifiers } from '../../../src/shared/deid';
import { covers, locate } from '../../helpers/deid';

const finding = (text: string, phrase: string, type: PhiType = 'DATE', rule = 'date-dmy'): Finding => ({ ...locate(text, phrase), type, confidence: 0.9, rule });
const spans = (text: string, fs: Finding[]) => fs.map((f) => text.slice(f.start, f.end));

describe('the words that name a date', () => {
  it('takes in a weekday before it, in English and the other languages of the notes', () => {
    const t = 'Next class lundi 19 février. Block starts Tuesday after Labor Day. Nurse will come den 26 juni.';
    const fs = widenDates(t, [finding(t, '19 février'), finding(t, 'Labor Day', 'DATE', 'date-holiday-intl'), finding(t, '26 juni')]);
    expect(spans(t, fs)).toEqual(['lundi 19 février', 'Tuesday after Labor Day', 'den 26 juni']);
  });
  it('takes in a day counted from it', () => {
    const t = 'since the day after July 4th; for the last days of Pesach; two days after Christmas; véspera de Carnaval';
    const fs = widenDates(t, [finding(t, 'July 4th'), finding(t, 'Pesach', 'DATE', 'date-holiday-intl'), finding(t, 'Christmas', 'DATE', 'date-holiday'), finding(t, 'Carnaval', 'DATE', 'date-holiday-intl')]);
    expect(spans(t, fs)).toEqual(['the day after July 4th', 'the last days of Pesach', 'two days after Christmas', 'véspera de Carnaval']);
  });
  it('takes in a count of days prior to or following it, a weekday before it, a French eve, and the words after a dash', () => {
    const t = 'a few days prior to 3/12; the week following 14 May; the Monday before Easter; la veille de la Tabaski; in—the day after Eid—with pain';
    const fs = widenDates(t, [finding(t, '3/12'), finding(t, '14 May'), finding(t, 'Easter', 'DATE', 'date-holiday'), finding(t, 'Tabaski', 'DATE', 'date-holiday-intl'), finding(t, 'Eid', 'DATE', 'date-holiday-intl')]);
    expect(spans(t, fs)).toEqual(['a few days prior to 3/12', 'the week following 14 May', 'the Monday before Easter', 'la veille de la Tabaski', 'the day after Eid']);
  });
  it('takes in who keeps a named day and the part of it meant, for a named day only', () => {
    const holiday = (t: string, phrase: string, rule = 'date-holiday') => spans(t, widenDates(t, [finding(t, phrase, 'DATE', rule)]))[0];
    expect(holiday('since Greek Easter she has been tired', 'Easter')).toBe('Greek Easter');
    expect(holiday('Easter Sat   - quiet-ish', 'Easter')).toBe('Easter Sat');
    expect(holiday('per documents 86 ("the Ethiopian New Year" after the famine)', 'New Year')).toBe('the Ethiopian New Year');
    expect(holiday('Seit 2. Weihnachtstag kaum gegessen', 'Weihnachtstag', 'date-holiday-intl')).toBe('2. Weihnachtstag');
    expect(holiday('Greek 3/4/2024 and 5/6/2024 night', '3/4/2024', 'date-numeric')).toBe('3/4/2024');
    expect(holiday('Greek 3/4/2024 and 5/6/2024 night', '5/6/2024', 'date-numeric')).toBe('5/6/2024');
  });
  it("takes in a year after a slash, a range's first day", () => {
    const t = 'Date: Nov 20/23. Admitted 14.–19.11.2023 (pneumonia).';
    expect(spans(t, widenDates(t, [finding(t, 'Nov 20', 'DATE', 'date-mdy'), finding(t, '19.11.2023', 'DATE', 'date-numeric')]))).toEqual(['Nov 20/23', '14.–19.11.2023']);
  });
  it('leaves the words of the sentence and a weekday that is an English word in lower case', () => {
    const t = 'seen after 3/4/2024 by GP; the sun 5/6/2024 was hot';
    expect(spans(t, widenDates(t, [finding(t, '3/4/2024', 'DATE', 'date-numeric'), finding(t, '5/6/2024', 'DATE', 'date-numeric')]))).toEqual(['3/4/2024', '5/6/2024']);
  });
  it('leaves what another finding holds', () => {
    const t = 'Dr Tuesday 3/4/2024';
    const fs = widenDates(t, [finding(t, 'Dr Tuesday', 'NAME'), finding(t, '3/4/2024', 'DATE', 'date-numeric')]);
    expect(spans(t, fs)).toEqual(['Dr Tuesday', '3/4/2024']);
  });
  it('works in the whole engine, with the named days added to the list', () => {
    expect(covers('hallado el Lunes de Pascua en paraje', 'Lunes de Pascua')).toBe(true);
    expect(covers('iloprost infusion after Sonam Losar; may need', 'Sonam Losar')).toBe(true);
    expect(covers('-- gateway log --\n2024-09-03T07:58:12Z  POST /submit', '2024-09-03T07:58:12Z')).toBe(true);
    expect(findIdentifiers('Dr Pesach Cohen saw him').map((f) => f.type)).toEqual(['NAME']);
  });
  it('finds the named days written as people say them, and counts a number only before the days of a German feast', () => {
    expect(covers('fell twice since Whitsun, Berg 38/56', 'Whitsun', 'DATE')).toBe(true);
    expect(covers('ran out of insulin over new years at the caravan', 'new years', 'DATE')).toBe(true);
    expect(covers('ED busy, Paddy\'s night - two assaults', "Paddy's night", 'DATE')).toBe(true);
    expect(covers('came in on the Feast of the Immaculate Conception after a fall', 'Feast of the Immaculate Conception', 'DATE')).toBe(true);
    const t = 'Triage cat 3. Christmas Day - dept full.';
    expect(findIdentifiers(t).map((f) => t.slice(f.start, f.end))).toEqual(['Christmas Day']);
    const de = 'am 2. Weihnachtstag gestürzt';
    expect(findIdentifiers(de).map((f) => de.slice(f.start, f.end))).toEqual(['2. Weihnachtstag']);
  });
});

describe('more words that count a day from a named day or a month', () => {
  const found: [string, string][] = [
    ['fever since three days post Christmas, now settling', 'three days post Christmas'],
    ['fell on day 2 of Tết at her daughter\'s', 'day 2 of Tết'],
    ['Seen the last Friday in June with her son.', 'the last Friday in June'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'DATE')).toBe(true));
});
