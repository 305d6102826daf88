import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../src/shared/deid/index';
import { untouched } from '../../helpers/deid';

const dateCovers = (text: string, phrase: string) => {
  const s = text.indexOf(phrase);
  if (s < 0) throw new Error(`phrase not in text: ${phrase}`);
  const fs = findIdentifiers(text).filter((f) => f.type === 'DATE');
  for (let i = s; i < s + phrase.length; i++) if (!/\s/.test(text[i]!) && !fs.some((f) => f.start <= i && i < f.end)) return false;
  return true;
};

describe('generic date mechanisms', () => {
  it('reads glued day-month codes and any-case month-day', () => {
    expect(dateCovers('Echo done 21OCT2022, repeat pending.', '21OCT2022')).toBe(true);
    expect(dateCovers('bloods back from nov 19 look fine', 'nov 19')).toBe(true);
    expect(dateCovers('REVIEW BOOKED FOR AUG 2ND', 'AUG 2ND')).toBe(true);
  });
  it('reads Turkish and Polish month names', () => {
    expect(dateCovers('Kontrol 7 temmuz tarihinde yapıldı.', '7 temmuz')).toBe(true);
    expect(dateCovers('Przyjęta 19 październik, wypisana później.', '19 październik')).toBe(true);
  });
  it('reads weekday + day, cue + ordinal and day.month. dates', () => {
    expect(dateCovers('Seen Wednesday 17th by the team.', '17th')).toBe(true);
    expect(dateCovers('Fell on 23rd while gardening.', '23rd')).toBe(true);
    expect(dateCovers('Wiedervorstellung am 9.10. im MVZ.', '9.10.')).toBe(true);
  });
  it('keeps doses, percentages and ordinal nouns', () => {
    const t = 'may 3 options exist; Sat 96% on air; on 2nd dose now; Monday 3 weeks later';
    for (const p of ['may 3', '96%', '2nd', '3 weeks']) expect(untouched(t, p)).toBe(true);
  });
});
