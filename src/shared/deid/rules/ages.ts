import type { Finding } from '../types';
import { type Ctx, scan } from './context';
import { matchesStartingWith } from './scans';


const NUM_WORDS: Record<string, number> = { ninety: 90, 'one hundred': 100, hundred: 100 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/** An age over 89 in DICOM's form, three figures and Y: "092Y" (PatientAge). */
const DICOM_AGE_RE = /(?<![\p{L}\p{N}])(?:09\d|1[01]\d)Y(?![\p{L}\p{N}])/gu;
/** Candidate ages: 90-129, not part of a longer number or a decimal. */
const CANDIDATE_RE = /(?<![\d.,])(?:9\d|1[0-2]\d)(?![\d]|[.,]\d)/g;
const AFTER_YEARS_RE =
  /^(?:\s*(?:-|–|‑)\s*|\s+)?(?:years?|yrs?|yr|y)\.?(?:\s*|-|‑)(?:old|o\.?(?![a-z])|of\s+age)|^(?:\s*|-)(?:yo|y\/o|y\.o\.?|yoF|yoM|y\.?o\.?[mf]|y\s?\/\s?[mf]|yrs?\s?\/\s?[mf]|y[mf])(?![a-z])|^(?:-|\s)?(?:years?|yrs?)[- ]old|^\s?y(?=\s?\))|^(?:\s|-(?=vuotia|éves|jährig|jarig|årig))?(?:ans|jahre?|j\.|jährige[rn]?|jaar|jarige|år|års|årig|años|anos|anni|lat|lata|roku|a\.(?=[\s),;]|$)|yaş(?:ında)?|tahun|thn|(?<=\s)th\b|taong gulang|taon|tuổi|ปี|歳|歲|세|岁|ετών|ετων|рік|рок(?:и|ів)|год|aa(?=\s*\))|barsa|let(?=\s*[,.;)]|\s*$)|roků|rokov|éves|vuotias|vuotiaana|лет|года|metų|gadi|gadus|ani)(?![\p{L}])/iu;
