import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../src/shared/deid/index';
import { covers, findByRules, untouched } from '../../helpers/deid';

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

describe('an age over 89 after a name that was found', () => {
  it('after what the name has in brackets, and a comma or a dash', () => {
    expect(ages('Client: Hemi Tawhiri (NHI ZKQ4418), 92\nCarer: Losa Faleolo')).toEqual(['92']);
    expect(ages('Abdul Mannan (father-in-law), 93, bedbound, sacral sore.')).toEqual(['93']);
    expect(ages('4. Hal (Harold Sorensen) - 93!, heart failure')).toEqual(['93']);
    expect(ages('Okafor, Ruth - 93 - admitted from home')).toEqual(['93']);
  });
  it('not a number that goes on, nor a measurement', () => {
    expect(ages('Seen with Kurt Boesenberg, 95 Main Street')).toEqual([]);
    expect(ages('Ruth Okafor - 90/60 lying, 100/70 standing')).toEqual([]);
    expect(ages('Mrs Ruth Okafor (sats), 92% on air')).toEqual([]);
    expect(ages('on call: Dr Amy Chan - 112')).toEqual([]);
  });
});

describe('an age over 89 after a name, with the word for years of other languages', () => {
  it('"92 l." in Polish, "93 Jahre" in German', () => {
    expect(covers('Pani Zofia Nowak, 92 l., zam. Kraków', '92', 'AGE')).toBe(true);
    expect(covers('Herr Otto Brandl, 93 Jahre, lebt allein', '93', 'AGE')).toBe(true);
  });
});

describe('an age over 89 as someone gives or guesses it', () => {
  it('finds it after the words that give it, in figures and in words', () => {
    expect(covers('Thank you for seeing this gentleman, now 91, who has been a patient', '91', 'AGE')).toBe(true);
    expect(covers('mother Ólöf, b. 3 Oct 1928, alive at 95 in Hrafnista care home', '95', 'AGE')).toBe(true);
    expect(covers('Iqbal (grandfather of Sahil), said to be 95, small burn on foot', '95', 'AGE')).toBe(true);
    expect(covers('Koko Naisenya, estimated 100, lives in the manyatta', '100', 'AGE')).toBe(true);
    expect(covers('born "the year of the big flood", family thinks 94. GhanaPost GPS', '94', 'AGE')).toBe(true);
    expect(covers('Mr. Thibodeau, who was ninety-six, was found by a snowmobiler', 'ninety-six', 'AGE')).toBe(true);
    expect(covers('nan "Nan Dot" (ninety-three) lives with them', 'ninety-three', 'AGE')).toBe(true);
  });
  it('leaves a measurement that goes on, and "now" after anything but a person', () => {
    expect(untouched('Lunch missed, BS 64, gave juice, now 118. Granddaughter here', '118')).toBe(true);
    expect(untouched('said her CRP was 186 and now 94', '94')).toBe(true);
    expect(untouched('sats now 92, on 2L', '92')).toBe(true);
    expect(untouched('Glucose approx 91.', '91')).toBe(true);
  });
});

describe("an age over 89 in DICOM's form and after a name with its nickname", () => {
  it('finds "094Y", an age after a bracketed nickname and a colon or before "+", and "Pt 93 y."', () => {
    expect(ages('(0010,1010) PatientAge           094Y\n(0018,0015) BodyPartExamined  CHEST')).toContain('094');
    expect(ages('3. Mrs Doyle (Peggy): 96, frail, lives alone')).toContain('96');
    expect(ages('Pt Kofi Mensah ("Papa"), 91+? - family unsure')).toContain('91');
    expect(ages('increase ramipril to 5 mg. Pt 93 y.')).toContain('93');
  });
  it('leaves a three-figure code that is no age, and a time after a colon', () => {
    expect(ages('(0010,1010) PatientAge           045Y')).toEqual([]);
    expect(ages('Dr Patel (reg): 95 sats on air')).toEqual([]);
  });
});

describe('the nineties in words', () => {
  it('are an age wherever they measure nothing', () => {
    expect(ages('All quiet. Mr T in bay 2 (ninety-six and still doing the crossword) asked for tea.')).toEqual(['ninety-six']);
    expect(ages('Note: Tanaka (the other Emi, room 305, ninety) - check the wristband.')).toEqual(['ninety']);
  });
  it('leave a dose, a temperature, a vital sign, a range and a hundred said in passing', () => {
    for (const t of ['take ninety milligrams twice daily', 'temp ninety-eight point six', 'sats ninety-four on air', 'from ninety to a hundred and ten', 'she asked a hundred and two questions'])
      expect(ages(t)).toEqual([]);
  });
});

describe('an age over 89 after "is", a patient\'s number or "at"', () => {
  const found: [string, string][] = [
    // after a relation or a pronoun and "is", before a bracket or a dash
    ['Her uncle is 93 (born in Lwów) and drives still.', '93'],
    ['daughter says he is 96 - by the old calendar', '96'],
    ["She's 90 (party on Sunday), so bring a card.", '90'],
    // in brackets after a numbered patient or a grandparent
    ['Bay 3: patient 4 (97) waiting for transport', '97'],
    ['visiting her grandma (94 next month) after work', '94'],
    // the age something happened at
    ['Broke her wrist at 96 - still does her own shopping.', '96'],
    ['he was still cutting hay at 92 on the family farm', '92'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(ages(t)).toEqual([p]));
  it('leaves a measurement, a lab, a fever and a rate at the same number', () => {
    for (const t of ['Fever spiked at 101.', 'Saturating at 95 on room air.', 'CRP stable at 96 on the repeat.', 'HR settled at 95 on bisoprolol', 'infusion running at 100 on the pump', 'ferritin at 92 in the summer'])
      expect(ages(t)).toEqual([]);
  });
});

describe('an age over 89 with its word glued or hyphened to it', () => {
  const found: [string, string][] = [
    ['97-y/o female, fall at home', '97'],
    ['93-jähriger Patient, Sturz', '93'],
    ['paziente 94enne ricoverata per frattura', '94'],
    ['pacjentka 92-letnia po upadku', '92'],
    ['91letá pacientka s pádem', '91'],
    ['96-åringen ble innlagt i natt', '96'],
    ['95χρονη ασθενής με πτώση', '95'],
    ['93-летний пациент, падение', '93'],
    ['92-річна пацієнтка', '92'],
    ['a 98‑year‑old man', '98'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(ages(t)).toEqual([p]));
  it('leaves a number before another word', () => {
    for (const t of ['the 95-letter code', 'a 92-lead array', 'Hb 95-y axis']) expect(ages(t)).toEqual([]);
  });
});

describe('ages over 89 that someone reaches this year or next, or turns (in Spanish and Portuguese)', () => {
  const found: [string, string][] = [
    ['II-2 Aunt Nuala, alive, 93 next month, in a care home', '93'],
    ['He wore a daffodil. 95 this year and still walks to the shop.', '95'],
    ['Olga, 99 años (cumple 100 el 3 de mayo)', '100'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'AGE', findByRules)).toBe(true));
  it('leaves a measurement before "this morning" or "last week"', () => {
    expect(findByRules('BP 170/100 last week. Sats 95 this morning.').filter((f) => f.type === 'AGE')).toEqual([]);
  });
});
