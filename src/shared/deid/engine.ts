import { buildLexicon, C_BIO, C_HOLIDAY, C_ID_CUE, C_KEYWORD, C_MONTH, C_ORD_FIRST, C_PLATE_CUE, C_SPOKEN, C_SSN, classMap, type Lexicon, W_CLINICAL, W_DRUG, W_ENGLISH, W_GENE } from './dictionaries';
import { createEdgeDecision, createEdgeReader, extendEdges } from './model/edges';
import { COVERED, COVERED_BY_NAME_OR_PLACE, createWordTagger, isJoinable, TAGGER_RULE } from './model/tagger';
import { addressRules, HOSPITAL_UNIT_NOT_ACRONYMS } from './rules/addresses';
import { AGE_BESIDE_NAME_RE, ageRules, agesAfterNames } from './rules/ages';
import { BIO_WORDS, biometricRules, widenMarks } from './rules/biometrics';
import { codeRules, KEYWORD } from './rules/codes';
import { contactRules } from './rules/contact';
import { type Ctx, MONTHS, TITLES, type Token, tokenAt, tokenize, WEEKDAYS } from './rules/context';
import { withoutEponymsInUse } from './rules/eponyms';
import { widenDates } from './rules/date-words';
import { joinAcrossPunctuation } from './rules/punctuation';
import { wordOccurrences } from './rules/scans';
import { dateRules, HOLIDAY_FIRST, MONTH_WORDS, ORD_FIRST } from './rules/dates';
import { BESIDE_NOT_PART_KINDS, CJK_RE, DEPARTMENTS, entityRules, hasKind, kindOf, PLACE_HEAD_KINDS } from './rules/entities';
import { CUE_FIRST, idRules, PLATE_CUE_FIRST, SSN_WORDS } from './rules/ids';
import { recordRules } from './rules/records';
import { SPOKEN_WORDS, spokenRules } from './rules/spoken';
import { tableRules } from './rules/tables';
import { type DeidDictionaryData, type FindOptions, type Finding, freeBeside, type PhiType } from './types';
import { WordCache } from './word-cache';

/** Priority when two findings of different types overlap (higher wins at equal confidence). */
const TYPE_PRIORITY: Record<PhiType, number> = {
  EMAIL: 10, URL: 9, IP: 9, SSN: 9, PHONE: 8, FAX: 8, MRN: 8, HEALTH_PLAN: 8, ACCOUNT: 8, LICENSE: 8,
  VEHICLE: 8, DEVICE: 8, BIOMETRIC: 7, DATE: 6, AGE: 6, LOCATION: 5, NAME: 5, ID: 4,
};

/** An Eircode after a town or county: "Co. Galway H54 X2K7" (a routing key, then four letters and digits mixed). */
const EIRCODE_AFTER_RE = /^,? (?:[AC-FHKNPRTV-Y]\d{2}|D6W) (?=[A-Z]{0,3}\d)(?=\d{0,3}[AC-FHKNPRTV-Y])[AC-FHKNPRTV-Y0-9]{4}\b/;
/** A kind of workplace right after a name: "the Tyson plant", "Amazon warehouse", "cumberland infirmary". */
const WORKPLACE_AFTER_RE = /^ (?:plant|factory|warehouse|fulfil?ment cent(?:re|er)|distribution cent(?:re|er)|depot|refinery|mill|foundry|abattoir|call cent(?:re|er)|infirmary|hospital|hospice|nursing home|care home|medical cent(?:re|er)|health cent(?:re|er))\b/;

