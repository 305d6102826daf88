/**
 * Eponyms that are also common surnames or given names (left out of the eponym list so the people stay found): kept
 * where the words around them name the device, scale or test, found where they name a person.
 */
import { describe, expect, it } from 'vitest';
import { covers, untouched } from '../../helpers/deid';

describe('an eponym that is also a name, in use', () => {
  const kept: [string, string][] = [
    ['Recs: remove Foley, melatonin 3 mg at 21:00', 'Foley'],
    ['Foley draining clear yellow urine, 40 mL/h', 'Foley'],
    ['Function: Katz ADL 5/6, Lawton IADL 4/8.', 'Katz ADL 5/6'],
    ['Escala de Tinetti 14/28, Katz 4/6. Usa losartana 50 mg', 'Katz 4/6'],
    ['Skin type: Fitzpatrick II. Device: Q-switched Nd:YAG', 'Fitzpatrick II'],
    ['Barthel 60, Pfeiffer 3 errores, Yesavage 4.', 'Pfeiffer 3 errores'],
    ['MRI: Fazekas 2, hippocampal atrophy.', 'Fazekas 2'],
    ['morphine 10 mg/24h via McKinley T34 syringe driver', 'McKinley T34'],
    ['standing with 2 in the Sara Stedy. Not walking.', 'Sara Stedy'],
    ['NBS (heel prick) done, Guthrie card posted.', 'Guthrie card'],
    ['Hand X-ray read with the Greulich and Pyle atlas', 'Greulich and Pyle'],
    ['Risk of Hb Bart\'s hydrops fetalis if both partners carry it', "Hb Bart's"],
    ['Interrogation: Abbott Assurity MRI DDDR, battery 8 years', 'Abbott Assurity MRI'],
    ['lives with his Lola (78) in Brgy. Mabolo', 'Lola'],
  ];
  for (const [text, phrase] of kept) it(`keeps ${JSON.stringify(phrase)}`, () => expect(untouched(text, phrase)).toBe(true));
});

describe('the same words naming a person', () => {
  const found: [string, string][] = [
    ['Spoke with Mr Foley about the results today.', 'Foley'],
    ['Seen by Dr Katz in clinic; review in 6 months.', 'Katz'],
    ['Referred by Sara Jenkins, practice nurse.', 'Sara'],
    ['Lola Mendoza, 34, presented with fever.', 'Lola'],
    // (a title makes it a person, whatever follows; a bracket alone is no context)
    ['Mr Foley in clinic today with his wife.', 'Foley'],
    ['Spoke with the Foley family at the bedside.', 'Foley'],
    ['Discussed with GP (Dr Simpson) today.', 'Simpson'],
  ];
  for (const [text, phrase] of found) it(`finds ${JSON.stringify(phrase)}`, () => expect(covers(text, phrase, 'NAME')).toBe(true));
});

describe("a device's model after its brand", () => {
  it('is kept in a device line, while the serial after it is found', () => {
    const t = 'RA lead: Tendril STS 2088TC, SN CBY1048823\nGenerator: Assurity MRI PM2272, serial 7742819';
    expect(untouched(t, 'STS 2088TC')).toBe(true);
    expect(untouched(t, 'PM2272')).toBe(true);
    expect(covers(t, 'CBY1048823')).toBe(true);
    expect(untouched('Device: BP monitor Omron HEM-7156T, serial 20240311-77183.', 'HEM-7156T')).toBe(true);
  });
  it("is no health scheme's number", () => {
    expect(covers('Home: Blk 7 Lot 12. PhilHealth 12-050012345-6, Medi-Cal CIN 91827364A', '12-050012345-6')).toBe(true);
    expect(covers('Home: Blk 7 Lot 12. PhilHealth 12-050012345-6, Medi-Cal CIN 91827364A', '91827364A')).toBe(true);
  });
});

