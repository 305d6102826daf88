import type { PhiType } from '../types';
import { C_SPOKEN, classMap, wordClasses, type WordClasses } from '../dictionaries';
import { CUES } from './ids';
import { scan, type Ctx } from './context';

/**
 * Numbers and names said aloud and written down: dictations, call transcripts and voicemails spell a phone number
 * as "oh seven seven double oh nine ..." and a surname as "P-H-E-L-A-N". The digit patterns never see them.
 */

const DIGITS: Record<string, number> = { zero: 0, oh: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

const WORD = String.raw`(?:[Zz]ero|[Oo]h|[Nn]ought|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)`;
const ITEM = String.raw`(?:(?:[Dd]ouble|[Tt]riple)\s+)?${WORD}(?![\p{L}'’-])`;
// a run of spoken digits, with the single capital letters a code holds between them ("five Q K two H A seven")
const SPOKEN_RUN_RE = new RegExp(String.raw`(?<![\p{L}'’-])${ITEM}(?:(?:,?[ \t]+|[ \t]*-[ \t]*)(?:${ITEM}|\p{Lu}(?![\p{L}'’-])))+`, 'gu');
const RUN_ITEM_RE = /(double|triple)?\s*(zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)|(\p{Lu})/giu;

// ("number" on its own: "account number" is the account's)
const PHONE_WORDS = String.raw`phone|phoned|mobile|mob|cell|landline|(?<!(?:account|card|policy|member|record|hospital|medicare|medicaid|plan|claim|reference|ref|case|ID|NHS|health|insurance|licen[cs]e|registration|serial|security|unit|chart)\s)number|call|calls|called|ring|rang|reach|contact|tel|text|whatsapp|extension|ext`;
// the nearest cue before the run names its type ("his medicare is, hold on, two nine five ..."); the greedy start finds the last one
const CUE_BEFORE_RE = new RegExp(
  String.raw`^[\s\S]*(?:^|[^\p{L}])(?:(fax|facsimile)|(SSN|social security|social insurance)|${CUES.map((c) => `(${c.re})`).join('|')}|(${PHONE_WORDS}))(?![\p{L}])`,
  'iu',
);
const CUE_TYPES: PhiType[] = ['FAX', 'SSN', ...CUES.map((c) => c.type), 'PHONE'];

// an address said aloud: "flat two forty one Brudenell Grove", "forty seven learmonth street buninyong", "twenty two nineteen
// Winnebago apartment three" (two number words at least, then the street's words and its kind or a flat)
const NUMBER_WORD = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;
const NUMBER_WORD_SET = new Set(NUMBER_WORD.slice(3, -1).split('|'));
/** The words that open the rules: every number word, and how a digit is doubled. */
export const SPOKEN_WORDS = new Set([...NUMBER_WORD_SET, 'nought', 'double', 'triple']);
const STREET_KIND = String.raw`(?:street|road|grove|avenue|drive|lane|close|crescent|way|court|terrace|boulevard|gardens|parade|highway)`;
const SPOKEN_ADDRESS_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:flat|apartment|unit)\s+${NUMBER_WORD}(?:\s+${NUMBER_WORD}){0,2}\s+)?${NUMBER_WORD}(?:\s+${NUMBER_WORD}){1,3}\s+((?:[\p{L}'’-]+\s+){1,3}?)(?:${STREET_KIND}(?:\s+([\p{Ll}]+))?|(?:apartment|flat|unit)\s+${NUMBER_WORD}(?:\s+${NUMBER_WORD}){0,2})(?![\p{L}])`,
  'giu',
);
// a postcode read out: "postcode read out as L S six one H R"
const SPOKEN_POSTCODE_RE = new RegExp(String.raw`\b(?:[Pp]ost\s?code|[Zz]ip(?:\s?code)?|[Ee]ircode)\b[^\n\d]{0,16}?\b((?:[A-Z]|${NUMBER_WORD})(?:[ ,]+(?:[A-Z](?![\p{L}])|${NUMBER_WORD})){3,7})(?![\p{L}])`, 'gu');
// a letter spelt out: "P-H-E-L-A-N", "L O V E L L" (four letters or more)
const SPELT_RE = /(?<![\p{L}\d-])\p{Lu}(?:[- ]\p{Lu}){3,}(?![\p{L}\d-])/gu;
const SPELLING_CUE_RE = /\b(?:spelt|spelled|spelling|spells|that's|surname|last name|family name|name is|name's)\b[^\n]{0,24}$/i;

// a date of birth said aloud: "date of birth nine twelve eighty-eight", "date of birth may ninth nineteen thirty one", "DOB is the
// fourteenth of the second" (two number words, ordinals or months at least, after the cue)
const SPOKEN_DATE_WORD = String.raw`(?:${NUMBER_WORD}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}])`;
const SPOKEN_BIRTH_DATE_RE = new RegExp(
  String.raw`\b(?:date of birth|d\.?\s?o\.?\s?b\.?|born(?: on)?)(?:\s+(?:is|was))?\s*:?,?\s+((?:(?:the|of)\s+)?${SPOKEN_DATE_WORD}(?:[\s-]+(?:(?:the|of|and)\s+){0,2}${SPOKEN_DATE_WORD}){1,8})`,
  'giu',
);

let fallbackClasses: Map<string, number> | undefined;
function classesOf(ctx: Ctx): WordClasses {
  return ctx.wordClasses ?? wordClasses(ctx.tokens, (fallbackClasses ??= classMap([[SPOKEN_WORDS, C_SPOKEN]])));
}

/** The digits said in a run, and how many letters it spells between them. */
function spokenDigits(run: string): { digits: number[]; letters: number } {
  const digits: number[] = [];
  let letters = 0;
  for (const m of run.matchAll(RUN_ITEM_RE)) {
    if (m[3]) {
      letters++;
      continue;
    }
    const d = DIGITS[m[2]!.toLowerCase()]!;
    const times = !m[1] ? 1 : m[1].toLowerCase() === 'double' ? 2 : 3;
    for (let i = 0; i < times; i++) digits.push(d);
  }
  return { digits, letters };
}

/** Counting aloud ("seven, six, five, four, three") is no number. */
function isCount(digits: number[]): boolean {
  const step = digits[1]! - digits[0]!;
  return Math.abs(step) === 1 && digits.every((d, i) => i === 0 || d - digits[i - 1]! === step);
}

function spokenNumbers(ctx: Ctx, wc: WordClasses): void {
  let count = 0;
  for (let i = 0; i < wc.of.length && count < 5; i++) if (wc.of[i]! & C_SPOKEN) count++;
  if (count < 5) return;
  const { text } = ctx;
  for (let m = scan(SPOKEN_RUN_RE, text); m; m = SPOKEN_RUN_RE.exec(text)) {
    const { digits, letters } = spokenDigits(m[0]);
    if (digits.length < 4 || digits.length + letters < 7 || isCount(digits)) continue;
    // (a memory test's digits: "digit span: repeated five two eight one nine four six")
    if (/\b(?:digit\s?span|digits|repeat(?:ed|s)?|backwards?|forwards?|serial)\b[^\n]{0,30}$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const cue = CUE_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    const at = cue ? cue.slice(1).findIndex((g) => g !== undefined) : -1;
    // (a code of letters and digits needs its cue; ten digits said without one are a phone number)
    if (letters && (at < 0 || CUE_TYPES[at] === 'PHONE')) continue;
    const type: PhiType = at >= 0 ? CUE_TYPES[at]! : digits.length >= 7 && digits.length <= 12 ? 'PHONE' : 'ID';
    ctx.add(m.index, m.index + m[0].length, type, 0.85, 'spoken-number');
  }
}

function speltNames(ctx: Ctx): void {
  const { text, lex } = ctx;
  for (let m = scan(SPELT_RE, text); m; m = SPELT_RE.exec(text)) {
    // (one separator throughout: "A B C-D" is no spelling)
    const hyphens = m[0].includes('-');
    if (hyphens && m[0].includes(' ')) continue;
    const word = m[0].replace(/[- ]/g, '').toLowerCase();
    // ("A-B-C-D-E": letters in the alphabet's order are a mnemonic)
    if ([...word].every((c, i) => i === 0 || c.charCodeAt(0) === word.charCodeAt(i - 1) + 1)) continue;
    const named = lex.lastNames.has(word) || lex.firstNames.has(word);
    const cued = SPELLING_CUE_RE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (cued || (named && hyphens && !lex.clinical.has(word) && !lex.english.has(word))) ctx.add(m.index, m.index + m[0].length, 'NAME', 0.85, 'name-spelt');
  }
}

function spokenAddresses(ctx: Ctx): void {
  const { text, lex } = ctx;
  for (let m = scan(SPOKEN_ADDRESS_RE, text); m; m = SPOKEN_ADDRESS_RE.exec(text)) {
    // (the street's words are a name: no number words, no words like "the", "more", "times")
    const words = m[1]!.trim().split(/\s+/);
    if (words.some((w) => NUMBER_WORD_SET.has(w.toLowerCase()) || (lex.english.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w) && !lex.lastNames.has(w.toLowerCase()) && !lex.placeSingle.has(w.toLowerCase())))) continue;
    // (a town after the street only when it is no ordinary word: "... street buninyong")
    const town = m[2];
    const end = m.index + m[0].length - (town && lex.english.has(town.toLowerCase()) ? town.length + 1 : 0);
    ctx.add(m.index, end, 'LOCATION', 0.8, 'spoken-address');
  }
  for (let m = scan(SPOKEN_POSTCODE_RE, text); m; m = SPOKEN_POSTCODE_RE.exec(text)) {
    const s = m.index + m[0].length - m[1]!.length;
    ctx.add(s, m.index + m[0].length, 'LOCATION', 0.8, 'spoken-postcode');
  }
}

export function spokenRules(ctx: Ctx): void {
  const wc = classesOf(ctx);
  if (wc.any & C_SPOKEN) {
    // (a number or an address said aloud has two number words side by side)
    let pair = false;
    for (let i = 0; i + 1 < wc.of.length && !pair; i++) pair = (wc.of[i]! & wc.of[i + 1]! & C_SPOKEN) !== 0;
    if (pair) {
      spokenNumbers(ctx, wc);
      spokenAddresses(ctx);
    }
  }
  if (/[A-Z][- ][A-Z][- ][A-Z][- ][A-Z]/.test(ctx.text)) speltNames(ctx);
  if (/birth|dob|d\.o\.b|born/i.test(ctx.text)) for (let m = scan(SPOKEN_BIRTH_DATE_RE, ctx.text); m; m = SPOKEN_BIRTH_DATE_RE.exec(ctx.text)) {
    const s = m.index + m[0].length - m[1]!.length;
    ctx.add(s, m.index + m[0].length, 'DATE', 0.85, 'spoken-birth-date');
  }
}
