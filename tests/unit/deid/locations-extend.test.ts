import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../src/shared/deid/index';
import { covers, findByRules, untouched } from '../../helpers/deid';


describe('locations: spans grown over their neighbours', () => {
  it('an organisation containing a known place', () => {
    const t = 'Boosters given at The Jab Lab Parramatta on arrival.';
    expect(covers(t, 'The Jab Lab Parramatta', 'LOCATION')).toBe(true);
  });
  it('an organisation word after a place-like name', () => {
    const t = 'He attends the Lower Wensleydale County Hospital diabetes clinic.';
    expect(covers(t, 'Lower Wensleydale County Hospital', 'LOCATION')).toBe(true);
  });
  it('the next comma-separated part of an address', () => {
    const t = 'Address: Flat 4, Gannet House, Rye, East Sussex TN31 7AB.';
    expect(covers(t, 'Rye', 'LOCATION')).toBe(true);
  });
});

describe('locations: workplaces, venues and address labels', () => {
  it('a lower-case workplace after a job word, a capitalised venue after "the"', () => {
    const t = 'her son is a cashier at kwik save on mill rd. fight outside the Hare & Hounds last night.';
    expect(covers(t, 'kwik save on mill rd')).toBe(true);
    expect(covers(t, 'the Hare & Hounds')).toBe(true);
  });
  it('generic places stay untouched', () => {
    const t = 'works at the hospital at night; referred for redo surgery; seen at the Day Unit.';
    expect(findByRules(t).filter((f) => f.type === 'LOCATION')).toEqual([]);
  });
  it('an address label value, part by part, commas included', () => {
    const t = 'address on file the mill house, ferry lane, ullapool. Home: Villa 7, Street 9, Jumeirah 3, Dubai.';
    expect(covers(t, 'the mill house, ferry lane, ullapool', 'LOCATION')).toBe(true);
    expect(covers(t, 'Villa 7, Street 9, Jumeirah 3', 'LOCATION')).toBe(true);
    expect(untouched('Plan: address concerns with family.', 'concerns')).toBe(true);
  });
});

describe('locations: small places by their kind of place', () => {
  it('the kind of place written after its name belongs to it', () => {
    for (const [t, p] of [
      ['Works nights as a guard at the Kisumu bus stand.', 'Kisumu bus stand'],
      ['Fell crossing the Mildura weir on his way home.', 'Mildura weir'],
      ['Sells vegetables at the Kumasi filling station on Sundays.', 'Kumasi filling station'],
    ] as const) expect(covers(t, p, 'LOCATION')).toBe(true);
  });
  it('a farm, hamlet or village after the word that says what it is, on its own line only', () => {
    for (const [t, p] of [
      ['Health post in vereda La Esperanza, two hours on foot.', 'vereda La Esperanza'],
      ['Vive en la finca El Paraíso con sus hijos.', 'finca El Paraíso'],
      ['Da anni in contrada Santa Lucia 9, vicino alla chiesa.', 'contrada Santa Lucia 9'],
      ['Viene de la comunidad campesina de Yanacancha, a pie.', 'comunidad campesina de Yanacancha'],
      ['Atendida no posto da Vila Madalena ontem.', 'Vila Madalena'],
      ['Llegó de la aldea Chuicutama con fiebre.', 'aldea Chuicutama'],
    ] as const) expect(covers(t, p, 'LOCATION')).toBe(true);
    const t = 'Residencia: vereda Los Pinos\nEPS: Nueva EPS';
    const found = findByRules(t).find((f) => f.type === 'LOCATION');
    expect(t.slice(found!.start, found!.end)).toBe('vereda Los Pinos');
  });
  it("a comma or full stop after the place's number ends it; a digit after them makes the number a decimal", () => {
    const place = (t: string) => findByRules(t).filter((f) => f.rule === 'small-place-prefix').map((f) => t.slice(f.start, f.end));
    expect(place('Lives in Kebele 07, Boloso Sore woreda.')).toEqual(['Kebele 07']);
    expect(place('Ricovero da contrada Santa Lucia 9. Febbre alta.')).toEqual(['contrada Santa Lucia 9']);
    expect(place('Trabaja en la finca El Paraíso 3,5 hectáreas de café.')).toEqual(['finca El Paraíso']);
  });
  it('keeps a verb, an altitude, a duration, a fraction of radiotherapy and the back of a knee', () => {
    expect(untouched('Mum rang 111 for advice last night.', 'rang 111')).toBe(true);
    expect(untouched('Discussed with Dr Vila 2 weeks ago.', '2 weeks')).toBe(true);
    expect(untouched('RT: Frazione 15 di 25, tollerata.', 'Frazione 15 di 25')).toBe(true);
    const t = 'Lives in Cusco (3,400 m) with her son.';
    expect(untouched(t, '3,400 m')).toBe(true);
    expect(untouched('Pain behind the left knee when climbing the river bank.', 'left knee')).toBe(true);
  });
});

