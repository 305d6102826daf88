import type { Ctx } from './context';

const MON = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|janv(?:ier)?|févr(?:ier)?|fevr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|aout|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|déc(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic|januar|februar|märz|maerz|juni|juli|oktober|dezember|okt|dez|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)`;
const ORD = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d|'\d\d)`;
const MON_OK = String.raw`(?<![A-Za-z])${MON}\.?`;

// "March 14, 2023", "March 14th", "Mar. 14 2023", "March 14-16"
const MDY_RE = new RegExp(String.raw`${MON_OK}\s+${ORD}(?!\d|:\d)(?:\s*(?:-|–|to)\s*${ORD}(?!\d|:\d))?(?:,?\s+${YEAR}(?!\d))?`, 'g');
// "14 March 2023", "14th of March", "27 Jan"
const DMY_RE = new RegExp(String.raw`(?<![\d,/])(?<!\d\.)${ORD}\.?(?:\s*(?:-|–)\s*${ORD})?\s+(?:of\s+|de\s+)?${MON_OK}(?![a-zà-ÿ])(?:,?\s+(?:de\s+)?${YEAR}(?!\d))?`, 'gi');
// "27-Sep-2021", "03-Mar-22"
const DMY_HYPHEN_RE = new RegExp(String.raw`(?<![\d-])(?:[12]\d|3[01]|0?[1-9])[-/ ]${MON}[-/ ](?:\d{4}|\d{2})(?!\d)`, 'gi');
// "March 2023", "mid-March", "early March", "in March", "since May"
const MY_RE = new RegExp(String.raw`${MON_OK}(?![a-z])(?:\s+(?:of\s+)?${YEAR}(?!\d))`, 'g');
const MONTH_ALONE_RE = new RegExp(
  String.raw`(?:(?:mid|early|late|end of|beginning of|start of|since|until|till|in|during|by|from|through|last|next|this|of|before|after|around|on)[\s-]+)(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?![\w'’])`,
  'g',
);
// lower-case writing: "in march", "since june 3rd", "end of april"
const MONTH_LOWER_RE =
  /\b(?:(?:mid|early|late|end of|beginning of|start of|since|until|till|in|during|by|from|through|last|next|this|before|after|around|on)[\s-]+)(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?:\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b)?/g;
const MONTH_FULL_RE = /(?<![A-Za-z])(January|February|April|June|July|August|September|October|November|December)(?![\w'’])/g;
// numeric dates
const NUM_DMY_RE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g;
const ISO_RE = /(?<![\d.-])(1[89]\d\d|20\d\d)([-.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2})?)?(?!\d)/g;
const ISO_SLASH_RE = /(?<![\d/])(1[89]\d\d|20\d\d)\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?![\d/])/g;
const MM_YYYY_RE = /(?<![\d/.-])(0?[1-9]|1[0-2])([/-])(1[89]\d\d|20\d\d)(?![\d/-])/g;
const MD_RE = /(?<![\d/.:-])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/g;
const ORDINAL_DAY_RE = /\bthe\s+((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))(?!\s*(?:-|–)?\s*(?:[a-z]{2,}|\d))/g;
const MONTH_WORDS = new Set(
  'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december janv janvier févr février fevr fevrier mars avr avril mai juin juil juillet août aout septembre octobre novembre déc décembre enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic januar februar märz maerz juni juli oktober dezember okt dez janeiro fevereiro março maio junho julho setembro outubro novembro dezembro'.split(' '),
);
const WEEKDAY_RE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;

const DATE_CUE_BEFORE =
  /(?:\b(?:on|since|from|until|till|by|dated?|DOB|DOD|born|died|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day)?|admitted|discharged|seen|visit|before|after|starting|started|through|between|last|next|surgery|procedure|review|follow-up|follow up|f\/u|appt|appointment|presented|returned|readmitted|transferred|scan|CT|MRI)\s*:?\s*|^\s*|\n\s*)$/i;
const FRACTION_AFTER =
  /^\s*(?:bottles?|sets?|cultures?|strength|power|vision|mg|mcg|g\b|ml|mL|mmHg|units?|cores?|nodes?|lymph|patients|of|positive|negative|samples?|specimens?|biopsies|sites?|criteria|points?|fingers?|teeth|views?|vessels?|limbs?|times|doses?|cycles?|in\b|on\b|splits?|ratio|scale|score|with|murmur|systolic|diastolic|holosystolic|pansystolic|ejection|early|late|mid|grade|x\b|or\b|per\b|\d)/i;
const FRACTION_BEFORE = /(?:\b(?:APGARS?|Apgars?|BP|blood pressure|pain|up to|rated|ratio|score|power|strength|grade|murmur|G\d*P\d*|was|of|VA|vision|acuity|mmHg|x|GCS|motor|sensation|reflexes|pulses|mg|dose|dosing)\s*:?\s*)$/i;

