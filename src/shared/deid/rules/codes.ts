import type { PhiType } from '../types';
import { C_KEYWORD, classMap, isAbbreviation, wordClasses } from '../dictionaries';
import type { Ctx } from './context';
import { isClinicalCode, isModelAfterBrand, isModelBeforeSerial, isUncuedClinicalCode, UNIT_AFTER } from './ids';

/**
 * Generic, type-agnostic safety net for identifier-like codes, run after the specific
 * id / date / contact rules:
 *
 * 1. label: value - any short label (1-3 words, capitalised or a known identifier word)
 *    followed by ":" / "#" / "No." and a code-like value is an identifier; the type
 *    comes from a broad multilingual keyword table, default ID.
 * 2. code-shaped runs - letters mixed with >= 4 digits, >= 6 digits, or >= 2 upper-case
 *    letter groups with digits ("AB-12-34567", "X7K-99Q2") - unless the run is
 *    a measurement, dose, lab value, score, ratio, clinical / genetic code, version,
 *    year (range), time, page reference or drug batch.
 */

/** Keyword -> type; a label's words are looked up here (first hit wins, left to right is not needed). */
const KEYWORD_TYPES: [PhiType, string][] = [
  ['MRN', 'mrn mr# medical record records chart hospital patient ur urn uhid casenote case-note dossier expediente prontuario prontuário cartella nhc ipp hn krankenblatt fallnummer patientennummer'],
  ['HEALTH_PLAN', 'insurance insurer insured policy member subscriber group plan cover coverage medicare medicaid beneficiary mbi hicn ohip ramq msp versicherung versichertennummer kvnr krankenkasse mutuelle vitale sécu secu sanitaria cns sus ehic ghic payer payor assurance seguro aseguradora'],
  ['ACCOUNT', 'account acct iban sort card billing bank invoice bsb routing swift visa mastercard amex konto compte cuenta conta guarantor'],
  ['VEHICLE', 'plate plates vin vehicle car rego kennzeichen immatriculation targa placa kenteken truck van motorcycle motorbike'],
  ['LICENSE', 'licence license lic lic. reg reg. registration npi dea gmc nmc ahpra board certificate cert permit colegiado colegiada approbation rpps adeli lanr pwz cédula cedula crm coren cpso imc mci smc kmc hpcsa mdcn pmdc bmdc hcpc ncsbn cdl driver driving'],
  ['DEVICE', 'serial s/n sn device udi imei implant pacemaker transmitter sensor pump generator defibrillator'],
];
export const KEYWORD: Map<string, PhiType> = new Map();
for (const [type, words] of KEYWORD_TYPES) for (const w of words.split(' ')) if (!KEYWORD.has(w)) KEYWORD.set(w, type);
let fallbackClasses: Map<string, number> | undefined;
/** Words that make any label an identifier label. */
const ID_WORDS = new Set(
  'id ident identifier identification number no. nr nr. num num. nº n° # ref reference code badge employee staff student passport national nhs ssn sin case claim file docket court police incident report subject participant study screening enrolment enrollment specimen accession barcode wristband username user login handle token ticket order requisition numéro numero número nummer numer kod'.split(' '),
);
/** Labels of measurements, scores and clinical values: their values are kept. */
const VALUE_LABELS = new Set(
  'bp hr rr pr temp t spo2 sats sat o2 fio2 weight wt height ht bmi bsa gcs nihss mmse moca apgar score scores dose doses dosage age time date dob dod room bed bay ward floor page pages p pp fig figure table version v year years day days week weeks hb hgb hct plt platelets wbc rbc na k cl cr creat creatinine urea bun glucose gluc bgl lactate ph pco2 po2 hco3 be alt ast alp ggt bili bilirubin inr pt aptt crp esr ldh ck cpk trop troponin bnp ferritin tsh psa hba1c a1c egfr gfr volume vol output input intake ef lvef qtc qrs rate count total sum cost price amount fee steps calories kcal distance duration length size dimensions range ratio level levels load titre titer dilution strength concentration vl cd4 hcg'.split(' '),
);