describe('locations: house numbers, districts and roads beside a found name', () => {
  it('a house number after a street read as a name, before a postcode or after an address label', () => {
    expect(covers('Ambulancia VLD, Hlavná 48, 040 01 Košice', 'Hlavná 48', 'LOCATION')).toBe(true);
    expect(covers('Domicilio: Los Canelos 455, Villa Alemana', 'Los Canelos 455', 'LOCATION')).toBe(true);
  });
  it("a city's numbered district", () => {
    expect(covers('Referral from Merchants Quay night shelter, Dublin 8\nDate: Sun', 'Dublin 8', 'LOCATION')).toBe(true);
  });
  it('a house number before a street, but not a year or a clock face', () => {
    expect(covers('Delivery addr: Apt 1204, The Pinnacle, 33 Harbour Esplanade, Docklands VIC 3008', '33 Harbour Esplanade', 'LOCATION')).toBe(true);
    expect(untouched('Vehicle involved: 2019 Freightliner Cascadia, VIN 1FUJGLDR4KLBX7', '2019')).toBe(true);
    expect(untouched("RIGHT BREAST, 10 O'CLOCK, ULTRASOUND-GUIDED CORE BIOPSY", '10')).toBe(true);
  });
  it("a house number after 'at', 'to' or a list's dash, before a street and the next part of its address", () => {
    expect(covers("can someone ring me? we're at 7 Pandanus Pde, Cabarita Beach. thanks", '7 Pandanus Pde', 'LOCATION')).toBe(true);
    expect(covers('Family moved from Fulwood to 14 Tulketh Brow, Ashton-on-Ribble, Preston PR2 2SQ', '14 Tulketh Brow', 'LOCATION')).toBe(true);
    expect(covers('- Ruairidh Nicolson, 91\n- 7 Ollach, Braes, Isle of Skye, IV51 9LJ', '7 Ollach', 'LOCATION')).toBe(true);
    expect(untouched('Clinic at 2 then home. Back at 9 tomorrow.', '9')).toBe(true);
  });
  it('a road by its number where something happened, with its direction and junctions', () => {
    expect(covers('car vs lamppost ~30 mph on the A629 near Cross Hills. Airbags deployed', 'A629', 'LOCATION')).toBe(true);
    expect(covers('LOC: M4 westbound between J11 and J12 near Langley', 'M4 westbound between J11 and J12', 'LOCATION')).toBe(true);
    expect(untouched('She was on the B12 and folate for a year, on the A2 pulley repair list.', 'B12')).toBe(true);
    expect(untouched('She was on the B12 and folate for a year, on the A2 pulley repair list.', 'A2')).toBe(true);
    // (an artery's and a valve's segments: a one-figure road needs driving on its line)
    expect(untouched('CTA head: occlusion of the M1.', 'M1')).toBe(true);
    expect(untouched('Echo: prolapse of the A2, severe MR.', 'A2')).toBe(true);
    expect(covers('Christmas Eve traffic on the M1 was bad', 'M1', 'LOCATION')).toBe(true);
  });
  it('not a numbered list of people, nor a count after a city', () => {
    const t = 'Contacts:\n1 Mary Brown\n2 John Smith';
    expect(untouched(t, '1')).toBe(true);
    expect(untouched(t, '2')).toBe(true);
    expect(untouched('Flew home from Dublin 2 weeks ago.', '2 weeks')).toBe(true);
  });
  it("an address's abbreviated last word keeps its full stop, unless the stop ends the sentence", () => {
    const t = 'Pharmacy: Rose Pharmacy - Colon St., Cebu City';
    expect(covers(t, 'Colon St.', 'LOCATION')).toBe(true);
    const u = 'She works at the Bakery on Powell St. It is near.';
    expect(findIdentifiers(u).some((f) => u.slice(f.start, f.end).endsWith('St.'))).toBe(false);
  });
});

