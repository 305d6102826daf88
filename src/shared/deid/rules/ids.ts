import type { PhiType } from '../types';
import { C_ID_CUE, C_PLATE_CUE, C_SSN, classMap, isAbbreviation, W_CLINICAL, W_DRUG, W_ENGLISH, W_EPONYM, W_LAST, wordClasses, type WordClasses } from '../dictionaries';
import { TLDS } from './contact';
import { type Ctx, scan, type Token, tokenAt } from './context';
import { ASCII_LETTER_END_RE, LETTER_END_RE, matchesAt } from './scans';


/** The last four of a social security number said in words: "the last four of her Social Security number are 4325". */
const SSN_LAST_FOUR_RE = /\blast (?:4|four)(?: digits)? of (?:her|his|their|the|my|your)?\s?(?:SSN|SS#|social security(?: number| no\.?)?|SIN|social insurance number)(?:\s(?:is|are|was|were))?:?\s*(\d{4})(?!\d)/gi;
const SSN_RE = /\b(?!000|666)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;
/** The Swiss social security (AHV/AVS) number: 756.1234.5678.97. */
const AHV_RE = /(?<![\d.])756\.\d{4}\.\d{4}\.\d{2}(?![\d.]\d|\d)/g;
export const SSN_WORDS = new Set(['ssn', 'ss', 'social', 'sin']);
// (and the last four digits alone after "(last 4)": "SSN (last 4) 6612")
const SSN_CUE_RE = /\b(?:SSN|SS#|social security(?: number| no\.?| #)?|SIN|social insurance number)\s*(?:\(last (?:4|four)(?: digits)?\)\s*[:#]?\s*(\d{4})|[:#]?\s*(\d{3}[\s-]?\d{2}[\s-]?\d{4}|\d{3}[\s-]?\d{3}[\s-]?\d{3}))\b/gi;

/** An identifier value: alphanumerics, optionally in groups joined by - / . or single spaces. */
// (a label after the value ends it: "MRN 00873412 DOB 02/14/1933"; ten parts at most, so a run of cues and codes stays linear)
const CODE = String.raw`(?:[A-Z0-9]*\d[A-Z0-9]*|[A-Z]{1,5})(?:[-/.](?=[A-Z0-9])[A-Z0-9]+|[ \t](?=[A-Z0-9]*\d)[A-Z0-9]+|[ \t](?!(?:DOB|DOD|AGE|SEX|TEL|PH|FAX|MRN|NHS|DR|MR|MRS|MS|BED|RM)\b)[A-Z]{1,4}(?=[ \t-][A-Z0-9]*\d)|[ \t](?!(?:DOB|DOD|AGE|SEX|TEL|PH|FAX|MRN|NHS|DR|MR|MRS|MS|BED|RM)\b)[A-Z]{1,3}(?=[.,;)]|[ \t]*$|\n)){0,10}`;

interface Cue {
  type: PhiType;
  re: string;
}
// Order matters: more specific cues first.
export const CUES: Cue[] = [
  { type: 'MRN', re: String.raw`MRN|MR#|[Ff]older(?:\s(?:number|no\.?))?(?=\s+[A-Z]{2,4}\s?\d|\s*(?:no\.?|number|#|:)\s*\d)|MR\s?no\.?|medical record(?:\s(?:number|no\.?|#))?|hospital (?:number|no\.?|ID)|chart (?:number|no\.?|#)|unit (?:number|no\.?)|NHS (?:number|no\.?)|patient (?:ID|identifier|number|no\.?)|case (?:number|no\.?)|accession(?: (?:number|no\.?|#))?|encounter (?:ID|number|no\.?)|CHI(?: number)?|URN|UHID|record (?:number|no\.?)|NHC|M[ãa]\sBN|prontu[áa]rio|история болезни(?:\s№)?|No\.?\s?RM(?=\s*[:#]?\s*\d)|(?:no\.?\s)?rekam medis` },
  { type: 'HEALTH_PLAN', re: String.raw`enrollee(?:\s(?:number|no\.?|ID))?|(?:health|insurance|dental|vision)\s*plan(?:\s(?:member|ID|number|no\.?|#))*|member(?:\s?(?:ID|number|no\.?|#))?|subscriber(?:\s?(?:ID|number|no\.?))?|policy\s?(?:ID|number|no\.?|#)|group(?:\s?(?:ID|number|no\.?|#))?|insurance\s?(?:ID|number|no\.?|#)|beneficiary\s?(?:ID|number|no\.?)|Medicare(?:\s(?:ID|number|no\.?|#|MBI))?|Medicaid(?:\s(?:ID|number|no\.?|#))?|MBI|HICN|plan\s(?:ID|number|no\.?)|health\s?card(?:\s(?:number|no\.?|#))?|medical aid(?:\s(?:number|no\.?|#))?|medical card(?:\s(?:number|no\.?|#))?|GMS(?:\s(?:number|no\.?|#))?|RAMQ|OHIP|MSP|HSN|PHIN|PHN(?=\s*(?:on\sfile\s)?(?:ends?\sin\s|[:#]\s*|no\.?\s*)?\d)|AHCIP|MCP|Versichertennummer|Krankenversichertennummer|carte vitale|(?:TAJ(?:\s?szám)?|AMO|CNOPS)(?=\s*[:#]?\s*\d{3}[ .-]?\d{3}[ .-]?\d{3}(?![\d/.,]\d|\d|\s?(?:mg|x)\b))|contract(?:\s(?:number|no\.?))?(?=\s*\d)|(?:被)?保険者番号|記号番号|記号|番号` },
  { type: 'ACCOUNT', re: String.raw`(?:bank\s)?account(?:\s(?:number|no\.?|#|ID))?|acct\.?(?:\s?(?:number|no\.?|#))?|billing\s(?:number|no\.?|ID|account)|invoice\s(?:number|no\.?|#)|claim\s(?:number|no\.?|#|ID)|IBAN|routing\s(?:number|no\.?)|(?:credit|debit|payment|bank)\s?card(?:\s(?:number|no\.?))?|card\s(?:number|no\.?)|(?:Visa|Master[Cc]ard|Amex|American Express|Discover|Maestro)(?:\s(?:card|number|no\.?))?|sort code|BSB` },
  { type: 'VEHICLE', re: String.raw`(?:ambulance|taxi|cab|scooter|lorry|bus|trailer|caravan|boat|moped)\s(?:registration|reg\.?|plate|rego)|fleet\s(?:number|no\.?|#)|rego|VIN|vehicle identification number|tail\s(?:number|no\.?)|(?:licen[cs]e\s|number\s|registration\s)?plates?(?:\s(?:number|no\.?|#))?|(?:motorbike|motorcycle|car|vehicle|van|truck|bike)\sregistration|car registration|vehicle\s(?:registration|ID|number|plate)|reg(?:istration)?\.?\s?plate` },
  { type: 'LICENSE', re: String.raw`NZNC|RPh(?=\s+[A-Z]{2,4}[ -]?\d{4,8}\b)|DL(?=\s+(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,14}\b)|reg\.(?=\s?\d{4,8}\b)|(?:[A-Z]{2}\s)?lic\.?(?=\s*(?:[A-Z]{1,4}\s?)?\d)|(?:SLMC|UMDPC|PSI|MDCN|KMPDC)(?:\sReg(?:istration)?\.?(?:\s(?:No\.?|number))?)?(?=\s*\d)|CPS(?:BC|A|M|NS|NB|S|NL)|RNE|M\.[PN]\.|T\.P\.|ZSR|(?:driver'?s\s|driving\s|medical\s|nursing\s|professional\s|state\s)?licen[cs]e(?:\s(?:number|no\.?|#))?|DEA(?:\s(?:number|no\.?|#))?|CDL(?:\s(?:number|no\.?|#))?|NPI(?:\s(?:number|no\.?|#))?|certificate(?:\s(?:number|no\.?|#))?|cert\.?\s?(?:number|no\.?|#)|registration\s(?:number|no\.?|#)|board\s(?:certification|number)|passport(?:\s(?:number|no\.?|#))?|GMC(?:\s(?:number|no\.?))?|permit(?:\s(?:number|no\.?|#))?|reg\.?\s?(?:number|no\.?)|cert(?:ification)?\.?|(?:NMC|HCPC|AHPRA|MCI|PWZ|RPPS|LANR|CPSO|NCSBN|BLS|ATPL|CPL|PPL|NZMC|MCNZ|IMC|HPCSA|PMDC|KMPDC|MDCN|CMQ|CRM(?:-[A-Z]{2})?|COREN(?:-[A-Z]{2})?|SANC|NMBI|CORU|MCR|SMC|DMC|TNMC|TCMC|TSMC|WBMC|KSPC|MMC|KMC|CRBM|CRF-[A-Z]{2}|CRO-[A-Z]{2}|RQE|ADELI|ONMC|JVPM|MPPS|JMC)(?:\sReg(?:istration)?\.?)?(?:\s(?:number|no\.?|#))?|(?:GDC|CMP)(?=\s(?:no\.?\s)?\d{5,6}\b)|BMC\sReg\.?(?=\s(?:no\.?\s)?\d{4,7}\b)|reg\.\sprof\.|cédula\sprofesional|cédula\sprofissional|exequ[aá]tur|(?:n[º°o]\.?\s)?colegiad[oa](?:\s(?:n[º°o]\.?|número))?|col·legiad[ao]|col·legiat|matr[ií]cula(?:\s(?:profesional|nacional|provincial))?|Ordine dei Medici(?:\s(?:di|della provincia di)\s[A-Z][a-z]+)?\sn\.` },
  { type: 'DEVICE', re: String.raw`serial(?:\s(?:number|no\.?|#))?|S/N|SN|device\s(?:ID|identifier|serial|number|no\.?)|UDI|IMEI|model\s(?:and\s)?serial|lot(?:\s(?:number|no\.?|#))?|implant\s(?:ID|number|card(?:\snumber)?)|asset\s(?:tag|number|no\.?)|(?:transmitter|sensor|receiver|reader|handset|probe)\s(?:ID|serial|number|no\.?)|(?:CGM\s)?transmitter(?=\s*(?:[:=]\s*)?(?=[A-Z0-9]{5,8}\b)[A-Z]*\d[A-Z0-9]*[A-Z][A-Z0-9]*\b)|service\stag|(?:pacemaker|ICD|defibrillator|pump|recorder|monitor|generator|stimulator|implant)\s(?:serial|ID)` },
  { type: 'ID', re: String.raw`(?:shield|matricule|(?:regimental|buckle|belt|collar|interpreter)\s(?:number|no\.?))(?=\s*[:#]?\s*(?:[A-Z]{1,3}\s?)?\d{3,6}\b)|(?:police|incident|GMP|PSNI)\slog(?:\s(?:number|no\.?|ref))?(?=\s*[:#]?\s*\d{3,8}\b)|(?:Rx|prescription|script)\s?(?:number|no\.?|#)|Rx(?=\s+\d{5,8}(?![\d.,/]|\s?(?:mg|mcg|ml|mL|units?|tabs?)\b))|bib|clock\s(?:no\.?|number)|PNR|s[ée]curit[ée] sociale|num[ée]ro de s[ée]cu|ID|identifier|user(?:name|\sname|\sID)?|login|handle|ref(?:erence)?\.?\s?(?:number|no\.?|#)?|#|badge(?:\s(?:number|no\.?))?|occurrence(?:\s(?:number|no\.?))?|incident(?:\s(?:number|no\.?))?|report(?:\s(?:number|no\.?))?|request|kit|ending|employee\s(?:ID|number|no\.?)|student\s(?:ID|number|no\.?)|study\s(?:ID|number)|participant\s(?:ID|number)|case\s?ID|barcode|PIN|subject(?:\s(?:ID|number|no\.?))?|screening(?:\s(?:ID|number|no\.?))?|enrol(?:l)?ment(?:\s(?:ID|number|no\.?|ref))?|staff(?:\s(?:ID|number|no\.?))?|employee|collar(?:\s(?:number|no\.?))?|warrant(?:\s(?:number|no\.?))?|shoulder\s(?:number|no\.?)|service\s(?:number|no\.?)|police|crime(?:\s(?:number|no\.?|ref))?|court|docket|file\s(?:number|no\.?)|notification|claim(?:\s(?:ID|number|no\.?|#))?|specimen(?:\s(?:ID|number|no\.?))?|sample\s(?:ID|number|no\.?)|wristband|episode(?:\s(?:ID|number|no\.?))?|admission\s(?:ID|number|no\.?)|visit\s(?:ID|number|no\.?)|Aadhaar|PESEL|SIN|NIR|NHI|IHI|CRN|UCI|CURP|NRIC|NIN|BSN|TFN|IRD|DNI|NIE|NIF|CPF|RG|RUT|CUIL|CUIT|NIK|KTP|CCCD|CMND|TC(?:\s?Kimlik)?(?:\s?No\.?)?|PPSN?|SVNR|AHV|codice fiscale|RRN|resident registration(?:\s(?:number|no\.?))?|Emirates ID|Ghana Card|MyKad|IC(?:\s(?:number|no\.?))|HKID|FIN|PAN|EPIC|CNIC|NID|Omang|personnummer|national\s(?:ID|identity|insurance)(?:\s(?:card|number|no\.?))?|NI\s(?:number|no\.?)|passport|tax\s(?:ID|number|file number)|voter\s(?:ID|number)|membership(?:\s(?:number|no\.?))?|licen[cs]e\skey|token|UID|GUID|UUID|serial|last\s(?:4|four)\sdigits(?:\sof\s(?:the\s)?[A-Za-z]+)?|(?:privacy|security|verification)\scode|passcode|password` },
];

/** An airline's record locator or a booking's reference before a code: "PNR", "booking ref", "reservation reference no.". */
const BOOKING_BEFORE_RE = /\b(?:PNR|(?:booking|reservation)\sref(?:erence)?\.?(?:\s(?:no\.?|number))?)\s*[:#]?\s*$/i;

// One pass for all cue families: the first alternative group that matched gives the type.
const CUE_RE = new RegExp(
  String.raw`(?:${CUES.map((c) => `(${c.re})`).join('|')})(?:(?<=#)|(?![\w]))\s*(?:(?:is|was|of|numbers?|nos?\.?|ID|reads|ending(?:\sin)?|(?:on\sfile\s)?ends?\sin|final|terminada en|terminaci[óo]n|terminando em|se terminant par|terminant par)\s+)?[:#=]?\s*(?:(?:numbers?|nos?\.?)\s*[:#]?\s*)?\(?(${CODE})`,
  'iy',
);
/** The Brazilian states, whose codes follow a council's name in a professional registration: "CRF-RJ 18227". */
const BR_STATES = 'sp rj mg rs pr ba sc pe ce df go es pa am ma mt ms pb rn al se pi to ro ac ap rr'.split(' ');
/** First words of the cues: the sticky cue pattern is only tried where one of them starts. */
export const CUE_FIRST = new Set(
  `pnr taj amo cnops folder gms nznc contract phn lic slmc umdpc psi cpsbc cpsa cpsm cpsns cpsnb cpss cpsnl rne m t zsr ihi crn aid mrn mr medical hospital chart unit nhs patient case accession encounter chi urn record health insurance dental vision member subscriber policy group beneficiary medicare medicaid mbi hicn plan bank account acct billing invoice claim iban routing credit card driver drivers driving nursing professional state licence license dea npi cdl certificate cert registration board passport gmc permit vin vehicle tail number licence plate plates motorbike motorcycle car van truck bike reg serial s sn device udi imei model lot implant pacemaker icd defibrillator pump recorder monitor generator stimulator id identifier user username login handle ref reference badge occurrence incident report request kit ending employee student study participant barcode pin uhid ramq ohip msp versichertennummer krankenversichertennummer carte debit payment visa mastercard amex american discover maestro sort bsb ambulance taxi cab scooter lorry bus trailer caravan boat moped fleet rego cert certification nmc hcpc ahpra mci pwz rpps lanr cpso ncsbn bls atpl cpl ppl nzmc mcnz imc hpcsa pmdc kmpdc mdcn cmq crm crm-sp crm-rj crm-go crm-mg crm-rs crm-pr crm-ba crm-sc crm-pe crm-ce crm-df coren sanc nmbi coru mcr smc dmc tcmc tsmc wbmc kspc asset transmitter sensor receiver reader handset probe subject screening enrolment enrollment staff collar warrant shoulder service police crime court docket file notification specimen sample wristband episode admission visit bib clock sécurité securite numéro numero enrollee aadhaar pesel sin nir nhi uci curp nric nin bsn tfn ird dni nie nif cpf rg rut cuil cuit nik ktp cccd cmnd tc pps ppsn svnr ahv codice rrn resident emirates ghana mykad ic hkid fin pan epic cnic nid omang personnummer national ni tax voter membership token uid guid uuid hsn phin ahcip mcp tnmc mmc kmc crbm rqe adeli colegiado colegiada matrícula matricula ordine col onmc jvpm mpps jmc gdc cmp bmc cédula exequátur exequatur rx prescription script nhc mã ma prontuário prontuario no rekam rph dl gmp psni last privacy security verification passcode password 保険者番号 被保険者番号 記号番号 記号 番号 история shield matricule regimental buckle belt collar interpreter`.split(/\s+/).concat(['crf', 'cro', 'crm', 'coren'].flatMap((c) => BR_STATES.map((uf) => `${c}-${uf}`))),
);

/** A lower-case user name in brackets after a word: "M. Brzezinski (mbrzezinski)" (the rule checks it is made of the name before it). */
// (the lookbehind after the bracket: the same matches, found about ten times faster)
const BRACKETED_HANDLE_RE = /\((?<=[\p{L}.] \()([a-z][a-z0-9._-]{2,24})\)/gu;
/** A credential after a name, before the bracket of its handle: "Nkechi Ibekwe, PsyD (nibekwe)". */
const CREDENTIAL_END_RE = /,[ \t]*[A-Za-z][A-Za-z.]{1,9} $/;
/** The last words before a bracket: up to three, capitalised or initials ("Dr M. Brzezinski ", "Danielle Moreau "). */
const NAME_BEFORE_RE = /(?:(?<![\p{L}'’.-])\p{Lu}[\p{L}'’-]{0,30}\.? ){2,3}$/u;
/** A user name after "by user", "as user", "for user". */
const USER_HANDLE_RE = /\b(?:by|as|for) user ([a-z][a-z0-9._-]{3,24})(?![\w@.-])/g;

/** Codes that look like identifiers but are clinical vocabulary. */
export function isClinicalCode(ctx: Ctx, s: string): boolean {
  const u = s.toUpperCase();
  // ICD-10, and ICD-10-CM with its placeholders and seventh character: "S06.0X0A", "W20.8XXA", "C4A.9"
  if (/^[A-TV-Z]\d{2}(?:\.\d{1,4}[A-Z]?)?$/.test(u) || /^[A-TV-Z]\d[0-9A-Z]\.(?=[0-9X])[0-9A-Z]{1,4}$/.test(u)) return true;
  if (/^\d{3}(?:\.\d{1,2})?$/.test(u)) return true; // ICD-9 / small numbers
  if (/^RS\d+$/.test(u) || /^NCT\d{8}$/.test(u)) return true; // dbSNP, trial registry
  // other trial registries and ClinVar's records: a study's or a variant's public number, not a person's
  if (/^(?:ISRCTN\d{8}|ACTRN\d{14}|DRKS\d{8}|PACTR\d{15}|TCTR\d{11}|KCT\d{7}|CHICTR-?[A-Z]{0,4}-?\d{6,10}|(?:VCV|RCV|SCV)\d{9}(?:\.\d+)?)$/.test(u)) return true;
  if (ctx.lex.genes.has(s.toLowerCase()) || ctx.lex.clinical.has(s.toLowerCase())) return true;
  if (/^[A-Z]\d{1,4}[A-Z]$/.test(u)) return true; // protein variant G12C, H1069Q
  if (/^D\d{4}$/.test(u)) return true; // dental procedure codes (CDT) D0120
  if (/^T(?:[0-4]|IS|X)[A-D]?N[0-3X][A-C]?M[01X][A-C]?$/.test(u)) return true; // TNM stage T2N1M0
  if (/^A[1-3]L[1-4]B[1-3]P?$/.test(u)) return true; // Montreal classification A2L3B2
  if (/^G\d{1,2}P\d{1,4}(?:[-+]\d{1,2})?$/.test(u)) return true; // obstetric history G2P1001
  if (/^(?:[01]?\d|2[0-3])H[0-5]\d$/.test(u)) return true; // a time as French writes it: 11h05
  return false;
}

/**
 * Whether the code at `start` is a device's model after its brand, in a device's line: "RA lead: Tendril STS 2088TC",
 * "Generator: Assurity MRI PM2272", "BP monitor Omron HEM-7120" (a brand of the clinical list, then a short family name in
 * capitals or a code that opens with letters and a dash). A serial number has its own cue ("SN CBY1048823"), found by it;
 * the clinical list's health schemes ("PhilHealth 12-050012345-6", "Medi-Cal CIN 91827364A") have no device before them.
 */
export function isModelAfterBrand(ctx: Ctx, start: number): boolean {
  const { text, tokens } = ctx;
  let i = tokenAt(tokens, start) - 1;
  let t = tokens[i];
  if (!t || t.end !== start - 1 || text[t.end] !== ' ') return false;
  const family = t.upper && t.text.length <= 4 ? t : undefined;
  if (family) {
    t = tokens[--i];
    if (!t || t.end !== family.start - 1 || text[t.end] !== ' ') return false;
  } else if (!/^[A-Z]{2,4}-\d/.test(text.slice(start, start + 6))) return false;
  return t.cap && t.flags > 0 && (t.flags & W_CLINICAL) !== 0 && DEVICE_LINE_BEFORE_RE.test(text.slice(Math.max(0, t.start - 40), t.start));
}
/**
 * Whether the code at `start`..`end` is a device's model before its serial, in a device's line: "RA lead: 5076-52 SN
 * PJN8841027", "Electrodo AD: ... 5076-58  N/S: PJN7342910". The serial after it has its cue and is found by it.
 */
export function isModelBeforeSerial(ctx: Ctx, start: number, end: number): boolean {
  const { text } = ctx;
  return SERIAL_AFTER_RE.test(text.slice(end, end + 24)) && DEVICE_WORD_RE.test(text.slice(Math.max(0, start - 80), start).split('\n').pop()!);
}
/** A serial's cue after a model, with the lead's length between them: " SN", ", serial", " cm, n° de série". */
const SERIAL_AFTER_RE = /^(?:[ \t]?cm)?[ \t]*,?[ \t]*(?:SN|S\/N|N\/S|serial|n°[ \t]?de[ \t]?série|Seriennummer|Seriennr\.?)\b/i;
/** Words that name a device, for the two tests of a device's line below. */
const DEVICE_WORDS = 'leads?|electrodos?|sondes?|generador|generator|device|pacemaker|PPM|ICD|CRT-?[DP]?|IPG|ICM|monitors?|pumps?|model|implant|stimulator|neurostimulator|valve|stent';
/** A device's word anywhere earlier on its line ("Leads: RA 5076-52 SN PJN5554138; RV 5076-58 SN ..."), an implant's part too. */
const DEVICE_WORD_RE = new RegExp(String.raw`\b(?:${DEVICE_WORDS}|implants|stem|cup|liner|head|shell|insert)\b`, 'i');
/** A device named before its brand, on the same line: "RA lead:", "Generador:", "Device:", "BP monitors are". */
const DEVICE_LINE_BEFORE_RE = new RegExp(String.raw`\b(?:${DEVICE_WORDS}|meter)\b[^\n]{0,30}$`, 'i');

/**
 * Codes of clinical vocabulary that only a code with no identifier's cue before it is read as: a value after "MRN:" or
 * "Passport" keeps its shape's chance of being the number ("Patient ID: B01AA03").
 */
export function isUncuedClinicalCode(s: string): boolean {
  const u = s.toUpperCase();
  if (/^G\d{1,2}P\d{1,2}L\d{1,2}(?:A\d{1,2})?$/.test(u)) return true; // obstetric history G3P1L1A1
  if (/^[CTLSD]\d{1,2}-[CTLSD]\d{1,2}$/.test(u)) return true; // vertebral levels T11-T12, D10-D12 (ICD's letters run without a dash)
  if (/^[A-HJ-NPRSV]\d{2}[A-Z]{2}\d{2}$/.test(u)) return true; // ATC drug codes R03AK07
  if (/^[ACGT]\d{3,5}[ACGT]$/.test(u)) return true; // nucleotide variants by their old names: G20210A, C677T
  if (/^CMS-\d{3,5}[A-Z]?$/.test(u)) return true; // the US forms of Medicare and Medicaid: CMS-1500
  return false;
}

export const UNIT_AFTER =
  /^\s*(?:%|c?Gy\b|mg|mcg|µg|ug|g\b|kg|ml|mL|l\b|L\b|mmol|µmol|umol|nmol|pmol|mEq|meq|iu|IU|units?|u\/|U\/|cells|copies|cop|mm|cm|m\b|km|ms|bpm|mmHg|cmH2O|kPa|°|x\s?10|\/(?![ \t]+[^\sa-z])|pg|ng|fl|fL|dl|dL|IU|years?|yrs?|months?|weeks?|days?|hours?|hrs?|min|mins|minutes?|seconds?|sec|seg\b|times|episodes|beats|steps|kcal|cal|mosm|mOsm|lbs?|pounds?|oz|ft|in\b(?![ \t]+[a-wyz])|feet|inches|metres?|meters?|miles?|points?|patients|participants|cases|deaths|people)/;

const LONG_DIGITS_RE = /(?<![\w.,/-])\d{7,}(?![\w.,/]|-\d)/g;
const MIXED_CODE_RE = /\b[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,}\b(?!-)/g;
const VIN_RE = /\b[A-HJ-NPR-Z0-9]{17}\b/g;
// DICOM / OID style identifiers and GS1 UDI strings
const OID_RE = /\b\d+(?:\.\d+){5,}\b/g;
const UDI_RE = /(?:\(\d{2,4}\)[A-Za-z0-9]+){2,}/g;

// "xxx-xx-6612", "***-**-1234": partially masked social security numbers
/** A Thai national ID (1-4-5-2-1 figures) or a Portuguese Cartão de Cidadão number (8 figures, a check figure, 2 letters, a figure). */
const THAI_OR_PT_ID_RE = /(?<![\d-])(?:[1-8][ -]\d{4}[ -]\d{5}[ -]\d{2}[ -]\d(?![\d-])|\d{8} ?\d ?[A-Z]{2}\d(?![\dA-Z]))/g;
/** An unknown patient's alias: "Unknown Male Bravo 2407", or a code of words and a number after "alias": "TRAUMA-ORCA-17". */
const TRAUMA_ALIAS_RE = /\b(?:Unknown|Unidentified)[ -](?:Male|Female|Child|Baby|Infant)[ -][A-Z][a-z]+[ -]?\d{1,5}\b|\balias\s+["“]?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+){1,3})(?![\w-])/g;
/** A PhilHealth identification number: two figures, nine, one. */
const PHILHEALTH_RE = /(?<![\d-])\d{2}-\d{9}-\d(?![\d-])/g;
const SSN_MASKED_RE = /(?<![\w*#-])(?:[xX*#]{3}|\d{3})-(?:[xX*#]{2}|\d{2})-\d{4}(?![\w-])/g;
// Digit groups separated by single spaces / hyphens ("4491 2208 7715", "2123 45670 1", "5412-7534-1189-0021")
const GROUPED_DIGITS_RE = /(?<![\w.,/:-])\d{2,6}(?:([ -])\d{1,6}){1,4}(?![\w/:]|[.,]\d|-\d)/g;
// MAC addresses
const MAC_RE = /(?<![\w:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])/g;
// "user=rkapoor", "username: vendor_support", "login: j.smith"
/** A user name in its field after the word in other languages: "usuario: jfuentealba", "Benutzer: mkrause" (where "Usuario:" is also the patient, only a value that ends its field or has a digit, dot or underscore). */
// (never right after a letter: found with matchesAt and LETTER_END_RE)
const FOREIGN_USER_RE = /(?:usuario|usuário|utilizador|utilisateur|identifiant|benutzer(?:name)?|nutzer|utente|gebruiker(?:snaam)?)[ \t]*:[ \t]*([A-Za-z][\w.-]{1,31}[A-Za-z0-9])(?=[ \t]*(?:\r?\n|$|\||[ \t]{2}|,\s))/giu;
// (never right after a letter, nor AUTHOR_RE: found with matchesAt and ASCII_LETTER_END_RE)
const USER_RE = /(?:user(?:name|[ _]?id)?|login|uid|handle|screen\s?name|account)(?:\s*\([^)\n]{1,16}\))?(?:\s+(?:created|name|is))?\s*(?:[:=]|\bis\b)\s*([A-Za-z][\w.-]{1,31}[A-Za-z0-9])(?![\w@])/gi;
const BUSINESS_NUMBER_RE = /\b(?:ABN:?\s*(\d{2}\s?\d{3}\s?\d{3}\s?\d{3})|ACN:?\s*(\d{3}\s?\d{3}\s?\d{3}))(?![\d.])/g;
// (\b, then the lookbehind: the same as (?<![\w@./:\\-]) before a letter, and about twice as fast)
const DOTTED_HANDLE_RE = /\b(?<![@./:\\-])[a-z][a-z0-9]*(?:\.[a-z][a-z0-9]*){1,3}(?![\w@/\\-]|\.[a-z0-9])/g;
/** Last parts that make a dotted word a domain or a file, not a handle. */
const HANDLE_NOT_LAST = new Set([...TLDS, ...'local internal lan pdf doc docx xls xlsx csv txt jpg jpeg png gif dcm zip json xml html htm js ts exe rtf odt mp3 mp4 wav log'.split(' ')]);
/** A log's line: an ISO timestamp or an IPv4 address. */
const LOG_LINE_RE = /(?:^|\n)[^\n]*(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b)/g;
const LOG_HINT_RE = /\d{4}-\d\d-\d\d[T ]\d\d:|\d\.\d{1,3}\.\d{1,3}\.\d/;
const LOG_PREFIX_RE = /(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}\S*|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b)[\s|,;-]+$/;
/** Whether `at` is in a log's column: after its line's timestamp or address. */
const inLogColumn = (text: string, at: number): boolean => LOG_PREFIX_RE.test(text.slice(text.lastIndexOf('\n', at) + 1, at));
const MYANMAR_NRC_RE = /(?<![\d\w])\d{1,2}\/[A-Z][a-z]{0,2}(?:[A-Z][a-z]{0,2}){1,3}\((?:N|E|P|T|AE)\)\s?\d{6}(?!\d)/g;
const THAI_LICENCE_RE = /(?<![\u0E00-\u0E7F])(?:ว|ทน|พ|ภ)\.\s?\d{4,6}(?!\d)/gu;
// the one who did something in a log, a form or a forum, by a cue before the handle: "sender: kmusonda", "op=nurse.oyelowo",
// "entered_by: kbalasubram", "usuario_registro: raltamiranog", "ack by fomondi", "posted in the carers' forum by WorriedMumOf3_Leeds"
const AUTHOR_RE = /(?:sender|operator|author|op(?==)|usuario_[a-z]+|(?:entered|updated|created|modified|edited|transcribed|signed|approved|reviewed|uploaded|submitted|merged|ack(?:nowledged)?)_by|transcribed|(?:posted|uploaded|sent|ack(?:nowledged)?|merged|goes)(?:\s+in\s+[^\n:]{1,40}?)?\s+by|(?:printed|generated|submitted|exported)(?:\s+(?:at\s+|on\s+)?[\d:./-]{4,10})?\s+by|(?:g[ée]n[ée]r[ée]|imprim[ée]|saisi|export[ée])(?:\s+le\s+[\d/.-]{6,10})?\s+par)\b(?:\s*[:=]\s*|\s+)["“']?([A-Za-z][\w.-]{2,30}[A-Za-z0-9])(?![\w@-])/gi;
/** The user of a line of a web server's access log, between the client's address and the bracketed time. */
const ACCESS_LOG_USER_RE = /(?<![^\n])[\d.]{7,15} - ([a-z][\w.-]{1,30}) \[(?=\d)/gi;
const AUTHOR_CUE_RE = /sender|operator|author|op=|usuario_|_by|transcribed|posted|uploaded|sent|ack|merged|goes|printed|generated|submitted|exported|\bpar\b/i;
/** Roles and system accounts that stand where a handle would: "signed_by: locum", "<user>admin</user>". */
const ROLE_VALUES = new Set('locum hcsw hca hcp gynae obs paeds noreply no-reply autoimport system admin administrator root interface integration scheduler batch service bot lab radiology pathology pharmacy reception triage diabetologist sonographer radiographer registrar consultant nurse doctor physio midwife matron clerk porter sw ot pt rn gp'.split(' '));
/** Whether a word ends in an English word of four letters or more: "autoverify", "labsync" (not "dtrevelyan"). */
const endsInWord = (ctx: Ctx, w: string): boolean => {
  for (let k = 1; k <= w.length - 4; k++) if (ctx.lex.english.has(w.slice(k))) return true;
  return false;
};
/** A word of the lists or a role, as opposed to a handle. */
const isWordOrRole = (ctx: Ctx, v: string): boolean => {
  const l = v.toLowerCase();
  return ROLE_VALUES.has(l) || ctx.lex.english.has(l) || ctx.lex.clinical.has(l) || ctx.lex.drugs.has(l) || isAbbreviation(ctx.lex, v);
};
/** A handle in an XML element that names a person's account: "<operator>nmwangi</operator>". */
const XML_USER_RE = /<(operator|user|username|userid|author|sender|performer|enteredby|entered_by)>([A-Za-z][\w.-]{2,40})<\/\1>/gi;
/** A login in a record's field: "user":"dra.camila.rezende", "sender_login": "bigmike_ruiz77". */
const JSON_USER_RE = /"(?:user|username|user_name|userName|login|user_id|userId|sender_login|senderLogin|author_login)"\s*:\s*"([A-Za-z][\w.@-]{2,40})"/g;
// "logged in as rfenwick", "operator jbaker2", "username tomcat_bristol85", "user nreed (Nathan Reed)", a log's "user jwvdberg  login":
// a handle after the cue, no colon
const USER_BARE_RE = /\b(?:logged (?:in|on) as|signed (?:in|on) as|operator|username|(?:uses\s+)?handle|user(?=\s+[a-z][\w.]*[\d_.]|\s+[a-z]{3,12}(?:\s?[(,?]|[ \t]{2,}|[ \t]*(?:\n|$)))|login|(?:(?:saved|entered|logged|modified|created|updated|edited|accessed|viewed|printed|exported|transcribed|authori[sz]ed)(?:\s+by|:)(?=\s+[a-z][a-z0-9._]{2,30}\s(?:on|at|\d|\())|(?:completed|reviewed|verified)\s+by:?(?=\s+(?:[a-z][a-z0-9]*[._\d][a-z0-9._]*|[a-z]{4,30})\s\(\d)))\s+([a-z][\w.-]{1,31}[a-z0-9])(?![\w@-])/gi;
/**
 * A handle with a dot inside, or letters then a few digits, after the word for who did it or whose account it is: "merge by
 * rmay02", "Submitted ... by aosei.qwfht", "Printed by: lab.hmustafa", "Assigned: hamid.r (IT)", "account (astrand.k)".
 */
const CUED_HANDLE_RE = /\b(?:[Bb]y|[Uu]ser|[Aa]ccount|[Aa]cct|[Aa]ssigned(?:\s+to)?|[Aa]ssignee|[Oo]wner)\s*:?\s+\(?([a-z][a-z0-9]{2,20}\.[a-z][a-z0-9]{0,20}(?:\.[a-z][a-z0-9]{0,20})?|[a-z]{3,12}\d{1,4})(?![\w@-]|\.[a-z0-9])/g;
/** What ends a file's or a site's name, not a handle: "by report.pdf", "by nhs.uk". */
const FILE_OR_SITE_END_RE = /\.(?:pdf|docx?|xlsx?|csv|txt|jpe?g|png|gif|html?|xml|json|zip|com|org|net|gov|edu|uk|io|example)$/;
// handle-shaped words: "tmorrow2", "jreed_80", "hopeD_on_the_up" (letters then digits, or joined by underscores)
// (not a field's name before its value, its unit, range or acronym, or its call: "skin_type: II", "egfr_ckd_epi (mL/min)",
// "phq9_total (0-27)", "ecog_ps_2 (ECOG)", "fall_risk(", but a handle before its owner's name, address, role or message:
// "sunny_days_1962 (Sunny Okimoto)", "kjellstrom_b (b.kjellstrom@...)", "wobbly_walker_77: thanks all")
// (\b, then the lookbehind: the same as (?<![\w@./:-]) before a letter, and faster)
const HANDLE_SHAPE_RE = /\b(?<![@./:-])(?:[a-z][A-Za-z]{4,}\d{1,4}|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)(?![\w@/-]|\.\w|\(|\s{2,}\(|\s\((?=[^)\n]{0,20}[/%\d]|[A-Z]{2,}\b)|\s*=|(?<!_\d{2,4}|\bby\s\w+)\s*:)/g;
// Licence plates: UK "WP21 HXL", Indian "MH 12 AB 1234" / "DL 3C AB 4417"
const PLATE_UK_RE = /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b/g;
// IBAN written in groups: "IE29 AIBK 9311 5212 3456 78"
const IBAN_RE = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
// masked numbers: "XXXX XXXX 5521", "**** **** **** 4417"
const MASKED_NUMBER_RE = /(?<![\w*•])(?:[Xx*•]{3,4}[\s-]|[*•]{2,12}){1,3}\d{3,4}(?![\w-])/g;
/** Drug, vitamin and lab word beginnings that end in a number without being a handle: novomix30, vitaminD3, sarscov2. */
const CLINICAL_PREFIX_RE = /^(?:novo|humu|insulin|vitamin|vit|tropon|sarscov|covid|hba|hep|hiv|hpv|egfr|crp|cd|il|ca|nt)/;
// Kenyan plates: "KDA 412B"
const PLATE_KE_RE = /\bK[A-Z]{2}\s?\d{3}[A-Z]\b/g;
const PLATE_IN_RE = /\b[A-Z]{2}[ -]?\d{1,2}[A-Z]?[ -]?[A-Z]{1,3}[ -]?\d{4}\b/g;
/** The emirates, whose name begins a UAE plate ("Dubai K 48213"). */
const EMIRATES = '(?:Dubai|Abu Dhabi|Sharjah|Ajman|RAK|Fujairah)';
const EMIRATE_PREFIX_RE = new RegExp(String.raw`^${EMIRATES}\s`);
/** A plate-shaped value right after a vehicle word: "reg WP21 HXL", "plate (AZ 81 442)", "rego 1ABC-234", "targata FA 219 RN", "immatriculée AB123CD". */
const PLATE_CUE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Rr]eg(?:istration)?|[Rr]ego|[Pp]lates?|number\s?plate|licen[cs]e\s?plate|tag|(?:PKW-|pkw-|Kfz-|KFZ-|kfz-)?[Kk]ennzeichen|[Pp]lacas?|[Mm]atr[ií]cula|[Tt]arga(?:ta|to)?|[Ii]mmatricul(?:ation|ée|é)|[Kk]enteken|[Pp]laka|[Tt]ablica|[Mm]otorbike|[Mm]otorcycle|[Pp]atente)(?![\p{L}])\.?\s*(?:(?:number|no\.?|#)\s*)?[:#]?\s*\(?(${EMIRATES}\s[A-Z]{1,2}\s?\d{1,5}|[A-Z]{1,3}\d{2,4}[A-Z]{1,3}|(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){0,3})(?![\w-])`,
  'gyu',
);
// social media handles, hyphens inside too: "@kerry-ann.b"
const HANDLE_RE = /(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,28}[A-Za-z0-9_]))(?![\w@])/g;
export const PLATE_CUE_FIRST = new Set(['reg', 'registration', 'rego', 'plate', 'plates', 'number', 'numberplate', 'licence', 'license', 'tag', 'kennzeichen', 'pkw-kennzeichen', 'kfz-kennzeichen', 'placa', 'placas', 'matrícula', 'matricula', 'targa', 'targata', 'targato', 'immatriculation', 'immatriculée', 'immatriculé', 'kenteken', 'plaka', 'tablica', 'motorbike', 'motorcycle', 'patente', 'dominio', 'vehicle']);

/**
 * A plate a few words after "plate" in its clause, in quotes, after a colon or "as", or in a plate's shape ("plate per mother:
 * 482 MKD", "partial plate \"AK68\"...", "plate noted by a bystander as LSR 418 KJ"), or right after "vehicle" ("Team vehicle 42
 * ADR 718", "Vehicle involved: 782 MKQ"): the first word in capitals and figures, which must hold both (not "Vehicle: 2019 Ford",
 * nor "Vehicle call sign 4N21").
 */
const PLATE_LATER_RE = /^([^.\n;,]{0,30}?)(?<![\w-])([A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4}){0,3})(?![\w-])/;
const PLATE_RIGHT_AFTER_RE = /^(?:[ \t]+involved)?[ \t]*:?[ \t]*([A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4}){0,3})(?![\w-]|[ \t]?%)/;
/**
 * A clinical abbreviation and a small number after a plate's cue, or one before a decimal, a "+" or a size: an implant's or a
 * culture's ("locking plate (LCP 8-hole)", "agar plates, MRSA 2+", "plate: DCP 4.5 mm"), not a vehicle's plate.
 */
function clinicalAfterPlate(ctx: Ctx, v: string, after: string): boolean {
  return /^[A-Z]{2,5}[ -]\d{1,2}[A-Z]?$/.test(v) && ((v.includes(' ') && isAbbreviation(ctx.lex, v.split(' ')[0]!)) || /^(?:[.,]\d|\+|-hole|\s?(?:mm|cm|holes?)\b)/.test(after));
}

/**
 * A plate in a local script after a vehicle's word: Thai "pickup 1กข 4482 เชียงใหม่", Lao "truck ກຈ 4417 ສະຫວັນນະເຂດ", Japanese
 * "plate 品川 500 あ 48-21", Arabic "plate ب ج د 4829" (its letters, its number, and the province a Thai or Lao plate names).
 */
const LOCAL_SCRIPT_PLATE_RE = /\b(?:plates?|pickup|truck|lorry|motorcycle|motorbike|car|taxi|bus|van|moped|scooter|tuk-?tuk)[ \t]*(?:\(?plate[ \t]*)?:?[ \t]*(\d?[\u0E01-\u0E2E]{1,3}[ \t]?\d{1,4}(?:[ \t][\u0E01-\u0E4E]{2,})?|[\u0E81-\u0EAE]{1,3}[ \t]?\d{1,4}(?:[ \t][\u0E80-\u0EFF]{2,})?|[\u3400-\u9FFF\u30A0-\u30FF\u3040-\u309F]{1,4}[ \t]?\d{2,3}[ \t]?[\u3040-\u309F][ \t]?\d{1,2}-\d{2}|[\u0621-\u064A](?:[ \t][\u0621-\u064A]){0,3}[ \t]\d{1,4})(?![\p{L}\p{N}])/giu;
/** Whether a text holds a letter of the scripts LOCAL_SCRIPT_PLATE_RE reads. */
const LOCAL_SCRIPT_TEST = /[\u0E01-\u0EAE\u3040-\u30FF\u0621-\u064A]/;

/**
 * The plate PLATE_LATER_RE finds after "plate" or "plates", or PLATE_RIGHT_AFTER_RE after "vehicle" or "dominio" (a plate in
 * Argentina, a domain in Italy: "Dominio D2 T3 alterato"), as [start, end].
 */
function plateLater(ctx: Ctx, t: Token): [number, number] | undefined {
  const plate = t.lower === 'plate' || t.lower === 'plates';
  if (!plate && t.lower !== 'vehicle' && t.lower !== 'dominio') return undefined;
  const m = (plate ? PLATE_LATER_RE : PLATE_RIGHT_AFTER_RE).exec(ctx.text.slice(t.end, t.end + 60));
  if (!m) return undefined;
  const v = m[m.length - 1]!;
  const end = t.end + m[0].length;
  // (after words, only in quotes, after a colon or "as", or in a plate's shape)
  if (plate && !(/(?:^[ \t]*|[:"“'‘]|\bas)[ \t]*$/.test(m[1]!) || PLATE_SHAPE_RE.test(v))) return undefined;
  // (letters and figures, four at least; never a model's year, "vehicle 2017 F-150", nor levels or grades of a letter and a
  // number each, as an end plate's, a culture's or a domain's: "end plate changes at L4-L5", "S2 P1", "D2 T3")
  if (!/\d/.test(v) || !/[A-Z]/.test(v) || v.replace(/[\s-]/g, '').length < 4 || /^(?:19|20)\d\d[ -]/.test(v) || v.split(/[ -]/).every((g) => /^[A-Z]\d{1,2}$/.test(g))) return undefined;
  // (a drug's vehicle is named by an abbreviation and a number: "vehicle PEG 400", "vehicle: DMSO 10%")
  const letters = /^([A-Z]{3,})[ -]\d/.exec(v)?.[1]?.toLowerCase();
  if (letters && (isAbbreviation(ctx.lex, letters) || ctx.lex.clinical.has(letters) || ctx.lex.drugs.has(letters))) return undefined;
  if (isClinicalCode(ctx, v) || clinicalAfterPlate(ctx, v, ctx.text.slice(end, end + 8))) return undefined;
  return [end - v.length, end];
}

function luhn(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return sum % 10 === 0;
}

/** Numbers with separators that are identifiers rather than ranges, thousands or measurements. */
function groupedIds(ctx: Ctx): void {
  const { text } = ctx;
  for (let m = scan(GROUPED_DIGITS_RE, text); m; m = GROUPED_DIGITS_RE.exec(text)) {
    const v = m[0];
    const digits = v.replace(/\D/g, '');
    const end = m.index + v.length;
    if (digits.length < 7) continue;
    const groups = v.split(/[ -]/);
    const sep = m[1]!;
    if (UNIT_AFTER.test(text.slice(end, end + 10))) continue;
    // a drug's product code: "NDC 23155-0083-01", "0409-6625-02" in a text that names NDCs (4-4-2, 5-3-2, 5-4-1, 5-4-2)
    if (sep === '-' && /^(?:\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2})$/.test(v) && /\bNDC\b/.test(text)) continue;
    // thousands separators: "150 000", "1 250 000", "€1 234 567" (but three groups of three figures that end in no round
    // number are a card's or a health number's: "nº SNS 284 917 365", "cel. 984 555 213")
    if (sep === ' ' && groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3 && (groups.length !== 3 || groups[0]!.length !== 3 || /00$/.test(v) || /[$€£¥]\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index)))) continue;
    if (sep === '-') {
      // ranges ("1000-1500", "2019-2021") and dates are not identifiers
      if (groups.length === 2) {
        const a = Number(groups[0]);
        const b = Number(groups[1]);
        if (/^(?:19|20)\d\d$/.test(groups[0]!) && /^(?:19|20)\d\d$/.test(groups[1]!)) continue;
        if (b > a && a % 10 === 0 && b % 10 === 0) continue;
        if (/\b(?:between|from|range|ranged|ranging|to)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      }
    }
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) ctx.add(m.index, end, 'ACCOUNT', 0.85, 'card-number');
    else ctx.add(m.index, end, 'ID', 0.65, 'grouped-number');
  }
}

/** A run of ten or more letters and figures, standing alone (not inside a path, an address or an e-mail). */
const LONG_ALNUM_RE = /(?<![\w./@:#&=-])[A-Za-z0-9]{10,24}(?![\w@/.:-]|\.\w)/g;
/** Words, TNM stages ("cT2bN1M1a") and protein changes ("Arg2336His") that a random code is not. */
const NOT_RANDOM_CODE_RE = /[a-z]{3}|^[cpy]?T\d|^[A-Z][a-z]{2}\d+[A-Z][a-z]{2}$/;

/**
 * A random key as systems generate them: upper- and lower-case letters and figures mixed with no word in them, two of each at
 * least ("QxPw7Lk2RzA", a DHIS2 tracker's uid); it names one record whatever label it has.
 */
function randomCodes(ctx: Ctx): void {
  const { text } = ctx;
  for (let m = scan(LONG_ALNUM_RE, text); m; m = LONG_ALNUM_RE.exec(text)) {
    const v = m[0];
    if (NOT_RANDOM_CODE_RE.test(v) || (v.match(/[A-Z]/g)?.length ?? 0) < 2 || (v.match(/[a-z]/g)?.length ?? 0) < 2 || (v.match(/\d/g)?.length ?? 0) < 2) continue;
    ctx.add(m.index, m.index + v.length, 'ID', 0.7, 'random-code');
  }
}

/** A code in capitals and figures after the word for a code or a key: "request key BKX7RT4M", "mpesa, code SBK4XT29QW", "mã tra cứu KQ7F29X". */
const KEYED_CODE_RE = /(?:\b(?:code|key|UPI)|\bmã(?: tra cứu)?)[ \t]*[:#]?[ \t]*([A-Z0-9]{6,12})(?![\w.-])/gi;
/**
 * A number after a word and the sign of a number: "Adm No 4418", "Sijil no. 147", "DD No. 47A", "virement CCP n° 0012345678", "Band #: 204",
 * some register's, in three characters or more (a house is "at no. 16"; "pinna. No TEN-4" starts a sentence), and not a school's,
 * a ward's, a house's or a team's number, which is part of its name ("Escuela N° 1-470 Gral. San Martín").
 */
// (found by the sign first: a pattern that starts with the word before it was tried at every letter, 4% of a 5,000-word case)
const NUMBERED_RE = /(?:No[.:]|NO[.:]|Nr\.?|nr\.|no\.|[nN][º°]|No(?=[ \t])|NO(?=[ \t])|#[ \t]?:)[ \t]*:?[ \t]*([A-Z0-9][A-Z0-9/.-]*\d[A-Z0-9/-]*(?: \d{3,6})*)(?<=[\w/.-]{3})(?!\w)/g;
/** The word before NUMBERED_RE's sign: a word, and a dot and a space before "No.", "nº" or the like, a space before a bare "No", an optional space before "#:". */
const NUMBERED_WORD_BEFORE_RE = /(?<![\p{L}\d])(\p{L}{2,})(\.?[ \t]+|[ \t]?)$/u;
/** Words before the sign whose number is no register's: a preposition's or a negation's, a house's, a school's or a ward's (part of its name). */
const NUMBERED_NOT_AFTER = new Set('at to from in on is was if and or no of with by nct escuela jardín jardin school kindergarten liceo colegio centro posto puesto unidad sala ward villa house casa block flat plot lot team'.split(' '));
/**
 * Figures after the word for a code or a key in another language and a colon: "Kod dostępu: 4821", "Klucz recepty: 0818 4471 2093",
 * "Код підтвердження: 8812", "Código de direito de opção: 7012" (English "code" names billing and penal codes too: "billed_code 99213").
 */
const FOREIGN_CODE_RE = /(?<!\p{L})(?:[Kk]od|[Кк]од|[Cc][óo]digo|[Kk]lucz|[Cc]odice|[Kk]ode|[Kk]odu|[Cc]lé|[Ss]chlüssel)(?:[ \t]+\p{L}+){0,4}[ \t]*:[ \t]*(\d{4,}(?:[ .-]\d{2,})*)(?![\w.,]\d|\w)/gu;
/** Letters and figures that alternate three times at least ("BKX7RT4M"): a generated code, not a procedure's ("SV038A", "TOSP SB811K"). */
const ALTERNATING_CODE_RE = /^[A-Z0-9]*?(?:[A-Z]+\d+[A-Z]+\d|\d+[A-Z]+\d+[A-Z])/;

let fallbackClasses: Map<string, number> | undefined;
function classesOf(ctx: Ctx): WordClasses {
  return ctx.wordClasses ?? wordClasses(ctx.tokens, (fallbackClasses ??= classMap([[SSN_WORDS, C_SSN], [CUE_FIRST, C_ID_CUE], [PLATE_CUE_FIRST, C_PLATE_CUE]])));
}

const NIR_CUE_RE = /\b(?:NIR|INSEE|s[ée]cu(?:rit[ée] sociale)?|n°\s?SS|num[ée]ro de s[ée]cu|carte vitale|SS\s?(?:n°|no\.?|#))\b[^\n]{0,12}$/i;
const NIR_RE = /(?<!\d ?)[12] \d{2} (?:0[1-9]|1[0-2]|[2-9]\d) (?:\d{2}|2A|2B) \d{3} \d{3}(?: \d{2})?(?![\d])/g;
/** Police ranks written before an officer's name and collar number. */
const OFFICER_RANKS = 'PC|PS|DC|DS|Sgt|Cst|Const|Constable|Sergeant|Officer|Ofc';
const OFFICER_TEST = new RegExp(String.raw`\b(?:${OFFICER_RANKS})\.?\s\p{Lu}`, 'u');
// (a year is no collar number: "DC Summary 2024")
// (after a surname or a full name, perhaps after a comma; a Metropolitan Police number ends in its borough's letters, "2219YE")
const COLLAR_RE = new RegExp(String.raw`\b(?:${OFFICER_RANKS})\.?\s(?:\p{Lu}[\p{L}'’-]+\s)?(\p{Lu}[\p{L}'’-]+),?\s(?:#\s?)?(?!(?:19|20)\d\d\b)(\d{3,5}[A-Z]{2}(?![A-Za-z])|\d{3,6})(?![\d/:-]|[.,]\d|\s?(?:mg|ml|mcg|units?|am|pm|hrs?|h)\b)`, 'gu');
/** Words for who did something in a record, before their user name: "Logged by", "updated_by", "<operator>", "sender:", "Coll:". */
const USER_CUE_TEST = /\b(?:by|from|operator|sender|users?|coll|collector)\b|_by\b|assigned_to\b|(?:^|\n)[ \t]*[a-z]{4,20}\d{0,4}:[ \t]/i;
const USER_CUE_BEFORE_RE = /(?:\bby|_by|assigned_to|\boperator|\bsender|\busers?|\bcoll(?:ector)?)(?:["']?\s*[:=>]\s*["']?|\s*\.{2,}\s*|\s+)$/i;
/** A field that holds nothing but a login: "updated_by": ", "operator=", "user: " (any word no list knows is one there). */
const LOGIN_FIELD_BEFORE_RE = /(?:_by|assigned_to|\boperator|\bsender|\busers?)["']?\s*[:=>]\s*["']?$/i;
/** A chat's handle at its line's start or a message's "From", before the colon of its message: "kfinnegan: heads up", "10:21 From mfarrugia: Q". */
const CHAT_SENDER_BEFORE_RE = /(?:^|\n)[ \t]*$|\bfrom[ \t]+$/i;
/** Vehicles (kinds, and models common in the notes) a plate is written after. */
const VEHICLES = 'ute|car|van|truck|taxi|cab|pickup|pick-up|bus|jeep|tractor|three-wheeler|bakkie|lorry|motorbike|motorcycle|bike|boda|boda-boda|okada|keke|matatu|minibus|tuk-tuk|rickshaw|ambulance|scooter|Hilux|Camry|Corolla|Ranger|Navara|Triton|Landcruiser|Land Cruiser|Prado|Commodore|Falcon|Civic|Accord|Golf|Polo|Transit|Sprinter|Rav4|RAV4|Outlander|Patrol|Kluger|Tacoma|Silverado|Tundra|Impala|Fiesta|Corsa|Astra|Qashqai|Toyota|Volvo|Mazda|Nissan|Hyundai|Subaru|Mitsubishi|Isuzu|Perodua|Skoda|VW|Volkswagen|Peugeot|Citroën|Citroen|Renault|Vauxhall|Opel|Chevrolet|Chevy|BMW|Audi|Dacia|Holden|Lada|UAZ|Maruti|Daihatsu|Tiguan|Fabia|Myvi|Axia|Demio|Vitz|Prius|Yaris|Fortuner|Innova|Avanza|Xpander|Octavia|Passat|Jetta|Clio|Megane|Sandero|Duster|Micra|Almera|Sentra|Altima|Elantra|Sportage|Picanto|Cerato|Hiace|Vios|Kuga|Mondeo|Caddy|Crafter|Niva|Tiida|moto|camioneta|coche|voiture|carro|bestelbus|busje|PKW|Pkw|furgoneta|driver of|rider of|förare av|fører av';
const VEHICLE_WORD_TEST = new RegExp(String.raw`\b(?:${VEHICLES})\b`);
// (the first word of each, the gate of the pattern: "driver of" opens it at "driver", not at every "of")
const VEHICLE_WORDS = new Set(VEHICLES.toLowerCase().split('|').map((w) => w.split(' ')[0]!));
/** The plate shapes of the UK, Australia, the US and others: "CFX 21R", "618 XPL", "KJT734", "WP17 HZL". */
const PLATE_SHAPES = String.raw`[A-Z]{2}\s\d{3}\s\d{3}|[A-Z]{2,3}\s?\d{2,4}[A-Z]{0,2}|\d{2}\s[A-Z]{1,3}\s\d{2,4}|\d{3,4}\s?[A-Z]{3}|[A-Z]{3}\s?\d{3}|[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]\d{3}\s?[A-Z]{3}`;
const PLATE_SHAPE_RE = new RegExp(String.raw`^(?:${PLATE_SHAPES})$`);
// (not a measure after it: "Golf GT 200 miles"; nor a clock time: "ambulance ETA 15:30")
// (or, after the vehicle, any plate of letters and digits in two to four groups: "car (HD-FK 1950)", "taxi (AG 4417 AB)",
// "bestelbus (VGX-41-P)", "three-wheeler (WP QE-4471)")
const VEHICLE_PLATE_RE = new RegExp(
  String.raw`\b(?:${VEHICLES})(?:,?\s(?:as|is|was|plate|reg|registration|number|no\.?))?,?\s\(?((?:${PLATE_SHAPES})|(?=[A-Z0-9 -]{0,22}\d)(?=[A-Z0-9 -]{0,22}[A-Z])[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{1,5}){1,3})(?![\w:/-]|[.,]\d|\s?(?:miles|mi|km|mph|kph|kg|mg|ml|cc|hp|bhp|HRS|hrs|hours|GMT|UTC|BST|AEST|EST|PST|h|%|bpm|lpm|rpm|irpm|spm|cpm|palp|seg|min|Gy|mmHg|tonnes?|tons?)\b)`,
  'g',
);
/** The makes and models among the vehicles, after which a short code is a model rather than a plate. */
const MAKES_AND_MODELS = new Set(VEHICLES.split('|').filter((w) => /^[A-Z]/.test(w)));
/** A clock time's letters, which look like a plate's: "car 1530 HRS", "ute 1200 GMT". */
const TIME_UNITS = new Set(['hrs', 'hr', 'gmt', 'utc', 'bst', 'est', 'pst', 'cet', 'min', 'mins', 'sec']);
/** Vital signs and bedside measures, which look like a plate after "car" or "van": "car BP 80/40", "van RR 28". */
// (and in Spanish, Portuguese, French and German: "moto FC 120", "carro FR 28", "Pkw HF 120", "moto TCE 15")
const VITAL_SIGNS = new Set(['bp', 'rr', 'hr', 'pr', 'gcs', 'sats', 'spo2', 'bm', 'bgl', 'cbg', 'temp', 'etco2', 'news', 'avpu', 'ph', 'fc', 'fr', 'ta', 'pa', 'tas', 'tad', 'sat', 'tce', 'hf', 'af', 'rf', 'gds', 'eva']);
/** Measurements written like a plate after an ambulance or a bike, "SBP 80", "MAP 55", "VAS 80": letters and up to three figures. */
const MEASURE_LIKE_PLATE_RE = /^(?:SBP|DBP|MAP|VAS|ISS|ECG|ETA)\s?\d{1,3}$/;
/** "Aircraft VH-FXJ", "tail number N512AB", "helicopter ZK-HLT", "aircraft: LN-KYR", "Aircraft: 5X-AMR" (any nationality before letters; not "pancreatic tail N1", nor a model, "EC-135"). */
const AIRCRAFT_REG_RE = /\b(?:[Aa]ircraft|[Hh]elicopter|[Hh]eli|[Tt]ail\s(?:number|no\.?))(?:\s(?:reg(?:istration)?\.?))?[\s:]+((?:VH|ZK|LN|OY|SE|OH|TF|EI|PH|OO|HB|OE|9N|VT|5Y|5N|A6|HZ|D|F|G|I|C)-[A-Z0-9]{3,4}|(?:[A-Z]{1,2}|[A-Z]\d|\d[A-Z])-[A-Z]{3,5}|N\d{2,5}[A-Z]{0,2})(?![\w-])|\b[Tt]ail\s(N\d{1,5}[A-Z]{1,2})(?![\w-])/g;
/** Apps a handle is given for, written as people write them ("IG" in capitals only: "Ig" is immunoglobulin). */
const PLATFORMS = String.raw`[Ss]napchat|[Ss]nap|[Ii]nstagram|[Ii]nsta|IG|[Dd]iscord|[Tt]ik[Tt]ok|[Tt]witter|[Ss]team|[Xx]box|PSN|[Gg]amertag|[Tt]witch|[Tt]elegram|[Kk]ik|[Tt]inder|Grindr|Hinge|Bumble|[Ff]acebook|FB|[Ww]e[Cc]hat|WhatsApp|Whatsapp|KakaoTalk|Kakao|Viber|LINE ID|Line ID|LINE|Skype`;
const PLATFORM_TEST = new RegExp(String.raw`\b(?:${PLATFORMS})\b`);
const PLATFORM_HANDLE_RE = new RegExp(String.raw`\b(?:${PLATFORMS})(?:\s+(?:account|name|handle|is|was|called))?[\s,:(]+@?([A-Za-z][A-Za-z0-9_.]{2,28}[A-Za-z0-9_])(?![\w@]|\.\w)|(?:^|\n)(?:↳\s*)?([A-Za-z][A-Za-z0-9_.]{2,28}[A-Za-z0-9_])\s·\s`, 'g');
/** A Reddit user, "u/sideline_doc_wv" (not a dose rate: "40 u/day", "2 u/dose"). */
const REDDIT_USER_RE = /(?<![\w/]|\d\s?)u\/(?!(?:day|dose|hour|hr|h|kg|min|week|wk|ml|l|d)\b)[A-Za-z0-9_-]{3,20}(?![\w/])/g;
const DM_HANDLE_RE = /\b(?:DM|dm|message|msg|follow|find|add)\s+me\b(?:\s+(?:on|at)\s+(?:insta(?:gram)?|ig|snap(?:chat)?|twitter|x|tiktok|discord|teams|whatsapp|telegram|signal|facebook|fb|threads|bluesky|linkedin|reddit|mastodon|wechat|line|kakao(?:talk)?|viber|skype|slack|youtube|twitch|weibo|qq))?[\s:]*\(?@?(?<![\w.])([A-Za-z][A-Za-z0-9_.]{3,30}[A-Za-z0-9])\)?/gi;

/** A Hong Kong identity card or hospital number with its check digit in brackets: "W917204(4)", "HN21038876(2)". */
const HK_NUMBER_RE = /\b[A-Z]{1,2}\d{6,8}\([0-9A]\)/g;
const DOTTED_ID_RE = /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,3}(?:-[\dKk])?(?![\d.,]\d|\d|\s?(?:copias|copies|UI|IU|U|unidades|units|c[ée]lulas|cells|\/|pesos|COP|CLP|ARS|MXN|USD|mg|ml))/g;
/** The letters of a Latin American identity card before its number: "CC", "C.I.", "LC", "DNI", "RUT", "cédula". */
const IDENTITY_CARD_BEFORE_RE = /(?:^|[^\p{L}])(?:CC|C\.C\.|LC|LE|DNI|CI|C\.I\.|RUT|RUN|NIT|[Cc][ée]dula(?:\sde\s(?:ciudadan[ií]a|identidad))?|[Dd]ocumento)\s*(?:[:#]|[Nn][º°o]\.?|[Nn]o\.?)?\s*$/u;
/** The words that name a National Insurance number, shortly before it: "NI", "N.I.", "NINO", "National Insurance". */
const NI_CUE_BEFORE_RE = /(?:\bNI\b|N\.I\.|\bNINO\b|[Nn]ational [Ii]nsurance)[^\n]{0,30}$/;
/** A UK National Insurance number in its groups (never-issued letters left out, but Q, for the example prefix QQ on forms). */
const NI_NUMBER_RE = /\b[A-CEGHJ-TW-Z][A-CEGHJ-NP-TW-Z] \d{2} \d{2} \d{2} [A-D]\b/g;
const MEDICARE_AU_RE = /(?<![\d/.-])[2-6]\d{3} \d{5} \d(?:\/\d)?(?![\d/.-])/g;
const POSTAL_TRACKING_RE = /\b[A-Z]{2}[ ]?\d{4}[ ]?\d{4}[ ]?\d[ ]?[A-Z]{2}\b/g;

/** A field of a log or a table: a comma with no space (a sentence's comma has one), a bar, a tab or a gap of spaces before it. */
const FIELD_BEFORE_RE = /(?:^|\n|,|[|\t][ \t]*|[ ]{2,})$/;
const FIELD_AFTER_RE = /^(?:[ \t]*(?:[,|\t]|\r?\n|$)|[ ]{2})/;
/** A row of a log or a table: three fields' separators at least. */
const ROW_SEPARATORS_RE = /[,|\t]|[ ]{2,}/g;
/** Words in lower case that a list holds: a handle is none of them. */
const LISTED_WORD = W_ENGLISH | W_CLINICAL | W_DRUG | W_EPONYM;

/**
 * A user name made of an initial or two and a surname, alone in a field of a log's or a table's row: "...,2024-05-22,mdiallo",
 * "2024-03-29 04:47   ckinyanjui    PYX-7W-02" (a surname the name lists know after one or two letters, the whole no word of
 * any list: not "diarista", "vecina").
 */
function initialSurnameHandles(ctx: Ctx): void {
  const { text, tokens, lex } = ctx;
  const rows = new Map<number, boolean>();
  for (const t of tokens) {
    const n = t.end - t.start;
    if (n < 5 || n > 14 || t.cap || t.upper || t.num || t.hyphen || !/^[a-z]+$/.test(t.text)) continue;
    if (!FIELD_BEFORE_RE.test(text.slice(Math.max(0, t.start - 3), t.start)) || !FIELD_AFTER_RE.test(text.slice(t.end, t.end + 3))) continue;
    if ((t.flags & LISTED_WORD) !== 0 || t.flags === -1 || lex.foreignLower.has(t.text) || isAbbreviation(lex, t.text)) continue;
    // (in a row with a figure in it: a log's time, a record's number; not a header of words, "id | tujuan | nama"; each line
    // read once, so a long one-line table stays linear)
    const ls = text.lastIndexOf('\n', t.start) + 1;
    let isRow = rows.get(ls);
    if (isRow === undefined) {
      const le = text.indexOf('\n', t.end);
      const row = text.slice(ls, le < 0 ? text.length : le);
      let separators = 0;
      ROW_SEPARATORS_RE.lastIndex = 0;
      while (separators < 3 && ROW_SEPARATORS_RE.exec(row)) separators++;
      rows.set(ls, (isRow = separators >= 3 && /\d/.test(row)));
    }
    if (!isRow) continue;
    const surname = (k: number) => n - k >= 4 && (lex.flags(t.text.slice(k)) & (W_LAST | W_ENGLISH)) === W_LAST;
    if (surname(1) || surname(2)) ctx.add(t.start, t.end, 'ID', 0.7, 'handle-initial-surname');
  }
}

export function idRules(ctx: Ctx): void {
  const { text } = ctx;
  const wc = classesOf(ctx);
  initialSurnameHandles(ctx);
  randomCodes(ctx);
  if (/\b(?:code|key|UPI)\b|mã/i.test(text)) for (let m = scan(KEYED_CODE_RE, text); m; m = KEYED_CODE_RE.exec(text)) {
    const v = m[1]!;
    if (!ALTERNATING_CODE_RE.test(v) || isClinicalCode(ctx, v)) continue;
    const s = m.index + m[0].length - v.length;
    ctx.add(s, s + v.length, 'ID', 0.8, 'keyed-code');
  }
  if (/\b(?:no|nr)\b|[nN][º°]|#[ \t]?:/i.test(text)) for (let m = scan(NUMBERED_RE, text); m; m = NUMBERED_RE.exec(text)) {
    const w = NUMBERED_WORD_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    // (a space after the word before a sign of letters, none or one before "#:", and no dot before a bare "No": "pinna. No TEN-4")
    const sign = m[0][0]!;
    if (!w || NUMBERED_NOT_AFTER.has(w[1]!.toLowerCase()) || (sign === '#' ? /\S/.test(w[2]!) : !/[ \t]$/.test(w[2]!) || (/^N[oO][ \t]/.test(m[0]) && w[2]!.startsWith('.')))) continue;
    const s = m.index + m[0].length - m[1]!.length;
    ctx.add(s, m.index + m[0].length, 'ID', 0.7, 'numbered');
  }
  if (/[Kk]od|[Кк]од|[Cc][óo]digo|[Kk]lucz|[Cc]odice|[Cc]lé|[Ss]chlüssel/.test(text)) for (let m = scan(FOREIGN_CODE_RE, text); m; m = FOREIGN_CODE_RE.exec(text)) {
    const s = m.index + m[0].length - m[1]!.length;
    ctx.add(s, m.index + m[0].length, 'ID', 0.75, 'foreign-code');
  }
  if (/\d{3}-\d{2}-\d{4}/.test(text)) for (let m = scan(SSN_RE, text); m; m = SSN_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'SSN', 0.9, 'ssn');
  if (/last (?:4|four)/i.test(text)) for (let m = scan(SSN_LAST_FOUR_RE, text); m; m = SSN_LAST_FOUR_RE.exec(text)) ctx.add(m.index + m[0].length - 4, m.index + m[0].length, 'SSN', 0.9, 'ssn-last-four');
  if (text.includes('756.')) for (let m = scan(AHV_RE, text); m; m = AHV_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'SSN', 0.9, 'ssn-ahv');
  if (wc.any & C_SSN) for (let m = scan(SSN_CUE_RE, text); m; m = SSN_CUE_RE.exec(text)) {
    const v = m[1] ?? m[2]!;
    const s = m.index + m[0].lastIndexOf(v);
    ctx.add(s, s + v.length, 'SSN', 0.97, 'ssn-cue');
  }
  const starts: number[] = [];
  if (wc.any & C_ID_CUE) for (const t of ctx.tokens) if (wc.of[t.index]! & C_ID_CUE && !t.num) starts.push(t.start);
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
      // "2123 45670 1 and 3951 00482 2": the value ends before a lower-case word
      const low = /[\s\-/.](?=[a-z]+(?:[\s\-/.]|$))(?![a-z]*\d)/.exec(code!);
      if (low && /[a-z]/.test(code!.slice(low.index))) code = code!.slice(0, low.index);
      code = code!.replace(/[.\-/\s]+$/, '');
      if (!/\d/.test(code)) {
        // all-letter value: only for plates / strong cues and if it isn't a word
        if (type !== 'VEHICLE' || code.length < 4) continue;
      }
      if (code.replace(/\W/g, '').length < 3) continue;
      // (a decimal value is a measurement: "IMC 18.9", French for BMI)
      if (/^\d{1,3}[.,]\d{1,2}$/.test(code)) continue;
      if (code.split(/[\s\-/.]+/).some((g) => !/\d/.test(g) && g !== g.toUpperCase()) || /^[A-Za-z]/.test(text.slice(start + code.length, start + code.length + 1))) continue;
      // (a short mix of letters and two digits is still a number: NHI "ZHJ27QK")
      // (an airline's record locator, six letters and figures, after "PNR" or a booking's reference: "booking ref HX4QZN")
      if (type === 'ID' && code.replace(/\D/g, '').length < (code.length >= 6 && /[A-Z]{2}/.test(code) ? 2 : 3) && !(/^[A-Z\d]{6}$/.test(code) && BOOKING_BEFORE_RE.test(text.slice(Math.max(0, start - 28), start)))) continue;
      if (isClinicalCode(ctx, code) || (type === 'VEHICLE' && clinicalAfterPlate(ctx, code, text.slice(start + code.length, start + code.length + 8)))) continue;
      // a number followed by a unit is a measurement, not an identifier
      if (UNIT_AFTER.test(text.slice(start + code.length, start + code.length + 8)) && /^\d+$/.test(code)) continue;
      const masked = /^[*xX•]{2,}/.exec(text.slice(start + code.length, start + code.length + 12));
      ctx.add(start - hash, start + code.length + (masked ? masked[0].length : 0), type, type === 'ID' ? 0.8 : 0.95, `cue-${type.toLowerCase()}`);
    }
  }
  void VIN_RE; // 17-character VINs are found by the mixed-code pass below
  if (/[xX*#]{2}-\d{4}/.test(text)) for (let m = scan(SSN_MASKED_RE, text); m; m = SSN_MASKED_RE.exec(text)) {
    if (/^\d{3}-\d{2}-/.test(m[0])) continue; // full numbers: SSN_RE
    ctx.add(m.index, m.index + m[0].length, 'SSN', 0.9, 'ssn-masked');
  }
  // a Thai national ID in its groups of 1, 4, 5, 2 and 1 figures ("1 1037 05512 34 6"), a Portuguese citizen card's number
  // with its check digit, letters and version ("11873264 4ZX8")
  if (/\d \d{4} \d{5} \d{2} \d|\d{8} ?\d ?[A-Z]{2}\d/.test(text)) for (let m = scan(THAI_OR_PT_ID_RE, text); m; m = THAI_OR_PT_ID_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'ID', 0.85, 'national-id-shape');
  // an unknown patient's alias, a word and a number as a trauma system gives them: "Unknown Female Alpha 0109", "trauma alias TRAUMA-ORCA-17"
  // (not "Unknown Male 14", which names no one)
  if (/\b(?:Unknown|Unidentified|alias)\b/.test(text)) for (let m = scan(TRAUMA_ALIAS_RE, text); m; m = TRAUMA_ALIAS_RE.exec(text)) {
    const v = m[1] ?? m[0];
    const s = m.index + m[0].length - v.length;
    ctx.add(s, s + v.length, 'ID', 0.8, 'trauma-alias');
  }
  // a PhilHealth member's number, by its unique grouping of 2, 9 and 1 figures: "12-050412883-7"
  if (/\d{2}-\d{9}-\d/.test(text)) for (let m = scan(PHILHEALTH_RE, text); m; m = PHILHEALTH_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'HEALTH_PLAN', 0.85, 'philhealth-number');
  if (/\d[ -]\d/.test(text)) groupedIds(ctx);
  if (/[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]/.test(text)) for (let m = scan(MAC_RE, text); m; m = MAC_RE.exec(text)) {
    if (!/[A-Fa-f]/.test(m[0]) && m[1] === '-') continue; // "12-34-56-78-90-12": not obviously hexadecimal
    ctx.add(m.index, m.index + m[0].length, 'DEVICE', 0.9, 'mac-address');
  }
  // a French social-security number (NIR) written in its groups: "2 88 07 33 063 047 52"
  if (/[12] \d{2} \d{2} /.test(text)) for (let m = scan(NIR_RE, text); m; m = NIR_RE.exec(text)) {
    // (after its cue only: "Fluid balance: 2 50 50 50 100 150" has the same shape)
    if (NIR_CUE_RE.test(text.slice(Math.max(0, m.index - 32), m.index))) ctx.add(m.index, m.index + m[0].length, 'SSN', 0.9, 'ssn-nir');
  }
  // a police officer's collar number after the name: "PS Hardcastle 4472", "PC Amoah 2291"
  if (OFFICER_TEST.test(text)) for (let m = scan(COLLAR_RE, text); m; m = COLLAR_RE.exec(text)) {
    const name = m[1]!.toLowerCase();
    if (ctx.lex.english.has(name) && !ctx.lex.firstNames.has(name) && !ctx.lex.lastNames.has(name)) continue;
    const s = m.index + m[0].length - m[2]!.length;
    ctx.add(s, s + m[2]!.length, 'ID', 0.8, 'collar-number');
  }
  // a plate after the vehicle it is on: "white Hilux CFX 21R", "(ute 618 XPL)", "in car (KJT734)"; an aircraft's registration
  // (speed: a vehicle's word among the tokens first, a set's lookup each, before the pattern)
  if (ctx.tokens.some((t) => VEHICLE_WORDS.has(t.lower)) && VEHICLE_WORD_TEST.test(text)) for (let m = scan(VEHICLE_PLATE_RE, text); m; m = VEHICLE_PLATE_RE.exec(text)) {
    const v = m[1]!;
    const letters = /[A-Z]+/.exec(v)![0].toLowerCase();
    if (!/\d/.test(v) || isClinicalCode(ctx, v.replace(/\s/g, '')) || ctx.lex.clinical.has(letters) || VITAL_SIGNS.has(letters) || TIME_UNITS.has(letters) || MEASURE_LIKE_PLATE_RE.test(v)) continue;
    // (a plate of the wider shape has two letters and two digits together, and is no clinical abbreviation and number nor a
    // clock's time: not "car vs motorbike, C6 C7", "ambulance, E3 V4 M6", "O2 15 L", "bus 12 A", "bus, NSR 80", "bus 2 PM")
    const abbreviationAndValue = /^[A-Z]{2,6} \d{1,4}$/.test(v) && isAbbreviation(ctx.lex, letters.toUpperCase());
    // (after a make or model, or before a kind of vehicle, letters and two or three figures are a model: "Volvo XC90",
    // "Mazda CX 30", "rider of MX 250 dirt bike"; three letters and figures may be a plate, "Mazda Demio LKW483")
    if (/^[A-Z]{1,2}[ -]?\d{2,3}$/.test(v) && (/^\s+(?:[a-z]+\s+)?(?:bike|motorbike|motorcycle|lorry|truck|car|van|scooter|quad)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) || MAKES_AND_MODELS.has(/(\S+)\s\(?$/.exec(text.slice(Math.max(0, m.index), m.index + m[0].length - v.length))?.[1] ?? ''))) continue;
    if (!PLATE_SHAPE_RE.test(v) && (!/[A-Z]{2}/.test(v) || !/\d{2}/.test(v) || abbreviationAndValue || /\b(?:AM|PM|HRS?|MIN)$/.test(v))) continue;
    const s = m.index + m[0].length - v.length;
    // (and after a comma, even in a plate's shape, an abbreviation and its value start a list of observations, "bus, NSR 80",
    // unless the plate goes on: "the car, CE 0442 AX")
    if (abbreviationAndValue && /[,;]\s*$/.test(text.slice(m.index, s)) && !/^[ -][A-Z0-9]{1,4}\b/.test(text.slice(s + v.length, s + v.length + 6))) continue;
    ctx.add(s, s + v.length, 'VEHICLE', 0.85, 'plate-after-vehicle');
  }
  if (text.includes('ircraft') || text.includes('eli') || text.includes('ail ')) for (let m = scan(AIRCRAFT_REG_RE, text); m; m = AIRCRAFT_REG_RE.exec(text)) {
    const v = m[1] ?? m[2]!;
    const s = m.index + m[0].length - v.length;
    ctx.add(s, s + v.length, 'VEHICLE', 0.85, 'aircraft-registration');
  }
  if (text.includes('u/')) for (let m = scan(REDDIT_USER_RE, text); m; m = REDDIT_USER_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'ID', 0.85, 'username-reddit');
  // a handle beside the platform it is on: "his Snapchat, jr.508.bandz", "Discord (m4rkshark)", "account velvetmoth_",
  // or heading a reply: "sunflower_sky · proud of you"
  if (PLATFORM_TEST.test(text) || text.includes(' · ')) for (let m = scan(PLATFORM_HANDLE_RE, text); m; m = PLATFORM_HANDLE_RE.exec(text)) {
    const v = m[1] ?? m[2]!;
    if (!/[_\d]|\.\w/.test(v) || /^\d+$/.test(v) || /\.(?:com|org|net|co|uk|io|example)$/i.test(v) || isClinicalCode(ctx, v) || ctx.lex.english.has(v.toLowerCase())) continue;
    const s = m.index + m[0].lastIndexOf(v);
    ctx.add(s, s + v.length, 'ID', 0.8, 'username-platform');
  }
  // "just DM me (mt_sgt_rec_therapy)", "add me on snap: j.kaur_92": a handle someone gives out
  if (text.includes(' me')) for (let m = scan(DM_HANDLE_RE, text); m; m = DM_HANDLE_RE.exec(text)) {
    const v = m[1]!;
    if (!/[_\d.]/.test(v) || /^\d+$/.test(v) || /\.(?:com|org|net|example|co|uk)$/i.test(v)) continue;
    const s = m.index + m[0].length - v.length - (m[0].endsWith(')') ? 1 : 0);
    ctx.add(s, s + v.length, 'ID', 0.8, 'username-given');
  }
  if (/\b(?:user|login|uid|handle|screen|account)/i.test(text)) for (const m of matchesAt(USER_RE, text, undefined, ASCII_LETTER_END_RE)) {
    const v = m[1]!;
    // a value that reads like a person's name or a word ("User: Dr Smith", "account is overdue") is handled elsewhere
    if (!/[\d_.]/.test(v) && !/=\s*$/.test(m[0].slice(0, m[0].length - v.length)) && (/^\p{Lu}/u.test(v) || ctx.lex.english.has(v.toLowerCase()))) continue;
    if (ctx.lex.english.has(v.toLowerCase()) && !/[\d_]/.test(v)) continue;
    const s = m.index + m[0].length - v.length;
    ctx.add(s, s + v.length, 'ID', 0.8, 'username');
  }
  if (/\b(?:logged|signed|operator|username|handle|user|login|saved|entered|modified|created|updated|edited|accessed|viewed|printed|exported|transcribed|authori[sz]ed|completed|reviewed|verified)\b/i.test(text)) for (let m = scan(USER_BARE_RE, text); m; m = USER_BARE_RE.exec(text)) {
    const v = m[1]!;
    const l = v.toLowerCase();
    if (ctx.lex.english.has(l) || ctx.lex.clinical.has(l) || ctx.lex.drugs.has(l)) continue;
    const s = m.index + m[0].length - v.length;
    ctx.add(s, s + v.length, 'ID', 0.8, 'username');
  }
  if (/\b(?:by|user|account|acct|assigned|assignee|owner)\b/i.test(text)) for (let m = scan(CUED_HANDLE_RE, text); m; m = CUED_HANDLE_RE.exec(text)) {
    const v = m[1]!;
    const parts = v.split('.');
    // ("seen by physio.plan to": two words whose full stop lost its space; "by covid19", "by day14": no one's handle)
    if (FILE_OR_SITE_END_RE.test(v) || (parts.length > 1 && parts.every((w) => ctx.lex.english.has(w) || ctx.lex.clinical.has(w))) || (parts.length === 1 && (CLINICAL_PREFIX_RE.test(v) || /^(?:day|week|wk|cycle|dose|visit|hour|hr|min|q|x|po|iv|im|sc)\d/.test(v)))) continue;
    const s = m.index + m[0].length - v.length;
    ctx.add(s, s + v.length, 'ID', 0.8, 'username');
  }
  if (/(?:usu[aá]rio|utilizador|utilisateur|identifiant|nutzer(?:name)?|utente|gebruiker(?:snaam)?)[ \t]*:/i.test(text))
    for (const m of matchesAt(FOREIGN_USER_RE, text, undefined, LETTER_END_RE)) {
      const v = m[1]!;
      if (ctx.lex.english.has(v.toLowerCase()) || ctx.lex.foreignLower.has(v.toLowerCase())) continue;
      ctx.add(m.index + m[0].length - v.length, m.index + m[0].length, 'ID', 0.8, 'username');
    }
  if (AUTHOR_CUE_RE.test(text)) for (const m of matchesAt(AUTHOR_RE, text, undefined, ASCII_LETTER_END_RE)) {
    const v = m[1]!;
    const l = v.toLowerCase();
    // a handle has a digit, an underscore or a dot, or is a word in lower case that no list holds ("fomondi"); a capitalised
    // word is a name, and "sent by post" or "sent by e-mail" a way of sending
    if (!/[\d_.]/.test(v) && (v !== l || v.includes('-') || isWordOrRole(ctx, v))) continue;
    const s = m.index + m[0].length - v.length;
    ctx.add(s, s + v.length, 'ID', 0.75, 'username-author');
  }
  // a web server's access log names its user after the address: "172.58.19.204 - kbrightwater [02/Apr/2024:19:44:07 -0500]"
  if (text.includes(' - ') && text.includes(' [')) for (let m = scan(ACCESS_LOG_USER_RE, text); m; m = ACCESS_LOG_USER_RE.exec(text)) {
    const s = m.index + m[0].length - m[1]!.length - 2;
    ctx.add(s, s + m[1]!.length, 'ID', 0.8, 'username-access-log');
  }
  if (text.includes('</')) for (let m = scan(XML_USER_RE, text); m; m = XML_USER_RE.exec(text)) {
    const v = m[2]!;
    if (!/[\d_.]/.test(v) && isWordOrRole(ctx, v)) continue;
    const s = m.index + m[1]!.length + 2;
    ctx.add(s, s + v.length, 'ID', 0.8, 'username-xml');
  }
  if (text.includes('":')) for (let m = scan(JSON_USER_RE, text); m; m = JSON_USER_RE.exec(text)) {
    const v = m[1]!;
    if (v.includes('@') || ctx.lex.english.has(v.toLowerCase())) continue;
    const s = m.index + m[0].length - v.length - 1;
    ctx.add(s, s + v.length, 'ID', 0.85, 'username-field');
  }
  if (/\d\([0-9A]\)/.test(text)) for (let m = scan(HK_NUMBER_RE, text); m; m = HK_NUMBER_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, m[0].startsWith('HN') ? 'MRN' : 'ID', 0.85, 'hk-number');
  // a Latin American identity number written with thousands' dots: "CC: 1.036.654.218" (nine figures or more, no unit after)
  // (from seven figures after the identity card's own letters, unless a count's noun follows: "CC 52.418.907", "LC 2.614.339")
  if (/\d\.\d{3}\.\d{3}/.test(text))
    for (let m = scan(DOTTED_ID_RE, text); m; m = DOTTED_ID_RE.exec(text)) {
      const figures = m[0].replace(/\D/g, '').length;
      if (figures >= 9 || (figures >= 7 && IDENTITY_CARD_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index)) && !/^\s?\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))) ctx.add(m.index, m.index + m[0].length, 'ID', 0.8, 'dotted-id');
    }
  // a UK National Insurance number written in its groups: "QQ 55 81 24 C"
  // (after its cue: "caries LR 46 45 44 D" is a dental chart)
  if (/ \d\d \d\d \d\d [A-D]\b/.test(text))
    for (let m = scan(NI_NUMBER_RE, text); m; m = NI_NUMBER_RE.exec(text)) if (NI_CUE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) ctx.add(m.index, m.index + m[0].length, 'ID', 0.85, 'ni-number');
  // an Australian Medicare number with its reference number: "2951 60317 4/2"
  if (/\d{4} \d{5} \d/.test(text)) for (let m = scan(MEDICARE_AU_RE, text); m; m = MEDICARE_AU_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'HEALTH_PLAN', 0.8, 'medicare-au');
  // a parcel's tracking number in the postal unions' format: two letters, nine figures, the country ("JX 5517 3380 4GB")
  for (let m = scan(POSTAL_TRACKING_RE, text); m; m = POSTAL_TRACKING_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'ID', 0.8, 'postal-tracking');
  // an Australian business or company number: "ABN 61 624 118 093" (eleven figures), "ACN 004 085 616" (nine)
  if (text.includes('ABN') || text.includes('ACN')) for (let m = scan(BUSINESS_NUMBER_RE, text); m; m = BUSINESS_NUMBER_RE.exec(text)) {
    const v = (m[1] ?? m[2])!;
    const s = m.index + m[0].length - v.length;
    ctx.add(s, s + v.length, 'ID', 0.85, 'business-number');
  }
  // speed: a handle has an underscore, or a digit glued to five lower-case letters (tokens split there)
  if (text.includes('_') || ctx.tokens.some((t, i) => t.num && i > 0 && ctx.tokens[i - 1]!.end === t.start && ctx.tokens[i - 1]!.text.length >= 5 && !ctx.tokens[i - 1]!.cap && !ctx.tokens[i - 1]!.upper)) for (let m = scan(HANDLE_SHAPE_RE, text); m; m = HANDLE_SHAPE_RE.exec(text)) {
    const v = m[0];
    const letters = v.replace(/\d+$/, '').replace(/[A-Z]+$/, '').toLowerCase();
    if (!v.includes('_') && (CLINICAL_PREFIX_RE.test(letters) || ctx.lex.english.has(letters) || ctx.lex.clinical.has(letters) || ctx.lex.drugs.has(letters) || ctx.lex.genes.has(letters) || ctx.lex.eponyms.has(letters) || ctx.lex.clinical.has(v.toLowerCase()))) continue;
    // before a colon, a handle of two words and a number, not a field's name and its number ("week_24:", "apache_ii_24:")
    if (/^\s*:/.test(text.slice(m.index + v.length, m.index + v.length + 4)) && v.split('_').filter((p) => /^[A-Za-z]{3,}$/.test(p)).length < 2) continue;
    // snake_case field names and constants are labels, not people: "session_id", "MAX_DOSE" (but a year or a number of two
    // digits or more ends a handle: "wobbly_walker_77")
    if (v.includes('_') && (v === v.toUpperCase() || (v === v.toLowerCase() && v.split('_').every((w) => ctx.lex.english.has(w) || (w.length <= 3 && !/^\d{2,}$/.test(w)))))) continue;
    // (and a table's header of such names, above a row of values: "id_registro,anno_nascita,sesso\n12,1961,F")
    if (v.includes('_') && !/\d/.test(v)) {
      const ls = text.lastIndexOf('\n', m.index) + 1;
      const le = text.indexOf('\n', m.index);
      const line = text.slice(ls, le < 0 ? text.length : le);
      const next = le < 0 ? '' : text.slice(le + 1, text.indexOf('\n', le + 1) < 0 ? text.length : text.indexOf('\n', le + 1));
      if (/^\s*[A-Za-z_]+(?:\s*[,;\t|]\s*[A-Za-z_]+)+\s*$/.test(line) && /\d/.test(next) && (next.match(/[,;\t|]/g)?.length ?? 0) === (line.match(/[,;\t|]/g)?.length ?? 0)) continue;
    }
    ctx.add(m.index, m.index + v.length, 'ID', 0.7, 'handle-shape');
  }
  // handles made of a name and dots: "a.kowalczyk", "lorna.f1962", "dr.wanjiru.kamau" (not a domain, a file or "e.g.")
  if (/[a-z]\.[a-z]/.test(text)) for (let m = scan(DOTTED_HANDLE_RE, text); m; m = DOTTED_HANDLE_RE.exec(text)) {
    const v = m[0];
    const parts = v.split('.');
    if (v.length < 5 || HANDLE_NOT_LAST.has(parts[parts.length - 1]!) || parts.every((p) => p.length <= 2) || /^dr\.ssa$/.test(v) || (parts.length === 2 && parts[1]!.length === 1)) continue;
    // (a part that is a name and no ordinary word: "appt.book", "nhi.card.read" are a program's events)
    const named = parts.some((p) => {
      const w = p.replace(/\d+$/, '');
      return w.length >= 4 && (ctx.lex.firstNames.has(w) || ctx.lex.lastNames.has(w)) && !ctx.lex.english.has(w) && !ctx.lex.clinical.has(w) && !ctx.lex.drugs.has(w);
    });
    // (or in a log's column after its timestamp or address: "2024-08-02T07:58:10Z   admin.jlee")
    if (!named && !(parts[0] === 'dr' && parts.length >= 2 && parts[1]!.length >= 3) && !inLogColumn(text, m.index)) continue;
    if (parts.every((p) => ctx.lex.english.has(p)) && !/\d/.test(v)) continue;
    ctx.add(m.index, m.index + v.length, 'ID', 0.75, 'handle-dotted');
  }
  // a user name in brackets made of the name before it: "M. Brzezinski (mbrzezinski)", "Dr Danielle Moreau (dmoreau)", "Tom Ng (tom.ng2)"
  if (text.includes(' (')) for (let m = scan(BRACKETED_HANDLE_RE, text); m; m = BRACKETED_HANDLE_RE.exec(text)) {
    const before = NAME_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 100), m.index).replace(CREDENTIAL_END_RE, ' '));
    if (!before) continue;
    const handle = m[1]!.replace(/\d+$/, '').replace(/[._-]/g, '');
    const words = before[0].toLowerCase().split(/[\s.]+/).filter(Boolean).map((w) => w.replace(/['’-]/g, ''));
    const last = words[words.length - 1]!;
    // (the given name is the word before the surname, or the first of three: "Dr M. Brzezinski" has "m")
    const made = (first: string) => handle === first[0]! + last || handle === first + last || handle === last + first[0];
    if (!(made(words[words.length - 2]!) || (last.length >= 3 && handle === last))) continue;
    ctx.add(m.index + 1, m.index + 1 + m[1]!.length, 'ID', 0.8, 'handle-of-name');
  }
  // "generated by user tbeaudry", "logged in as user kpatel2": a user named after the word user
  if (/\buser [a-z]/.test(text)) for (let m = scan(USER_HANDLE_RE, text); m; m = USER_HANDLE_RE.exec(text)) {
    const v = m[1]!;
    const w = v.replace(/\d+$/, '');
    if (ctx.lex.english.has(w) || ctx.lex.clinical.has(w) || ctx.lex.drugs.has(w) || HANDLE_NOT_LAST.has(w)) continue;
    ctx.add(m.index + m[0].length - v.length, m.index + m[0].length, 'ID', 0.75, 'handle-user');
  }
  // in a log (timestamps or addresses on two lines), or after a word for who did it, an initial glued to a surname is a user:
  // "kpatel", "mfernandes", "mgarciap"; "Logged by mdunleavy", "updated_by": "kthorsby", "<operator>nmwangi"
  const log = LOG_HINT_RE.test(text) && (text.match(LOG_LINE_RE)?.length ?? 0) >= 2;
  if (log || USER_CUE_TEST.test(text)) for (const t of ctx.tokens) {
    if (t.cap || t.upper || t.num || t.text.length < 5 || t.text.length > 20 || !/^[a-z]+\d{0,4}$/.test(t.text)) continue;
    // (in a column after the line's timestamp or address, or right after the cue)
    const inLog = log && inLogColumn(text, t.start);
    const before = text.slice(Math.max(0, t.start - 20), t.start);
    const chat = CHAT_SENDER_BEFORE_RE.test(before) && /^:[ \t]/.test(text.slice(t.end, t.end + 2));
    if (!inLog && !chat && !USER_CUE_BEFORE_RE.test(before)) continue;
    const w = t.text.replace(/\d+$/, '');
    // (in a field that holds only a login, any word no list knows: "updated_by": "kthorsby")
    // (and in a log's column, a word of six letters or more that no list knows and that is no system's word made of two,
    // "dtrevelyan", "ckinyanjui", not "autoverify")
    if (w.length >= 5 && ctx.lex.flags(w) === 0 && ((LOGIN_FIELD_BEFORE_RE.test(before) && /^["']?(?:[,\s}]|$)/.test(text.slice(t.end, t.end + 2))) || (inLog && w.length >= 6 && !endsInWord(ctx, w)))) {
      ctx.add(t.start, t.end, 'ID', 0.7, 'username-log');
      continue;
    }
    // (after "by", a word that is itself a surname is not an initial and a surname: "Found by harbour staff"; in a log's
    // column it is a user all the same: "sanderson", "clewis")
    if (ctx.lex.english.has(w) || ctx.lex.clinical.has(w) || ctx.lex.drugs.has(w) || ctx.lex.firstNames.has(w) || (!inLog && ctx.lex.lastNames.has(w))) continue;
    // (a chat's sender is more often a given name, so its surname is a longer one: "kfinnegan", not "hamish")
    const surname = (x: string) => x.length >= (chat && !inLog ? 6 : 4) && ctx.lex.lastNames.has(x) && !ctx.lex.english.has(x);
    if (surname(w.slice(1)) || surname(w.slice(1, -1)) || surname(w.slice(2))) ctx.add(t.start, t.end, 'ID', 0.7, 'username-log');
  }
  // a Myanmar national registration card: "12/BaHaNa(N)048812", "13/LaKhaNa(N)071845"
  if (text.includes('(N)') || text.includes('(E)') || text.includes('(P)')) for (let m = scan(MYANMAR_NRC_RE, text); m; m = MYANMAR_NRC_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'ID', 0.9, 'id-myanmar-nrc');
  // a Thai medical or medical technology licence: "ว.38817", "ทน.5521"
  if (/(?:ว|ทน|พ|ภ)\.\s?\d/.test(text)) for (let m = scan(THAI_LICENCE_RE, text); m; m = THAI_LICENCE_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'LICENSE', 0.85, 'license-thai');
  // licence plates
  if (wc.any & C_PLATE_CUE) for (const t of ctx.tokens) {
    if (!(wc.of[t.index]! & C_PLATE_CUE)) continue;
    PLATE_CUE_RE.lastIndex = t.start;
    const m = PLATE_CUE_RE.exec(text);
    if (!m) {
      const later = plateLater(ctx, t);
      if (later) ctx.add(later[0], later[1], 'VEHICLE', 0.8, 'plate-later');
      continue;
    }
    const v = m[1]!.replace(/[\s-]+$/, '');
    // (an emirate's name is part of a UAE plate, not of its length: "Dubai K 48213")
    const alnum = v.replace(EMIRATE_PREFIX_RE, '').replace(/[\s-]/g, '');
    if (alnum.length < 4 || alnum.length > 10 || !/\d/.test(v)) continue;
    if (/^\d+$/.test(alnum) && t.lower !== 'plate' && t.lower !== 'plates' && t.lower !== 'rego') continue; // "registration 2019"
    const s = m.index + m[0].length - m[1]!.length;
    if (isClinicalCode(ctx, v) || clinicalAfterPlate(ctx, v, text.slice(s + v.length, s + v.length + 8))) continue;
    ctx.add(s, s + v.length, 'VEHICLE', 0.9, 'plate-cue');
  }
  if (LOCAL_SCRIPT_TEST.test(text)) for (const m of text.matchAll(LOCAL_SCRIPT_PLATE_RE)) ctx.add(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'VEHICLE', 0.85, 'plate-local-script');
  if (/[A-Z]{2}\d{2}\s?[A-Z]{3}/.test(text)) for (let m = scan(PLATE_UK_RE, text); m; m = PLATE_UK_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'VEHICLE', 0.75, 'plate-uk');
  if (/[A-Z]{2}[ -]?\d/.test(text)) for (let m = scan(PLATE_IN_RE, text); m; m = PLATE_IN_RE.exec(text)) {
    if (!/[ -]/.test(m[0]) && m[0].length < 9) continue;
    ctx.add(m.index, m.index + m[0].length, 'VEHICLE', 0.75, 'plate-in');
  }
  if (/\b[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4}[ ]?\d{4}/.test(text)) for (let m = scan(IBAN_RE, text); m; m = IBAN_RE.exec(text)) if (/\d{6}/.test(m[0].replace(/ /g, ''))) ctx.add(m.index, m.index + m[0].length, 'ACCOUNT', 0.85, 'iban');
  if (/[Xx*•]{3}[\s-]|[*•]{2}\d/.test(text)) for (let m = scan(MASKED_NUMBER_RE, text); m; m = MASKED_NUMBER_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'ID', 0.75, 'masked-number');
  if (/\bK[A-Z]{2}\s?\d{3}[A-Z]\b/.test(text)) for (let m = scan(PLATE_KE_RE, text); m; m = PLATE_KE_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'VEHICLE', 0.75, 'plate-ke');
  // social media handles: "@drjones_md", "@grace.adeyemi"
  if (text.includes('@')) {
    for (let m = scan(HANDLE_RE, text); m; m = HANDLE_RE.exec(text)) {
      if (/^\p{Lu}\p{Ll}+$/u.test(m[1]!)) continue; // "@Nkechi": a mention of a person, handled with the names
      ctx.add(m.index, m.index + m[0].length, 'ID', 0.8, 'handle');
    }
  }
  if (/\d\.\d+\.\d+\.\d+\.\d/.test(text)) for (let m = scan(OID_RE, text); m; m = OID_RE.exec(text)) {
    // an OID naming a code system or an assigning authority ("system": "urn:oid:2.16.840...") identifies no one; the value beside it does
    // (in HL7 CDA a root with an extension names the authority; a root alone is the identifier itself)
    const lead = text.slice(Math.max(0, m.index - 30), m.index);
    if (/"system"\s*:\s*"urn:oid:$|\bcodeSystem\s*=\s*["']?$/.test(lead) || (/\broot\s*=\s*["']?$/.test(lead) && /^["']?\s+extension\s*=/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)))) continue;
    ctx.add(m.index, m.index + m[0].length, 'ID', 0.85, 'oid');
  }
  if (text.includes(')')) for (let m = scan(UDI_RE, text); m; m = UDI_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'DEVICE', 0.9, 'udi');
  // Generic identifying numbers: long digit strings and mixed alphanumeric codes.
  if (/\d{7}/.test(text)) for (let m = scan(LONG_DIGITS_RE, text); m; m = LONG_DIGITS_RE.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (UNIT_AFTER.test(after)) continue;
    // a drug's product number: "DIN 02184435" (Canada), "NDC 0409662502", "PZN 01126111" (Germany)
    if (/\b(?:DIN|NDC|PZN|GTIN|AUST\s?[RL])\s*:?\s*#?\s*$/.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    ctx.add(m.index, m.index + m[0].length, 'ID', 0.7, 'long-number');
  }
  for (let m = scan(MIXED_CODE_RE, text); m; m = MIXED_CODE_RE.exec(text)) {
    const s = m[0];
    if (s.length < 6 || (m.index > 0 && /[\w-]/.test(text[m.index - 1]!)) || /^[a-z]/i.test(text[m.index + s.length] ?? '')) continue;
    let digits = 0;
    let letters = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else if (c >= 65 && c <= 90) letters++;
    }
    if (digits < 3) continue; // neither a VIN (>= 3 digits) nor a code (>= 4)
    if (s.length === 17 && /^[A-HJ-NPR-Z0-9]{17}$/.test(s) && digits >= 3) {
      ctx.add(m.index, m.index + 17, 'VEHICLE', 0.85, 'vin');
      continue;
    }
    if (digits < 4 || s.length < 6) continue;
    if (letters === 0) continue;
    if (isClinicalCode(ctx, s) || isUncuedClinicalCode(s) || isModelAfterBrand(ctx, m.index) || isModelBeforeSerial(ctx, m.index, m.index + s.length)) continue;
    // vaccine / drug batch numbers are not identifiers of a person
    if (/\bbatch(?:\s(?:no\.?|number|#))?\s*[:#]?\s*$/i.test(text.slice(Math.max(0, m.index - 18), m.index))) continue;
    ctx.add(m.index, m.index + s.length, 'ID', 0.65, 'mixed-code');
  }
}
