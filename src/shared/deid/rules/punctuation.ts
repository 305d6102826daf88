import type { Finding } from '../types';

/**
 * One name or place whose parts were found apart across punctuation alone: "Bay 6, Tierboy Halting Site", "LAC+USC",
 * "Johannes (Hans) van der Linden", 'Hospital Universitario "Dr. José Eleuterio González"', "Gulf Contracting W.L.L.".
 * The whole identifier is what a reader recognises; a comma or a bracket left between two redactions says nothing, but an
 * identifier's parts are best replaced as one.
 */

/** A gap of punctuation between two parts: up to three characters, on one line, no letter or figure. */
const GAP_RE = /^[^\p{L}\p{N}\n\r]{1,3}$/u;
/** Gaps that end a sentence or a field, which two separate identifiers can share: "Leeds. Bradford", "Leeds; Bradford". */
const SEPARATE_GAP_RE = /[.;:!?|]|\s-\s/;
/** Openings of a name within a name, and their closings. */
const CLOSING: Record<string, string> = { '(': ')', '"': '"', '“': '”', '„': '“', '«': '»', '[': ']' };
/** An abbreviation's last letters before its full stop: "Ote.", "st. th.", "W.L.L.", "P.O." (not an acronym's, "at MMI."). */
const ABBREVIATION_RE = /^(?:\p{Lu}\p{Ll}{1,2}|\p{Ll}{1,2}|(?:\p{L}\.)+\p{L})$/u;

const joinable = (f: Finding) => f.type === 'NAME' || f.type === 'LOCATION';

/** Whether the gap between two parts `a` and `b` joins them. */
function joins(text: string, a: Finding, b: Finding): boolean {
  const gap = text.slice(a.end, b.start);
  // (two parts of one type that touch are one: "Tan K." + "H.")
  if (gap === '' && a.type === b.type) return true;
  // the letters of one abbreviation, each found alone: "W.L.L.", "P.O."
  if (gap === '.' && a.type === 'LOCATION' && b.type === 'LOCATION' && b.end - b.start === 1 && !/\p{L}/u.test(text[a.end - 2] ?? '')) return true;
  if (!GAP_RE.test(gap) || !/\S/.test(gap) || SEPARATE_GAP_RE.test(gap)) return false;
  const bracketed = /[("“„«[&+]/.test(gap);
  // (a name inside an organisation's: 'Hospital "Dr. José"', "Centre (Clementi)")
  if (a.type !== b.type) return a.type === 'LOCATION' && bracketed;
  if (a.type === 'LOCATION' || bracketed) return true;
  // (HL7 parts a name's components with "^": "BAKHSH^OSAMA")
  if (gap === '^') return true;
  // two names after a comma are one only as a surname and its given names, in capitals or alone in a field: "SWEENEY, James",
  // "Ortiz Calderón, Luis A.   |" (not a list of people, "Anna, Ben and Carl")
  const surname = text.slice(a.start, a.end);
  return gap.trim() === ',' && (!/\p{Ll}/u.test(surname) || FIELD_END_RE.test(text.slice(b.end, b.end + 4)));
}
/** The end of a table's field or of a line. */
const FIELD_END_RE = /^(?:[ \t]*(?:\||\t|\r?\n|$)| {2,})/;

/** The findings with the parts of one name or place joined across punctuation, and an abbreviation's full stop taken in. */
export function joinAcrossPunctuation(text: string, findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  let changed = false;
  for (const f of findings) {
    const prev = out[out.length - 1];
    if (prev && joinable(prev) && joinable(f) && prev.end <= f.start && joins(text, prev, f)) {
      const gap = text.slice(prev.end, f.start);
      let end = f.end;
      // the closings of the openings in the gap, innermost first: "Centre (Clementi)", 'Barry Young ("Baz")'
      for (const open of [...gap].filter((c) => CLOSING[c]).reverse()) {
        if (text[end] !== CLOSING[open]) break;
        end++;
      }
      out[out.length - 1] = { ...prev, end, confidence: Math.min(prev.confidence, f.confidence) };
      changed = true;
      continue;
    }
    out.push(f);
  }
  // "Ote.", "W.L.L.": the full stop of a place's abbreviated last word, before a comma or the line's end
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    if (f.type !== 'LOCATION' || text[f.end] !== '.' || !ABBREVIATION_RE.test(/\S+$/.exec(text.slice(f.start, f.end))?.[0] ?? '')) continue;
    if (!/^\.(?:,|[ \t]*(?:\r?\n|$))/.test(text.slice(f.end, f.end + 3))) continue;
    if (out[i + 1] && out[i + 1]!.start <= f.end) continue;
    out[i] = { ...f, end: f.end + 1 };
    changed = true;
  }
  return changed ? out : findings;
}