/** A measurement, dose or count with its unit glued on: "500mg", "10mL", "5mg/kg", "1430h", "3rd". */
const UNIT_GLUED_RE =
  /^\d+(?:[.,]\d+)?(?:mg|mcg|ug|µg|g|kg|ng|pg|ml|dl|l|mmol|umol|µmol|nmol|pmol|meq|iu|u|units?|mm|cm|m|km|ms|s|sec|min|mins|h|hr|hrs|hours?|d|days?|wk|wks|weeks?|mo|mos|months?|y|yr|yrs|years?|yo|bpm|mmhg|kpa|cmh2o|kcal|cal|lb|lbs|oz|ft|in|x|k|m|c|f|pm|am|st|nd|rd|th|mosm|gy|cgy|mgy|msv|mbq|hz|khz|mhz|kb|mb|gb|tb|bp|kbp|mbp|kda|da|ppm|ppb|fl|pa|mv|uv|µv|j|kj|w|kw|v)(?:\/[a-z0-9]+)*$/i;
/** Prefixes of vocabulary codes that mix letters and digits: genes, variants, trials, standards, vaccines. */
const VOCAB_PREFIX_RE =
  /^(?:[cgmnpr]\.|(?:NM|NC|NG|NP|NR|XM|XP)_|ENS[GTP]|rs\d|NCT\d|ISRCTN|EudraCT|ACTRN|ChiCTR|CTRI|DRKS|ISO|IEC|EN\d|ASTM|IEEE|RFC|DSM|ICD|CPT|SNOMED|LOINC|ATC|HCPCS|PCV|PPSV|HPV|COVID|SARS|MERS|CYP|UGT|HLA|CA\d|IL\d|TNF|CD\d|ORF|PM\d|mRNA|BNT|AZD|ChAdOx|Ad26|MK-?\d|LY\d|ABT|GSK|JNJ|PF-?\d|BMS|MEDI|REGN|SCH|RO\d|ONO|DS-?\d|TAK|BAY|E\.?\s?coli|O\d+:H\d)/i;
