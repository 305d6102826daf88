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
const FIELD_RE = /"(family|given|firstName|lastName|surname|line|city|district|county|postalCode|zip|birthDate|deceasedDateTime)"\s*:\s*(\[[^\]]{0,300}\]|"(?:[^"\\\n]|\\.){1,80}")/g;
const STRING_RE = /"((?:[^"\\\n]|\\.)+)"/g;
/** Values that say there is nothing: "N/A", "unknown", "-". */
const NOTHING_RE = /^(?:n\/?a|none|nil|unknown|unk|null|tbc|-+|\?+)$/i;

export function recordRules(ctx: Ctx): void {
  const { text } = ctx;
  if (!text.includes('"')) return;
  // address fields only in a record that holds a person ("line": "Central line" is no address)
  const personal = /"(?:name|address|resourceType|patient|family|given)"\s*:/.test(text);
  for (const m of text.matchAll(FIELD_RE)) {
    const type = FIELD_TYPES[m[1]!]!;
    if (type === 'LOCATION' && !/"(?:address|resourceType|patient)"\s*:/.test(text)) continue;
    if (!personal) continue;
    const valueAt = m.index + m[0].length - m[2]!.length;
    for (const s of m[2]!.matchAll(STRING_RE)) {
      const start = valueAt + s.index + 1;
      const v = s[1]!;
      if (NOTHING_RE.test(v) || (type === 'NAME' && ctx.lex.english.has(v.toLowerCase()) && !ctx.lex.firstNames.has(v.toLowerCase()) && !ctx.lex.lastNames.has(v.toLowerCase()))) continue;
      ctx.add(start, start + v.length, type, 0.9, 'record-field');
    }
  }
}
