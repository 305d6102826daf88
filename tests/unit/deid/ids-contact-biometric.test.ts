import { describe, expect, it } from 'vitest';
import { covers, findByRules, untouched } from '../../helpers/deid';


describe('phones', () => {
  it('national numbers with extensions, pagers and tel: links', () => {
    expect(covers('TEL (WORK): 0161 496 0018 ext 311\nEMAIL', '0161 496 0018 ext 311', 'PHONE')).toBe(true);
    expect(covers('bleep 5521 if worried', '5521', 'PHONE')).toBe(true);
    expect(covers('call tel:+15555550123 now', '+15555550123', 'PHONE')).toBe(true);
  });
  it("a Brazilian mobile with its 9 apart, a Peruvian number after its trunk code, and no person's age in an area code", () => {
    expect(covers('Contato (21) 9 5555-4310; e-mail', '(21) 9 5555-4310', 'PHONE')).toBe(true);
    expect(covers('Teléfono: (044) 48-2210\nFecha', '(044) 48-2210', 'PHONE')).toBe(true);
    expect(untouched('From: Lakeview Clinic   Ph (417) 555-0132   Fx (417) 555-0133\nTo: cardiology', 'Fx')).toBe(true);
  });
  it('pagers and faxes under their column in rows pasted as CSV', () => {
    const t = 'surname,given,role,pager,fax\n"Okafor","Ada",RN,555-0141,555-0199\n"Lund","Eva",RN,555-0142,555-0198';
    expect(covers(t, '555-0141', 'PHONE')).toBe(true);
    expect(covers(t, '555-0198', 'FAX')).toBe(true);
  });
  it('keeps multipliers', () => {
    expect(untouched('WBC 11 x 1000 cells, paracetamol 1 g x 4 doses', '1000')).toBe(true);
  });
});

describe('biometrics', () => {
  it('stored templates of any modality with their reference', () => {
    expect(covers("and the clinic's finger-vein scan template FV-19-0042.", 'finger-vein scan template FV-19-0042', 'BIOMETRIC')).toBe(true);
    expect(covers('iris code ref IR-55120 on file', 'iris code ref IR-55120', 'BIOMETRIC')).toBe(true);
  });
  it('a tattoo followed by its quoted text', () => {
    expect(covers('Identified by the tattoo "Semper Fi 1968" on the left forearm.', 'tattoo "Semper Fi 1968" on the left forearm', 'BIOMETRIC')).toBe(true);
  });
});

describe("a mark's description to its clause's ends", () => {
  const found: [string, string][] = [
    ['Dental: gold crown upper left canine with engraved star noted for ID form.', 'gold crown upper left canine with engraved star'],
    ['Walter (the one with the \'Reds 1953\' tattoo across his knuckles) talked about the pit.', "the one with the 'Reds 1953' tattoo across his knuckles"],
    ['pick-up later - the tall guy with the big birthmark on his left cheek, no ID on him', 'the tall guy with the big birthmark on his left cheek'],
    ['scar through the right eyebrow; gold grill on lower front teeth. Prints sent.', 'gold grill on lower front teeth'],
    ['bay 6 - is that the lad with the "MUM 1962" heart and dagger tattoo on his R deltoid? pretty sure', '"MUM 1962" heart and dagger tattoo'],
    ['Area to be treated: name "DARREN" in gothic lettering with two hearts, lower back', 'name "DARREN" in gothic lettering'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'BIOMETRIC')).toBe(true));
  it('not back over a clinical word or another clause, nor on past a print\'s match', () => {
    expect(untouched('Noted bruising L upper arm in fingertip pattern and a small circular burn scar on the back of the right hand.', 'fingertip pattern')).toBe(true);
    const t = 'Social work and the police are trying to identify him from a tattoo of a rose on the right forearm.';
    expect(untouched(t, 'police')).toBe(true);
    expect(untouched('Voice ID: voiceprint VP-2291-4471 match score 0.41 (pass threshold 0.80) - FAILED', 'score 0.41')).toBe(true);
  });
});

describe('a tooth that tells someone apart', () => {
  const found: [string, string][] = [
    ['Found near the bus stop: gold front tooth, no ID.', 'gold front tooth'],
    ['tattoo on right forearm, gold tooth upper left', 'gold tooth upper left'],
    ['she has a chipped left incisor and a nose stud', 'chipped left incisor'],
    ['missing upper front teeth - family say since a fall in 2010', 'missing upper front teeth'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'BIOMETRIC', findByRules)).toBe(true));
  it("leaves a dental chart's findings", () => {
    for (const [t, p] of [['2 missing teeth, caries 36', 'missing teeth'], ['broken molar, filled under LA', 'broken molar']] as const) expect(untouched(t, p, findByRules)).toBe(true);
  });
});
