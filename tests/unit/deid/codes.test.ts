import { describe, expect, it } from 'vitest';
import { covers, untouched } from '../../helpers/deid';


describe('generic label: value identifiers', () => {
  it('takes a code after any capitalised label with a colon', () => {
    expect(covers('Pharmacy Board Reg: PB-77310 on file.', 'PB-77310', 'LICENSE')).toBe(true);
    expect(covers('Kennzeichen: HH QX 7731, parked outside.', 'QX 7731')).toBe(true);
    expect(covers('Carer Support Ref: CSR 20931 noted.', 'CSR 20931')).toBe(true);
    expect(covers('Guarantor acct: 3318820 overdue.', '3318820', 'ACCOUNT')).toBe(true);
  });
  it('maps multilingual label words to a type', () => {
    expect(covers('Colegiado nº 28/0491733 firma.', '28/0491733', 'LICENSE')).toBe(true);
    expect(covers('Krankenkasse: AOK, Versicherung Nr. K8830127 gültig.', 'K8830127', 'HEALTH_PLAN')).toBe(true);
  });
  it('leaves measurements after labels alone', () => {
    const t = 'Vitals: BP 118/76, HR 64. Labs: Hb 12.9 g/dL, Plt: 231000. Dose: 1500 IU.';
    for (const p of ['BP 118/76', 'HR 64', 'Hb 12.9 g/dL', '231000', '1500 IU']) expect(untouched(t, p)).toBe(true);
  });
});

describe('code-shaped safety net', () => {
  it('catches mixed letter-digit codes with no label', () => {
    expect(covers('Forwarded the scan under Q7RT-55K2 to radiology.', 'Q7RT-55K2')).toBe(true);
    expect(covers('left a message for wq88310z yesterday', 'wq88310z')).toBe(true);
    expect(covers('her tag read ZK-31-80457 apparently', 'ZK-31-80457')).toBe(true);
    expect(covers('quoted 483920 on the phone', '483920')).toBe(true);
  });
  it('keeps doses, versions, clinical and genetic codes', () => {
    const t =
      'Started 2500mg/day; software v4.12.7; ICD-10 S72.001A; variant c.1799T>A (rs113488022); trial NCT04280705; platelets 250000/uL; 2019-2021 cohort; 0800-1600 clinic; mRNA-1273 booster; 17q21.31 deletion; SNOMED 22298006.';
    for (const p of ['2500mg/day', 'v4.12.7', 'S72.001A', 'c.1799T', 'rs113488022', 'NCT04280705', '250000', '2019-2021', '0800-1600', 'mRNA-1273', '17q21.31', '22298006'])
      expect(untouched(t, p)).toBe(true);
  });
  it('keeps ICD-10-CM codes with their placeholders and seventh character', () => {
    const t = 'Dx: concussion S06.0X0A after a fall from stairs W20.8XXA; elbow abrasion S50.02XA; lumbar sprain S33.5XXA.';
    for (const p of ['S06.0X0A', 'W20.8XXA', 'S50.02XA', 'S33.5XXA']) expect(untouched(t, p)).toBe(true);
  });
  it('keeps sizes, spinal levels, drug and form codes, old variant names, regimens and centiles', () => {
    for (const [t, p] of [
      ['Size (LxWxD cm) | 3.2x2.4x0.3 | 3.0x2.2x0.3', '3.2x2.4x0.3'],
      ['Exame: Glasgow 8, PA 90x50, FC 102.', '90x50'],
      ['MRI: destruction of T11-T12; in India written D10-D12.', 'T11-T12'],
      ['MRI: destruction of T11-T12; in India written D10-D12.', 'D10-D12'],
      ['budesonide/formoterol (ATC R03AK07), warfarin (ATC B01AA03)', 'R03AK07'],
      ['Thrombophilia screen: prothrombin G20210A negative.', 'G20210A'],
      ['G3P1L1A1, 32+1 weeks by dating scan.', 'G3P1L1A1'],
      ['Appeal on the form CMS-20027 by Friday.', 'CMS-20027'],
      ['beta-thalassaemia major (HBB IVS-I-110 homozygous); BRCA1 5382insC', 'IVS-I-110'],
      ['beta-thalassaemia major (HBB IVS-I-110 homozygous); BRCA1 5382insC', '5382insC'],
      ['Inicio de esquema 2RHZE/4R3H3 en mayo.', '2RHZE/4R3H3'],
      ['weight 24.1 kg (50th-75th centile)', '50th-75th'],
    ] as const)
      expect(untouched(t, p)).toBe(true);
    // after an identifier's cue, the same shapes are the number
    for (const [t, p] of [
      ['Patient ID: B01AA03', 'B01AA03'],
      ['Badge T88812C at the desk.', 'T88812C'],
      ['Order number 4471x22 for the wheelchair.', '4471x22'],
      ['MRN: G2P1L1A1', 'G2P1L1A1'],
    ] as const)
      expect(covers(t, p)).toBe(true);
  });
});

describe("codes of diagnoses, tests, trials and devices' models", () => {
  it('keeps diagnosis codes in a row, a test by its times, trial registries and ClinVar records', () => {
    for (const [t, p] of [
      ['Dx: Demenz bei Alzheimer-Krankheit (G30.1/F00.1), MMST 14/30', 'G30.1/F00.1'],
      ['GDM on diet, OGTT 5.6/10.9/8.7 - now needs metformin', '5.6/10.9/8.7'],
      ["I'm in the aspirin dose trial (ISRCTN16261285), on aspirin 100 mg", 'ISRCTN16261285'],
      ['CHEK2 pathogenic (ACMG PS3; ClinVar VCV000003030)', 'VCV000003030'],
    ] as const)
      expect(untouched(t, p)).toBe(true);
  });
  it("keeps a lead's model before its serial, and finds the serial", () => {
    const t = 'RA lead: 5076-52 SN PJN8841027    RV lead: 5076-58 SN PJN8840913\nLeads: RA 5076-52 SN PJN5554138; RV 5076-58, serial PJN5559902';
    for (const p of ['5076-52', '5076-58']) expect(untouched(t, p)).toBe(true);
    for (const p of ['PJN8841027', 'PJN8840913', 'PJN5554138', 'PJN5559902']) expect(covers(t, p)).toBe(true);
    expect(untouched('Sonde atriale : CapSureFix Novus 5076-52 cm, n° de série PJN7731462', '5076-52')).toBe(true);
  });
  it("finds the same code after an identifier's cue, or on a line with no device", () => {
    expect(covers('Device ID 5076-52 SN 1234567', '5076-52')).toBe(true);
    expect(covers('Patient ref Q7RT-5542 SN PJN5554138 on the form', 'Q7RT-5542')).toBe(true);
  });
});

describe('identifier keyword followed by a value', () => {
  it('takes a number right after a keyword without a separator', () => {
    expect(covers('her policy 77120 lapsed', '77120', 'HEALTH_PLAN')).toBe(true);
    expect(covers('the serial KT 90311 was logged', 'KT 90311')).toBe(true);
    expect(untouched('insulin pump 1500 units daily', '1500')).toBe(true);
    expect(untouched('member since 2019', '2019')).toBe(true);
  });
});
