import type { Finding, PhiType, ReplaceOptions, ReplaceResult, Replacement } from './types';
import { MONTHS } from './rules/context';

const DAY_MS = 86_400_000;

function utc(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  return dt.getUTCMonth() === m - 1 ? t : null;
}
function nthWeekday(y: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return Date.UTC(y, month - 1, 1 + ((weekday - first + 7) % 7) + (n - 1) * 7);
  }
  const lastDay = new Date(Date.UTC(y, month, 0));
  const diff = (lastDay.getUTCDay() - weekday + 7) % 7;
  return Date.UTC(y, month - 1, lastDay.getUTCDate() - diff);
}
function easter(y: number): number {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(y, month - 1, day);
}
const HOLIDAYS: [RegExp, (y: number) => number][] = [
  [/christmas eve/, (y) => Date.UTC(y, 11, 24)],
  [/christmas|boxing/, (y) => Date.UTC(y, 11, /boxing/.test('') ? 26 : 25)],
  [/new year'?s eve/, (y) => Date.UTC(y, 11, 31)],
  [/new year/, (y) => Date.UTC(y, 0, 1)],
  [/independence day|fourth of july/, (y) => Date.UTC(y, 6, 4)],
  [/halloween/, (y) => Date.UTC(y, 9, 31)],
  [/valentine/, (y) => Date.UTC(y, 1, 14)],
  [/veterans|remembrance/, (y) => Date.UTC(y, 10, 11)],
  [/juneteenth/, (y) => Date.UTC(y, 5, 19)],
  [/patrick/, (y) => Date.UTC(y, 2, 17)],
  [/labou?r day/, (y) => nthWeekday(y, 9, 1, 1)],
  [/memorial day/, (y) => nthWeekday(y, 5, 1, -1)],
  [/thanksgiving/, (y) => nthWeekday(y, 11, 4, 4)],
  [/black friday/, (y) => nthWeekday(y, 11, 4, 4) + DAY_MS],
  [/martin luther|mlk/, (y) => nthWeekday(y, 1, 1, 3)],
  [/president/, (y) => nthWeekday(y, 2, 1, 3)],
  [/mother'?s day/, (y) => nthWeekday(y, 5, 0, 2)],
  [/father'?s day/, (y) => nthWeekday(y, 6, 0, 3)],
  [/columbus/, (y) => nthWeekday(y, 10, 1, 2)],
  [/good friday/, (y) => easter(y) - 2 * DAY_MS],
  [/easter monday/, (y) => easter(y) + DAY_MS],
  [/easter/, (y) => easter(y)],
  [/canada day/, (y) => Date.UTC(y, 6, 1)],
  [/bastille/, (y) => Date.UTC(y, 6, 14)],
];

interface ParsedDate {
  /** UTC ms if the day is known. */
  time?: number;
  /** True when the year was written in the text. */
  hasYear: boolean;
  year?: number;
}

/** Parses the date expressions the date rules produce. Year-less dates take the year nearest the reference. */
export function parseDateExpression(s: string, ref?: number): ParsedDate | null {
  const t = s.trim().replace(/^(?:on|the)\s+/i, '');
  const refYear = ref !== undefined ? new Date(ref).getUTCFullYear() : undefined;
  const nearest = (m: number, d: number): number | undefined => {
    if (refYear === undefined || ref === undefined) return undefined;
    let best: number | undefined;
    for (const y of [refYear - 1, refYear, refYear + 1]) {
      const v = utc(y, m, d);
      if (v !== null && (best === undefined || Math.abs(v - ref) < Math.abs(best - ref))) best = v;
    }
    return best;
  };
  const fullYear = (y: string) => {
    if (y.startsWith("'")) y = y.slice(1);
    const n = Number(y);
    return y.length === 2 ? (n > 40 ? 1900 + n : 2000 + n) : n;
  };
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t))) {
    const v = utc(+m[1]!, +m[2]!, +m[3]!);
    return v === null ? null : { time: v, hasYear: true, year: +m[1]! };
  }
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(t))) {
    const y = fullYear(m[3]!);
    let a = +m[1]!, b = +m[2]!;
    if (a > 12 && b <= 12) [a, b] = [b, a]; // day first
    const v = utc(y, a, b);
    return v === null ? null : { time: v, hasYear: true, year: y };
  }
  if ((m = /^(\d{1,2})[/-](\d{4})$/.exec(t))) return { hasYear: true, year: +m[2]! };
  if ((m = /^(\d{1,2})\/(\d{1,2})$/.exec(t))) {
    const v = nearest(+m[1]!, +m[2]!);
    return { time: v, hasYear: false };
  }
  const lower = t.toLowerCase();
  const yearM = /(?:^|[\s,])((?:1[89]|20)\d\d|'\d\d)\s*$/.exec(lower);
  const year = yearM ? fullYear(yearM[1]!) : undefined;
  const monM = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/.exec(lower);
  if (monM) {
    const mon = MONTHS[monM[1]!] ?? MONTHS[monM[1]!.slice(0, 3)];
    const dayM = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(lower.replace(/((?:1[89]|20)\d\d|'\d\d)\s*$/, ''));
    if (!dayM) return { hasYear: year !== undefined, year };
    const day = +dayM[1]!;
    if (year !== undefined) {
      const v = utc(year, mon!, day);
      return v === null ? null : { time: v, hasYear: true, year };
    }
    return { time: nearest(mon!, day), hasYear: false };
  }
  for (const [re, fn] of HOLIDAYS) {
    if (re.test(lower)) {
      if (year !== undefined) return { time: fn(year), hasYear: true, year };
      if (refYear === undefined || ref === undefined) return { hasYear: false };
      let best: number | undefined;
      for (const y of [refYear - 1, refYear, refYear + 1]) {
        const v = fn(y);
        if (best === undefined || Math.abs(v - ref) < Math.abs(best - ref)) best = v;
      }
      return { time: best, hasYear: false };
    }
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t)) && ref !== undefined) {
    const r = new Date(ref);
    const v = utc(r.getUTCFullYear(), r.getUTCMonth() + 1, +m[1]!);
    return { time: v ?? undefined, hasYear: false };
  }
  return null;
}

function relDay(time: number, ref: number): string {
  const d = Math.round((time - ref) / DAY_MS);
  if (d === 0) return 'day 0';
  return d > 0 ? `day +${d}` : `day \u2212${-d}`;
}

function nameTokens(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{M}'-]+/u)
    .filter((w) => w.length > 1);
}

/**
 * Applies the replacement policy: typed placeholders numbered consistently within
 * the text for names and places, dates as days relative to the index date (year
 * alone kept), ages over 89 as "90+".
 */
export function applyReplacements(text: string, findings: readonly Finding[], options: ReplaceOptions = {}): ReplaceResult {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  // Index date: given, else the first complete date in the text.
  let ref: number | undefined;
  if (options.indexDate) {
    const p = parseDateExpression(options.indexDate);
    ref = p?.time;
  }
  if (ref === undefined) {
    for (const f of sorted) {
      if (f.type !== 'DATE') continue;
      const p = parseDateExpression(text.slice(f.start, f.end));
      if (p?.time !== undefined && p.hasYear) {
        ref = p.time;
        break;
      }
    }
  }
  // Name numbering: a full name defines a person; single tokens (surname or first name) map to it.
  const personOf = new Map<string, number>();
  const persons: number[] = [];
  let nextPerson = 1;
  const names = sorted.filter((f) => f.type === 'NAME').map((f) => nameTokens(text.slice(f.start, f.end)));
  const multi = names.filter((t) => t.length >= 2);
  for (const toks of multi) {
    const last = toks[toks.length - 1];
    let id = personOf.get('L:' + last);
    if (id === undefined) id = nextPerson++;
    personOf.set('L:' + last, id);
    if (!personOf.has('F:' + toks[0])) personOf.set('F:' + toks[0], id);
  }
  void persons;
  const personId = (toks: string[]): number => {
    if (toks.length === 0) return nextPerson++;
    const last = toks[toks.length - 1];
    if (toks.length >= 2) return personOf.get('L:' + last)!;
    const id = personOf.get('L:' + last) ?? personOf.get('F:' + last) ?? personOf.get('S:' + last);
    if (id !== undefined) return id;
    const n = nextPerson++;
    personOf.set('S:' + last, n);
    return n;
  };
  // renumber persons in order of first appearance
  const order = new Map<number, number>();
  const placeIds = new Map<string, number>();
  const typedIds = new Map<string, Map<string, number>>();
  const replacements: Replacement[] = [];
  let out = '';
  let pos = 0;
  for (const f of sorted) {
    if (f.start < pos) continue;
    const original = text.slice(f.start, f.end);
    let rep: string;
    const type: PhiType = f.type;
    switch (type) {
      case 'NAME': {
        const raw = personId(nameTokens(original));
        if (!order.has(raw)) order.set(raw, order.size + 1);
        rep = `[NAME ${order.get(raw)}]`;
        break;
      }
      case 'LOCATION': {
        const key = original.toLowerCase().replace(/\s+/g, ' ').trim();
        if (!placeIds.has(key)) placeIds.set(key, placeIds.size + 1);
        rep = `[LOCATION ${placeIds.get(key)}]`;
        break;
      }
      case 'DATE': {
        const p = parseDateExpression(original, ref);
        if (p?.time !== undefined && ref !== undefined) rep = relDay(p.time, ref);
        else if (p?.hasYear && p.year !== undefined) rep = String(p.year);
        else rep = '[DATE]';
        break;
      }
      case 'AGE':
        rep = '90+';
        break;
      default: {
        const m = typedIds.get(type) ?? new Map<string, number>();
        typedIds.set(type, m);
        const key = original.replace(/\W/g, '').toLowerCase();
        if (!m.has(key)) m.set(key, m.size + 1);
        rep = `[${type}]`;
      }
    }
    out += text.slice(pos, f.start) + rep;
    replacements.push({ start: f.start, end: f.end, type, original, replacement: rep });
    pos = f.end;
  }
  out += text.slice(pos);
  return { text: out, replacements };
}
