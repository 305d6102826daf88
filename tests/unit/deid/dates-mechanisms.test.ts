import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../src/shared/deid/index';
import { covers, untouched } from '../../helpers/deid';


describe('dates', () => {
  it('day/month without a year and day-month abbreviations', () => {
    expect(covers('#NOF. date 24/11. ortho aware', '24/11', 'DATE')).toBe(true);
    expect(covers('seen in clinic. 12/12. plan as above', '12/12', 'DATE')).toBe(true);
    expect(covers('Review 14-Aug. Bloods', '14-Aug', 'DATE')).toBe(true);
  });
  it('ordinal words, inst./ult. and foreign months', () => {
    expect(covers('admitted on the fourth of June with', 'fourth of June', 'DATE')).toBe(true);
    expect(covers('seen June the twenty-second', 'June the twenty-second', 'DATE')).toBe(true);
    expect(covers('your letter of the 9th inst. about', '9th inst', 'DATE')).toBe(true);
    expect(covers('ricoverato il 4 maggio, dimesso', '4 maggio', 'DATE')).toBe(true);
    expect(covers('opgenomen op 7 maart', '7 maart', 'DATE')).toBe(true);
  });
  it('a second day of the same month before its year, and a lower-case month after a cue', () => {
    expect(covers('was seen and examined on September 13 and 16, 2024 with', 'September 13 and 16, 2024', 'DATE')).toBe(true);
    expect(covers("vision fine. we're back march 14 for eyes", 'march 14', 'DATE')).toBe(true);
    for (const [t, p] of [['Meds: may 3 tabs daily', 'may 3'], ['we march 3 miles a day', 'march 3'], ['saw 13 and 16 patients in September 2024', '16']] as const) expect(untouched(t, p)).toBe(true);
  });
  it('holidays in any case and without apostrophes', () => {
    expect(covers('fell on boxing day at home', 'boxing day', 'DATE')).toBe(true);
    expect(covers('valentines day drama again', 'valentines day', 'DATE')).toBe(true);
    expect(covers('seen on Remembrance Sunday.', 'Remembrance Sunday', 'DATE')).toBe(true);
    expect(covers('over Songkran she travelled', 'Songkran', 'DATE')).toBe(true);
  });
  it('keeps scores, fractions and vertebral levels', () => {
    const t = 'EHL weakness 4/5. MRC 3/5 power. Pain 7/10. APGAR 8/9. BP 120/80. L4/L5. Took 1/2 tab.';
    for (const p of ['4/5', '3/5', '7/10', '8/9', '120/80', 'L4/L5', '1/2']) expect(untouched(t, p)).toBe(true);
  });
  it('keeps British spans of days and months after a word that counts time, and visual acuity', () => {
    const t = 'Doxycycline 100 mg bd 7/7. Diarrhoea for 5/7. SALT referral, re-review in 3/12. Wt loss 3 kg over 1/12.';
    for (const p of ['7/7', '5/7', '3/12', '1/12']) expect(untouched(t, p)).toBe(true);
    const va = 'VA R 6/9, L 6/24, pinholing to 6/12. Snellen 6/6 both eyes.';
    for (const p of ['6/9', '6/24', '6/12', '6/6']) expect(untouched(va, p)).toBe(true);
  });
  it('still reads a date written so, and a day away from an acuity', () => {
    for (const [text, date] of [
      ['BP was checked at the VA clinic on 6/12 and was fine.', '6/12'],
      ['Seen 3/12 in clinic, review next week.', '3/12'],
      ['Colonoscopy in 03/07 was normal.', '03/07'],
      ['Appointment for 06/12 confirmed.', '06/12'],
      ['Surgery scheduled for 3/12.', '3/12'],
      ['Booked for 7/7 at 10:00.', '7/7'],
      ['VA 6/9. Bloods 6/18.', '6/18'],
      ['Blurred vision began 6/24.', '6/24'],
    ] as const)
      expect(covers(text, date, 'DATE')).toBe(true);
  });
});

