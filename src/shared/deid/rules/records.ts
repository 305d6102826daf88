import type { PhiType } from '../types';
import { NOTHING_RE, type Ctx } from './context';

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
/** Keys that are not only an address's: "line", "city", "district", "county". */
const AMBIGUOUS_KEYS = new Set(['line', 'city', 'district', 'county']);
const STRING_RE = /"((?:[^"\\\n]|\\.)+)"/g;

/** The same fields as XML elements: "<FirstName>Joy</FirstName>", "<PostalCode>45241</PostalCode>" (an e-prescription, a claim). */
const XML_FIELD_TYPES: Record<string, PhiType> = {
  FirstName: 'NAME',
  LastName: 'NAME',
  GivenName: 'NAME',
  FamilyName: 'NAME',
  MiddleName: 'NAME',
  PostalCode: 'LOCATION',
  ZipCode: 'LOCATION',
  AddressLine1: 'LOCATION',
  AddressLine2: 'LOCATION',
  City: 'LOCATION',
  DateOfBirth: 'DATE',
  BirthDate: 'DATE',
  // (the elements of a CDA document)
  given: 'NAME',
  family: 'NAME',
  city: 'LOCATION',
  postalCode: 'LOCATION',
  streetAddressLine: 'LOCATION',
};
const XML_FIELD_RE = /<(FirstName|LastName|GivenName|FamilyName|MiddleName|PostalCode|ZipCode|AddressLine[12]|City|DateOfBirth|BirthDate|given|family|city|postalCode|streetAddressLine)>(?:<Date>)?([^<\n]{1,80})(?:<\/Date>)?<\/\1>/g;
export function recordRules(ctx: Ctx): void {
  const { text } = ctx;
  if (text.includes('</')) for (const m of text.matchAll(XML_FIELD_RE)) {
    const v = m[2]!.trim();
    if (!v || NOTHING_RE.test(v)) continue;
    // (the value after the opening tag, and its <Date> if any: not the same letters inside the tag's name)
    const start = m.index + m[0].length - m[2]!.length - m[1]!.length - 3 - (m[0].endsWith('</Date></' + m[1] + '>') ? 7 : 0);
    ctx.add(start, start + m[2]!.length, XML_FIELD_TYPES[m[1]!]!, 0.9, 'record-xml');
  }
  if (!text.includes('"')) return;
  // a record that holds a person: any of its name, birth or postal keys, or a name, address or patient key
  const personal = /"(?:name|address|resourceType|patient|family|given|firstName|lastName|surname|birthDate|postalCode|zip)"\s*:/.test(text);
  if (!personal) return;
  // ("line": "Central line", "city": "Leeds" in a list of sites are no address: those keys need the person's record)
  const addressed = /"(?:address|resourceType|patient|family|given|firstName|lastName|surname)"\s*:/.test(text);
  for (const m of text.matchAll(FIELD_RE)) {
    const type = FIELD_TYPES[m[1]!]!;
    if (AMBIGUOUS_KEYS.has(m[1]!) && !addressed) continue;
    const valueAt = m.index + m[0].length - m[2]!.length;
    for (const s of m[2]!.matchAll(STRING_RE)) {
      const start = valueAt + s.index + 1;
      const v = s[1]!;
      if (NOTHING_RE.test(v) || (type === 'NAME' && ctx.lex.english.has(v.toLowerCase()) && !ctx.lex.firstNames.has(v.toLowerCase()) && !ctx.lex.lastNames.has(v.toLowerCase()))) continue;
      ctx.add(start, start + v.length, type, 0.9, 'record-field');
    }
  }
}
