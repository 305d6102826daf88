import type { Finding } from '../types';

/**
 * Eponyms that are also common surnames or given names, and so are left out of the eponym list (a person named Foley
 * stays found): each is kept only where the words around it name the thing, not the person. "remove Foley", "Katz ADL
 * 4/6", "Fitzpatrick IV", "Fazekas 2", "McKinley T34 syringe driver", "Sara Stedy", "Guthrie card", "Hb Bart's".
 * Each entry: the word as written, what may follow it, and what may come before it (either makes it the thing).
 */
const EPONYMS_IN_USE: [string, RegExp, RegExp?][] = [
  ['Foley', /^[ \t]*(?:catheters?|cath\b|bags?|balloons?|removed|removal|placed|inserted|insertion|draining|drained|care\b|leaking|in situ|trial|\d{1,2}[ \t]?(?:Fr|F|Ch)\b)/i, /\b(?:remove|keep|insert|place|d\/c|dc|change|indwelling|urinary|IDC|pt's|patient's|\d{1,2}[ \t]?(?:Fr|F|Ch|FG))[ \t]+$/i],
  ['Katz', /^[ \t]*(?:ADLs?\b|index|score|scale|\d\/6\b|\(?ADL)/i],
  ['Fitzpatrick', /^[ \t]*(?:(?:type|skin type|phototype|scale|class)\b|[IV]{1,3}\b|[1-6]\b)/i],
  ['Pfeiffer', /^[ \t]*(?:SPMSQ|\d{1,2}[ \t]+(?:errors?|errores|erros|fehler)\b|test|questionnaire|score)/i],
  ['Beery', /^[ \t]*(?:VMI|test)\b/],
  ['Borg', /^[ \t]*(?:CR-?10|RPE|scale|score|dyspn\w*|breathlessness|\d{1,2}\b)/i, /\b(?:modified|the)[ \t]+$/i],
  ['Fazekas', /^[ \t]*(?:[0-3]\b|grade|score|scale)/i],
  ['Kessler', /^[ \t]*(?:-?(?:6|10)\b|K10|scale|modifi\w*|suture|repair|technique)/i],
  ['Maddocks', /^[ \t]*(?:questions?|score)\b/i],
  ['Guthrie', /^[ \t]*(?:card|test|spot)\b/i, /\b(?:heel prick|NBS|newborn screening?)[ \t]*\(?[ \t]*$/i],
  ['Penta', /^(?:-?\d\b|[ \t]+(?:vaccine|valent|\d\b))/i],
  ['McKinley', /^[ \t]*(?:T-?34|syringe|pump|driver)\b/i],
  ['Sara', /^[ \t]+(?:Stedy|Plus|3000|Flex|stand(?:ing)? aid)\b/],
  ['Gibbs', /^[ \t]+(?:reflective|cycle|model)\b/i],
  ['Pyle', /^/, /\bGreulich[ \t]+(?:and|&)[ \t]+$/],
  ['Adams', /^[ \t]+(?:forward|bend(?:ing)?|test)\b/i],
  ['Atkins', /^[ \t]+diet\b/i],
  ['Simpson', /^[ \t]*(?:method|rule)\b/i, /\b(?:biplane|modified)[ \t]+$|\bEF[^\n()]{0,12}\($/i],
  ['Kruger', /^[ \t]*(?:morphology|criteria|strict)\b/i, /\bmorphology[^\n()]{0,12}\($|\bstrict[ \t]+$/i],
  ['Pritchard', /^[ \t]*(?:regimen|protocol)\b/i, /\b(?:MgSO4|magnesium)[^\n()]{0,30}\($/i],
  ['Blake', /^[ \t]+drains?\b/i, /\bdrains?(?:[ \t]+de)?[ \t]+$/i],
  ['Abbott', /^[ \t]+(?:Assurity|Assert|m-PIMA|FreeStyle|Architect|Alinity|ID NOW|BinaxNOW|Libre|Xience|MitraClip|Amplatzer|EnSite|Proclaim|Gallant|Aveir|Confirm|Navitor|Portico|Tendyne|HeartMate|Ensure|Similac|Glucerna|PediaSure|i-STAT)\b/],
  ["Bart's", /^/, /\bHb[ \t]+$/],
];
const BY_WORD = new Map(EPONYMS_IN_USE.map(([w, after, before]) => [w, { after, before }]));
/** A word of kinship in Tagalog or Hawaiian English that is also a given name, after a possessive: "lives with his Lola (78)". */
const KIN_WORDS = new Set(['Lola', 'Lolo', 'Tita', 'Tito', 'Tutu']);
/** A title right before a name. */
const TITLE_BEFORE_RE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sister|Nurse|Sra|Herr|Frau|Mme|Dhr|Mevr)\.?[ \t]+$/i;
const POSSESSIVE_BEFORE_RE = /\b(?:his|her|my|their|your|our|late)[ \t]+$/i;

/** Whether the name or place finding `f` is an eponym, or a word of kinship, that the words around it show to be in use. */
function isEponymInUse(text: string, f: Finding): boolean {
  // (a numeral read as a generation suffix stays the eponym's: "Fitzpatrick II")
  const parts = /^(\S+)((?: (?:[IVX]{1,4}|\d{1,2}))?)$/.exec(text.slice(f.start, f.end));
  if (!parts) return false;
  const word = parts[1]!;
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const after = parts[2]! + text.slice(f.end, f.end + 24);
  if (KIN_WORDS.has(word)) return f.type === 'NAME' && POSSESSIVE_BEFORE_RE.test(before) && !/^[ \t]+\p{Lu}/u.test(after);
  const entry = BY_WORD.get(word);
  // (a title makes it a person whatever follows: "Mr Foley in clinic", "Dr Simpson")
  if (!entry || TITLE_BEFORE_RE.test(before) || f.rule.startsWith('name-title')) return false;
  if (entry.before) return entry.after.source === '^' ? entry.before.test(before) : entry.after.test(after) || entry.before.test(before);
  return entry.after.test(after);
}

/**
 * A part of the body or a thing named "of" its finder: "pouch of Douglas", "circle of Willis", "loop of Henle", "ampulla of
 * Vater", "tetralogy of Fallot". No person is named after these words.
 */
const ANATOMY_OF_BEFORE_RE =
  /\b(?:pouch|circle|islets?|loops?|crypts?|canals?|spaces?|ligaments?|triangle|foramen|ampulla|sphincter|organ|bundle|nodes?|ducts?|tetralogy|pentalogy|trilogy|columns?|tracts?|nucleus|fissure|isthmus|antrum|corpuscles?|plexus|bursa|tubercle|fascia|sinus|glands?|lacunae|valves?)[ \t]+of[ \t]+$/i;
/** After a place, what makes it a disease's, a blood group's or a diet's name: "Madura foot", "Bombay blood group", "Mediterranean diet". */
// (not a place's service: "KK Kuala Lumpur diet clinic")
const PLACE_TERM_AFTER_RE = /^[ \t]+(?:foot|blood[ \t]group|phenotype|diet|flu|strain|variant|salts?)\b(?![ \t]+(?:clinics?|services?|teams?|departments?|units?|centres?|centers?)\b)/i;
/** A holiday as a disease's name: "Christmas disease" (haemophilia B, after the first patient's surname). */
const HOLIDAY_TERM_AFTER_RE = /^[ \t]+(?:disease|factor)\b/i;
/**
 * Names of things made of a given name and a surname, or of a title and a word, that are no person: the exercise, the
 * operation, the herbicide, the manufacturer, the hip stem.
 */
const TERMS_RE = /\b(?:Tai[ -]Chi|Qi[ -]?gong|Ivor[ -]Lewis|Agent[ \t]Orange|Sister[ \t]Mary[ \t]Joseph(?:['’]s)?(?=[ \t]nodule)|Boston[ \t]Scientific|Exeter(?=[ \t](?:V40|stem|Trauma[ \t]Stem|Universal)\b)|Cimino(?=[ \t](?:fistula|AVF|radiocephalic)\b)|Le[ \t]Fort[ \t](?:I{1,3}|[123])\b|Braxton[ \t]Hicks|Pierre[ \t]Robin(?=[ \t](?:sequence|syndrome|anomaly)\b)|Austin[ \t]Moore(?=[ \t](?:prosthesis|hemiarthroplasty|stem|approach)\b)|Rancho[ \t]Los[ \t]Amigos|John[ \t]Deere|Harley-Davidson)/g;

/** A manufacturer as a person's workplace is a place that identifies them: "works at John Deere", "Employer: Boston Scientific". */
const MANUFACTURER_RE = /^(?:Boston|John|Harley)/;
const WORKPLACE_BEFORE_RE = /(?:\b(?:at|for)|\b(?:employer|employed|company|workplace)\b[^\n]{0,12})[ \t]+$/i;
/** A law's or a guideline's name, which an organisation's words start: "Mental Health Act Form 1", "Philippine Clinical Practice Guidelines". */
const LAW_END_RE = /\s(?:Act|Guidelines)\b|['’]s[ \t]Law$/;
const LAW_AFTER_RE = /^(?:[ \t]+(?:Act|Guidelines)|['’]s[ \t]+Law)\b/;
/** An article before a word in capitals makes it an acronym, not a person's name: "the ASHA is a worker", "an ABCDE check". */
const ARTICLE_BEFORE_RE = /(?:^|[^\p{L}])(?:the|an?)[ \t]+$/iu;
/** But a family's surname follows "the" too: "spoke to the PATEL family". */
const FAMILY_AFTER_RE = /^['’]?s?[ \t]+(?:family|household|children|kids|twins|boys|girls|brothers|sisters|home|house)\b/i;

/** Whether the name, place or holiday finding `f` is part of a term's name that the words around it show. */
function isPartOfTerm(text: string, f: Finding, terms: [number, number][]): boolean {
  // (within the term, or past it by a joined word only: "Agent Orange-related"; not "John Deere Davenport Works")
  if (terms.some(([s, e]) => f.start >= s && f.start < e && (f.end <= e || /^-\S+$/.test(text.slice(e, f.end))))) return true;
  const value = text.slice(f.start, f.end);
  const one = !/\s/.test(value);
  if (f.type !== 'DATE' && (LAW_END_RE.test(value) || (LAW_AFTER_RE.test(text.slice(f.end, f.end + 12)) && (!one || /^['’]/.test(text.slice(f.end, f.end + 1)))))) return true;
  if (f.type === 'NAME' && one && /^\p{Lu}{3,}$/u.test(value) && ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, f.start - 6), f.start)) && !FAMILY_AFTER_RE.test(text.slice(f.end, f.end + 12))) return true;
  if (f.type === 'DATE') return one && HOLIDAY_TERM_AFTER_RE.test(text.slice(f.end, f.end + 10)) && /^\p{Lu}\p{Ll}+$/u.test(text.slice(f.start, f.end));
  if (one && /^\p{Lu}/u.test(value) && ANATOMY_OF_BEFORE_RE.test(text.slice(Math.max(0, f.start - 24), f.start))) return true;
  // (a name too, where the tagger read an unknown word: "the Mediterranean diet")
  return one && !TITLE_BEFORE_RE.test(text.slice(Math.max(0, f.start - 12), f.start)) && PLACE_TERM_AFTER_RE.test(text.slice(f.end, f.end + 30));
}

/**
 * The findings without the eponyms in use, the terms named after people, places and holidays, and a score found right
 * after an eponym ("Katz 5/6" read as a day and a month).
 */
export function withoutEponymsInUse(text: string, findings: Finding[]): Finding[] {
  const dropped = new Set<Finding>();
  const terms: [number, number][] = [];
  TERMS_RE.lastIndex = 0;
  for (let m = TERMS_RE.exec(text); m; m = TERMS_RE.exec(text)) {
    // (only a manufacturer is a workplace: "referred for Tai Chi" stays the exercise)
    if (MANUFACTURER_RE.test(m[0]) && WORKPLACE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    terms.push([m.index, m.index + m[0].length]);
  }
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if ((f.type === 'NAME' || f.type === 'LOCATION' || f.type === 'DATE') && isPartOfTerm(text, f, terms)) {
      dropped.add(f);
      continue;
    }
    // (a place too: "via McKinley T34" was read as the mountain)
    if ((f.type !== 'NAME' && f.type !== 'LOCATION') || f.end - f.start > 16 || !isEponymInUse(text, f)) continue;
    dropped.add(f);
    const next = findings[i + 1];
    if (next && next.type === 'DATE' && /^[ \t]+(?:ADLs?[ \t]+)?$/.test(text.slice(f.end, next.start)) && /^\d{1,2}\/\d{1,2}$/.test(text.slice(next.start, next.end))) dropped.add(next);
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}
