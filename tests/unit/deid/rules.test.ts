import { describe, expect, it } from 'vitest';
import { findIdentifiers, PHI_TYPES, type PhiType } from '../../../src/shared/deid/index';
import { covers, untouched } from '../../helpers/deid';

const found = (text: string): [PhiType, string][] => findIdentifiers(text).map((f) => [f.type, text.slice(f.start, f.end)]);

describe('PHI types', () => {
  it('lists the 18 Safe Harbor families', () => {
    expect(PHI_TYPES).toHaveLength(18);
    expect(new Set(PHI_TYPES).size).toBe(18);
  });
});

describe('names', () => {
  it('uses titles, relations and dictionaries', () => {
    const t = 'Mrs. Eleanor Whitfield was seen by Dr. Samuel Ortiz. Her daughter Ruth called. Grace Adeyemi, 46, teacher.';
    expect(covers(t, 'Eleanor Whitfield', 'NAME')).toBe(true);
    expect(covers(t, 'Samuel Ortiz', 'NAME')).toBe(true);
    expect(covers(t, 'Ruth', 'NAME')).toBe(true);
    expect(covers(t, 'Grace Adeyemi', 'NAME')).toBe(true);
  });
  it('propagates a confirmed surname to its other mentions', () => {
    const t = 'Mr. Harold Pike was admitted. Later Pike asked to go home.';
    expect(found(t).filter(([ty]) => ty === 'NAME').map(([, s]) => s)).toEqual(['Harold Pike', 'Pike']);
  });
  it('keeps eponyms, drugs and scales', () => {
    const t = 'Marfan syndrome, Hodgkin lymphoma and Tourette syndrome; Graves disease; Parkinson disease on levodopa. NIHSS 12, Child-Pugh B. Wolff-Parkinson-White excluded. Babinski sign up-going. KRAS G12C, DAPA-HF trial.';
    for (const p of ['Marfan syndrome', 'Hodgkin lymphoma', 'Tourette syndrome', 'Graves disease', 'Parkinson disease', 'levodopa', 'NIHSS 12', 'Child-Pugh B', 'Wolff-Parkinson-White', 'Babinski sign', 'KRAS G12C', 'DAPA-HF']) {
      expect(untouched(t, p), p).toBe(true);
    }
  });
  it('handles informal and form styles', () => {
    expect(covers('Can someone ask @Nkechi about this?', 'Nkechi', 'NAME')).toBe(true);
    expect(covers('PATIENT: KATSAROS, DIMITRIOS   MRN: 0048812', 'KATSAROS, DIMITRIOS', 'NAME')).toBe(true);
    expect(covers('Patient: Teodoro Balagtas   Chart #: DU-104477', 'Teodoro Balagtas', 'NAME')).toBe(true);
  });
});

describe('locations', () => {
  it('finds addresses, ZIP codes, facilities and employers', () => {
    const t = 'Lives alone at 14 Orchard Lane, Millbrook, NY 12545. TAVR at Riverbend Heart Institute. Her partner works at Costco in Fairview. Teacher at Lincoln Elementary.';
    expect(covers(t, '14 Orchard Lane', 'LOCATION')).toBe(true);
    expect(covers(t, 'Millbrook', 'LOCATION')).toBe(true);
    expect(covers(t, 'NY 12545', 'LOCATION')).toBe(true);
    expect(covers(t, 'Riverbend Heart Institute', 'LOCATION')).toBe(true);
    expect(covers(t, 'Costco', 'LOCATION')).toBe(true);
    expect(covers(t, 'Fairview', 'LOCATION')).toBe(true);
    expect(covers(t, 'Lincoln Elementary', 'LOCATION')).toBe(true);
  });
  it('leaves states, countries and anatomy alone', () => {
    const t = 'Moved from Texas to Canada. Left anterior descending artery occluded.';
    expect(findIdentifiers(t)).toEqual([]);
  });
});

describe('dates', () => {
  it('finds all date forms but keeps years, durations and day numbers', () => {
    const t = 'Admitted March 14, 2023, discharged 11/06/2022, seen 27 Jan, review on 7/22 and on the 19th; Labor Day 2023; Christmas Eve. In 2019 she had 3 days of fever; day 3 of admission.';
    for (const p of ['March 14, 2023', '11/06/2022', '27 Jan', '7/22', 'the 19th', 'Labor Day 2023', 'Christmas Eve']) expect(covers(t, p, 'DATE'), p).toBe(true);
    for (const p of ['In 2019', '3 days', 'day 3']) expect(untouched(t, p), p).toBe(true);
  });
  it('does not take ratios, scores and blood pressures for dates', () => {
    const t = 'BP 168/94, APGAR 7/9, power 4/5, 4/4 bottles positive, pain up to 4/10, sacubitril/valsartan 24/26 mg.';
    expect(findIdentifiers(t).filter((f) => f.type === 'DATE')).toEqual([]);
  });
});