describe('locations: the number that ends a numbered place', () => {
  it('after a numbering word, and after one word no list knows at the end of a field', () => {
    expect(covers('From: MedPlus Pharmacy, Admiralty Way, Lekki Phase 1\nDate: 5th January', 'Lekki Phase 1')).toBe(true);
    expect(covers('Stand 2214, Zengeza 3, Chitungwiza', 'Zengeza 3')).toBe(true);
  });
  it('not a known given name before a child\'s age, nor a brand before its strength', () => {
    expect(untouched('Children: Tom 6, Lily 4, both well.', '6')).toBe(true);
    expect(untouched('Lives with mum and siblings Kaiah 6, Zaydee 4', '4')).toBe(true);
    expect(untouched('omeprazole 20 mg\n* Local brands Risek 40, Nexum 40 and Esso 20', '40')).toBe(true);
  });
});

describe("a dwelling's number and a town's postcode", () => {
  it('finds a dwelling written in lower case where the text places someone', () => {
    expect(covers('Lives with aunty Sandra Roberts at house 52 near the Roper River store.', 'house 52', 'LOCATION', findByRules)).toBe(true);
    expect(covers('Lift out of order. Lives in flat 74.\nOn arrival GCS 11', 'flat 74', 'LOCATION', findByRules)).toBe(true);
    expect(covers('vit chez sa fille à Yopougon, Sicogi, lot 117.', 'lot 117', 'LOCATION', findByRules)).toBe(true);
    expect(covers('adult at risk: maureen ellis, 90, flat 12 kestrel house, hulme', 'flat 12 kestrel house', 'LOCATION', findByRules)).toBe(true);
    expect(covers('1. mr jenkins - flat 3 raglan court. L leg venous ulcer', 'flat 3 raglan court', 'LOCATION', findByRules)).toBe(true);
  });
  it('leaves a block, a unit or a house that is no dwelling', () => {
    expect(untouched('Complete heart block, block 2:1 seen on ECG', 'block 2')).toBe(true);
    expect(untouched('Mobitz II, block 2 noted', 'block 2')).toBe(true);
    expect(untouched('EPS - falls prevention group, block 2\nVenue: hall', 'block 2')).toBe(true);
    expect(untouched('CPAP PEEP 5 (unit no. 2, s/n BC-2209-0417)', 'unit no. 2')).toBe(true);
    expect(untouched('IV insulin, unit 3, then review', 'unit 3')).toBe(true);
  });
  it("takes a postcode ending a town's field into it", () => {
    expect(covers('Lerato Dube,41,1187 Mphuthi St,Dobsonville,Soweto,1863,+27 72 555 0931', 'Soweto,1863', 'LOCATION')).toBe(true);
    expect(covers('Achterhof, 08/14/1952, 221 Linden St, 55057, 507-555-0140', '221 Linden St, 55057', 'LOCATION')).toBe(true);
    expect(covers('agriculteur à Saint-Amand-Montrond (18200), consulte aux urgences', 'Saint-Amand-Montrond (18200)', 'LOCATION')).toBe(true);
  });
  it('leaves a year after a town and a number after a person', () => {
    expect(untouched('Moved from Leeds, 2019. Then to York', '2019')).toBe(true);
    const t = 'Seen by Dr Priya Raman (40512), duty consultant';
    expect(findIdentifiers(t).filter((f) => f.type === 'LOCATION')).toEqual([]);
  });
});

