import type { PhiType } from '../types';
import type { Ctx } from './context';

const SSN_RE = /\b(?!000|666)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;
const SSN_WORDS = new Set(['ssn', 'ss', 'social', 'sin']);
const SSN_CUE_RE = /\b(?:SSN|SS#|social security(?: number| no\.?| #)?|SIN|social insurance number)\s*[:#]?\s*(\d{3}[\s-]?\d{2}[\s-]?\d{4}|\d{3}[\s-]?\d{3}[\s-]?\d{3})\b/gi;

/** An identifier value: alphanumerics, optionally in groups joined by - / . or single spaces. */
const CODE = String.raw`(?:[A-Z0-9]*\d[A-Z0-9]*|[A-Z]{1,5})(?:[-/.](?=[A-Z0-9])[A-Z0-9]+|[ \t](?=[A-Z0-9]*\d)[A-Z0-9]+|[ \t][A-Z]{1,4}(?=[ \t-][A-Z0-9]*\d)|[ \t][A-Z]{1,3}(?=[.,;)]|[ \t]*$|\n))*`;

interface Cue {
  type: PhiType;
  re: string;
}
// Order matters: more specific cues first.
const CUES: Cue[] = [
  { type: 'MRN', re: String.raw`MRN|MR#|MR\s?no\.?|medical record(?:\s(?:number|no\.?|#))?|hospital (?:number|no\.?|ID)|chart (?:number|no\.?|#)|unit (?:number|no\.?)|NHS (?:number|no\.?)|patient (?:ID|identifier|number|no\.?)|case (?:number|no\.?)|accession(?: (?:number|no\.?|#))?|encounter (?:ID|number|no\.?)|CHI(?: number)?|URN|record (?:number|no\.?)` },
  { type: 'HEALTH_PLAN', re: String.raw`(?:health|insurance|dental|vision)\s*plan(?:\s(?:member|ID|number|no\.?|#))*|member(?:\s?(?:ID|number|no\.?|#))?|subscriber(?:\s?(?:ID|number|no\.?))?|policy\s?(?:ID|number|no\.?|#)|group(?:\s?(?:ID|number|no\.?|#))?|insurance\s?(?:ID|number|no\.?|#)|beneficiary\s?(?:ID|number|no\.?)|Medicare(?:\s(?:ID|number|no\.?|#|MBI))?|Medicaid(?:\s(?:ID|number|no\.?|#))?|MBI|HICN|plan\s(?:ID|number|no\.?)` },
  { type: 'ACCOUNT', re: String.raw`(?:bank\s)?account(?:\s(?:number|no\.?|#|ID))?|acct\.?(?:\s?(?:number|no\.?|#))?|billing\s(?:number|no\.?|ID|account)|invoice\s(?:number|no\.?|#)|claim\s(?:number|no\.?|#|ID)|IBAN|routing\s(?:number|no\.?)|credit card(?:\snumber)?|card\s(?:number|no\.?)` },
  { type: 'VEHICLE', re: String.raw`VIN|vehicle identification number|tail\s(?:number|no\.?)|(?:licen[cs]e\s|number\s|registration\s)?plates?(?:\s(?:number|no\.?|#))?|(?:motorbike|motorcycle|car|vehicle|van|truck|bike)\sregistration|car registration|vehicle\s(?:registration|ID|number|plate)|reg(?:istration)?\.?\s?plate` },
  { type: 'LICENSE', re: String.raw`(?:driver'?s\s|driving\s|medical\s|nursing\s|professional\s|state\s)?licen[cs]e(?:\s(?:number|no\.?|#))?|DEA(?:\s(?:number|no\.?|#))?|CDL(?:\s(?:number|no\.?|#))?|NPI(?:\s(?:number|no\.?|#))?|certificate(?:\s(?:number|no\.?|#))?|cert\.?\s?(?:number|no\.?|#)|registration\s(?:number|no\.?|#)|board\s(?:certification|number)|passport(?:\s(?:number|no\.?|#))?|GMC(?:\s(?:number|no\.?))?|permit(?:\s(?:number|no\.?|#))?` },
  { type: 'DEVICE', re: String.raw`serial(?:\s(?:number|no\.?|#))?|S/N|SN|device\s(?:ID|identifier|serial|number|no\.?)|UDI|IMEI|model\s(?:and\s)?serial|lot(?:\s(?:number|no\.?|#))?|implant\s(?:ID|number|card(?:\snumber)?)|(?:pacemaker|ICD|defibrillator|pump|recorder|monitor|generator|stimulator|implant)\s(?:serial|ID)` },
  { type: 'ID', re: String.raw`ID|identifier|user(?:name|\sname|\sID)?|login|handle|ref(?:erence)?\.?\s?(?:number|no\.?|#)?|#|badge(?:\s(?:number|no\.?))?|occurrence(?:\s(?:number|no\.?))?|incident(?:\s(?:number|no\.?))?|report(?:\s(?:number|no\.?))?|request|kit|ending|employee\s(?:ID|number|no\.?)|student\s(?:ID|number|no\.?)|study\s(?:ID|number)|participant\s(?:ID|number)|case\s?ID|barcode|PIN` },
];

// One pass for all cue families: the first alternative group that matched gives the type.
const CUE_RE = new RegExp(
  String.raw`(?:${CUES.map((c) => `(${c.re})`).join('|')})(?:(?<=#)|(?![\w]))\s*(?:(?:is|was|of|number|no\.?|ID|reads)\s+)?[:#=]?\s*(?:(?:number|no\.?)\s*[:#]?\s*)?(${CODE})`,
  'iy',
);
/** First words of the cues: the sticky cue pattern is only tried where one of them starts. */
const CUE_FIRST = new Set(
  `mrn mr medical hospital chart unit nhs patient case accession encounter chi urn record health insurance dental vision member subscriber policy group beneficiary medicare medicaid mbi hicn plan bank account acct billing invoice claim iban routing credit card driver driver's drivers driving nursing professional state licence license dea npi cdl certificate cert registration board passport gmc permit vin vehicle tail number licence plate plates motorbike motorcycle car van truck bike reg serial s sn device udi imei model lot implant pacemaker icd defibrillator pump recorder monitor generator stimulator id identifier user username login handle ref reference badge occurrence incident report request kit ending employee student study participant barcode pin`.split(/\s+/),
);


/** Codes that look like identifiers but are clinical vocabulary. */
function isClinicalCode(ctx: Ctx, s: string): boolean {
  const u = s.toUpperCase();
  if (/^[A-TV-Z]\d{2}(?:\.\d{1,4}[A-Z]?)?$/.test(u)) return true; // ICD-10
  if (/^\d{3}(?:\.\d{1,2})?$/.test(u)) return true; // ICD-9 / small numbers
  if (/^RS\d+$/.test(u) || /^NCT\d{8}$/.test(u)) return true; // dbSNP, trial registry
  if (ctx.lex.genes.has(s.toLowerCase()) || ctx.lex.clinical.has(s.toLowerCase())) return true;
  if (/^[A-Z]\d{1,3}[A-Z]$/.test(u)) return true; // protein variant G12C
  return false;
}

const UNIT_AFTER =
  /^\s*(?:%|mg|mcg|µg|ug|g\b|kg|ml|mL|l\b|L\b|mmol|µmol|umol|nmol|pmol|mEq|meq|iu|IU|units?|u\/|U\/|cells|copies|cop|mm|cm|m\b|km|ms|bpm|mmHg|cmH2O|kPa|°|x\s?10|\/|pg|ng|fl|fL|dl|dL|IU|years?|yrs?|months?|weeks?|days?|hours?|hrs?|min|mins|minutes?|seconds?|sec|times|episodes|beats|steps|kcal|cal|mosm|mOsm|lbs?|pounds?|oz|ft|in\b|feet|inches|metres?|meters?|miles?|points?|patients|participants|cases|deaths|people)/;

const LONG_DIGITS_RE = /(?<![\w.,/-])\d{7,}(?![\w.,/]|-\d)/g;
const MIXED_CODE_RE = /\b[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,}\b(?!-)/g;
const VIN_RE = /\b[A-HJ-NPR-Z0-9]{17}\b/g;
// DICOM / OID style identifiers and GS1 UDI strings
const OID_RE = /\b\d+(?:\.\d+){5,}\b/g;
const UDI_RE = /(?:\(\d{2,4}\)[A-Za-z0-9]+){2,}/g;

export function idRules(ctx: Ctx): void {
  const { text } = ctx;
  if (/\d{3}-\d{2}-\d{4}/.test(text)) for (const m of text.matchAll(SSN_RE)) ctx.add(m.index, m.index + m[0].length, 'SSN', 0.9, 'ssn');
  if (ctx.tokens.some((t) => SSN_WORDS.has(t.lower))) for (const m of text.matchAll(SSN_CUE_RE)) {
    const s = m.index + m[0].lastIndexOf(m[1]!);
    ctx.add(s, s + m[1]!.length, 'SSN', 0.97, 'ssn-cue');
  }
  const starts: number[] = [];
  for (const t of ctx.tokens) if (!t.num && CUE_FIRST.has(t.lower)) starts.push(t.start);
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) starts.push(i);
  {
    for (const at of starts) {
      CUE_RE.lastIndex = at;
      const m = CUE_RE.exec(text);
      if (!m) continue;
      const gi = m.findIndex((g, i) => i > 0 && i <= CUES.length && g !== undefined);
      if (gi < 1) continue;
      const type = CUES[gi - 1]!.type;
      let code = m[CUES.length + 1];
      const start = m.index + m[0].length - code!.length;
      // "#11873", "#4471-B": the number sign belongs to the identifier
      const hash = text[start - 1] === '#' ? 1 : 0;
      code = code!.replace(/[.\-/]+$/, '');
      if (!/\d/.test(code)) {
        // all-letter value: only for plates / strong cues and if it isn't a word
        if (type !== 'VEHICLE' || code.length < 4) continue;
      }
      if (code.replace(/\W/g, '').length < 3) continue;
      if (code.split(/[\s\-/.]+/).some((g) => !/\d/.test(g) && g !== g.toUpperCase()) || /^[A-Za-z]/.test(text.slice(start + code.length, start + code.length + 1))) continue;
      if (type === 'ID' && code.replace(/\D/g, '').length < 3) continue;
      if (isClinicalCode(ctx, code)) continue;
      // a number followed by a unit is a measurement, not an identifier
      if (UNIT_AFTER.test(text.slice(start + code.length, start + code.length + 8)) && /^\d+$/.test(code)) continue;
      ctx.add(start - hash, start + code.length, type, type === 'ID' ? 0.8 : 0.95, `cue-${type.toLowerCase()}`);
    }
  }
  void VIN_RE; // 17-character VINs are found by the mixed-code pass below
  // social media handles: "@drjones_md", "@grace.adeyemi"
  if (text.includes('@')) {
    for (const m of text.matchAll(/(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))(?![\w@])/g)) {
      if (/^\p{Lu}\p{Ll}+$/u.test(m[1]!)) continue; // "@Nkechi": a mention of a person, handled with the names
      ctx.add(m.index, m.index + m[0].length, 'ID', 0.8, 'handle');
    }
  }
  if (/\d\.\d+\.\d+\.\d+\.\d/.test(text)) for (const m of text.matchAll(OID_RE)) ctx.add(m.index, m.index + m[0].length, 'ID', 0.85, 'oid');
  if (text.includes(')')) for (const m of text.matchAll(UDI_RE)) ctx.add(m.index, m.index + m[0].length, 'DEVICE', 0.9, 'udi');
  // Generic identifying numbers: long digit strings and mixed alphanumeric codes.
  if (/\d{7}/.test(text)) for (const m of text.matchAll(LONG_DIGITS_RE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (UNIT_AFTER.test(after)) continue;
    ctx.add(m.index, m.index + m[0].length, 'ID', 0.7, 'long-number');
  }
  for (const m of text.matchAll(MIXED_CODE_RE)) {
    const s = m[0];
    if (s.length < 6 || (m.index > 0 && /[\w-]/.test(text[m.index - 1]!)) || /^[a-z]/i.test(text[m.index + s.length] ?? '')) continue;
    const digits = (s.match(/\d/g) ?? []).length;
    const letters = (s.match(/[A-Z]/g) ?? []).length;
    if (s.length === 17 && /^[A-HJ-NPR-Z0-9]{17}$/.test(s) && digits >= 3) {
      ctx.add(m.index, m.index + 17, 'VEHICLE', 0.85, 'vin');
      continue;
    }
    if (digits < 4 || s.length < 6) continue;
    if (letters === 0) continue;
    if (isClinicalCode(ctx, s)) continue;
    ctx.add(m.index, m.index + s.length, 'ID', 0.65, 'mixed-code');
  }
}
