import { describe, expect, it } from 'vitest';
import { covers, findByRules, untouched } from '../../helpers/deid';



describe('locations: lower-case notes', () => {
  it('a strong place verb before from/at makes an unknown lower-case word a place', () => {
    const t = 'came in from ballinasloe 3/3. mum lives out at wagga.';
    expect(covers(t, 'ballinasloe', 'LOCATION')).toBe(true);
    expect(covers(t, 'wagga', 'LOCATION')).toBe(true);
  });
  it('leaves ordinary words after the same verbs alone', () => {
    expect(untouched('came in from work, lives at home with wife', 'work')).toBe(true);
  });
});

describe('ALL-CAPS lines', () => {
  const form = 'PATIENT REGISTRATION FORM\nADDRESS: FLAT 2, 17 MOSELEY ROAD, BIRMINGHAM B12 9AH\nGP: DR A. RAHMAN, BALSALL HEATH HEALTH CENTRE, FAX 0121 496 0999\nHOME HEALTH INTAKE';
  it('reads caps addresses and organisations as if title-cased', () => {
    expect(covers(form, 'FLAT 2, 17 MOSELEY ROAD', 'LOCATION')).toBe(true);
    expect(covers(form, 'BALSALL HEATH HEALTH CENTRE', 'LOCATION')).toBe(true);
    expect(covers(form, 'A. RAHMAN', 'NAME')).toBe(true);
  });
  it('leaves caps headings made of ordinary words alone', () => {
    expect(untouched(form, 'HOME HEALTH INTAKE')).toBe(true);
    expect(untouched(form, 'PATIENT REGISTRATION FORM')).toBe(true);
  });
});

describe('addresses in many countries', () => {
  it('Polish, German and Norwegian streets with postcode + town', () => {
    const t = 'Requesting clinic: Przychodnia Zdrowie, ul. Długa 14, 80-827 Gdańsk\nClient: Benedikt Schäfer, Lindenstraße 8, 10969 Berlin\nADDR|Kongens gate 14|0153 Oslo|NORWAY';
    for (const p of ['ul. Długa 14', '80-827 Gdańsk', 'Lindenstraße 8', '10969 Berlin', 'Kongens gate 14', '0153 Oslo']) expect(covers(t, p, 'LOCATION'), p).toBe(true);
  });
  it('Indian house numbers, sectors, localities and PIN codes', () => {
    const t = 'Address: H.No. 212, Sector 15, Rohini, Delhi 110089. Brother lives in Gandhi Nagar.';
    for (const p of ['H.No. 212, Sector 15', 'Delhi 110089', 'Gandhi Nagar']) expect(covers(t, p, 'LOCATION'), p).toBe(true);
  });
  it('a Japanese block address in Latin letters, with a hyphened district or after the postcode', () => {
    const t = 'Kodomo Clinic\n2-14-7 Sakura-shinmachi, Setagaya-ku, Tokyo 154-0015\naddress | 〒160-0021 Kabukicho 2-19-7, Room 504, Shinjuku-ku';
    for (const p of ['2-14-7 Sakura-shinmachi', '〒160-0021 Kabukicho 2-19-7']) expect(covers(t, p, 'LOCATION', findByRules), p).toBe(true);
  });
  it("a street on the esplanade, the promenade or the concourse, after its house's number", () => {
    expect(covers('Venue: the community hub, 3 Ormond Esplanade, Elwood. Tuesdays.', '3 Ormond Esplanade', 'LOCATION', findByRules)).toBe(true);
    expect(covers('Lives at 14 Marine Promenade with her son.', '14 Marine Promenade', 'LOCATION', findByRules)).toBe(true);
  });
  it('a city that names an eponym, after a comma where its field ends', () => {
    expect(covers('Referred by the Ardoch Street GP practice, Glasgow.', 'Glasgow', 'LOCATION', findByRules)).toBe(true);
    expect(covers('tolerated YF vaccine before (2012, Montreal).', 'Montreal', 'LOCATION', findByRules)).toBe(true);
  });
  it('leaves the eponym after a score or in a list of eponyms', () => {
    expect(untouched('GCS 14, Glasgow.', 'Glasgow', findByRules)).toBe(true);
    expect(untouched('Scales used: Barthel, Glasgow.', 'Glasgow', findByRules)).toBe(true);
    expect(untouched('Glasgow Coma Scale 13, Montreal Cognitive Assessment 24/30.', 'Montreal', findByRules)).toBe(true);
  });
  it('a number before an ordinary word is not a postcode', () => {
    const t = 'Heparin given, 5000 Units twice daily.\n2020 Annual review done.';
    expect(untouched(t, '5000 Units')).toBe(true);
    expect(untouched(t, '2020 Annual')).toBe(true);
  });
});

describe('lower-case addresses', () => {
  it('house number + words + street type', () => {
    const t = 'lives w/ flatmate @ flat 14, 2 carpenters rd, E15 2DU. 1 hour drive to work.';
    expect(covers(t, 'flat 14, 2 carpenters rd', 'LOCATION')).toBe(true);
    expect(untouched(t, '1 hour drive')).toBe(true);
  });
});

describe('organisations with no cue word', () => {
  it('a practice named after a specialty', () => {
    const t = 'From: Rhiannon Gallagher, RN, Cascade Pulmonary   Fax: 503-555-0113';
    expect(covers(t, 'Cascade Pulmonary', 'LOCATION')).toBe(true);
    expect(untouched('Discussed with Interventional Cardiology today.', 'Cardiology')).toBe(true);
  });
  it('an unknown acronym after "at" or "sent to" is a place; clinical acronyms after "to" are not', () => {
    const t = 'Renal biopsy at LUTH on 2nd July. Rx sent to CVS. Progressed to ARDS, switched to TPN.';
    expect(covers(t, 'LUTH', 'LOCATION')).toBe(true);
    expect(covers(t, 'CVS', 'LOCATION')).toBe(true);
    expect(untouched(t, 'ARDS')).toBe(true);
    expect(untouched(t, 'TPN')).toBe(true);
  });
});
