/**
 * The scans that find a pattern's matches faster than a scan of the whole text (rules/scans.ts): they must find the same
 * matches, in the same order, as the whole-text scan they replace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ctx, scan } from '../../../src/shared/deid/rules/context';
import { execNotAfter, includesAny, LETTER_END_RE, matchesAt, matchesAtWordStarts, matchesStartingWith, scanNotAfter, wordOccurrences } from '../../../src/shared/deid/rules/scans';
import { MONTH_FIRSTS, monthStarts } from '../../../src/shared/deid/rules/dates';
import { covers } from '../../helpers/deid';

/** What matchesStartingWith reads of a rule's context: the text and its lower case. */
const ctxOf = (text: string) => ({ text, lower: text.toLowerCase() }) as unknown as Ctx;

/** Every match of a global pattern, as [index, text] pairs. */
function allMatches(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  for (let m = scan(re, text); m; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}
const pairs = (ms: RegExpExecArray[]): [number, string][] => ms.map((m) => [m.index, m[0]]);

// texts made of words that start the patterns below, in any case, and of words, digits and punctuation around them
const pieces = ['Calle', 'calle', 'CALLE', 'Via', 'via', 'Viale', 'xCalle', 'Scar', 'scars', 'scarf', 'bed', 'Bed 4', 'bedside', 'Rua', 'rua', 'Jr.', '12', '5', 'Mayor', 'Main', 'de', '-', ',', '.', ' ', ' ', '\n', '"Bo"', '(', '("Al")', 'İ', 'ſ', 'é'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

const STREET_RE = /(?:[Cc]alle|Via|Viale|[Rr]ua|Jr\.(?= \p{Lu}))\s+(?:de\s)?\p{Lu}\p{Ll}+(?:\s\d{1,3})?/gu;
const STREET_FIRSTS = ['calle', 'via', 'rua', 'jr.'];
const BED_RE = /\b(?:bed|scars?)(?:\s+\d{1,3})?\s+(?=\p{L})/giu;
const LINE_RE = /(?:^|\n)[ \t]*(\p{Lu}\p{Ll}+)(?=,)/gu;
const QUOTED_RE = /\(?["“](\p{L}+)["”]\)?/gu;

describe('matchesStartingWith', () => {
  it('finds what a scan of the whole text finds, when every match starts with one of the words given', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ctx = ctxOf(text);
        expect(pairs(matchesStartingWith(ctx, STREET_RE, STREET_FIRSTS))).toEqual(allMatches(STREET_RE, text));
        expect(pairs(matchesStartingWith(ctx, BED_RE, ['bed', 'scar']))).toEqual(allMatches(BED_RE, text));
        expect(pairs(matchesStartingWith(ctx, LINE_RE, ['\n']))).toEqual(allMatches(LINE_RE, text));
        expect(pairs(matchesStartingWith(ctx, QUOTED_RE, ['"', '("']))).toEqual(allMatches(QUOTED_RE, text));
      }),
      { numRuns: 400 },
    );
  });

  it('misses what starts with a word it was not given: the list must hold every start', () => {
    const text = 'Lives at Calle Mayor 5 and Rua Nova 12';
    expect(pairs(matchesStartingWith(ctxOf(text), STREET_RE, ['calle']))).toEqual([[9, 'Calle Mayor 5']]);
    expect(pairs(matchesStartingWith(ctxOf(text), STREET_RE, STREET_FIRSTS))).toEqual([[9, 'Calle Mayor 5'], [27, 'Rua Nova 12']]);
  });

  it('refuses a start right after what notAfter matches, as a leading lookbehind would', () => {
    const lookbehind = new RegExp(`(?<!\\p{L})${STREET_RE.source}`, 'gu');
    fc.assert(
      fc.property(texts, (text) => {
        expect(pairs(matchesStartingWith(ctxOf(text), STREET_RE, STREET_FIRSTS, LETTER_END_RE))).toEqual(allMatches(lookbehind, text));
      }),
      { numRuns: 300 },
    );
    expect(pairs(matchesStartingWith(ctxOf('xCalle Mayor and Calle Nueva'), STREET_RE, STREET_FIRSTS, LETTER_END_RE))).toEqual([[17, 'Calle Nueva']]);
  });

  it('scans the whole text when lower case moves the offsets ("İ" is two characters in lower case)', () => {
    const text = 'İİ Calle Mayor 5';
    expect(text.toLowerCase().length).not.toBe(text.length);
    expect(pairs(matchesStartingWith(ctxOf(text), STREET_RE, STREET_FIRSTS))).toEqual([[3, 'Calle Mayor 5']]);
  });

  it('refuses a pattern without the g flag (its scan would never end)', () => {
    expect(() => matchesStartingWith(ctxOf('Calle Mayor'), /Calle/, ['calle'])).toThrow(/not global/);
  });
});