describe('dates: days without a month name, written as people write them', () => {
  const found: [string, string][] = [
    ['Contractions since 03:00 8/27. SROM at 06:10.', '8/27'],
    ['¿me cambias la guardia? te doy el 14 y el 15 si quieres', 'el 14'],
    ['¿me cambias la guardia? te doy el 14 y el 15 si quieres', 'el 15'],
    ['la próxima cita es hasta el 23, ¿le subo la dosis?', '23'],
    // (the first of a pair of the same day too)
    ['¿te cubro el 14 y el 14 de nuevo el mes que viene?', 'el 14'],
    ['missed two doses on 27.10 (no signal at the farm).', '27.10'],
    // a day after a weekday of more languages
    ['Consulta marcada na quinta 24. Até lá!', 'quinta 24'],
    ['Wants a home visit Thứ Năm 18/4 -> booked.', '18/4'],
    ['Controle afgesproken op donderdag 12, graag bevestigen.', 'donderdag 12'],
    // months of more languages, after their day
    ['Klinik Kesihatan Seri Kembangan\n14 Julai 2024\nDr Tan', '14 Julai'],
    ['Dyddiad: 5 Mehefin 2024\nClaf: Mr Jones', '5 Mehefin'],
    ['Kontrola zakazana za 14 siječnja u 9 sati.', '14 siječnja'],
    ['li pa gen lafyèv depi 1ye janvye, mèsi', '1ye janvye'],
    ['Rikontroll në QKUK më 5 korrik.', '5 korrik'],
    ['El ferritin kenet 2,100 bi 4 tammouz, fi 3ena deferasirox', '4 tammouz'],
    ['Last dose rivaroxaban 21:00 7/3.\nNOK: son', '7/3'],
    ['fever since the evening of 4/9, now day 5', '4/9'],
    ['ON-CALL ROTA - week of 12/2\nMon | Tue', '12/2'],
    ['Nächster Termin 14.06.\nMit freundlichen Grüßen', '14.06.'],
    ['Fasching (13.2.) war ruhig, seitdem Fieber.', '13.2.'],
    ['Do 9.1. Hausbesuch, Verband gewechselt.', '9.1.'],
    ['Mum says she was discharged on the eleventh, then came back.', 'the eleventh'],
    ['can we see you Friday the thirteenth? she is worse', 'Friday the thirteenth'],
    ['5/2  admitted via ED, NIHSS 14\n5/4  extubated, GCS 15\n5/9  home with her daughter', '5/4'],
    ['Clinic shut for Umuganda Day, reopens Monday.', 'Umuganda Day'],
    ['He stopped eating on Diwali eve and fell the next day.', 'Diwali eve'],
    ['Travelling to her village for Holy Week.', 'Holy Week'],
    ['Client born S2.3.8, lives alone; visit R6.4.2 at 10:00.', 'S2.3.8'],
    ['Boleh datang Isnin 21hb? Terima kasih', '21hb'],
    ['No dialysis on Yom Kippur (10 Tishrei).', '10 Tishrei'],
    ['Fasting, so no insulin on 3 Syawal.', '3 Syawal'],
    ['nghỉ từ 25 tháng Chạp đến mùng 4', '25 tháng Chạp'],
    ['nghỉ từ 25 tháng Chạp đến mùng 4', 'mùng 4'],
    // in a text that writes a whole date in figures, a day and month before a preposition or result
    ['EDD 7/26/2024. Repeat blood cx 10/16 negative.', '10/16'],
    ['Jay, 19, admitted 2/12 after an overdose; fever since 3/7.', '2/12'],
    ['Jay, 19, admitted 2/12 after an overdose; fever since 3/7.', '3/7'],
    // days beside the words of the span, power and pain guards
    ['Flew back 2/10, fever since 5/10.', '2/10'],
    ['Fractured R wrist 3/5, MUA 4/5.', '3/5'],
    ['B12 injection next due 5/12.', '5/12'],
    ['Review: 5/12, Dr Patel', '5/12'],
    ['Vomiting 3/7, admitted 4/7.', '3/7'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'DATE')).toBe(true));
  const kept: [string, string][] = [
    ['Hb 12.05. Plan as before.', '12.05'],
    // (a dated text's scores, results out of a small number and the figures of a decimal comma stay)
    ['Seen 3/4/2024. Cores: 2/3 positive, 7/9 negative.', '7/9'],
    ['Seen 3/4/2024. Conners ratings gave 7/9 inattentive and 6/9 hyperactive.', '7/9'],
    ['Rp 12/10/2023: tiotropio/olodaterol 2,5/2,5 mcg 2 inh', '5/2'],
    ['Seen at 10.05. by the SHO.', '10.05'],
    ['Cannulated on the second attempt; the third finger spared.', 'second attempt'],
    ['She was the first. Her brother came later.', 'the first'],
    ['Hb 17 g/dL on admission.', 'Hb 17'],
    ['Cores taken: 3\n2/3  right base, Gleason 7\n1/3  right apex, Gleason 6\n3/3  left apex', '1/3'],
    ['Admitted to the Day Unit on Post-Op Day 2.', 'Post-Op Day 2'],
    // how long a symptom has lasted, a baby's age in months, a review in so many months, a limb's power, pain out of ten
    ['Fever 3/7, vomiting since yesterday.', '3/7'],
    ['Brought by her nephew. 2/7 dysuria, frequency.', '2/7'],
    ['Bed 3: baby Wisdom, 9/12, bronchiolitis, on high flow.', '9/12'],
    ['Community visitor scheme. Review 3/12.', '3/12'],
    ['Noise 85 dB | re-test 6/12, check plugs fit', '6/12'],
    ['Right facial droop, R arm 2/5, R leg 4/5.', '2/5'],
    ['Neuro: power R hip flexion 4/5, knee extension 4+/5.', '4/5'],
    ['Now GCS 15, headache 6/10, nausea x1.', '6/10'],
    // (after a clock time, a score out of a small number stays a score)
    ['Reassessed at 14:30 4/5 power both legs.', '4/5'],
    ['ajustar desde el 5% de la dosis inicial', '5%'],
    ['creatinine from 2.08 to 1.4 on 1.10 L of fluid', '1.10'],
    ['Transmission received 06:12 AWST (scheduled), battery OK', '12 AWST'],
    ['cek gula darah minggu 3 dan minggu 4', 'minggu 3'],
  ];
  for (const [t, p] of kept) it(`keeps ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(untouched(t, p)).toBe(true));
  it('a farm called Quinta before its number is no weekday', () => {
    const t = 'Morada: Quinta 12 Rua Nova, Braga';
    expect(findIdentifiers(t).filter((f) => f.type === 'DATE')).toEqual([]);
  });
});

describe('dates: the other days of a range or a list, and days in more scripts', () => {
  const found: [string, string][] = [
    // the days before a day and month
    ['Fever from 14 to 17 June, then settled.', '14 to 17 June'],
    ['Seen 3 and 5 April in clinic.', '3 and 5 April'],
    ['Doses missed 3, 4 and 5 May.', '3, 4 and 5 May'],
    ['Night shift 29/30 Jan with the crisis team.', '29/30 Jan'],
    ['follow-up 10th/11th Nov, whichever suits', '10th/11th Nov'],
    ['Kontrolle vom 3. bis 5. März geplant', '3. bis 5. März'],
    // the days after a month and day
    ['Work note for Oct 9 and 10.', 'Oct 9 and 10'],
    ['Infusions on Jan 3rd, 5th and 9th went well.', 'Jan 3rd, 5th and 9th'],
    ['Off work June 12 through 15 after the fall.', 'June 12 through 15'],
    ['Booked for March the 12th at the hand clinic.', 'March the 12th'],
    // Greek, Hindi, Thai and Vietnamese
    ['Εισαγωγή στις 12η Μαρτίου με πυρετό', '12η Μαρτίου'],
    ['भर्ती 12 मार्च 2024 को हुई', '12 मार्च'],
    ['วันที่ 12 กรกฎาคม 2567 มีไข้', '12 กรกฎาคม'],
    ['Mùng 3 Tết bà bị ngã', 'Mùng 3 Tết'],
    ['hẹn tái khám ngày 3/4', '3/4'],
    // the week a day and month start
    ['nights w/c 11/3 on ward 4', '11/3'],
    ['annual leave wk of 11/3 approved', '11/3'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'DATE')).toBe(true));
  const kept: [string, string][] = [
    // a count after "and" is no day of the month; a span in British notation is no pair of days; a decimal is a result
    ['Seen on March 3 and 5 patients were waiting.', '5 patients'],
    ['started on gliclazide by GP 3/12 ago, sweaty since', '3/12 ago'],
    ['INR was 2.7 on Aug 1 and 2.9 on Aug 2.', '2.9'],
  ];
  for (const [t, p] of kept) it(`keeps ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(untouched(t, p)).toBe(true));
});

