import { findIdentifiers, type PhiType } from '../../src/shared/deid/index';

function locate(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  return { start, end: start + phrase.length };
}

/** Every non-space character of `phrase` in `text` is covered by a finding (of `type`, when given). */
export function covers(text: string, phrase: string, type?: PhiType): boolean {
  const { start, end } = locate(text, phrase);
  const findings = findIdentifiers(text);
  for (let i = start; i < end; i++) {
    if (/\s/.test(text[i]!)) continue;
    const f = findings.find((x) => x.start <= i && i < x.end);
    if (!f || (type && f.type !== type)) return false;
  }
  return true;
}

/** No finding touches any character of `phrase` in `text`. */
export function untouched(text: string, phrase: string): boolean {
  const { start, end } = locate(text, phrase);
  return !findIdentifiers(text).some((f) => f.start < end && f.end > start);
}