describe('matchesAtWordStarts', () => {
  it('finds what a scan of the whole text finds, for a pattern that starts a word', () => {
    const street = new RegExp(`(?<!\\p{L})${STREET_RE.source}`, 'gu');
    fc.assert(
      fc.property(texts, (text) => {
        expect(pairs(matchesAtWordStarts(ctxOf(text), BED_RE, ['bed', 'scar']))).toEqual(allMatches(BED_RE, text));
        expect(pairs(matchesAtWordStarts(ctxOf(text), STREET_RE, STREET_FIRSTS, LETTER_END_RE))).toEqual(allMatches(street, text));
      }),
      { numRuns: 400 },
    );
  });

  it('finds a word after a digit, a hyphen, an apostrophe or a letter beyond the English alphabet', () => {
    const text = "12bed 4 x, pre-bed 5 and d'bed 6, ébed 7 but not abed 8";
    const re = /(?<![A-Za-z])bed \d/g;
    expect(allMatches(re, text)).toHaveLength(4);
    expect(pairs(matchesAtWordStarts(ctxOf(text), re, ['bed']))).toEqual(allMatches(re, text));
  });

  it('finds a word that starts with a digit or a letter beyond the English alphabet', () => {
    const re = /(?<![\p{L}-])(?:10 prints|ärr|über)\b/giu;
    const text = 'ten-print: 10 prints, Ärr på kinden, (über)';
    expect(allMatches(re, text)).toHaveLength(3);
    expect(pairs(matchesAtWordStarts(ctxOf(text), re, ['10', 'ärr', 'über']))).toEqual(allMatches(re, text));
  });

  it('scans the whole text when lower case moves the offsets', () => {
    expect(pairs(matchesAtWordStarts(ctxOf('İİ bed 4 x'), BED_RE, ['bed']))).toEqual([[3, 'bed 4 ']]);
  });
});

