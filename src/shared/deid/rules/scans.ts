/**
 * Faster ways to find a pattern's matches than a scan of the whole text, with the same matches: V8 tries a pattern that
 * opens with a lookbehind or a long alternation at every position of the text, so the patterns are tried only where their
 * matches can start (a word start, a line start, a month's first letters), and a lookbehind is tested after a match.
 */
import { type Ctx, scan } from './context';

/**
 * The next match of a global pattern from its lastIndex that `before` (a pattern ending in $) does not match right before:
 * the negative lookbehind the pattern would otherwise open with, tested only where the rest matches. V8 tries a leading
 * lookbehind at every position of the text, before any quick check of the first characters: such a scan of a 5,000-word
 * case took 3 to 10 times longer. The same matches, since the lookbehind only accepts or refuses a start.
 */
export function execNotAfter(re: RegExp, s: string, before: RegExp): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // (two characters: a letter outside the BMP is two code units)
    if (!before.test(s.slice(Math.max(0, m.index - 2), m.index))) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** A letter right before a position, for execNotAfter: `(?<!\p{L})` at the start of a pattern. */
export const LETTER_END_RE = /\p{L}$/u;
/** A letter of the English alphabet right before a position: `(?<![A-Za-z])`. */
export const ASCII_LETTER_END_RE = /[A-Za-z]$/;

/** execNotAfter from the start of s. */
export function scanNotAfter(re: RegExp, s: string, before: RegExp): RegExpExecArray | null {
  re.lastIndex = 0;
  return execNotAfter(re, s, before);
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * The matches of a global pattern, in order and apart as a scan of the whole text finds them, tried only at `starts`
 * (ascending; the whole text is scanned when there are none to give, `undefined`): for a pattern whose every match starts at
 * one of them. V8 tries a pattern that opens with a long alternation at every position of the text: such a scan of a
 * 5,000-word case took 10 to 50 times as long as a few tries. `notAfter` refuses a start as execNotAfter does.
 */
export function matchesAt(re: RegExp, text: string, starts: readonly number[] | undefined, notAfter?: RegExp): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesAt: /${re.source}/ is not global`);
  const out: RegExpExecArray[] = [];
  if (!starts) {
    for (let m = notAfter ? scanNotAfter(re, text, notAfter) : scan(re, text); m; m = notAfter ? execNotAfter(re, text, notAfter) : re.exec(text)) out.push(m);
    return out;
  }
  let sticky = stickyCopies.get(re);
  if (!sticky) stickyCopies.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k]!;
    if (p < next || (k > 0 && p === starts[k - 1]) || (notAfter && notAfter.test(text.slice(Math.max(0, p - 2), p)))) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    next = p + Math.max(1, m[0].length);
  }
  return out;
}

/**
 * Where one of `firsts` (lower case) starts in the text, whatever its case, and the text's start, in order; `undefined` when
 * lower case moved the offsets (after a rare letter such as "İ", two characters in lower case).
 */
function startsOf(ctx: Ctx, firsts: readonly string[]): number[] | undefined {
  const { text, lower } = ctx;
  if (lower.length !== text.length) return undefined;
  const starts = [0];
  for (const f of firsts) for (let i = lower.indexOf(f); i >= 0; i = lower.indexOf(f, i + 1)) starts.push(i);
  return starts.sort((a, b) => a - b);
}

/** Two characters as one number, the key of wordStartIndex. */
const pairKey = (s: string, i: number): number => s.charCodeAt(i) * 65536 + (s.charCodeAt(i + 1) || 0);

/**
 * Every position not right after a letter of the English alphabet where a letter or digit (or any character from "À"
 * on) stands, by its first two characters in lower case: the last such position of each pair of characters, and before each
 * position the one before it with the same pair (-1 for none). No array per pair: V8 moved such arrays, which outlive a
 * young-generation collection, straight to the old generation (rules/context.ts TextToken).
 */
export interface WordStarts {
  last: Map<number, number>;
  previous: Int32Array;
}

/** The text's WordStarts, in one pass, shared by every pattern that starts at a word (matchesAtWordStarts); undefined when lower case moved the offsets. */
function wordStartIndex(ctx: Ctx): WordStarts | undefined {
  if (ctx.wordStarts) return ctx.wordStarts;
  const { text, lower } = ctx;
  if (lower.length !== text.length) return undefined;
  const last = new Map<number, number>();
  const previous = new Int32Array(text.length);
  let afterLetter = false;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!afterLetter && (letter || (c >= 48 && c <= 57) || c >= 0xc0)) {
      const key = pairKey(lower, p);
      previous[p] = last.get(key) ?? -1;
      last.set(key, p);
    }
    afterLetter = letter;
  }
  return (ctx.wordStarts = { last, previous });
}

/**
 * matchesAt where one of `firsts` (lower case, two characters at least, the first a letter or digit) starts a word: for a
 * pattern whose every match starts with one of them and never right after a letter of the English alphabet (after `\b`, or
 * refused by notAfter). Its starts come from one index of the text's words, where matchesStartingWith scans the text for each.
 */
export function matchesAtWordStarts(ctx: Ctx, re: RegExp, firsts: readonly string[], notAfter?: RegExp): RegExpExecArray[] {
  const index = wordStartIndex(ctx);
  if (!index) return matchesAt(re, ctx.text, undefined, notAfter);
  const { lower } = ctx;
  const starts: number[] = [];
  for (const f of firsts) for (let p = index.last.get(pairKey(f, 0)) ?? -1; p >= 0; p = index.previous[p]!) if (lower.startsWith(f, p)) starts.push(p);
  return matchesAt(re, ctx.text, starts.sort((a, b) => a - b), notAfter);
}

/**
 * Where `value`, which the text holds at `found`, starts a word of the text, in order (from the word-start index): every place
 * indexOf would find it, but those right after a letter of the English alphabet. Undefined where that index cannot answer: a
 * value that starts with neither a letter nor a digit, one that can overlap itself ("1212" in "121212", where indexOf skips
 * the overlapping place), or a text whose lower case moved the offsets.
 */
export function wordOccurrences(ctx: Ctx, value: string, found: number): number[] | undefined {
  const c = value.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) || value.length < 2) return undefined;
  for (let k = 1; k < value.length; k++) if (value.startsWith(value.slice(k))) return undefined;
  const index = wordStartIndex(ctx);
  if (!index) return undefined;
  // (the key read from the text's own lower case where the value stands: lower case can depend on what follows, "ΑΣΚ" is "ασκ"
  // but "ΑΣ" alone "ας")
  const at: number[] = [];
  for (let p = index.last.get(pairKey(ctx.lower, found)) ?? -1; p >= 0; p = index.previous[p]!) if (ctx.text.startsWith(value, p)) at.push(p);
  return at.reverse();
}

/** matchesAt where one of `firsts` starts (startsOf): for a pattern whose every match starts with one of them. */
export function matchesStartingWith(ctx: Ctx, re: RegExp, firsts: readonly string[], notAfter?: RegExp): RegExpExecArray[] {
  return matchesAt(re, ctx.text, startsOf(ctx, firsts), notAfter);
}

/** The lower-case starts of a pattern's matches at a line's start, `(?:^|\n)`, for matchesStartingWith (which tries the text's start too). */
export const LINE_STARTS = ['\n'];

/** Whether s contains any of the strings: an exact gate before a scan of the whole text that can only match where one of them is. */
export const includesAny = (s: string, parts: readonly string[]): boolean => parts.some((p) => s.includes(p));