function validMD(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export function dateRules(ctx: Ctx): void {
  const { text, lex } = ctx;
  const add = (s: number, e: number, conf: number, rule: string) => {
    // "12 March." - the full stop ends the sentence, it does not abbreviate the month
    if (text[e - 1] === '.' && /(?:\p{L}{5,}|\b(?:June|July|May|mars|mai|juin))\.$/u.test(text.slice(Math.max(s, e - 12), e))) e--;
    ctx.add(s, e, 'DATE', conf, rule);
  };
  const hasMonth = ctx.tokens.some((t) => MONTH_WORDS.has(t.lower));
  const hasNumSep = /\d[/-]\d|\d\.\d{1,2}\.\d/.test(text);
  if (hasMonth) for (const m of text.matchAll(MDY_RE)) {
    // "May" as a modal verb: "May 2 be..." is unlikely; accept
    add(m.index, m.index + m[0].length, 0.95, 'date-mdy');
  }
  if (hasMonth) for (const m of text.matchAll(DMY_RE)) add(m.index, m.index + m[0].length, 0.95, 'date-dmy');
  if (hasMonth) for (const m of text.matchAll(DMY_HYPHEN_RE)) add(m.index, m.index + m[0].length, 0.95, 'date-dmy-hyphen');
  if (hasMonth) for (const m of text.matchAll(MY_RE)) add(m.index, m.index + m[0].length, 0.9, 'date-month-year');
  if (hasMonth) for (const m of text.matchAll(MONTH_ALONE_RE)) {
    const s = m.index + m[0].lastIndexOf(m[1]!);
    add(s, s + m[1]!.length, 0.8, 'date-month');
  }
  if (hasMonth && /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(text)) {
    for (const m of text.matchAll(MONTH_LOWER_RE)) {
      const s = m.index + m[0].indexOf(m[1]!);
      add(s, m.index + m[0].length, 0.7, 'date-month-lower');
    }
  }
  if (hasMonth) for (const m of text.matchAll(MONTH_FULL_RE)) {
    // full month names other than March/May are rarely anything else (June/August as names: context decides later)
    add(m.index, m.index + m[0].length, 0.6, 'date-month-name');
  }
  if (hasNumSep) for (const m of text.matchAll(NUM_DMY_RE)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (!(validMD(a, b) || validMD(b, a))) continue;
    if (m[2] === '.' && m[4]!.length === 2 && /v(?:ersion)?\.?\s*$|\d\.$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) continue; // v1.2.34
    add(m.index, m.index + m[0].length, 0.95, 'date-numeric');
  }
  if (hasNumSep) for (const m of text.matchAll(ISO_RE)) add(m.index, m.index + m[0].length, 0.97, 'date-iso');
  if (hasNumSep) for (const m of text.matchAll(ISO_SLASH_RE)) add(m.index, m.index + m[0].length, 0.95, 'date-iso-slash');
  if (hasNumSep) for (const m of text.matchAll(MM_YYYY_RE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (FRACTION_AFTER.test(after)) continue;
    add(m.index, m.index + m[0].length, 0.8, 'date-month-year-numeric');
  }
  if (hasNumSep) for (const m of text.matchAll(MD_RE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!validMD(a, b)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (FRACTION_BEFORE.test(before) || FRACTION_AFTER.test(after)) continue;
    if (!DATE_CUE_BEFORE.test(before) && !/^\s*(?:at\s+\d|@|\d{1,2}:\d{2}|[:,-]\s)/.test(after)) continue;
    add(m.index, m.index + m[0].length, 0.75, 'date-md');
  }
  if (/\d(?:st|nd|rd|th)\b/.test(text)) for (const m of text.matchAll(ORDINAL_DAY_RE)) {
    const s = m.index + m[0].indexOf(m[1]!);
    // "the 3rd dose", "the 2nd trimester" are excluded by the lookahead (next word)
    add(m.index, s + m[1]!.length, 0.75, 'date-ordinal');
  }
  void WEEKDAY_RE; // weekdays alone do not identify a date
  // holidays, with an optional year ("Labor Day 2023", "Christmas Eve"): one pass over the text
  if (lex.holidays.length) {
    const { re, first } = holidayRe(lex.holidays);
    for (const t of ctx.tokens) {
      if (!t.cap || !first.has(t.lower)) continue;
      re.lastIndex = t.start;
      const m = re.exec(text);
      if (m) add(m.index, m.index + m[0].length, 0.9, 'date-holiday');
    }
  }
}

const holidayCache = new WeakMap<string[], { re: RegExp; first: Set<string> }>();
/** A sticky pattern for the holiday names, tried only at tokens that can start one. */
function holidayRe(list: string[]): { re: RegExp; first: Set<string> } {
  let hit = holidayCache.get(list);
  if (!hit) {
    const alts = list.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
    const re = new RegExp(`(?:${alts.join('|')})(?![A-Za-z'’])(?:,?\\s+(?:1[89]\\d\\d|20\\d\\d)(?!\\d))?`, 'iy');
    const first = new Set(list.map((h) => (h.split(/[\s-]/)[0] ?? '').replace(/['’]s$/, '').replace(/\.$/, '')));
    hit = { re, first };
    holidayCache.set(list, hit);
  }
  return hit;
}
