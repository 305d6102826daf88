/**
 * Clinical words no dictionary of English holds (vocabulary.json: ICD-10-CM and ICD-10-PCS words, words written for
 * Rounds, HGNC gene symbols) and the results, classifiers and diseases written beside names and places: kept, while
 * the names, places and postcodes beside them are still found.
 */
import { describe, expect, it } from 'vitest';
import type { PhiType } from '../../../src/shared/deid/index';
import { buildLexicon, defaultDictionaries, findIdentifiers } from '../../../src/shared/deid/index';
import { covers, findByRules, untouched } from '../../helpers/deid';

describe('the clinical vocabulary', () => {
  const lex = buildLexicon(defaultDictionaries);
  it('holds ordinary clinical words and gene symbols, but no given name, surname, place or short word', () => {
    for (const w of ['atrial', 'pleural', 'tetralogy', 'anastomotic', 'troponin', 'hyperreflexia', 'dehiscence']) expect(lex.vocabulary.has(w), w).toBe(true);
    for (const g of ['col1a1', 'rnf213', 'atp7b']) expect(lex.genes.has(g), g).toBe(true);
    for (const w of ['cath', 'rose', 'mason', 'pinto', 'madrid', 'smith', 'pinna', 'hila', 'milia', 'orca', 'taipan', 'faller']) expect(lex.vocabulary.has(w), w).toBe(false);
  });
});

// [text, phrase that must be left]
const kept: [string, string][] = [
  // dose forms, abbreviations, brands and models clinicians write before or after a drug or device
  ['Baby given BCG, OPV-0, Vit K 1 mg IM.', 'Vit K'],
  ['Tab Panadol 500mg SOS, Syp Mucaine 2 tsf TDS', 'Syp Mucaine'],
  ['| Syr Morphine 5 mg/5 ml | 200 ml |', 'Syr Morphine'],
  ['PCI to the LAD with one DES (Xience Skypoint 3.0 x 28 mm, LOT 2071841)', 'Xience Skypoint'],
  ['RA lead CapSureFix Novus 5076, SN PJN7283941', 'CapSureFix Novus'],
  ['Nachkontrolle in 6 Wochen. Diabetes mellitus Typ 2 (E11.9)', '6 Wochen'],
  ['Nachkontrolle in 6 Wochen. Diabetes mellitus Typ 2 (E11.9)', 'Typ 2'],
  ['FAV radiocefálica (Brescia-Cimino) | 6:00 | 55.5 kg', 'Brescia-Cimino'],
  // a capitalised clinical word that starts a line or a cell
  ['1a Sepsis\n1b Fall\n2 Atrial fibrillation', 'Atrial fibrillation'],
  ['24,02/10/2024,General Surgery,Anastomotic leak,Clavien-Dindo IIIb', 'Anastomotic leak'],
  ['54 / M | Pleural tap | done', 'Pleural tap'],
  ['Referral - 4 yo with Tetralogy of Fallot, repaired', 'Tetralogy of Fallot'],
  // gene symbols, alone and in pairs
  ['osteogenesis imperfecta considered - COL1A1/COL1A2 sent', 'COL1A1/COL1A2'],
  ['Moyamoya. Genetics: RNF213 p.R4810K heterozygous', 'RNF213'],
  // a scale or test and its result under a label that names no identifier
  ['Mood: K10 34, passive SI, no plan', 'K10 34'],
  ['Mental health: PHQ-9 12, GAD-7 9', 'PHQ-9 12'],
  ['SpO2 89% RA.\nLabs: BNP 1480, Na 131', 'BNP 1480'],
  // two abbreviations in a list of observations
  ['T 38.4, RR 26, SpO2 89% RA, BGL 142', 'RA, BGL'],
  // an unknown word right before a result
  ['mean gradient 52 mmHg, Vmax 4.6 m/s, AVA 0.7 cm2', 'Vmax'],
  ['WBC 16,800/uL, Neut 82%, CRP 212', 'Neut'],
  // an eponym or a place before the head noun it names
  ['IOL: Bishop score 4 -> Foley bulb inserted', 'Foley bulb'],
  ['he has been waiting 3 weeks for a Hoyer lift', 'Hoyer lift'],
  ['Derm: classic Aleppo boil on the cheek', 'Aleppo boil'],
  ['Imp: likely Ross River virus; serology sent', 'Ross River virus'],
  ['also Murray Valley encephalitis and Kyasanur Forest disease', 'Murray Valley encephalitis'],
  // a letter after the word it classifies is no initial
  ['Known heterozygous factor V Leiden; on apixaban', 'factor V Leiden'],
  ['Thrombophilia screen: FV Leiden negative, F5 Leiden not tested', 'FV Leiden'],
  ['Blood group O Rh+, antibody screen negative', 'O Rh+'],
  ['Alcohol Withdrawal 12 hours after the last drink', 'Withdrawal 12'],
  ['St Thomas\' Hospital 1430 (by ambulance)', '1430'],
];