describe('dates: a day and month, or a day alone, by the words of when around it', () => {
  const found: [string, string][] = [
    // a day and month in figures after a discharge, a follow-up with a service, a ward round or a start of care
    ['Summary for Mr Okafor (d/c’d 5/8) sent to the GP.', '5/8'],
    ['F/u cardiology 8/27. Son to drive.', '8/27'],
    ['SIGNOUT 4/9 - blue team', '4/9'],
    ['WR 2/10 — Ward 7', '2/10'],
    ['Home health agreed, SOC 3/19; PT twice weekly.', '3/19'],
    // a part of the day before it, or a time after it with a word of when or the clause's end
    ['Seen on the night of 3/6 with chest pain', '3/6'],
    ['Flight home 04/08 ~16:45.', '04/08'],
    ['Slipped in the bath 5/10 around 22:00, unable to stand', '5/10'],
    // Spanish and Portuguese
    ['El monitor está fuera de servicio desde el 11/11; usar el otro.', '11/11'],
    ['Retorno marcado no dia 28.', 'dia 28'],
    ['A filha chega de Lisboa dia 17, depois da cirurgia.', 'dia 17'],
    // a day as an ordinal, after a cue, in brackets after a weekday or a named day, or heading its line
    ['Next review 18th. Bloods before.', '18th'],
    ['slipped on the ice on the morning of the 12th outside the shop', 'the 12th'],
    ['colonoscopy booked for the 9th as well', 'the 9th'],
    ['Reg on call the 5th to the 8th if needed', 'the 5th'],
    ['Will phone again next Thursday (14th).', '14th'],
    ['Diwali Day (12th and 13th) - clinic shut', '13th'],
    ['4th - physio: walked to the lift, steady.', '4th'],
    // a month after "mid-" in one hyphened word; a day and month after the date of admission, service or injury
    ['Reviewed mid-March by the GP, no change.', 'March'],
    ['DOA 02/12, referred by ED', '02/12'],
    ['DOI: 5/6 fall from a ladder', '5/6'],
    // a date of birth said aloud; two whole dates joined by a dash; a claim form's spaced date; a named day's date in brackets
    ['calling for my dad, date of birth four seventeen fifty-two, about his refill', 'four seventeen fifty-two'],
    ['her DOB is the twelfth of the third forty one', 'the twelfth of the third forty one'],
    ['audit window 03/02/2024-03/09/2024 for chart access', '03/09/2024'],
    ['24 A. DOS 10 03 24   B. POS 11', '10 03 24'],
    ['3. PATIENT BIRTH DATE MM DD YY 04 11 52 SEX M', '04 11 52'],
    ['Slipped on the ice on Wigilia (24.12) at home', '24.12'],
    // a Swedish ordinal day, and the Malay March between a day and a year
    ['Inlagd den 3:e mars efter fall i hemmet.', '3:e mars'],
    ['Dilaporkan pada 3 Mac 2024 oleh jururawat.', '3 Mac 2024'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'DATE')).toBe(true));
  const kept: [string, string][] = [
    // a pain score and its time; a centile, a rank; a count of days in Spanish; a share of the samples
    ['pain 6/10 at 08:00, 2/10 at noon after oxycodone', '6/10'],
    ['Height 131 cm (25th), weight 27 kg.', '25th'],
    ['Sliabh Nursing Home (1st), Ardfinnan Lodge (2nd)', '1st'],
    ['ceftriaxona 2 g, día 3 de 7; afebril', 'día 3'],
    ['Paciente estável no dia 12 de internação, sem febre.', 'dia 12'],
    ['EBUS 3/10 stations positive on frozen section', '3/10'],
    // a lab's value in brackets; a reference that runs on from a date
    ['Creatinine (1.2) stable since admission', '1.2'],
    ['born in one of the villages near the lake', 'one'],
  ];
  for (const [t, p] of kept) it(`keeps ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(untouched(t, p)).toBe(true));
});

describe('dates: a day and month after a weekday or a discharge against advice', () => {
  it('takes them even before a word that counts', () => {
    expect(covers('HD Sat/Mon/Wed.\nSkipped Sat 6/1 session for the holiday.', '6/1', 'DATE')).toBe(true);
    expect(covers('91/M | CAP | LAMA 6/11 | readmitted', '6/11', 'DATE')).toBe(true);
  });
  it('leaves a session out of a course after a lower-case "sat"', () => {
    expect(untouched('she sat 3/4 of the session', '3/4')).toBe(true);
  });
});