/** The age's word glued or hyphened to it in Italian, Polish, Czech, the Nordic languages, Greek, Russian and Ukrainian: "93enne", "93-letnia", "93letá", "93-åringen", "93χρονη", "93-летний", "93-річна". */
const AGE_SUFFIX_RE = /^[-‑]?(?:enne|letni[aeo]?|letn[ií]|let[áýé]|åring(?:en)?|χρον(?:ος|η|ης|ου)|летн(?:ий|яя|ему|его|ей|ие)|річн(?:ий|а|ого|ої|ому))(?!\p{L})/u;
// "92 yrs, lives alone", "aged 91 years" (not a duration: "for 90 years", "over 90 years")
const AFTER_YEARS_BARE_RE = /^\s?(?:years?|yrs?|(?:saal|sal|varsh|baras)(?!\s+(?:pehle|pahle|se|tak|baad|bad|purana|purani|ho)\b))\b(?!\s*(?:ago|since|later|before|after|earlier|of\s+(?!age)|in\b|on\b|post|prior|duration|history|hx|experience|service|practice))/i;
const BEFORE_DURATION_RE = /\b(?:for|over|last|past|after|since|within|nearly|almost|about|around|approximately|than|of)\s+$/i;
const AFTER_SEX_RE = /^(?:\s?(?:\/\s?)?[MF]|[mf])(?![\w])(?!\s*(?:mg|ml))|^\s(?:male|female|gentleman|lady|woman|man)\b/;
// (and a record's field: "ageAtDeath":91, "age": 93)
// (a form's dotted leader too: "Age ................ 91"; and "Age at op: 92", "age_at_intake: 90", "Возраст: 93")
const BEFORE_AGE_RE = /(?:^|[^а-яёіїє])(?:возраст|вік)\s*[:-]?\s*$|\b(?:aged?|age:|age\s+of|age\s+at\s+(?:op|operation|surgery|death|admission|intake|diagnosis|dx|onset|referral|event)|age_at_[a-z]+|at\s+age|ages?|edad|idade|âge|alter|età|wiek|lat|umur|usia|vayasu|vayassu|boyosh|aayu|age(?:AtDeath|_at_death|Years|_years)?"\s*:)\s*(?:\.{2,}\s*)?:?\s*$/i;
// "Walter Briggs, 91, admitted", "Mrs. Hope Adler (96)": a number in apposition right after a capitalised word
const BEFORE_APPOSITION_RE = /(?:\p{Lu}[\p{L}'’.-]*|\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+[\p{L}'’-]+|\b(?:mother|father|mum|mom|dad|wife|husband|aunt|uncle|grandmother|grandfather|gran|granny|nan|nana|widow|widower|patient|pt|man|woman|lady|gentleman|gent|resident|neighbour|neighbor))(?:,\s*|\s\(\s*)$/iu;
/** What follows a number in words that it measures or counts: a unit, a decimal point, a ratio, another number. */
const WORD_NUMBER_MEASURES_AFTER_RE = /^[-\s]*(?:minutes?|mins?|seconds?|secs?|percent|per\b|%|days?|hours?|hrs?|weeks?|months?|milli\w*|micro\w*|mg|mcg|ml|kg|kilos?|grams?|lbs?|pounds?|degrees?|beats?|bpm|mm|cm|metres?|meters?|miles?|km|yards?|feet|foot|inches|over|\/|out\s+of|times|cc|units?|thousand|million|point|dollars?|euros?|cents?|steps?|tablets?|tabs?|pills?|capsules?|doses?|puffs?|drops?|breaths?|and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+half))\b/i;
/**
 * What comes before a number in words that makes it a measurement, a score, a place's number or one end of a range; and the
 * words of an estimate, which the cue rule reads with what follows ("about ninety minutes" is no age).
 */
const WORD_NUMBER_MEASURES_BEFORE_RE = /\b(?:sats?|saturations?|sp\s?o2|o2|oxygen|pulse|heart\s+rate|hr|rate|bp|pressure|systolic|diastolic|temp|temperature|glucose|sugars?|bm|weight|weighs|weighed|score|scored|iq|number|no\.?|room|bed|bay|ward|page|route|highway|item|question|over|from|to|between|minus|plus|about|around|approximately|roughly|nearly|almost)[\s:,]*$/i;
/** After a name and a comma, bracket or dash, a number in words is an age before what ends one: "Mrs Pryce, ninety-six⏎", "Doreen Ashcroft - ninety-two yesterday" (not "Ramipril, ninety tablets"). */
const AFTER_NAME_WORD_NUMBER_RE = /^\s*(?:[,;:!)]|\.(?:\s|$)|$|\n|[-–—]\s|\s+(?:yesterday|today|this|last|next|and|who|with|was|is|lives|living|celebrated|celebrates|years?|yrs?|y\/?o)\b)/;
const AFTER_APPOSITION_RE = /^(?:\s*!*[,)]|\s+(?:and|who|with|was|is|lives|living|presented|admitted|fell)\b)/;
const BEFORE_IS_RE = /\p{Lu}[\p{L}'’-]+\)?\s(?:is|was|turned|turns|now|would have been|will be|would be|turning)\s(?:now\s)?$/u;
/** The names of measurements whose value can look like an age over 89, for the two tests of a measurement before a number. */
const MEASURE_WORDS = String.raw`sats?|spo2|o2|fio2|bp|sbp|dbp|map|hr|rr|temp|pulse|gcs|weight|wt|glucose|bm|sugars?|score|hb|hgb|heart\s+rate|pain|potassium|sodium|level|count|plt|platelets|creat(?:inine)?|egfr|ef|lvef`;
const MEASURE_IS_RE = new RegExp(String.raw`\b(?:${MEASURE_WORDS})\)?\s(?:is|was|now)\s(?:now\s)?$`, 'i');
/** The forms of a birthday to come or missed ("PJ would have been 91 on All Saints' Day"): a named day or a week may follow. */
const BEFORE_BIRTHDAY_RE = /\p{Lu}[\p{L}'’-]+\)?\s(?:would have been|will be|would be|turns|turning)\s$/u;
/** A person named by what they are, then the age and "and" or "years": "the lady was 91 and came round" (not "pt was 92, on 2L"). */
const KIN_IS_RE = /\b(?:lady|gent|gentleman|grandmother|grandfather|grandma|grandpa|gran|granny|grandad|nan|nana|mother|father|mum|mom|dad|aunt|aunty|auntie|uncle|husband|wife|widow|widower)\s(?:is|was|turned|turns)\s$/;
const AFTER_IS_RE = /^\s*(?:and\b|but\b|,|;|\.|\(|years|yrs|not\b|now\b|today\b|this\b|next\b)/;
const AFTER_BIRTHDAY_RE = /^\s(?:on\s(?:the\s)?\p{Lu}|next\b|this\b)/u;
// "she's 94 and", "he is 91,", "turned 100 last week"
const BEFORE_PRONOUN_RE = /\b(?:she|he|I)(?:['’]?s|['’]m|\s+is|\s+was|\s+am|['’]ll\s+be|\s+will\s+be|['’]d\s+have\s+been|\s+would\s+have\s+been)\s+(?:now\s+|just\s+|nearly\s+|almost\s+|actually\s+|only\s+|already\s+|really\s+)?$|\b(?:turned|turns|turning|reached|reaches|celebrated|celebrating|cumple|cumplió|cumplirá|completa|completou)\s+$/i;
// "F 94", "M/93": sex before the age in a header
const BEFORE_SEX_RE = /(?:^|[\s(,;|])[MF]\s?[/,]?\s?$/;
const AFTER_NOT_MEASURE_RE = /^(?![.,]?\d|\s*(?:%|mg|mcg|kg|g\b|ml|mmHg|bpm|cm|mm|\/))/i;
// "nonagenarian (93)", "a centenarian aged 101"
/**
 * Words that give an age by what someone says or thinks of it, right before it: "gentleman, now 91", "(now 96", "alive at 95",
 * "said to be 95", "estimated 100", "approx 91", "family thinks 94", "who was 96", "age=91" ("now" only after a person and a
 * comma or in a bracket: "gave juice, now 118" is a sugar; a measurement's name before any of them makes it no age).
 */
const NOW_BEFORE_RE = /(?:\(\s*|(?:\p{Lu}\p{Ll}+|gentleman|gent|man|woman|lady|patient|pt|mother|father|mum|mom|dad|grandmother|grandfather|nan|nana|gran|granny|aunt|aunty|uncle|wife|husband|sister|brother|widow|widower),\s+)now\s+$/u;
const ESTIMATE_BEFORE_RE = /(?:\b(?:alive\s+at|said\s+to\s+be|believed\s+to\s+be|thought\s+to\s+be|estimated(?:\s+age)?|est\.?|approx\.?|approximately|(?:family|daughter|son|grandson|granddaughter|niece|nephew)\s+(?:thinks|says|insists|believes|reckons|states)(?:\s+(?:she|he)(?:['’]s|\s+is))?|per\s+family|(?:who|she|he)\s+was|reached|reaching|reach|age)\s*[=:]?\s*|\bage=)$/i;
/** Whether the words right before a number give it as an age (ESTIMATE_BEFORE_RE, NOW_BEFORE_RE). */
const estimateBefore = (before: string): boolean => (ESTIMATE_BEFORE_RE.test(before) || NOW_BEFORE_RE.test(before)) && !MEASURE_NEAR_RE.test(before);
/** Right after such an age: the end of its clause, or a word that goes on about the person. */
const ESTIMATE_AFTER_RE = /^(?:\s*[,;.!)]|\s*\+|\s*$|[ \t]*\r?\n|\s+(?:and|in|this|next|last|per|or|who|but|years?|yrs?|y\/o)\b)/i;
/** A measurement's name a little before a number: "sats now 92", "HR was 96", "weight approx 91". */
const MEASURE_NEAR_RE = new RegExp(String.raw`\b(?:${MEASURE_WORDS}|rate|reading|obs|%)\b[^.;\n]{0,16}$`, 'i');
/** After "at" and an age over 89: a dash or words that go on about the person (not a unit or a clause's end: "at 90 min", "running at 100."). */
const AT_AGE_AFTER_RE = /^(?:\s[-–—]\s|\s+(?:on the|in the|and still|she|he|they)\b)/;
/** An acronym (a lab, a score) or a fever's words in the clause before a number: "ALT at 95", "eGFR stable at 92", "spiked at 101". */
const LAB_NEAR_RE = /(?:\b[A-Z]{2,}[a-z0-9]*|\b[a-z]+[A-Z]\w*|\b(?:[Ff]ever|[Ff]ebrile|spiked|peaked|[Ss]atur\w*|[Ff]erritin|[Cc]hloride|level|running|rate|set))\b[^.;\n]{0,20}$/;
const AGED_NOUN_RE = /\b(?:nonagenarian|centenarian|supercentenarian)\b/i;

const WORD_AGE_RE = /\b(ninety|one hundred|hundred)(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?(?=[-\s](?:years?|yrs?)[-\s](?:old|of age)|-year-old|[-\s]?y\/?o\b|[-\s]yrs?\b)/gi;
const ROMANCE_WORD_AGE_RE = /\b(quatre-vingt-(?:dix(?:-(?:sept|huit|neuf))?|onze|douze|treize|quatorze|quinze|seize)|nonante(?:-(?:et-un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|cent(?:[- ](?:un|deux|trois|quatre|cinq))?|noventa(?: e (?:um|dois|três|tres|quatro|cinco|seis|sete|oito|nove)| y (?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cem|cento e (?:um|dois|três|tres|quatro|cinco)|ciento (?:uno|un|dos|tres|cuatro|cinco))(?=\s+(?:ans|anos|años)\b)/gi;
const WORD_NUM_RE = /\b(?:ninety(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)\s+hundred(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b/gi;
const AGE_GROUP_WORD_RE = /(?:nineties|90s|hundreds)\b/g;
const AGE_GROUP_RE = /\b(?:in (?:his|her|their) (?:nineties|90s|hundreds)|(?:early|mid|late)[-\s](?:nineties|90s))\b/gi;

/** The word right before is a person's name (given or family, capitalised unless it is no ordinary word). */
function isNameBefore(ctx: Ctx, before: string): boolean {
  const w = /(\p{L}[\p{L}'’-]*)\s$/u.exec(before)?.[1];
  if (!w) return false;
  const l = w.toLowerCase();
  return (ctx.lex.firstNames.has(l) || ctx.lex.lastNames.has(l)) && (!ctx.lex.english.has(l) || /^\p{Lu}/u.test(w));
}

/** A date with its year right before "(", whose year and the age add up to about now. */
function bornAgo(before: string, age: number): boolean {
  const d = /(?:^|[^\d])\d{1,2}[./-]\d{1,2}[./-]((?:19|20)\d\d)\s*\($/.exec(before);
  if (!d) return false;
  const sum = Number(d[1]) + age;
  return sum >= 2015 && sum <= 2035;
}

/**
 * An age over 89 right after a date of birth, in brackets or after "so", a dash or a comma: "DOB 04/07/1931 so 94",
 * "DOB: 18th August 1930 (93)", "DOB 1932-07-04 (i.e. 91)", "Năm sinh: 1929 (tuổi 94)", where what follows ends an age (not "94 lbs",
 * "96th centile", "92 days", "96 on room air").
 */
const AGE_AFTER_BIRTH_RE = /(?:\b(?:DOB|D\.O\.B\.?|date of birth|born|YOB|year of birth|fecha de nacimiento|data de nascimento|geb\.?|geboren)|Năm sinh)(?![\p{L}])[^\n]{0,40}?(?:\(\s*(?:i\.e\.?,?\s*|so\s+|now\s+|aged?:?\s*|tuổi\s+)?|\bso\s+|\bnow\s+|\s[-–—]\s*|,\s*)(9\d|1[01]\d)(?=\s*(?:\)|y\b|yo\b|y\/o|yrs?\b|years?\b|today\b|now\b|this\s+year\b|[.;,]?[ \t]*(?:\r?\n|$)|[.;](?:\s|$)))/giu;

/** How AGE_AFTER_BIRTH_RE's matches start, in lower case. */
const AGE_AFTER_BIRTH_FIRSTS = ['dob', 'd.o.b', 'date of birth', 'born', 'yob', 'year of birth', 'fecha de nacimiento', 'data de nascimento', 'geb', 'năm sinh'];

export function ageRules(ctx: Ctx): void {
  const { text } = ctx;
  if (/dob|d\.o\.b|birth|born|nacimiento|nascimento|geb|sinh/i.test(text))
    for (const m of matchesStartingWith(ctx, AGE_AFTER_BIRTH_RE, AGE_AFTER_BIRTH_FIRSTS)) {
      const s = m.index + m[0].length - m[1]!.length;
      ctx.add(s, s + m[1]!.length, 'AGE', 0.85, 'age-after-birth');
    }
  for (let m = scan(CANDIDATE_RE, text); m; m = CANDIDATE_RE.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const after = text.slice(e, e + 24);
    const before = text.slice(Math.max(0, s - 40), s);
    let conf = 0;
    let rule = '';
    if (AFTER_YEARS_RE.test(after) || AGE_SUFFIX_RE.test(after)) [conf, rule] = [0.97, 'age-year-old'];
    // "Lucinda (94 a)", "Sosa, Elba (94a)": Spanish and Portuguese years, in brackets only (not "heart rate 96 a) at rest")
    else if (/^\s?a\)/.test(after) && before.endsWith('(')) [conf, rule] = [0.9, 'age-year-old'];
    else if (AFTER_YEARS_BARE_RE.test(after) && !BEFORE_DURATION_RE.test(before)) [conf, rule] = [0.8, 'age-years'];
    // "DOB 12.03.1931 (94)": the age in brackets after a date of birth
    else if (/\b(?:DOB|D\.O\.B\.?|born|b\.)\s*:?\s*[\d./-]{6,10}\s*\($/i.test(before) && /^\s?(?:y(?:rs?|ears?)?\s?)?\)/.test(after)) [conf, rule] = [0.85, 'age-after-dob'];
    // "100th birthday"
    else if (/^(?:st|nd|rd|th)\s+birthday\b/i.test(after)) [conf, rule] = [0.85, 'age-birthday'];
    // "05/02/1932 (92)": an age in brackets after a date of birth that it agrees with
    else if (/^\s?\)/.test(after) && Number(m[0]) >= 90 && bornAgo(before, Number(m[0]))) [conf, rule] = [0.8, 'age-after-birth-date'];
    // "At 97 with CFS 6", "at 93, she": an age at the start of a sentence
    else if (/(?:^|[.!?]\s+|\n)[Aa]t\s$/.test(before) && /^(?:\s*,|\s+(?:with|and|she|he|they)\b)/.test(after)) [conf, rule] = [0.75, 'age-at'];
    else if (BEFORE_AGE_RE.test(before)) [conf, rule] = [0.9, 'age-cue'];
    // "umar 97", "umr ~95" (Hindi and Urdu for age, in lower case: Umar is also a name), not a measurement after it
    else if (/\b(?:umar|umr|umer)\s*[:~-]?\s*(?:lagbhag\s+|karib\s+|~\s*)?$/.test(before) && AFTER_NOT_MEASURE_RE.test(after)) [conf, rule] = [0.85, 'age-cue'];
    // "his mother lived to 94.", "died at 96 in the hospice", "passed away at 91,": the age someone lived to
    else if (/\b(?:lived\s+(?:to|until|till)(?:\s+(?:be|the\s+age\s+of))?|(?:died|passed(?:\s+away|\s+on)?|dying)(?:\s+[\p{L}'’]+){0,4}\s+at(?:\s+the\s+age\s+of)?)\s+$/iu.test(before) && Number(m[0]) >= 90 && /^(?:\s*[,;.)]|\s*$|\s+(?:in|at|on|with|without|and|after|from|of|years?|yrs?|last|this|ago|back|recently|earlier|two|three|a\s+few|\d+)\b)/.test(after)) [conf, rule] = [0.8, 'age-lived-to'];
    // "Aunt Nuala, alive, 93 next month", "95 this year and still walks": an age over 89 that someone reaches this year or next
    else if (Number(m[0]) >= 90 && /(?:^|[,.;:]\s|\n)$/.test(before) && /^\s(?:next|this)\s(?:month|year|week|spring|summer|autumn|fall|winter)\b/.test(after)) [conf, rule] = [0.75, 'age-is'];
    // "Mrs Fairweather, now 92, with her niece": "now" between a name and the age
    else if (/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)\s+\p{Lu}\p{Ll}[\p{L}'’-]*,\s+now\s+$/u.test(before) && Number(m[0]) >= 90 && /^\s*[,;.)]/.test(after)) [conf, rule] = [0.75, 'age-now'];
    else if (AFTER_SEX_RE.test(after) && !/[\w.,]$/.test(before)) [conf, rule] = [0.85, 'age-sex'];
    else if (AFTER_APPOSITION_RE.test(after) && BEFORE_APPOSITION_RE.test(before)) [conf, rule] = [0.75, 'age-apposition'];
    // ("Hb was 95 on Monday" is no age: a named day after it only after a birthday's words)
    // ("BP now 95,", "Sats were 96": a measurement, not a person)
    else if (((AFTER_IS_RE.test(after) && BEFORE_IS_RE.test(before) && !MEASURE_IS_RE.test(before)) || (AFTER_BIRTHDAY_RE.test(after) && BEFORE_BIRTHDAY_RE.test(before)))) [conf, rule] = [0.8, 'age-is'];
    // ("she is 92 - Korean age", "My aunt is 90 (born 1933)": a dash or a bracket goes on about the age)
    else if ((/^\s+(?:and\b|years|yrs|y\/o)/.test(after) || (/^(?:\s*\(|\s[-–—]\s)/.test(after) && Number(m[0]) >= 90)) && KIN_IS_RE.test(before)) [conf, rule] = [0.75, 'age-is'];
    else if (BEFORE_PRONOUN_RE.test(before) && AFTER_NOT_MEASURE_RE.test(after) && /^(?:\s*(?:and|but|now|last|this|next|soon|today|tomorrow|yesterday|on|in|years?)\b|\s*[,;.!()]|\s[-–—]\s|\s*$|[ \t]*\r?\n|\s\p{Lu}\p{Ll}+[,.!?]?(?:\s|$))/iu.test(after)) [conf, rule] = [0.8, 'age-pronoun'];
    else if (BEFORE_SEX_RE.test(before) && AFTER_NOT_MEASURE_RE.test(after) && /^(?:\s*[,;)|]|\s+[A-Za-z(]|\s*$)/.test(after)) [conf, rule] = [0.75, 'age-sex-before'];
    // "now 91,", "alive at 95 in", "estimated 100,", "family thinks 94.": an age over 89 as someone gives or guesses it
    else if (Number(m[0]) >= 90 && estimateBefore(before) && ESTIMATE_AFTER_RE.test(after) && AFTER_NOT_MEASURE_RE.test(after)) [conf, rule] = [0.75, 'age-estimate'];
    // "pt 96 |", "nan 91,", "pt 2 (95)", "her nan (90 in March!)": a patient or a grandparent, then an age over 89
    else if (/\b(?:pt|patient|resident|client|nan|nana|gran|granny|grandma|grandpa|grandad|grandmother|grandfather)(?:\s+|(?:\s+\d{1,2})?\s+\()$/i.test(before) && Number(m[0]) >= 90 && /^(?:\s*[|,;.)]|\s*$|[ \t]*\r?\n|\s+(?:and|with|who|lives|living|on|in|next|this|y)\b)/.test(after)) [conf, rule] = [0.75, 'age-after-patient'];
    // "Hip fracture at 94 - operate or not?", "still milking by hand at 101 on the home farm": the age something happened at,
    // where no measurement or lab's name comes before it in the clause ("sats at 92 on 2L", "ALT at 95.", "fever spiked at 101.")
    else if (Number(m[0]) >= 90 && /\bat\s$/i.test(before) && AT_AGE_AFTER_RE.test(after) && !MEASURE_NEAR_RE.test(before) && !LAB_NEAR_RE.test(before)) [conf, rule] = [0.75, 'age-at'];
    else if (AGED_NOUN_RE.test(text.slice(Math.max(0, s - 30), Math.min(text.length, e + 30))) && AFTER_NOT_MEASURE_RE.test(after)) [conf, rule] = [0.75, 'age-noun'];
    // "Dolores Finch, 90y,": an age written with y alone
    else if (/^y(?=[\s,;.)]|$)/.test(after) && !BEFORE_DURATION_RE.test(before)) [conf, rule] = [0.8, 'age-y'];
    // "1. Barry 93 from Bupa Kogarah", "bed 3 - paddy o'sullivan 92 frm ballyfermot": a name, the age, where they came from
    else if (/^\s+(?:from|frm|fr|ex)\s+\p{L}/u.test(after) && isNameBefore(ctx, before)) [conf, rule] = [0.75, 'age-name-from'];
    // "Mrs Ivy Parry, 101.", "| Peter Graham, 96 |", "resident Florence Tibbs 99 temp 38.1": a full name, then the age
    else if (/^\s*(?:[.;|]|$)/.test(after) && /\p{L},\s*$/u.test(before) && isNameBefore(ctx, before.replace(/,\s*$/, ' '))) [conf, rule] = [0.75, 'age-apposition'];
    else if (/^\s+[a-z]/.test(after) && !/^\s+(?:percent|per|on|of|at|in|to|mg|ml|kg|bpm|mmhg)\b/.test(after) && AFTER_NOT_MEASURE_RE.test(after) && /\p{Lu}\p{Ll}+\s\p{Lu}[\p{L}'’-]+\s$/u.test(before) && isNameBefore(ctx, before)) [conf, rule] = [0.7, 'age-after-name'];
    if (conf) ctx.add(s, e, 'AGE', conf, rule);
  }
  // "092Y": an age as DICOM writes it, in three figures and its unit
  if (/\d{3}Y/.test(text)) for (let m = scan(DICOM_AGE_RE, text); m; m = DICOM_AGE_RE.exec(text)) ctx.add(m.index, m.index + 3, 'AGE', 0.9, 'age-dicom');
  const words = ctx.tokens.some((t) => t.lower.startsWith('ninet') || t.lower.includes('hundred'));
  if (words && (ctx.lower.includes('ninety') || ctx.lower.includes('hundred'))) {
    for (let m = scan(WORD_AGE_RE, text); m; m = WORD_AGE_RE.exec(text)) {
      const base = NUM_WORDS[m[1]!.toLowerCase()] ?? 0;
      const v = base + (m[2] ? (UNITS[m[2].toLowerCase()] ?? 0) : 0);
      if (v >= 90) ctx.add(m.index, m.index + m[0].length, 'AGE', 0.95, 'age-words');
    }
    // "aged ninety,", "she's ninety-one and", "turned a hundred and two"
    for (let m = scan(WORD_NUM_RE, text); m; m = WORD_NUM_RE.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      const before = text.slice(Math.max(0, s - 40), s);
      const after = text.slice(e, e + 24);
      if (/^[-\s]*(?:years?|yrs?)[-\s]*(?:old|of age)|^-year-old/i.test(after)) continue; // WORD_AGE_RE
      // (and after an estimate's words or in a bracket of its own: "said to be ninety-nine", "(ninety-three)")
      if (BEFORE_AGE_RE.test(before) || BEFORE_PRONOUN_RE.test(before) || (estimateBefore(before) && ESTIMATE_AFTER_RE.test(after)) || (/\(["“]?$/.test(before) && /^["”]?\)/.test(after)) || (BEFORE_IS_RE.test(before) && AFTER_IS_RE.test(after)) || (BEFORE_APPOSITION_RE.test(before) && (AFTER_APPOSITION_RE.test(after) || AFTER_NAME_WORD_NUMBER_RE.test(after))) || (BEFORE_APPOSITION_RE.test(before.replace(/\s[-–—]\s*$/, ', ')) && AFTER_NAME_WORD_NUMBER_RE.test(after)) || /^\s*(?:years?|yrs?)\b/i.test(after))
        ctx.add(s, e, 'AGE', 0.85, 'age-words-cue');
      // the nineties in words are an age wherever they measure nothing ("Mrs P in bed 4 (ninety-nine and sharp as a tack)",
      // "room 211, ninety)"): not before a unit or a decimal point ("ninety milligrams", "ninety-eight point six"), nor after a
      // vital sign, a score, a place's number or a range's word ("sats ninety-four", "from ninety to"); a hundred is as often
      // a manner of speaking ("a hundred questions"), so it needs its cue
      else if (/^ninety/i.test(m[0]) && !WORD_NUMBER_MEASURES_AFTER_RE.test(after) && !WORD_NUMBER_MEASURES_BEFORE_RE.test(before)) ctx.add(s, e, 'AGE', 0.7, 'age-words-alone');
    }
  }
  // in French and Portuguese words, before the word for years: "quatre-vingt-douze ans", "noventa e dois anos"
  if (/quatre-vingt-|nonante|\bcent\b|noventa|\bcem\b|cento e|ciento/i.test(text)) for (let m = scan(ROMANCE_WORD_AGE_RE, text); m; m = ROMANCE_WORD_AGE_RE.exec(text)) ctx.add(m.index, m.index + m[1]!.length, 'AGE', 0.9, 'age-words');
  if (words || text.includes('90s')) {
    for (let m = scan(AGE_GROUP_WORD_RE, ctx.lower); m; m = AGE_GROUP_WORD_RE.exec(ctx.lower)) {
      const w = /(?:\bin (?:his|her|their) |\b(?:early|mid|late)[-\s])$/.exec(ctx.lower.slice(Math.max(0, m.index - 16), m.index));
      if (w) ctx.add(m.index - w[0].length, m.index + m[0].length, 'AGE', 0.8, 'age-group');
    }
  }
  void AGE_GROUP_RE;
}

/**
 * An age over 89 right beside a name: "koro wiremu, 93.", "Ivy Rich (99 on the 21st!)", "Gwendoline Pryce (Gwen), 90,",
 * "Halina Nowak, 92 l." (the engine reads it once every finding is merged, beside the tagger's names too).
 */
// (after a nickname in quotes and brackets too, and at a line's end: 'Albert Huang ("Bert"), 93,', "Mrs Victoria Osei-Bonsu, 97⏎")
// (and after a title in brackets, before a bracket or a column's gap: "YOUNG, Hyun-woo (Mr), 92   lives", "Whitlock, 101 (celebrated")
export const AGE_BESIDE_NAME_RE = /^["”']?\)?(?: \((?:Mr|Mrs|Ms|Miss|Mx|Dr)\))?(?:, (?:[MFW]|[Mm]ale|[Ff]emale))?,? \(?(9\d|1[01]\d)(?=\)|[.,;:!]|\s*$|[ \t]*\r?\n|\s+(?:y|yo|yrs?|years?|on|next|this|today|in|per(?!\s*(?:cent|min|minute|hour|day|kg)\b)|lat|años|ans|Jahre|jaar|anni|anos|éves|år)(?![A-Za-zÀ-ÿ])|\s+l\.(?=,|[ \t]*(?:\r?\n|$))|\s[-–—·•]\s|\s+\(|[ \t]{2,})/;

/**
 * After a name, what it says in brackets, and a comma or a dash: an age over 89 ("Hemi Tawhiri (NHI ZKQ4418), 92",
 * "Sid (Sidney Parfitt) - 93,", "Abdul Mannan (father-in-law), 93, bedbound"), where the number ends its phrase and is no
 * measurement ("Jones, 95 Main St", "Patel - 90/60", "Smith, 92%"); up to 109 ("Dr Amy Chan - 112" is a phone's extension).
 */
const AGE_AFTER_NAME_ASIDE_RE = /^(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:,|[-–—]|(?<=\)):)[ \t]*(9\d|10\d)(?!\d|[.,]\d|[/:])(?=[ \t]*(?:[,.;:!)|]|\+|[-–—][ \t]|\r?\n|$|\((?!\d)|(?:y|yo|yrs?|years?|a|aa|jr|j)\b(?!\s*(?:ago|since|of\s(?!age)))))/;

/** The ages the names that were found are followed by (the name rules run after the age rules, so this reads their findings). */
export function agesAfterNames(text: string, findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.type !== 'NAME') continue;
    const m = AGE_AFTER_NAME_ASIDE_RE.exec(text.slice(f.end, f.end + 64));
    if (!m) continue;
    const s = f.end + m[0].length - m[1]!.length;
    out.push({ start: s, end: s + m[1]!.length, type: 'AGE', confidence: 0.75, rule: 'age-after-found-name' });
  }
  return out;
}

