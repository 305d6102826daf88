import type { PhiType } from '../types';
import type { Ctx } from './context';

/**
 * Identifiers in structured records pasted as text: FHIR and other JSON resources name their
 * fields, so a person's name and address are found by key rather than by their words
 * ("family": "Oyelowo", "city": "Atlanta", "postalCode": "30311").
 */
const FIELD_TYPES: Record<string, PhiType> = {
  family: 'NAME',
  given: 'NAME',
  firstName: 'NAME',
  lastName: 'NAME',
  surname: 'NAME',
  line: 'LOCATION',
  city: 'LOCATION',
  district: 'LOCATION',
  county: 'LOCATION',
  postalCode: 'LOCATION',
  zip: 'LOCATION',
  birthDate: 'DATE',
  deceasedDateTime: 'DATE',
};
const FIELD_RE = /"(family|given|firstName|lastName|surname|line|city|district|county|postalCode|zip|birthDate|deceasedDateTime)"\s*:\s*(\[[^\]\n]{0,200}\]|"[^"\n]{1,80}")/g;
const STRING_RE = /"([^"\n]+)"/g;

export function recordRules(ctx: Ctx): void {
  const { text } = ctx;
  if (!text.includes('":')) return;
  for (const m of text.matchAll(FIELD_RE)) {
    const type = FIELD_TYPES[m[1]!]!;
    const valueAt = m.index + m[0].length - m[2]!.length;
    for (const s of m[2]!.matchAll(STRING_RE)) {
      const start = valueAt + s.index + 1;
      ctx.add(start, start + s[1]!.length, type, 0.9, 'record-field');
    }
  }
}
