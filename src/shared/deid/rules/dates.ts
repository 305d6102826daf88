import { C_HOLIDAY, C_MONTH, C_ORD_FIRST, classMap, wordClasses, type WordClasses } from '../dictionaries';
import { type Ctx, scan } from './context';
import { wordsBeforeDate } from './date-words';
import { ASCII_LETTER_END_RE, matchesAt } from './scans';


// months as Romanian, Czech, Hungarian, Baltic, Russian, Greek, Nordic, Finnish and Estonian dates write them
// (the forms that follow a day: "13. května", "18 июня", "gegužės 12 d.", "15 Αυγούστου"), and Malay, Welsh, Swahili, Irish,
// Catalan, Galician, Albanian, South Slavic, Icelandic, Haitian, Ukrainian, Bulgarian and Levantine Arabic months ("9 Julai",
// "3 Mehefin", "12 Agosti", "1 Bealtaine", "3 korrik", "14 siječnja", "1ye janvye", "2 tammouz"; not the Welsh August, "Awst",
// which is also a time zone, "06:12 AWST", nor Haitian "me" and "out", which are words), and Hindi months ("12 मार्च"; not
// May and June, "मई" and "जून", which are short enough to be other words)
const MON_EUROPE = 'studenoga|septembar|oktobar|novembar|decembar|siječnja|kolovoza|prosinca|febreiro|fevriye|septanm|qershor|shtator|dhjetor|febrúar|nóvember|xaneiro|desembre|setembre|travnja|svibnja|veljače|ožujka|lipnja|srpnja|avgust|janúar|október|janvye|novanm|desanm|shkurt|korrik|juliol|febrer|tammouz|tammuz|shubat|ayyar|aylul|tishrin|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|грудня|януари|февруари|септември|октомври|ноември|декември|април|август|март|юни|юли|май|janar|gusht|tetor|nëntor|prill|marec|junij|julij|rujna|apríl|júní|júlí|ágúst|xullo|oktòb|gener|maig|juny|agost|març|mart|xuño|jiyè|maí|gorffennaf|bealtaine|meitheamh|chwefror|tachwedd|septemba|disember|mehefin|rhagfyr|aibreán|samhain|nollaig|ionawr|mawrth|ebrill|hydref|desemba|novemba|feabhra|oktoba|agosti|eanáir|lúnasa|aprili|márta|julai|machi|ogos|iúil|agustus|maret|maaliskuuta|φεβρουαρίου|σεπτεμβρίου|marraskuuta|tammikuuta|septembris|ιανουαρίου|joulukuuta|toukokuuta|helmikuuta|δεκεμβρίου|septembrie|szeptember|heinäkuuta|huhtikuuta|novembris|αυγούστου|augusztus|νοεμβρίου|noiembrie|lapkričio|decembris|lokakuuta|detsember|balandžio|syyskuuta|februāris|listopadu|septembrī|octombrie|rugpjūčio|οκτωβρίου|decembrie|kesäkuuta|července|prosince|birželio|gruodžio|απριλίου|oktoober|сентября|ianuarie|veebruar|oktobris|novembrī|elokuuta|februārī|cervence|decembrī|janvāris|rugsėjo|октября|aprilie|ιουλίου|janvārī|ιουνίου|μαρτίου|augusts|február|jaanuar|декабря|április|október|augusti|aprīlis|gegužės|vasario|августа|oktobrī|февраля|augustā|március|kvetna|ноября|martie|jūlijā|június|března|cervna|aprīlī|апреля|jūlijs|sausio|brezna|января|aprill|július|január|června|jūnijs|liepos|května|spalio|jūnijā|juuli|märts|μαίου|μαΐου|maijs|dubna|října|május|марта|unora|maijā|ledna|srpna|marts|iulie|juuni|martā|února|iunie|rijna|září|zari|июля|июня|kovo|maj|мая|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|अप्रेल|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर';
const MON = String.raw`(?:Jänner|Jän|Feber|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|janv(?:ier)?|févr(?:ier)?|fevr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|aout|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|déc(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic|januar|februar|märz|maerz|juni|juli|oktober|dezember|okt|dez|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia|ocak|şubat|subat|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik|styczeń|styczen|luty|marzec|kwiecień|kwiecien|czerwiec|lipiec|sierpień|sierpien|wrzesień|wrzesien|październik|pazdziernik|listopad|grudzień|grudzien|giu|lug|ott|fev|fév|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|januarie|februarie|junie|julie|desember|${MON_EUROPE})`;
/** A day of the month in figures. */
const DAY_FIGURES = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
// (and French "1er", Haitian "1ye", Greek "12η")
const ORD = String.raw`${DAY_FIGURES}(?:st|nd|rd|th|er|ye|ης|η|:[ae])?`;
/** A day with its ordinal's letters: "5th", "1er". */
const ORD_SUFFIXED = String.raw`${DAY_FIGURES}(?:st|nd|rd|th|er|ye)`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d|'\d\d)`;
const MON_OK = String.raw`(?<![A-Za-z])${MON}\.?`;
// (MON_OK without its lookbehind, where it opens a pattern: found with matchesAt, monthStarts and ASCII_LETTER_END_RE instead)
const MON_START = String.raw`${MON}\.?`;
/** The lower-case literal start of each of MON's words ("Jan(?:uary)?" is "jan", "June?" is "jun"), three characters at least. */
export const MONTH_FIRSTS = [...new Set(MON.slice(3, -1).split('|').map((w) => w.replace(/.\?.*|\(.*/, '').toLowerCase()))];
const MONTH_PREFIXES = new Set(MONTH_FIRSTS.map((w) => w.slice(0, 3)));
/** 1 at the character code of each month's first letter in lower case. */
const MONTH_INITIALS = new Uint8Array(0x10000);
for (const w of MONTH_FIRSTS) MONTH_INITIALS[w.charCodeAt(0)] = 1;

/**
 * Where a month can start, in order: the first three characters of one of MON's words, in any case, not right after a letter
 * of the English alphabet (MON_OK's lookbehind; MDY_ANYCASE_RE refuses more). One pass over the characters, where a scan for
 * MON tried its 267 words at every position; `undefined` (scan the whole text) when lower case moved the offsets.
 */
export function monthStarts(ctx: Ctx): number[] | undefined {
  const { text, lower } = ctx;
  if (lower.length !== text.length) return undefined;
  const starts: number[] = [];
  for (let p = 0; p + 3 <= lower.length; p++) {
    // (a micro sign is a Greek mu to MDY_ANYCASE_RE, which ignores case, not to toLowerCase: "µαρτίου" from a PDF)
    const micro = lower.charCodeAt(p) === 0xb5;
    if (!MONTH_INITIALS[lower.charCodeAt(p)] && !micro) continue;
    const c = p > 0 ? text.charCodeAt(p - 1) : 0;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || !MONTH_PREFIXES.has(micro ? 'μ' + lower.slice(p + 1, p + 3) : lower.slice(p, p + 3))) continue;
    starts.push(p);
  }
  return starts;
}

// "March 14, 2023", "March 14th", "Mar. 14 2023", "March 14-16", "March the 14th"
// (a Hungarian day keeps its full stop, a Lithuanian its 'd.': "március 12.", "gegužės 12 d.")
// (and the other days of the same month: "June 12 through 15", "September 13 and 16, 2024", "Jan 3rd, 5th and 9th", "March 3
// and 5."; a bare figure after "and" only before a year or where the clause ends, not "March 3 and 5 patients")
const MDY_RE = new RegExp(
  String.raw`${MON_START}\s+(?:the\s+(?=${ORD_SUFFIXED}))?${ORD}(?!\d|:\d)(?:\.(?![\d\w])|\s?d\.)?(?:\s*(?:-|–|to)\s*${ORD}(?!\d|:\d)|\s+(?:through|thru|until|till)\s+${ORD}(?!\d|:\d)|(?:,\s*${ORD_SUFFIXED})*,?\s+(?:and|&|or)\s+(?:${ORD_SUFFIXED}(?![A-Za-z0-9])|${ORD}(?=,?\s+${YEAR}(?!\d)|\s*(?:[,;:)]|\.(?!\d)|$))))?(?:,?\s+${YEAR}(?!\d))?`,
  'gm',
);
// "14 March 2023", "14th of March", "27 Jan"
// (with the days before it of a range or a list: "du 14 au 15 juillet", "de 3 a 5 de junho", "vom 3. bis 5. März", "from 14 to
// 17 June", "24th/25th December", "3, 4 and 5 May")
const DMY_RE = new RegExp(String.raw`(?<![\d,/])(?<!\d\.)${ORD}(?:(?:\.?[°º]|r?o\.?)(?=\s*de\s)|\.)?(?:\s*(?:-|–)\s*${ORD}\.?|\/${ORD}(?!\s+ago\b)|\s(?:au|a|bis|al|to|till|until|through|thru|or|and|&|y|et|und|e|ou|o)\s${ORD}\.?|(?:,\s*${ORD}){1,4},?\s(?:and|&|or|y|et|und|e)\s${ORD}\.?)?\s+(?:of\s+|de\s+)?${MON_OK}(?![a-zà-ÿ\u0100-\u024f\u0370-\u03ff\u0400-\u04ff])(?:,?\s+(?:del?\s+)?${YEAR}(?!\d))?`, 'gi');
// "27-Sep-2021", "03-Mar-22", and without a year "21-May"
const DMY_HYPHEN_RE = new RegExp(String.raw`(?<![\d-])(?:[12]\d|3[01]|0?[1-9])(?:[-/ ]${MON}[-/ ](?:\d{4}|\d{2}(?!:\d))(?!\d)|[-/]${MON}(?![\w-]|-\d))`, 'gi');
// "March 2023", "mid-March", "early March", "in March", "since May"
const MY_RE = new RegExp(String.raw`${MON_START}(?![a-z])(?:\s+(?:of\s+)?${YEAR}(?!\d))`, 'g');
const MONTH_ALONE_RE = new RegExp(
  String.raw`(?:(?:mid|early|late|end of|beginning of|start of|since|until|till|in|during|by|from|through|last|next|this|of|before|after|around|on)[\s-]+)(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?![\w'’])`,
  'g',
);
// lower-case writing: "in march", "since june 3rd", "end of april"
const MONTH_LOWER_RE =
  /\b(?:(?:mid|early|late|end of|beginning of|start of|since|until|till|in|during|by|from|through|last|next|this|before|after|around|on)[\s-]+)(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?:\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b)?/g;
/** A day and a zero-padded month joined by a hyphen or a full stop after a date's cue: "on 19-08", "missed a dose on 29.11", "LMP 02.07". */
// (a padded month, or a day over 12: not a range, "from 10-12 mg")
// (no figure or range after it: "from 2.08 to 1.4" is a creatinine)
const DM_CUED_RE = /\b(?:(?:on|since|from|until|till|by|before|after)\s+((?:[12]\d|3[01]|0?[1-9])[-.]0[1-9]|(?:1[3-9]|2\d|3[01])[-.]1[0-2])|(?:LMP|EDD|dated?)\s+((?:[12]\d|3[01]|0?[1-9])[-.]0[1-9]|(?:1[3-9]|2\d|3[01])[-.]1[0-2]))(?![\d.\-/]\d|\d|\s?(?:mg|mcg|ml|units?|doses?|days?|weeks?|wks?|hours?|hrs?|times|x|%|points?|years?|months?)\b|\s+to\s+\d)/gi;
/** A date of the Republic of China calendar, as Taiwanese records print it: "113/05/14" (2024), "075/08/19" (1986). */
const ROC_DATE_RE = /(?<![\d/.])(?:0\d{2}|1[01]\d)\/(?:0[1-9]|1[0-2])\/(?:0[1-9]|[12]\d|3[01])(?![\d/])/g;
/** "on the 9th - sipho", "since the 2nd is better", "found the 15th by": after a date's cue, the ordinal is a day whatever follows. */
/**
 * A day of the month as an ordinal in brackets after a weekday or a named day, "next Tuesday (9th)", "Carnival Tuesday (12th
 * and 13th)", "Vesak Poya (23rd)" (not a centile or a rank: "131 cm (25th)", "Nursing Home (1st)"); and one heading its line
 * before a dash: "3rd - Craig HCSW: settled", "Notes: 15th - Thankamma's daughter".
 */
