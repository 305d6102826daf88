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