describe('a house number beside a street the tagger or the edge model found', () => {
  it('takes the number before the next part of the address, and the number before the street', () => {
    expect(covers("Dr Samer Khatib\nMaccabi clinic, Derech Ha'Atzmaut 88, Haifa\nFax 04-555-8170", "Derech Ha'Atzmaut 88, Haifa", 'LOCATION')).toBe(true);
    expect(covers('Mobile 052-718-440\nRehov Dizengoff 212, Tel Aviv. Mobile', 'Rehov Dizengoff 212, Tel Aviv', 'LOCATION')).toBe(true);
    expect(covers('Strathfield Medical Centre\n4/38 The Boulevarde, Strathfield NSW 2135\nPh (02) 9746 1180', '4/38 The Boulevarde', 'LOCATION')).toBe(true);
  });
  it("leaves a person's age after their name", () => {
    expect(untouched('home DOT visit Nukus\npt aybek seytmuratov 31, Kazakh-Aul mahalla, house 14\non long regimen', '31')).toBe(true);
    expect(untouched('- Mere Tuilau 38F, Lot 12, Vunidilo settlement', '38F')).toBe(true);
  });
});

describe('a place inside a code with figures', () => {
  it('grows a place found in part of the code to the whole of it', () => {
    expect(covers('the flat was on the estate off Elm Park Road in SW3. 40 min late.', 'SW3', 'LOCATION')).toBe(true);
    expect(covers('brother lives at 54-C, Johar Town, Lahore', '54-C', 'LOCATION')).toBe(true);
    expect(covers('the cousins at 7-Eleven on Sukhumvit soi 11', '7-Eleven', 'LOCATION')).toBe(true);
  });
  it('leaves the segment of an organ before a place found in Japanese, where no space parts the words', () => {
    expect(untouched('方針: 12月23日 腹腔鏡下肝S8亜区域切除 予定 (執刀: 山本医師)', 'S8')).toBe(true);
  });
});

describe("an address's postal codes and boxes written with their abbreviation", () => {
  it('takes "C.P." with the code, a French post-office box, and the letters of "W.L.L."', () => {
    expect(covers('Domicilio: Calle Morelos 12, Col. Centro, C.P. 58000, Morelia', 'C.P. 58000', 'LOCATION')).toBe(true);
    expect(covers('adresse postale : BP 2231 Garoua, tél. +237 6 55 50 33 12', 'BP 2231 Garoua', 'LOCATION')).toBe(true);
    expect(covers('SITE CLINIC - Doha Steel Contracting Co. W.L.L., Street 24, Industrial Area', 'W.L.L.', 'LOCATION')).toBe(true);
  });
  it("takes a plot's number written with a slash, before a comma or the line's end", () => {
    expect(covers('Kabwata Clinic\nArea 12, Plot 10/215\nP/Bag 388, Lusaka', 'Plot 10/215', 'LOCATION', findByRules)).toBe(true);
  });
  it('leaves a blood pressure and a year after "BP"', () => {
    expect(untouched('Triage: BP 140/90, HR 88, afebrile', 'BP 140/90')).toBe(true);
    expect(untouched('targets as in the BP 2023 figures', 'BP 2023')).toBe(true);
  });
});

describe('lower-case streets and venues', () => {
  it('a street after any preposition of place, when its word is no common noun', () => {
    expect(covers('rang the chemist on market st about her pens', 'market st', 'LOCATION', findByRules)).toBe(true);
    expect(covers('old mr ames from hazel avenue came back in', 'hazel avenue', 'LOCATION', findByRules)).toBe(true);
  });
  it('leaves a road, a way and a court that are common nouns', () => {
    const t = 'on the road by 9, she is on her way and will attend court on monday';
    for (const p of ['the road', 'her way', 'attend court']) expect(untouched(t, p, findByRules)).toBe(true);
  });
  it('a named home, hall or college in lower-case writing, after a preposition', () => {
    const t = 'mum is back to elm court today and loved the party at birch lodge. her grandson wants to go to north coast tafe next year';
    expect(covers(t, 'elm court', 'LOCATION', findByRules)).toBe(true);
    expect(covers(t, 'birch lodge', 'LOCATION', findByRules)).toBe(true);
    expect(covers(t, 'north coast tafe', 'LOCATION', findByRules)).toBe(true);
  });
  it('leaves a court, a hall and a house that are common nouns in lower-case writing', () => {
    const t = 'she has to attend court on friday and then go to the town hall, so we met at crisis house before';
    for (const p of ['attend court', 'town hall']) expect(untouched(t, p, findByRules)).toBe(true);
  });
});