const ORDINAL_BRACKET_RE = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Day|Eve|Poya|Festival|Feast)\s\(((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))(?:\s(?:and|&|-|to)\s((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)))?\)/dg;
const ORDINAL_LINE_DASH_RE = /(?:^|\n)(?:[A-Za-z]+:[ \t]*)?((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))(?=[ \t][-–—][ \t])/g;
const CUED_ORDINAL_RE = /\b(?:(?:on|since|from|until|till|found|seen|died|born|due|booked(?:\s+for)?|(?:on\s+)?call|(?:night|evening|morning|afternoon)\s+of)\s+the|(?:next|last)\s+(?:visit|appt|appointment|review)\s*:?)\s+((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))\b(?!\s+(?:dose|doses|day|days|week|weeks|floor|time|times|cycle|line|trimester|attempt|try|go|place|round|generation|degree|year|years|month|months|visit|session|child|baby|pregnancy|one|seizure|episode|of\s+\d|or\s+\d|and\s+\d|-\s*\d)|[.,;]?\s*(?:hes|he's|she's|shes|he|she|they)\b)/gi;
// (never right after a letter: found with matchesAt, monthStarts and ASCII_LETTER_END_RE)
const MONTH_FULL_RE = /(January|February|April|June|July|August|September|October|November|December)(?![\w'’])/g;
// numeric dates
const NUM_DMY_RE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g;
/** Two whole dates in figures joined by a dash, which NUM_DMY_RE leaves (a dash beside a date is a code's): "window 09/12/2023-09/14/2023". */
const NUM_DATE_RANGE_RE = /(?<![\d/.-])(\d{1,2}([/.])\d{1,2}\2(?:\d{4}|\d{2}))[-–](\d{1,2}([/.])\d{1,2}\4(?:\d{4}|\d{2}))(?![\d/.-]\d?)/dg;
/** A month, day and year apart by spaces after a date's label, as claim forms print them: "24 A. DOS 09 16 24", "DOB 03 07 1941", "BIRTH DATE MM DD YY 03 07 41". */
const SPACED_MDY_CUED_RE = /\b(?:DOS|DOB|DOD|DOA|[Dd]ate of (?:service|birth)|(?:[Bb]irth|BIRTH) (?:[Dd]ate|DATE)(?:[ \t]+MM[ \t]+DD[ \t]+YY(?:YY)?)?)[ \t]*:?[ \t]*(?:[Ff]rom[ \t]+)?((?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01]) (?:\d{4}|\d{2}))(?!\d)/g;
/** A day and month in brackets right after a named day: " (24.12)", " (17/10)". */
const HOLIDAY_DAY_AFTER_RE = /^ \(((?:[12]\d|3[01]|0?[1-9])[./](?:1[0-2]|0?[1-9]))\)/;
const ISO_RE = /(?<![\d.-])(1[89]\d\d|20\d\d)([-.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g;
const ISO_SLASH_RE = /(?<![\d/])(1[89]\d\d|20\d\d)\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?![\d/])/g;
const MM_YYYY_RE = /(?<![\d/.-])(0?[1-9]|1[0-2])([/-])(1[89]\d\d|20\d\d)(?![\d/-])/g;
const MD_RE = /(?<![\d/.:-])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/g;
const ORDINAL_DAY_RE = /\bthe\s+((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))(?!\s*(?:[-–]\s*)?(?:(?!inst\b|ult\b|prox\b|(?:and|but|so|when|then|they|he|she|we|i|it|at|for|with|because|which|who|as|until|till|since|if|pls|please|thanks|cheers|ok|okay|onwards|the|or|of(?=\s+(?:each|every|this|next|last|the\s+month))|my|his|her|our|their|your|you|there|mum|mom|dad|wife|husband|instead|anyway|again|ish|maybe|perhaps|probably|unless|though|although|bc|cos|coz|tho|lol|nvm)\b(?!\s*\d))[a-z]{2,}|\d(?!\d{3}\b)))(?:\s+(?:inst|ult|prox)\b\.?)?/g;
// "3rd inst.", "the 14th ult."
const INST_RE = /\b(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\s+(?:inst|ult|prox)\b\.?/g;
const ORD_WORD = String.raw`(?:(?:twenty|thirty)[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
// "the third of May" (tried at an ordinal word), "May the third" (tried at a month word)
// a day of an Ethiopian or Nepali month, either order: "Tir 13", "Megabit 5", "Kartik 29", "16 Meskerem" (ambiguous names, such as
// Push and Ter, left out)
const OTHER_CALENDAR_MONTHS = String.raw`(?:Meskerem|Tikimt|Tiqimt|Hidar|Hedar|Tahsas|Tir|Yekatit|Megabit|Miyazya|Miazia|Ginbot|Sene|Hamle|Nehase|Nehasse|Pagume|Baisakh|Baishakh|Jestha|Asar|Ashadh|Shrawan|Bhadra|Ashwin|Asoj|Kartik|Mangsir|Poush|Magh|Falgun|Phagun|Chaitra|Farvardin|Ordibehesht|Khordad|Mordad|Amordad|Shahrivar|Esfand|Hamal|Jawza|Saratan|Sunbula|Aqrab|Dalw|hunvari|petrvari|ogostos|hoktember|noyember|dektember)`;
// (Persian, Afghan and Hebrew months that are also names or words only after their day: "15 Mehr", "11 Dey", "10 Tishrei")
const OTHER_CALENDAR_DAY_FIRST = String.raw`(?:Mehr|Aban|Azar|Dey|Bahman|Sawr|Mizan|Qaws|Tishrei|Tishri|Cheshvan|Heshvan|Kislev|Tevet|Shevat|Adar|Nisan|Iyar|Sivan|Tammuz|Elul)`;
const OTHER_CALENDAR_MONTH_SET = new Set([...OTHER_CALENDAR_MONTHS.slice(3, -1).split('|'), ...OTHER_CALENDAR_DAY_FIRST.slice(3, -1).split('|')]);
const OTHER_CALENDAR_TEST = new RegExp(String.raw`\b(?:${OTHER_CALENDAR_MONTHS}|${OTHER_CALENDAR_DAY_FIRST})\b`);
const OTHER_CALENDAR_DAY_RE = new RegExp(String.raw`\b(?:${OTHER_CALENDAR_MONTHS}\s(?:[12]?\d|3[01])(?!\d)|(?:[12]?\d|3[01])\s(?:${OTHER_CALENDAR_MONTHS}|${OTHER_CALENDAR_DAY_FIRST}))\b`, 'g');
const FILENAME_DATE_RE = /(?<=[A-Za-z][_-])(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2})(?=[_.-][A-Za-z0-9])/g;
// "this 9th day of May 2023": the formal day of a month in an affidavit
const DAY_OF_MONTH_RE = new RegExp(String.raw`\b(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\s+day\s+of\s+${MON_OK}(?![a-zà-ÿ\u0100-\u024f\u0370-\u03ff\u0400-\u04ff])`, 'gi');
const ORD_OF_RE = new RegExp(String.raw`${ORD_WORD}\s+(?:day\s+)?of\s+${MON_OK}(?![a-zà-ÿ\u0100-\u024f\u0370-\u03ff\u0400-\u04ff])(?:,?\s+${YEAR}(?!\d))?`, 'iy');
// (and said without 'the' in a dictation, a full month's name other than May or March: "january ninth", not "may first")
const MON_THE_ORD_RE = new RegExp(String.raw`(?:${MON}\.?\s+the|(?:january|february|april|june|july|august|september|october|november|december))\s+${ORD_WORD}\b`, 'iy');
/**
 * A named day of one to three capitalised words after a date's cue, whether or not it is in the list of holidays: "after
 * Founding Day", "on Nunavut Day", "for Farmers' Day" (not "Day Unit", "Post-Op Day 2").
 */
const NAMED_DAY_CUED_RE = /\b(?:on|for|after|before|since|until|till|over|from|by|around|during)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*[ \t]){1,3}Day)(?![\p{L}\d])(?!\s+(?:Unit|Surgery|Centre|Center|Hospital|Ward|Case|Cases|Care|Clinic|Programme|Program|Service|Services|Procedure|Patient|Patients|Team|Room|Lounge|Area|Bay|Hospice|List|Rules?|Guidance|Plan|Discharge|Admission|Emergency|Shifts?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d))/gu;
/** The words of a working or treated day, not a named one: "Sick Day Rules", "Same Day Discharge", "Post-Op Day One". */
const WORKING_DAY_WORDS_RE = /\b(?:Sick|Same|Long|Short|Pre|Post|Op|Operative|Postoperative|Preoperative|Ward|Round|Admission|Surgery|Surgical|Discharge|Treatment|Study|Trial|Clinic|Training|Assessment|Operation|Procedure|Dialysis|Infusion|Chemo|Rest|Off|Working|Visiting|Results|Test|Theatre|Sports|Open|Fun|Induction|Teaching|Audit)\b/;
/**
 * A day in words after a date's cue and "the", where a clause ends: "admitted on the ninth, you know", "since the fourteenth,",
 * "Thursday the twenty-second?" (from the fourth on: "since the first", "on the second night" and "on the third morning" count
 * nights and mornings, not days of a month)
 */
const CUED_ORD_WORD_RE = /\b(?:on|since|until|till|by|before|after|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(the\s+(?:(?:twenty|thirty)[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))(?=[ \t]*[.,;:!?)]|[ \t]*$)/gim;
/** Days and months at the start of a timeline's lines, before a wide gap or a separator: "3/28  Last known well", "4/5 - walked". */
const LINE_SLASH_DM_RE = /(?:^|\n)[ \t]*(\d{1,2}\/\d{1,2})(?=[ \t]{2,}|\t|[ \t]*[-–:|][ \t])/g;
/** A French day in words: "né le douze mars", "le trente août". */
const FR_WORD_DAY_RE = /(?<![\p{L}-])(?:[Pp]remier|[Dd]eux|[Tt]rois|[Qq]uatre|[Cc]inq|[Ss]ix|[Ss]ept|[Hh]uit|[Nn]euf|[Dd]ix|[Oo]nze|[Dd]ouze|[Tt]reize|[Qq]uatorze|[Qq]uinze|[Ss]eize|[Dd]ix-sept|[Dd]ix-huit|[Dd]ix-neuf|[Vv]ingt(?:[- ]et[- ]un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?|[Tt]rente(?:[- ]et[- ]un)?)\s(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)(?![\p{L}])/gu;
export const ORD_FIRST = new Set('twenty thirty twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirty-first first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth'.split(' '));
export const MONTH_WORDS = new Set(
  'jänner jän feber jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december janv janvier févr février fevr fevrier mars avr avril mai juin juil juillet août aout septembre octobre novembre déc décembre enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic januar februar märz maerz juni juli oktober dezember okt dez janeiro fevereiro março maio junho julho setembro outubro novembro dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre januari februari maart mei augustus stycznia lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia października pazdziernika listopada grudnia ocak şubat subat nisan mayıs mayis haziran temmuz ağustos agustos eylül eylul ekim kasım kasim aralık aralik styczeń styczen luty marzec kwiecień kwiecien czerwiec lipiec sierpień sierpien wrzesień wrzesien październik pazdziernik listopad grudzień grudzien giu lug ott fev fév pebrero marso hunyo hulyo setyembre oktubre nobyembre disyembre januarie februarie junie julie desember'.split(' ').concat(MON_EUROPE.split('|')),
);
// "14MAR2023", "03Jan22", "14mar": day and month abbreviation written together
const GLUED_RE = /(?<![\w])(?:[12]\d|3[01]|0?[1-9])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?:\d{4}|\d{2})?(?![\w])/gi;
// any-case month day: "jan 14", "SEPT 3RD", "march 3rd, 2022" (ambiguous words need an ordinal or a year)
// (without Unicode mode, which made this case-insensitive list slow; the letters before it cover the scripts the months are in)
// (never right after a letter: found with matchesAt, monthStarts and LATIN_GREEK_CYRILLIC_END_RE)
/** A Latin, Greek or Cyrillic letter right before MDY_ANYCASE_RE's start, which it refuses (case-insensitive, as the pattern is). */
const LATIN_GREEK_CYRILLIC_END_RE = /[A-Za-zÀ-ɏͰ-ϿЀ-ӿ]$/i;
const MDY_ANYCASE_RE = new RegExp(String.raw`(${MON})\.?\s+(${ORD})(?!\d|:\d|[.,]\d)(,?\s+${YEAR}(?!\d))?`, 'gi');
/** What follows "dec 5" when it is a decrease: a unit, a dose, a span. */
const DECREASE_AFTER = /^\s?(?:mg|mcg|ml|units?|u|x|%|tabs?|caps?|kg|g|hrs?|hours?|days?|weeks?|wks?|months?|doses?|points?|pts?)\b|^%/i;
/**
 * Weekdays in Portuguese, Dutch, the Nordic languages, Polish, Turkish, Vietnamese and Indonesian, before a day ("na quinta 27",
 * "Thứ Sáu 26/1"); not the Indonesian Sunday, "Minggu", which is also a week ("minggu 3").
 */
const MORE_WEEKDAYS = String.raw`segunda(?:-feira)?|ter[çc]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|m[åa]ndag|tisdag|tirsdag|onsdag|torsdag|fredag|l[öø]rdag|s[öø]ndag|poniedzia[łl]ek|wtorek|[śs]roda|czwartek|pi[ąa]tek|sobota|niedziela|pazartesi|salı|[çc]ar[şs]amba|per[şs]embe|cumartesi|cuma|pazar|th[ứu] (?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y)|ch[ủu] nh[ậa]t|senin|selasa|rabu|kamis|jumat|sabtu`;
// a weekday, then a day: "Thursday 12th", "Fri 3rd", "Mon. 14" (add() takes the weekday into the span)
const MORE_WEEKDAY_DAY_TEST = new RegExp(String.raw`\b(?:${MORE_WEEKDAYS})\.?,?\s+\d`, 'i');
const WEEKDAY_DAY_RE = new RegExp(String.raw`\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|${MORE_WEEKDAYS})\.?,?\s+(?:the\s+)?((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|\.)?)(?![\d:.,/-]\d|\d|\s*(?:%|mg|mcg|ml|mmHg|bpm|am|pm|h\b|hrs?|hours?|days?|weeks?|[AaPp]\.?[Mm]\b))`, 'gi');
// a cue word, then an ordinal day: "on 14th", "since 3rd", "until 21st"
const FOREIGN_WEEKDAY_RE = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\s/;
const CUE_ORDINAL_RE = /\b(?:on|since|from|until|till|by|before|after|dated?|le|am|el|il|op|to|sa)\s+((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th|er|º|°))(?!\s*(?:-|–)?\s*(?:\d|(?:day|week|month|year|dose|cycle|time|attempt|try|trimester|line|floor|grade|percentile|centile|degree|generation|round|visit|session|fraction|post|birthday|anniversary|of|and|or|to|place|position|stage|level|rib|toe|finger|digit|metatarsal|intercostal|ics|heart|sound|child|pregnancy|baby|episode|admission|course|infusion|injection|shot|booster)[a-z]*\b))/gi;
/**
 * An ordinal day after a word of rotas, swaps and bookings, where only a day's end can follow: "on call 20th.", "reopens
 * 27th.", "booked for 26th pm", "swap for my 21st night?", "do ur 12th & 13th nights", "actually 31st," (not "left 4th and 5th
 * toes", "is this your 1st?", "book 3rd.", "crutches off 2nd.").
 */
const ROTA_ORDINAL_RE = /\b(?:call|reopens?|reopening|nights|days|lates|earlies|actually|back(?:\s+on)?|returns?|open|closed|leave|(?:booked|swap(?:ped)?|cover(?:ing)?|do|doing)(?:\s+(?:for|in))?(?:\s+(?:my|ur|your))?)\s+((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))(?=[.,;:!?)]|\s*$|\s(?:pm|am|nights?|if|then|instead|please|pls|ok|onwards|as)\b|\sat\s\d|\s?(?:&|and|or|to|-)\s(?:the\s)?(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)(?=[.,;:!?)]|\s*$|\s(?:pm|am|nights?|if|then)\b|\s[^\p{L}\d\s]))/gu;
/**
 * A day of the month alone in Spanish, after the words that bound a time ("la cita es hasta el 18", "desde el 17", "antes del
 * 5") or in a pair of days ("te doy el 12 y el 13"); not a count or a measure after it ("hasta el 3er pulso", "el 5%").
 */
const ES_DAY_NUMBER = String.raw`(?:[12]\d|3[01]|[1-9])(?![\d:/%°ºª\p{L}]|[.,]\d)(?!\s*(?:de\s+)?(?:mg|mcg|ml|d[íi]as|horas|h|hs|semanas|meses|a[ñn]os|kg|g|cm|mm|veces|x|pacientes|camas?|puntos|unidades|UI)(?![\p{L}]))`;
/**
 * "no dia 26", "até dia 15", "el jueves día 21": a day of the month after "dia" in Portuguese and Spanish, over 9 (a smaller
 * number is as often a count of days, "día 3 de ceftriaxona", as is a bigger one before what it counts: "dia 12 de internação").
 */
const DIA_DAY_RE = /(?<![\p{L}/])d[íi]a\s+(?:1\d|2\d|3[01])(?![\d/:]|[.,]\d)(?!\s*(?:d[íi]as|de\s+(?:interna|hospital|tratamiento|tratamento|enfermedad|doen[çc]a|vida|evoluci|evolu|p[óo]s|post|ciclo|ingreso)))/giu;
const ES_DAY_RE = new RegExp(String.raw`\b(?:(?:[Dd]esde|[Hh]asta|[Pp]ara|[Ee]ntre)\s+el|[Aa]ntes\s+del|[Dd]espu[ée]s\s+del|a\s+partir\s+del)\s+(${ES_DAY_NUMBER})|\bel\s+(${ES_DAY_NUMBER})\s+y\s+el\s+(${ES_DAY_NUMBER})`, 'dgu');
// German / Nordic / Polish day.month. without a year after a cue: "am 14.03.", "vom 2.11. bis", "died 22.02."
const DOT_DM_RE = /\b(?:am|vom|bis|seit|ab|zum|den|dnia|op|le|du|au|dal|al|el|del|on|since|from|until|died|born|verstorben|gestorben|geboren)\s+((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)(?!\d)/gi;
// ... or before the time of day: "15.3. at 06:20", "27.12. um 14 Uhr" (in lower case: "At 14:30" starts a sentence after a value)
const DOT_DM_BEFORE_TIME_RE = /(?<![\d.,])((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)(?=,?[ \t](?:at|um|kl\.?|klo|à)[ \t]?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|[ \t]Uhr)(?!\d))/g;
/** A lab or vital sign's name before its value: "K 4.1.", "Hb 12.1.", "pH 7.2.", "sats 9.4." (no date). */
const VALUE_NAME_BEFORE_RE = /(?:^|[^\p{L}])(?:\p{Lu}[\p{L}]{0,3}|p[HO]2?|[a-z]{1,3}\p{Lu}\p{L}*|temp|sats?|glucose|sugars?|lactate|potassium|sodium|creatinine|hb|hgb|inr|crp|wcc|plt|bm)\s*[:=]?\s*$/u;
// a weekday, then day.month with full stops: "Thu 07.03.", "Thursday 25.1" (not a lab value: a weekday says when)
const WEEKDAY_DOT_DM_RE = /\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?,?[ \t]+((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.?)(?![\d.]\d|\d|[ \t]?(?:%|mg|mmol|g\/|kg|°|h\b|Uhr))/g;
/** A diary's day at the start of its lines: "20.11 - doses taken observed", "21.11: tingling" (two such lines at least). */
// (the month in two figures: "7.4 - pH" is a value)
const LINE_DOT_DM_RE = /(?:^|\n)[ \t]*((?:[12]\d|3[01]|0[1-9])\.(?:1[0-2]|0[1-9])\.?)(?=[ \t]*(?:[-–:|][ \t]|\n))/g;
/** A padded day and month with their full stops, as German writes a date without its year: "started 04.03.,", "Erstvorstellung 22.02." */
const PADDED_DOT_DM_RE = /(?<![\d.])(?:[12]\d|3[01]|0[1-9])\.(?:1[0-2]|0[1-9])\.(?![\d.]|\p{L})/gu;
/** A date's word, a dash or a line's start right before a padded day and month: "Next cycle 22.05.", "Termin 14.06.", "AKH – 24.12." */
const PADDED_DOT_DM_CUE_BEFORE_RE = /(?:(?:^|\n)[ \t]*|[-–][ \t]*|\b(?:cycle|zyklus|termin|kontrolle|wiedervorstellung|wv|visit|appt|appointment|review|next|due|booked|until|till|since|on|am|vom|bis|seit|ab|zum|le|du|dal|al|el|del|op|den|dnia)\s*:?\s*)$/i;
const BRACKETED_OR_DE_WEEKDAY_DOT_DM_RE = /\(((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)\)|\b(?:Di|Mi|Do|Sa|So|(?:Mo|Fr)(?=\.?,?[ \t]+\d{1,2}\.\d{1,2}\.[ \t]*(?:[-–(:]|$)))\.?,?[ \t]+((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)(?![\d.]|\p{L})/gmu;
/** A date with a space after each full stop, as Czech and Slovak write it: "3. 5. 2016", and "30. 9." in a text that has those. */
const SPACED_DOT_DATE_RE = /(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\. (?:1[0-2]|0?[1-9])\.(?: (?:19|20)\d\d(?!\d)|(?=[ \t]*[,;)\-–]|[ \t]*$|[ \t]+(?:a|do|až|to|-)\s))/gm;
const SPACED_DOT_FULL_RE = /(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\. (?:1[0-2]|0?[1-9])\. (?:19|20)\d\d(?!\d)/;
/**
 * South-East Asian dates: Thai months, abbreviated or whole ("2 ม.ค.", "17 เม.ย.", "12 กรกฎาคม"), Vietnamese days of Tết and months by number
 * ("mùng 3 Tết", "mùng 3", "16 tháng 02", "23 tháng Chạp", "ngày 3/4"), Myanmar lunar days ("full moon of Waso", "11th waxing of Wagaung")
 */
const SEA_DATE_RE = /(?<![\d\p{L}])(?:\d{1,2}\s?(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)|(?:ngày\s)?\d{1,2}\s?tháng\s?\d{1,2}|ngày\s\d{1,2}\/\d{1,2}(?![\d/])|[Mm]ùng\s\d{1,2}(?:\s(?:Tết|tết))?(?!\d)|\d{1,2}\s?tháng\s(?:Chạp|chạp|Giêng|giêng)|(?:(?:the\s)?(?:full[- ]moon(?:\sday)?|new[- ]moon(?:\sday)?|\d{1,2}(?:st|nd|rd|th)\s(?:waxing|waning)(?:\sday)?)\sof\s(?:Tagu|Kason|Nayon|Waso|Wagaung|Tawthalin|Thadingyut|Tazaungmon|Nadaw|Pyatho|Tabodwe|Tabaung)))(?![\p{L}])/giu;
const WEEKDAY_BEFORE_RE = /\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?,?[ \t]+(?:the[ \t]+)?$/i;
/** A date of a Japanese era, as care records abbreviate it: "S2.3.8" (Shōwa 2), "R6.5.7 10:00" (Reiwa 6), "H30.12.1" (not "R1.2.3 resection"). */
const JAPANESE_ERA_DATE_RE = /(?<![\w.])[SHR]\d{1,2}\.(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])(?![\d.])(?=[ \t]*(?:[,;)]|$|[ \t]\d{1,2}:\d{2}))/gm;
/** A day as Malay writes it, with "hb" (haribulan) after it: "Wed 17hb", "18hb Mac". */
const MALAY_DAY_RE = /\b(?:[12]\d|3[01]|0?[1-9])hb\b/g;
/** The Malay March, "Mac", is a name too: a day and a year around it make it the month ("3 Mac 2024"). */
const MALAY_MARCH_RE = /\b(?:[12]\d|3[01]|0?[1-9])\s+Mac\s+(?:19|20)\d\d\b/g;
// East Asian dates: "2024年3月5日", "3月5日", "2024년 3월 5일" (the year alone stays)
const CJK_DATE_RE = /(?:(?:19|20)\d\d[年년][ \t]?)?(\d{1,2}[月월][ \t]?\d{1,2}[日일])/g;
const WEEKDAY_RE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;

const DATE_CUE_BEFORE = new RegExp(
  String.raw`(?:\b(?:on|since|from|until|till|by|dated?|DOB|DOD|DOA|DOS|DOI|born|died|admit|sign-?out|(?:morning|evening|night|afternoon) of|transmission|monthlies|BM|drawn|filled|refilled|dispensed|implanted|(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)(?:day)?|${MORE_WEEKDAYS}|admitted|discharged|seen|visit|before|after|starting|started|through|between|last|next|surgery|procedure|review|follow-up|follow up|f\/u|appt|appointment|presented|returned|readmitted|transferred|transfer|booked|due|planned|scheduled|listed|w\/c|week commencing|d\/c|adm|admission|discharge|delivered|received|collected|dispatched|sent|issued|signed|inserted|removed|fitted|changed|stopped|given|chart|list|rota|round|clinic|scan|CT|MRI|ED|ER|A&E|tomorrow|today|tonight|yesterday|randomi[sz]ed|enrolled|consented|screened|placed|moved|injured|came|MDT|meeting|hearing|court|handover|shift|dosed|UDS|UA|BMP|CMP|CBC|FBC|INR|TSH|MAR|LMP|EDD|EDC|RTC|TCI|(?:last|next|first|final) dose)\s*:?\s*|^\s*|\n\s*)$`,
  'i',
);
const STRONG_DATE_VERB_BEFORE = /\b(?:(?:desde|hasta|para|entre)\s+el|LAMA|DAMA|LWBS|expired|deceased|admitted|readmitted|discharged|d\/c['’]?d|written|seen|filled|refilled|dispensed|born|died|booked|scheduled|hearing\s+(?:set|listed|adjourned)(?:\s+(?:for|to))?|set\s+for|performed|operated|delivered|inserted|removed|fitted|collected|drawn|signed|dated|effective|expires|expired|presented)\s+(?:on\s+)?$/i;
/** A weekday's name or its abbreviation, capitalised, right before: "Sat ", "Tues, ", "Friday ". */
const WEEKDAY_RIGHT_BEFORE_RE = /\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?\.?,?[ \t]+$/;
const NEXT_VISIT_BEFORE = /\b(?:f\/u|follow[- ]?up|appt|appointment)\s+(?:with\s+)?[A-Za-z]{2,12}\s*:?\s*$|\b(?:next|last|first|final)\s+(?:[A-Za-z]{1,12}\s+){0,2}(?:visit|appt|appointment|review|contact|call)\s*:?\s*$/i;
const IMAGING_BEFORE = /\b(?:US|USS|CT|CTPA|MRI|MRCP|XR|CXR|echo|TTE|TEE|ECG|EEG|EMG|OGD|EGD|colonoscopy|endoscopy|biopsy|scan|mammogram|DEXA|PET)\s*$/;
const FRACTION_AFTER =
  /^[ \t]*(?!\d{4}\b|\d{1,2}[:.h]\d{2}\b|\d{1,2}(?:[:.]\d{2})?\s?[ap]m\b)(?:(?:bottles?|sets?|cultures?|strength|power|vision|mg|mcg|g\b|ml|mL|mmHg|units?|cores?|nodes?|lymph|patients|of|positive|negative|samples?|specimens?|biopsies|sites?|criteria|points?|fingers?|teeth|views?|vessels?|limbs?|times|doses?|cycles?|in\b|on\b|splits?|ratio|scale|score|with|murmur|days\b|day\b(?!\s*\d)|weeks?\b|wks?\b|months?\b|hours?\b|hrs?\b|ago\b|Fr\b|French\b|gauge\b|sessions?\b|words?\b|items?\b|questions?\b|tasks?\b|visits?\b|attempts?\b|systolic|diastolic|holosystolic|pansystolic|ejection|early|late|mid|grade|x\b|or\b|per\b)(?![a-z])|\d)/i;
/** "2/27 of", "2/27 patients": a count out of a total. */
const COUNT_AFTER = /^\s*(?:of\b|patients|participants|cases|samples|specimens|biopsies|nodes|cores|sites|points|subjects|sessions?\b|words?\b|items?\b|questions?\b|days\b|day\b(?!\s*\d)|weeks?\b|months?\b|ago\b|Fr\b|French\b|gauge\b|\/|%)/i;
/** "18/12 old", "for 24/12": months or weeks of age or duration in British notation. */
const AGE_OR_SPAN_AFTER = /^\s*(?:old|hx|history|ago|of age|months?|mo\b|mths?|yrs?|\/|-|–|\+|weeks?|wks?|days?|gestation|post|duration)/i;
const AGE_OR_SPAN_BEFORE = /\b(?:aged?|age|for|x|over|past|last|within|since|about|approx|~)\s*$/i;
/** Words that count a span of time before a British "5/7" (days) or "3/12" (months). */
const SPAN_WORD_BEFORE = /\b(?:x|over|within|another|further|complete|completed|course|bd|bid|tds|tid|qds|qid|od|daily|nocte|mane)\s*$/i;
/** A review in so many days or months: "re-review in 3/12", "f/u in 6/52", "see again in 2/7". */
const REVIEW_IN_BEFORE = /\b(?:review|rv|f\/u|fu|follow[- ]?up|see(?:n)?(?: again)?|recheck|repeat)\s+in\s*$/i;
/** A limb, joint movement or muscle before its power: "R arm 2/5", "hip flexion 4/5", "MRC grades as 4/5". */
const LIMB_BEFORE = /\b(?:arms?|legs?|hips?|knees?|ankles?|wrists?|elbows?|shoulders?|biceps|triceps|deltoids?|quads?|quadriceps|hamstrings?|grip|flexion|extension|abduction|adduction|dorsiflexion|plantarflexion|eversion|inversion|UL|LL|grades?(?:\s+as)?)\s*:?\s*$/i;
/** Words of a muscle's power near it: "power", "MRC", "weakness", "neuro". */
const POWER_CONTEXT_RE = /\b(?:power|MRC|strength|weak(?:ness)?|neuro|motor|myotomes?|grades?|NIHSS|hemipar\w*)\b/i;
/** Words of an injury or an operation right before a limb, whose day it then is: "Fractured R wrist 3/5", "TKR: R knee". */
const INJURY_BEFORE_RE = /\b(?:fractur\w*|injur\w*|hurt|fell|fall|MUA|surgery|op|TKR|THR|replacement)\b/i;
/** A pain before its score out of ten: "headache 4/10", "migraine 8/10". */
const PAIN_BEFORE = /\b(?:headaches?|migraines?|pain|aches?|soreness|cramps)\s*:?\s*$/i;
/** A symptom before how long it has lasted: "Fever 3/7", "cough 5/7", "burning epigastrium 3/12". */
const SYMPTOM_BEFORE = /\b(?:fevers?|febrile|cough(?:ing)?|diarrho?ea|vomiting|nausea|pain|aches?|headaches?|sob|dysuria|rash|wheeze|itch(?:ing)?|bleeding|swelling|weakness|malaise|lethargy|fatigue|epigastrium|symptoms?|hx|unwell|ill)\s*$/i;
/** A symptom after how long it has lasted, at a note's start: "2/7 dysuria", "3/7 hx of fever". */
const SYMPTOM_AFTER = /^\s+(?:hx|h\/o|history|fevers?|cough|diarrho?ea|vomiting|dysuria|headaches?|polyarthralgia|pain|rash|sob|symptoms|worsening|increasing)\b/i;
/** A baby's name before its age in months: "baby Wisdom, 9/12". */
const BABY_BEFORE = /\b(?:baby|infant)\s+\p{Lu}[\p{L}'’-]*,\s*$/u;
/** A review, recall or retest in so many months or weeks, without "in" (nor a colon: "Review: 5/12, Dr Patel" is its day): "Review 3/12.", "re-test 6/12". */
const REVIEW_AFTER_BEFORE = /\b(?:review|recall|re-?test|re-?check)\s*$/i;
/** Visual acuity in metric or imperial Snellen notation. */
const SNELLEN_RE = /^(?:6\/(?:5|6|9|12|18|24|36|60)|20\/(?:10|15|20|25|30|40|50|60|70|80|100|200|400))$/;
/** Right before an acuity: its cue, with only eyes, glasses and other acuities after it ("VA R 6/9, L", "Snellen", "pinholing to"). */
const ACUITY_BEFORE_RE = /\b(?:VA|BCVA|UCVA|acuity|Snellen|vision|pinhol\w*|PH)(?:[\s,:;]+(?:R|L|RE|LE|OD|OS|OU|right|left|both|eyes?|with|without|glasses|cc|sc|to|improving|\d{1,2}\/\d{1,3}))*[\s,:;]*$/i;
const FRACTION_BEFORE = /(?:\b(?:(?:VA|vision|acuity|VA\s*:?\s*(?:R|L|RE|LE|OD|OS|right|left))|APGARS?|Apgars?|BP|blood pressure|pain|up to|rated|ratio|score|power|strength|grade|murmur|G\d*P\d*|was|of|mmHg|x|GCS|motor|sensation|reflexes|pulses|mg|(?<!(?:last|next|first|final)\s)dose|dosing)\s*:?\s*)$/i;

/** An abbreviation or a capitalised scale name right before "4/5": a score, not a date ("MRC 4/5", "NRS 7/10"); a scan or a meeting ("MRI 3/20", "MDT 13/08") takes a date. */
const SCORE_BEFORE = /(?:\b(?!(?:SIGNOUT|HANDOVER|HANDOFF|SOC|WR|MRI|CT|ED|ER|TEE|TTE|EGD|ERCP|EUS|PET|CTA|CTPA|MRA|MRCP|EMG|ECG|EKG|ACDF|CABG|PCI|TAVR|TAVI|OGD|TURP|TURBT|ORIF|THR|TKR|THA|TKA|MDT|OPD|OPA|USS|CXR|AXR|EEG|DOB|DOD|ADM|UDS|UA|BMP|CMP|CBC|FBC|INR|TSH|MAR|LMP|EDD|EDC|RTC|TCI|BM|DOA|DOS|DOI)\b)[A-Z][A-Z0-9-]{1,6}|\b(?:scored?|scoring|rated|rates|out of|graded?|power|tone|strength|reflexes|mood|pain|severity|level|intensity|VAS|NRS|MRC|ASA|ECOG|GCS|mRS|EDSS|Oxford|Likert)|\d)\s*:?\s*(?:=\s*)?$/;

/** Words of a score or a test's result near a number, which make it no date: "parent ratings gave 7/9 inattentive", "unaided 6/9". */
const SCORE_WORD_NEAR_RE = /\b(?:scores?|scored|scale|ratings?|rated|acuity|VA|vision|unaided|inattentive|hyperactive|APGARS?|Apgars?|CAS|GDS|SLUMS|BIMS|MMSE|MoCA|PHQ-?\d*|GAD-?\d*)\b/;
/** A whole date in figures: "7/26/2024", "22.02.24", "2024-03-05". */
const WHOLE_NUMERIC_DATE_RE = /(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?![\d/.-]\d)/;
const SCORE_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10]);

function validMD(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

let fallbackClasses: Map<string, number> | undefined;
function classesOf(ctx: Ctx): WordClasses {
  return ctx.wordClasses ?? wordClasses(ctx.tokens, (fallbackClasses ??= classMap([[MONTH_WORDS, C_MONTH], [ORD_FIRST, C_ORD_FIRST], [HOLIDAY_FIRST, C_HOLIDAY]])));
}

const ORDINAL_PAIR_RE = /\b(\d{1,2}(?:st|nd|rd|th))\s*(?:and|&|or|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;

export function dateRules(ctx: Ctx): void {
  const { text, lex } = ctx;
  const wc = classesOf(ctx);
  const add = (s: number, e: number, conf: number, rule: string) => {
    // "12 March." - the full stop ends the sentence, it does not abbreviate the month
    if (text[e - 1] === '.' && /(?:\p{L}{5,}|\b(?:June|July|May|mars|mai|juin))\.$/u.test(text.slice(Math.max(s, e - 12), e))) e--;
    // a weekday right before the date goes with it ("Weds 11 Sept", "Mon 17/2"): both say when
    const wd = s > 2 ? WEEKDAY_BEFORE_RE.exec(text.slice(Math.max(0, s - 14), s)) : null;
    if (wd) s -= wd[0].length;
    // a day counted from a named day, taken now so that no other rule reads its words: "2 days before Thanksgiving", "the day
    // after Boxing Day", "le lendemain de la Korité" (widenDates takes the same words before every other date, at the end)
    if (rule.startsWith('date-holiday')) s -= wordsBeforeDate(text, s);
    ctx.add(s, e, 'DATE', conf, rule);
  };
  const hasMonth = (wc.any & C_MONTH) !== 0;
  const hasNumSep = /\d[/-]\d|\d\.\d{1,2}\.\d/.test(text);
  const monthAt = hasMonth ? monthStarts(ctx) : undefined;
  if (hasMonth) for (const m of matchesAt(MDY_RE, text, monthAt, ASCII_LETTER_END_RE)) {
    // "May" as a modal verb: "May 2 be..." is unlikely; accept
    add(m.index, m.index + m[0].length, 0.95, 'date-mdy');
  }
  if (hasMonth) for (let m = scan(DMY_RE, text); m; m = DMY_RE.exec(text)) add(m.index, m.index + m[0].length, 0.95, 'date-dmy');
  if (hasMonth) for (let m = scan(DMY_HYPHEN_RE, text); m; m = DMY_HYPHEN_RE.exec(text)) add(m.index, m.index + m[0].length, 0.95, 'date-dmy-hyphen');
  if (hasMonth) for (const m of matchesAt(MY_RE, text, monthAt, ASCII_LETTER_END_RE)) add(m.index, m.index + m[0].length, 0.9, 'date-month-year');
  if (hasMonth) for (let m = scan(MONTH_ALONE_RE, text); m; m = MONTH_ALONE_RE.exec(text)) {
    const s = m.index + m[0].lastIndexOf(m[1]!);
    add(s, s + m[1]!.length, 0.8, 'date-month');
  }
  if (hasMonth && /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(text)) {
    for (let m = scan(MONTH_LOWER_RE, text); m; m = MONTH_LOWER_RE.exec(text)) {
      const s = m.index + m[0].indexOf(m[1]!);
      add(s, m.index + m[0].length, 0.7, 'date-month-lower');
    }
  }
  if (hasMonth) for (const m of matchesAt(MONTH_FULL_RE, text, monthAt, ASCII_LETTER_END_RE)) {
    // full month names other than March/May are rarely anything else (June/August as names: context decides later)
    add(m.index, m.index + m[0].length, 0.6, 'date-month-name');
  }
  if (hasNumSep) for (let m = scan(NUM_DMY_RE, text); m; m = NUM_DMY_RE.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (!(validMD(a, b) || validMD(b, a))) continue;
    if (m[2] === '.' && m[4]!.length === 2 && /v(?:ersion)?\.?\s*$|\d\.$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) continue; // v1.2.34
    add(m.index, m.index + m[0].length, 0.95, 'date-numeric');
  }
  if (hasNumSep) for (let m = scan(NUM_DATE_RANGE_RE, text); m; m = NUM_DATE_RANGE_RE.exec(text)) {
    for (const g of [1, 3]) add(m.indices![g]![0], m.indices![g]![1], 0.9, 'date-numeric');
  }
  if (/\d\d \d\d \d\d/.test(text)) for (let m = scan(SPACED_MDY_CUED_RE, text); m; m = SPACED_MDY_CUED_RE.exec(text)) add(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 0.9, 'date-spaced-cued');
  if (hasNumSep) for (let m = scan(ROC_DATE_RE, text); m; m = ROC_DATE_RE.exec(text)) add(m.index, m.index + m[0].length, 0.85, 'date-roc');
  if (/\d[-.](?:0[1-9]|1[0-2])(?!\d)/.test(text)) for (let m = scan(DM_CUED_RE, text); m; m = DM_CUED_RE.exec(text)) {
    const v = (m[1] ?? m[2])!;
    const s = m.index + m[0].length - v.length;
    add(s, s + v.length, 0.75, 'date-dm-cued');
  }
  if (hasNumSep) for (let m = scan(ISO_RE, text); m; m = ISO_RE.exec(text)) add(m.index, m.index + m[0].length, 0.97, 'date-iso');
  if (hasNumSep) for (let m = scan(ISO_SLASH_RE, text); m; m = ISO_SLASH_RE.exec(text)) add(m.index, m.index + m[0].length, 0.95, 'date-iso-slash');
  if (hasNumSep) for (let m = scan(MM_YYYY_RE, text); m; m = MM_YYYY_RE.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (FRACTION_AFTER.test(after)) continue;
    add(m.index, m.index + m[0].length, 0.8, 'date-month-year-numeric');
  }
  // a text that writes a whole date in figures elsewhere ("EDD 7/26/2024", "C1 22/02/2024") writes its days so too
  // (read once, and only for a day and month that would need it)
  let textDated: boolean | undefined;
  if (hasNumSep) for (let m = scan(MD_RE, text); m; m = MD_RE.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // month/day ("7/22") or day/month ("26/12")
    if (!validMD(a, b) && !validMD(b, a)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    // "available 24/7": round the clock
    if (a === 24 && b === 7 && !DATE_CUE_BEFORE.test(before)) continue;
    // "No. 17/3, Temple Road", "Nr 45/2, Hauptstraße": a house's number, not a day (not "Chest pain: no\n17/3 Reviewed")
    if (/(?:^|[ \t,(.])(?:No|NO|Nr)\.?[ \t]?$/.test(before) && /^,[ \t]+\p{Lu}/u.test(after)) continue;
    // "x 5/7", "bd 7/7", "for 5/7", "re-review in 3/12": days or months in British notation after a word that counts time
    // (not a date written so: "Appointment for 06/12", "scheduled for 3/12", "MI in 3/12", "Booked for 7/7 at 10:00")
    const unpadded = !/^0/.test(m[1]!) && !/^0/.test(m[2]!);
    // (British span notation: days, months or weeks over 7, 12 or 52, unpadded, after no verb of a day and before no clock time)
    const spanNotation = unpadded && (b === 7 || b === 12 || b === 52) && !STRONG_DATE_VERB_BEFORE.test(before) && !/^\s*(?:at\s+)?\d{1,2}[:.]\d{2}/.test(after);
    if (spanNotation && b !== 52 && a <= b && (SPAN_WORD_BEFORE.test(before) || (b === 7 && /\bfor\s*$/i.test(before)) || REVIEW_IN_BEFORE.test(before)) && !DATE_CUE_BEFORE.test(before)) continue;
    // "Fever 3/7, vomiting", "2/7 dysuria", "baby Wisdom, 9/12,": how long a symptom has lasted, or a baby's age in months;
    // "Review 3/12.", "re-test 6/12": a review in so many months or weeks
    // (not when another day/month follows in the clause: "Vomiting 3/7, admitted 4/7" is a run of days)
    if (spanNotation && a < b && !/^[^.;\n]{0,40}?(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 48)) && ((!DATE_CUE_BEFORE.test(before) && (SYMPTOM_BEFORE.test(before) || SYMPTOM_AFTER.test(after) || BABY_BEFORE.test(before))) || (b !== 7 && REVIEW_AFTER_BEFORE.test(before)))) continue;
    // "VA R 6/9, L 6/24", "Snellen 6/6": visual acuity right after its cue, or after another acuity and an eye's letter
    if (SNELLEN_RE.test(m[0]) && ACUITY_BEFORE_RE.test(before)) continue;
    // "visit 6/12", "session 4/10": the sixth of twelve, not a date
    if (a <= b && b <= 12 && /(?<!\b(?:next|last|first|final|on|due|booked|at|clinic|ward|home|follow-up)\s)\b(?:visit|session|sess|week|wk|cycle|fraction|treatment|tx|class|module)\s*#?\s*$/i.test(before) && !NEXT_VISIT_BEFORE.test(before)) continue;
    // ("started 1/2 tab": half a tablet)
    if (/^\s*(?:tabs?|tablets?|caps?|capsules?|pills?|puffs?|sachets?|amps?|vials?)\b/i.test(after)) continue;
    // "last dose 2/27 per the log", "placed 6/17 with carers": a cue word and a day over 12 make it a date, whatever follows
    // (or a 24-hour time after it: "11/03 0600 heparin given", "9/4 04:30")
    // (a log's heading ends the time with a colon: "RN triage 2/27 08:15: called pt")
    // ("RFDS 06/07 ~14:30.", "fall 6/10 around 21:00,": a word of when, or the clause's end, after the time; a score's plain
    // time is its own time, "pain 7/10 at 08:00, 3/10 at noon", so the pain rule below reads only a time right after)
    const clock = /^[ \t]+(~|@|at[ \t]+|around[ \t]+|approx\.?[ \t]*)?(?:(?:[01]\d|2[0-3])[0-5]\d|[01]?\d:[0-5]\d|2[0-3]:[0-5]\d)(?![\d/-]|[.,]\d|:\S|\s?(?:mg|mcg|ml|units?|g|kg|mmol|steps|x)\b)/.exec(after);
    const timeAfter = !!clock;
    const timeRightAfter = !!clock && !clock[1] && !/^[.,]/.test(after.slice(clock[0].length));
    // "since 02:00 7/29", "apixaban 20:00 6/2": a clock time right before says when; so does the part of a day or a week
    // ("the evening of 5/9", "night of 2/6", "week of 11/3", "wk of 3/4", "w/c 4/3"); a clock time not before a score out of a
    // small number ("20:00 3/5 power")
    const timeBefore = (/(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d[ \t]+$/.test(before) && !(a < b && SCORE_DENOMINATORS.has(b))) || /\b(?:(?:night|evening|morning|afternoon|week|wk|weekend|shift)[ \t]+of|w\/c|week (?:commencing|beginning))[ \t]+$/i.test(before);
    // "AGP 6/25-7/8": two days joined by a dash; "the 10/3 visit": a day before the thing that happened on it
    // (a day over 12 on one side, so no range of ratios: "2/3-3/4")
    const other = /^[-–](\d{1,2})\/(\d{1,2})(?![\d/])/.exec(after) ?? /(?<![\d/])(\d{1,2})\/(\d{1,2})[-–]$/.exec(before);
    const rangeOrEvent = (!!other && Math.max(a, b, Number(other[1]), Number(other[2])) > 12) || (/\bthe\s$/.test(before) && /^\s(?:visit|appointment|appt|call|admission|scan|labs?|bloods|surgery|procedure|meeting|review|clinic)\b/.test(after));
    // ("RTC 6/12", "TCI 1/7": a return in six months or a day, but "RTC 6/4" is a day; "INR 2/3", "UA 2/4": a range or a grade)
    const labCue = /\b(?:UDS|UA|BMP|CMP|CBC|FBC|INR|TSH|MAR)\s*:?\s*$/.test(before);
    if ((labCue && !(a >= 10 || b >= 10 || /^0/.test(m[1]!) || /^0/.test(m[2]!))) || (/\b(?:RTC|TCI)\s*:?\s*$/.test(before) && (b === 7 || b === 12 || b === 52))) continue;
    // ("EBUS-TBNA 18/03", "read D2 23/10": a first number over 12 and over the second is no score out of it, so a day)
    // (not a pair of pressures or doses, "28/12 mmHg", "Suboxone 16/4 mg")
    const dayFirst = a > 12 && b <= 12 && !AGE_OR_SPAN_AFTER.test(after) && !COUNT_AFTER.test(after) && !AGE_OR_SPAN_BEFORE.test(before) && !/^\s?(?:mmHg|mm|cmH2O|cm|mg|mcg|µg|ml|mL|units?|u|iu|IU|%|kPa|mmol)\b/.test(after);
    // "admitted 3/6 with fall", "rx written 7/1 by", "Next RN visit 4/4.", "Liver US 12/9 (", "OPD 12/9 pm": what happened on a day,
    // right before it, or the half of the day after it (not a share, "given 3/6 of the doses", nor a dose, "started 1/2 tab")
    const happened = (STRONG_DATE_VERB_BEFORE.test(before) || NEXT_VISIT_BEFORE.test(before) || (IMAGING_BEFORE.test(before) && /^\s*(?:\(|:|,|\.(?:\s|$)|\s(?:showed|shows|report|result))/.test(after)) || /^\s+(?:am|pm)\b/i.test(after)) && !/^\s*(?:of|tabs?|tablets?|caps?|mg|mcg|ml|units?|doses?|x\b|times|days?|weeks?|months?|years?|\d|samples?|specimens?|bottles?|sets?|cultures?|patients?|sessions?|cores?|nodes?|done|completed|positive|negative|criteria|views?|visits?|attempts?|items?)/i.test(after) && !COUNT_AFTER.test(after);
    // ("Skipped Sat 6/1 session": a weekday's name, capitalised, right before the day makes it one)
    const weekdayBefore = WEEKDAY_RIGHT_BEFORE_RE.test(before);
    const cued = timeAfter || timeBefore || rangeOrEvent || dayFirst || happened || weekdayBefore || (DATE_CUE_BEFORE.test(before) && /\S/.test(before.slice(before.lastIndexOf('\n') + 1)) && (a <= 12 ? b > 12 : b <= 12) && !COUNT_AFTER.test(after));
    // "onset 03/06", "the visit was 30/05": a zero before a day or month is a date's way of writing it, not a score's
    const padded = /^0[1-9]$/.test(m[1]!) || /^0[1-9]$/.test(m[2]!);
    // (in a dated text, a day and month that is no score out of a small number, nor a visual acuity, passes a preposition
    // after it: "on 6/5 with Kawasaki disease")
    const datedHere = (textDated ??= WHOLE_NUMERIC_DATE_RE.test(text)) && !(a < b && SCORE_DENOMINATORS.has(b)) && a !== b && a !== 6 && !/\d,$/.test(before) && !SCORE_WORD_NEAR_RE.test(text.slice(Math.max(0, m.index - 60), m.index)) && !COUNT_AFTER.test(after) && !AGE_OR_SPAN_AFTER.test(after) && !AGE_OR_SPAN_BEFORE.test(before) && !/^\s*(?:tabs?|mg|mcg|ml|units?|doses?|x\b|times|%)/i.test(after);
    if (!cued && ((FRACTION_BEFORE.test(before) && !(padded && /\b(?:was|is)\s*$/i.test(before))) || (!datedHere && FRACTION_AFTER.test(after)) || SCORE_BEFORE.test(before))) continue;
    // "power R hip flexion 4/5", "Weakness biceps 4/5", "R arm 2/5, R leg 4/5": a muscle's power out of five after the limb or muscle,
    // where the text speaks of power or scores the other limb (not "Fractured R wrist 3/5"); "headache 4/10": pain out of ten
    if (!cued && ((b === 5 && a <= 5 && LIMB_BEFORE.test(before) && (POWER_CONTEXT_RE.test(text.slice(Math.max(0, m.index - 80), m.index)) || /^,\s(?:[LR]|left|right)\s[a-z]{2,10}\s\d[+-]?\/5\b/i.test(after + text.slice(m.index + m[0].length + 14, m.index + m[0].length + 30))) && !INJURY_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) || (b === 10 && a <= 10 && PAIN_BEFORE.test(before)))) continue;
    // "her pain went from 8/10 to 3/10": a score out of ten after a word for what is scored
    // (a date's cue right before it keeps it a date, "Back pain since 3/10", unless a second score follows, "from 8/10 to 3/10")
    if (!timeRightAfter && b === 10 && a <= 10 && (!/\b(?:since|on|from|until|till|dated?|started|began|onset)\s*:?\s*$/i.test(before) || /^\s(?:to|->|→)\s\d{1,2}\/10\b/.test(after) || /\b(?:pain|score[sd]?|rated|rating)\s+(?:on|of|at|was|is)\s*$/i.test(before)) && /\b(?:pain|score[sd]?|rated|rating|severity|mood|anxiety|nrs|vas|itch|fatigue|nausea|dyspnoea|dyspnea|breathlessness)\b[^.\n]{0,30}$/i.test(before)) continue;
    // "ER 8/8": an oestrogen-receptor (Allred) score out of 8; "ER 3/14" is a day in the emergency room
    if (!cued && b <= 8 && a <= b && /\bER\s*:?\s*$/.test(before)) continue;
    // a scale's name before it: "Barthel 6/20", "Epworth 9/24" (not after a date's cue word: "Next: INR 10/30", "found down 11/25 AM")
    const word = /([A-Za-z][\w-]*)\s*:?\s*$/.exec(before)?.[1]?.toLowerCase();
    if ((!cued || timeAfter) && word && ((lex.clinical.has(word) && !lex.vocabulary.has(word)) || lex.eponyms.has(word)) && b > 12) continue;
    if (timeAfter || timeBefore || padded || rangeOrEvent || dayFirst || happened || DATE_CUE_BEFORE.test(before) || /\s[-–—]\s$/.test(before) || /^\s*(?:at\s+\d|@|\d{1,2}:\d{2}|[:,–—-]\s|\((?:bed|bay|ward|rm|room)\b|appt\b|appointment\b|visit\b)/.test(after)) add(m.index, m.index + m[0].length, 0.75, 'date-md');
    // "(28/4)": a day and month in brackets of their own (not a score out of a small denominator)
    else if (/\($/.test(before) && /^\)/.test(after) && !((a < b && SCORE_DENOMINATORS.has(b)) || a === b)) add(m.index, m.index + m[0].length, 0.7, 'date-md-bracket');
    // "swap ur 24/12 for my 31/12", "handover 18/10": a day over 12 makes it a date whichever way round,
    // unless it is a count, an age in months (18/12 old) or a score
    else if (((a > 12 && b <= 12) || (a <= 12 && b > 12)) && !AGE_OR_SPAN_AFTER.test(after) && !AGE_OR_SPAN_BEFORE.test(before) && !COUNT_AFTER.test(after) && !/\b(?:VA|acuity|Snellen|vision|recalled|scored|score)\b/i.test(before))
      add(m.index, m.index + m[0].length, 0.7, 'date-dm-unambiguous');
    // a sentence of its own ("10/10.") or a sentence that ends with it ("came in from the farm 3/3.")
    else if (/^[.!;]?(?:\s|$)/.test(after)) {
      const alone = /(?:^|[.!?;]\s+|\n\s*)$/.test(before);
      // "weakness 4/5.", "power 5/5.": a score out of a small denominator ends many sentences
      const scoreLike = (a < b && SCORE_DENOMINATORS.has(b)) || (a === b && (b === 5 || b === 10));
      if ((alone && !(scoreLike && /\b(?:pain|severity|score|rated|mood|anxiety|power|strength)\b/i.test(text.slice(Math.max(0, m.index - 60), m.index)))) || (/^[.!;](?:\s|$)/.test(after) && !scoreLike))
        add(m.index, m.index + m[0].length, 0.7, 'date-md-sentence');
    }
  }
  if (/\d(?:st|nd|rd|th)\b/.test(text)) for (let m = scan(CUED_ORDINAL_RE, text); m; m = CUED_ORDINAL_RE.exec(text)) {
    // (from "the" where there is one: "on the 3rd", "Next visit 16th")
    const the = m[0].lastIndexOf('the ');
    add(the >= 0 ? m.index + the : m.index + m[0].length - m[1]!.length, m.index + m[0].length, 0.75, 'date-ordinal-cued');
  }
  if (/\d(?:st|nd|rd|th)\)/.test(text)) for (let m = scan(ORDINAL_BRACKET_RE, text); m; m = ORDINAL_BRACKET_RE.exec(text)) {
    for (const day of m.indices!.slice(1) as ([number, number] | undefined)[]) if (day) add(day[0], day[1], 0.75, 'date-ordinal-aside');
  }
  if (/\d(?:st|nd|rd|th)[ \t][-–—]/.test(text)) for (let m = scan(ORDINAL_LINE_DASH_RE, text); m; m = ORDINAL_LINE_DASH_RE.exec(text)) add(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 0.75, 'date-ordinal-aside');
  if (/\d(?:st|nd|rd|th)\b/.test(text)) for (let m = scan(ORDINAL_DAY_RE, text); m; m = ORDINAL_DAY_RE.exec(text)) {
    const s = m.index + m[0].indexOf(m[1]!);
    // "the 3rd dose", "the 2nd trimester" are excluded by the lookahead (next word)
    add(m.index, s + m[1]!.length, 0.75, 'date-ordinal');
  }
  // "sessions on 14th and 21st April": the first day of a pair takes the month after the second
  if (hasMonth) for (let m = scan(ORDINAL_PAIR_RE, text); m; m = ORDINAL_PAIR_RE.exec(text)) add(m.index, m.index + m[1]!.length, 0.8, 'date-ordinal-pair');
  // "the Day of Arafah": a named day whose first word is too common to start the holidays' pattern at
  if (ctx.lower.includes('arafah')) for (const m of text.matchAll(/\bday of arafah\b/gi)) add(m.index, m.index + m[0].length, 0.85, 'date-holiday-intl');
  // (speed: a month of those calendars among the tokens first)
  if (ctx.tokens.some((t) => OTHER_CALENDAR_MONTH_SET.has(t.text)) && OTHER_CALENDAR_TEST.test(text)) for (let m = scan(OTHER_CALENDAR_DAY_RE, text); m; m = OTHER_CALENDAR_DAY_RE.exec(text)) add(m.index, m.index + m[0].length, 0.85, 'date-other-calendar');
  // a date in a file's name: "AfterVisitSummary_20240806.pdf", "ecg_05032024.pdf"
  if (/[_-]\d{8}[_.-]/.test(text)) for (let m = scan(FILENAME_DATE_RE, text); m; m = FILENAME_DATE_RE.exec(text)) add(m.index, m.index + m[0].length, 0.85, 'date-filename');
  if (/\d(?:st|nd|rd|th)\s+day\s+of\s/i.test(text)) for (let m = scan(DAY_OF_MONTH_RE, text); m; m = DAY_OF_MONTH_RE.exec(text)) add(m.index, m.index + m[0].length, 0.9, 'date-day-of-month');
  if (/\d(?:st|nd|rd|th)\s+(?:inst|ult|prox)\b/.test(text)) for (let m = scan(INST_RE, text); m; m = INST_RE.exec(text)) add(m.index, m.index + m[0].length, 0.85, 'date-inst');
  if (hasMonth) {
    for (const t of ctx.tokens) {
      const c = wc.of[t.index]!;
      if (!(c & (C_ORD_FIRST | C_MONTH))) continue;
      if (c & C_ORD_FIRST) {
        ORD_OF_RE.lastIndex = t.start;
        const m = ORD_OF_RE.exec(text);
        if (!m) continue;
        const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, t.start - 5), t.start));
        add(t.start - (the ? the[0].length : 0), m.index + m[0].length, 0.9, 'date-ordinal-word');
      } else if (c & C_MONTH) {
        MON_THE_ORD_RE.lastIndex = t.start;
        const m = MON_THE_ORD_RE.exec(text);
        if (m) add(m.index, m.index + m[0].length, 0.9, 'date-ordinal-word');
      }
    }
  }
  // holidays in lower case, without apostrophes, and international ones ("boxing day", "valentines day", "Armistice Day")
  if (wc.any & C_HOLIDAY) for (const t of ctx.tokens) {
    if (!(wc.of[t.index]! & C_HOLIDAY)) continue;
    HOLIDAY_RE.lastIndex = t.start;
    const m = HOLIDAY_RE.exec(text);
    if (!m) continue;
    // a single lower-case word ("easter", "diwali") is only taken when capitalised
    // (but for the days that languages write in lower case: "midsommar", "itsenäisyyspäivä", "walentynki")
    if (!t.cap && !t.upper && !/\s/.test(m[0].trim()) && !/^(?:christmas|xmas|halloween|hogmanay|thanksgiving|juneteenth|juhannus\p{L}*|vappu|sinterklaas|koningsdag|midsommar(?:afton)?|itsenäisyyspäivä|walentynki|andrzejki|ferragosto|silvester|korit[ée]|tabaski|julaften|juledag|sankthansaften|jaanipäev|joninės|pünkösd\p{L}*|húsvét\p{L}*|szenteste)$/iu.test(m[0])) continue;
    // a one-word named day that is also a name ("Nye Jones", "Dr Sallah", "Genna came in") is a name before a surname, after a
    // title or before a person's verb
    if (!/\s/.test(m[0].trim()) && t.cap && NAME_LIKE_DAYS.has(t.lower)) {
      const n = ctx.tokens[t.index + 1];
      const p = ctx.tokens[t.index - 1];
      if ((n && n.cap && text.slice(t.end, n.start) === ' ') || (p && TITLE_BEFORE_RE.test(text.slice(Math.max(0, p.start), t.start))) || /^\s(?:came|said|says|is|was|has|had|went|called|rang|will|would|told|asked)\b/.test(text.slice(t.end, t.end + 8))) continue;
    }
    // ("Union Day", not a fracture's "delayed union day 42")
    if (!t.cap && /^union day$/i.test(m[0])) continue;
    // ("World Kindness Day" but not "the world is a big day")
    if (!t.cap && /^(?:world|international)\s/i.test(m[0])) continue;
    // a nation's own day takes its name: "Swiss National Day", "Norwegian Constitution Day"
    const p = ctx.tokens[t.index - 1];
    const s = p && /^(?:national|constitution|independence|republic|unity)\s/i.test(m[0]) && lex.properWords.has(p.lower) && p.cap && text.slice(p.end, t.start) === ' ' ? p.start : m.index;
    // (a day counted from it, as a rota writes it: "Eid al-Adha +3")
    const offset = /^ ?[+−-]\d{1,2}(?![\d.:/]|\s?(?:weeks?|wks?|days?|d\b|months?|hours?|hrs?|h\b|years?))/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    add(s, m.index + m[0].length + (offset ? offset[0].length : 0), 0.85, 'date-holiday-intl');
  }
  if (/\d(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/i.test(text)) for (let m = scan(GLUED_RE, text); m; m = GLUED_RE.exec(text)) add(m.index, m.index + m[0].length, 0.9, 'date-glued');
  if (hasMonth) for (const m of matchesAt(MDY_ANYCASE_RE, text, monthAt, LATIN_GREEK_CYRILLIC_END_RE)) {
    const mon = m[1]!.toLowerCase();
    // (or after a date's cue on its line: "we're back march 14 for eyes", "booked for may 3")
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const firm = /\d(?:st|nd|rd|th)$/i.test(m[2]!) || m[3] !== undefined || (/\S[ \t]*$/.test(before) && (DATE_CUE_BEFORE.test(before) || /\bback\s+$/i.test(before)));
    // ("dec 27" is a day, "dec 5 mg" a decrease)
    if (!firm && (/^(?:may|mar|march|mai|mart|set|ott|gen)$/.test(mon) || (mon === 'dec' && DECREASE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))))) continue;
    add(m.index, m.index + m[0].length, 0.85, 'date-mdy-anycase');
  }
  if (/(?:day|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun|di|ol|es|ato|ica)\.?,?\s+(?:the\s+)?\d/i.test(text) || MORE_WEEKDAY_DAY_TEST.test(text)) for (let m = scan(WEEKDAY_DAY_RE, text); m; m = WEEKDAY_DAY_RE.exec(text)) {
    const s = m.index + m[0].length - m[1]!.length;
    let e = m.index + m[0].length;
    if (text[e - 1] === '.') e--;
    // (a weekday of another language is written in lower case: "el jueves 17 se salió", "samedi 16")
    if (!/(?:st|nd|rd|th)$/i.test(text.slice(s, e)) && !/^\p{Lu}/u.test(m[0]) && !/^\s*[.,;)]/.test(text.slice(e, e + 2)) && !FOREIGN_WEEKDAY_RE.test(m[0])) continue;
    // (a Portuguese weekday cut short is a farm or an ordinal when capitalised: "Quinta 12 Rua Nova", "Segunda 3")
    if (/^(?:Segunda|Terça|Terca|Quarta|Quinta|Sexta)\s/.test(m[0])) continue;
    add(s, e, 0.8, 'date-weekday-day');
  }
  if (/\d(?:st|nd|rd|th|er|º|°)/i.test(text)) for (let m = scan(CUE_ORDINAL_RE, text); m; m = CUE_ORDINAL_RE.exec(text)) {
    // (after "to" and "sa" an English ordinal only: "mini-squats to 30°" is an angle)
    // (and only at a clause's end: "to 2nd on call", "to 5th metacarpal" are no days)
    if (/^(?:to|sa)\s/i.test(m[0]) && (!/(?:st|nd|rd|th)$/i.test(m[1]!) || !/^(?:[.,;:!?)]|\s*$|\s*\n)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))) continue;
    const s = m.index + m[0].length - m[1]!.length;
    add(s, m.index + m[0].length, 0.75, 'date-cue-ordinal');
  }
  if (/\bd?el\s\d/.test(text)) for (let m = scan(ES_DAY_RE, text); m; m = ES_DAY_RE.exec(text)) {
    // (each day by its group's place in the text; a group that took no part has none)
    for (const day of m.indices!.slice(1) as ([number, number] | undefined)[]) if (day) add(day[0], day[1], 0.7, 'date-day-es');
  }
  if (/d[íi]a\s[123]\d/i.test(text)) for (let m = scan(DIA_DAY_RE, text); m; m = DIA_DAY_RE.exec(text)) add(m.index, m.index + m[0].length, 0.7, 'date-day-es');
  if (/\d(?:st|nd|rd|th)\b/.test(text)) for (let m = scan(ROTA_ORDINAL_RE, text); m; m = ROTA_ORDINAL_RE.exec(text)) {
    const s = m.index + m[0].length - m[1]!.length;
    add(s, m.index + m[0].length, 0.75, 'date-rota-ordinal');
  }
  if (/\d\.\d{1,2}\.(?!\d)/.test(text)) {
    for (let m = scan(DOT_DM_RE, text); m; m = DOT_DM_RE.exec(text)) {
      const s = m.index + m[0].length - m[1]!.length;
      add(s, m.index + m[0].length, 0.8, 'date-dot-dm');
    }
    for (let m = scan(DOT_DM_BEFORE_TIME_RE, text); m; m = DOT_DM_BEFORE_TIME_RE.exec(text)) {
      if (VALUE_NAME_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      add(m.index, m.index + m[0].length, 0.8, 'date-dot-dm');
    }
  }
  if (/\d\.\d/.test(text)) for (let m = scan(WEEKDAY_DOT_DM_RE, text); m; m = WEEKDAY_DOT_DM_RE.exec(text)) {
    const s = m.index + m[0].length - m[1]!.length;
    add(s, m.index + m[0].length, 0.8, 'date-weekday-dot-dm');
  }
  if (hasMonth && /\b(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b/.test(text)) for (let m = scan(FR_WORD_DAY_RE, text); m; m = FR_WORD_DAY_RE.exec(text)) add(m.index, m.index + m[0].length, 0.85, 'date-words-fr');
  if (/\d\s?[\u0E00-\u0E7F]|tháng|[Mm]ùng|ngày\s\d|[Ww]axing|[Ww]aning|[Mm]oon/.test(text)) for (let m = scan(SEA_DATE_RE, text); m; m = SEA_DATE_RE.exec(text)) add(m.index, m.index + m[0].length, 0.85, 'date-sea');
  // (only in a text that writes whole dates that way too: "at 10.05. by SHO" is a time)
  // (and in other texts after a date's word: "Next cycle 22.05.", "Termin 14.06."; not "Time of death: 03.10.", "Sodium 13.01.")
  if (/\d\d\.\d\d\.(?!\d)/.test(text)) {
    const wholeDates = /(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d(?!\d)/.test(text);
    for (let m = scan(PADDED_DOT_DM_RE, text); m; m = PADDED_DOT_DM_RE.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      if (wholeDates || PADDED_DOT_DM_CUE_BEFORE_RE.test(before)) add(m.index, m.index + m[0].length, 0.75, 'date-padded-dot-dm');
    }
  }
  // a day and month with their full stops in brackets of their own, or after a German weekday: "Rosenmontag (12.2.)", "Di 7.1."
  // (after Mo and Fr only before a dash, a bracket or the line's end: "Fr 8.5. catheter" is a French gauge)
  if (/\d\.\d{1,2}\./.test(text)) for (let m = scan(BRACKETED_OR_DE_WEEKDAY_DOT_DM_RE, text); m; m = BRACKETED_OR_DE_WEEKDAY_DOT_DM_RE.exec(text)) {
    const v = (m[1] ?? m[2])!;
    // (in brackets, a day after its month: "(12.2.)", "(24.12.)", not a step or a grade, "(1.2.)", "(2.1.)", "(4.10.)")
    const [day, month] = v.split('.').map(Number) as [number, number];
    if (m[1] && !(day > 12 || (day > month && day >= 6))) continue;
    const s = m.index + m[0].indexOf(v);
    add(s, s + v.length, 0.8, 'date-dot-dm');
  }
  if (SPACED_DOT_FULL_RE.test(text)) for (let m = scan(SPACED_DOT_DATE_RE, text); m; m = SPACED_DOT_DATE_RE.exec(text)) add(m.index, m.index + m[0].length, 0.85, 'date-spaced-dot');
  if (/\n[ \t]*\d{1,2}\.\d/.test(text)) {
    const days: [number, number][] = [];
    for (let m = scan(LINE_DOT_DM_RE, text); m; m = LINE_DOT_DM_RE.exec(text)) days.push([m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
    if (days.length >= 2) for (const [s, e] of days) add(s, e, 0.75, 'date-diary-dot-dm');
  }
  if (/\d{1,2}\/\d{1,2}(?:[ \t]{2}|\t|[ \t]*[-–:|][ \t])/.test(text)) {
    const days: [number, number][] = [];
    for (let m = scan(LINE_SLASH_DM_RE, text); m; m = LINE_SLASH_DM_RE.exec(text)) {
      const [a, b] = m[1]!.split('/').map(Number) as [number, number];
      if (validMD(a, b) || validMD(b, a)) days.push([m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
    }
    // (three such lines at least, each a day one way round, not all over the same number: "2/3  right base", "1/3  apex" are cores)
    const overs = new Set(days.map(([s, e]) => text.slice(s, e).split('/')[1]));
    if (days.length >= 3 && overs.size > 1) for (const [s, e] of days) add(s, e, 0.75, 'date-timeline-dm');
  }
  if (/ Day\b/.test(text)) for (let m = scan(NAMED_DAY_CUED_RE, text); m; m = NAMED_DAY_CUED_RE.exec(text)) {
    if (WORKING_DAY_WORDS_RE.test(m[1]!)) continue;
    const s = m.index + m[0].length - m[1]!.length;
    add(s, m.index + m[0].length, 0.8, 'date-holiday-cued');
  }
  if (/(?:th|first|second|third)\b/.test(ctx.lower)) for (let m = scan(CUED_ORD_WORD_RE, text); m; m = CUED_ORD_WORD_RE.exec(text)) {
    const s = m.index + m[0].length - m[1]!.length;
    add(s, m.index + m[0].length, 0.8, 'date-ordinal-word-cued');
  }
  void WEEKDAY_RE; // weekdays alone do not identify a date
  if (/[SHR]\d{1,2}\.\d/.test(text)) for (let m = scan(JAPANESE_ERA_DATE_RE, text); m; m = JAPANESE_ERA_DATE_RE.exec(text)) add(m.index, m.index + m[0].length, 0.8, 'date-japanese-era');
  if (/\dhb\b/.test(text)) for (let m = scan(MALAY_DAY_RE, text); m; m = MALAY_DAY_RE.exec(text)) add(m.index, m.index + m[0].length, 0.8, 'date-malay-day');
  if (text.includes(' Mac ')) for (let m = scan(MALAY_MARCH_RE, text); m; m = MALAY_MARCH_RE.exec(text)) add(m.index, m.index + m[0].length, 0.9, 'date-dmy');
  if (/\d[月월]/.test(text)) for (let m = scan(CJK_DATE_RE, text); m; m = CJK_DATE_RE.exec(text)) {
    const s = m.index + m[0].length - m[1]!.length;
    ctx.add(s, m.index + m[0].length, 'DATE', 0.9, 'date-cjk');
  }
  // year, month and day with full stops, as written in Korea: "2022. 9. 3."
  if (/\d{4}\.\s?\d{1,2}\.\s?\d/.test(text)) for (let m = scan(YMD_DOTS_RE, text); m; m = YMD_DOTS_RE.exec(text)) add(m.index, m.index + m[0].length, 0.85, 'date-ymd-dots');
  // two days swapped or covered: "nights 15th/16th", "the 3rd/4th"
  // (after a word of the rota only: "2nd/3rd toes", "4th/5th metacarpal", "5th/10th centile" are anatomy and centiles)
  if (/\d(?:st|nd|rd|th)\/\d/.test(text)) for (let m = scan(ORDINAL_SLASH_RE, text); m; m = ORDINAL_SLASH_RE.exec(text)) {
    if (ROTA_BEFORE_RE.test(text.slice(Math.max(0, m.index - 24), m.index))) add(m.index, m.index + m[0].length, 0.75, 'date-ordinal-pair');
  }
  // a day of a Hijri month: "6 Ramadan 1444", "10 Muharram" (Ramadan alone is a month of fasting, not a date)
  if (/\d\s(?:muharram|safar|rabi|jumad|rajab|sha|ramadan|ramazan|shawwal|dhu|zul|syawal|syaaban|rejab)/i.test(text)) for (let m = scan(HIJRI_DATE_RE, text); m; m = HIJRI_DATE_RE.exec(text)) add(m.index, m.index + m[0].length, 0.85, 'date-hijri');
  // (but a day counted in it is: "the first day of Ramadan", "the last night of Advent")
  if (/\b(?:ramadan|ramazan|lent|advent)\b/i.test(text)) for (let m = scan(SEASON_DAY_RE, text); m; m = SEASON_DAY_RE.exec(text)) add(m.index, m.index + m[0].length, 0.8, 'date-season-day');
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
  // the day and month of a named day, in brackets after it: "Fell on Wigilia (24.12)", "first day of Sukkot (17.10):" (only after
  // a holiday: after a lab's name, "Creatinine (1.2)", it is a value)
  if (text.includes(' (')) {
    for (const f of ctx.findings) {
      if (f.type !== 'DATE' || !f.rule.startsWith('date-holiday')) continue;
      const d = HOLIDAY_DAY_AFTER_RE.exec(text.slice(f.end, f.end + 10));
      if (d) add(f.end + 2, f.end + 2 + d[1]!.length, 0.8, 'date-holiday-day');
    }
  }
}

/** Named days that are also given names or surnames. */
const NAME_LIKE_DAYS = new Set(['eid', 'nye', 'nikolaus', 'sinterklaas', 'genna', 'meskel', 'sallah', 'holi', 'onam', 'pongal', 'bihu', 'lohri', 'obon', 'vesak', 'purim', 'pesach']);
const TITLE_BEFORE_RE = /^(?:mr|mrs|ms|miss|dr|prof|sr|sister|nurse|alhaji|mallam|chief)\.?\s+$/i;
/** Named days beyond the dictionary list; apostrophes optional, any case. */
const HOLIDAYS = [
  "christmas eve", "christmas day", "christmas", "new year'?s eve", "new year'?s day", "boxing day", "st\\.? stephen'?s day", "saint stephen'?s day",
  "valentine'?s day", "st\\.? valentine'?s day", "mother'?s day", "father'?s day", "mothering sunday", "armistice day", "remembrance (?:day|sunday)",
  "veterans'? day", "memorial day", "labor day", "labour day", "may day", "independence day", "republic day", "australia day", "anzac day", "waitangi day",
  "canada day", "victoria day", "family day", "civic holiday", "heritage day", "freedom day", "youth day", "workers'? day", "mandela day",
  "bastille day", "german unity day", "king'?s day", "queen'?s day", "king'?s birthday", "queen'?s birthday", "national day",
  "st\\.? (?:patrick|paddy|andrew|david|george)'?s day", "saint (?:patrick|andrew|david|george)'?s day", "burns night", "bonfire night", "guy fawkes(?: night| day)?",
  "hogmanay", "halloween", "all saints'? day", "all souls'? day", "thanksgiving(?: day| monday)?", "good friday", "easter (?:sunday|monday|saturday)",
  "holy (?:saturday|thursday)", "maundy thursday", "palm sunday", "ash wednesday", "shrove tuesday", "pancake day", "mardi gras", "whit (?:sunday|monday)",
  "ascension day", "pentecost", "epiphany", "twelfth night", "three kings'? day", "d[ií]a de (?:los )?reyes", "d[ií]a de (?:los )?muertos", "day of the dead",
  "cinco de mayo", "midsummer(?:'?s)? (?:eve|day)", "st\\.? john'?s (?:eve|day)", "walpurgis night", "st\\.? lucia'?s? day", "st\\.? nicholas'? day",
  "groundhog day", "april fools'? day", "earth day", "leap day", "black friday", "cyber monday", "super bowl sunday", "martin luther king(?: jr\\.?)? day", "mlk day",
  "presidents'? day", "columbus day", "indigenous peoples'? day", "juneteenth", "lunar new year", "chinese new year", "mid-autumn festival", "dragon boat festival",
  "lantern festival", "qingming", "chuseok", "seollal", "golden week", "obon", "songkran", "nowruz", "vesak", "diwali", "deepavali", "holi", "dussehra",
  "navratri", "raksha bandhan", "pongal", "onam", "baisakhi", "vaisakhi", "eid(?:[ -](?:al|ul|el|e)[- ])?(?:fitr|adha|azha|zuha|ghorban|qorban|qurban|mawlid|milad)?", "milad-un-nabi", "yom kippur", "rosh hashanah",
  "hanukkah", "chanukah", "purim", "passover", "kwanzaa", "t[eế]t", "matariki", "melbourne cup day", "ve day", "vj day", "ve-day", "d-day",
  "christmas night", "christmas morning", "veille de no[eë]l", "nochebuena", "nochevieja", "heiligabend", "silvester", "r[ée]veillon", "saint-sylvestre", "jour de l'an", "toussaint", "f[eê]te nationale", "sankt hans(?: aften)?", "midsommar", "ferragosto", "semana santa", "d[ií]a de la madre",
  "carnival", "carnaval", "karneval", "fasching", "rosenmontag", "kurban bayram[ıi]", "ramazan bayram[ıi]", "şeker bayram[ıi]", "seker bayrami",
  "bakri eid", "eid-ul-adha", "eid-ul-fitr", "lailat al-qadr", "mawlid", "ashura", "grand final (?:day|eve|night)", "little christmas", "women's christmas", "carnival (?:sunday|monday|tuesday)", ...['may', 'early may', 'spring', 'summer', 'late summer', 'august', 'october', 'june'].map((season) => `${season} bank holiday(?: monday| weekend)?`), "st\\.? hans (?:aften|dag)", "makar sankranti", "ganesh chaturthi", "janmashtami", "karva chauth",
  "world (?:[a-z]+(?:'s)? ){1,3}day", "international (?:[a-z]+(?:'s)? ){1,3}day", "xmas(?: eve| day| night)?", "nye", "new year'?s (?:night|morning)", "paddy'?s day", "patrick'?s day", "valentine'?s (?:night|eve)", "thanksgiving (?:night|eve|morning)",
  "mashujaa day", "madaraka day", "jamhuri day", "sallah", "eid-el-kabir", "thiruvonam(?: day)?", "onam day", "hari raya(?: aidilfitri| haji| puasa)?", "thaipusam", "durga puja",
  "ugadi", "gudi padwa", "lohri", "bihu", "la saint-jean(?:-baptiste)?", "st-jean-baptiste", "emancipation day", "human rights day", "day of reconciliation",
  "labour weekend(?: saturday| sunday| monday)?", "labor weekend(?: saturday| sunday| monday)?", "cup day",
  "arafah day", "saudi national day", "uae national day", "qatar national day", "kuwait national day", "oman national day", "bahrain national day",
  "timket", "timkat", "meskel", "enkutatash", "genna", "fasika", "democracy day", "heroes day", "heroes' day", "nrm liberation day", "liberation day",
  "patriots'? day", "patriot'?s day", "pohela boishakh", "pahela baishakh", "pohela baishakh", "sukkot", "shavuot", "simchat torah", "tu bishvat", "lag baomer",
  "orthodox (?:easter|christmas)", "bhai tika", "bhai tihar", "dashain", "tihar", "teej", "chhath", "thai pongal", "sinhala and tamil new year", "sinhala new year", "tamil new year", "avurudu", "poson", "esala",
  // (hyphenated, each is one token, which only its own first word can start)
  "eid-el-fitr", "eid-al-fitr", "eid-ul-fitr", "eid-el-adha", "eid-al-adha",
  "respect for the aged day", "keirō no hi", "keiro no hi", "shōwa day", "showa day", "greenery day",
  "constitution memorial day", "labour thanksgiving day", "labor thanksgiving day", "emperor's birthday", "emperors birthday", "umi no hi", "bunka no hi",
  "koningsdag", "sinterklaasavond", "sinterklaas", "pakjesavond", "suikerfeest", "offerfeest", "bevrijdingsdag", "hemelvaartsdag", "tweede paasdag", "tweede pinksterdag", "tweede kerstdag", "oudejaarsavond", "nieuwjaarsdag",
  "julaften", "juledag", "sankthansaften", "jaanipäev", "joninės", "pünkösdhétfő", "pünkösdvasárnap", "pünkösd", "húsvéthétfő", "húsvétvasárnap", "húsvét", "szenteste", "weihnachtstag",
  "allerheiligen", "allerseelen", "nikolaus(?:tag|abend)?", "fronleichnam", "pfingst(?:en|montag|sonntag)", "ostermontag", "ostersonntag", "karfreitag", "gründonnerstag",
  "weihnachten", "neujahr(?:stag)?", "reformationstag", "christi himmelfahrt", "tag der deutschen einheit", "buß- und bettag",
  "stephen'?s day", "women'?s day", "constitution day", "unity day", "den'? pobedy", "victory day", "juhannus(?:aatto|päivä)?", "itsenäisyyspäivä", "vappu", "syttende mai", "midsommarafton", "ziua na[tț]ional[aă]", "yom ha'?atzmaut", "lag b'?omer",
  "khmer new year", "pchum ben", "malam takbiran", "thingyan", "nyepi", "waso full moon", "thadingyut", "boun pi mai", "pi mai lao",
  "white sunday", "armenian christmas", "phagwah", "vardavar", "nowruz day", "sizdah bedar", "yalda night", "chaharshanbe suri",
  "lendemain de no[eë]l", "la veille de no[eë]l", "jour de no[eë]l", "f[eê]te du travail", "f[eê]te des m[eè]res", "f[eê]te des p[eè]res", "lundi de p[âa]ques", "pentec[ôo]te", "assomption", "noite de s[ãa]o jo[ãa]o", "dia de s[ãa]o jo[ãa]o", "s[ãa]o jo[ãa]o", "v[ée]spera de natal", "dia de natal", "ano novo",
  "terça(?:-feira)? de carnaval", "terca(?:-feira)? de carnaval", "segunda(?:-feira)? de carnaval", "quarta-feira de cinzas",
  "lunar new year'?s (?:day|eve)", "chinese new year'?s (?:day|eve)", "union day", "korité", "korite", "tabaski", "walentynki", "wigilia", "andrzejki",
  ...['vesak', 'wesak', 'poson', 'esala', 'nikini', 'binara', 'vap', 'il', 'unduvap', 'duruthu', 'navam', 'medin', 'bak', 'adhi'].map((month) => `${month}(?: full moon)? poya(?: day)?`),
  "poya day", "eid-e (?:ghorban|qorban|qurban|fitr|azha)", "bakrid",
  "eid-e-ghorban", "eid-e-qorban", "eid-e-qurban", "eid-e-fitr", "eid-e-azha", "eid-ul-azha", "eid-ul-zuha", "eid-al-azha", "eid-al-qurban",
  "holy week", "black saturday", "cny(?![ \\t]*\\d)", "midwinter(?:'?s)? day", "founding day", "(?:first|second) seder", "seder night", "badnji dan", "božić", "mali božić", "araw ng kagitingan", "coptic christmas(?: eve)?", "d[ií]a de la virgen(?: de guadalupe)?", "julafton", "nunavut day",
  "lunes de pascua", "domingo de pascua", "pascua florida", "d[ií]a de la hispanidad", "d[ií]a de la raza", "jou de l'an", "losar", "sonam losar", "gyalpo losar", "tamu losar",
  "shab-e yalda", "pesach", "pessach", "lāčplēša diena", "lacplesa diena", "national day for truth and reconciliation", "truth and reconciliation day",
  "new year'?s", "new yrs", "paddy'?s night", "patrick'?s night", "whit weekend", "whitsun", "whitsuntide", "f[eê]te de la musique",
  "feast of the immaculate conception", "dashami", "vijaya dashami", "bijaya dashami",
  "sábado de gloria", "sabado de gloria", "d[ií]a de las madres", "d[ií]a de todos (?:los )?santos", "d[ií]a del padre", "d[ií]a de la independencia", "fiestas patrias",
];
const HIJRI_DATE_RE = /(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)?\s(?:Muharram|Muharam|Syawal|Syaaban|Rejab|Zulkaedah|Zulhijjah|Safar|Rabi['ʿ’]?\s?(?:al|ul|I|II)(?:[- ](?:Awwal|Thani|Akhir))?|Jumad[ae]?\s?(?:al|ul|I|II)(?:[- ](?:Ula|Awwal|Akhirah|Thani))?|Rajab|Sha['ʿ’]?ban|Ramadan|Ramazan|Shawwal|Dhu\s?al[- ]Qa['ʿ’]?dah|Dhu\s?al[- ]Hijjah|Dhul[- ]?Qa['ʿ’]?dah|Dhul[- ]?Hijjah|Dhu['’]l[- ]Hijjah|Zul\s?Hijjah|Zulhijjah)(?![\p{L}])/giu;
const ROTA_BEFORE_RE = /\b(?:nights?|shifts?|days off|weekend|swap|cover|covering|on call|off|on|for|from|until|between)\s+(?:the\s+)?$/i;
const YMD_DOTS_RE = /(?<![\d.])(?:19|20)\d{2}\.\s?(?:0?[1-9]|1[0-2])\.\s?(?:0?[1-9]|[12]\d|3[01])\.(?!\d)/g;
const ORDINAL_SLASH_RE = /(?<![\w/])(?:[12]?\d|3[01])(?:st|nd|rd|th)\/(?:[12]?\d|3[01])(?:st|nd|rd|th)(?![\w/])(?!\s(?:line|lines|degree|generation|trimester|order|class|year|round|dose|doses|cycle|week|day|time|attempt|floor|place|stage)s?\b)/g;
const SEASON_DAY_RE = /\b(?:the\s+)?(?:first|last|final|second|third|\d{1,2}(?:st|nd|rd|th))\s+(?:day|night|evening)\s+of\s+(?:Ramadan|Ramazan|Lent|Advent)\b/giu;
// longest first: "christmas night" before "christmas"
const HOLIDAY_RE = new RegExp(String.raw`(?:${[...HOLIDAYS].sort((a, b) => b.length - a.length).join('|').replace(/'/g, "['’]")})(?![\p{L}'’])(?:,?\s+(?:1[89]\d\d|20\d\d)(?!\d))?`, 'iyu');
export const HOLIDAY_FIRST = new Set(
  HOLIDAYS.flatMap((h) => {
    const w = h.split(/[\s(?]/)[0]!.replace(/\\.*$/, '').replace(/'.*$/, '').replace(/\[.*$/, '');
    return w === 'd' ? ['día', 'dia'] : w === 't' ? ['tet', 'tết'] : [w, `${w}s`];
  }),
);

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
