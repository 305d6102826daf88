import type { Ctx } from './context';

const NUM_WORDS: Record<string, number> = {
  ninety: 90, 'one hundred': 100, hundred: 100,
};
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

const AGE_AFTER_RE =
  /(?<![\d.,])(\d{2,3})(?:\s*(?:-|–)\s*|\s+)?(?:years?|yrs?|yr|y)\.?(?:\s*|-)(?:old|o\.?(?![a-z])|of\s+age)|(?<![\d.,])(\d{2,3})\s*(?:yo|y\/o|y\.o\.?|yoF|yoM|y\.?o\.?[mf])(?![a-z])|(?<![\d.,])(\d{2,3})(?:-|\s)?(?:years?|yrs?)[- ]old/gi;
const AGE_BEFORE_RE = /\b(?:aged?|age:|age\s+of|at\s+age|ages?)\s*:?\s*(\d{2,3})(?![\d.])/gi;
const AGE_SEX_RE = /(?<![\w.,])(\d{2,3})\s?(?:M|F|m|f)(?![\w])(?!\s*(?:mg|ml))/g;
// "Walter Briggs, 91, admitted", "Mrs. Hope Adler (96)": a number in apposition right after a capitalised word
const AGE_PAREN_RE = /(?<=\p{Lu}[\p{L}'’.-]*)(?:,\s*|\s\(\s*)(\d{2,3})(?=\s*[,)]|\s+(?:and|who|with|was|is|lives|living|presented|admitted|fell)\b)/gu;
const AGE_IS_RE = /(?<=\p{Lu}[\p{L}'’-]+\s(?:is|was|turned|turns|now)\s)(\d{2,3})(?=\s*(?:and\b|but\b|,|;|\.|years|yrs))/gu;
const WORD_AGE_RE = /\b(ninety|one hundred|hundred)(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?(?=[-\s](?:years?|yrs?)[-\s](?:old|of age)|-year-old)/gi;
const AGE_GROUP_RE = /\b(?:nonagenarian|centenarian|supercentenarian|in (?:his|her|their) (?:nineties|90s|hundreds)|(?:early|mid|late)[-\s](?:nineties|90s))\b/gi;

export function ageRules(ctx: Ctx): void {
  const { text } = ctx;
  const addNum = (s: string, start: number, conf: number, rule: string) => {
    const v = Number(s);
    if (v >= 90 && v < 130) ctx.add(start, start + s.length, 'AGE', conf, rule);
  };
  for (const m of text.matchAll(AGE_AFTER_RE)) {
    const g = m[1] ?? m[2] ?? m[3];
    addNum(g, m.index + m[0].indexOf(g), 0.97, 'age-year-old');
  }
  for (const m of text.matchAll(AGE_BEFORE_RE)) addNum(m[1], m.index + m[0].lastIndexOf(m[1]), 0.9, 'age-cue');
  for (const m of text.matchAll(AGE_SEX_RE)) addNum(m[1], m.index, 0.85, 'age-sex');
  for (const m of text.matchAll(AGE_PAREN_RE)) addNum(m[1], m.index + m[0].lastIndexOf(m[1]), 0.75, 'age-apposition');
  for (const m of text.matchAll(AGE_IS_RE)) addNum(m[1], m.index, 0.8, 'age-is');
  for (const m of text.matchAll(WORD_AGE_RE)) {
    const base = NUM_WORDS[m[1].toLowerCase()] ?? 0;
    const v = base + (m[2] ? UNITS[m[2].toLowerCase()] : 0);
    if (v >= 90) ctx.add(m.index, m.index + m[0].length, 'AGE', 0.95, 'age-words');
  }
  for (const m of text.matchAll(AGE_GROUP_RE)) ctx.add(m.index, m.index + m[0].length, 'AGE', 0.8, 'age-group');
}