describe('hospitals and health centres named in lower-case writing', () => {
  it('a hospital or hospice after a word no dictionary knows, and a kind of place inside the name', () => {
    const t = 'to: treliske hospital. also booked with ngarra community health center next week';
    expect(covers(t, 'treliske hospital', 'LOCATION', findByRules)).toBe(true);
    expect(covers(t, 'ngarra community health center', 'LOCATION', findByRules)).toBe(true);
  });
  it('leaves a hospital after an ordinary word, a kind of place after a verb, and a hyphenated or foreign word', () => {
    const t = 'she was in the cottage hospital, likes respite care home visits and needs a semi-electric hospital bed';
    for (const p of ['cottage hospital', 'likes respite', 'semi-electric hospital']) expect(untouched(t, p, findByRules)).toBe(true);
    expect(untouched('Le puede dar la receta pero necesita el resumen del hospital, dijeron.', 'del hospital', findByRules)).toBe(true);
  });
});

describe('streets named with the Arabic, Hebrew, Greek and Romanian word for a street', () => {
  it('takes the word with the name and its number', () => {
    expect(covers('Address: Rehov Ha-Nevi\'im 22, Mea Shearim', "Rehov Ha-Nevi'im 22", 'LOCATION', findByRules)).toBe(true);
    expect(covers('she lives at Haret El-Rum, near the old bakery', 'Haret El-Rum', 'LOCATION', findByRules)).toBe(true);
    expect(covers('visited him at Odos Athinas 14 last week', 'Odos Athinas 14', 'LOCATION', findByRules)).toBe(true);
  });
});

describe('Nordic and Baltic streets by the word after their name', () => {
  it('takes the name, the street word and the number', () => {
    expect(covers('found at home (Kase tn 12-4) by her son', 'Kase tn 12-4', 'LOCATION', findByRules)).toBe(true);
    expect(covers('she lives in Thereses allé 7 with her sister', 'Thereses allé 7', 'LOCATION', findByRules)).toBe(true);
    expect(covers('we met at Konstitucijos pr. 21 before the clinic', 'Konstitucijos pr. 21', 'LOCATION', findByRules)).toBe(true);
  });
});

describe('a US town in its own field before the state and ZIP code', () => {
  it('takes the town written in lower case with the state and code', () => {
    const t = 'to: walgreens #06217, grand island, NE 68801   fax (308) 555-0129';
    expect(covers(t, 'grand island, NE 68801', 'LOCATION', findByRules)).toBe(true);
  });
  it('leaves a field that is no town', () => {
    expect(untouched('Fax back: records dept, NE 68801', 'records dept', findByRules)).toBe(true);
  });
});