describe('wordOccurrences', () => {
  /** Where indexOf finds the value, as the engine's repeated identifiers walk it, with a word start (no letter or digit) before it. */
  const byIndexOf = (text: string, v: string): number[] => {
    const at: number[] = [];
    for (let p = text.indexOf(v); p >= 0; p = text.indexOf(v, p + v.length)) if (!/[\p{L}\p{N}]/u.test(text[p - 1] ?? ' ')) at.push(p);
    return at;
  };
  it('finds every word-start place of a value that indexOf finds', () => {
    const values = fc.constantFrom('AB12345', 'ab12345', 'bed 4', 'Calle Mayor', '5553021', 'é4471');
    fc.assert(
      fc.property(texts, values, (text, v) => {
        const t = `${text} ${v} ${text}x${v}`;
        const at = wordOccurrences(ctxOf(t), v, t.indexOf(v));
        // (none when lower case moved the offsets: the engine then walks indexOf itself)
        if (t.toLowerCase().length !== t.length) expect(at).toBeUndefined();
        else expect(at?.filter((p) => !/[\p{L}\p{N}]/u.test(t[p - 1] ?? ' '))).toEqual(byIndexOf(t, v));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves to indexOf a value that can overlap itself, or starts with no letter or digit', () => {
    expect(wordOccurrences(ctxOf('121212 1212'), '1212', 7)).toBeUndefined();
    expect(wordOccurrences(ctxOf('call +44 20 7946 0018'), '+44 20 7946 0018', 5)).toBeUndefined();
    expect(wordOccurrences(ctxOf('MRN 4471, again MRN 4471'), 'MRN 4471', 0)).toEqual([0, 16]);
  });

  it('reads the lower case of the value where the text holds it (a Greek capital sigma is "σ" inside a word, "ς" at its end)', () => {
    const text = 'MRN: ΑΣΚ123456. Chart ref ΑΣΚ123456';
    expect(wordOccurrences(ctxOf(text), 'ΑΣΚ123456', 5)).toEqual([5, 26]);
  });
});

describe('monthStarts', () => {
  // (the date patterns that open with a month are tried only where it gives: a month it missed would be a date missed)
  const dated: [string, string][] = [
    ['Seen on JANUARY 5, 2023 in clinic', 'JANUARY 5, 2023'],
    ['Reviewed 14March 2023 again', 'March 2023'],
    ['seen march 3rd, 2022', 'march 3rd, 2022'],
    ['Lab drawn Sept. 4 2021', 'Sept. 4 2021'],
    ['Discharged (Dec 12, 2020) home', 'Dec 12, 2020'],
    ['Kontrolle Jänner 2024', 'Jänner 2024'],
    ['Seen Αυγούστου 15, 2019', 'Αυγούστου 15, 2019'],
    ['vu le Février 3, 2022', 'Février 3, 2022'],
    // (a micro sign for the Greek mu, as text taken from a PDF has it)
    ['Seen µαρτίου 14, 2022 (since March)', 'µαρτίου 14, 2022'],
  ];
  it.each(dated)('finds the date in %j', (text, date) => {
    expect(monthStarts(ctxOf(text))).toContain(text.indexOf(date));
    expect(covers(text, date, 'DATE')).toBe(true);
  });

  it("holds every month word's start, in any case, and no start right after a letter", () => {
    for (const w of MONTH_FIRSTS) {
      // (in capitals only where they read back the same: "μαΐου" is five letters, "ΜΑΪ́ΟΥ" six)
      const upper = w.toUpperCase().toLowerCase() === w ? w.toUpperCase() : w;
      for (const text of [`on ${w} 3`, `on ${upper} 3`, `(${w[0]!.toUpperCase()}${w.slice(1)} 3`, `12${w} 3`]) {
        const at = text.length - w.length - 2;
        expect(monthStarts(ctxOf(text)), text).toContain(at);
      }
      expect(monthStarts(ctxOf(`x${w} 3`))).not.toContain(1);
    }
  });

  it('finds with matchesAt what a scan of the whole text finds', () => {
    const re = new RegExp(`(?:${MONTH_FIRSTS.join('|')})\\p{L}*\\.?\\s+\\d{1,2}`, 'giu');
    const text = `Jan 3, FEB 4 and mid-March 5; xMay 6, 7June 8, décembre 9 and Αυγούστου 10`;
    const notAfter = /[A-Za-z]$/;
    const whole: [number, string][] = [];
    for (let m = scanNotAfter(re, text, notAfter); m; m = execNotAfter(re, text, notAfter)) whole.push([m.index, m[0]]);
    expect(whole.length).toBeGreaterThan(5);
    expect(pairs(matchesAt(re, text, monthStarts(ctxOf(text)), notAfter))).toEqual(whole);
  });
});

describe('execNotAfter', () => {
  it('finds what the pattern with a leading negative lookbehind finds', () => {
    const plain = /(?:scars?|bed)\b/giu;
    const lookbehind = /(?<![\p{L}-])(?:scars?|bed)\b/giu;
    fc.assert(
      fc.property(texts, (text) => {
        const found: [number, string][] = [];
        for (let m = scanNotAfter(plain, text, /[\p{L}-]$/u); m; m = execNotAfter(plain, text, /[\p{L}-]$/u)) found.push([m.index, m[0]]);
        expect(found).toEqual(allMatches(lookbehind, text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a letter outside the BMP before the start as one letter', () => {
    // ("𝐀" is a letter written with two code units)
    expect(scanNotAfter(/bed/g, '𝐀bed', LETTER_END_RE)).toBeNull();
    expect(scanNotAfter(/bed/g, '1bed', LETTER_END_RE)?.index).toBe(1);
  });
});

describe('includesAny', () => {
  it('tells whether any of the parts occurs', () => {
    expect(includesAny('Leeds NHS Trust', ['Trust', 'UHB'])).toBe(true);
    expect(includesAny('Leeds NHS trust', ['Trust', 'UHB'])).toBe(false);
    expect(includesAny('anything', [])).toBe(false);
  });
});
