import { type Finding, freeBeside } from '../types';

/**
 * The words beside a found date that name the same day, taken into it: "lundi 19 février", "Tuesday after Labor Day",
 * "the day after July 4th", "Easter Sat", "Greek Easter", "2. Weihnachtstag", "Nov 20/23", "14.–19.11.2023". A reader who
 * sees the weekday or the festival beside a redacted day can often tell the day again, so they go with it.
 */

/** Weekdays, in the languages of the notes, full or cut short. */
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|segunda(?:-feira)?|ter[çc]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|m[åa]ndag|tisdag|tirsdag|onsdag|torsdag|fredag|l[öø]rdag|s[öø]ndag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]`;
/**
 * Before a date: a weekday ("Tuesday", "lundi", "Mån", "Tuesday after"), a day counted from it ("the day after", "the eve
 * of", "the last days of", "two days after", "three days post", "day 2 of", "the last Friday in", "a few days prior to",
 * "the Monday before", "véspera de", "le lendemain de la", "la veille d'"), an article ("den 26 juni"), in that order.
 * ("after" alone stays a word of the sentence: "seen after 3/4".)
 */
const BEFORE_DATE_RE = new RegExp(
  String.raw`(?:^|[\s(,;:|"“'‘—–])((?:(?:${WEEKDAY})\.?,?[ \t]+(?:(?:the|le|el|den|der|am)[ \t]+|(?:after|before)[ \t]+(?:the[ \t]+)?)?)?(?:(?:the[ \t]+)?(?:(?:first|second|third|fourth|last|final|\d(?:st|nd|rd|th)|(?:a|one|two|three|four|five|six|seven|ten|a[ \t]+few|several|\d{1,2})(?=[ \t]+\S+[ \t]+(?:after|before|post|prior[ \t]+to|following)))[ \t]+)?(?:days?|nights?|eve|morning|evening|afternoon|weekend|weeks?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[ \t]+(?:after|before|post|of|prior[ \t]+to|following)[ \t]+(?:the[ \t]+)?|day[ \t]+\d{1,2}[ \t]+of[ \t]+(?:the[ \t]+)?|(?:the[ \t]+)?(?:first|second|third|fourth|last|final)[ \t]+(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]+in[ \t]+|(?:v[ée]spera|v[íi]spera|noite|noche|lunes|domingo|segunda|dia|d[íi]a)[ \t]+de[ \t]+(?:la[ \t]+|o[ \t]+)?|(?:(?:le|au|la)[ \t]+)?(?:lendemain|veille)[ \t]+d(?:e[ \t]+(?:la[ \t]+)?|['’]))?(?:den[ \t]+)?)$`,
  'iu',
);
/** A weekday that is also an English word, which counts only when capitalised: "Sat", "Sun", "Wed". */
const WORD_WEEKDAY_RE = /^(?:sat|sun|wed)\b/;
/** Before a named day: the people or calendar that keep it, or its number ("Greek Easter", "the Ethiopian New Year", "2. Weihnachtstag"). */
const KEEPERS_BEFORE_HOLIDAY_RE =
  /(?:^|[\s(,;:"“'‘])((?:the[ \t]+)?(?:Greek|Orthodox|Russian|Serbian|Ukrainian|Ethiopian|Eritrean|Coptic|Armenian|Georgian|Jewish|Chinese|Vietnamese|Korean|Tibetan|Thai|Lao|Khmer|Tamil|Sinhala|Persian|Iranian|Kurdish|Afghan|Islamic|Catholic|Western|Eastern|Julian|Hindu|Sikh|Irish|Scottish|Welsh|Wan|[1-3]\.|[Zz]weite[rn]?|[Ee]rste[rn]?)[ \t]+)$/u;
/** After a named day: the day or part of it that falls on it ("Easter Sat", "Diwali night", "May Day bank holiday", "Eid weekend"). */
const AFTER_HOLIDAY_RE =
  /^[ \t]+(?:(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)(?:day)?\.?|(?:day|eve|night|morning|evening|afternoon|weekend|long weekend|week|bank holiday(?:[ \t]+(?:weekend|monday))?|holiday|celebrations?|festival))(?![\p{L}\p{N}])/iu;
/** A two- or four-figure year after a slash, ending a date written with its month's name: "Nov 20" + "/23". */
const SLASH_YEAR_AFTER_RE = /^\/(?:\d{2}|(?:19|20)\d{2})(?![\d/])/;
/** The first day of a range before a numeric date: "14.–" before "19.11.2023", "3-" before "5/6/24". */
const RANGE_START_BEFORE_RE = /(?<![\d./-])((?:[12]\d|3[01]|0?[1-9])\.?[ \t]?[–-][ \t]?)$/;

/** How many characters before `start` name the same day as a date that starts there ("the day after ", "Tuesday "), or 0. */
export function wordsBeforeDate(text: string, start: number): number {
  const words = BEFORE_DATE_RE.exec(text.slice(Math.max(0, start - 48), start))?.[1];
  return words && !WORD_WEEKDAY_RE.test(words) ? words.length : 0;
}

/** The findings with each date widened over the words beside it that name its day. */
export function widenDates(text: string, findings: Finding[]): Finding[] {
  for (const f of findings) {
    if (f.type !== 'DATE') continue;
    const value = text.slice(f.start, f.end);
    const holiday = f.rule.startsWith('date-holiday');
    if (holiday) {
      const after = AFTER_HOLIDAY_RE.exec(text.slice(f.end, f.end + 32));
      if (after && freeBeside(findings, f, f.end, f.end + after[0].length)) f.end += after[0].length;
      const keepers = KEEPERS_BEFORE_HOLIDAY_RE.exec(text.slice(Math.max(0, f.start - 20), f.start));
      // (a number counts only the days of a German feast, "2. Weihnachtstag", "3. Advent": "Triage cat 3. Christmas Day" is a category)
      const counted = keepers && /\d\.[ \t]+$/.test(keepers[1]!) && !/(?:tag|advent)$/i.test(value);
      if (keepers && !counted && freeBeside(findings, f, f.start - keepers[1]!.length, f.start)) f.start -= keepers[1]!.length;
    }
    if (/\p{L}\d{1,2}$/u.test(value.replace(/\s+/g, '')) && /^\p{L}/u.test(value)) {
      const year = SLASH_YEAR_AFTER_RE.exec(text.slice(f.end, f.end + 6));
      if (year && freeBeside(findings, f, f.end, f.end + year[0].length)) f.end += year[0].length;
    }
    if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value)) {
      const range = RANGE_START_BEFORE_RE.exec(text.slice(Math.max(0, f.start - 8), f.start));
      if (range && freeBeside(findings, f, f.start - range[1]!.length, f.start)) f.start -= range[1]!.length;
    }
    const words = wordsBeforeDate(text, f.start);
    if (words && freeBeside(findings, f, f.start - words, f.start)) f.start -= words;
  }
  return findings;
}