describe('terms named after a person, a place or a holiday', () => {
  const kept: [string, string][] = [
    ['No free fluid in the pouch of Douglas, adnexae normal.', 'Douglas'],
    ['Anatomy: circle of Willis, loop of Henle, ampulla of Vater, tetralogy of Fallot', 'Willis'],
    ['Re the factor IX patient: Christmas disease (haemophilia B) in a 9-year-old', 'Christmas disease'],
    ['Dx: eumycetoma (Madura foot, Madurella mycetomatis).', 'Madura foot'],
    ['Bombay blood group (hh): only hh donors.', 'Bombay blood group'],
    ['Army veteran, Agent Orange exposure documented', 'Agent Orange'],
    ["He's day 9 post Ivor Lewis oesophagectomy, jejunostomy feeds", 'Ivor Lewis'],
    ['Balance work every day (Tai Chi is great).', 'Tai Chi'],
    ['Referred for Tai Chi, twice a week.', 'Tai Chi'],
    ['Implants: Exeter V40 stem size 44', 'Exeter'],
    ['AV fistula (Brescia-Cimino), fluid restriction 1.5 L', 'Brescia-Cimino'],
    ['CRT-D (Boston Scientific), serial 114472', 'Boston Scientific'],
    ['Amlodipine 10 mg; his daughter manages his Webster pack', 'Webster'],
    ['CT: no Hampton hump, mild Westermark sign', 'Hampton'],
    ['The Mediterranean diet leaflet from the dietitian', 'Mediterranean'],
    ['Also Epsom salts are not a treatment for it', 'Epsom'],
    ['Le Fort III is craniofacial dissociation', 'Le Fort III'],
    ['Hi, Braxton Hicks are very common at 36+4.', 'Braxton Hicks'],
    ['Notes: previous Austin Moore prosthesis on L side', 'Austin Moore'],
    ['Sleeve caught in the PTO shaft of the John Deere 4440', 'John Deere'],
    ['catheter change (16 Ch Foley), needs 2 nurses', '16 Ch Foley'],
  ];
  for (const [text, phrase] of kept) it(`keeps ${JSON.stringify(phrase)}`, () => expect(untouched(text, phrase)).toBe(true));
  const found: [string, string][] = [
    ['He was born on the island of Chios and migrated in 1954.', 'Chios'],
    ['Referral to KK Kuala Lumpur diet clinic for her weight.', 'Kuala Lumpur'],
    ['We moved to Madura in 2019 with her son.', 'Madura'],
    ['Seen by Agent Smith of the FBI, then by Dr Douglas.', 'Douglas'],
    ['Christmas at her daughter\'s in Leeds.', 'Christmas'],
    ['Machinist at John Deere Davenport Works, nights', 'Davenport Works'],
    ['He works at John Deere, nights, and drinks 6 cans a day', 'John Deere'],
    ['Employer: Boston Scientific (assembly line)', 'Boston Scientific'],
    ['Spoke to the PATEL family at the bedside', 'PATEL'],
    ['Referred by ASHA DEVI, 34, from the village', 'ASHA DEVI'],
  ];
  for (const [text, phrase] of found) it(`finds ${JSON.stringify(phrase)}`, () => expect(covers(text, phrase)).toBe(true));
});

describe("laws, guidelines and acronyms after an article", () => {
  const kept: [string, string][] = [
    ['Admitted under the Mental Health Act Form 1. Diagnosed with schizophrenia.', 'Mental Health Act Form 1'],
    ['consider an EEA under the Mental Health Act 2016.', 'Mental Health Act 2016'],
    ["He's on Kendra's Law AOT but hasn't had his injection", "Kendra's Law"],
    ['anyone has the latest Philippine Clinical Practice Guidelines for CAP?', 'Philippine Clinical Practice Guidelines'],
    ['The ASHA is a worker, not always a name', 'ASHA'],
    ['Our local guideline says 72 h but the ASRA table says 48 h', 'ASRA'],
  ];
  for (const [text, phrase] of kept) it(`keeps ${JSON.stringify(phrase)}`, () => expect(untouched(text, phrase)).toBe(true));
});

describe('a unit after its number is no initial', () => {
  it('keeps a litre and finds the name after it', () => {
    expect(untouched('stopped indapamide + fluid restriction 1 L. Na now 121 after 24h.', 'L. Na')).toBe(true);
    const t = 'SpO2 86% on 6 L. Son Mishal is asking for you';
    expect(untouched(t, 'L.')).toBe(true);
    expect(covers(t, 'Mishal', 'NAME')).toBe(true);
    expect(untouched("given 1 L Hartmann's, tranexamic acid 1 g", "L Hartmann's")).toBe(true);
  });
  it("still reads an initial after a bed's number", () => expect(covers('Bed 4 L. Smith, 82, for review', 'L. Smith', 'NAME')).toBe(true));
});