/** An initial after a given name: "P.", or "P" before a cell's or clause's end, a year group, an age or a bracket. */
const INITIAL_AFTER_RE = /^ (?:\p{Lu}\.(?=[,;)\s]|$)|\p{Lu}(?=[ \t]*(?:[|,;)\n]|$))|[B-HJ-Z](?=[ \t]+(?:\d|yr\d*\b|year\b|\()))/u;
/** The same in lower-case notes: "marcus j took a knock", "bella k, 16" (never "a" or "i", which are words). */
const LOWER_INITIAL_AFTER_RE = /^ (?:[a-z]\.(?=[,;)\s]|$)|[b-hj-z](?=[ \t]*(?:[|,;)\n]|$)|[ \t]+(?:\d|yr\d*\b|year\b|\(|took\b|was\b|is\b|has\b|had\b|said\b|says\b)))/;
/** A surname's initial after a comma: "PATEL, A 55", "Okafor, C |", "NWOSU, A (74F)" (before an age, a bracket, a cell's end or a line's end). */
const SURNAME_INITIAL_AFTER_RE = /^, \p{Lu}\.?(?=[ \t]+(?:\d|\()|[ \t]*(?:[|;)\n]|$))/u;
/** The same before a label in capitals, after a surname in capitals: "OKONJO, F MRN" (not "Kelly, A GP in town"). */
const CAPS_SURNAME_INITIAL_AFTER_RE = /^, \p{Lu}(?=[ \t]+[A-Z]{2,5}\b)/u;
/** A measurement's name right before "at", "now" or "aged": "Sats at 96", "Weight now 93", "Diastolic at 91". */
const MEASURE_BEFORE_AGE_RE = /\b(?:sats?|spo2|o2|fio2|bp|sbp|dbp|map|hr|rr|temp|pulse|gcs|weight|wt|glucose|bm|sugars?|score|hb|hgb|heart\s+rate|pain|systolic|diastolic|rate|level|count|k|na|potassium|sodium|ef|lvef)\)?\s+(?:\w+\s+)?(?:at|now|of)\s$/i;
/** The kind of a small place, in lower case after its name: "Khanke camp", "Shulinab village", "Abaiskaya mine". */
const PLACE_KIND_AFTER_RE = /^ (?:camp|settlement|village|mahalla|mohalla|woreda|kebele|district|township|mine|estate|compound|colony|neighbou?rhood|suburb|town|county|church|chapel|mosque|masjid|temple|mandir|pagoda|gurdwara|shrine|market|bazaar|bridge|road|rd|crossing|junction|roundabout|bus (?:stand|stop|station|park)|taxi rank|stage|(?:filling|petrol|gas|service) station|outstation|lagoon|lake|river|creek|weir|dam|bore|hut|tannery|piggery|farm|ranch|hawker cent(?:re|er)|spaza|kiosk|square|yard|plantation|quarry|wharf|jetty|pier|harbour|beach|oval|barracks|slough|airstrip|cemetery|graveyard)(?![\p{L}\d-])/u;
/** A day written as an ordinal: "2nd of March", "9th". */
const ORDINAL_START_RE = /^(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b/;
const ORDINAL_END_RE = /(?:^|\D)(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)$/;
/** The second day of a pair, "the 9th & 10th nights", "the 20th to the 24th" (not "3rd and 4th fingers"). */
const SECOND_ORDINAL_RE = /^ ?(?:&|and|or|to|-|–|through|till|until) (?:the )?(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)(?![\p{L}\p{N}])(?!\s+(?:fingers?|toes?|ribs?|doses?|cycles?|lines?|centiles?|percentiles?|trimesters?|metacarpals?|metatarsals?|intercostal|cranial|ventricles?|degree|generation|grade|years?|weeks?|months?|times?|place|floor|pregnancy|child|baby|attempts?|episodes?|visits?|sessions?|rounds?)\b)/u;
/** A day and month in figures, "7/18", "23/10". */
const DAY_MONTH_RE = /^\d{1,2}\/\d{1,2}$/;
/** The connectors of a list, as opposed to a range's ("through", "to", "-"). */
const LIST_CONNECTOR_RE = /(?:, | and | & | or )/;
const LISTED_DAY_AFTER_RE = /^(?:, | and | & | or | vs\.? | through | thru | to | until | till | ?[-–] ?)(\d{1,2}\/\d{1,2})(?![\d/])/;
const LISTED_DAY_BEFORE_RE = /(?<![\d/.])(\d{1,2}\/\d{1,2})(?:, | and | & | or | vs\.? | through | thru | to | until | till | ?[-–] ?)$/;
/** Both ways round, one of the two numbers is a month and the other a day of it. */
const validDayMonth = (dm: string): boolean => {
  const [a, b] = dm.split('/').map(Number) as [number, number];
  return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
};

/** The label of an implant's lot or serial number, which the labelled identifier takes in: "SN ", "S/N: ", "LOT ". */
const DEVICE_LABEL_BEFORE_RE = /(?:^|[\s(/,;:])((?:S\/N|SN|LOT|Lot|lot)[:#]?\s?)$/;

/** Labels before a number that are no part of it, beyond the cue words of the identifier rules. */
const ID_LABELS = new Set(['NO', 'NR', 'NUM', 'ID', 'REF', 'TEL', 'PH', 'FAX', 'MOB', 'DOB', 'AGE', 'BED', 'RM', 'ROOM', 'WARD', 'BAY', 'CAS', 'HN', 'AN', 'UR', 'VN', 'RN', 'MD', 'DR', 'PC', 'DC', 'PS', 'DS']);

/** A firm's legal suffix after its name: "Rosen Adeyemi LLP", "Lindqvist & Park, P.C.", "Calder Chemicals Ltd". */
const FIRM_AFTER_RE = /^,? (?:LLP|LLC|PLLC|P\.C\.|PC|Ltd\.?|Limited|Inc\.?|GmbH|B\.V\.|N\.V\.|S\.A\.|S\.L\.|Pty\.? Ltd\.?|Solicitors|Attorneys(?: at Law)?|& Co\.?|& Partners|& Associates)(?![\p{L}\p{N}])/u;

/**
 * A rule's finding, made by a constructor: V8 moved the findings of an object literal, which outlive a young-generation
 * collection, straight to the old generation (as it did tokens, rules/context.ts TextToken).
 */
class RuleFinding implements Finding {
  constructor(
    public start: number,
    public end: number,
    public type: PhiType,
    public confidence: number,
    public rule: string,
  ) {}
}

export interface DeidEngine {
  findIdentifiers(text: string, options?: FindOptions): Finding[];
  readonly lexicon: Lexicon;
}

/** Types whose value is the same identifier wherever it is repeated. */
const REPEATED_TYPES = new Set<PhiType>(['ID', 'MRN', 'ACCOUNT', 'HEALTH_PLAN', 'LICENSE', 'VEHICLE', 'DEVICE', 'PHONE', 'EMAIL', 'SSN']);

/** Sorts, then merges overlapping findings into non-overlapping ones. */
export function mergeFindings(findings: Finding[]): Finding[] {
  const sorted = findings
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      // overlap: union the span, keep the stronger type
      const better =
        f.confidence > last.confidence + 0.05 ||
        (Math.abs(f.confidence - last.confidence) <= 0.05 && TYPE_PRIORITY[f.type] > TYPE_PRIORITY[last.type]);
      const merged: Finding = better ? { ...f } : { ...last };
      merged.start = Math.min(last.start, f.start);
      merged.end = Math.max(last.end, f.end);
      merged.confidence = Math.max(last.confidence, f.confidence);
      out[out.length - 1] = merged;
    } else {
      out.push({ ...f });
    }
  }
  return out;
}

/**
 * The last step, on merged findings: joins the parts of one address, one "Surname, Given" name or one
 * description of marks; extends a place by what belongs to it; finds an identifier again wherever it repeats.
 * (A function of its own: findIdentifiers with all of it inline ran about 10% slower.)
 */
/** Replaces `count` neighbouring findings from index `i` with one that spans them (from `start`, by default the first's). */
function joinFindings(merged: Finding[], i: number, count: number, start = merged[i]!.start): void {
  const parts = merged.slice(i, i + count);
  merged.splice(i, count, { ...parts[0]!, start, end: parts[count - 1]!.end, confidence: Math.max(...parts.map((p) => p.confidence)) });
}

/**
 * Joins a word the tagger found to the rules' name or place of the same type beside it ("Lola" + "King", "KHUMALO, Sipho"),
 * under the rule's name. One pass that joins onto the last finding kept, so a run of thousands of joined words stays linear.
 */
function joinTagged(text: string, merged: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const b of merged) {
    const a = out[out.length - 1];
    if (a && (a.rule === TAGGER_RULE || b.rule === TAGGER_RULE) && a.type === b.type && (a.type === 'NAME' || a.type === 'LOCATION') && (isJoinable(text, a.end, b.start) || isSurnameThenGiven(text, a, b))) {
      out[out.length - 1] = { ...a, end: b.end, confidence: Math.max(a.confidence, b.confidence), rule: a.rule === TAGGER_RULE ? b.rule : a.rule };
    } else out.push(b);
  }
  return out;
}

/**
 * Whether two names with a comma between them are one person's surname and given name in a list or a record line: the
 * given name ends its field ("Baker, Bill)", "KHUMALO, Sipho  DOB") or the record goes on ("pt Truong, Kim-Thoa dob 2/14/1955").
 */
function isSurnameThenGiven(text: string, a: Finding, b: Finding): boolean {
  if (a.type !== 'NAME' || b.type !== 'NAME' || text.slice(a.end, b.start) !== ', ') return false;
  const next = text.slice(b.end, b.end + 10);
  if (!/^[ \t]*(?:\(|-|–|\)|\||\n|$|["”'’])|^[ \t]{2}|^[ \t]\p{Lu}\.?,|^[ \t]+[a-z]+=|^,[ \t]*(?:\d|ur\.|DOB|MRN|b\.)|^[ \t]+\d{1,3}[ \t]?\/?[ \t]?(?:[yY][oO]?|[yY][rR][sS]?|[MFmf])\b/u.test(next) && !/^[ \t]+(?:dob|d\.o\.b\.?|mrn|nhs|chi|born|aged?)\b/i.test(next)) return false;
  // ("M.O'B., J. Smith": initials are a whole name already)
  return !/\b(?:and|&|or)\s*$/.test(text.slice(b.start, b.end)) && !/[,;.]$|[,;]/.test(text.slice(a.start, a.end));
}

/**
 * Moves `f`'s start back to `s`, emptying into it the findings of `type` inside [s, f.start) (a last merge drops them).
 * Returns how many it emptied, or -1, moving nothing, when another finding is in the way.
 */
function startBackOver(merged: Finding[], f: Finding, s: number, type: PhiType): number {
  const inside = merged.filter((g) => g !== f && g.start < f.start && g.end > s);
  if (!inside.every((g) => g.type === type && g.start >= s && g.end <= f.start)) return -1;
  for (const g of inside) g.end = g.start;
  f.start = s;
  return inside.length;
}


/**
 * Dates, ages and plates completed from what was found beside them: "Thurs 9" + "th", "the" before "2nd of March",
 * the second day of "the 9th & 10th", the other days of "7/18, 7/22, 7/29", an age after a name ("koro wiremu, 93."),
 * the last letters of a plate ("KJA 555" + " EH"). Returns the new findings; extends the others in place.
 */
function extendDatesAgesPlates(text: string, merged: Finding[]): Finding[] {
  const added: Finding[] = [];
  for (const f of merged) {
    if (f.type === 'DATE') {
      const suffix = /^(?:st|nd|rd|th)\b/.exec(text.slice(f.end, f.end + 3));
      if (suffix && /\d$/.test(text.slice(f.end - 1, f.end))) f.end += 2;
      if (ORDINAL_START_RE.test(text.slice(f.start, f.start + 5)) && /\bthe $/i.test(text.slice(Math.max(0, f.start - 5), f.start)) && freeBeside(merged, f, f.start - 4, f.start)) f.start -= 4;
      // ("né le 2 février", "el 22 de mayo": the article of a day in French, Spanish and Italian belongs to it)
      const article = /^\d/.test(text.slice(f.start, f.start + 1)) ? /(?:^|[\s(])((?:le|el|il) )$/.exec(text.slice(Math.max(0, f.start - 4), f.start)) : null;
      if (article && freeBeside(merged, f, f.start - article[1]!.length, f.start)) f.start -= article[1]!.length;
      const second = ORDINAL_END_RE.test(text.slice(Math.max(f.start, f.end - 4), f.end)) ? SECOND_ORDINAL_RE.exec(text.slice(f.end, f.end + 24)) : null;
      if (second && freeBeside(merged, f, f.end, f.end + second[0].length)) f.end += second[0].length;
      if (DAY_MONTH_RE.test(text.slice(f.start, f.end))) {
        // the neighbours in a list, each way, as long as the list goes on
        // (a range between two values over the same number is a change of score, "pain from 8/10 to 3/10")
        const over = text.slice(f.start, f.end).split('/')[1];
        const scoreRange = (m: RegExpExecArray) => !LIST_CONNECTOR_RE.test(m[0]) && m[1]!.split('/')[1] === over;
        for (let e = f.end, m = LISTED_DAY_AFTER_RE.exec(text.slice(e, e + 16)); m && validDayMonth(m[1]!) && !scoreRange(m); m = LISTED_DAY_AFTER_RE.exec(text.slice(e, e + 16))) {
          const s = e + m[0].length - m[1]!.length;
          e = s + m[1]!.length;
          if (!freeBeside(merged, f, s, e)) break;
          added.push({ ...f, start: s, end: e, rule: 'date-listed' });
        }
        for (let s = f.start, m = LISTED_DAY_BEFORE_RE.exec(text.slice(Math.max(0, s - 16), s)); m && validDayMonth(m[1]!) && !scoreRange(m); m = LISTED_DAY_BEFORE_RE.exec(text.slice(Math.max(0, s - 16), s))) {
          const e = s - m[0].length + m[1]!.length;
          s = e - m[1]!.length;
          if (!freeBeside(merged, f, s, e)) break;
          added.push({ ...f, start: s, end: e, rule: 'date-listed' });
        }
      }
    } else if (f.type === 'VEHICLE') {
      const tail = /^ [A-Z]{1,3}(?![\p{L}\p{N}])/u.exec(text.slice(f.end, f.end + 5));
      if (tail && /\d$/.test(text.slice(f.end - 1, f.end)) && freeBeside(merged, f, f.end, f.end + tail[0].length)) f.end += tail[0].length;
    } else if (f.type === 'NAME') {
      const age = AGE_BESIDE_NAME_RE.exec(text.slice(f.end, f.end + 16));
      if (age) {
        const s = f.end + age[0].length - age[1]!.length;
        if (freeBeside(merged, f, s, s + age[1]!.length)) added.push({ start: s, end: s + age[1]!.length, type: 'AGE', confidence: 0.8, rule: 'age-after-name' });
      }
    }
  }
  return added;
}

/**
 * Joins the parts of one person's name found apart: a nickname in quotes or brackets inside it, "s/o" and "binti", an
 * initial before it ("T. Beaudry"), a list's "Surname, Given". Runs on the rules' findings, then again once the tagger's
 * words have joined them ('"Chalky" White' is a rule's nickname and a tagger's surname).
 */
function joinNameParts(text: string, merged: Finding[]): void {
  // "Ó Súilleabháin, Pádraig (90) - AF review", "(Baker, Bill)": surname and given name of one person in a
  // list or record line are one name
  for (let i = merged.length - 2; i >= 0; i--) {
    const a = merged[i]!;
    const b = merged[i + 1]!;
    if (a.type !== 'NAME' || b.type !== 'NAME') continue;
    const gap = text.slice(a.end, b.start);
    // 'Tyler "T-Rex" Robinson', "Konstantinos (Con) Papadopoulos": a nickname in quotes or brackets inside a name is part of it
    if (/^ (?:["“]\p{L}[\p{L}'’ -]{0,20}["”]|\(["“]?\p{Lu}[\p{L}'’. -]{0,20}["”]?\)) $/u.test(gap)) {
      joinFindings(merged, i, 2);
      continue;
    }
    // (and when the nickname was found too, only with a name on both sides: not 'told Ann "Bob said"')
    const c = merged[i + 2];
    if (c?.type === 'NAME' && ((/^ \(?["“]$/.test(gap) && /^["”]\)? $/.test(text.slice(b.end, c.start))) || (gap === ' (' && text.slice(b.end, c.start) === ') '))) {
      joinFindings(merged, i, 3);
      continue;
    }
    // 'Jordan "JJ" Mulgrew': a capitalised word before a quoted nickname and a surname is the given name, whatever else it is
    const given = /(?:^|[\s:(])(\p{Lu}[\p{L}'’-]+) ["“]$/u.exec(text.slice(Math.max(0, a.start - 30), a.start));
    if (given && /^["”] $/.test(gap) && !merged.some((g) => g.end > a.start - given[0].length && g.end <= a.start - 2)) {
      joinFindings(merged, i, 2, a.start - given[1]!.length - 2);
      continue;
    }
    // '"Moose" Lachance': a quoted nickname before a surname is part of the name
    if (/^["”] $/.test(gap) && /["“]/.test(text[a.start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[a.start - 2] ?? ' ')) {
      joinFindings(merged, i, 2, a.start - 1);
      continue;
    }
    // "T. Beaudry", "Ch. Sultanova", "M.H.": an initial or an abbreviated given name and what follows it are one name
    // (not the last of a run of initials, "E.J. Mulder", which the initials' own step below takes whole)
    if ((gap === '. ' || (gap === '.' && /^\p{Lu}\.?$/u.test(text.slice(b.start, b.end)))) && /^(?:\p{Lu}|Ch|Md|Ma|Mo|Wm|Th)$/u.test(text.slice(a.start, a.end)) && text[a.start - 1] !== '.') {
      joinFindings(merged, i, 2);
      continue;
    }
    // "Muthu Krishnan s/o Ramasamy", "Rosnah binte Ismail": son or daughter of, one name
    // (and two names side by side are one: "EL IDRISSI, FATIMA ZAHRA" then joins over its comma)
    if (/^ (?:s\/o|d\/o|a\/l|a\/p|bin|binti|binte|bint|ibn) $/i.test(gap) || gap === ' ') {
      joinFindings(merged, i, 2);
      continue;
    }
    if (isSurnameThenGiven(text, a, b)) joinFindings(merged, i, 2);
  }
}

/** The last word of an address, abbreviated: "St", "Dist.", "Subd.", "Ote." (Mexican east), "Pde", "Sok." (Turkish street). */
const STREET_ABBREVIATION_END_RE = /(?:^|[\s.])(?:St|Rd|Ave|Av|Dist|Subd|Blvd|Ote|Pte|Nte|Pde|Cres|Ct|Ln|Pl|Sq|Tce|Hwy|Bldg|Ext|Sok|Mah|Cad|Str|Brgy|Pob)$/;
/** The marks that write the glottal stop at a Polynesian name's start ("'Ana", "ʻOkalani"). */
const GLOTTAL_STOPS = "'‘ʻ";
/** The label of an address right before it: "Domicilio: ", "Residenza: ", "lives ", "r/o ". */
const ADDRESS_LABEL_BEFORE_RE = /(?:^|[\s(|])(?:address|addr\.?|adresse|adres|adresa|anschrift|wohnhaft|domicilio|direcci[oó]n|endere[cç]o|morada|residenza|indirizzo|alamat|địa chỉ|lives(?: at| on| in)?|living at|resides(?: at| in)?|r\/o|woont(?: aan| op| in)?|bor p[aå]|mieszka|vive en|vive em|vit [aà])[ \t]*[:.\-–]?[ \t]*$/i;
/** A house number after a street's name: "Hlavná 48", "Rehov HaPalmach 41" (taken before a postcode or a place, or after an address's label). */
const HOUSE_NUMBER_AFTER_RE = /^ (\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?)(?![\p{L}\p{N}]|[.,:/-]\d)/u;
/** The rules that find a name by what shows it is a person's: a title, a relation, an age, a label, an introduction. */
const PERSON_RULE_RE = /^name-(?:relation|title|age|label|intro|family|lower|chat|cue|caps)/;
/** A postcode after a comma: "069120", "040 01", "417 56", "80137", "C1424". */
const POSTCODE_AFTER_RE = /^,[ \t]*(?:\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4,6}|[A-Z]\d{4})(?![\p{L}\p{N}])/u;
/** A city's numbered district, ending its part of the address: "Dublin 8", "Lyon 7e", "Praha 5" (the city may have been read as a surname; not "Dublin 2 weeks ago"). */
const CITY_DISTRICT_RE = /^(?:Dublin|Paris|Lyon|Marseille|Praha|Wien)$/;
const DISTRICT_AFTER_RE = /^ (?:(?:[1-9]|1\d|20)(?:e|er|ème)(?![\p{L}\p{N}])|(?:[1-9]|1\d|2[0-4])W?(?=[ \t]*(?:[,.;)\n]|$)|[ \t][-–][ \t])(?![.,]\d))/u;
/** A house number before a street, after a line's start, a comma, a colon or a bracket: "7 Ollach, Braes", "33 Harbour Esplanade" (not a year, "2019 Freightliner Cascadia", nor a clock's minutes). */
const HOUSE_NUMBER_BEFORE_RE = /(?:^|\n|[,(][ \t]*|:[ \t]+|(?:^|\n)[ \t]*[-•*][ \t]+|\b(?:at|to|from|r\/o)[ \t]+)(?!(?:19|20)\d\d )(\d{1,5}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?)?) $/;
/** What follows a street in an address: a comma and a capitalised place or a postcode, or the line's end. */
const STREET_END_AFTER_RE = /^(?:,[ \t]*(?:\p{Lu}|\d{4})|[ \t]*(?:\r?\n|$))/u;

/**
 * House numbers and districts that belong to a street or a town found beside them: "Hlavná 48" and "Los Canelos 455" after
 * an address's label or before a postcode, "7 Ollach, Braes" after a line's start, "Dublin 8". A name the rules read as a
 * person's becomes a place. Returns whether a finding was emptied into another.
 */
function addressNumbers(text: string, merged: Finding[], afterEdges = false): boolean {
  let absorbed = false;
  for (let i = 0; i < merged.length; i++) {
    const f = merged[i]!;
    if (f.type !== 'NAME' && f.type !== 'LOCATION') continue;
    if (text.charCodeAt(f.end) === 32 && !/\d$/.test(text.slice(f.end - 1, f.end))) {
      const words = text.slice(f.start, f.end);
      const district = CITY_DISTRICT_RE.test(words) ? DISTRICT_AFTER_RE.exec(text.slice(f.end, f.end + 6)) : null;
      if (district && freeBeside(merged, f, f.end, f.end + district[0].length)) {
        f.end += district[0].length;
        f.type = 'LOCATION';
        continue;
      }
      const house = f.type === 'NAME' ? HOUSE_NUMBER_AFTER_RE.exec(text.slice(f.end, f.end + 14)) : null;
      // (or before the next part of the address, a place found after a comma: "Derech Ha'Atzmaut 88, Haifa")
      const next = merged[i + 1];
      // (not a person's age, or age and sex: "Mere Tuilau 38F, Lot 12", "pt aybek seytmuratov 31, Kazakh-Aul mahalla")
      const person = f.type === 'NAME' && (PERSON_RULE_RE.test(f.rule) || /^ \d{1,3}[MFmf]$/.test(house?.[0] ?? ''));
      // (once every place has its ends, after the edge model, and for a street's name in capitals)
      const placeAfter = afterEdges && !!house && !person && /^\p{Lu}/u.test(text.slice(f.start, f.start + 1)) && next?.type === 'LOCATION' && /^,[ \t]?$/.test(text.slice(f.end + house[0].length, next.start));
      if (house && (placeAfter || POSTCODE_AFTER_RE.test(text.slice(f.end + house[0].length, f.end + house[0].length + 12)) || ADDRESS_LABEL_BEFORE_RE.test(text.slice(Math.max(0, f.start - 24), f.start))) && freeBeside(merged, f, f.end, f.end + house[0].length)) {
        f.end += house[0].length;
        f.type = 'LOCATION';
        continue;
      }
    }
    const before = text.charCodeAt(f.start - 1) === 32 && /\d/.test(text[f.start - 2] ?? '') ? HOUSE_NUMBER_BEFORE_RE.exec(text.slice(Math.max(0, f.start - 14), f.start)) : null;
    // (a name the rules read as a person's only with an address's label before it or its next part after it, never at a
    // line's end: "1 Mary Brown" heads a numbered list)
    const addressAround = f.type === 'LOCATION' || ADDRESS_LABEL_BEFORE_RE.test(text.slice(Math.max(0, f.start - 40), f.start - (before?.[0].length ?? 0))) || /^,[ \t]*(?:\p{Lu}\p{Ll}+(?:-\p{L}+|[ \t]\p{Lu}\p{Ll}+){0,3}[ \t]*(?:[,.]|\r?\n|$)|\d{4})/u.test(text.slice(f.end, f.end + 30));
    if (before && addressAround && /^\p{Lu}(?!'?CLOCK\b|'?clock\b)/u.test(text.slice(f.start, f.start + 8)) && STREET_END_AFTER_RE.test(text.slice(f.end, f.end + 8))) {
      const emptied = startBackOver(merged, f, f.start - before[1]!.length - 1, 'LOCATION');
      if (emptied >= 0) {
        absorbed ||= emptied > 0;
        f.type = 'LOCATION';
      }
    }
  }
  return absorbed;
}

function joinAndExtend(text: string, merged: Finding[], ctx: Ctx): Finding[] {
  // an implant's lot and serial are one identifier, their labels with them: "LOT 2309-4471 / SN 0021873", "(SN PJN448017H)"
  for (const f of merged) {
    if (f.type !== 'DEVICE') continue;
    const label = DEVICE_LABEL_BEFORE_RE.exec(text.slice(Math.max(0, f.start - 8), f.start));
    if (label && freeBeside(merged, f, f.start - label[1]!.length, f.start)) f.start -= label[1]!.length;
  }
  // "Lot 14, Shady Pines Mobile Home Park", "Apt 3B, 88 Sycamore Terrace": one address
  for (let i = merged.length - 2; i >= 0; i--) {
    const a = merged[i]!;
    const b = merged[i + 1]!;
    const gap = text.slice(a.end, b.start);
    if (a.type === 'DEVICE' && b.type === 'DEVICE' && /^(?: ?\/ ?| |, )$/.test(gap)) {
      joinFindings(merged, i, 2);
      continue;
    }
    // "spider web tattoo on left elbow, "MUM" on right hand knuckles": one description of the marks
    if (a.type === 'BIOMETRIC' && b.type === 'BIOMETRIC' && /^(?:,|;| \+| and|, and) $/.test(gap)) {
      joinFindings(merged, i, 2);
      continue;
    }
    if (a.type !== 'LOCATION' || (b.type !== 'LOCATION' && !(b.type === 'NAME' && /^ (?:upon|am|sur) $/.test(gap)))) continue;
    if (
      // "Apt 3B, 88 Sycamore Terrace", "Living Faith Chapel, Agbowo", "Rookery Cottage, Nether Stowey": one address
      gap === ', ' ||
      // "Tuam, Co. Galway": an Irish county
      (gap === '. ' && /\bCo$/.test(text.slice(a.start, a.end))) ||
      // "Stratford upon Avon", "Flying J in Napanee", "Moorfields at St Ann's": one place
      /^ (?:upon|on|in|at|de|du|la|del|am|an der|sur|near|w|&|and) $/.test(gap) ||
      // "성남시 분당구 정자일로 95": the parts of an East Asian address, written with spaces
      (gap === ' ' && CJK_RE.test(text[a.end - 1]!) && CJK_RE.test(text[b.start]!))
    ) {
      joinFindings(merged, i, 2);
    }
  }
  joinNameParts(text, merged);
  // (findings emptied by a join are dropped by a last merge)
  let absorbed = false;
  // "M. Osei", "A Fenwick", "Md. Salim": an initial right before a found name belongs to it
  for (const f of merged) {
    if (f.type !== 'NAME') continue;
    // (and the abbreviated given names "Md." for Mohammed, "Ma." for Maria, "Wm." for William)
    // ("W.M. Tilakaratne": Sri Lankan and South Indian names carry two or three initials)
    const ini = /(?:^|[\s(:|—–])((?:\p{Lu}\.){0,2}\p{Lu}|Md|Ma|Mohd|Muhd|Mst|Wm|Thos|Chas|Jas|MD|MA|MOHD)(\.?)[ \t]$/u.exec(text.slice(Math.max(0, f.start - 10), f.start));
    // "I" and "A" without a full stop are words ("A Fenwick" is rare; "a" starts sentences)
    if (!ini || (!ini[2] && /^(?:[IA]|\p{Lu}\p{Ll}+)$/u.test(ini[1]!))) continue;
    const s = f.start - ini[0].length + ini[0].indexOf(ini[1]!);
    // (an abbreviated given name found as a name of its own joins too: "Ma. Lourdes")
    // (called first: `absorbed ||=` would skip it once something was absorbed)
    if (startBackOver(merged, f, s, 'NAME') > 0) absorbed = true;
  }
  // "'Ana Fifita": a name that opens with the Tongan or Hawaiian glottal stop, typed as an apostrophe, keeps it
  for (const f of merged) {
    if (f.type !== 'NAME' || f.start === 0 || !GLOTTAL_STOPS.includes(text[f.start - 1]!) || /[^\s(,:]/.test(text[f.start - 2] ?? ' ') || GLOTTAL_STOPS.includes(text[f.end] ?? '.')) continue;
    // (not a quotation: "'Rosa 1989' on the left forearm")
    const lineEnd = text.indexOf('\n', f.end);
    if (/['’]/.test(text.slice(f.end, Math.min(f.end + 40, lineEnd < 0 ? text.length : lineEnd)))) continue;
    if (/^\p{Lu}\p{Ll}/u.test(text.slice(f.start, f.start + 2)) && freeBeside(merged, f, f.start - 1, f.start)) f.start--;
  }
  // "Ms van der Westhuizen", "Dr de Souza": the particles between a title and a surname belong to the name
  for (const f of merged) {
    if (f.type !== 'NAME') continue;
    // ("mr. J. van Leeuwen", "mevrouw A.M. de Graaf": initials between the title and the particles belong to the name too)
    const p = /(?:^|[\s(])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Mevr|Dhr|mr|mevrouw|meneer|heer|dhr|mevr)\.?\s+((?:\p{Lu}\.(?:\p{Lu}\.)*\s?)*(?:(?:van der|van den|von der|van|von|de la|de los|de|da|di|du|dos|das|del|della|le|la|ter|ten|bin|binti|al|el)\s)+)$/u.exec(text.slice(Math.max(0, f.start - 32), f.start));
    if (p && freeBeside(merged, f, f.start - p[1]!.length, f.start)) f.start -= p[1]!.length;
  }
  // "Khanke camp", "Qoradaryo mahalla", "Kattakurgan district", "Sahiwal road", "Baipayl bus stand": the kind of place written
  // after its name belongs to it
  // (and makes a word found as a name a place)
  // (one pass for the four, each looked at only when the character beside the finding can start it)
  for (const f of merged) {
    if (f.type !== 'LOCATION' && !(f.type === 'NAME' && f.confidence < 0.75)) continue;
    const next = text[f.end];
    // (and its number: "City Clinical Hospital No. 7")
    if (f.type === 'LOCATION' && (next === ' ' || next === ',')) {
      const numbered = /^,? (?:No\.?|Nr\.?|N°|№) ?\d{1,4}(?![\d.,]\d|\d)/.exec(text.slice(f.end, f.end + 10));
      if (numbered && freeBeside(merged, f, f.end, f.end + numbered[0].length)) f.end += numbered[0].length;
    }
    if (text[f.end] === ' ') {
      const kind = PLACE_KIND_AFTER_RE.exec(text.slice(f.end, f.end + 16));
      if (kind && freeBeside(merged, f, f.end, f.end + kind[0].length)) {
        f.end += kind[0].length;
        f.type = 'LOCATION';
      }
    }
    if (f.type !== 'LOCATION') continue;
    // "Siam Knit Garment Co.", "Lanna Cold Chain Co., Ltd.": a company's suffix keeps its full stop and its "Ltd."
    if (text[f.end] === '.' && /(?:Co|Corp|Inc|Ltd|Bhd|Pte|Pty)$/.test(text.slice(f.end - 4, f.end))) {
      const tail = /^\.(?:,? (?:Ltd|Inc|LLC|PLC|Pte|Pty)\.?(?: Ltd\.?)?)?/.exec(text.slice(f.end, f.end + 14));
      if (tail && freeBeside(merged, f, f.end, f.end + tail[0].length)) f.end += tail[0].length;
    }
    // "Colon St., Cebu City", "Xinzhuang Dist.,": an address's abbreviated last word keeps its full stop (one that ends a
    // sentence too stays outside)
    else if (text[f.end] === '.' && STREET_ABBREVIATION_END_RE.test(text.slice(Math.max(f.start, f.end - 5), f.end)) && /^\.(?:[,;)\]|]|[ \t]+[\p{Ll}\d(])/u.test(text.slice(f.end, f.end + 3)) && freeBeside(merged, f, f.end, f.end + 1)) f.end++;
    // "The Royal Melbourne Hospital", "The Rotunda": a capitalised article before an organisation's name belongs to it
    if (f.start >= 4 && text.charCodeAt(f.start - 4) === 84 && text.slice(f.start - 4, f.start) === 'The ' && !/\p{L}/u.test(text[f.start - 5] ?? '')) {
      if (/^\p{Lu}[\p{L}'’.-]*(?: (?:of |and |for |& )?\p{Lu}[\p{L}'’.-]*)+$/u.test(text.slice(f.start, f.end)) && freeBeside(merged, f, f.start - 4, f.start)) f.start -= 4;
    }
  }
  // "Marcus Bell Jr.", "Henry Ford III": a generation suffix ends the name
  for (const f of merged) {
    if (f.type !== 'NAME') continue;
    // (a numeral only after a full name: "House-Brackmann III" is a grade)
    const gen = (text.slice(f.start, f.end).includes(' ') ? /^,? (?:Jr\.?|Sr\.?|II|III|IV)(?![\p{L}\p{N}])/u : /^,? (?:Jr\.?|Sr\.?)(?![\p{L}\p{N}])/u).exec(text.slice(f.end, f.end + 6));
    if (gen && freeBeside(merged, f, f.end, f.end + gen[0].length)) f.end += gen[0].length;
  }
  // "Hana P., 32", "| Jodi T |", "Oliver P yr2", "marcus j took": an initial after a given name belongs to it
  // (without its full stop, only before the end of a cell, a clause or a line, a year group, an age or a verb;
  // "I" and "A" only before the end of a cell or clause, "a" and "i" never)
  for (const f of merged) {
    if (f.type !== 'NAME') continue;
    // ("Arun K. S": a name that ends in an initial takes its full stop)
    if (text[f.end] === '.' && /[\s.]\p{Lu}$/u.test(text.slice(f.end - 2, f.end)) && freeBeside(merged, f, f.end, f.end + 1)) f.end++;
    // ("Wong S.Y.", "Chan T.M.": and the initials written on after its full stop)
    if (/[\s.]\p{Lu}\.$/u.test(text.slice(f.end - 3, f.end))) {
      const more = /^(?:\p{Lu}\.){1,2}(?=[,;)\s]|$)/u.exec(text.slice(f.end, f.end + 6));
      if (more && freeBeside(merged, f, f.end, f.end + more[0].length)) f.end += more[0].length;
    }
    const initialRe = /^\p{Ll}/u.test(text.slice(f.start, f.start + 1)) ? LOWER_INITIAL_AFTER_RE : INITIAL_AFTER_RE;
    const ini = initialRe.exec(text.slice(f.end, f.end + 12));
    if (ini && freeBeside(merged, f, f.end, f.end + ini[0].length)) {
      f.end += ini[0].length;
      // (and a second one: "Arun K. S.")
      const next = initialRe.exec(text.slice(f.end, f.end + 12));
      if (next && freeBeside(merged, f, f.end, f.end + next[0].length)) f.end += next[0].length;
    }
    // "R1 PATEL, A 55 - STEMI", "| Okafor, C |", "PT OKONJO, F MRN": a surname's initial after a comma, in a list or a table
    else {
      const value = text.slice(f.start, f.end);
      if (value.includes(' ')) continue;
      const comma = SURNAME_INITIAL_AFTER_RE.exec(text.slice(f.end, f.end + 8)) ?? (value === value.toUpperCase() ? CAPS_SURNAME_INITIAL_AFTER_RE.exec(text.slice(f.end, f.end + 10)) : null);
      if (comma && freeBeside(merged, f, f.end, f.end + comma[0].length)) f.end += comma[0].length;
    }
  }
  absorbed = addressNumbers(text, merged) || absorbed;
  // "Riyadh 12214", "Dublin 8", "Hyderabad - 500034": a postal number after a town ends the address;
  // "Holly Lodge supported living", "kaitaia hospital": the kind of place after its name belongs to it;
  // "I-10 exit 15", "Garki II": an exit or a numbered district too
  for (let i = 0; i < merged.length; i++) {
    const f = merged[i]!;
    // "works at the Tyson plant", "Rosen Adeyemi LLP": a name before a kind of workplace or a firm's suffix is that workplace
    const after24 = f.type === 'NAME' || f.type === 'LOCATION' ? text.slice(f.end, f.end + 24) : '';
    const workplace = (f.type === 'NAME' && WORKPLACE_AFTER_RE.exec(after24)) || (after24 && FIRM_AFTER_RE.exec(after24)) || null;
    if (workplace && !merged.some((g) => g.start < f.end + workplace[0].length && g.end > f.end)) {
      f.type = 'LOCATION';
      f.end += workplace[0].length;
      continue;
    }
    if (f.type !== 'LOCATION') continue;
    const after = text.slice(f.end, f.end + 32);
    // "Walgreens #07733", "Meijer Pharmacy #184": the store's number belongs to the store
    const store = /^ #\d{1,6}(?!\d)/.exec(after);
    if (store) {
      const e = f.end + store[0].length;
      const inside = merged.filter((g) => g !== f && g.start < e && g.end > f.end);
      if (inside.every((g) => g.start >= f.end + 1 && g.end <= e)) {
        for (const g of inside) g.end = g.start;
        f.end = e;
        absorbed = true;
        continue;
      }
    }
    // ("神奈川県鎌倉市二階堂2丁目5-11": the block and house numbers of a Japanese address)
    // (not a number with a thousands' comma or a decimal point: "Quishuar (3,900 m)")
    // (after a comma only at the end of its line, cell, sentence or bracket: "Umhlanga, 4319", "Brazos St, 78207)"; before a bracket
    // only four digits or more: "Cheviot 7383 (the farm", "Parramatta 2150 (with daughter)")
    const post = /^(?: |[ \t][-–][ \t])\(?(\d{1,6})\)?(?![,.]\d)(?=[,.;)\n]|[ \t][-–][ \t]|[ \t]{2}|$)|^ (\d{4,6})(?=[ \t]\()|^, (\d{4,5})(?=[ \t]*(?:[.;)]?(?:\r?\n|$)|[.;)]+(?:[ \t]|$)|\|))/.exec(after) ?? /^\d{1,3}丁目(?:\d{1,4}(?:[-－]\d{1,4}){0,2}(?:号)?)?/.exec(after) ?? /^ (?:exit|junction|jct\.?) \d{1,3}[A-Z]?\b|^ J\d{1,2}\b|^ (?:I{1,3}|IV|V|VI{1,3})(?=[,;\n]|$)/.exec(after) ?? EIRCODE_AFTER_RE.exec(after);
    // (a clock time after a hospital is when, not where: "St Thomas' Hospital 1430 (by ambulance)")
    const clockAfterFacility = post?.[2] !== undefined && /^(?:[01]\d|2[0-3])[0-5]\d$/.test(post[2]) && FACILITY_END_RE.test(text.slice(f.start, f.end));
    if (post && !clockAfterFacility && !/^(?:19|20)\d\d$/.test(post[1] ?? post[2] ?? post[3] ?? '') && !merged.some((g) => g.start < f.end + post[0].length && g.end > f.end)) f.end += post[0].length;
    else {
      const kind = /^ (?:supported living|care home|nursing home|residential home|rest home|retirement (?:home|village)|sheltered housing|day cent(?:re|er)|group home|care village|garage|depot|branch|store|superstore|site|factory|plant|warehouse|campus|estate|foundry|works|mill|village hall|community hall|church hall|hall|leisure centre|sports centre|hospital|base hospital|district hospital|clinic|polyclinic|health cent(?:re|er)|medical cent(?:re|er)|hospice|infirmary|primary school|high school|school|mart|market)\b/i.exec(after);
      if (kind && !merged.some((g) => g.start < f.end + kind[0].length && g.end > f.end)) f.end += kind[0].length;
    }
    // "The Oaks Surgery" heading a letter, "Royal North Shore": the article or Royal belongs to the name
    const lead = /(?:^|\n)(The )$|(?<![\p{L}])(Royal )$/u.exec(text.slice(Math.max(0, f.start - 6), f.start));
    if (lead && /^\p{Lu}/u.test(text.slice(f.start, f.start + 1))) f.start -= (lead[1] ?? lead[2])!.length;
    // "Teaching Hospital Kandy", "District Hospital Sitapur": the kind of hospital before "Hospital <town>" belongs to it
    if (/^(?:Hospital|Clinic|Infirmary|Health|Medical)\b/.test(text.slice(f.start, f.end))) {
      const kind = /(?:^|[\s,(])((?:(?:Teaching|District|General|Base|Provincial|Regional|Referral|Mission|Government|Govt\.?|Civil|Divisional|Women|Children's|Maternity|Mother and Child|Specialist|Community|Rural)[ \t])+)$/.exec(text.slice(Math.max(0, f.start - 40), f.start));
      if (kind && freeBeside(merged, f, f.start - kind[1]!.length, f.start)) f.start -= kind[1]!.length;
    }
    // "No. 45/2, Temple Road", "No 7, Adeyi Avenue": the house number before a street, after "No."
    const houseNo = /(?:^|[\s,(:])(No\.?\s?\d{1,4}(?:\/\d{1,3})?[A-Z]?,\s)$/.exec(text.slice(Math.max(0, f.start - 16), f.start));
    if (houseNo && startBackOver(merged, f, f.start - houseNo[1]!.length, 'LOCATION') > 0) absorbed = true;
    // "4th Cross", "6th Road", "JP Nagar 6th Phase": the number of an ordinal that the tokens split belongs to the place
    const ordinal = /(?<![\d.,/])\d{1,3}$/.exec(text.slice(Math.max(0, f.start - 4), f.start));
    // (the findings are in order and apart: only the one before could hold the number)
    if (ordinal && /^(?:st|nd|rd|th)\b/i.test(text.slice(f.start, f.start + 3)) && !(i > 0 && merged[i - 1]!.end > f.start - ordinal[0].length)) f.start -= ordinal[0].length;
    // "Plot 1142 Ahmadu Bello Way", "H.No. 4-12/B": the plot or house label before a numbered address
    const plot = /(?:^|[\s,(])((?:Plot|Stand|Erf|Lot|H\.\s?No\.?|House No\.?|Door No\.?|D\.\s?No\.?)[ \t]?)$/.exec(text.slice(Math.max(0, f.start - 12), f.start));
    if (plot && /^\d/.test(text.slice(f.start, f.start + 1))) f.start -= plot[1]!.length;
  }
  // "*L2501270044193*": the start and stop characters of a printed barcode belong to it
  for (const f of merged) if ((f.type === 'ID' || f.type === 'MRN') && text[f.start - 1] === '*' && text[f.end] === '*') { f.start--; f.end++; }
  // "SAPS 7049812-3", "PID 22719", "RX1 0457821", "MD-CNAM 0471239", "IL-LM 0004127": a short code in capitals (or two joined
  // by a hyphen, a scheme and its state or insurer) before a number is part of it, unless it is a known label ("MRN 0045",
  // "NHS 485 777 3456", "CRM-SP 148822", whose label stays outside)
  for (const f of merged) {
    if (f.type !== 'ID' && f.type !== 'MRN' && f.type !== 'HEALTH_PLAN' && f.type !== 'LICENSE') continue;
    if (!/^\d/.test(text.slice(f.start, f.start + 1))) continue;
    const p = /(?:^|[\s(])([A-Z][A-Z0-9]{0,4}|[A-Z]{1,8}-[A-Z]{1,8}) $/.exec(text.slice(Math.max(0, f.start - 19), f.start));
    if (!p || CUE_FIRST.has(p[1]!.toLowerCase()) || ID_LABELS.has(p[1]!)) continue;
    const s = f.start - p[1]!.length - 1;
    if (freeBeside(merged, f, s, f.start)) f.start = s;
  }
  // "7713 802 446 RD": an Ontario health card's version code belongs to its number
  for (const f of merged) {
    if ((f.type === 'ID' || f.type === 'HEALTH_PLAN') && /^\d{4}[ -]?\d{3}[ -]?\d{3}$/.test(text.slice(f.start, f.end))) {
      const version = /^[ -][A-Z]{2}(?![\p{L}\p{N}])/u.exec(text.slice(f.end, f.end + 4));
      if (version && freeBeside(merged, f, f.end, f.end + 3)) f.end += 3;
    }
  }
  // "K482117(3)": a Hong Kong identity card's check digit in brackets belongs to it
  for (const f of merged) {
    if (f.type === 'ID' && /^[A-Z]{1,2}\d{6}$/.test(text.slice(f.start, f.end)) && /^\([0-9A]\)/.test(text.slice(f.end, f.end + 3)) && freeBeside(merged, f, f.end, f.end + 3)) f.end += 3;
  }
  // "581107-1******": the masked digits of a number belong to it
  for (const f of merged) {
    if (f.type !== 'ID' && f.type !== 'SSN' && f.type !== 'MRN' && f.type !== 'HEALTH_PLAN' && f.type !== 'ACCOUNT') continue;
    const mask = /^[*•]{2,}/.exec(text.slice(f.end, f.end + 12));
    if (mask && freeBeside(merged, f, f.end, f.end + mask[0].length)) f.end += mask[0].length;
  }
  const listed = extendDatesAgesPlates(text, merged);
  // an identifier found once is the same identifier wherever it is repeated in the text ("user akhoury ... akhoury's session")
  const repeated: Finding[] = [];
  const seen = new Set<string>();
  let inSpan: Uint8Array | undefined;
  for (const f of merged) {
    if (!REPEATED_TYPES.has(f.type) || f.end - f.start < 5) continue;
    const v = text.slice(f.start, f.end);
    if (seen.has(v)) continue;
    seen.add(v);
    if (!inSpan) {
      inSpan = new Uint8Array(text.length);
      for (const g of merged) inSpan.fill(1, g.start, g.end);
    }
    const repeat = (at: number) => {
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[at + v.length] ?? ' ') || inSpan!.subarray(at, at + v.length).includes(1)) return;
      repeated.push({ ...f, start: at, end: at + v.length, rule: 'repeated' });
      inSpan!.fill(1, at, at + v.length);
    };
    // (where the value starts a word, from the index of the text's words, rather than a scan of the text for each value)
    const atWords = wordOccurrences(ctx, v, f.start);
    if (atWords) for (const at of atWords) repeat(at);
    else for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + v.length)) repeat(at);
  }
  // an age over 89 found once is the same age where the text comes back to it: "Mrs Fahy, 96, ... PPM at 96?"
  // (each value once, against a map of what is already found; not a measurement's value, "Sats at 96", "Weight now 93")
  const ages = new Map<string, Finding>();
  for (const f of merged) if (f.type === 'AGE' && /^\d{2,3}$/.test(text.slice(f.start, f.end))) ages.set(text.slice(f.start, f.end), f);
  if (ages.size) {
    inSpan ??= new Uint8Array(text.length);
    for (const g of merged) inSpan.fill(1, g.start, g.end);
    for (const g of repeated) inSpan.fill(1, g.start, g.end);
    for (const [v, f] of ages) {
      for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + v.length)) {
        if (inSpan[at] || !/\b(?:at|aged?|now|turns?|turned)\s$/i.test(text.slice(Math.max(0, at - 7), at)) || MEASURE_BEFORE_AGE_RE.test(text.slice(Math.max(0, at - 24), at))) continue;
        if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') || /[\p{N}]/u.test(text[at + v.length] ?? ' ')) continue;
        if (!/^(?:[?!,;:)]|\.(?!\d)|\s+(?:and|but|with|is|was|she|he|they|it|so|years?|yrs?|yo)\b|\s*$)/.test(text.slice(at + v.length, at + v.length + 8))) continue;
        repeated.push({ ...f, start: at, end: at + v.length, rule: 'repeated-age' });
        inSpan.fill(1, at, at + v.length);
      }
    }
  }
  if (repeated.length || listed.length || absorbed) merged = mergeFindings([...merged, ...repeated, ...listed]);
  return merged;
}

let classes: Map<string, number> | undefined;

/** Units of a hospital and tests written after its name, which stay readable: "Lakeview Regional ED", "St Mary's ICU", "Leeds CT". */
const WARD_ACRONYMS = new Set(['ED', 'ER', 'ICU', 'ITU', 'HDU', 'CCU', 'NICU', 'PICU', 'SCBU', 'OPD', 'OR', 'MAU', 'AMU', 'SDEC', 'CDU', 'EAU', 'CT', 'MRI', 'XR', 'US', 'ECG', 'EEG', 'EMG', 'PET', 'OT', 'PT', 'SLT', 'GP']);

/** A ward, phase or sector number after a place: "Galkot-3", "Kirtipur-3", "Gulberg Phase 2". */
const PLACE_NUMBER_AFTER_RE = /^(?:-\d{1,2}|[ ](?:Phase|Sector|Zone)[ ]\d{1,3}[A-Z]?)(?![\p{L}\p{N}]|[.,/:-]\d)/u;
/** The number after a place that ends with its phase or sector word: "Lekki Phase" + " 1". */
const PHASE_END_RE = /(?:^|\s)(?:Phase|Sector|Zone)$/;
/** A number of one to three figures that ends a place's field: "Dublin 7.", "Tulu Bolo 03\"", "Almacenes La 14.", a road's kilometre, "Route de Gremda km 4." ("Kite No. 4 mine" is not one). */
const FIELD_END_NUMBER_RE = /^ (?:No\.? ?|km ?)?\d{1,3}(?=[ \t]*(?:[;|)"”]|[,.](?:\s|$)|\r?\n|$))/;
const PHASE_NUMBER_AFTER_RE = /^ \d{1,3}[A-Z]?(?![\p{L}\p{N}]|[.,/:-]\d)/u;
/** The last word of a place that numbers it: "Lekki Phase 1", "Kiambu Level 5", "Heathrow Terminal 5", "Kakuma Camp 3". */
const NUMBERED_PLACE_END_RE = /(?:^|\s)(?:Phase|Sector|Zone|Level|Extension|Ext|District|Area|Block|Blk|Camp|Village|Stage|Precinct|Colony|Township|Kebele|Woreda|Mahalla|Mohalla|Gali|Terminal)$/;
/** One or two figures after a word no list knows, ending a field: "Zengeza 3, Chitungwiza", "| Kakuma 3 |", "Rietfontein 23,". */
const FIELD_NUMBER_RE = /^ \d{1,2}(?=[ \t]*(?:[,|]|\r?\n|$))/;
const FAMILY_LIST_BEFORE_RE = /\b(?:siblings?|children|kids|sons?|daughters?|brothers?|sisters?|grandchildren|grandkids|twins|cousins|nephews?|nieces?)\b/i;
const DRUG_CONTEXT_BEFORE_RE = /\b(?:mg|mcg|brands?|tabs?|tablets?|capsules?|generics?)\b/i;

/**
 * The number that ends a numbered place, once every name and place has its ends (the edge model's included): "Lekki Phase 1",
 * and after a single word no name list knows, "Zengeza 3, Chitungwiza" (a known given name before a figure is more often a
 * child's age, "Tom 6, Lily 4").
 */
function numberedPlaces(text: string, merged: Finding[]): void {
  for (let i = 0; i < merged.length; i++) {
    const f = merged[i]!;
    if ((f.type !== 'NAME' && f.type !== 'LOCATION') || text.charCodeAt(f.end) !== 32) continue;
    const words = text.slice(f.start, f.end);
    // (the numbering word alone only in a place: "RE: Level 1 appeal" is no place; nor an acronym, "WSAS 8", or a short word, "Std 3")
    const numbered = NUMBERED_PLACE_END_RE.test(words) && (f.type === 'LOCATION' || words.includes(' '));
    const number = numbered ? PHASE_NUMBER_AFTER_RE.exec(text.slice(f.end, f.end + 6)) : f.rule.startsWith('name-unknown') && !f.rule.endsWith('/caps') && /^\p{Lu}\p{Ll}{3,}$/u.test(words) ? FIELD_NUMBER_RE.exec(text.slice(f.end, f.end + 6)) : null;
    if (!number || (merged[i + 1] && merged[i + 1]!.start < f.end + number[0].length)) continue;
    // (a brand and its strength: "Local brands Risek 40, Nexum 40"; a child and its age in a list of them: "siblings Kaiah 6,
    // Zaydee 4", whatever the list knows of the names)
    if (!numbered && (DRUG_CONTEXT_BEFORE_RE.test(text.slice(Math.max(0, f.start - 40), f.start)) || FAMILY_LIST_BEFORE_RE.test(text.slice(Math.max(0, f.start - 60), f.start)) || (i > 0 && merged[i - 1]!.type === 'NAME' && /^ \d{1,2}, $/.test(text.slice(merged[i - 1]!.end, f.start))))) continue;
    f.end += number[0].length;
    f.type = 'LOCATION';
  }
}

/** A practitioner's title or role before their name: "Dr", "Dra.", "RN", "Pharmacist:", "doctor=". */
const PRACTITIONER_BEFORE_RE = /(?:\b(?:Dr|Dra|Drs|Prof|RN|RPh|NP|PA|Pharmacist|Midwife|Physician|Practitioner|Attending|Surgeon|Dentist|Psychologist|Physiotherapist|doctor|médico|médica|médecin)\.?[ \t]*[:=]?[ \t]*|\bLic\.[ \t]*(?:\p{Lu}\.)*[ \t]*)$/u;
/**
 * After a practitioner's name: their credentials ("PharmD", "M.B.,B.S., M.Med.Sc (Paed)"), then a registration's number, after
 * its body's acronym in capitals or in brackets of its own: "Dra. Celeste Bustos - MP 32.417", "Dr Helena Petrakis (81244)",
 * "SaMa 31582" (not a word, "Item 10962", "Raum 1.104").
 */
const LICENCE_AFTER_NAME_RE = /^((?:,?[ \t]+(?:[A-Z][A-Za-z]*\.[A-Za-z.,]*|[A-Z]{2,6}|[A-Z][a-z]+[A-Z][a-z]?)(?:[ \t]\([^)\n]{1,20}\))?){0,4}?)(?:[ \t]*[-–,][ \t]*|[ \t]*\(|[ \t]+)((?:(?:[A-Z]{2,5}|[A-Z][a-z][A-Z][a-z]?)(?:-[A-Z]{1,2})?[ \t]+)?(?!(?:19|20)\d\d\b)(?:\d{4,9}|\d{1,3}(?:\.\d{3}){1,2}))(?=[ \t]*(?:[)|,;"]|\.(?:\s|$)|\r?\n|$))/;

/**
 * A practitioner's registration number right after their name: after a title before the name, their credentials or their
 * body's acronym ("Dra. Soledad Peralta - MP 9982", "Dr Thandar Soe, M.B.,B.S., SaMa 31582", "Dr Helena Petrakis (81244)").
 */
function licencesAfterPractitioners(text: string, merged: Finding[]): Finding[] {
  const added: Finding[] = [];
  for (let i = 0; i < merged.length; i++) {
    const f = merged[i]!;
    if (f.type !== 'NAME') continue;
    const m = LICENCE_AFTER_NAME_RE.exec(text.slice(f.end, f.end + 90));
    if (!m) continue;
    const number = m[2]!;
    const acronym = /^[A-Z]/.test(number);
    const bracketed = text[f.end + m[0].length - number.length - 1] === '(' && text[f.end + m[0].length] === ')';
    // (a bare number in brackets only of five figures or more: "Dr Helena Petrakis (81244)", not "John Brown (2019)")
    if (!acronym && !m[1] && !PRACTITIONER_BEFORE_RE.test(text.slice(Math.max(0, f.start - 24), f.start)) && !(bracketed && /\d{5}/.test(number))) continue;
    const start = f.end + m[0].length - number.length;
    const end = f.end + m[0].length;
    // (the body's acronym may have been read as a name: "SaMa 31582")
    const inside = merged.filter((g) => g.start < end && g.end > start);
    if (!inside.every((g) => g.type === 'NAME' && g.start >= start)) continue;
    for (const g of inside) g.end = g.start;
    added.push({ start, end, type: 'LICENSE', confidence: 0.7, rule: 'licence-after-name' });
  }
  return added;
}

/** A handle's characters: letters and figures joined by full stops and underscores. */
const HANDLE_CHAR_RE = /[\p{L}\p{N}._]/u;
/** A handle a finding lies inside, in lower case: "marnie_b", "ciara.od_96" (not an email's or a site's name, a sentence's end, "Smith.He", or an abbreviation, "Psy.D"). */
const HANDLE_RE = /^\p{Ll}[\p{Ll}\p{N}]*(?:[._][\p{Ll}\p{N}]+)+_?$|^\p{Ll}[\p{Ll}\p{N}]*_$/u;

/** Findings that lie inside a handle, grown to the whole of it: a name found in "marnie_b" or "ciara.od_96". */
function wholeHandles(text: string, merged: Finding[]): void {
  for (const f of merged) {
    if (f.type === 'DATE' || (!/[._]/.test(text[f.start - 1] ?? '') && !/[._]/.test(text[f.end] ?? ''))) continue;
    let s = f.start;
    let e = f.end;
    while (s > 0 && HANDLE_CHAR_RE.test(text[s - 1]!)) s--;
    while (e < text.length && HANDLE_CHAR_RE.test(text[e]!)) e++;
    while (e > f.end && /[.]/.test(text[e - 1]!)) e--;
    const handle = text.slice(s, e);
    if (!HANDLE_RE.test(handle) || /[@/]/.test(text[s - 1] ?? '') || /^[@/]/.test(text.slice(e, e + 1))) continue;
    if (!freeBeside(merged, f, s, e)) continue;
    f.start = s;
    f.end = e;
  }
}

/** A code's characters: letters and figures, and a hyphen or slash between two of them ("H-42/3", "7-Eleven", "SW3"). */
const CODE_CHAR_RE = /[\p{Script=Latin}\p{N}]/u;
const CODE_JOINER_RE = /[-/]/;

/** Places that end or start inside a code with figures, grown to the whole of it: "SW" in "SW3", "Eleven" in "7-Eleven", "C" in "54-C". */
function wholeCodes(text: string, merged: Finding[]): void {
  for (const f of merged) {
    if (f.type !== 'LOCATION') continue;
    let s = f.start;
    let e = f.end;
    for (;;) {
      if (s > 0 && CODE_CHAR_RE.test(text[s - 1]!) && CODE_CHAR_RE.test(text[s]!)) s--;
      else if (s > 1 && CODE_JOINER_RE.test(text[s - 1]!) && CODE_CHAR_RE.test(text[s - 2]!) && CODE_CHAR_RE.test(text[s]!)) s -= 2;
      else break;
    }
    for (;;) {
      if (e < text.length && CODE_CHAR_RE.test(text[e]!) && CODE_CHAR_RE.test(text[e - 1]!)) e++;
      else if (e + 1 < text.length && CODE_JOINER_RE.test(text[e]!) && CODE_CHAR_RE.test(text[e + 1]!) && CODE_CHAR_RE.test(text[e - 1]!)) e += 2;
      else break;
    }
    if (s === f.start && e === f.end) continue;
    if (!/\p{N}/u.test(text.slice(s, f.start) + text.slice(f.end, e))) continue;
    if (!freeBeside(merged, f, s, e)) continue;
    f.start = s;
    f.end = e;
  }
}

/** A postcode after a place, ending its field: ",1863,", " 44115.", " (18200)", ", 55057," (not a year: "Leeds, 2019."). */
const POSTCODE_ENDING_FIELD_RE = /^(?:,[ \t]?|[ \t])(\(?)(?!(?:19|20)\d\d\b)\d{4,6}(\)?)(?=[ \t]*(?:[,.;|]|\r?\n|$)|[ \t]+[-–][ \t])/;
/** Before a name read as a person's, what makes it a town that a postcode can follow: "à", "in", "from", or an address's part and a comma. */
const TOWN_BEFORE_RE = /(?:(?<!\p{L})(?:à|in|from|de|en|near)[ \t]+|[\p{L}\p{N}.],[ \t]?)$/u;

/**
 * The postcode after a town, once every place has its ends: "Soweto,1863,", "38th st apt 2, cleveland 44115.", "à Saint-Amand-Montrond
 * (18200)". A name the rules read as a person's becomes the town only after "à", "in" or "from", or after another part of the
 * address.
 */
function postcodesAfterPlaces(text: string, merged: Finding[]): void {
  for (let i = 0; i < merged.length; i++) {
    const f = merged[i]!;
    if (f.type !== 'LOCATION' && f.type !== 'NAME') continue;
    const code = POSTCODE_ENDING_FIELD_RE.exec(text.slice(f.end, f.end + 12));
    if (!code || code[1]!.length !== code[2]!.length || (merged[i + 1] && merged[i + 1]!.start < f.end + code[0].length)) continue;
    if (f.type === 'NAME') {
      const prev = merged[i - 1];
      const afterPlace = prev?.type === 'LOCATION' && /^,[ \t]?$/.test(text.slice(prev.end, f.start));
      if (!afterPlace && !(TOWN_BEFORE_RE.test(text.slice(Math.max(0, f.start - 8), f.start)) && /^\p{L}+(?:-\p{L}+)*$/u.test(text.slice(f.start, f.end)))) continue;
      f.type = 'LOCATION';
    }
    f.end += code[0].length;
  }
}

/**
 * A place's last word cut short with a full stop, before the rest of its name: "Sta. Cruz", "Osaka Univ. Hospital", "Sv. Anna"
 * ("St." only as a saint, the place's first word: after another word it is a street, "Main St. Denies smoking").
 */
const PLACE_ABBREVIATION_END_RE = /(?:^|[\s(])(?:Sta|Sto|Ste|Sv|Sf|Mt|Ft|Univ|Govt|Gen|Hosp|Inst|Dist|Brgy|Bgy|Pob|Mun|Dept)$|^St$/;
/** Whether a place ends with an abbreviated word of its name, not a street's number ("12 Main St."). */
const endsAbbreviated = (text: string, f: Finding): boolean => {
  const place = text.slice(f.start, f.end);
  return PLACE_ABBREVIATION_END_RE.test(place) && !/\d/.test(place);
};
/** The small words inside a place's name that join two parts of it found apart ("University of Michigan Health", "Bos en Lommer"). */
const PLACE_JOINER_RE = /^ (?:of|OF|der|des|en|im|o|y|e|di|da|do|dos|das|della|van|von|and|AND|&|de|du|la|del|am) $/;

/**
 * A place's name read to its ends: the capitalised words (and short acronyms) right beside a place, up to four each side,
 * belong to it ("Keystone [Case Management]", "[Hospice] Shop", "UKGM [Marburg]"), and two parts of one name found apart
 * join over a small word ("Stauffers of Kissel Hill"). Measured out of fold on 5,350 texts: +0.25 points of recall, no
 * change in precision, keep rate -0.01 points; leaving clinical acronyms out ("Leeds TIA") cost 0.02 of them.
 */
function extendPlacesOverCapitals(text: string, merged: Finding[], tokens: Token[]): Finding[] {
  const belongs = (t: Token | undefined): t is Token => {
    if (!t || t.num || t.text.length < 2 || !(t.cap || (t.upper && t.text.length <= 5))) return false;
    // (an acronym that is no clinical one: "UKGM", not "TIA", "COVID", "DNAR"; the engine set every token's dictionary flags)
    if (t.upper && ((t.flags & (W_CLINICAL | W_DRUG | W_GENE | W_ENGLISH)) !== 0 || HOSPITAL_UNIT_NOT_ACRONYMS.has(t.text))) return false;
    // (not a date's word, a title before a name, a department after its hospital, nor a word a sentence starts with, on the left)
    return !WEEKDAYS.has(t.lower) && !MONTHS[t.lower] && !TITLES.has(t.lower) && !DEPARTMENTS.has(t.lower) && !WARD_ACRONYMS.has(t.text);
  };
  // (right before the place, an acronym in capitals even where it is also a clinical one: a service's or an agency's initials
  // before its place, "ESIC Andheri", "HAP Zuidbroek", "FN Motol")
  const acronymBefore = (t: Token | undefined): t is Token =>
    !!t && t.upper && t.text.length >= 2 && t.text.length <= 5 && /^[A-Z]+$/.test(t.text) && !(t.flags & W_ENGLISH) && !HOSPITAL_UNIT_NOT_ACRONYMS.has(t.text) && !WARD_ACRONYMS.has(t.text) && !DEPARTMENTS.has(t.lower) && !TITLES.has(t.lower);
  for (const f of merged) {
    if (f.type !== 'LOCATION') continue;
    for (let i = tokenAt(tokens, f.end), n = 0; n < 4; i++, n++) {
      const t = tokens[i];
      const gap = t && text.slice(f.end, t.start);
      // (over a full stop only after an abbreviated word of the name and not into the next sentence: an ordinary word goes
      // on only as a place's head, "Univ. Hospital", not "Mt. Pleasant. Denies smoking")
      const overStop = !!t && gap === '. ' && endsAbbreviated(text, f) && (!(t.flags & W_ENGLISH) || hasKind(t, PLACE_HEAD_KINDS)) && !hasKind(t, BESIDE_NOT_PART_KINDS);
      if (!belongs(t) || !(gap === ' ' || overStop) || !freeBeside(merged, f, f.end, t.end)) break;
      f.end = t.end;
    }
    // (and a ward, phase or sector number after it: "Galkot-3", "Gulberg Phase 2")
    const after = text.slice(f.end, f.end + 14);
    const number = PLACE_NUMBER_AFTER_RE.exec(after) ?? (PHASE_END_RE.test(text.slice(f.start, f.end)) ? PHASE_NUMBER_AFTER_RE.exec(after) : /\p{L}$/u.test(text.slice(f.end - 1, f.end)) ? FIELD_END_NUMBER_RE.exec(after) : null);
    if (number && freeBeside(merged, f, f.end, f.end + number[0].length)) f.end += number[0].length;
    // (a word no dictionary knows, or any word, where the place's line starts and its field ends after it: "Tug Valley Recovery
    // Clinic, Williamson", "Redwoods Centre⏎")
    const fieldEnds = FIELD_END_AFTER_RE.test(text.slice(f.end, f.end + 3));
    for (let i = tokenAt(tokens, f.start) - 1, n = 0; n < 4 && i >= 0; i--, n++) {
      const t = tokens[i];
      // (an acronym even where a sentence or a line starts: "MDM Hospital", "RHU Tanauan")
      const lineStart = !!t && LINE_START_BEFORE_RE.test(text.slice(Math.max(0, t.start - 6), t.start));
      if (!(belongs(t) || (n === 0 && acronymBefore(t))) || (t.sentenceStart && !t.upper && !(lineStart && (fieldEnds || !(t.flags & W_ENGLISH)))) || text.slice(t.end, f.start) !== ' ' || !freeBeside(merged, f, t.start, f.start)) break;
      f.start = t.start;
    }
  }
  for (let i = merged.length - 2; i >= 0; i--) {
    const a = merged[i]!;
    const b = merged[i + 1]!;
    if (a.type !== 'LOCATION') continue;
    const gap = text.slice(a.end, b.start);
    // (and the name after an abbreviated word of it, whatever it was taken for: "Sta. Cruz", "UMBAL Sv. Anna")
    if ((b.type === 'LOCATION' && PLACE_JOINER_RE.test(gap)) || ((b.type === 'LOCATION' || b.type === 'NAME') && gap === '. ' && endsAbbreviated(text, a))) joinFindings(merged, i, 2);
  }
  return merged;
}

/** Right after a place: the end of its line or field. */
const FIELD_END_AFTER_RE = /^(?:[ \t]*(?:\r?\n|$)|,|[ \t]+[-–—][ \t])/;
/** Before a word: the start of its line, perhaps after a bullet. */
const LINE_START_BEFORE_RE = /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?$/;
/** The last word of a hospital, clinic or other facility's name. */
const FACILITY_END_RE = /\b(?:Hospital|Clinic|Cent(?:re|er)|Infirmary|Hospice|Station|Surgery|Practice|Unit|Ward|Department|ED|A&E)$/;
const FACTOR_VARIANT_BEFORE_RE = /(?:\b[Ff]actor[- ]?(?:V|5)|\bFV|\bF5)\s{1,2}\(?$/;

/** A name's initials in brackets, perhaps in quotes: "Donald John (DJ)", "Kelly-Anne (\"KA\")", "Jean-François (\"J-F\")". */
const INITIALS_IN_BRACKETS = String.raw` \(["“]?(\p{Lu}(?:-?\p{Lu}){1,2})["”]?\)`;
/** Those brackets right after a name's finding, and at its end (where the edge model took them in). */
const INITIALS_IN_BRACKETS_AFTER_RE = new RegExp(`^${INITIALS_IN_BRACKETS}`, 'u');
const INITIALS_IN_BRACKETS_END_RE = new RegExp(`${INITIALS_IN_BRACKETS}$`, 'u');

/**
 * The initials a text gives a person in brackets after the name, there and wherever the text writes them again as a word:
 * "husband Donald John (DJ) to go with her", "Patrick Joseph (PJ) ... PJ was not wearing a helmet". The letters must be the
 * first letters of the name's last words, so an acronym's definition is never one ("Cognitive Stimulation Therapy (CST)").
 */
function initialsOfNames(text: string, merged: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of merged) {
    if (f.type !== 'NAME') continue;
    // (the brackets after the name, or at the end of it where the edge model took them in)
    const inside = INITIALS_IN_BRACKETS_END_RE.exec(text.slice(f.start, f.end));
    const name = inside ? text.slice(f.start, f.end - inside[0].length) : text.slice(f.start, f.end);
    const m = inside ?? (text.charCodeAt(f.end + 1) === 40 ? INITIALS_IN_BRACKETS_AFTER_RE.exec(text.slice(f.end, f.end + 12)) : null);
    if (!m) continue;
    const letters = m[1]!.replace(/-/g, '');
    const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length < letters.length || words.slice(-letters.length).map((w) => w[0]).join('') !== letters) continue;
    const from = inside ? f.end : f.end + m[0].length;
    const given = f.end + m[0].indexOf(m[1]!);
    if (!inside) out.push({ start: given, end: given + m[1]!.length, type: 'NAME', confidence: 0.7, rule: 'name-initials-given' });
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${m[1]!}(?![\\p{L}\\p{N}])`, 'gu');
    for (const w of text.slice(from).matchAll(word)) {
      const at = from + w.index;
      if (freeBeside(merged, f, at, at + w[0].length)) out.push({ start: at, end: at + w[0].length, type: 'NAME', confidence: 0.7, rule: 'name-initials-given' });
    }
  }
  return out;
}

export function createDeidEngine(data: DeidDictionaryData | Lexicon): DeidEngine {
  const dictionaries = 'firstNames' in data ? undefined : (data as DeidDictionaryData);
  const lex: Lexicon = dictionaries ? buildLexicon(dictionaries) : (data as Lexicon);
  const model = dictionaries?.model;
  const tagger = model && createWordTagger(lex, model);
  const edgeModel = dictionaries?.edges;
  const edges = edgeModel && { reader: createEdgeReader(lex, edgeModel.bits), decide: createEdgeDecision(edgeModel) };
  // the word sets the rules switch on, in one map: one lookup per token for all of them
  classes ??= classMap([
    [MONTH_WORDS, C_MONTH],
    [ORD_FIRST, C_ORD_FIRST],
    [HOLIDAY_FIRST, C_HOLIDAY],
    [CUE_FIRST, C_ID_CUE],
    [PLATE_CUE_FIRST, C_PLATE_CUE],
    [SSN_WORDS, C_SSN],
    [KEYWORD.keys(), C_KEYWORD],
    [BIO_WORDS, C_BIO],
    [SPOKEN_WORDS, C_SPOKEN],
  ]);
  const wordClassMap = classes;
  /** Everything the rules look up about a word, looked up once per distinct word (dictionary flags, rule-family classes, entity word sets). */
  interface WordInfo {
    flags: number;
    cls: number;
    kind: number;
  }
  // (a hyphened word has its parts' classes too, "mid-March" holds a month; not a doubled name, "Jun-Jun")
  const partClasses = (w: string) => {
    const parts = w.split('-').map((p) => wordClassMap.get(p) ?? 0);
    return parts.every((c) => c !== 0) ? 0 : parts.reduce((a, c) => a | c, 0);
  };
  const classOf = (w: string) => (wordClassMap.get(w) ?? 0) | (w.includes('-') ? partClasses(w) : 0);
  const words = new WordCache<string, WordInfo>((w) => ({ flags: lex.flags(w), cls: classOf(w), kind: kindOf(w) }));
  function findIdentifiers(text: string, options: FindOptions = {}): Finding[] {
    const findings: Finding[] = [];
    let lower: string | undefined;
    const ctx: Ctx = {
      text,
      get lower() {
        return (lower ??= text.toLowerCase());
      },
      lex,
      tokens: [],
      findings,
      add(start, end, type, confidence, rule) {
        if (end > start) findings.push(new RuleFinding(start, end, type, confidence, rule));
      },
      // every field set here, so the context keeps one shape for V8 while rules fill them in
      wordClasses: undefined,
      headerCells: undefined,
      codeCells: undefined,
      wordStarts: undefined,
    };
    // 1. pattern rules (contact details, ids, dates, ages, addresses, biometrics)
    ctx.tokens = tokenize(text);
    const of = new Uint16Array(ctx.tokens.length);
    let any = 0;
    for (const t of ctx.tokens) {
      const info = words.get(t.lower, t.lower);
      t.flags = info.flags;
      t.kind = info.kind;
      of[t.index] = info.cls;
      any |= info.cls;
    }
    ctx.wordClasses = { of, any };
    contactRules(ctx);
    idRules(ctx);
    dateRules(ctx);
    ageRules(ctx);
    addressRules(ctx);
    biometricRules(ctx);
    codeRules(ctx);
    tableRules(ctx);
    recordRules(ctx);
    spokenRules(ctx);
    // 2. names and places on the tokens not already claimed by a confident pattern
    const covered = new Uint8Array(text.length);
    for (const f of findings) if (f.confidence >= 0.75) covered.fill(1, f.start, f.end);
    entityRules(ctx, covered);
    let merged = mergeFindings(findings);
    // (the cells are read into locals first: a closure over ctx here made the whole engine about 10% slower)
    const { headerCells, codeCells } = ctx;
    if (headerCells) merged = merged.filter((f) => !((f.type === 'NAME' || f.type === 'LOCATION') && headerCells.some((c) => c.start === f.start && c.end === f.end)));
    if (codeCells) merged = merged.filter((f) => !(f.type === 'ID' && codeCells.some((c) => c.start <= f.start && f.end <= c.end)));
    merged = joinAndExtend(text, merged, ctx);
    // 3. the word tagger, on the words the rules left (after them, so it never takes a word a rule would have joined or extended)
    if (tagger) {
      const claimed = new Uint8Array(text.length);
      for (const f of merged) claimed.fill(f.type === 'NAME' || f.type === 'LOCATION' ? COVERED_BY_NAME_OR_PLACE : COVERED, f.start, f.end);
      let tagged = tagger.tag(text, ctx.tokens, claimed);
      // a table's column headings are labels, not names
      if (headerCells) tagged = tagged.filter((f) => !headerCells.some((c) => c.start <= f.start && f.end <= c.end));
      // the tagger's words get what the rules' findings got (an initial, a postcode, the kind of place after them), then
      // join the rules' findings beside them
      if (tagged.length) {
        merged = joinTagged(text, mergeFindings([...merged, ...joinAndExtend(text, tagged, ctx)]));
        joinNameParts(text, merged);
      }
    }
    merged = extendPlacesOverCapitals(text, merged, ctx.tokens);
    // "factor V Leiden": a clotting factor's variant is named after the city that found it
    if (text.includes('Leiden')) merged = merged.filter((f) => !(/^(?:FV|F5)\s{1,2}Leiden\b/.test(text.slice(f.start, f.end)) || (FACTOR_VARIANT_BEFORE_RE.test(text.slice(Math.max(0, f.start - 12), f.start)) && /^Leiden\b/.test(text.slice(f.start, f.end)))));
    let ages = agesAfterNames(text, merged);
    if (ages.length) {
      const taken = new Uint8Array(text.length);
      for (const f of merged) taken.fill(1, f.start, f.end);
      ages = ages.filter((a) => !taken.subarray(a.start, a.end).includes(1));
      if (ages.length) merged = mergeFindings([...merged, ...ages]);
    }
    // 4. where each name and place ends, by the edge model, last: it learnt from the findings as they are here
    if (edges) merged = extendEdges(edges.reader, text, ctx.tokens, merged, edges.decide);
    numberedPlaces(text, merged);
    postcodesAfterPlaces(text, merged);
    // (and the house numbers beside the streets the tagger and the edge model found: "Bayside Community Hub, 3 Ormond Esplanade, Elwood")
    if (addressNumbers(text, merged, true)) merged = mergeFindings(merged);
    merged = joinAcrossPunctuation(text, widenDates(text, withoutEponymsInUse(text, merged)));
    if (widenMarks(ctx, merged)) merged = mergeFindings(merged);
    wholeHandles(text, merged);
    wholeCodes(text, merged);
    const licences = licencesAfterPractitioners(text, merged);
    if (licences.length) merged = mergeFindings([...merged, ...licences]);
    const initials = initialsOfNames(text, merged);
    if (initials.length) merged = mergeFindings([...merged, ...initials]);
    if (options.minConfidence) merged = merged.filter((f) => f.confidence >= options.minConfidence!);
    if (options.types) {
      const allowed = new Set(options.types);
      merged = merged.filter((f) => allowed.has(f.type));
    }
    return merged;
  }
  return { findIdentifiers, lexicon: lex };
}