// [text, phrase, type]: still found
const found: [string, string, PhiType][] = [
  ['Patient: KOVACS, ISTVAN', 'KOVACS, ISTVAN', 'NAME'],
  ['Seen by J Smith on the ward', 'J Smith', 'NAME'],
  ['she moved to Leiden in May', 'Leiden', 'LOCATION'],
  ['he works in Aleppo as a teacher', 'Aleppo', 'LOCATION'],
  ['Admitted to Ross River Hospital overnight', 'Ross River Hospital', 'LOCATION'],
  ['Policy: ABC 12345', 'ABC 12345', 'HEALTH_PLAN'],
  ['Ons kenmerk: 2023.00871\nLeiden, 17 november 2023', 'Leiden', 'LOCATION'],
  ['Pinna was reviewed by the team today', 'Pinna', 'NAME'],
  ['Pt LE, MAI admitted overnight', 'LE, MAI', 'NAME'],
  ['Gave Tamati 2 tabs paracetamol at 22:00.', 'Tamati', 'NAME'],
  ['Samples sent to Entebbe Laboratory virus unit.', 'Entebbe Laboratory', 'LOCATION'],
  ['Chest pain: no\n17/3 Reviewed by GP', '17/3', 'DATE'],
  // a postcode after an address or a town
  ['birthed at home, 27 Kowhai Lane, Raglan, 3225.\nBaby girl', '3225', 'LOCATION'],
  ["at daughter's home (418 Brazos St, 78207). Dx advanced dementia", '78207', 'LOCATION'],
  ['farmer from RD 3, Cheviot 7383 (the farm on the river)', '7383', 'LOCATION'],
  ['name="Tsosie, Delbert" dob=1955-04-27 zip=86033', '86033', 'LOCATION'],
  ['{"city":"Madrid","postcode":"28028","country":"ES"}', '28028', 'LOCATION'],
  // a house's number after "No.", no day; a Flemish street
  ['Address: No. 17/3, Temple Road, Maharagama', 'No. 17/3, Temple Road', 'LOCATION'],
  ['45-year-old engineer (works at imec, Kapeldreef 75). Known Crohn disease', 'Kapeldreef 75', 'LOCATION'],
  ['Adresse: Am Lindenhof 7, 65760 Eschborn', 'Lindenhof 7', 'LOCATION'],
  ['Adres: Vismarkt 8-2, 9712 CB Groningen', 'Vismarkt 8-2', 'LOCATION'],
  ['Lives at Parramatta 2150 (with daughter)', 'Parramatta 2150', 'LOCATION'],
];

describe('clinical words, results and named diseases', () => {
  for (const [text, phrase] of kept) it(`keeps ${JSON.stringify(phrase)}`, () => expect(untouched(text, phrase, findByRules)).toBe(true));
  for (const [text, phrase, type] of found) it(`finds ${JSON.stringify(phrase)} as ${type}`, () => expect(covers(text, phrase, type, findByRules)).toBe(true));
  it('takes the number of an ordinal into the street it names', () => {
    expect(covers('Ref. by: Dr Imran Qureshi (Family Clinic, 6th Road)', '6th Road', 'LOCATION')).toBe(true);
    expect(covers('near the temple, JP Nagar 6th Phase, Bengaluru 560078', 'JP Nagar 6th Phase', 'LOCATION')).toBe(true);
  });
  it('extends ordinals and reads labelled postcodes in linear time', () => {
    for (const text of ['6th Road 6th '.repeat(30_000), 'zip' + ' '.repeat(100_000) + '1']) {
      const t0 = performance.now();
      findIdentifiers(text);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
  it('reads a date after an ordinary clinical word as a date, not a scale\'s score', () => {
    expect(covers('PICC placed R basilic 4/26, tip at the cavoatrial junction', '4/26', 'DATE', findByRules)).toBe(true);
    expect(untouched('Barthel 6/20 today', '6/20', findByRules)).toBe(true);
  });
});

describe('the short form of a label before its value', () => {
  const labels: [string, string][] = [
    ['Dr A. Kulkarni, MMC Reg. 2009/04/1187', 'Reg'],
    ['Signed: W. Kamau, KMPDC Reg A11873', 'Reg'],
    ['Reported by: Arnel Castillo, RPh, PRC Lic. 0062239', 'Lic'],
    ['Médico: Dra. Sofía Elizondo, Céd. Prof. 8821447', 'Céd'],
    ['Umur: 91 th        Tgl lahir: 17-08-1933', 'Tgl'],
    ['geb. 11.07.1948     Fall-Nr. 40418827', 'Fall-Nr'],
    ['Pickup: 14 Larch Close, Haverleigh\nDest: St Bride\'s Hospital ED', 'Dest'],
  ];
  for (const [text, label] of labels) it(`is no name: ${JSON.stringify(label)}`, () => expect(untouched(text, label, findByRules)).toBe(true));
  it('is still a name where it is one', () => {
    expect(covers('Spoke to Reg: he will come at 3', 'Reg', 'NAME', findByRules)).toBe(true);
    expect(covers('Seen with Reg. Plan: discharge home.', 'Reg', 'NAME', findByRules)).toBe(true);
    expect(covers('Brought in by police (Const. Dane Whitby)', 'Dane Whitby', 'NAME', findByRules)).toBe(true);
  });
});
