import { C_BIO, classMap, W_CLINICAL, W_DRUG, wordClasses } from '../dictionaries';
import type { Finding } from '../types';
import { type Ctx, scan, type Token, tokenAt } from './context';
import { includesAny, matchesAtWordStarts } from './scans';


/**
 * Biometric identifiers cannot appear in text as such; what can is a description of a
 * distinctive physical characteristic (a tattoo, a birthmark, a distinctive scar) or a
 * biometric template reference. Mentions of the procedures ("fingerprints taken") are
 * not identifiers and are left alone.
 */
// (at most 160 steps: a description is a clause, and an unbounded one made long unpunctuated text quadratic)
const CLAUSE = String.raw`(?:"[^"\n]{0,40}"|“[^”\n]{0,40}”|«[^»\n]{0,40}»|[^.;,\n"“]|\.(?=\S)(?!\s)){1,160}`;
/** Keywords of a described mark and the words that introduce its description. */
const MARK_KEY_RE = /\btattooed\s+(?=(?:number|numbers|name|initials|letters|words?|date)\b)|\b(?:tattoos?|birthmarks?|tribal marks?|tribal scars?|scarification(?:\s+marks?)?|port[-\s]wine (?:stains?|marks?|birthmarks?))(?:\s+(?:noted|seen|present|visible))?\s*(?::\s*|\s+(?:(?:of|reading|that reads|saying|depicting|with|spelling|showing|on|across|over|covering|under|behind|below|above|beneath|along|around|down|shaped|in the shape|resembling)\b|(?=["“'‘])))/gi;
// a quoted word and how it is written on the body: "'MUM & DAD' in gothic script across the upper back", "crown engraved 'IV'"
const QUOTED_MARK_RE = /(?:\b(?:(?:\w+\s)?(?:crown|tooth|teeth|filling|implant)\b(?:\s\w+){0,4}\s+)?engraved\s+)?["“'‘][^"”'’\n]{1,30}["”'’](?:\s+(?:in\s(?:\w+\s)?(?:script|lettering|letters|font|capitals)|tattooed|inked|engraved)[^.;?!\n]{0,60})?/g;
// (and a scar across the face: "scar through L eyebrow", "a scar splitting the upper lip")
const SCAR_KEY_RE = /\b(?:scars?|keloids?|moles?)\s+(?:shaped like|in the shape of|resembling|that looks like|spelling|(?=(?:through|across|splitting|on|over|above|below|under)\s+(?:(?:the|his|her|their|L|R|left|right|upper|lower|outer|inner)\s+){0,3}(?:eyebrows?|brows?|lips?|cheeks?|chin|forehead|nose|eyelids?)\b))/gi;
// marks in French, Portuguese and Spanish: "un tatouage bleu « R.F. » au poignet", "tache mongolique", "angiome plan en coup de sabre"
const MARK_KEY_ROMANCE_RE = /(?<![A-Za-zÀ-ÿ])(?:tatouages?|tatuagens?|tatuajes?|taches? mongoliques?|taches? de naissance|angiome plan|manchas? mongólicas?|marcas? de nascença)\s+/gi;
const CLAUSE_RE = new RegExp(CLAUSE, 'y');
/** What is tattooed and where: "a small cross tattooed in blue ink on the right wrist", "three dots tattooed on the web of the hand". */
const TATTOOED_WHERE_RE = /\btattooed\s+(?:in|on|across|over|along|around|down|inside|into|onto|under|behind|below|above|beneath)\s+/gi;
/** A description going on after its comma: ", with the initials "M.T." underneath", ", made in childhood in Ogbomoso". */
const DESCRIPTION_GOES_ON_RE = /,\s+(?=(?:with (?:the )?(?:initials?|names?|words?|letters|date|numbers?)|reading|depicting|spelling|(?:made|done|inked|cut|burned|burnt) (?:in|at|by|with|when|aged|as|during)|given (?:to|by))\b)/iy;
/** "Scars: linear burn scars across the left upper back, ..." - a line labelled as scars describes them to its sentence's end. */
const SCARS_LABEL_RE = /(?<![^\n])[ \t]*(?:[-*•][ \t]*)?scars?[ \t]*:[ \t]*(?=\S)/gi;
/** A bullet or numbered item that starts a line. */
const LIST_ITEM_RE = /^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+/;
/** An answer that says there is nothing: "none", "none known", "nil of note", "-", "not examined". */
const NO_MARKS_RE = /^(?:none|nil|nad|no|n\/a|not (?:seen|examined|known|recorded|assessed)|nothing|unknown|ninguna|ninguno|nenhuma|nenhum|keine|aucune?|nessuno|geen|tidak ada|-+|\?+)(?![\p{L}])|^[-?—]+$/iu;
/** Surgical scars and skin marked for treatment: findings, not marks to know someone by. */
const CLINICAL_MARK_RE = /\b(?:\w+otomy|\w+ectomy|\w+(?:ektomie|ectomie|ectomía|ectomia|tomie|tomía|tomia)|TEP|\w+plasty|\w*scop(?:y|ic)|incisions?|pfannenstiel|port sites?|surgical|operation|well[- ]healed|healing|radiotherap\w*|RT|DXT|XRT|planning|SPOT|India ink|lesion|polyps?|polypectomy|quadrants?|distal|proximal|mucosa\w*|antimesenteric|colon\w*|tumou?r|biopsy)\b/i;
/** What makes a scar a mark after all: burns, keloids, cuts, branding, scarification. */
const MARK_SCAR_RE = /\b(?:burns?|burnt|keloids?|tribal|scarification|self[- ]harm|cuts?|knife|stab|bullet|gunshot|brand(?:ed|ing)?|torture|beating|whip\w*)\b/i;
/** Who holds a stored print and which finger, before it: "immigration", "enrolled", "right index". */
const TEMPLATE_LEAD_RE = /(?:\b(?:police|immigration|border|national|stored|enrol(?:l)?ed|registered)\s+)?(?:\b(?:right|left|R|L)\s+(?:index|thumb|middle|ring|little)\s+)?$/i;
/** A clause that goes on describing the mark before it: "shaped like a moon", "behind the left knee". */
const MARK_CONTINUATION_RE = /^\s+(?:shaped|in the shape|about|approximately|behind|on|across|over|under|below|above|near|with|reading|depicting|spelling|running|extending|from)\b/i;
/** Words around a scar that make it a wound being cared for. */
// ("healed" is an old scar, which identifies: "healed 6 cm scar through the right eyebrow")
const WOUND_RE = /\b(?:healing|post-?op(?:erative)?|sutur\w*|stitch\w*|lacerat\w*|incision|excision|biopsy|dressing|fresh|recent|surgical)\b/i;
/** Up to three modifiers and a determiner before the keyword: "a spider-web tattoo", "keloid scar". */
const LEAD_RE = /(?:(?<![\p{L}\d])(?:an?|his|her|their|the)\s+)?(?:(?:[\p{L}\d_'’-]+|["“'‘][^"”'’\n]{1,30}["”'’])\s+){0,3}$/iu;
// (not "unusual access", "unusual sign-in", "an unusual presentation": what happened, not how someone looks)
const DISTINCTIVE_RE = /\b(?:distinctive|distinguishing|unusual|striking)\s+(?!(?:features?|marks?|characteristics?|access|sign-?ins?|sign in|log-?ins?|activity|results?|findings?|presentations?|patterns?|cases?|causes?|course|behaviou?rs?|symptoms?|rash|requests?|amounts?)\b)(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*(?:\s*\([^)\n]{1,60}\))?/gi;
/**
 * What a quotation must have in or after it to be a mark (below): "engraved", or the words after it, in lower case; or a
 * quotation mark, then " in " (a gate: without any of them no quotation can be one).
 */
const QUOTED_MARK_WORDS = ['engraved', 'tattooed', 'inked', 'script', 'letter', 'font', 'capitals'];
const QUOTE_THEN_IN_RE = /["”'’]\s+in\s/i;
/** How DISTINCTIVE_RE's matches start, in lower case. */
const DISTINCTIVE_WORDS = ['distinctive', 'distinguishing', 'unusual', 'striking'];
/** Cues that head other lists too ("Procedure description:", "Marks: 18/20"): their items must name a mark. */
const GENERIC_FEATURES_CUE_RE = /^(?:description|marks)\s*:/i;
/** A tooth or crown of gold or silver, or chipped, or missing from a side or row ("missing upper front teeth"; not "2 missing teeth" nor a broken molar, a dental chart's findings). */
const DENTAL_MARK_RE = /\b(?:(?:[Gg]old|[Ss]ilver|[Cc]hipped)\s+(?:(?:front|upper|lower|top|bottom|left|right)\s+){0,3}|[Mm]issing\s+(?:(?:front|upper|lower|top|bottom|left|right)\s+){1,3})(?:tooth|teeth|incisors?|canines?|crowns?|grill)(?:\s+(?:upper|lower)\s+(?:left|right))?(?![\p{L}])/gu;
const DENTAL_MARK_TEST = /\b(?:gold|silver|chipped|missing)\s+(?:\w+\s+){0,3}(?:tooth|teeth|incisor|canine|crown|grill)/i;
/** A full stop that ends a sentence (not an initial or abbreviation). */
const SENTENCE_END = /(?<=\p{L}{3}|\d)\.\s+(?=\p{Lu})/gu;
const MARK_WORD_RE = /\b(?:(?:tattoo|engraved|crown|scar|birthmark|mole|keloid|piercing|pierced|port[-\s]wine|brand|burn|mark|limp|gait|stammer|stutter|accent|height|tall|eyes?|hair|beard|moustache|teeth|tooth|gold|missing|nail|finger|thumb|ear|lobe|lip|cleft|squint|freckle|wheelchair|walks|glass eye|hearing aid)(?:s|es|ed)?|(?:amputat|prosthe|deform|heterochromia|vitiligo|albin)\w*)\b/i;
export const BIO_WORDS = new Set(
  'afis livescan palm-vein kennzeichen merkmale particolari kenmerken señas seña particuliers particulier particulares khusus cicatriz cicatrice cicatrices narbe narben litteken littekens ärr luka muttermal feuermal café-au-lait face-recognition thumb impression impressions thumb-impression fmr minutiae tatouage tatouages tatuagem tatuagens tatuaje tatuajes tache taches angiome mancha manchas marca marcas engraved script lettering description marks tattoo tattoos tattooed tribal scarification voice birthmark birthmarks port scar scars keloid keloids mole moles fingerprint fingerprints voiceprint voiceprints print prints scan scans recognition identifying distinguishing distinctive unusual striking vein iris retina retinal gait facial face dna biometric biometrics thumbprint palmprint template enrolment enrollment'.split(' '),
);
/** How FEATURES_CUE's matches start, in lower case. */
const FEATURES_CUE_FIRSTS = ['identifying', 'distinguishing', 'distinctive', 'id mark', 'description', 'physical description', 'mark', 'identification', 'unique mark', 'besondere', 'kenmerken', 'seña', 'segni', 'signe', 'sinais', 'ciri-ciri', 'tanda'];
const FEATURES_CUE = /\b(?:(?:identifying|distinguishing|distinctive)(?:\s+(?:features?|marks?|characteristics?)(?:,\s+[a-z]+)?)?(?:(?:\s+|\s*\/\s*)[a-z]+){0,7}?|ID marks?(?:\s+[A-Za-z]+){0,9}?|description|physical description|marks|identifying marks|marks recorded(?:\s+for\s+identification)?|marks? of identification|identification marks?|unique marks?|marks?\s*\/\s*scars?|marks photographed|besondere\s+(?:kennzeichen|merkmale)|(?<![A-Za-z]\s)kenmerken|señas(?:\s+particulares)?|seña particular|segni particolari|signes? particuliers?(?:\s+(?:également|aussi|notés?|relevés?))*|sinais particulares|ciri-ciri\s+khusus|tanda khusus)(?:\s*\([^)\n]{0,40}\))?\s*:/gi;
/**
 * A print, voice or iris record named by its number, words between: "AFIS fingerprint match to state record SID 0418827",
 * "voiceprint match VPR-7741203", "AFIS transaction IL-AFIS-0092231", "Livescan fingerprint record LS-24-7719302".
 */
const PRINT_MATCH_RE = /\b(?:(?:[Mm]obile|[Ll]ive-?\s?[Ss]can)\s+)?(?:AFIS|[Ff]inger-?prints?|[Tt]humb-?prints?|[Vv]oice-?prints?|[Vv]oice\s+biometrics?|[Ii]ris(?:-scan)?|[Pp]alm-vein|[Bb]iometrics?)\b[^.;\n]{0,40}?\b(?:match|hit|record|transaction|template|profile|enrol(?:l)?ment|capture|submission|set|ref(?:erence)?|ID)\b[^.;\n]{0,24}?\b(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{4,}/g;
/** A stored biometric record with its reference: "palm-vein scan template PV-22-0187", "voiceprint enrolment VP-00918", "iris template no. 4471". */
const VOICEPRINT_RE =
  /\b(?:AFIS|prints?|face[-\s]recognition(?:\s(?:profile|template))?|IDENT1|NGI|voice[-\s]?prints?|voice\s(?:model|profile|bank|ID)|(?:10|ten)[-\s]?prints?|thumb[-\s]impressions?(?:\sregister)?|(?:FMR|minutiae)(?=\s(?:template|hash))|(?:finger|thumb|palm|hand|foot)[-\s]?prints?|(?:palm|finger|hand)[-\s]vein(?:\s(?:scan|pattern|print))?|retina(?:l)?(?:\s(?:scan|pattern|image))?|iris(?:\s(?:scan|pattern|image|code))?|face(?:\sprint|\sscan)?|facial(?:\s(?:recognition|scan|geometry|image))?|gait(?:\s(?:signature|profile|pattern))?|DNA(?:\s(?:profile|sample))?|biometrics?(?:\s(?:scan|record|data))?)\s+(?:(?:ID\b|identifier|template|record|reference|ref\.?|number|no\.?|#|enrol(?:l)?ment|registration|sample|profile|hash|token|card|login|entry)(?:\s(?:match\s)?(?:ID|ref\.?|reference|number|no\.?|#|hash|entry))?\s*(?:[:#]\s*)?(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{3,}|(?=[A-Z]{1,4}-?\d|\d{5})[A-Z0-9][A-Z0-9/-]{3,}\b)/gi;
/** How VOICEPRINT_RE's matches start, in lower case. */
const VOICEPRINT_FIRSTS = ['afis', 'print', 'face', 'facial', 'ident1', 'ngi', 'voice', '10', 'ten', 'thumb', 'fmr', 'minutiae', 'finger', 'palm', 'hand', 'foot', 'retina', 'iris', 'gait', 'dna', 'biometric'];

/** A scar, keloid, burn mark or birthmark, in English and eight other languages ("cicatriz", "cicatrice", "Narbe", "litteken", "ärr", "bekas luka"). */
// (never right after a letter or hyphen: found with matchesAtWordStarts and LETTER_OR_HYPHEN_END_RE)
const SKIN_MARK_RE = /(?:scars?|keloids?|birthmarks?|café[- ]au[- ]lait\s(?:patch|macule|mark|spot)(?:es|s)?|port[- ]wine\s(?:stain|mark)s?|burn\smarks?|cicatri(?:z|ces|ce)|narben?|littekens?|ärr|bekas\sluka|muttermal|feuermal)(?![\p{L}-])/giu;
/** How SKIN_MARK_RE's matches start, in lower case. */
const SKIN_MARK_FIRSTS = ['scar', 'keloid', 'birthmark', 'café', 'port', 'burn', 'cicatri', 'narbe', 'litteken', 'ärr', 'bekas', 'muttermal', 'feuermal'];
/** A letter or hyphen right before SKIN_MARK_RE's start, which it refuses. */
const LETTER_OR_HYPHEN_END_RE = /[\p{L}-]$/u;
/** A size or a shape: what sets one scar apart from another ("4 cm", "0,5 cm", "palm-sized", "crescent-shaped", "stellate"). */
const MARK_SIZE_OR_SHAPE_RE = /(?<![\p{L}\d])(?:\d+(?:[.,]\d+)?\s?(?:x\s?\d+(?:[.,]\d+)?\s?)?(?:cm|mm)(?![\p{L}])|(?:palm|coin|thumb|fist)[- ]sized|[\p{L}]+-shaped|shaped like|in the shape of|en forma de|em forma de|crescent|stellate|star(?:-like)?(?![\p{L}])|zig-?zag|horseshoe|étoilée?|sternförmig)/iu;
/** The side of the body it is on ("left", "R", "izquierda", "rechter", "gauche", "vänster", "kiri"). */
const BODY_SIDE_RE = /(?<![\p{L}])(?:left|right|L|R|both|izquierd[oa]|derech[oa]|esquerd[oa]|direit[oa]|links|rechts|linken|rechten|linker|rechter|gauche|droite|sinistr[oa]|destr[oa]|vänster|höger|kiri|kanan)(?![\p{L}])/iu;
/** Where a described mark's clause ends: a full stop, a semicolon, a comma before a new clause, a line, or "which", "but", "and a". */
const MARK_CLAUSE_END_RE = /[.](?=\s|$)|[;\n|\t]|,(?=\s)| {2}|\s(?:which|that|who|but|and\s(?:an?|the|he|she|his|her|there)|-|–|—)\s/u;
/** A scar that is an operation's, one being treated, or one inside the body: a finding, not a mark to know someone by. */
const TREATED_OR_INTERNAL_SCAR_RE = /\b(?:repair|reconstruction|ORIF|TKR|THR|TKA|THA|arthroplasty|replacement|c-section|caesarean|cesarean|cesárea|cesariana|donor site|graft|\w*plastik|inject\w*|laser|silicone|steroid|kenalog|lidocaine|treat\w*|excis\w*|pain\w*|tender\w*|itch\w*|acne|ulcer\w*|atrophic|subendocardial|myocardi\w*|ventric\w*|atri\w*|breast|kidney|renal|cortical|chorioretinal|retina\w*|macula\w*|pleura\w*|lung|pulmonary|apical|radial|uter\w*|CT|MRI|LGE|scan|imaging|enhancement|hernia|nach\s+\w+-?(?:OP|Operation)|\w*plasty|contracture|tethered|drain|dress\w*|tendon|eczema|gel|infiltr\w*|triamcinolon\w*|kortison\w*|injektion|BCG|vaccin\w*|prurit\w*|pressure garment|kreuzband\w*)\b/i;
/** Where a described mark's clause starts, looking back from its keyword. */
// (and a table's cell: "| scar 6 cm L cheek |")
const MARK_CLAUSE_START_RE = /[.](?=\s)|[;:\n(|\t]|,(?=\s)| {2}|\s(?:which|that|but|and)\s|\s[-–—]\s|^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+/gmu;
/** The words that bring a mark into the sentence, before its description: "with", "has", "including", "noted". */
const MARK_INTRO_RE = /(?:^|\s)(?:with|has|have|had|having|bears?|including|noted|shows?|showed|see|seen|also|plus|y|e|et|und|en|con|com|avec|mit|met|dengan)\s+(?=\S)/giu;

let fallbackClasses: Map<string, number> | undefined;

export function biometricRules(ctx: Ctx): void {
  const { text } = ctx;
  // a tooth that tells someone apart: "gold front tooth", "gold crown upper left", "chipped left incisor", "missing upper front
  // teeth" (the forensic odontologist's and the family's way of knowing a person)
  if (DENTAL_MARK_TEST.test(text)) for (let m = scan(DENTAL_MARK_RE, text); m; m = DENTAL_MARK_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'BIOMETRIC', 0.8, 'dental-mark');
  const wc = ctx.wordClasses ?? wordClasses(ctx.tokens, (fallbackClasses ??= classMap([[BIO_WORDS, C_BIO]])));
  if (!(wc.any & C_BIO) && !ctx.tokens.some((t) => t.hyphen && t.lower.startsWith('port-wine'))) return;
  const add = (s: number, e: number, conf: number, rule: string) => {
    let t = text.slice(s, e);
    const trimmed = t.replace(/[\s,.]+$/, '');
    e -= t.length - trimmed.length;
    t = trimmed;
    if (/^(?:no|without|denies|denied)\b/i.test(t) || /:\s*(?:none|nil|nad|no|not seen|n\/a)\b/i.test(t)) return;
    // "Royce has a spider-web tattoo ...": the owner and verb belong to the description
    const own = /(?<!\p{L})(?!(?:She|He|They|It|We|I)\s)\p{Lu}[\p{L}'’-]+\s+(?:has|had|with|bears)\s+$/u.exec(text.slice(Math.max(0, s - 30), s));
    if (own) s -= own[0].length;
    ctx.add(s, e, 'BIOMETRIC', conf, rule);
  };
  const described = (re: RegExp, rule: string, skip?: (m: RegExpExecArray) => boolean) => {
    for (let m = scan(re, text); m; m = re.exec(text)) {
      if (skip?.(m)) continue;
      const lead = LEAD_RE.exec(text.slice(Math.max(0, m.index - 60), m.index));
      let start = m.index - (lead ? lead[0].length : 0);
      // keep the lead words inside the sentence
      const cut = text.slice(start, m.index).search(/[.;:,\n][^.;:,\n]*$/);
      if (cut >= 0) start += cut + 1;
      while (start < m.index && /\s/.test(text[start]!)) start++;
      // radiotherapy set-up marks are tattoos too, and identify no one: "RT tattoos on the sternum"
      if (/\b(?:RT|DXT|XRT|radiotherapy|planning|reference|alignment|set-?up|marker)\s+$/i.test(text.slice(start, m.index))) continue;
      CLAUSE_RE.lastIndex = m.index + m[0].length;
      const c = CLAUSE_RE.exec(text);
      let end = m.index + m[0].length + (c ? c[0].length : 0);
      DESCRIPTION_GOES_ON_RE.lastIndex = end;
      const on = DESCRIPTION_GOES_ON_RE.exec(text);
      if (on) {
        CLAUSE_RE.lastIndex = end + on[0].length;
        const more = CLAUSE_RE.exec(text);
        if (more) end += on[0].length + more[0].length;
      }
      add(start, end, 0.8, rule);
    }
  };
  described(MARK_KEY_RE, 'distinctive-mark');
  // (not skin or bowel marked for treatment: "tattooed in three quadrants distal to the lesion", "tattooed for radiotherapy planning")
  if (text.includes('tattooed'))
    described(TATTOOED_WHERE_RE, 'distinctive-mark', (m) => {
      const from = text.lastIndexOf('\n', m.index) + 1;
      const to = text.slice(m.index).search(/[.;\n]/);
      return CLINICAL_MARK_RE.test(text.slice(Math.max(from, m.index - 80), to < 0 ? text.length : m.index + to));
    });
  if (/scars?[ \t]*:/i.test(text))
    for (let m = scan(SCARS_LABEL_RE, text); m; m = SCARS_LABEL_RE.exec(text)) {
      const from = m.index + m[0].length;
      const rest = text.slice(from, from + 300);
      const stop = rest.search(/\n|\.(?=\s|$)/);
      const scars = rest.slice(0, stop < 0 ? rest.length : stop);
      if (scars.trim().length <= 3 || NO_MARKS_RE.test(scars.trim()) || (CLINICAL_MARK_RE.test(scars) && !MARK_SCAR_RE.test(scars))) continue;
      add(from, from + (stop < 0 ? rest.length : stop), 0.7, 'scars-label');
    }
  if (/tatou|tatua|tache|angiome|mancha|marca/i.test(text)) described(MARK_KEY_ROMANCE_RE, 'distinctive-mark');
  if (includesAny(ctx.lower, QUOTED_MARK_WORDS) || QUOTE_THEN_IN_RE.test(text)) for (let m = scan(QUOTED_MARK_RE, text); m; m = QUOTED_MARK_RE.exec(text)) {
    // only a quotation that is written on the body: engraved before it, or script / tattooed after it
    if (!/engraved/i.test(m[0]) && !/["”'’]\s+(?:in\s|tattooed|inked|engraved)/i.test(m[0])) continue;
    add(m.index, m.index + m[0].length, 0.8, 'quoted-mark');
  }
  // a mole on the cheek or a healing scar on the lip is a finding to examine, not a mark to know someone by;
  // only its shape makes it one ("a mole shaped like a heart")
  described(SCAR_KEY_RE, 'distinctive-scar', (m) => {
    if (!/^\S+\s+$/.test(m[0])) return false;
    if (/^mole/i.test(m[0])) return true;
    // (in the scar's own sentence only: "Healing scar on the lip after the laceration repair", not a sentence before it)
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const cut = before.search(/[.;\n][^.;\n]*$/);
    const after = text.slice(m.index, m.index + 80);
    const end = after.search(/[.;\n]/);
    return WOUND_RE.test(before.slice(cut + 1) + (end < 0 ? after : after.slice(0, end)));
  });
  for (const m of matchesAtWordStarts(ctx, DISTINCTIVE_RE, DISTINCTIVE_WORDS)) add(m.index, m.index + m[0].length, 0.6, 'distinctive-feature');
  for (const m of matchesAtWordStarts(ctx, VOICEPRINT_RE, VOICEPRINT_FIRSTS)) {
    // (with no label before the reference, only a print, voice, iris or face record, and not a gene or a grade: "DNA BRCA1", "Retinal R1M0")
    const ref = /\S+$/.exec(m[0])![0];
    // (a year or a time is no reference: "thumb print entry 1645 hrs", "DNA sample entry 2024")
    if (/^(?:19|20)\d\d$|^(?:[01]\d|2[0-3])[0-5]\d$/.test(ref)) continue;
    if (!/\b(?:ID|identifier|template|record|reference|ref\.?|number|no\.?|#|enrol(?:l)?ment|registration|sample|profile|hash|token|card|entry|login)\b/i.test(m[0].slice(0, -ref.length)) && (!/print|voice|iris|face/i.test(m[0]) || ctx.lex.genes.has(ref.toLowerCase()) || ctx.lex.clinical.has(ref.toLowerCase()) || /^R\d[A-Z]\d$|^[A-Z]{2,4}\d{1,2}$/i.test(ref))) continue;
    const lead = TEMPLATE_LEAD_RE.exec(text.slice(Math.max(0, m.index - 40), m.index))![0].length;
    add(m.index - lead, m.index + m[0].length, 0.9, 'biometric-template');
  }
  // "AFIS fingerprint match to state record SID 0418827", "mobile fingerprint scan, AFIS hit SID WA22184417"
  if (/\b(?:AFIS|finger-?print|thumb-?print|voice|iris|palm-vein|biometric)/i.test(text)) for (let m = scan(PRINT_MATCH_RE, text); m; m = PRINT_MATCH_RE.exec(text)) {
    // (a year or a date is no record's number: "fingerprint set 2022-11")
    if (/(?:^|\s)(?:19|20)\d\d(?:[-/]\d{1,2}){0,2}$/.test(m[0])) continue;
    const lead = TEMPLATE_LEAD_RE.exec(text.slice(Math.max(0, m.index - 40), m.index))![0].length;
    add(m.index - lead, m.index + m[0].length, 0.85, 'biometric-match');
  }
  // a scar or birthmark described by its size or shape and its side of the body: "old 4 cm linear scar over the left eyebrow",
  // "Y-shaped burn scar across the left forearm", "cicatriz lineal de 8 cm en mejilla derecha" (not an operation's scar nor a wound)
  for (const m of matchesAtWordStarts(ctx, SKIN_MARK_RE, SKIN_MARK_FIRSTS, LETTER_OR_HYPHEN_END_RE)) {
    // ("Scars:" is a label, read above)
    if (/^\s*:/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // (from the start of its clause, or from after the words that bring it in: "injury L thigh with [a 12 cm curved scar ...]")
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    let from = 0;
    MARK_CLAUSE_START_RE.lastIndex = 0;
    for (let c = MARK_CLAUSE_START_RE.exec(before); c; c = MARK_CLAUSE_START_RE.exec(before)) from = c.index + c[0].length;
    MARK_INTRO_RE.lastIndex = from;
    for (let c = MARK_INTRO_RE.exec(before); c; c = MARK_INTRO_RE.exec(before)) from = c.index + c[0].length;
    let start = m.index - before.length + from;
    while (start < m.index && /\s/.test(text[start]!)) start++;
    // (no more than eight words before it, where nothing marks where its clause starts; a treatment in its sentence skips it, below)
    const words = text.slice(start, m.index).match(/\S+\s+/g);
    if (words && words.length > 8) start = m.index - words.slice(-8).join('').length;
    let end = m.index + m[0].length;
    for (let piece = 0; piece < 3; piece++) {
      const after = text.slice(end, end + 120);
      const stop = after.search(MARK_CLAUSE_END_RE);
      const next = stop < 0 ? after : after.slice(0, stop);
      // (after the first, only short pieces that give its size, shape or side: "burn scar over the neck, palm-sized")
      if (piece > 0 && (next.trim().split(/\s+/).length > 5 || !(MARK_SIZE_OR_SHAPE_RE.test(next) || BODY_SIDE_RE.test(next)))) break;
      end += next.length;
      if (!/^,\s/.test(text.slice(end, end + 2))) break;
      end += 1;
    }
    if (text[end - 1] === ',') end--;
    const clause = text.slice(start, end);
    if (!MARK_SIZE_OR_SHAPE_RE.test(clause) || !BODY_SIDE_RE.test(clause)) continue;
    // (a negation, an operation's or a wound's scar, or a note on treating it: findings, not marks to know someone by)
    // (the treatment may come after a comma: "Keloid 2 cm right earlobe, second steroid injection given")
    // (or before it: "Silicone gel applied to hypertrophic scar 5 cm left shoulder")
    const head = text.slice(Math.max(0, m.index - 160), m.index);
    const sentence = head.slice(head.search(/[^.;\n]*$/)) + text.slice(m.index, end + Math.max(0, text.slice(end, end + 160).search(/[.;\n]|$/)));
    if (/(?:^|\s)(?:no|without|denies|nil)\s/i.test(before.slice(from)) || CLINICAL_MARK_RE.test(clause) || WOUND_RE.test(sentence) || TREATED_OR_INTERNAL_SCAR_RE.test(sentence)) continue;
    add(start, end, 0.7, 'sized-mark');
  }
  // In an "Identifying features:" list every ;-separated item is a characteristic
  for (const m of matchesAtWordStarts(ctx, FEATURES_CUE, FEATURES_CUE_FIRSTS)) {
    const start = m.index + m[0].length;
    const nl = text.indexOf('\n', start);
    // "Identifying features:" alone on its line: the list is the bulleted lines under it, one mark each
    if (nl >= 0 && !text.slice(start, nl).trim()) {
      for (let from = nl + 1, items = 0; from < text.length && items < 20; items++) {
        const to = text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from);
        const bullet = LIST_ITEM_RE.exec(text.slice(from, to));
        if (!bullet) break;
        const item = text.slice(from + bullet[0].length, to).trimEnd();
        // (under a generic cue such as "Description:", only items that describe a mark)
        if (item.length > 3 && !NO_MARKS_RE.test(item) && (!GENERIC_FEATURES_CUE_RE.test(m[0]) || MARK_WORD_RE.test(item))) add(from + bullet[0].length, from + bullet[0].length + item.length, 0.8, 'identifying-features');
        from = to + 1;
      }
      continue;
    }
    let end = nl < 0 ? Math.min(text.length, start + 400) : nl;
    // the list runs on over sentences that still describe marks, and stops at the first that does not
    SENTENCE_END.lastIndex = 0;
    const list = text.slice(start, end);
    for (let m = SENTENCE_END.exec(list); m; m = SENTENCE_END.exec(list)) {
      const next = list.slice(m.index + m[0].length).split(/(?<=\p{L}{3}|\d)\.\s/u)[0]!;
      if (!MARK_WORD_RE.test(next)) {
        end = start + m.index;
        break;
      }
    }
    let pos = start;
    // items split by ';' (and by ',' when the list has several): each that describes a mark ("6 ft, shaved head" do not)
    const items = text.slice(start, end);
    const sep = items.includes(';') ? /;/ : /,(?=\s)/;
    // (a clause that goes on describing the mark before it belongs to it: "a port-wine stain, shaped like a moon, behind the knee")
    const parts: string[] = [];
    for (const part of items.split(sep)) {
      if (parts.length && sep.source !== ';' && MARK_CONTINUATION_RE.test(part) && MARK_WORD_RE.test(parts[parts.length - 1]!)) parts[parts.length - 1] += `,${part}`;
      else parts.push(part);
    }
    // ("none; ID band checked": a list that says there are none holds nothing else to know someone by)
    if (NO_MARKS_RE.test(parts[0]!.trim())) continue;
    for (const part of parts) {
      const lead = part.length - part.trimStart().length;
      const item = part.trim().replace(/\.$/, '');
      // (a generic cue such as "Description:" only counts for items that describe a mark; there, a quotation is a mark's words
      // only on a side of the body, "'Mum' on the left forearm", not a report's, "states he \"didn't want to bother anyone.\"")
      const generic = GENERIC_FEATURES_CUE_RE.test(m[0]);
      if (item.length > 3 && !NO_MARKS_RE.test(item) && (((parts.length === 1 || sep.source === ';') && !generic) || MARK_WORD_RE.test(item) || (/["'‘“]/.test(item) && (!generic || BODY_SIDE_RE.test(item))))) add(pos + lead, pos + lead + item.length, 0.8, 'identifying-features');
      pos += part.length + 1;
    }
  }
}

/** Where a mark's description ends, looking on from a finding: a full stop, a semicolon, a comma, a bracket, a line, a dash or arrow, or a verb that starts the next clause. */
const DESCRIPTION_END_RE = /[.?!](?=\s|$)|[;\n|\t()]| {2}|,(?=\s)|\s(?:[-–—>+]+|which|that|who|but|(?:was|is|were|are|has|had|matched|failed|recorded|noted|confirmed|seen)\b)\s/u;
/** Where it starts, looking back: the same marks, and a colon or an opening bracket. */
const DESCRIPTION_START_RE = /[.?!](?=\s)|[;:(|\t[]| {2}|,(?=\s)|\s[-–—>+]+\s|\s(?:which|that|but|and)\s|\n[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?/gu;

/** Words of another clause before a mark, which its description does not go back over ("the Fiscalía are trying to identify him from a tattoo"). */
const NOT_DESCRIPTION_RE = /\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|to|from|by|it|identify|identified|recogni[sz]ed)\b/i;

/** Whether a clinical word that names no mark stands between two offsets ("bruising" does, "scar" does not). */
function clinicalWordBetween(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = tokenAt(tokens, start); k < tokens.length && tokens[k]!.end <= end; k++) if (tokens[k]!.flags & (W_CLINICAL | W_DRUG) && !MARK_WORD_RE.test(tokens[k]!.text)) return true;
  return false;
}

/**
 * A described mark read to its clause's ends, after the rules and the merge: the words that begin or finish describing it
 * belong to it ("'B6' and a crown tattooed on the right hand", "gold crown upper left canine with engraved star", "the tall guy
 * with the big birthmark on his left cheek"). Not a print's or a template's reference, whose clause goes on about the match
 * ("voiceprint VP-2291 match score 0.41"); not back over a clinical word ("bruising ... in fingertip pattern and a small burn scar").
 * Returns whether any finding grew.
 */
export function widenMarks(ctx: Ctx, merged: Finding[]): boolean {
  const { text, tokens } = ctx;
  let grew = false;
  for (const f of merged) {
    if (f.type !== 'BIOMETRIC' || f.rule.startsWith('biometric-')) continue;
    const rest = text.slice(f.end, f.end + 120);
    const end = DESCRIPTION_END_RE.exec(rest);
    if (end && end.index > 0) {
      f.end += end.index;
      grew = true;
    }
    const lead = text.slice(Math.max(0, f.start - 80), f.start);
    let from = -1;
    for (const m of lead.matchAll(DESCRIPTION_START_RE)) from = m.index + m[0].length;
    if (from < 0) continue;
    let start = f.start - lead.length + from;
    while (start < f.start && /\s/.test(text[start]!)) start++;
    if (start >= f.start) continue;
    if (clinicalWordBetween(tokens, start, f.start) || NOT_DESCRIPTION_RE.test(text.slice(start, f.start))) continue;
    f.start = start;
    grew = true;
  }
  return grew;
}