/** Words right before a run that make it a value, count, reference or vocabulary code. */
const BEFORE_KEEP_RE =
  /(?:\b(?:pp?|pages?|figs?|figures?|tables?|protocol|vol|volume|issue|chapter|ch|section|sec|doi|pmid|pmcid|isbn|issn|arxiv|batch|lot|model|cat|catalog|rxbin|bin|rxpcn|pcn|rxgrp|scope|DIN|PZN|GTIN|catalogue|SNOMED(?:\s?CT)?|CPT|ICD(?:-?1[01])?(?:-CM)?|LOINC|NDC|ATC|HCPCS|DRG|codes?|version|ver|v|build|release|step|steps|cells|copies|platelets?|plts?|wbc|count|load|level|titre|titer|population|cohort|n|total|cost|costs|price|income|salary|approx(?:imately)?|about|around|over|under|than|up to|at least|from|between|to|per|x|×)\b\.?\s*(?:no\.?|number|#)?\s*[:=]?\s*|[$€£¥₹~≈<>≤≥±]\s*)$/i;
const AFTER_KEEP_RE = /^\s*(?:USD|EUR|GBP|AUD|CAD|INR|dollars|euros|pounds|rupees|x\s?10|×\s?10|\^|e\d|[-–]\s*fold|fold\b|times\b|(?:per)?centiles?\b)/i;

/** Candidate runs: alphanumeric groups joined by - / . _ with at least one digit. */
// (\b, then the lookbehind: the same as (?<![\w@&=%+]) before a word character, and faster)
const RUN_RE = /\b(?<![@&=%+])(?:[A-Za-z0-9_]+[-./])*[A-Za-z0-9_]*\d[A-Za-z0-9_]*(?:[-./][A-Za-z0-9_]+)*/g;
/** The label part before ":" / "#": 1-3 words on the same line. */
const LABEL_BEFORE_RE = /([A-Za-zÀ-ÿ][\w'’.&/-]*(?:[ \t]+[A-Za-zÀ-ÿ][\w'’.&/-]*){0,2})[ \t]*$/;
/** The value after a label separator. */
const VALUE_RE = /[ \t]*(?:[:#=]|[Nn]o\.?|N[Rr]\.?|[Nn]r\.?|Num\.?|[Nn][°º]|[Nn]umber)?[ \t]*(?:\.{3,}[ \t]*:?[ \t]*)?(#?(?:[A-Z]{1,6}[ ]){0,2}(?=[A-Za-z0-9/.-]*\d)[A-Za-z0-9]+(?:[-/.](?=[A-Za-z0-9])[A-Za-z0-9]+|[ ](?=[A-Z0-9]*\d[A-Z0-9]*(?![a-z]))[A-Z0-9]+)*)/y;
const SEP_RE = /[:#]|\b(?:[Nn]o|N[Rr]|[Nn]r|Num)\.|\b[Nn][°º]|\b[Nn]umber\b|(?<=\p{L}[ \t])\.{3,}/gu;

/** A unit right after a number; accented letters count as letters ("g" in "gültig" is no unit). */
function unitAfter(after: string): boolean {
  return UNIT_AFTER.test(after.replace(/[À-ɏ]/g, 'a'));
}

function count(s: string): { digits: number; letters: number; upper: number } {
  let digits = 0, letters = 0, upper = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) { letters++; upper++; }
    else if (c >= 97 && c <= 122) letters++;
  }
  return { digits, letters, upper };
}

function covered(ctx: Ctx, s: number, e: number, minConf = 0): boolean {
  for (const f of ctx.findings) if (f.start <= s && f.end >= e && f.confidence >= minConf) return true;
  return false;
}
function startsInFinding(ctx: Ctx, s: number): boolean {
  for (const f of ctx.findings) if (f.start <= s && f.end > s) return true;
  return false;
}

/** Labels whose values are clinical codes or product codes, not identifiers of a person: "CPT: 99214", "Batch: V3P441A". */
const VOCAB_LABEL_RE = /(?:^|\s)(?:procedures?|CPT|ICD(?:-?1[01])?(?:-CM)?|HCPCS|SNOMED(?:\s?CT)?|LOINC|NDC|DRG|OPCS|Dx|diagnosis|(?:CPT|ICD|diagnosis|procedure|billing|diagnostic)\s+codes?|batch|lot|vaccine|model|version|ver)$/i;
/** A run that is a measurement or vocabulary term rather than an identifier. */
function keepShape(ctx: Ctx, v: string): boolean {
  if (UNIT_GLUED_RE.test(v)) return true;
  if (/^v\d/i.test(v) || /^\d+(?:\.\d+)+$/.test(v)) return true; // versions, decimals, dotted numbers (IPs / OIDs have their own rules)
  if (/^\d+\.\d+[-–]\d+\.\d+$/.test(v)) return true; // decimal ranges: 95% CI 0.83-1.14
  if (/^T(?:[0-4]|is|x)[a-d]?\s?N[0-3x][a-c]?\s?M[01x]$/i.test(v)) return true; // TNM written with spaces
  if (/(?:^|\/)(?:m[lL]|min|m2|kg|mmol|µmol|umol|L|cumm|cmm|mm3|µL|uL)(?:\/|$)/.test(v) && v.includes('/')) return true; // units: mL/min/1.73m2, 2100/cumm
  if (/^(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?$/.test(v)) return true; // years, year ranges
  if (/^(?:[01]?\d|2[0-3])[0-5]\d(?:h|hrs?)?(?:-(?:[01]?\d|2[0-3])[0-5]\d(?:h|hrs?)?)?$/i.test(v)) return true; // times
  if (/^(?:[01]?\d|2[0-3])h[0-5]\d$/i.test(v) || /^\d{1,2}\/\d{1,2}h$/i.test(v)) return true; // French times (22h30), dosing intervals (12/12h)
  if (/^\d{1,3}(?:\/\d{1,3})+$/.test(v)) return true; // ratios, fractions, vitals
  if (/^[67]\.\d{1,2}(?:\/\d{1,3}(?:\.\d)?){2,4}$/.test(v)) return true; // blood gas pH/pCO2/pO2/HCO3: 7.31/58/72
  if (/^(?:\d{1,2}|X|Y)[pq]\d+(?:\.\d+)*$/i.test(v)) return true; // chromosome bands
  if (/^[CTLS]\d{1,2}(?:[-/][CTLS]?\d{1,2})*$/i.test(v)) return true; // vertebral levels
  if (/^G\d{1,2}P\d{1,2}/i.test(v)) return true; // obstetric notation
  if (/^[A-Z]\d{1,4}(?:[A-Z*]|del|dup|ins|fs|X)(?:\/[A-Z]\d{1,4}(?:[A-Z*]|del|dup|ins|fs|X))+$/.test(v)) return true; // a genotype's two variants: N370S/L444P, F508del/G542X
  if (/^E[1-4]V(?:[1-5]|T)M[1-6]$/i.test(v)) return true; // GCS components E3V4M6
  if (VOCAB_PREFIX_RE.test(v)) return true;
  if (isClinicalCode(ctx, v)) return true;
  const low = v.toLowerCase();
  // (a gene, drug or clinical term, or a pair of them: "COL1A1/COL1A2", "HER2/neu")
  if (low.split('/').every((part) => ctx.lex.genes.has(part) || ctx.lex.drugs.has(part) || ctx.lex.clinical.has(part))) return true;
  // (two or three diagnosis codes in a row: "G30.1/F00.1")
  if (v.includes('/') && v.split('/').every((part) => /[A-Z]/.test(part) && isClinicalCode(ctx, part))) return true;
  // a test's values at its times, with decimals: "OGTT 5.6/11.2/9.1"
  if (/^\d{1,2}\.\d(?:\/\d{1,2}(?:\.\d)?){1,3}$/.test(v)) return true;
  // numeric ranges "1000-1500"
  const r = /^(\d+)[-–](\d+)$/.exec(v);
  if (r) {
    const a = Number(r[1]);
    const b = Number(r[2]);
    if (b > a && a % 10 === 0 && b % 10 === 0) return true;
  }
  return false;
}

/** Clinical shapes kept only where no identifier's cue comes before them ("Order number 4471x22" stays a number). */
function uncuedKeepShape(v: string): boolean {
  if (/^\d{1,4}(?:[.,]\d{1,2})?(?:[x×]\d{1,4}(?:[.,]\d{1,2})?){1,2}$/i.test(v)) return true; // sizes 3.2x2.4x0.3, a pressure as Brazil writes it: 120x80
  if (/^\d{2,5}(?:ins|del|dup)[ACGT]{1,4}$/.test(v) || /^IVS-?(?:\d{1,2}|I{1,3}|IV|V)-?\d{1,4}$/i.test(v)) return true; // variants by their old names: 5382insC, IVS-I-110
  if (/^\d[HRZESP]{2,5}(?:\/\d[HRZESP\d]{2,8})+$/.test(v)) return true; // tuberculosis regimens 2HRZE/4HR, 2RHZE/4R3H3
  return isUncuedClinicalCode(v);
}

function labelType(label: string): { type: PhiType; strong: boolean; measure: boolean } {
  const words = label.toLowerCase().split(/[ \t]+/);
  let type: PhiType | undefined;
  let strong = false;
  let measure = false;
  for (const raw of words) {
    const w = raw.replace(/['’]s$/, '');
    const bare = w.replace(/[.:]$/, '');
    const t = KEYWORD.get(w) ?? KEYWORD.get(bare);
    if (t && !type) type = t;
    if (t || ID_WORDS.has(w) || ID_WORDS.has(bare)) strong = true;
    if (VALUE_LABELS.has(bare)) measure = true;
  }
  return { type: type ?? 'ID', strong, measure: measure && !strong };
}

/** The value a label or keyword introduces, with trailing punctuation and a leading '#' trimmed. */
function valueAt(vm: RegExpExecArray): { v: string; start: number; end: number } {
  let v = vm[1]!.replace(/[-/.]+$/, '');
  let start = vm.index + vm[0].length - vm[1]!.length;
  if (v.startsWith('#')) {
    v = v.slice(1);
    start++;
  }
  return { v, start, end: start + v.length };
}

/** "Fresenius 5008S", "68-year-old", "TSH 11.2": a word or a measurement, not a code. */
function wordOrMeasurement(v: string): boolean {
  return v.split(/[-/. ]/).some((g) => /^[A-Za-z]+$/.test(g) && /[a-z]/.test(g) && g.length > 1) || /(?:^|[ ])\d+\.\d{1,2}$/.test(v);
}

/**
 * "K10 34", "PHQ-9 17", "BNP 1480", "SBP 182-196": a score, scale or test the vocabulary knows and its result, under a
 * label that names no identifier ("Mood:", "Bloods:", "Measures:").
 */
function measuredTerm(ctx: Ctx, v: string): boolean {
  const m = MEASURED_TERM_RE.exec(v);
  if (!m) return false;
  const term = m[1]!;
  const low = term.toLowerCase();
  return ctx.lex.clinical.has(low) || ctx.lex.genes.has(low) || isAbbreviation(ctx.lex, term);
}
const MEASURED_TERM_RE = /^([A-Za-z][A-Za-z0-9-]{1,9}) \d{1,4}(?:[-–/]\d{1,4})?$/;

/** Rule 1: "<Label> [No.|#|:] <value>". */
function labelValues(ctx: Ctx): void {
  const { text } = ctx;
  SEP_RE.lastIndex = 0;
  for (let m = SEP_RE.exec(text); m; m = SEP_RE.exec(text)) {
    const sepStart = m.index;
    VALUE_RE.lastIndex = sepStart + (m[0] === '#' ? 0 : m[0].length);
    const vm = VALUE_RE.exec(text);
    if (!vm) continue;
    const { v, start, end } = valueAt(vm);
    const { digits, letters } = count(v);
    if (digits === 0 || /^[a-z]/.test(text[end] ?? '')) continue;
    if (wordOrMeasurement(v)) continue;
    // the label (all checks here are side-effect free: cheap value checks first, the label scan only for a plausible value)
    // (its line's last 48 characters: a search back to the line's start crossed a whole text without line breaks at every separator)
    const near = text.slice(Math.max(0, sepStart - 48), sepStart);
    const lm = LABEL_BEFORE_RE.exec(near.slice(near.lastIndexOf('\n') + 1));
    if (!lm) continue;
    const label = lm[1]!;
    const lt = labelType(label);
    const capital = /^\p{Lu}/u.test(label);
    if (!capital && !lt.strong) continue;
    if (lt.measure || VOCAB_LABEL_RE.test(label)) continue;
    if (covered(ctx, start, end, 0.8) || (!covered(ctx, start, end) && startsInFinding(ctx, start)) || keepShape(ctx, v) || keepShape(ctx, v.replace(/^[A-Z]{1,6} /, ''))) continue;
    // (a form's dot leader says no more than a colon: "Screening ...... COWS 14" is a scale's score)
    if ((!lt.strong || m[0].startsWith('...')) && measuredTerm(ctx, v)) continue;
    const after = text.slice(end, end + 10);
    if (/\d$/.test(v) && unitAfter(after)) continue;
    if (/^[.,]\d/.test(after) || /^\s*[:]\d/.test(after)) continue; // decimals, times
    const hashed = m[0] === '#' || /^(?:no|nr|num)\.|^n[°º]|^number/i.test(m[0]);
    const ok = letters > 0
      ? digits >= 2 && v.length >= 4 && (lt.strong || hashed || digits >= 3)
      : lt.strong || hashed ? digits >= 3 : digits >= 5 && !/[.]/.test(v);
    if (!ok || (!lt.strong && !hashed && isModelBeforeSerial(ctx, start, end))) continue;
    const s = text[start - 1] === '#' ? start - 1 : start;
    ctx.add(s, end, lt.type, lt.strong || hashed ? 0.85 : 0.7, `label-${lt.type.toLowerCase()}`);
  }
}

/** A value right after an identifier keyword without a separator: "policy 88213", "lic MN 44721", "plate number 7KQ 443". */
const KEYWORD_VALUE_RE = /[ \t]*(?:(?:numbers?|nos?\.?|nr\.?|#|ID|is|was|of|ending(?:\s+in)?)[ \t]*)?[:#]?[ \t]*(#?(?:[A-Z]{1,6}[ ]){0,2}(?=[A-Za-z0-9/.-]*\d)[A-Za-z0-9]+(?:[-/.](?=[A-Za-z0-9])[A-Za-z0-9]+|[ ](?=[A-Z0-9]*\d[A-Z0-9]*(?![a-z]))[A-Z0-9]+)*)/iy;

function keywordValues(ctx: Ctx): void {
  const { text } = ctx;
  const wc = ctx.wordClasses ?? wordClasses(ctx.tokens, (fallbackClasses ??= classMap([[KEYWORD.keys(), C_KEYWORD]])));
  if (!(wc.any & C_KEYWORD)) return;
  for (const t of ctx.tokens) {
    if (!(wc.of[t.index]! & C_KEYWORD) || t.num) continue;
    const type = KEYWORD.get(t.lower);
    if (!type) continue;
    KEYWORD_VALUE_RE.lastIndex = t.end;
    const vm = KEYWORD_VALUE_RE.exec(text);
    if (!vm) continue;
    const { v, start, end } = valueAt(vm);
    const { digits, letters } = count(v);
    if (digits < 3 || /^[a-z]/i.test(text[end] ?? '')) continue;
    if (wordOrMeasurement(v)) continue;
    if (covered(ctx, start, end, 0.8) || (!covered(ctx, start, end) && startsInFinding(ctx, start))) continue;
    if (keepShape(ctx, v) || keepShape(ctx, v.replace(/^[A-Z]{1,6} /, ''))) continue;
    const after = text.slice(end, end + 10);
    if (/\d$/.test(v) && unitAfter(after)) continue;
    if (/^[.,]\d/.test(after) || /^\s*:\d/.test(after)) continue;
    if (letters === 0 && digits < 4 && !/[:#]|\b(?:no|nr|number|#|id)\b/i.test(vm[0])) continue;
    const s = text[start - 1] === '#' ? start - 1 : start;
    ctx.add(s, end, type, 0.8, `keyword-${type.toLowerCase()}`);
  }
}

/** Rule 2: code-shaped runs anywhere. */
function codeRuns(ctx: Ctx): void {
  const { text } = ctx;
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m; m = RUN_RE.exec(text)) {
    let v = m[0];
    const trimmed = v.replace(/[-./_]+$/, '');
    v = trimmed;
    const start = m.index;
    const end = start + v.length;
    const { digits, letters, upper } = count(v);
    // none of the codeLike alternatives below can hold (most runs are plain numbers): skip the group split
    if (!(letters > 0 && digits >= 4) && digits < 6 && !(upper === letters && ((letters >= 2 && digits >= 3) || v.length >= 6))) continue;
    const groups = v.split(/[-./_]/);
    let letterGroups = 0;
    for (const g of groups) if (/^[A-Z]+$/.test(g)) letterGroups++;
    const mixedGroups = groups.filter((g) => /[A-Z]/.test(g) && /\d/.test(g)).length;
    const codeLike =
      (letters > 0 && digits >= 4) ||
      digits >= 6 ||
      (upper === letters && letters >= 2 && digits >= 3 && (letterGroups >= 2 || mixedGroups >= 2 || (letterGroups >= 1 && mixedGroups >= 1))) ||
      // "K7Q2P9", "A1B2C3D": letters and digits alternating throughout
      (upper === letters && v.length >= 6 && (v.match(/[A-Z](?=\d)|\d(?=[A-Z])/g)?.length ?? 0) >= 5);
    if (!codeLike) continue;
    if (/^[a-z]/i.test(text[end] ?? '') || /[A-Za-z]/.test(text[start - 1] ?? '')) continue;
    if (covered(ctx, start, end) || keepShape(ctx, v) || uncuedKeepShape(v)) continue;
    // (a drug's product code in a text that names NDCs: "naloxone 0409-6625-02")
    if (/^(?:\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2})$/.test(v) && /\bNDC\b/.test(text)) continue;
    const before = text.slice(Math.max(0, start - 32), start);
    const after = text.slice(end, end + 12);
    // (a form's own number right after its name: "VA Form 21-2680", "Form WH-380-E"; not a number written on a form, "form: 35202-...")
    if (BEFORE_KEEP_RE.test(before) || /(?<![\w-])[Ff]orm $/.test(before) || AFTER_KEEP_RE.test(after) || isModelAfterBrand(ctx, start) || isModelBeforeSerial(ctx, start, end)) continue;
    if (/\d$/.test(v) && (unitAfter(after) || /^[.,]\d/.test(after))) continue;
    if (/^\s*(?:%|‰)/.test(after)) continue;
    // a type from a label on the same line just before the run
    const lm = LABEL_BEFORE_RE.exec(before.replace(/[\s:#=]+$/, '').slice(-40));
    const lt = lm ? labelType(lm[1]!) : undefined;
    const s = text[start - 1] === '#' ? start - 1 : start;
    ctx.add(s, end, lt?.type ?? 'ID', 0.6, 'code-shape');
  }
}

export function codeRules(ctx: Ctx): void {
  if (!/\d/.test(ctx.text)) return;
  labelValues(ctx);
  keywordValues(ctx);
  codeRuns(ctx);
}