describe('ages', () => {
  it('flags ages over 89 only', () => {
    const t = 'A 93-year-old woman; Mr. Pike (91 yo); her husband, 89 years old; a 58-year-old man; Walter Briggs, 95, admitted.';
    const ages = found(t).filter(([ty]) => ty === 'AGE').map(([, s]) => s);
    expect(ages).toEqual(['93', '91', '95']);
  });
});

describe('contact details and numbers', () => {
  it('finds phones, faxes, e-mails, URLs, IPs and SSNs', () => {
    const t = 'Call (555) 123-4567 or +44 20 7946 0958; fax to (555) 410-2291. grace.adeyemi71@mailbox.example, https://remote.cardiolink.example/patients/7731, PACS 10.14.22.7, SSN 123-45-6789.';
    expect(covers(t, '(555) 123-4567', 'PHONE')).toBe(true);
    expect(covers(t, '+44 20 7946 0958', 'PHONE')).toBe(true);
    expect(covers(t, '(555) 410-2291', 'FAX')).toBe(true);
    expect(covers(t, 'grace.adeyemi71@mailbox.example', 'EMAIL')).toBe(true);
    expect(covers(t, 'https://remote.cardiolink.example/patients/7731', 'URL')).toBe(true);
    expect(covers(t, '10.14.22.7', 'IP')).toBe(true);
    expect(covers(t, '123-45-6789', 'SSN')).toBe(true);
  });
  it('types identifiers by their cue words', () => {
    const t = 'MRN 00482913. Health plan member ID XQM-884-210-77. Account no. 44-1920. Licence number D1234567. Plate KJX 4491. Serial number RNB304417H. Employee ID WM-558213.';
    expect(covers(t, '00482913', 'MRN')).toBe(true);
    expect(covers(t, 'XQM-884-210-77', 'HEALTH_PLAN')).toBe(true);
    expect(covers(t, '44-1920', 'ACCOUNT')).toBe(true);
    expect(covers(t, 'D1234567', 'LICENSE')).toBe(true);
    expect(covers(t, 'KJX 4491', 'VEHICLE')).toBe(true);
    expect(covers(t, 'RNB304417H', 'DEVICE')).toBe(true);
    expect(covers(t, 'WM-558213', 'ID')).toBe(true);
  });
  it('keeps lab values, doses, ICD codes and gene names', () => {
    const t = 'NT-proBNP 2,340 pg/mL, platelets 250000 /uL, troponin 0.45 ng/mL, atorvastatin 80 mg, ICD-10 E11.65, MYH7 and KCNQ1 variants, HbA1c 5.3%, CHA2DS2-VASc 4.';
    expect(findIdentifiers(t)).toEqual([]);
  });
});

describe('biometrics', () => {
  it('finds described distinctive marks', () => {
    const t = 'Identifying mark noted at intake: a tattoo of a phoenix with the initials "J.M." across her left shoulder blade.';
    expect(covers(t, 'tattoo of a phoenix with the initials "J.M." across her left shoulder blade', 'BIOMETRIC')).toBe(true);
  });
});

describe('findings', () => {
  it('are sorted, non-overlapping and carry a rule and confidence', () => {
    const t = 'Mrs. Eleanor Whitfield (93 yo), 14 Orchard Lane, Millbrook, NY 12545, admitted 3/14/2023, call (555) 123-4567.';
    const fs = findIdentifiers(t);
    for (let i = 0; i < fs.length; i++) {
      const f = fs[i]!;
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.rule).toBeTruthy();
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual(fs[i - 1]!.end);
    }
  });
  it('filters by type and confidence', () => {
    const t = 'Dr. Samuel Ortiz, call (555) 123-4567.';
    expect(findIdentifiers(t, { types: ['PHONE'] }).map((f) => f.type)).toEqual(['PHONE']);
    expect(findIdentifiers(t, { minConfidence: 0.99 })).toEqual([]);
  });
});