describe("a hospital's acronym by how it ends, where a place stands", () => {
  const found: [string, string][] = [
    ['Requesting ambulance from Chileka Health Centre to QECH for a mother with APH.', 'QECH'],
    ['NTUH ER 03:20, triage level 2', 'NTUH'],
    ['Admitted PYNEH 17/1/2024 with fever and confusion.', 'PYNEH'],
    ['Handover between the two hospitals (RVGH) was poor.', 'RVGH'],
    ['Cardiac Physiology - Device Clinic, QEHK\nPatient: Hilda Brannigan', 'QEHK'],
    ['going over to HUSM when they have a bed', 'HUSM'],
    ['Verlegung nach UMCU (Neurologie) heute', 'UMCU'],
    // between two hospitals, ending a heading after a dash, after a landing, after Tagalog "nasa"
    ['poor handover between QMMH and the hospice team', 'QMMH'],
    ['Admission note - KVRH\nPt: Dorothy Ashgrove', 'KVRH'],
    ['14:02 Rescue 116: Landed SLUH helipad, handed over', 'SLUH'],
    ['si lola nasa PGH na, 93 na siya', 'PGH'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'LOCATION', findByRules)).toBe(true));
  const kept: [string, string][] = [
    // a history's heading, a register's number, a kind of centre or of care, an acronym in brackets that starts like a hospital's
    ['Seen today.\nPMH: asthma, reflux.', 'PMH'],
    ['Dr Lim Wei Chong, MMC 55218', 'MMC'],
    ['ASHA / PHC home visit today', 'PHC'],
    ['Child 3 LBW 2.1 kg, refer to KMC corner.', 'KMC'],
    ['Not a carrier for Tay-Sachs (HEXA) or familial dysautonomia.', 'HEXA'],
  ];
  for (const [t, p] of kept) it(`keeps ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(untouched(t, p, findByRules)).toBe(true));
});

describe('HL7: the facility that assigned a record number', () => {
  it('takes the assigning facility of a medical record number or a patient identifier', () => {
    const t = 'MSH|^~\\&|LAB|X|EHR|Y|202402060933||ADT^A08|1|P|2.5.1\rPID|1||E448120935^^^NLH^MR||GUTIERREZ^ROSALIND^M||19470312|F';
    expect(covers(t, 'NLH', 'LOCATION', findByRules)).toBe(true);
  });
});

describe('an acronym right before a place, even one that is also a clinical abbreviation', () => {
  it("takes a service's or a company's initials before its place", () => {
    expect(covers('She works for TD Bank in Scarborough.', 'TD Bank', 'LOCATION')).toBe(true);
  });
});

describe("HL7: a practitioner's number before the name, and a code's text that is no name", () => {
  const t = 'MSH|^~\\&|LAB|X|EHR|Y|202402060933||ORU^R01|1|P|2.5.1\nPV1|1|O|HCLM^CARDIO^^||||1-04477^BOUCHARD^LUC\nORC|RE||LL23-0207-55120||||||||77190^FENWICK^GRAHAM\nOBX|1|NM|2093-3^Cholesterol^LN||241|mg/dL|<200|H|||F';
  it('takes the number of a doctor named in a visit or an order segment', () => {
    for (const p of ['1-04477', '77190']) expect(covers(t, p, 'ID', findByRules), p).toBe(true);
  });
  it("leaves a LOINC code and its text, and a result's segment", () => {
    expect(untouched(t, '2093-3^Cholesterol^LN', findByRules)).toBe(true);
  });
});

describe("a place's ends: an acronym where a sentence starts, a number that ends its field", () => {
  it('takes the acronym before a place even at a sentence start', () => {
    const t = 'Her son rang at 9. MDM Hospital emergency will see him today.';
    expect(covers(t, 'MDM Hospital', 'LOCATION')).toBe(true);
  });
  it('takes a number of up to three figures that ends the field of a place', () => {
    const t = 'Village: Al-Ghafat\nPO Box 318, PC 611\nGSM: +968 9555 1820';
    expect(covers(t, 'PO Box 318, PC 611', 'LOCATION')).toBe(true);
  });
  it('takes the first word of a line that a place fills to its field\'s end, a word of the dictionary too', () => {
    expect(covers('intake note\nTug Fork Family Clinic, Williamson, WV\n\nDear colleague', 'Tug Fork Family Clinic', 'LOCATION')).toBe(true);
  });
  it("takes a road's kilometre that ends the field of a place", () => {
    expect(covers('Vit avec son fils à Route de Kairouan km 7. Pas de voiture.', 'Route de Kairouan km 7', 'LOCATION')).toBe(true);
  });
  it('leaves a distance run', () => {
    expect(findIdentifiers('ran 5 km 4 times this week').length).toBe(0);
  });
  it('leaves a verb that starts a sentence before a place that goes on', () => {
    expect(untouched('Call Riverside Clinic tomorrow about the results.', 'Call', findByRules)).toBe(true);
  });
});

describe("an employer's acronym after the words that say who employs someone, in other languages too", () => {
  const found: [string, string][] = [
    ['Personnummer på fil. Arbetar på LKAB i Kiruna.', 'LKAB'],
    ['Trabaja en OXXO de la avenida.', 'OXXO'],
    ['Nelson, jubilado de PDVSA, procedente de Cabimas.', 'PDVSA'],
    ['MRN 0555-81123. Employer BNSF (track maintenance).', 'BNSF'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'LOCATION', findByRules)).toBe(true));
  it('leaves a unit after those words', () => {
    expect(untouched('She retired from ICU nursing in 2019.', 'ICU', findByRules)).toBe(true);
  });
});
