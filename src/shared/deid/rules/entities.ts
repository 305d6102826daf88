/**
 * Names and locations: capitalised token runs classified by dictionaries
 * (first/last names, places) and context (titles, relations, prepositions,
 * organisation cue words), filtered by the medical keep-lists.
 */
import { isAbbreviation, tokenFlags, W_CLINICAL, W_DRUG, W_ENGLISH, W_EPONYM, W_FIRST, W_GENE, W_GENUS, W_LAST, W_PLACE } from '../dictionaries';
import type { PhiType } from '../types';
import { addressRules, HOSPITAL_UNIT_NOT_ACRONYMS } from './addresses';
import { codeAt, type Ctx, type Token, MEDICAL_HEADS, MONTHS, TITLES, WEAK_TITLES, WEEKDAYS, tokenAt, tokenize, scan } from './context';
import { includesAny, LINE_STARTS, matchesAtWordStarts, matchesStartingWith } from './scans';

/** A bed's, bay's or room's number, after which an initial starts a patient's name. */
const BED_NUMBER_BEFORE_RE = /\b(?:bed|bay|room|rm|cubicle|cub|side room|chair|no\.?|#)[ \t]*\d{1,3}[A-Za-z]?[ \t]$/i;

/** Words that end (or start) the name of an organisation or facility that places a person. */
const ORG_CUES = new Set(
  `hospital hospitals infirmary clinic clinics laboratory ctr polyclinic polyclinics pathology radiology imaging endoscopy dermatology pediatrics paediatrics neurology urology podiatry chiropractic optometry physiotherapy diagnostics laboratories associates bistro cabins emporium resort campground boutique pizzeria saloon center centre institute university college school academy elementary kindergarten preschool nursery hospice sanatorium sanitarium asylum home homes pharmacy surgery practice healthcare health medical church cathedral chapel mosque synagogue temple parish prison jail penitentiary correctional facility shelter hotel motel inn casino bank freight logistics motors trucking transport airlines airways railway railroad foods farms farm ranch dairy mills mill mine mines factory plant steel industries industry manufacturing construction company co corp corporation inc incorporated llc ltd limited plc group partners associates solutions services systems technologies labs laboratories pharmaceuticals market supermarket store stores mall restaurant cafe café diner bakery grill pub bar brewery winery club gym stadium arena park zoo museum library station barracks base camp ymca ywca foundation trust authority department office agency council bureau ministry courthouse general memorial regional rehabilitation rheumatology psychology psychiatry counseling counselling physiotherapy plumbing heating roofing electrical studio studios salon fellowship union ltd gaa living village cottages festival trails apartments manor lodge residence residences towers flight sons brothers bros daycare healthcare seniors garage dealership warehouse depot police ambulance paratransit rapids steel imaging care diagnostics pathology radiology imaging beach island isle lake river valley bay forest canyon creek falls harbour harbor peninsula hills downs springs woods vets veterinary ranch cottage barn grange chambers cabs taxis windows express dental dentistry tabernacle pavilion campus hosp spine sports physio fitness leisure takeaway kitchen tavern arms hall halls`.split(/\s+/),
);
/** Organisation cue words that do not by themselves make the preceding word a place (generic heads). */
const GENERIC_ORG_WORDS = new Set(
  `general memorial regional community county city state national university medical heart cancer paediatric pediatric children's childrens women's womens veterans va specialty teaching district central north south east west northern southern eastern western new upper lower royal saint st mount mt health care healthcare rehabilitation rehab behavioral behavioural psychiatric mental surgical orthopedic orthopaedic eye ear dental family primary urgent emergency day high middle junior senior elementary public private international american the of and & at for local main nearby rural urban teaching specialist cardiology neurology oncology pain memory fracture diabetes renal stroke sleep breast fertility maternity outpatient inpatient intensive critical acute walk-in sexual travel anticoagulation lung chest hand spine sports student employee occupational school nursing assisted respite palliative hospice dementia addiction substance methadone infusion dialysis transplant trauma burn burns imaging radiology laboratory lab pathology blood donor hearing vision physical physio therapy speech day night weekend out-of-hours clinical reference core molecular genetics genomics microbiology hematology haematology chemistry biochemistry toxicology virology cytology histology histopathology immunology`.split(/\s+/),
);
/** The street after a chain and "on": "Delmar", "Elm & 3rd", "5th and Main", "High Street". */
const CHAIN_STREET_RE = /^ (?:\p{Lu}[\p{L}'’-]*|\d{1,3}(?:st|nd|rd|th))((?: (?:&|and) (?:\p{Lu}[\p{L}'’-]*|\d{1,3}(?:st|nd|rd|th)))| (?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Highway|Hwy|Parkway|Pkwy))?(?![\p{L}\p{N}])/u;
/** Roles that a word describing a state follows ("pt Alert", "client Calm"): never a name cue for an ordinary word. */
const ROLE_BEFORE_STATE = new Set(['pt', 'patient', 'client', 'resident', 'nok', 'friend', 'neighbour', 'neighbor']);
/** How someone is: "nurse Alert to changes", "driver Drunk". */
const STATE_WORDS = new Set('alert calm happy drowsy well stable settled upset angry sad fine ok okay agitated confused pale warm cold awake asleep sleepy tired able unable keen aware ready drunk sober sick ill unwell better worse comfortable sore weak dizzy quiet loud anxious low'.split(' '));
/** Nouns a role is followed by ("nurse Lead", "patient Information", "registrar Rota"): no name. */
const ROLE_NOUN_RE = /(?:tion|sion|ment|ness|ity|er|or|ist|ant|ent|ance|ence|ing|ed|al|ive|ous|ary|ory|ics?|ure|age|ship|hood|s)$|^(?:lead|team|unit|desk|bank|base|rota|list|note|call|shift|cover|staff|line|phone|pager|bleep|office|room|home|care|plan|input|led|role|post|job|duty|pool|hub|group|cell)$/;
/** Hospitals and health centres written in lower case after the town or founder: Nordic, Finnish, Baltic, Czech, Slovak, Hungarian, Estonian. */
const LOWER_FACILITIES = new Set('sykehus sykehuset sjukehus sjukhus sjukhuset sygehus universitetssykehus universitetssykehuset universitetssjukehus universitetssjukhus universitetssjukhuset legesenter legevakt helsesenter vårdcentral vårdcentralen sundhedshus barnsjukhus barnsjukhuset sjukhem förskola förskolan skola skolan barnehage barnehagen skole skolen børnehave apotek apoteket koulu päiväkoti sairaala keskussairaala terveyskeskus terveysasema nemocnice nemocnica poliklinika slimnīca ligoninė klinikos poliklinikos kórház rendelőintézet haigla polikliinik'.split(' '));
/** The heads of a care home's, practice's or school's name that notes typed in lower case end it with ("academy" alone). */
const LOWER_NAMED_HEAD_FIRST = new Set(['care home', 'nursing home', 'family clinic', 'family practice', 'medical centre', 'medical center', 'health centre', 'health center']);
/** Heads that end such a name alone, after a word no dictionary knows: "friarage hospital", "treliske hospice". */
const LOWER_NAMED_HEADS_ALONE = new Set(['hospital', 'hospice']);
/** The last words of all those heads. */
const LOWER_NAMED_HEADS = new Set(['academy', ...LOWER_NAMED_HEADS_ALONE, ...[...LOWER_NAMED_HEAD_FIRST].map((h) => h.split(' ')[1]!)]);
/** Words before such a head that say what kind of place it is, not which: "a local care home", "dementia nursing home". */
const GENERIC_FACILITY_LEADS = new Set(
  'the this that these those his her their our your its any some another other same new old local nearby usual current previous former private public state residential dementia elderly respite nursing care family medical health community general district village town city county rural urban small large big good nice different independent catholic christian muslim jewish military police football dance music drama sports sport performing arts academy primary secondary special boarding high middle junior senior infant nursery sixth grammar comprehensive free day children childrens mental psychiatric rehab rehabilitation hospice supported sheltered assisted retirement foster group respite teaching training specialist regional national royal provincial municipal barangay uni university college school one two three consider need needs find contact visit visits call phone ring arrange join joins attend attends leave left enter enters choose chose refer via per'.split(' '),
);
/** The lower-case words between the town and the facility: "Tampereen yliopistollinen sairaala", "Vilniaus universiteto ligoninė". */
const FACILITY_MODIFIERS = new Set('yliopistollinen universitātes universiteto klīniskā fakultní krajská městská okresní fakultná univerzitná klinikai egyetemi megyei ülikooli'.split(' '));
/** Generic words that begin the name of a place: "Southern Cross Pathology", "North Shore Hospital". */
const NAME_LEADING_GENERIC = new Set('north south east west northern southern eastern western central upper lower greater royal new'.split(' '));
const FACILITY_NOUNS_LOWER = new Set(
  `clinic hospital practice surgery centre center school hospice pharmacy church camp settlement mall marathon race festival fair factory plant farm warehouse office store restaurant gym campus branch shelter prison jail station ward estate apartments mine mill depot stadium park pub bar inn hotel motel cafe café diner club casino supermarket garage site dock yard plant branch congregation parish mosque temple synagogue team league`.split(/\s+/),
);
/** A dose after a word makes it a drug: a strength with its unit, a strength then a frequency, or an insulin mix. */
const DOSE_AFTER_RE =
  /^\)? ?(?:\([^()\n]{1,12}\) ?)?(?:\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)? ?(?:mg|mcg|µg|ug|g|gm|gram|ml|iu|units?|mmol|meq)\b|\d+(?:\.\d+)?(?:\/\d+)? (?:bd|bid|tds|tid|qds|qid|mane|nocte|daily|prn|stat|hs|qhs)\b|(?:30\/70|70\/30|25\/75|75\/25|50\/50)\b)/i;
/** A release form after a brand: "Madopar CR", "Sinemet XR" (capitals only: "La Estrella" is no drug; ER is a department). */
const RELEASE_AFTER_RE = /^ (?:CR|SR|XR|XL|MR|ODT|MUPS)(?![\p{L}\p{N}])/u;
/** Dosage forms written before a drug: "Tab Glycomet", "Syp Mucaine", "Inj. Mixtard". */
const DOSE_FORMS = new Set(['tab', 'tabs', 'tablet', 'cap', 'caps', 'capsule', 'syp', 'syr', 'syrup', 'inj', 'susp', 'supp', 'oint', 'gtt', 'neb', 'sachet']);
const PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'binti', 'binte', 'bint', 'al', 'el', 'ibn', 'ter', 'ten', 'y', 'dos', 'das', 'st', 'of', 'and']);
/** Particles allowed inside organisation/place names but not person names. */
const ORG_PARTICLES = new Set(['of', 'and']);
/**
 * What only a person does - speak, call, agree, cover a shift - after a given name that is also a word at a sentence's
 * start ("Will will cover days", "Hope rang this morning"; not "Iris has a coloboma", "Max can be given").
 */
const PERSON_VERB_AFTER_RE = /^\s+(?:said|says|rang|phoned|texted|emailed|called|told|asked|agreed|refused|declined|shared|mentioned|explained|spoke|visited|absconded|brought|wants|died|passed away|lives|arrived|came in|went home|would like|will (?:cover|swap|do|take|call|ring|see)\b|has (?:asked|agreed|called|rung|phoned|said|refused)|raised|suggested|commented|replied|argued|recommended|disagreed|pointed out|attends|attended|disclosed|prefers|preferred|plays|played|enjoys|loves|hates|likes|cried|smiled|laughed|works (?:at|as|for|nights|in)|drives|walked|slept|was admitted|was discharged|was seen|completed (?:\d|his|her|the|all)|recovered well|re-sited|has the keys)\b/;
/** Words before a noun, never before a person's given name ("the Grant", "a Bill"). */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'no']);
/** A sex written with a capital in a record line ("72 years, Male"), never a name. */
const SEXES = new Set(['male', 'female']);
/** Words of a service's or a meeting's name rather than a place's ("Primary Care", "High Dependency", "Tumour Board"). */
const CARE_SERVICE_WORDS = new Set(['care', 'rounds', 'round', 'dependency', 'medicine', 'surgery', 'therapy', 'services', 'service', 'team', 'unit', 'ward', 'risk', 'practice', 'health', 'meeting', 'board', 'huddle', 'room', 'measures', 'help']);
/** Seasons, written with a capital by some ("worse in Autumn and Winter"), and never the given names they can be after a preposition. */
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const STREET_WORDS = new Set('street road avenue lane drive boulevard terrace parade way close crescent place court square highway parkway row walk mews gardens grove rise hill gate wharf quay st ave rd blvd ln pkwy hwy'.split(' '));
const PERIOD_ABBR = new Set(['st', 'mt', 'ft', 'ste']);

const RELATIONS = new Set(
  `mother father mom mum mommy mummy dad daddy son sons daughter daughters wife husband partner spouse brother brothers sister sisters sibling siblings twin aunt uncle cousin niece nephew aunty auntie grandson granddaughter grandchild grandmother grandfather grandma grandpa granny nana stepmother stepfather stepson stepdaughter stepbrother stepsister fiance fiancé fiancee fiancée boyfriend girlfriend friend friends neighbour neighbor neighbours neighbors caregiver carer guardian roommate flatmate housemate landlord landlady employer boss manager supervisor colleague coworker co-worker child baby infant kid girl boy toddler teen teenager daughter-in-law son-in-law mother-in-law father-in-law sister-in-law brother-in-law teacher coach pastor priest patient pt named called nicknamed surname forename firstname lastname signed cosigned co-signed dictated attending resident registrar consultant intern fellow surgeon physician doctor nurse midwife therapist physiotherapist physio pharmacist dietitian dietician cardiologist neurologist oncologist nephrologist hepatologist gastroenterologist pulmonologist rheumatologist endocrinologist dermatologist psychiatrist psychologist pediatrician paediatrician obstetrician gynecologist gynaecologist urologist radiologist pathologist anaesthetist anesthesiologist intensivist hospitalist gp pcp paramedic tech sho hca porter chaplain interpreter translator counsellor counselor advocate widow widower husband's wife's mother's father's dtr dau bro sis hubby koro kuia whaea matua lolo tita tito kuya ate gogo mkhulu babcia dziadek nonna nonno tia tio tía tío novio novia esposo esposa marido hijo hija madre padre hermano hermana abuela abuelo filho filha mãe pai irmão irmã avó avô ehemann ehefrau sohn tochter mutter vater bruder schwester oma opa mari épouse époux conjoint conjointe fils fille frère sœur moglie marito figlio figlia fratello sorella żona mąż syn córka brat siostra`.split(/\s+/),
);

/** Verbs and nouns that, before a preposition ("lives in", "works at", "driver for"), make what follows a place. */
const STRONG_LOC_WORDS = new Set(
  'transported conveyed airlifted flown taken lives living live lived resides residing resident native moved relocated born raised hails comes came travelled trip vacation holiday holidaying visiting visited returned emigrated immigrated migrated works working worked employed employee job shift teaches teacher student studies studying enrolled attends attended attending volunteers stationed deployed incarcerated admitted transferred referred discharged presented driver cashier clerk nurse worker manager mechanic farmer labourer laborer miner engineer technician owner chef cook waiter waitress guard officer firefighter pilot accountant lawyer librarian janitor cleaner secretary receptionist assistant aide contractor electrician plumber carpenter welder fisherman baker butcher barista travelled traveled grew part-time full-time nights currently also now still'.split(' '),
);
/** Professions before 'in' or 'at' a place: "a GP in Swords" (an ordinary word after them only when it is a place's name too, not "a doctor in Emergency"). */
const PROFESSION_LOC_WORDS = new Set('gp doctor physician dentist pharmacist midwife paramedic solicitor based'.split(' '));
/** Words that take a place directly: "visiting Lagos", "attends Westbury High". */
const DIRECT_LOC_WORDS = new Set('visiting visited attends attended attending'.split(' '));
const LOC_PREPS = new Set('in at for from to of near with by outside around'.split(' '));
const WEAK_PREPS = new Set('in at from near to outside around of via towards toward across between'.split(' '));
const AREA_WORDS = new Set('town city village county suburb area region district state neighbourhood neighborhood province borough township'.split(' '));
const OCCUPATION_RE = /(?:er|or|ist|ian|ive|ant)$/;
const INTRO_ONE = new Set(["i'm", 'i’m', 'named', 'called', 'nicknamed', 'per', 'asked', 'told', 'paged', 'messaged', 'texted', 'emailed', 'rang', 'phoned', 'thanks', 'thank', 'cc', 'hi', 'hey', 'dear', 'cheers', 'ask', 'tell']);
const INTRO_TWO = new Set('i am|this is|replying to|reply to|in reply|quoting|known as|goes by|go by|name is|name was|names are|names were|signed by|seen by|referred by|reviewed by|performed by|dictated by|attended by|accompanied by|care of|addressed as|according to|spoke to|spoke with|speaking to|discussed with|talked to|talked with|handed over to|handover to|message from|call from|email from|text from|thanks to|thank you'.split('|'));
const INTRO_LABEL = new Set('attn contact patient pt name informant cc from to'.split(' '));

const US_STATE_ABBR = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU ON QC BC AB MB SK NS NB NL PE'.split(' '),
);
const US_STATES = new Set(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'.split(' '),
);
const STATE_MULTI = /^(?:New (?:Hampshire|Jersey|Mexico|York)|North (?:Carolina|Dakota)|South (?:Carolina|Dakota)|West Virginia|Rhode Island)/;
/** Countries and continents are not identifiers (larger than a state). */
const LARGE_AREAS = new Set(
  'ontario quebec alberta manitoba saskatchewan nunavut yukon queensland tasmania victoria bavaria america usa us uk england scotland wales ireland britain canada mexico europe asia africa australia india china japan germany france spain italy portugal brazil argentina russia ukraine poland nigeria ghana kenya egypt ethiopia pakistan bangladesh philippines vietnam korea iran iraq syria turkey israel greece sweden norway denmark finland netherlands belgium switzerland austria hungary romania peru chile colombia venezuela cuba haiti jamaica guatemala honduras somalia sudan congo uganda tanzania zimbabwe zambia nepal thailand indonesia malaysia singapore taiwan afghanistan lebanon jordan morocco algeria tunisia libya yemen oman qatar kuwait arabia emirates caribbean latin middle east west north south midwest'.split(' '),
);


/** Vehicle and consumer brands: capitalised, in the name lists, never a person here. */
const BRANDS = new Set(
  'honda toyota ford nissan hyundai kia subaru mazda chevrolet chevy dodge jeep tesla volkswagen audi mercedes volvo lexus acura buick cadillac chrysler mitsubishi porsche civic corolla camry prius iphone android samsung google facebook instagram whatsapp tiktok twitter youtube'.split(' '),
);
/** Clinical acronyms that follow "at"/"in" without being places. */
const SPECIAL_ACRONYMS = new Set('ICU ED ER OR PICU NICU CCU HDU ITU AE GP NHS VA EMS CT MRI OT PT SLT'.split(' '));
// (and their Spanish and Portuguese forms: "Neurología", "Nefropatía", "Ecografía", "Colecistectomía")
const MEDICAL_SUFFIX = /(?:itis|osis|oma|omas|pathy|emia|aemia|uria|plasty|ectomy|otomy|ostomy|gram|graphy|scopy|algia|plegia|paresis|trophy|ectasia|iasis|cele|rrhea|rrhoea|lysis|megaly|penia|cytosis|log[ií]a|pat[ií]a|graf[ií]a|scop[ií]a|ectom[ií]a|otom[ií]a|ostom[ií]a|plast[ií]a|trof[ií]a|citosis)$/;
const HOSPITAL_FIRST = new Set(['campus', 'hospital', 'hôpital', 'hopital', 'clinica', 'clínica', 'clinique', 'klinik', 'klinikum', 'policlinico', 'ospedale', 'centro', 'centre', 'hospitalario', 'universitätsklinikum', 'sanatorio', 'instituto', 'institut', 'istituto', 'universidad', 'université', 'universidade', 'università', 'universität', 'spital', 'ziekenhuis', 'sjukhus', 'sykehus', 'szpital', 'nemocnice', 'club', 'colegio', 'escuela', 'école', 'lycée', 'collège', 'escola', 'liceo', 'temple', 'church', 'mosque', 'synagogue', 'congregation', 'camp', 'fort', 'port', 'bank', 'hotel', 'motel', 'hostel']);
const SAINT_MOUNT = new Set(['st', 'saint', 'mount', 'mt', 'san', 'santa', 'sainte', 'ste']);
/** "Patient: Teodoro Balagtas", "REFERRING: PATEL, NIRAV MD", "Resident: Clarence "Sonny" Whitmore" */
const NAME_LABEL_RE =
  /(?:^|\n|\s{2,}|\|\s*)(?:patient(?:\s+name)?|name|nama(?:\s*\/\s*name)?|pt|yp|young person|child|pupil|caller|aide|goes by|reporter|reported by|run by|surnames?(?:\(s\))?|last name|family name|first names?(?:\(s\))?|given names?(?:\(s\))?|forenames?(?:\(s\))?|patientin|patiënt|paciente|patiente|enfant|mère|père|recipient|donor|proband|consultand|index case|pasien|pacjent(?:ka)?|hasta adı|nombre(?: y apellidos)?|apellidos?|nom(?: de naissance)?|prénoms?|cognome|nome|vorname|nachname|naam|imię|nazwisko|full name|maiden name|alias|aka|name given|resident|student|client|member|subscriber|guarantor|partner|spouse|mother|father|parent|guardian|carer|caregiver|next of kin|nok|emergency contact|contact|informant|referring(?:\s+(?:physician|doctor|clinician))?|referred by|attending|physician|provider|clinician|surgeon|consultant|midwife|nurse|neurologist|cardiologist|oncologist|gp|pcp|radiologist|pharmacist|therapist|social worker|case manager|interpreter|witness|officer|signed|signature|patient signature|parent signature|author|dictated by|reported by|cc|to|from|attn|re|regarding|forename|given name|other names?|known as|preferred name|nickname|husband|wife|son|daughter|brother|sister|friend|neighbou?r|sponsor|employee|applicant|claimant|deceased|victim|driver|passenger|odp|scrub|scrub nurse|anaesthetist|anesthetist|assistant|first assistant|runner|crew|paramedic|technician|tech|radiographer|sonographer|registrar|reg|sho|fy1|fy2|resident|intern|fellow|keyworker|key worker|care coordinator|named nurse|charge nurse|nurse in charge|nic|team leader|supervisor|manager|checked by|reviewed by|verified by|seen by|taken by|prepared by|completed by|requested by|ordered by|on behalf of|operator|locum|on call|on-call|bleep holder|nurse on duty|doctor on duty|on duty|present|attendees|in attendance|apologies|ordering(?: provider| physician| clinician)?|pt sticker|patient sticker|initials|pt initials|patient initials|subject initials|prescriber|prescribing (?:physician|doctor|provider|clinician)|physio|physiotherapist|team doctor|club doctor|match doc(?:tor)?|coach|trainer|dietitian|dietician|psychologist|counsell?or|chaplain|examining (?:physician|doctor)|examiner|scored by|authori[sz]ed(?: by)?|interpreting physician|performed by|collected by|signed by|approved by|reporting (?:radiologist|pathologist|physician|clinician)|patient['’]s name|insured['’]s name)(?:\s+(?:tonight|today|this shift|on duty|on call))?\s*:\s*/gi;
// "Signed: R.K.", "cc: M.O'B.": dotted initials are a name too
const INITIALS_RE = /^(?:\p{Lu}\.(?:\p{Lu}(?:['’]\p{Lu})?\.){1,2}|\p{Lu}(?:-\p{Lu}){1,3})$/u;
const NAME_VALUE_RE =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(\p{Lu}\.(?:\p{Lu}(?:['’]\p{Lu})?\.){1,2}(?:[ \t]\p{Lu}[\p{L}'’-]+)?(?=[\s,;)|]|$)|\p{Lu}(?:-\p{Lu}){1,3}(?=[\s,;)|]|$)|\p{Lu}[\p{L}'’-]*\.?(?:,?[ \t](?:"[^"\n]{1,20}"[ \t]|“[^”\n]{1,20}”[ \t])?(?:\p{Lu}[\p{L}'’-]*\.?|(?:van|von|de|del|da|di|la|le|bin|al)(?=[ \t]\p{Lu})|(?:al|el|ul|ad|ar|as|ash|at|az|an|ibn|bin|bint|ben|abu)-\p{Lu}[\p{L}'’-]*)){0,3})/u;
const ORG_LABEL_RE =
  /(?:^|\n|\s{2,})(?:employer|school|workplace|work|facility|name of facility|facility name|name of (?:school|employer|practice|hospital|pharmacy)|funeral director|undertaker|church|mosque|temple|synagogue|parish|gym|club|nursery|daycare|day care|college|university|placement|hostel|shelter|prison|gp practice|gp surgery|surgery|supported living|day centre|day center|arbeitgeber|employeur|empleador|empresa|trabajo|trabalho|kerja|arbetsgivare|werkgever|pracodawca|datore di lavoro|hastane|szpital|krankenhaus|hôpital|klinik|pharmacy|hospital|practice|company|organi[sz]ation|place of (?:work|employment)|referring (?:hospital|facility|practice)|nursing home|care home|residence|address|home address|lives at|location|site|clinic|unit)\s*:[ \t]*/gi;
const ORG_VALUE_RE = /^\p{Lu}[\p{L}\p{N}'’&.-]*(?:[ ](?:&[ ])?(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|and|the|on|upon|for|im\.|de|del|de la|da|do|dos|di|du|des|la|le|ng|van|von|der|am|an)){0,6}/u;
/** The label patterns anchored at the end, tried on the few characters before each colon. */
const endAnchored = (re: RegExp) => [
  new RegExp(re.source.replace(/\\s\*:(?:\\s\*|\[ \\t\]\*)$/, '\\s*$'), 'i'),
  new RegExp(re.source.replace(/\\s\*:(?:\\s\*|\[ \\t\]\*)$/, '\\s*$').replace('(?:^|', '(?:'), 'i'),
] as const;
const NAME_LABEL_END = endAnchored(NAME_LABEL_RE);
const ORG_LABEL_END = endAnchored(ORG_LABEL_RE);
/** Offsets where the value of a labelled field starts ("Patient: |Bill Gaskell"). */
function labelledValues(text: string, [atStart, inside]: readonly [RegExp, RegExp]): number[] {
  const out: number[] = [];
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    const ws = Math.max(0, c - 48);
    if (!(ws === 0 ? atStart : inside).test(text.slice(ws, c))) continue;
    let at = c + 1;
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    out.push(at);
  }
  return out;
}
// (with the degrees and memberships of British, Irish and Commonwealth doctors: "MB BCh BAO, MICGP", "MBChB, FRACP")
const CREDENTIALS = new Set(
  'md do rn np pa phd rph lcsw msw dds dmd mbbs mrcp frcp frcs bsc msc mph dnp crna cnm lpn ma pharmd psyd od dpm facc facp jr sr ii iii iv mb bch bao bchir mbchb mbbch bmbs mrcgp micgp mrcpi frcpi frcsi mrcs mrcog frcog mrcpch frcpch mrcpsych frcpsych frcr frcpath frcem fcem dch drcog dfsrh fracp fracs fracgp franzcp franzcog fanzca frcpc frcsc ccfp fcps'.split(' '),
);

const EXT_CONNECTORS = new Set('of de da do dos das del della di du van von der den al el bin ibn'.split(' '));
const FUNCTION_WORDS = new Set('with without and or of in on at for to from by the a an after before during is was has had who which that as since until into onto per via than then'.split(' '));

const MONTH_SET = new Set(Object.keys(MONTHS));
/** What typically follows a person at the start of a sentence: "Thandiwe Mokoena, 34,", "X presented". */
const VERB_AFTER_NAME = /^(?:,|\s\(|\s+from\s(?:our|the|your)\s|\s+(?:should|would|could|will|can|may|might|must|did|does|is|was|has|had|presented|presents|attended|reports|reported|complained|denies|denied|said|says|called|came|arrived|returned|lives|died|remains|underwent|developed|noticed|agreed|declined|asked|told|felt|became|collapsed|fell|passed|rang|absconded|refused|brought|visited|wants|shared|mentioned|explained|spoke|texted|phoned|emailed|left|raised|suggested|commented|replied|wrote|argued|recommended|disagreed|pointed out)\b)/;
/** More of what a person does, after a word known to be a given name ("Glenn shared his son relapsed"): not after unknown words, which are
 * as often clinical shorthand ("Paeds to review", "Sats stayed above 94%"). */
const PERSON_ACTION_AFTER = /^\s+(?:shared|needs|wants|went|left|rang|phoned|texted|emailed|brought|took|gave|got|visited|stayed|spoke|explained|mentioned|refused|requested|absconded)\b/;
/** Drug-like endings: a capitalised unknown word ending so is more likely a medicine than a person. */
const DRUG_SUFFIX = /(?:mab|nib|vir|pril|sartan|olol|statin|azole|cillin|mycin|cycline|floxacin|tide|parin|xaban|gatran|gliptin|gliflozin|glutide|lukast|dronate|prazole|tidine|setron|triptan|zepam|zolam|oxetine|afil|caine|semide|thiazide|dipine|azepine|apine|idone|ridone|profen|coxib|olone|sone|asone|lamide|micin|quine|vudine|navir|previr|buvir|ciclib|lisib|rafenib|tinib|zumab|ximab|umab|cept|kinra|platin|taxel|rubicin|trexate|uracil|fusine|plase|teplase|kinase|ase|phylline|terol|tropium|sonide|metasone)$/;
/** A hospital's units and departments written after its initials: "NNUH cath lab", "RIE resus". */
const ACRONYM_UNIT_WORDS = new Set('ED resus Resus ICU MICU SICU CICU CVICU NICU PICU HDU CCU SCBU cath micro Micro theatre theatres Theatres OPD outpatients Outpatients switchboard Switchboard casualty Casualty ward Ward wards PACS lab Lab labs maternity Maternity'.split(' '));
/** Agencies named after a place: "Savannah PD". */
const AGENCY_ACRONYMS = new Set('PD FD SO DA DHS DSS CPS DCFS DMV DOC DOH DPH EMS FRS PCT'.split(' '));

/** Personal titles in other languages (not English words): "Herr", "Smt.", "Mme", "Kuya", "Cikgu". */
const FOREIGN_TITLES = new Set(
  'herr frau fräulein hr sig sigra pharm signor signora signorina dott dottssa sra srta señor señora señorita doña dña dna senhor senhora sr mme mlle monsieur madame mademoiselle smt shri shrimati kumari kum thiru thirumathi tmt selvi kuya ate manong manang tito tita lolo lola cikgu encik puan tuan datuk dato datin haji hajjah hajah ustaz ustazah bapak mevrouw mevr dhr meneer pani fru herra rouva sheikh sayyid syed pr atty avv engr dra lic licda licdo lcda lcdo enf mtro mtra paní sayın sayin doç uzm κος κα κυρία κύριος'.split(' '),
);
/** Titles that are also clinical abbreviations (DC discharge, DS double strength, DJ). */
const ABBREVIATION_TITLES = new Set(['dc', 'ds', 'di', 'dj']);
/** A word in quotes, alone or in brackets: "TK", ("Major"), ("baz"). */
/** How QUOTED_NICKNAME_RE's matches start. */
const QUOTED_NICKNAME_FIRSTS = ['"', '“', '("', '(“'];
const QUOTED_NICKNAME_RE = /\(?["“](\p{L}[\p{L}'’-]{1,15})["”]\)?/gu;
/** Words right before a quoted nickname that make it a person's (or a pet's) name. */
const NICKNAME_CUE_RE =
  /\b(?:partner|boyfriend|girlfriend|husband|wife|friend|mate|brother|sister|son|daughter|cousin|uncle|aunt|neighbou?r|cat|dog|pet|puppy|kitten|horse|pt|patient|client|aka|a\.k\.a\.|goes by|known as|nicknamed)\s*(?:=|:|-|–)?\s*\(?$/i;
/** Before a word: a comma after a word, a bracket or a year, as between an address's fields (not after a score, "GCS 14, Glasgow"). */
const FIELD_AFTER_COMMA_BEFORE_RE = /(?:\p{L}|\)|(?<!\d)(?:19|20)\d\d), $/u;
/** After a word: the end of its field, a full stop, a semicolon, a bracket or the line's end. */
const TOWN_FIELD_END_AFTER_RE = /^(?:[.;)](?![\p{L}\d])|[ \t]*(?:\r?\n|$))/u;
/** Words that give the quoted word after them as a name, even an ordinary word: 'calls himself "Kiwi"', 'a man she knew as "Tank"'. */
const NAMING_BEFORE_QUOTE_RE = /\b(?:aka|a\.k\.a\.|go(?:es)? by|(?:knew|know|known) (?:(?:him|her|them) )?as|nicknamed|calls? (?:him|her|them)sel(?:f|ves)|called|(?:gave|gives|giving) (?:his|her|their) name as)\s*\(?$/i;
/** What a college or school "of" teaches, not where it is: "College of Physicians", "School of Nursing". */
const FIELDS_OF_STUDY = new Set('physicians surgeons nursing medicine pharmacy dentistry midwifery health sciences science arts engineering law technology education psychology psychiatrists radiologists anaesthetists anesthetists obstetricians paediatrics pediatrics emergency music business economics'.split(' '));
/** "<Place> Children's" not followed by the department or service it would otherwise qualify, or "Children's Mercy". */
const CHILDRENS_RE = /(?:\p{Lu}[\p{L}'’-]+ ){1,3}Children['’]s(?! (?:\p{Lu}\p{Ll}+ )?(?:Scale|Questionnaire|Inventory|Index|Test|Measure|Checklist|Survey)\b)(?! (?:Services|Social|Trust|Act|Commissioner|Society|Cent(?:re|er)|Hospital|Ward|Unit|Department|Dept|Team|Division|Fund|Charity|Day|Homes?|Hospice|Clinic|Health|Medical|Nurse|Nursing|Commission|Rights|Tylenol|Motrin|Panadol|Benadryl|Zyrtec|Claritin))|Children['’]s (?:Mercy|National)\b/gu;
const HEALTH_TRUST_RE = /(?:\p{Lu}[\p{L}'’&-]*[ ](?:(?:and|of|&)[ ])?){1,6}(?:NHS (?:Foundation )?Trust|NHS (?:FOUNDATION )?TRUST|University Health Board|UHB|Health Board|Local Health District|Health and Social Care Trust)\b/gu;
/** A part of each of HEALTH_TRUST_RE's last words, for a gate. */
const HEALTH_TRUST_ENDS = ['Trust', 'TRUST', 'Health Board', 'UHB', 'Health District'];
const ORG_EPONYM_HEAD_RE = /^\s(?:cohort|study|studies|trial|series|review|paper|article|guidelines?|guidance|consensus|statement|criteria|score|scale|classification|questionnaire|index|rules?|protocol|method|technique|tool|equation|formula|staging|grade|grading|system|regimen)\b/;
/** A disease named after a place by its river, forest or valley: "Ross River virus", "Kyasanur Forest disease", "Rift Valley fever". */
const PLACE_DISEASE_AFTER_RE = /^\s(?:virus|fever|disease|encephalitis)\b/;
const PLACE_DISEASE_LAST_WORDS = new Set(['river', 'forest', 'valley', 'mountain', 'mountains', 'lake', 'creek', 'island', 'coast', 'hills']);
// (the lookbehind after the first letter: the same matches, and V8 no longer tries it at every position of the text)
const CAPS_SURNAME_GIVEN_RE = /([A-Z](?<![\p{L}\p{N}][A-Z])[A-Z'’-]+(?: [A-Z][A-Z'’-]+)?), (?:\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?|[A-Z][A-Z'’-]+)(?: [A-Z]\.?)?(?![\p{L}\p{N}])/gu;
const PATRONYMIC_RE = /(?:^|[\s:(|])((?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:bin|binti|binte|bte|BIN|BINTI|BINTE|BTE|a\/l|a\/p|A\/L|A\/P|s\/o|d\/o|S\/O|D\/O)(?: \p{Lu}[\p{L}'’-]+){1,3})/gu;
const UNIT_WORDS = 'Battalion|Bn|Regiment|Regt|Squadron|Sqn|Company|Coy|Battery|Bty|Brigade|Bde|Division|Div|Rifles|Marines|Commando|Cdo|Wing|Platoon|Troop|Field Hospital|General Hospital|Infantry|Cavalry|Cav|Engineers|Signals|Artillery|Lancers|Hussars|Dragoons|Guards|Fusiliers|Rangers|LI';
const REGIMENT_ACRONYMS = 'RAR|RCR|PPCLI|LANCS|SCOTS|RIFLES|PARA|RGR|RLC|REME|RHA|RTR|QDG|MERCIAN|YORKS|ANGLIAN|RAMC|RAAMC|RNZIR|R WELSH|R IRISH|RRF|RSDG|KRH|QRH';
/** "1st Battalion 5th Marines", "124 Inf Bn", "2 Cav Regt", "14 Sikh LI", "3 RAR", "1 R WELSH" (sticky: tried only at a number a few words before a unit's word, as a scan from every digit was a hot spot). */
const MILITARY_UNIT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:st|nd|rd|th)?\s(?:(?:(?:\p{Lu}[\p{L}'’&-]*)\s){0,3}(?:${UNIT_WORDS})(?:,?\s\d{1,4}(?:st|nd|rd|th)?\s(?:\p{Lu}[\p{L}'’&-]*\s){0,2}(?:${UNIT_WORDS}))?|(?:${REGIMENT_ACRONYMS})(?!\s+days?\b))(?![\p{L}\p{N}])`,
  'uy',
);
const MILITARY_CONTEXT_RE = /\b(?:army|navy|air force|RAF|RAAF|military|regiment|battalion|brigade|deploy(?:ed|ment)|service number|veterans?|soldier|sailor|marine|airman|sergeant|corporal|lieutenant|colonel|major|private|Bn|Regt|Sqn|Bde)\b/i;
/** (speed: the rules below run only when one of these words is a token) */
/** A hyphen or apostrophe inside a word (a pattern of its own: a literal in a function is a new object at every call). */
const WORD_JOINER_RE = /[-'’]/;
const MILITARY_UNIT_WORDS = new Set([...UNIT_WORDS.split('|').flatMap((w) => w.split(' ')), ...REGIMENT_ACRONYMS.split('|').flatMap((w) => w.split(' '))].filter((w) => w.length > 1 && !/^(?:Field|General|Hospital)$/.test(w)));
const MILITARY_BASE_WORDS = new Set(['CFB', 'RAF', 'RAAF', 'RNZAF', 'HMAS', 'HMS', 'HMNZS', 'HMCS', 'MCAS', 'RNAS', 'JBSA', 'Camp']);
/** "CFB Petawawa", "RAF Brize Norton", "HMS Somerset", "Camp Lejeune". */
const MILITARY_BASE_RE = /\b(?:CFB|RAF|RAAF|RNZAF|HMAS|HMS|HMNZS|HMCS|MCAS|RNAS|JBSA|Camp) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?/gu;
const NHS_AREA_RE = /\bNHS (\p{Lu}[\p{L}'’-]+(?: (?:and |& )?\p{Lu}[\p{L}'’-]+){0,3})/gu;
/** What follows "NHS" and is not an area: "NHS England", "NHS App", "NHS Number". */
const NOT_NHS_AREAS = new Set('england scotland wales digital direct choices trust foundation number no app login inform jobs professionals providers resolution blood business services service supply pathways property improvement education employers confederation health hospital hospitals staff spine mail email net pension pensions band bands scheme continuing funded funding prescription prescriptions dentist dental trusts board boards ics icb icbs'.split(' '));
/** Words of health boards' areas that are also English words. */
const NHS_AREA_WORDS = new Set('highland borders western isles forth valley greater tayside orkney shetland'.split(' '));
const VERBS_NOT_MODIFIERS = new Set('shown taught told given seen said asked used using did does had has have was is were are got gets gave showed taught needs needed wants wanted likes'.split(' '));
/** "I'm Deb": the speaker before a name is no part of it. */
const FIRST_PERSON = new Set(['i', "i'm", 'i’m', "i'd", 'i’d', "i've", 'i’ve', "i'll", 'i’ll']);
/** Words said before "sir" or "here" that are no one's name: "Yes sir", "Okay here". */
const INTERJECTIONS = new Set('yes no yeah yep nope ok okay thanks thank hi hello hey morning evening afternoon night dear good sorry please right sure noted done welcome aye cheers'.split(' '));
const LOWER_SAINT_RE = /(?<![\w'’.-])st\.? ([a-z]+(?:['’]s)?)( (?:nursing home|care home|hospital|hospice|church|school|ward|clinic|college))?(?![\w'’-])/g;
/** Short names of teams asked for help in chat: "Neuro pls see", "ortho can you review". */
const SPECIALTY_SHORT = new Set('neuro ortho cardio gastro resp renal derm gynae obs paeds peds psych onc haem heme uro ent plastics vascular surgical surgeons medics med meds micro rads radiology physio pharm pharmacy bloods theatre theatres anaes anaesthetics icu itu hdu ccu nicu picu reg regs sho fy1 fy2 porters security switchboard'.split(' '));
/** Thanks in the languages of the notes, which end a message as a name would: "Obrigado", "Merci", "Asante". */
const THANKS_WORDS = new Set('obrigado obrigada gracias merci danke grazie dziękuję dziekuje teşekkürler tesekkurler asante salamat dankie bedankt tack takk kiitos shukran spasibo mèsi mesi gràcies gracies efharisto cảm xièxie'.split(' '));
/** Initials on a note's last line: after a dash, a dotted letter after a dash, two letters alone, or after thanks. */
const SIGNOFF_INITIALS_RE = /(?:^|[.!?])[ \t]*[-–—~][ \t]?(\p{Lu}{2,3})$|^[ \t]*(\p{Lu}{2})$|^[ \t]*[-–—~][ \t]?(\p{Lu})\.$|^[ \t]*(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Rr]egards|[Tt]a),?[ \t]+(\p{Lu}{2,3})$/u;
/**
 * Initials (two or three capitals) after the word of who signed, checked or collected ("COLLECTED BY JLM", "Signed: HT", "cons
 * PK", "Chk: MT"), after a dash that follows a sentence and ends a line ("Recheck Fri. - TW", "— JP (nights)", "monitor. -RJ,
 * RN"), or before a role ("RW (ANP)").
 */
const INITIALS_CUED_RE = /(?:\b(?:[Ss]igned(?: by)?|SIGNED(?: BY)?|[Cc]hk|[Cc]hecked(?: by)?|[Ww]itness(?:ed)?(?: by)?|[Ii]nitials|[Cc]ollected by|COLLECTED BY|[Ee]ntered by|cons|[Cc]onsultant)[ \t]*[:.]?[ \t]+([A-Z]{2,3})(?![\p{L}\p{N}&])|(?:^|[.!?)][ \t]*)[-–—][ \t]?([A-Z]{2,3})(?=[ \t]*(?:$|\r?\n|\(|,[ \t](?:RN|RM|LPN|CNA|HCA)\b))|(?<![\p{L}\p{N}])([A-Z]{2,3})(?=[ \t]\((?:RN|ANP|SN|HCA|CNS|SpR|FY1|FY2|SHO|Reg|reg|nights|days|pharmacist|physio|OT|SLT)\)|,[ \t](?:RN|RM|LPN|CNA|HCA)\b))/dgmu;
/** The initial of another name after a capitalised name, ending a field: "Ingabire" + " A.,", "Cashier: Nikitina" + " A." */
const INITIAL_ENDING_FIELD_RE = /[ \t]\p{Lu}\.(?=[ \t]*(?:,|\)|\r?\n|$))/gmu;
/** Capitals that end a note without being anyone's initials. */
const SIGNOFF_NOT_INITIALS = new Set('FYI NB PS OK ASAP ETA TBC TBA DN RN GP OT PT SLT HCA NOK DNR DNAR ICU ED AE ER OR PRN STAT THX TY'.split(' '));
/** Titles that are also words or initials ("Don", "Pak", "M."): need a name-like word after them. */
const FOREIGN_WEAK_TITLES = new Set(['don', 'pan', 'pak', 'bu', 'ibu', 'm', 'sri', 'pd']);
/** Academic degree abbreviations inside a title chain: "Dr. med. dent.", "Dr. rer. nat." */
const TITLE_DEGREES = new Set(['med', 'dent', 'rer', 'nat', 'phil', 'habil', 'univ', 'vet', 'jur', 'sc']);
/** Words after which a lower-case unknown word is a person being addressed or quoted: "hi priya", "asked dmitri". */
const LOWER_NAME_CUES = new Set('hi hey hiya hello dear thanks thx cheers ta cc asked ask told tell per paged page pinged ping messaged texted rang phoned called emailed informed updated thank client resident'.split(' '));
/** A sign-off at the start of a line, before the name: "— ", "Thanks, ", "Cheers\n" (sticky: tried at each line start). */
// (a letter's close may stand a blank line above the name: "Yours faithfully,\n\nMairéad O'Callaghan")
const SIGNOFF_RE = /[ \t]*(?:[—–~]|--?|(?:many )?thanks|thx|cheers|regards|kind regards|warm regards|best wishes|best|yours (?:faithfully|sincerely|truly)|sincerely|with thanks|ngā mihi|nga mihi)[ \t]*[,!.]?[ \t]*(?:\n[ \t]*){0,2}(?=\p{L})/iuy;
/** Two letters in lower case, each with its full stop: a person's initials, or an abbreviation of NOT_LOWER_INITIALS. */
const LOWER_INITIALS_RE = /(?<![\p{L}\p{N}.])[a-z]\.[a-z]\.(?![\p{L}\p{N}.])/gu;
/** Latin and other abbreviations written as two dotted lower-case letters: doses, times, routes, "e.g.", German "o.g.", Latvian "p.k.". */
const NOT_LOWER_INITIALS = new Set(
  'e.g. i.e. a.m. p.m. b.d. o.d. q.d. p.o. i.v. i.m. s.c. s.l. p.r. n.b. c.f. v.s. o.m. o.n. t.d. q.i. b.i. h.s. a.c. p.c. o.s. o.u. a.s. a.u. n.p. c.o. d.c. s.t. e.r. u.s. u.k. n.a. a.k. r.i. b.p. h.r. d.o. y.o. a.n. o.g. p.k. q.h. q.s. a.d. d.s. m.r. d.r. m.s. f.r. c.a. i.b. i.g. i.d. o.k. r.e. p.s. p.t. r.x. t.x. d.x. h.x. s.x. f.x. c.x. v.o. z.b. u.a. d.h. l.a. g.a. p.v. p.n. n.n. s.r. i.a. e.c. a.o. p.a. b.a. m.d. p.h. s.p. h.b. w.r. z.t. v.a. s.q. q.n. i.n. i.t. i.o. i.u. u.i. c.c. g.t. d.d. f.u. v.i. o.p. e.p.'.split(' '),
);
/** The coding systems HL7 names after a code's text: LOINC, SNOMED CT, ICD, local codes ("99ZZZ"; not "L", a middle initial too). */
const CODING_SYSTEM_RE = /^(?:LN|SCT|SNM|SNM3|99[A-Z0-9]*|I9C?|I10C?|ICD9|ICD10|CPT|C4|NDC|RXNORM|LOINC|SNOMED)$/;
/** An HL7 person name from its first component: "SOLBERG^ASTRID^MARIT" (sticky). */
const HL7_NAME_RE = /\p{Lu}[\p{L}'’-]+(?:\^\p{Lu}[\p{L}'’-]*){1,4}(?![\p{L}\p{N}])/uy;
/** Work nouns before "at"/"@": "lab tech @ quest diagnostics", "shift at ...". */
const WORK_WORDS = new Set('tech technician works work job shifts shift pharmacist nurse cashier barista manager volunteer volunteers intern apprentice apprenticeship placement'.split(' '));
const WORK_VERBS = new Set('works work worked working employed volunteers volunteered drives drove driving'.split(' '));
/** Words that end a lower-case venue or are not one: "at home", "at night", "for years". */
const VENUE_STOP = new Set('home night nights weekends weekend work school present moment moments time times least most all this that these those his her their my our your its same end start beginning minute minutes hour hours day days week weeks month months year years risk baseline rest least first last a an one two some any each every in on with unit units ward wards department dept bay bays theatre theatres theater suite lab labs room rooms floor wing desk team teams service services block front back main huddle meeting round rounds handover office reception'.split(' '));
/** Words that label an address ("address on file", "Home:", "addr:"). */
const ADDRESS_LABELS = new Set(['address', 'addr', 'home', 'residence']);
const ADDRESS_VALUE_RE = /^(?:\s+(?:here|there|now))?(?:\s+on\s+(?:file|record)|\s+is|\s+was)?\s*[:-]?[ \t]*(?:\n[ \t]*)?(?=[\p{L}\p{N}])/iu;
/** Words after "Name, " that address the person: "Hemi, was that you?" */
const VOCATIVE_NEXT = new Set('was were are is can could would will did do have has pls please thanks thank any you your ur u just see call ring'.split(' '));
/** Family and friends before a name (lower case): "aunty Mere", "her sister Hope". */
const FAMILY = new Set('mother father mom mum dad son daughter wife husband partner brother sister aunt aunty auntie uncle cousin niece nephew grandson granddaughter grandma grandpa nana granny friend neighbour neighbor boyfriend girlfriend fiance fiancé fiancee fiancée stepson stepdaughter stepmother stepfather carer flatmate housemate roommate mate'.split(' '));
/** A one-element array: `for (const _ of ONCE)` gives a block that `continue` can leave. */
const ONCE = [0];
const SPECIALTY_WORDS = new Set('pulmonary pulmonology cardiology dermatology neurology oncology urology orthopaedics orthopedics pediatrics paediatrics gastroenterology nephrology ophthalmology endocrinology podiatry chiropractic dentistry optometry audiology allergy obstetrics gynecology gynaecology otolaryngology hematology haematology'.split(' '));
/** How hospitals' and health services' acronyms end or start: H for hospital ("QECH", "RVH"), MC, HC, HSC, a trust's FT and HT, a board's HB ("BTHFT", "BDUHB"), CHU, HU and UMC ("CHUAC", "HUG", "UMCU"). */
const FACILITY_ACRONYM_RE = /^(?:[A-Z]{1,6}(?:H|MC|HC|HSC|HT|FT|HB|HK)|CHU[A-Z]{0,4}|HU[A-Z]{1,4}|UMC[A-Z]{0,2})$/;
/** Acronyms that start as a hospital's do ("HCPA", "HEGP", "UHWI"), which many other acronyms also do: only where a place stands. */
const FACILITY_FIRST_ACRONYM_RE = /^U?H[A-Z]{2,4}$/;
/** Where a place stands before an acronym: after a preposition of place or a verb that moves a patient ("to", "at", "transfer", "en el"). */
const PLACE_BEFORE_ACRONYM_RE = /(?:\b(?:to|at|from|in|into|between|transfer|transferred|transported|conveyed|taken|admitted|admission|sent|seen|landed|en|al|del|au|naar|nach|im|am|ke|di|dari|nasa)\s+(?:the\s+|el\s+|la\s+)?|\b(?:Department|Dept\.?|Service|Unit|Clinic|Centre|Center|OPD)(?: (?:of|for) (?:\p{Lu}[\p{L}&-]*\s?){1,3})?,\s*)$/iu;
/** A number (not a date), a register's or a record's word after an acronym: "MMC 55218", "TNMC Reg. 78412", "QEH no. 2277", "JUH file 19-2271". */
const NUMBER_AFTER_ACRONYM_RE = /^\s*(?:[#:]\s*)?(?:\d+(?!\d|[/.-]\d)|(?:no|No|NO|nr|reg|Reg|REG|file|ID|id)\b)/;
/** Acronyms of a kind of health centre, not of one (primary, community, rural, urban health centre), and of a kind of care (kangaroo mother care). */
const GENERIC_FACILITY_ACRONYMS = new Set('PHC CHC RHC UHC NHC SHC BHC PHCC KMC'.split(' '));
/** A hospital's unit, department or record after its acronym: "QEH A&E", "CAMH MRN", "NRMH Core Lab", "SJMH switch". */
const UNIT_AFTER_ACRONYM_RE = /^[\s-](?:ED|ER|A&E|AE|ICU|HDU|CCU|NICU|PICU|OPD|MRN|UR|ward|Ward|site|helipad|switch|switchboard|intranet|pharmacy|Pharmacy|lab|Lab|Core Lab|Maternity|Paediatric|Pediatric|Respiratory|Cardiology|Neurology|Oncology|Renal|renal|fracture|bed|transport|file|hospital number|Hosp No|Staff Health|Community|Memory|Neurologie|Hämatologie|Interne|admission|admissions|clinic|outpatients?|inpatients?|appointment|referral)\b/;
/** A history's heading after the acronym: "PMH: asthma", "FH of", "SH - smoker". */
const HISTORY_AFTER_RE = /^\s*(?::|-\s|of\b|includes?\b|significant\b|unremarkable\b|nil\b|nad\b)/i;
const ACRONYM_TO_VERBS = new Set('sent faxed transferred referred admitted discharged moved taken driven flown'.split(' '));
const LOWER_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sgt', 'det', 'insp', 'supt', 'cllr', 'prof']);
/**
 * Who employs someone, before the employer's acronym, as other languages and a few more English verbs say it: "drives for DHL",
 * "works FIFO for BHP", "Employer BNSF", "Trabaja en OXXO", "jubilado de PDVSA", "Arbetar på LKAB", "arbeite bei BVG", "chauffeur
 * pour la TCL".
 */
const EMPLOYER_BEFORE_RE = /(?:\b(?:drives|drove|driving|delivers|delivering|FIFO|fifo|conductor|retired)\s+(?:for|with|at|from)\s+|\b(?:[Ee]mployer|[Ee]mployeur|[Ee]mpleador|[Aa]rbeitgeber)\b[\s.:]*|\b(?:[Tt]rabaja|[Tt]rabajaba|[Ll]abora|[Jj]ubilad[oa]|[Ee]studiante|[Ee]mplead[oa])\s+(?:en|de|para)\s+(?:la\s+|el\s+)?|\b(?:[Aa]rbetar|[Jj]obbar)\s+på\s+|\b(?:[Aa]rbeite[tn]?|[Bb]eschäftigt)\s+(?:bei|für)\s+(?:der\s+|dem\s+|den\s+)?|\b(?:[Tt]ravaille|[Tt]ravaillait|[Ee]mployée?|[Rr]etraitée?|[Cc]hauffeur|[Cc]onducteur|[ÉéEe]tudiante?)\s+(?:à|au|pour|chez|de)\s+(?:la\s+|le\s+|l['’])?)$/;
/** The words right before a place that put a person there for work or school: "works as a porter at", "attends", "student at". */
const PERSON_PLACED_BEFORE_RE = /\b(?:(?:works?|worked|working|employed|placed|volunteers?)(?:\s+(?:as\s+an?\s+[\w-]+|full[- ]time|part[- ]time|nights|shifts))?\s+(?:at|for|in)|(?:attends?|attended|student\s+at|studies\s+at|job\s+at|employed\s+by))\s+$/i;
/**
 * A result right after a word: "Vmax 4.6 m/s", "Neut 82%", "Prealbumin 14 g/L", "Nexum 40 mg". An unknown word before one is a
 * test, a drug or a device, not a person (a weight, an age or a count of doses after a name is left out: "Wumpini 9 kg",
 * "Tama 4 years", "Gave Tamati 2 tabs").
 */
const LAB_RESULT_AFTER_RE = /^ [<>]?\d[\d.,]*\s?(?:%|mg\b|mcg|µg|ug\b|g\/|mmol|µmol|umol|nmol|pmol|mEq|IU\b|iu\b|mm\b|cm\b|m\/s|nm\b|mmHg|kPa|x\s?10|ng\b|pg\b|fL\b|dL\b|U\/L)/;
/** Words a single capital letter after them belongs to: "factor V", "hepatitis B", "group O", "type A", "vitamin D". */
const LETTER_CLASSIFIER_BEFORE_RE = /\b(?:factor|hepatitis|hep|group|type|grade|class|stage|vitamin|vit|protein|zone|phase|level|strep|streptococcus|influenza|flu|plan)\s$/i;
/** Short forms of form labels that are nobody's name: cédula, tanggal (date), telefon, nascimento, quantity, district, destination. */
const LABEL_ABBREVIATIONS = new Set('céd ced tgl tlf nasc qty distt dest'.split(' '));
/** Short forms of form labels that are also names or words, read as labels only before a value: registration, licence, certificate, employee, constable, district, pharmacist. */
const LABEL_ABBREVIATIONS_BEFORE_VALUE = new Set('reg regn lic cert emp const dist pharm'.split(' '));
/** What follows a label's short form: perhaps a full stop, a colon, a hash or "No.", then a value with a digit ("Reg. 78412", "Reg A11873", "Reg. MDC/RN/10472"; not "Seen with Reg. Plan:"). */
const LABEL_VALUE_AFTER_RE = /^(?:\.|:|[ \t]?#)?[ \t]*(?:No\.?[ \t]*)?(?:[A-Z]{1,6}[-/.]?[ \t]?){0,3}\d/;
/** Words for family and friends, before a given name in lower case: "his son ray", "nan rose", "friend hunter" (and "named", "nicknamed"). */
const FAMILY_WORDS = new Set(
  'mother father mom mum mommy mummy dad daddy son daughter wife husband partner spouse brother sister twin aunt uncle cousin niece nephew aunty auntie grandson granddaughter grandchild grandmother grandfather grandma grandpa granny nana nan stepmother stepfather stepson stepdaughter fiance fiancee fiancé fiancée boyfriend girlfriend friend neighbour neighbor flatmate housemate roommate'.split(' '),
);
/** Given names that are also words, which after a family word are those words: verbs ("son will", "wife said", "son drew"), "son in law", "sister ward", "mother via", "son august last year". */
const NOT_A_NAME_AFTER_FAMILY = new Set('will may can might must shall would could should did does do is was are were has had have said says drew via van job case memory son grey gray ward bay bed law august'.split(' '));
/** Labels that address a message or name its matter: their value is no person's name when written in lower case. */
const MESSAGE_LABEL_BEFORE_RE = /(?:^|[\s|])(?:to|re|cc|bcc|from|attn|subject|regarding)\s*:\s*$/i;
/** Words a lower-case labelled value starts with that describe someone unnamed: "Patient: unknown male", "NOK: elder brother". */
const NOT_A_NAME_AFTER_LABEL = new Set('unknown unnamed unidentified male female elder older younger eldest youngest adult child baby infant newborn'.split(' '));
/** Endings of clinical words that no list holds: "nephrology", "perinatal", "hypoglycaemia", "telehealth". */
const CLINICAL_WORD_ENDING_RE = /(?:ology|ologic|ics?|al|ia|ae|itis|osis|oma|ive|ous|ary|ectomy|otomy|plasty|scopy|gram|health|care)$/;
/**
 * A title in lower case and one initial after it: "dr b", "mrs w", "miss k", "dr h. pryce" (not "MR d", mitral regurgitation;
 * not "miss a dose", "the dr i saw": "a" and "i" only with a full stop).
 */
const LOWER_TITLE_INITIAL_RE = /(?<![\p{L}\p{N}'’-])(?:mr|mrs|ms|miss|dr)\.?[ \t](?:([b-hj-z])|([ai])(?=\.))(?:(\. )(?=\p{Ll}{2})|(?=[ \t,.:;!?)]|$))/gmu;
/** How BED_CUE_RE's matches start, in lower case. */
const BED_CUE_FIRSTS = ['bed', 'bay', 'cub', 'resus', 'rm', 'side room', 'chair', 'trolley', 'corridor', 'majors', 'minors'];
const BED_CUE_RE = /\b(?:bed|bay|cub|cubicle|resus|rm|side room|chair|trolley|corridor|majors|minors)(?:\s+(?:#\s?)?\d{1,3}[a-z]?)?(?:\s*[-:–—]\s*|\s+)(?=\p{L})/giu;
/** A desk or office someone works at, after their name: "grace in billing", "dawn on reception", "sue at the front desk". */
const DESK_AFTER_RE = /^[ \t]+(?:in|on|at|from)[ \t]+(?:billing|reception|(?:the[ \t]+)?front[ \t]+desk|switchboard|medical[ \t]+records|accounts)\b/;
/** The words that end a named home, hall or college in lower-case writing: "cedar court", "willow lodge", "south regional tafe". */
const LOWER_VENUE_HEADS = new Set('court lodge manor hall flats infirmary tafe gardens'.split(' '));
/** Words before such a word that make it a common noun: "attend court", "the sports hall", "county court", "town hall". */
const NOT_VENUE_MODIFIERS = new Set('attend attended attending leave left sell sold buy bought rent own share clean pending crown county family magistrates supreme high youth district town city village church sports dining residence residents student students nurses staff concert exam entrance lecture'.split(' '));
/** Verbs that put a lower-case unknown word after "from"/"in"/"at" in a place: "came in from ballinasloe", "lives out at wagga". */
const LOWER_PLACE_VERBS = new Set('lives living lived live resides moved relocated born raised came comes come transferred flown driven'.split(' '));

/** "(her manager)", "(pt)", "(farmer, 67)", "(geri SpR, Kingsmere)": who the person before the bracket is. */
const ROLE_IN_BRACKETS_RE = /^(?:(?:her|his|their|my|our|the|pt'?s|patient'?s)\s+)?(?:[a-z]+\s)?([A-Za-z]+(?:-in-law)?)(?:\)|,[^)\n]{0,24}\))/;
/** Roles that name the person next to them (with RELATIONS). */
const ROLE_WORDS = new Set('dn phn icn hv cns rgn rmn smo hcsw rn crna cna lpn emt medic paramedic midwife aide caseworker worker chaplain interpreter warden constable enfermero enfermera enfermeira infirmier infirmière promoter agent lmc nic psw hca odp mgr dsl senco fy1 fy2 ct1 ct2 st1 st2 st3 st4 st5 anp acp enp surname nickname forename pt patient manager boss reg registrar spr sho consultant nurse sister matron gp locum physio ot slt pharmacist keyworker carer nok clerk receptionist porter officer driver farmer teacher coach tutor pastor vicar priest imam rabbi client resident neighbour neighbor friend'.split(' '));
/** A relation word, then "is"/"was"/"called": "son is Frank", "calls himself Ray". */
const RELATION_IS_RE = /\s+(?:is|was|is called|was called|named|called)\s+["“]?(?:Doc\s+)?/y;
/** Brackets after a name that only a person has: "(yr 10)", "(ID HA40917)", "(real name Barnaby Quayle)", "(they/them)", "(9)". */
const BRACKETS_OF_A_PERSON_RE = /^(?:(?:[Yy]r|[Yy]ear|ID)\s?[A-Z]{0,3}\d{1,8}\)|(?:real|legal|full|birth) name\s+\p{Lu}|(?:she|he|they|xe|ze)\/(?:her|him|them|they|she|he|xem|zir)\)|\d{1,2}\s?(?:y|yo|yrs|[mfMF])?\))/u;
/** Words that give someone a name: "later named River", "nicknamed Tank". */
const NAMING_WORDS = new Set(['named', 'nicknamed']);
const NAMED_RE = /\s+(?:(?:him|her|them|the baby|the boy|the girl|it)\s+)?["“]?/y;
const CALLS_SELF_RE = /\s+(?:him|her|them)sel(?:f|ves)\s+["“]?(?:Doc\s+)?/y;
/** "Surname, Given [I.]" at the start of a line or inside brackets. */
/** How SURNAME_GIVEN_RE's matches start (and the text's start). */
const SURNAME_GIVEN_FIRSTS = ['\n', '(', '— ', '– '];
const SURNAME_GIVEN_RE = /(?:^|\n|\(|[—–] )[ \t]*(\p{Lu}[\p{L}'’-]+,[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}\.)?)(?=[ \t]*(?:\)|[ \t]{2}|\n|$|,|\s(?:MRN|DOB|NHS|ID)\b))/gu;
/** "38 °C. Core", "2 mmol/L. Hyperbaric", "Vit D. Now": a unit or a vitamin, not an initial. */
const UNIT_BEFORE_INITIAL = /(?:\d\s?°?|\/|\bvit(?:amin)?\.?\s|\bhep(?:atitis)?\s|\bgroup\s|\btype\s|\bgrade\s|\bclass\s|\bstage\s|\bzone\s|\bplan\s|\bward\s|\bbay\s)$/i;
/** Weekday abbreviations: never names or places. */
const WEEKDAY_ABBR = new Set('mon tue tues wed weds thu thur thurs fri sat sun mondays tuesdays wednesdays thursdays fridays saturdays sundays'.split(' '));
/** Sentence openers that are not part of a following organisation name. */
const SENTENCE_OPENERS = new Set('seen saw see attends attend visit visits call contact ring phone email refer transfer admit discharge via per re to from at in on for our your their his her my please thanks thank also then now today tomorrow yesterday tonight'.split(' '));
/** The last words of a text, after a line break, a full stop or a dash: a signature. */
const SIGNOFF_END_RE = /(?:\n|[.!?]\s+|\s[-–—~]\s?)[ \t]*(?:[-–—~][ \t]?)?(\p{Lu}[\p{L}'’-]+)(?:[ \t]+(\p{Lu}[\p{L}'’-]+))?[ \t]*[.!]?["”'’]?\s*$/du;
/** A hospital's acronym after a comma, a dash or a bracket, ending its line, clause or bracket. */
// (ending the way hospitals' and universities' acronyms end - H for hospital, MC, MU, UH - so not a credential: RGN, LMSW, CPN)
const SIGNATURE_ACRONYM_RE = /(?:, |[-–—] |\()([A-Z]{1,6}(?:H|MC|MU|UH|SZ))(?=[ \t]*(?:\n|$|[,)]))/g;
/** Departments and specialties written as acronyms, never a name after a title ("Dr. ENT"). */
const DEPARTMENT_ACRONYMS = new Set('ENT ICU ITU HDU CCU NICU PICU OBGYN GYN ED ER AE OT PT SLT GI GU MFU OMFS ORL'.split(' '));
/** Capitals after a title in lower case: initials, then one to four words ("Dr. P. LAKSHMI PRASANNA", "Atty. MA. CRISTINA DORADO"). */
const TITLE_CAPS_NAME_RE = /(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Mx|Mme|Mlle|Prof|Pr|Atty|Engr|Sr|Sra|Dra|Herr|Frau|Dott|Mdm)\.?[ \t]+((?:[A-Z]\.[ \t]?|MA\.[ \t]|MD\.[ \t])*[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){0,3})(?![\p{Ll}])/gu;
/** A word alone at a line's start, then a dash and a word that addresses someone: "Mark - can you ...". */
// (addressed: a request, a question or news follows; not a heading's explanation, "Pace - rest before you're exhausted")
// (or a comma, opening a reply: "Tom, great pick-up on the teratoma")
const LINE_VOCATIVE_RE = /(?:^|\n)[ \t]*(\p{Lu}[\p{Ll}'’-]+)(?:[ \t]*[-–—][ \t]+|,[ \t]+)(?=(?:can|could|would|will|pls|please|are|did|do|just|thanks|thank|fyi|spoke|saw|call|ring|rang|any|sorry|quick|your|ur|u|you|great|good|nice|agree|agreed|i|i'd|i'm|we|this|that|yes|no|totally|interesting|excellent|lovely|brilliant|I|I'd|I'm)\b)/gu;
/** The writer of a quoted message, at a line's start: "> Rich wrote:", "On Tue 4 May, Ana Lima <ana@x.org> wrote:". */
const WROTE_RE = /(?:^|\n)[ \t]*(?:>[ \t]*)*(?:On [^\n]{0,60}?,[ \t]*)?(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’.-]+){0,2})(?:[ \t]+[<(][^>)\n]{1,60}[>)])?[ \t]+wrote:/gu;
/** The same in lower case, after a dash, perhaps with the writer's service: "-deb", "-ramesh, pharmacy". */
const SIGNOFF_LOWER_END_RE = /(?:[.!?][ \t]+|\n[ \t]*)[-–—~][ \t]?(\p{Ll}[\p{Ll}'’-]+)(?:,[ \t]*\p{Ll}[\p{Ll} ]{1,20})?[ \t]*[.!]?\s*$/du;
/** A numbered or bulleted line that starts with a name: "1. Grace - lap chole", "3. River Dunmore (93) - hernia". */
const LIST_PATIENT_RE = /(?:^|\n)[ \t]*(?:\d{1,2}[.)]?|[-*•])[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,2})(?=[ \t]+(?:[-–—:][ \t]|\(\d{1,3}\)|\d{1,3}\s?[MF]\b|[A-Z]{2,4}\d{5,}\b))/gu;
const LIST_PATIENT_LOWER_RE = /(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+(\p{Ll}[\p{L}'’-]+(?:[ \t]\p{Ll}[\p{L}'’-]+){0,2})(?=[ \t]+(?:\(\d{1,3}\s?[MFmf]?\)|\d{1,3}\s?[MFmf]\b|\d{1,3}(?:yo|y)\b|\d{1,3}\syo\b))/gu;
/** Acronyms that sit inside an organisation's name. */
const RUN_ACRONYMS = new Set(['va', 'nhs', 'ivf', 'ihs', 'usd', 'lds', 'rc', 'ce', 'ame', 'umc', 'sda', 'ymca', 'ywca']);
const SERVICE_ROLES = new Set(['pt', 'ot', 'gp', 'slt', 'nok', 'mgr', 'reg', 'sho', 'pcp', 'cns']);
/** Weekdays and their abbreviations: in a lower-case diary ("thu - bad one") no name; months may be ("june rang"). */
const WEEKDAY_WORDS = new Set('mon tue tues wed weds thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday'.split(' '));
/** Words that open a sentence before a comma and are also given names: "True, this is a concern", "Amen, that is great". */
const COMMA_OPENERS = new Set('true ok okay amen well right sure fine indeed honestly still now so also agreed absolutely exactly definitely noted great good nice wow hey hi hello yes no yeah alas frankly overall finally lastly again similarly likewise anyway interesting perfect brilliant excellent lovely super cool sweet bless love'.split(' '));
const ROOM_WORDS = new Set(['rm', 'room', 'bed', 'bay', 'cub']);
const PATRONYMIC_WORDS = new Set(['bin', 'binti', 'binte', 'bte']);
const TITLE_VERBS_LOWER = new Set('reviewed saw advised thinks thought aware happy ok okay sent spoke explained discussed prescribed ordered examined'.split(' '));
const ROOM_PATIENT_LOWER_RE = /(?:^|\n)[ \t]*(?:rm|room|bed|bay|cub)[ \t]?\d{1,3}[A-Za-z]?[ \t]*[:.)\-–]?[ \t]+(\p{Ll}[\p{L}'’-]+(?:[ \t]\p{Ll}[\p{L}'’-]+){0,2})(?=[ \t]*(?:\||\(|[-–—][ \t]|,|;|\r?\n|$))/giu;
/** Verbs after a relation and a given name in lower-case notes: "son will rang", "grandson billy to bring". */
const LOWER_NAME_VERB_AFTER = new Set('rang rings called calls phoned visited visits came comes said says brought bringing to wants wanted asked asks is was has had agreed declined arrived left collected dropped picked will would can could'.split(' '));


/** How ROMANCE_EPONYM_HEAD_RE ends: tried first on a few characters, as most capitalised words follow no "de". */
const ROMANCE_OF_RE = /\s(?:de|d['’]|du|des|da|do|del)\s?$/iu;
/** A medical head and "de" before an eponym in French, Portuguese and Spanish. */
const ROMANCE_EPONYM_HEAD_RE = /(?:^|[^\p{L}])(?:sonde|sonda|valvule|válvula|valvula|score|escore|échelle|escala|drain|dreno|drenaje|protocole|protocolo|signe|sinal|signo|maladie|doença|enfermedad|syndrome|síndrome|sindrome|test|teste|prueba|classification|classificação|clasificación|critères|critérios|criterios|grade|manœuvre|manobra|maniobra|réflexe|reflexo|reflejo|triade|tríade|tríada|ligne|linha|línea|fracture|fratura|fractura|opération|operação|operación|technique|técnica|méthode|método|índice|indice|canule|cânula|cánula|pince|pinça|pinza|point|ponto|punto|tumeur|tumor|lymphome|linfoma|kyste|cisto|quiste|paralysie|paralisia|parálisis|espace|espaço|espacio|loi|lei|ley|règle|regra|regla|anneau|anel|anillo|méthode|position|posição|posición|incision|incisão|incisión|intervention|cirurgia|opération)s?\s(?:de|d['’]|du|des|da|do|del)\s?$/iu;
/** The syllables Burmese names are made of. */
const BURMESE_SYLLABLES = new Set('aung kyaw zaw htun tun win myint min thu thin aye khin than nu su hla mya moe myo nyein phyo thet naing soe oo maung zar thida sandar yadanar ei hnin wai yin htet lwin lin kyi nwe pyae sone shwe thant hlaing thaung swe tin zin mar cho chit khaing kyu phyu sein nandar wint yee myat noe nway hein htoo paing kaung wutt yamin thandar ohn khaing zeyar'.split(' '));
/** Hospitals as one compound word (German, Dutch, Nordic): "Virchow-Klinikum", "Marienhospital". */
const COMPOUND_HOSPITAL_RE = /(?:klinikum|krankenhaus|klinik|spital|hospital|ziekenhuis|sjukhus|sjukhuset|sykehus|sykehuset|sygehus|kliniek|szpital|kaserne|schule|gymnasium|kirche|bahnhof|stadion)$/;
/** A particle and a capitalised word after a name: " van der Berg-Smit", " da Silva". */
const NAME_PARTICLE_AFTER_RE = /^ (?:van der|van den|von der|de la|de los|van|von|de|da|do|dos|das|del|della|di|du|ter|ten|bin|binti|bint|al|el) (\p{Lu}[\p{L}'’-]+)/u;
/** Hospital departments: "sent to Histopathology" names no place. */
export const DEPARTMENTS = new Set('neuro haem heme derm gastro paeds peds obs geris tox colorectal cardio resp ortho onc rheum endo psych vascular urol neph ophth ophthal gyn gynae obgyn histopathology haematology hematology microbiology virology biochemistry cytology immunology pathology radiology phlebotomy dietetics audiology orthoptics podiatry endoscopy theatres outpatients pharmacy physiotherapy cardiology neurology nephrology urology gastroenterology hepatology rheumatology dermatology endocrinology oncology gynaecology gynecology obstetrics neonatology paediatrics pediatrics geriatrics psychiatry psychology orthopaedics orthopedics anaesthetics ophthalmology maxillofacial plastics safeguarding'.split(' '));
/**
 * Who wrote a line of a chat: with the time after the name, "Bex 08:12:", or before it, "[09:14] Lou (PN):", or with
 * none when the message starts in lower case, "Gaz: anyone got a pen torch".
 */
const CHAT_SENDER_RE = /(?:^|\n)[ \t]*(\[[^\]\n]{1,20}\][ \t]*|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]\d{1,2}:\d{2}(?:[ \t]?[ap]\.?m\.?)?[ \t][-–][ \t])?(\p{L}[\p{L}'’-]*(?:[ .]\p{L}[\p{L}'’-]*)?)(?:[ \t]\([^)\n]{1,20}\))?([ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]?[ap]\.?m\.?)?)?[ \t]*:[ \t]+(\p{Ll})?/gu;
/** A line of a roster: a name, then a time. */
const ROSTER_LINE_RE = /(?:^|\n)[ \t]*((?:\p{Lu}\.[ \t]?)?\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,2})[ \t]+(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[ \t]*(?:-|–|to)[ \t]*\d{1,2}[:.h]\d{2})?[ \t]*(?=\n|$)/gu;
/** Verbs that follow a person's name in quick notes: "raza said", "jojo left". */
const REPORTING_VERBS = new Set('said says asked asks thinks thought wants wanted rang called phoned texted emailed messaged left agreed declined reviewed saw checked confirmed reckons mentioned'.split(' '));
/** After a patient's name on a bed list: an age, "(pt)", a comma and a number. */
const BED_NAME_AFTER_RE = /^(?:\s?\(\s?(?:\d{1,3}\s?[MF]?|pt|patient|mr|mrs|ms|miss)\b|,\s*\d{1,3}\s?(?:[MF]|yo|y\b|,)|\s\d{1,3}\s?(?:[MF]|yo)\b)/i;
/** Acronyms that begin the name of a prison, clinic or hospital: "HMP Thornwood", "UBS Jardim Nakamura". */
const ORG_PREFIX_ACRONYMS = new Set('HMAS HMCS HMNZS USS USNS MV RMS HMP HMYOI HMS UBS USF RSUP RSUD RSU CHU CHR CHRU CH CLSC CIUSSS CISSS CSSS CHSLD GMF UMF UMC AKH UKE LKH KH CAP CS PHC CHC UHC MOU UPA'.split(' '));
/** Chains and shops that place a person after "at", "to", "from", "for": "send it to Boots", "works at Target". */
/** "#07712" after a store's name. */
const STORE_NUMBER_RE = /(?<= )#\d{2,6}(?![\d\p{L}])/gu;
const STORE_WORDS = new Set(['pharmacy', 'mart', 'drug', 'drugs', 'store', 'market', 'supermarket', 'foods', 'grocery']);
const CHAINS = new Set('boots superdrug lloyds lloydspharmacy well tesco sainsbury sainsburys asda morrisons aldi lidl waitrose co-op coop iceland greggs costa primark argos currys cvs walgreens walmart target costco kroger safeway publix wegmans rite-aid riteaid dollar starbucks mcdonalds subway amazon ups fedex usps dhl mercadona carrefour oxxo mydin giant ntuc fairprice watsons guardian shoprite pick-n-pay checkers spar woolworths coles countdown kmart bunnings'.split(' '));
/** "Hope, a village in", "Kowhai, a small town near": a place described as one. */
const PLACE_APPOSITION_RE = /(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}),\s(?:a|an|the)\s(?:small\s|little\s|tiny\s|remote\s|rural\s|coastal\s|former\s|mining\s|farming\s|fishing\s)?(?:village|town|hamlet|suburb|city|township|district|neighbourhood|neighborhood|estate|settlement|community|parish|island)\b/gu;
/** The part of PLACE_APPOSITION_RE after the name, found without trying every capital. */
const PLACE_APPOSITION_GATE_RE = /, (?:a|an|the) (?:\w+ )?(?:village|town|hamlet|suburb|city|township|district|neighbou?rhood|estate|settlement|community|parish|island)\b/;
/** A kind of place and then its name: "nursery is Little Acorns", "church - Living Waters", "pub called The Anchor". */
/** How FACILITY_NAMED_RE's matches start, in lower case. */
const FACILITY_NAMED_FIRSTS = ['nursery', 'school', 'church', 'chapel', 'mosque', 'temple', 'gurdwara', 'synagogue', 'pub', 'bar', 'club', 'gym', 'employer', 'workplace', 'care home', 'nursing home', 'hostel', 'practice', 'surgery', 'pharmacy', 'chemist', 'shop', 'restaurant', 'cafe', 'café', 'takeaway', 'factory', 'firm', 'company', 'college', 'academy', 'kindergarten', 'daycare', 'day centre'];
const FACILITY_NAMED_RE = /\b(?:[Nn]ursery|[Ss]chool|[Cc]hurch|[Cc]hapel|[Mm]osque|[Tt]emple|[Gg]urdwara|[Ss]ynagogue|[Pp]ub|[Bb]ar|[Cc]lub|[Gg]ym|[Ee]mployer|[Ww]orkplace|[Cc]are home|[Nn]ursing home|[Hh]ostel|[Pp]ractice|[Ss]urgery|[Pp]harmacy|[Cc]hemist|[Ss]hop|[Rr]estaurant|[Cc]afe|[Cc]afé|[Tt]akeaway|[Ff]actory|[Ff]irm|[Cc]ompany|[Cc]ollege|[Aa]cademy|[Kk]indergarten|[Dd]aycare|[Dd]ay centre)\s(?:is|was|called|named|-|–|:)\s(?:[Tt]he\s)?(\p{Lu}[\p{L}'’&-]+(?:\s(?:&\s|of\s|and\s)?\p{Lu}[\p{L}'’&-]+){0,3})/gu;
/** An HL7 message header line. */
const HL7_MSH_RE = /(?:^|\n)MSH\|[^\n]*/g;
/** The patient address field of an HL7 PID segment: street^other^city^state^postcode. */
// (the field may end its line: "|4 TANNER CT^^MAPLEWOOD^MN^55109\n")
const HL7_ADDRESS_RE = /\|((?:[^|^\n]*\^){3,5}[^|^\n]*\d[^|^\n]*)(?=\||\r?\n|$)/g;
/** The assigning facility of an HL7 record number, whose type is a medical record or a patient identifier: "^^^NLH^MR", "^^^CVK^PI". */
const HL7_ASSIGNING_FACILITY_RE = /\^\^\^([A-Z][A-Z0-9_-]{1,20})(?=\^(?:MR|PI)(?![A-Z]))/g;
/** An HL7 segment that names staff: a visit's doctors (PV1, PV2), an order's (ORC, OBR), the patient's own (PD1), a role's, a document's. */
const HL7_STAFF_SEGMENT_RE = /(?:^|[\r\n])(?:PV1|PV2|ORC|OBR|PD1|ROL|TXA|PRD)\|[^\r\n]*/g;
/** A person's number before the family and given name in such a segment: "|1-04477^BOUCHARD^LUC", "|C4417^BELL^ANDREW^^^^DR". */
const HL7_STAFF_ID_RE = /[|~]([A-Za-z0-9-]{3,12})(?=\^\p{Lu}[\p{L}'’-]+\^\p{Lu})/gu;
/** An HL7 segment that holds a person's address, and the address's field in it: PID-11, NK1-4. */
const HL7_ADDRESS_SEGMENT_RE = /(?:^|[\r\n])(PID|NK1)\|[^\r\n]*/g;
const HL7_ADDRESS_FIELD: Record<string, number> = { PID: 11, NK1: 4 };
/** Last parts of compounds that make an ordinary word of a name: "Rose-coloured", "Addison-like". */
/** Who a department serves ("Patient Services", "Staff Health Unit", "Elderly Care"): no place's name. */
const PEOPLE_SERVED = new Set('patient patients staff elderly older adult adults employee employees student students member members customer customers public refugee refugees veteran'.split(' '));
/** The last word of a team or a desk written where a person's name goes. */
const SERVICE_WORDS = new Set('service services unit dept department desk line team referrals referral officer office opd clinic clinics ward admin administration helpdesk support bookings booking enquiries inbox'.split(' '));
const STREET_LEADS = new Set('upper lower great little old new north south east west high'.split(' '));
const NAME_ARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ibn', 'bin', 'ben', 'abu', 'bint']);
/** Short words that join the parts of a place's name: "Craig-y-Don", "Stoke-on-Trent", "Aix-en-Provence". */
const PLACE_JOINERS = new Set(['y', 'on', 'upon', 'le', 'la', 'les', 'de', 'du', 'des', 'en', 'sur', 'sous', 'am', 'an', 'der', 'di', 'of', 'in', 'under', 'by', 'the']);
/** Prefixes that make a word of what follows them: "Post-splenectomy", "Pre-fall", "Co-pay", "Non-verbal". */
const HYPHEN_PREFIXES = new Set('pre post co non anti sub re semi multi self mid ex inter intra trans over under un bi tri peri para pseudo neo hyper hypo micro macro auto counter extra ultra'.split(' '));
const DAY_ABBREVIATIONS = new Set('mon tue tues wed weds thu thur thurs fri sat sun'.split(' '));
const HYPHEN_WORD_ENDINGS = new Set('coloured colored like shaped style type based free related induced associated positive negative sized bag sparing dependent resistant sensitive specific proof friendly led driven speaking speaker speakers dolmetscher dolmetscherin interpreter ish'.split(' '));
/** German function words: a text with several of them is German. */
/** How GERMAN_WORD_RE's matches start, in lower case. */
const GERMAN_WORD_FIRSTS = ['und', 'der', 'die', 'das', 'mit', 'für', 'bei', 'nach', 'nicht', 'wurde', 'seit', 'ein', 'auf', 'zur', 'zum', 'vom'];
const GERMAN_WORD_RE = /\b(?:und|der|die|das|mit|für|bei|nach|nicht|wurde|seit|eine?|auf|zur|zum|vom)\b/g;
const GERMAN_WORDS_RE = /\b(?:und|der|die|das|mit|für|bei|nach|nicht|wurde|seit|eine?|einer|einem|eines|auf|zur|zum|vom|im|ist|sich|bis|oder|keine?|bitte|ggf|bzw|sowie|wird|werden|sind|über|Sehr geehrte[rn]?)\b/g;
/** Words for a person, after which a capitalised word in German text is a name: "Tochter Anke", "Herr Wendler". */
const GERMAN_PERSON_CUES = new Set(['herr', 'herrn', 'frau', 'dr', 'patient', 'patientin', 'pat', 'sohn', 'tochter', 'ehemann', 'ehefrau', 'schwester', 'bruder', 'vater', 'mutter', 'kollege', 'kollegin']);
const GERMAN_PREPOSITIONS = new Set(['mit', 'an', 'von', 'bei', 'für']);
const GERMAN_NOUN_ENDING_RE = /(?:ung|heit|keit|schaft|tion|ie|ik|ur|en|in|er|e|um|nis|tät|ose|itis|al|at|arzt|dienst|ärztin|mar|ar)$/;
/** Field labels written in capitals: never part of the value after them. */
const LABEL_ACRONYMS = new Set('CEP PLZ ZIP CP NPA'.split(' '));
/** City names written as acronyms. */
const CITY_ACRONYMS = new Set(['CDMX', 'CABA', 'NYC', 'HCMC', 'KL', 'BKK']);
/** A character of kana, Han or Hangul. */
export const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** A name in Han (one to four characters) or Hangul (two to four syllables). */
const CJK_NAME_RE = /^(?:[\u3400-\u9fff]{1,4}|[\uac00-\ud7af]{2,4})$/;
/** The common Chinese and Korean family names (the first character or syllable of a name). */
const CJK_FAMILY_NAMES = '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯欧歐温溫柯庄莊关關洪翁游甘傅施康伍邱霍凌卓戚岳萧蕭佘김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용';
/** How a token that is KOREAN_ROMAN_NAME_RE's given name starts, for a gate. */
const KOREAN_GIVEN_NAME_START_RE = /^[A-Z][a-z]{1,4}-[a-z]/;
const KOREAN_ROMAN_NAME_RE = /\b(?:Kim|Lee|Yi|Park|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|Han|Oh|Seo|Suh|Shin|Sin|Kwon|Hwang|Ahn|An|Song|Yoo|Yu|Ryu|Hong|Jeon|Jun|Ko|Go|Moon|Mun|Yang|Son|Bae|Baek|Paik|Heo|Huh|Nam|Noh|Roh|Ha|Kwak|Sung|Seong|Cha|Joo|Ju|Woo|Min|Na|Jin|Eom|Um|Chae|Won|Cheon|Bang|Gong|Hyun)\s([A-Z][a-z]{1,4}-[a-z]{1,4})\b/g;
/** One syllable of romanised Korean: an optional initial, a vowel, an optional final ("ji", "hoon", "eun", "young"). */
const KOREAN_SYLLABLE_RE = /^(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhy])?(?:wae|yae|yeo|eo|eu|ae|oe|ui|wa|we|wi|wo|ya|ye|yo|yu|oo|ou|ee|a|e|i|o|u)(?:ng|[kntlmp])?$/;
/** A Thai title (นาย, นาง, นางสาว, น.ส., ด.ช., ด.ญ., พญ., นพ., ผศ., รศ., ศ.), then a given name and a family name. */
// (at a word's start; not "นางพยาบาล", a nurse; words of at most 40 letters, so a text without spaces is no search)
const THAI_NAME_RE = /(?<![\u0E00-\u0E7F])(?:นางสาว|นาย|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.|พญ\.|นพ\.|ผศ\.|รศ\.|ศ\.)(?!พยาบาล)\s?([\u0E00-\u0E7F]{1,40}\s[\u0E00-\u0E7F]{1,40})(?![\u0E00-\u0E7F])/g;
/** The common Japanese family names, before a given name after a space: "佐藤 健一", "橋本 恵子". */
const JAPANESE_FAMILY_NAMES = new Set('佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 斉藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 木下 野口 松尾 菊地 野村 新井 渡部'.split(' '));
/** Characters of clinical and everyday words that are no part of a name ("高血压", "黄疸", "白细胞"). */
const CJK_NOT_NAME_RE = /[病症炎癌瘤壓压疸科院药藥素血痛酸糖尿肝腎肾肺心脑腦胃肠腸骨部室期性者号號日月年时時分岁歳医醫师師診诊疗療检檢查区區市县縣省镇鎮村街路毒菌剂劑片针針液术術検査胞色案膏型度量率値值检測测試试験验結结果]|^(?:女|男|患者|医生|护士|護士|先生|女士|姓名|환자|보호자|선생님|할머니|할아버지|간호사|교수|의사)$/;
/** Honorifics written onto a name: "小林さん", "刘女士", "김지은님". */
const CJK_HONORIFIC_END_RE = /(?:女士|先生|医生|医師|さん|様|先生|氏|くん|ちゃん|선생님|님|씨)$/;
/** Honorifics written after a name, as their own word: "김지은 선생님", "최영자 할머니". */
const CJK_HONORIFICS = new Set(['선생님', '님', '씨', '할머니', '할아버지', '교수님', '교수', '간호사', '女士', '先生', '医生', '医師', '様', 'さん', '氏', '君']);
/** Labels before a name: "患者 王秀英", "姓名 Name: 陈美玲", "医生: 黄志强", "Resident: 최영자". */
const CJK_NAME_LABELS = new Set(['患者', '姓名', '医生', '醫生', '医師', '院長', '院长', '主治医', '主治医師', '担当医', '护士', '護士', '환자', '보호자', '간호사', '담당의', 'name', 'patient', 'resident', 'pt', 'dr', 'prof', 'nurse', 'wife', 'husband', 'son', 'daughter', 'mom', 'mother', 'father', 'dad', 'manager']);
/** A bracket of Han, kana or Hangul, with the katakana middle dot: "(グエン・ヴァン・フン)". */
const CJK_BRACKET_RE = /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af・·\s]+$/;
/** Han / kana / Hangul words for hospitals, clinics, schools and administrative places. */
const CJK_PLACE_RE = /(?:病院|医院|醫院|診療所|診所|诊所|クリニック|大学|大學|学校|學校|区|區|市|町|村|県|縣|鄉|鎮|都|府|道|병원|의원|대학교|학교|구|시|동|읍|면|리)/;
/** Words that hold a place's character and name no place: a campus, a community, a ward, a region. */
const CJK_GENERIC_PLACES = new Set(['院區', '院区', '社區', '社区', '地區', '地区', '病區', '病区', '小區', '小区', '市民', '都市', '大学', '大學', '学校', '學校', '病院', '医院', '醫院']);
/** The numbered parts after a Chinese address's street: "96巷13號5樓". */
const CJK_ADDRESS_TAIL_RE = /^(?:\d{1,4}[巷弄號号樓楼室段F])+/u;
/** Suffixes of a named facility that also end generic words ("救急センター"): the name needs two characters before them. */
const CJK_FACILITY_RE = /^(?!(?:救急|医療|保健|介護|支援|相談|健康|福祉|療育|応急|地域|응급|의료|보건|건강|복지|상담|지역))[\u30a0-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,12}?(?:センター|保健所|株式会社|요양원|센터|보건소)/;
/** A Korean road and its building number: "정자일로 95", "테헤란로 123". */
const KOREAN_ROAD_RE = /^[\uac00-\ud7af]{1,10}(?:대로|로|길)$/;
/** One bit per word set above, so that a token is looked up once for all of them (Token.kind). */
type Kind = 'HEAD' | 'ORG_CUES' | 'GENERIC_ORG_WORDS' | 'FACILITY_NOUNS_LOWER' | 'PARTICLES' | 'ORG_PARTICLES' | 'RELATIONS' | 'US_STATES' | 'LARGE_AREAS' | 'HOSPITAL_FIRST' | 'CREDENTIALS' | 'FUNCTION_WORDS' | 'TITLES' | 'WEAK_TITLES' | 'FOREIGN_TITLES' | 'FOREIGN_WEAK_TITLES' | 'LOWER_NAME_CUES' | 'VENUE_STOP' | 'ROLE_WORDS' | 'SPECIALTY_WORDS' | 'ADDRESS_LABELS' | 'FAMILY' | 'WEAK_PREPS' | 'INTRO_LABEL' | 'LOWER_NAME_VERB_AFTER' | 'STREET_WORDS' | 'SAINT_MOUNT' | 'BRANDS' | 'TITLE_DEGREES' | 'VOCATIVE_NEXT' | 'CALENDAR';
const K = {} as Record<Kind, number>;
const KIND = new Map<string, number>();
{
  const sets: [Kind, Iterable<string>][] = [
    ['ORG_CUES', ORG_CUES],
    ['GENERIC_ORG_WORDS', GENERIC_ORG_WORDS],
    ['FACILITY_NOUNS_LOWER', FACILITY_NOUNS_LOWER],
    ['PARTICLES', PARTICLES],
    ['ORG_PARTICLES', ORG_PARTICLES],
    ['RELATIONS', RELATIONS],
    ['US_STATES', US_STATES],
    ['LARGE_AREAS', LARGE_AREAS],
    ['HOSPITAL_FIRST', HOSPITAL_FIRST],
    ['CREDENTIALS', CREDENTIALS],
    ['FUNCTION_WORDS', FUNCTION_WORDS],
    ['TITLES', TITLES],
    ['WEAK_TITLES', WEAK_TITLES],
    ['FOREIGN_TITLES', FOREIGN_TITLES],
    ['FOREIGN_WEAK_TITLES', FOREIGN_WEAK_TITLES],
    ['LOWER_NAME_CUES', LOWER_NAME_CUES],
    ['VENUE_STOP', VENUE_STOP],
    ['ROLE_WORDS', ROLE_WORDS],
    ['SPECIALTY_WORDS', SPECIALTY_WORDS],
    ['ADDRESS_LABELS', ADDRESS_LABELS],
    ['FAMILY', FAMILY],
    ['WEAK_PREPS', WEAK_PREPS],
    ['INTRO_LABEL', INTRO_LABEL],
    ['LOWER_NAME_VERB_AFTER', LOWER_NAME_VERB_AFTER],
    ['STREET_WORDS', STREET_WORDS],
    ['SAINT_MOUNT', SAINT_MOUNT],
    ['BRANDS', BRANDS],
    ['TITLE_DEGREES', TITLE_DEGREES],
    ['VOCATIVE_NEXT', VOCATIVE_NEXT],
    ['CALENDAR', [...MONTH_SET, ...WEEKDAYS, ...WEEKDAY_ABBR]],
    // a plural head noun counts too: "Graves diseases", "Babinski signs"
    ['HEAD', [...MEDICAL_HEADS].flatMap((w) => (w.length >= 4 ? [w, `${w}s`] : [w]))],
  ];
  sets.forEach(([name, words], i) => {
    K[name] = 1 << i;
    for (const w of words) KIND.set(w, (KIND.get(w) ?? 0) | (1 << i));
  });
}
/** Word sets of the words that end an organisation's or facility's name: "Hospital", "Clinic", "Centre", "School". */
export const PLACE_HEAD_KINDS = K.ORG_CUES | K.GENERIC_ORG_WORDS;
/** The word set of the head nouns that follow an eponym: "Finnegan score", "Foley catheter" (Token.kind). */
export const MEDICAL_HEAD_KIND = K.HEAD;
/** Word sets of the titles before a name: "Dr", "Mrs", "Sgt", "Sister", "Herr". */
export const TITLE_KIND = K.TITLES | K.WEAK_TITLES | K.FOREIGN_TITLES | K.FOREIGN_WEAK_TITLES;
/** Word sets whose words go beside a name or place but are no part of one: "Dr", "of", "mum", "MD", "May", "syndrome". */
export const BESIDE_NOT_PART_KINDS = K.TITLES | K.WEAK_TITLES | K.FOREIGN_TITLES | K.FOREIGN_WEAK_TITLES | K.FUNCTION_WORDS | K.PARTICLES | K.RELATIONS | K.FAMILY | K.CREDENTIALS | K.ROLE_WORDS | K.CALENDAR | K.HEAD;
/** The entity word-set bits of a lowercase word (Token.kind). */
export function kindOf(word: string): number {
  return KIND.get(word) ?? 0;
}
/** Whether the token's lowercase form is in the word set with this bit (K.*); looks the token up once. */
export function hasKind(t: Token, bit: number): boolean {
  if (t.kind === -1) t.kind = KIND.get(t.lower) ?? 0;
  return (t.kind & bit) !== 0;
}

/** Whether a letter after the first is upper case (MoCA, HbA1c, McDonald). */
function hasInnerUpper(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127 && w[i] !== w[i]!.toLowerCase()) return true;
  }
  return false;
}

/** /[.!?]\s+$/ over the three characters before pos, without the slice. */
function sentenceEndBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  const stop = Math.max(0, pos - 3);
  if (i < stop || !/\s/.test(text[i]!)) return false;
  while (i > stop && /\s/.test(text[i - 1]!)) i--;
  const c = text[i - 1];
  return i - 1 >= stop && (c === '.' || c === '!' || c === '?');
}

/** A run of capitalised tokens (a class, not an object literal, for the reason of rules/context.ts TextToken). */
class Run {
  constructor(
    public toks: Token[],
    public start: number,
    public end: number,
  ) {}
}

const CAPS_FUNCTION_WORDS = new Set('of and the at in on for to with by de la le du des del della da di van von der den y e et upon'.split(' '));
const CAPS_WORD_RE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’-]*(?![\p{L}\p{N}])/gu;

/**
 * ALL-CAPS lines (forms, headers, whiteboards) carry no case signal. Their words are
 * title-cased (acronyms, genes and clinical abbreviations stay upper case, function words go
 * lower case), other lines are blanked, and the address and entity rules run again on that
 * text with the same offsets: "ADDRESS: FLAT 2, 17 MOSELEY ROAD" reads as "Address: Flat 2,
 * 17 Moseley Road".
 */
function capsLinePass(ctx: Ctx, covered: Uint8Array): void {
  const { text, lex } = ctx;
  if (!/\p{Lu}{3}[^\p{Ll}\n]*?\p{Lu}{3}/u.test(text)) return;
  // find the caps lines first (most texts have none: nothing else is built)
  const lines: [number, number][] = [];
  for (let ls = 0; ls <= text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const line = text.slice(ls, le);
    if (!/\p{Ll}/u.test(line) && /\p{Lu}{3}[^\n]*?\p{Lu}{3}/u.test(line)) lines.push([ls, le]);
    ls = le + 1;
  }
  if (lines.length === 0) return;
  let out = '';
  let at = 0;
  for (const [ls, le] of lines) {
    out += text.slice(at, ls).replace(/[^\s]/g, ' ');
    const line = text.slice(ls, le);
    const conv = line.replace(CAPS_WORD_RE, (w) => {
      const l = w.toLowerCase();
      if (CAPS_FUNCTION_WORDS.has(l)) return l;
      const name = lex.firstNames.has(l) || lex.lastNames.has(l) || lex.placeSingle.has(l);
      if ((lex.genes.has(l) || lex.clinical.has(l) || SPECIAL_ACRONYMS.has(w) || US_STATE_ABBR.has(w) || CREDENTIALS.has(l)) && !(name && w.length >= 4)) return w;
      if (w.length <= 3 && !name && !lex.english.has(l) && !TITLES.has(l)) return w;
      return l.replace(/(^|[-'’])(\p{Ll})/gu, (_m, a: string, c: string) => a + c.toUpperCase());
    });
    out += conv.length === line.length ? conv : line.replace(/[^\s]/g, ' ');
    at = le;
  }
  out += text.slice(at).replace(/[^\s]/g, ' ');
  const before = ctx.findings.length;
  let lower: string | undefined;
  const sub: Ctx = { text: out, get lower() { return (lower ??= out.toLowerCase()); }, lex, tokens: tokenize(out), findings: ctx.findings, add: (s, e, t, c, r) => ctx.add(s, e, t, c, r + '/caps') };
  addressRules(sub);
  for (let i = before; i < ctx.findings.length; i++) {
    const f = ctx.findings[i]!;
    if (f.confidence >= 0.75) covered.fill(1, f.start, f.end);
  }
  entityRules(sub, covered, true);
}

export function entityRules(ctx: Ctx, covered: Uint8Array, nested = false): void {
  if (!nested) capsLinePass(ctx, covered);
  const { text, lex, tokens } = ctx;

  const F = (t: Token) => tokenFlags(lex, t);
  // a text with two everyday words of another language in lower case is written at least partly in that language
  // (asked of few words: counted once, on first use)
  let foreignTextMemo: boolean | undefined;
  const isForeignText = (): boolean => {
    if (foreignTextMemo === undefined) {
      let n = 0;
      for (const t of tokens) if (!t.cap && !t.upper && lex.foreign.has(t.lower) && ++n >= 2) break;
      foreignTextMemo = n >= 2;
    }
    return foreignTextMemo;
  };
  const isEnglish = (t: Token) => {
    if (F(t) & W_ENGLISH) return true;
    // ("Sila ay...", "Ada demam.": a word of another language that is also a name opens the sentence as a word, in a text
    // written in that language; "Abril was seen in clinic today" is someone)
    if (t.sentenceStart && lex.foreignLower.has(t.lower) && isForeignText()) return true;
    // "Rose-coloured", "Brown-bag", "Graves-like": a compound ending in an ordinary word is an ordinary word
    // ("Post-mortem", "Pre-fall", "Co-pay": a prefix makes a word; "Mon-Thu": days)
    if (t.hyphen) {
      const parts = t.lower.split('-');
      return parts.every((p) => lex.english.has(p) || DAY_ABBREVIATIONS.has(p)) || HYPHEN_WORD_ENDINGS.has(parts[parts.length - 1]!) || (HYPHEN_PREFIXES.has(parts[0]!) && parts.length === 2 && !lex.firstNames.has(parts[1]!));
    }
    return false;
  };
  const afterTitle = (t: Token) => {
    const p = tokens[t.index - 1];
    return !!p && (hasKind(p, K.TITLES) || hasKind(p, K.RELATIONS) || hasKind(p, K.FOREIGN_TITLES)) && /^\.? {1,2}$/.test(text.slice(p.end, t.start));
  };
  /** Drugs, organisms, gene symbols and clinical acronyms: never a name or place. */
  const isMedical = (t: Token) => {
    const f = F(t);
    if (f & (W_DRUG | W_GENUS)) return true;
    if (t.upper && f & (W_GENE | W_CLINICAL)) return true;
    if (!t.upper && f & W_CLINICAL && !(f & (W_FIRST | W_LAST | W_PLACE))) return true;
    // a scale with its score: "Epworth 15", "Borg RPE 12" (Epworth and Borg are also a town and a surname)
    if (f & W_CLINICAL) {
      const n = tokens[t.index + 1];
      // (not before an age: "Jones 91 yo NOF" is a person of 91)
      if (n && (n.num || (n.upper && lex.clinical.has(n.lower))) && /^(?: {1,2}| ?[:=] ?)$/.test(text.slice(t.end, n.start)) && !(n.num && /^ ?(?:yo|y\/o|years? old)\b/.test(text.slice(n.end, n.end + 10)))) return true;
    }
    // a trial's acronym with its number: "MARIPOSA-2", "KEYNOTE-189"
    if (t.upper && t.text.length >= 4 && /^-\d/.test(text.slice(t.end, t.end + 2))) return true;
    // an eponym as French, Portuguese and Spanish write it, after its head and "de": "sonde de Foley", "valvule de Bauhin",
    // "score de Blantyre", "protocole de Zuspan", "sinal de Murphy" (a given name only when it is a listed eponym: "le test de Marie" is hers)
    if (t.cap && t.start > 4 && (!(f & W_FIRST) || (f & W_EPONYM) !== 0) && (codeAt(text, t.start - 1) === 32 || codeAt(text, t.start - 1) === 39 || codeAt(text, t.start - 1) === 0x2019) && ROMANCE_OF_RE.test(text.slice(Math.max(0, t.start - 5), t.start)) && ROMANCE_EPONYM_HEAD_RE.test(text.slice(Math.max(0, t.start - 26), t.start))) return true;
    // a brand in brackets after its drug: "tirzepatide (Zepbound)"
    if (t.cap && codeAt(text, t.start - 1) === 40) {
      const p = tokens[t.index - 1];
      if (p && p.end === t.start - 2 && (F(p) & W_DRUG) !== 0) return true;
    }
    // a brand no list holds, known by its dose or form: "Glycomet 500 BD", "Madopar 62.5mg", "Mixtard 30/70", "Cap Risek"
    // (never a known name or a word after a title: "Gave Sarah 500mg", "Mrs Khan SR on monitor", "Dr Patel 6/52")
    if ((t.cap || t.upper) && !(f & (W_FIRST | W_LAST)) && !afterTitle(t)) {
      // (speed: a dose starts with a digit or a bracket, a release form with a capital, one or two characters on)
      const c1 = codeAt(text, t.end);
      const c2 = codeAt(text, t.end + 1);
      if (((c1 >= 48 && c1 <= 57) || c1 === 40 || c1 === 41 || (c1 === 32 && ((c2 >= 48 && c2 <= 57) || c2 === 40))) && DOSE_AFTER_RE.test(text.slice(t.end, t.end + 16))) return true;
      if (c1 === 32 && c2 >= 65 && c2 <= 90 && RELEASE_AFTER_RE.test(text.slice(t.end, t.end + 8))) return true;
      const p = tokens[t.index - 1];
      if (p && DOSE_FORMS.has(p.lower) && /^\.? $/.test(text.slice(p.end, t.start))) return true;
    }
    if (t.hyphen) {
      const parts = t.text.split('-');
      // (but a place joined by a short word is a place: "Craig-y-Don", "Stoke-on-Trent", "Aix-en-Provence")
      const placeJoin = parts.length >= 3 && /^\p{Lu}\p{Ll}{2,}$/u.test(parts[0]!) && /^\p{Lu}\p{Ll}{2,}$/u.test(parts[parts.length - 1]!) && parts.slice(1, -1).every((p) => PLACE_JOINERS.has(p));
      // ("al-Hariri", "el-Sayed": an Arabic article before a name)
      const particleName = parts.length === 2 && NAME_ARTICLES.has(parts[0]!) && /^\p{Lu}\p{Ll}/u.test(parts[1]!);
      // ("Young-ja", "Eun-ji": a Korean given name's second syllable is no Port-a-cath's "a")
      const koreanGiven = parts.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(parts[0]!) && /^\p{Ll}{2}$/u.test(parts[1]!);
      if (!placeJoin && !particleName && !koreanGiven && (parts.some((p) => /^\p{Ll}/u.test(p) && p.length <= 2) || (parts[0]!.length === 1 && parts.length > 1))) return true; // Port-a-cath, X-ray, T-cell
      // Wolff-Parkinson-White (but Marie-Claude, whose parts are eponyms too, is a given name)
      // (and a double-barrelled surname after a given name is a person's: "Jade Nakamura-Ellis")
      const prev = tokens[t.index - 1];
      const afterGiven = parts.length === 2 && !!prev && prev.cap && text.slice(prev.end, t.start) === ' ' && (F(prev) & W_FIRST) !== 0 && !(F(prev) & W_EPONYM);
      if (parts.every((p) => lex.eponyms.has(p.toLowerCase())) && !parts.every((p) => lex.firstNames.has(p.toLowerCase())) && !afterGiven) return true;
      if (parts.some((p) => p.length >= 2 && p === p.toUpperCase() && /[A-Z]/.test(p)) && !(t.upper && parts.every((p) => p.length >= 4 && !lex.genes.has(p.toLowerCase()) && !lex.clinical.has(p.toLowerCase())))) return true; // MSI-high, HER2-positive (not OKONKWO-BRIGHT)
      return parts.some((p) => lex.drugs.has(p.toLowerCase()) || lex.genera.has(p.toLowerCase()));
    }
    return false;
  };
  const isEponym = (t: Token) => (F(t) & W_EPONYM) !== 0 || (t.hyphen && t.lower.split('-').some((p) => lex.eponyms.has(p)));
  const isCalendar = (t: Token) => hasKind(t, K.CALENDAR);
  const isFirst = (t: Token) => (F(t) & W_FIRST) !== 0 || (t.hyphen && t.lower.split('-').every((p) => lex.firstNames.has(p)));
  const isLast = (t: Token) => (F(t) & W_LAST) !== 0 || (t.hyphen && t.lower.split('-').some((p) => lex.lastNames.has(p)));
  const isPlaceWord = (t: Token) => (F(t) & W_PLACE) !== 0;
  /** A place name that is not also an ordinary word (Mobile, Reading, Hope need context). */
  const isClearPlace = (t: Token) => isPlaceWord(t) && !isEnglish(t) && !hasKind(t, K.LARGE_AREAS) && !hasKind(t, K.US_STATES);
  /** Medical, calendar, or a title, credential, organisation word, relation or large area: never a name on its own. */
  const isVocabulary = (t: Token) => isMedical(t) || isCalendar(t) || hasKind(t, K.TITLES | K.CREDENTIALS | K.ORG_CUES | K.RELATIONS | K.LARGE_AREAS | K.US_STATES);
  const nextTok = (t: Token | undefined, k = 1) => (t ? tokens[t.index + k] : undefined);
  const prevTok = (t: Token | undefined, k = 1) => (t && t.index - k >= 0 ? tokens[t.index - k] : undefined);
  const isHead = (t: Token) => hasKind(t, K.HEAD);
  /** "Anna Walker", "Kiri Ring": a surname after a given name, not a walking frame after an eponym. */
  const surnameAfterGiven = (t: Token, n: Token) => n.cap && (F(n) & W_LAST) !== 0 && isFirst(t) && !isEponym(t);
  /** Followed (directly, after a possessive, or after one modifier) by a medical head noun. */
  // memoised per token: several rules ask it of the same token
  const headAfterMemo = new Int8Array(tokens.length);
  /** "Factor V Leiden", "factor II Cambridge": a clotting factor's variant named after a town. */
  const afterFactor = (t: Token): boolean => /\bfactor\s+[IVX]{1,4}\s$/i.test(text.slice(Math.max(0, t.start - 14), t.start));
  const medicalHeadAfter = (t: Token): boolean => {
    const m = headAfterMemo[t.index];
    if (m) return m === 2;
    const v = headAfter(t);
    headAfterMemo[t.index] = v ? 2 : 1;
    return v;
  };
  // "dad Wes Frost cell 417-555-0156": a phone, not a Frost cell
  const isHeadHere = (n: Token) => isHead(n) && !(n.lower === 'cell' && /^[\s:#]*[+(]?\d/.test(text.slice(n.end, n.end + 5)));
  const headAfter = (t: Token) => {
    const n = nextTok(t);
    if (!n) return false;
    const g = text.slice(t.end, n.start);
    // (not across a line break: "Ealing\nGreen zone")
    // (a column gap is no phrase: "Valley View Endoscopy Center   Procedure date")
    if (!/^['’]? ?$/.test(g) && g !== '-') return false;
    if (isHeadHere(n) && !surnameAfterGiven(t, n)) return true;
    // a device's size as the head: "Foley 14 Fr", "Foley 16Fr", "Sengstaken 18 Ch"
    if (n.num && g === ' ' && /^ ?(?:Fr|FG|Ch|French|gauge)(?![\p{L}])/u.test(text.slice(n.end, n.end + 8))) return true;
    // a clinical acronym as the head: "Palin PCI", "Mallampati III"
    if (n.upper && n.text.length >= 2 && g === ' ' && lex.clinical.has(n.lower)) return true;
    // one modifier in between: "Westley croup score", "McDonald 2017 criteria"
    const n2 = nextTok(n);
    // (a verb is no modifier: "Wife Peggy shown techniques")
    return !!n2 && text.slice(n.end, n2.start) === ' ' && !hasKind(n, K.FUNCTION_WORDS) && !VERBS_NOT_MODIFIERS.has(n.lower) && isHeadHere(n2);
  };
  const isCovered = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (covered[i]) return true;
    return false;
  };
  const emit = (s: number, e: number, type: PhiType, conf: number, rule: string) => {
    ctx.add(s, e, type, conf, rule);
    covered.fill(1, s, e);
  };

  const nameSeeds = new Map<string, number>();
  const placeSeeds = new Map<string, number>();
  const nameEnds: number[] = [];
  const placeEnds: number[] = ctx.findings.filter((f) => f.type === 'LOCATION').map((f) => f.end);
  const seedName = (t: Token, conf: number) => {
    if (t.text.length > 2 && !isMedical(t) && !hasKind(t, K.CREDENTIALS) && !(isEnglish(t) && !isFirst(t) && !isLast(t)))
      nameSeeds.set(t.lower, Math.max(nameSeeds.get(t.lower) ?? 0, conf));
  };

  /**
   * A given name that is also a word, capitalised alone in the middle of a lower-case sentence ("swapped with Rose
   * for nights", "say hi to Tom"): a person. Not after an article ("the Grant"), not before a number ("Ward 5"),
   * not in German, where every noun is capitalised.
   */
  const wordNameMidSentence = (t: Token): boolean => {
    if (german || lex.properWords.has(t.lower) || SEXES.has(t.lower) || t.lower === 'royal' || (SEASONS.has(t.lower) && /\b(?:in|during|over|through|since|until|last|next|this|and|or)\s$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) || hasKind(t, K.LARGE_AREAS) || hasKind(t, K.US_STATES) || hasKind(t, K.TITLES) || hasKind(t, K.RELATIONS) || hasKind(t, K.ORG_CUES) || hasKind(t, K.CREDENTIALS)) return false;
    // (in a sentence, on the line of the word before: not a checkbox or a form's label, "[ ] Will the patient", "Ward: __")
    const p = prevTok(t);
    if (!p || p.cap || p.upper || p.num || ARTICLES.has(p.lower) || /\n/.test(text.slice(p.end, t.start))) return false;
    const n = nextTok(t);
    if (n && (n.cap || n.upper || n.num) && /^[ \t]+$/.test(text.slice(t.end, n.start))) return false;
    // ("Pat. re-examined": an abbreviation)
    if (/^(?::|\. \p{Ll})/u.test(text.slice(t.end, t.end + 3))) return false;
    return lineHasLower(t.start);
  };
  /** A form's label, never a name: in a column ("Idade: 47", "Microscopia / Conclusão:") or before a number ("Reg. no. 2041"). */
  // (a colon's label is followed by a value - a figure, a capital, the line's end - and follows no time: "[10:42]  Oyelaran:
  // can you call" is a chat; a number's label is followed by the number: "Tried calling Oyelaran no answer" is not one)
  const formLabel = (t: Token): boolean =>
    (codeAt(text, t.end) === 58 && /(?:[ \t]{2}|\t|\/ ?)$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && /^:[ \t]*(?:[\d\p{Lu}(#]|\n|$)/u.test(text.slice(t.end, t.end + 4)) && !/\d:\d\d\]?[ \t]*$/.test(text.slice(Math.max(0, t.start - 10), t.start))) ||
    /^\.?\s?(?:no|nr|num|number)\b\.?\s*[:#]?\s*[\d#A-Z]/.test(text.slice(t.end, t.end + 14)) || /^\.?\s?(?:No|NO|Nr|NR|Number)\b\.?\s*[:#]?\s*[\d#A-Z]/.test(text.slice(t.end, t.end + 14)) ||
    // "MMC Reg. 2009/04/1187", "PRC Lic. 0062239", "Céd. Prof. 8821447", "KMPDC Reg A11873": a label's short form before its value
    LABEL_ABBREVIATIONS.has(t.lower) ||
    // ("Fall-Nr. 24178832", "Pat-ID: 1002"): a label's number word joined to it
    (t.hyphen && /-(?:nr|no|num|id)$/.test(t.lower) && /^\.?:?[ \t]*[\d#A-Z]/.test(text.slice(t.end, t.end + 6))) ||
    (LABEL_ABBREVIATIONS_BEFORE_VALUE.has(t.lower) && LABEL_VALUE_AFTER_RE.test(text.slice(t.end, t.end + 12)));
  /** Whether the line holding `pos` has a lower-case letter (line starts computed once, then a binary search). */
  let lineStarts: number[] | undefined;
  const lineLower = new Map<number, boolean>();
  // German capitalises every noun: in German text a capitalised word alone is no sign of a name
  const german = matchesAtWordStarts(ctx, GERMAN_WORD_RE, GERMAN_WORD_FIRSTS).length > 0 && (text.match(GERMAN_WORDS_RE)?.length ?? 0) >= 4;
  /**
   * In German text, where every noun has a capital, a capitalised word is a name only after a word for a person ("Herr",
   * "Tochter") or, after a preposition, when it ends its clause and has no German noun's ending ("Rücksprache mit Nkemelu,",
   * "Befund an Oyelaran." but not "bei Schmerzen", "für Radiologie").
   */
  const germanPersonCue = (t: Token): boolean => {
    const p = prevTok(t);
    if (!p || !/^\s$/.test(text.slice(p.end, t.start))) return false;
    if (GERMAN_PERSON_CUES.has(p.lower)) return true;
    const next = text.charCodeAt(t.end);
    // (a comma, a full stop, a bracket or the line's end after it)
    // (or a word in lower case after it, which German gives no noun: "mit Nkemelu erfolgte")
    return GERMAN_PREPOSITIONS.has(p.lower) && (Number.isNaN(next) || next === 44 || next === 46 || next === 59 || next === 41 || next === 10 || /^ \p{Ll}/u.test(text.slice(t.end, t.end + 2))) && !GERMAN_NOUN_ENDING_RE.test(t.lower);
  };
  const lineHasLower = (pos: number): boolean => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    let v = lineLower.get(lo);
    if (v === undefined) {
      const end = lo + 1 < lineStarts.length ? lineStarts[lo + 1]! : text.length;
      v = /\p{Ll}/u.test(text.slice(lineStarts[lo]!, end));
      lineLower.set(lo, v);
    }
    return v;
  };
  // Each pass below is its own function: V8 never optimises a function over ~60 KB of bytecode,
  // and entityRules as one body is past that (it then runs 1.5x slower).
  // a labelled name typed in lower case: "client: oli", "name: frank gallagher", "nok: daughter carol", "gp: dr h. pryce";
  // the label makes a given name that is also a word a name ("yp: summer"), but not an ordinary word otherwise
  // ("from: reception", "re: discharge plan")
  const lowerLabelledName = (at: number): void => {
    // (after a label that addresses a message or names its matter, only names the lists know: "cc: frank gallagher",
    // not "to: gastro", "re: grace period", "cc: ward manager")
    const message = MESSAGE_LABEL_BEFORE_RE.test(text.slice(Math.max(0, at - 16), at));
    let i = tokenAt(tokens, at);
    const first = tokens[i];
    if (!first || first.start !== at || first.cap || first.upper || first.num) return;
    // (a relation or a title before the name: "daughter carol", "dr h. pryce")
    if ((hasKind(first, K.RELATIONS) || LOWER_TITLES.has(first.lower)) && tokens[i + 1] && /^\.? $/.test(text.slice(first.end, tokens[i + 1]!.start))) i++;
    let start = -1;
    let end = -1;
    for (let k = i; k < tokens.length && k < i + 3; k++) {
      const t = tokens[k]!;
      if (t.cap || t.upper || t.num || isCovered(t.start, t.end)) break;
      // (words of one name are one space apart; an initial's full stop is its own, not a sentence's: not "oli. will call")
      if (end >= 0 && text.slice(end, t.start) !== ' ') break;
      const initial = t.text.length === 1 && text[t.end] === '.';
      // (a word no list knows may be a name, unless it is shaped like a clinical one, "nephrology", "perinatal", or is a
      // department or abbreviation, "gastro", "sdec"; after a given name, any word no list knows: "milica radosavljevic")
      const unknownName =
        t.text.length >= 3 && /[aeiouy]/.test(t.lower) && !isEnglish(t) && !isMedical(t) && !lex.foreign.has(t.lower) && !DEPARTMENTS.has(t.lower) && !hasKind(t, K.SPECIALTY_WORDS) && !isAbbreviation(lex, t.text) &&
        (start >= 0 || (!MEDICAL_SUFFIX.test(t.lower) && !DRUG_SUFFIX.test(t.lower) && !CLINICAL_WORD_ENDING_RE.test(t.lower)));
      const nameLike = initial || isFirst(t) || isLast(t) || unknownName;
      if (!nameLike || isCalendar(t) || NOT_A_NAME_AFTER_LABEL.has(t.lower) || hasKind(t, K.FUNCTION_WORDS | K.ROLE_WORDS | K.TITLES | K.RELATIONS | K.FOREIGN_TITLES | K.FOREIGN_WEAK_TITLES) || (isMedical(t) && !isFirst(t))) break;
      // an ordinary word is a name only as the first word after the label, and only when it is also a given name
      if (isEnglish(t) && !(k === i ? isFirst(t) : isFirst(t) || isLast(t))) break;
      // (after a message's label a given name that is also a word needs a listed surname after it: "cc: frank gallagher")
      if (message) {
        const n = tokens[k + 1];
        const surnameNext = !!n && !n.cap && !n.upper && text.slice(t.end, n.start) === ' ' && isLast(n) && !isEnglish(n);
        if (!(isFirst(t) || isLast(t)) || (isEnglish(t) && !(k > i || surnameNext))) break;
      }
      if (start < 0) start = t.start;
      end = initial ? t.end + 1 : t.end;
    }
    // (an initial alone is no name here: "re: a. fib")
    if (start >= 0 && end - start > 2) emit(start, end, 'NAME', 0.75, 'name-label-lower');
  };
  // an acronym of three to six capitals that no list knows, nor a clinical, agency or state one: a hospital's or an employer's
  // initials, given a cue ("NNUH cath lab", "sent to CVS")
  const isUnknownAcronym = (t: Token): boolean =>
    t.upper && t.text.length >= 3 && t.text.length <= 6 && !isCovered(t.start, t.end) && !SPECIAL_ACRONYMS.has(t.text) && !isAbbreviation(lex, t.text) && !AGENCY_ACRONYMS.has(t.text) && !US_STATE_ABBR.has(t.text) && !isMedical(t) && !(F(t) & (W_ENGLISH | W_CLINICAL | W_GENE));
  const pass = (run: () => void): void => run();
  // ---- 0. Labelled fields: "Patient: X Y", "Employer: Great Lakes Steel"
  pass(() => {
    for (const at of labelledValues(text, NAME_LABEL_END)) {
      const v = NAME_VALUE_RE.exec(text.slice(at, at + 80));
      if (!v) {
        lowerLabelledName(at);
        continue;
      }
      let value = v[1];
      const vs = at + v[0].length - value!.length;
      // stop before credentials and organisation words
      const words = value!.split(/(?<=[\s,])/);
      let kept = '';
      for (const w of words) {
        const bare = w.replace(/[\s,.]+$/, '').toLowerCase();
        // (an organisation's word that is also a surname ends nothing: "D. Park", "Ann Church")
        if (CREDENTIALS.has(bare) || (ORG_CUES.has(bare) && !(kept && lex.lastNames.has(bare)))) break;
        kept += w;
      }
      // (dotted initials keep their last full stop: "R.K.")
      // ("FRANCIS X.": a middle initial keeps its full stop)
      value = INITIALS_RE.test(kept) || /[ \t]\p{Lu}\.$/u.test(kept.trimEnd()) ? kept.trimEnd() : kept.replace(/[\s,.]+$/, '');
      // "Imogen Saltmarsh, Harrowgate Rheumatology": a comma after a full name ends it
      const comma = value.indexOf(',');
      if (comma > 0 && /\s/.test(value.slice(0, comma).trim())) value = value.slice(0, comma);
      if (value.length < 2) continue;
      const ti = tokenAt(tokens, vs);
      const vt = tokens.slice(ti, tokenAt(tokens, vs + value.length));
      if (INITIALS_RE.test(value)) {
        // ("Re: T.B. contact tracing", "Present: B.P. high": after a subject line, abbreviations written with stops are
        // no initials; after "Signed:" or "Patient:" even P.T. and H.R. are someone's)
        const letters = value.replace(/[^\p{L}]/gu, '').toLowerCase();
        const subject = /\b(?:re|regarding|present|subject)\s*:\s*$/i.test(text.slice(Math.max(0, vs - 14), vs));
        if (!isCovered(vs, vs + value.length) && !(subject && (lex.clinical.has(letters) || lex.genes.has(letters) || SPECIAL_ACRONYMS.has(letters.toUpperCase()) || SIGNOFF_NOT_INITIALS.has(letters.toUpperCase()) || /^(?:tb|bp|mri|ae|ct|ecg|ekg|us|uk|usa|hr|rr|iv|im|sc|po|pr)$/.test(letters))))
          emit(vs, vs + value.length, 'NAME', 0.85, 'name-label-initials');
        continue;
      }
      if (vt.length === 0 || vt.some((t) => (isMedical(t) && !(t.upper && (isFirst(t) || isLast(t)))) || isCalendar(t)) || vt.every((t) => isEnglish(t) && !isFirst(t) && !isLast(t))) continue;
      // ("Physio: Daily", "Coach: Low intensity": after a service's label, an ordinary word is the plan, not the person)
      if (/\b(?:physio|physiotherapist|coach|trainer|dietitian|dietician|psychologist|counsell?or|chaplain)\s*:\s*$/i.test(text.slice(Math.max(0, vs - 20), vs)) && vt.every((t) => isEnglish(t) && !isFirst(t))) continue;
      // a team, not a person: "To: Diabetes Service", "From: Cardiology OPD", "Re: Billing Dept"
      if (vt.length >= 2 && SERVICE_WORDS.has(vt[vt.length - 1]!.lower) && !isFirst(vt[0]!)) continue;
      // ("NOK: Ngata Mother": the relation after the name is no part of it; "From: BN Surgeon" names no one)
      if (vt.length >= 2 && hasKind(vt[vt.length - 1]!, K.RELATIONS | K.ROLE_WORDS) && !isFirst(vt[0]!)) {
        vt.pop();
        if (!vt.some((t) => isFirst(t) || isLast(t) || (!isEnglish(t) && t.text.length >= 3))) continue;
        value = text.slice(vs, vt[vt.length - 1]!.end);
      }
      // ("Re: Brugada and fever", "Subject: Kawasaki query": after a subject line, an eponym that is no one's name is the disease)
      if (vt.every((t) => isEponym(t) && !isFirst(t) && !isLast(t)) && /\b(?:re|regarding|subject|topic)\s*:\s*$/i.test(text.slice(Math.max(0, vs - 14), vs))) continue;
      if (isCovered(vs, vs + value.length)) continue;
      emit(vs, vs + value.length, 'NAME', 0.9, 'name-label');
      nameEnds.push(vs + value.length);
      for (const t of vt) seedName(t, 0.85);
    }
    for (const vs of labelledValues(text, ORG_LABEL_END)) {
      const vm = ORG_VALUE_RE.exec(text.slice(vs, vs + 120));
      if (!vm) continue;
      const value = vm[0].replace(/[\s,.]+$/, '').replace(/(?:\s(?:of|and|the|on|upon))+$/, '');
      if (isCovered(vs, vs + value.length)) continue;
      const vt = tokens.slice(tokenAt(tokens, vs), tokenAt(tokens, vs + value.length));
      if ((vt.every((t) => isMedical(t) || hasKind(t, K.ORG_CUES) || hasKind(t, K.GENERIC_ORG_WORDS)) && !(vt.length >= 2 && vt.some((t) => hasKind(t, K.ORG_CUES)) && vt[0]!.cap)) || isMedical(vt[0]!) || vt.every((t) => SPECIAL_ACRONYMS.has(t.text))) continue;
      emit(vs, vs + value.length, 'LOCATION', 0.85, 'place-label');
      placeEnds.push(vs + value.length);
    }
  });
  // ---- Titles in other languages and title chains: "Herr Müller", "Smt. Lakshmi Devi",
  //      "Prof. Dr. med. Hans Weber", "Kuya Jun", "Dña. Pilar Ortega" (the title stays outside the span)
  pass(() => {
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i]!;
      if (!t.cap || (t.start > 0 && /[\p{L}\p{N}]/u.test(text[t.start - 1]!))) continue;
      const strong = hasKind(t, K.FOREIGN_TITLES) && !(t.lower === 'sr' && text[t.end] !== '.');
      const weak = !strong && hasKind(t, K.FOREIGN_WEAK_TITLES);
      const known = !strong && !weak && hasKind(t, K.TITLES) && !hasKind(t, K.WEAK_TITLES);
      if (!strong && !weak && !known) continue;
      // skip further titles and degree abbreviations: "Dr. med.", "Prof. Dr.", "PD Dr."
      let k = i + 1;
      let chained = false;
      while (k < tokens.length && /^\.?\s{1,2}$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
        const n = tokens[k]!;
        if ((hasKind(n, K.TITLES) && !hasKind(n, K.WEAK_TITLES) && n.cap) || hasKind(n, K.FOREIGN_TITLES) || (hasKind(n, K.TITLE_DEGREES) && text[n.end] === '.')) {
          k++;
          chained = true;
          continue;
        }
        break;
      }
      // plain English titles are handled by the run classifier unless a chain hid the name from it
      if (known && !chained) continue;
      const first = tokens[k];
      if (!first || !first.cap || !/^\.?\s{1,2}$/.test(text.slice(tokens[k - 1]!.end, first.start)) || isCovered(first.start, first.end)) continue;
      const okTok = (n: Token) => !isMedical(n) && !isCalendar(n) && !hasKind(n, K.ORG_CUES) && !hasKind(n, K.CREDENTIALS) && !hasKind(n, K.LARGE_AREAS) && !hasKind(n, K.US_STATES) && !hasKind(n, K.TITLES);
      if (!okTok(first)) continue;
      if (weak && !((isFirst(first) || isLast(first) || !isEnglish(first)) && !isClearPlace(first))) continue;
      let e = first.end;
      let j = k + 1;
      for (; j < tokens.length && j < k + 4; j++) {
        const n = tokens[j]!;
        const g = text.slice(e, n.start);
        const initialGap = g === '. ' && tokens[j - 1]!.text.length === 1;
        if (!(g === ' ' || g === '-' || initialGap) || !n.cap || !okTok(n) || (isEnglish(n) && !isFirst(n) && !isLast(n))) break;
        e = n.end;
      }
      // "Sri Venkateswara Multispeciality Hospital", "Sri Sai Community Hall": a place named after a person or a deity
      let c = j;
      while (c < tokens.length && c < j + 3 && text.slice(tokens[c - 1]!.end, tokens[c]!.start) === ' ' && tokens[c]!.cap && !hasKind(tokens[c]!, K.ORG_CUES) && (hasKind(tokens[c]!, K.GENERIC_ORG_WORDS) || !isEnglish(tokens[c]!))) c++;
      const cue = tokens[c];
      if (cue && cue.cap && hasKind(cue, K.ORG_CUES) && text.slice(tokens[c - 1]!.end, cue.start) === ' ') {
        emit(t.start, cue.end, 'LOCATION', 0.85, 'org-named-after');
        placeEnds.push(cue.end);
        i = c;
        continue;
      }
      covered.fill(1, t.start, first.start);
      emit(first.start, e, 'NAME', 0.9, 'name-title-intl');
      nameEnds.push(e);
      for (let q = k; q < j; q++) seedName(tokens[q]!, 0.85);
      i = j - 1;
    }
  });
  // ---- 1. Build runs of capitalised tokens
  // (a litre or a catheter's size after its number is no initial: "fluid restriction 1 L. Na now 121", "on 6 L. Son Mishal",
  // "16 Ch Foley"; but a bed's number can come before a patient's initial, "Bed 4 L. Smith")
  const unitAfterNumber = (t: Token) =>
    (t.text === 'L' || t.text === 'Ch' || t.text === 'Fr') && codeAt(text, t.start - 1) === 32 && /\d/.test(text[t.start - 2] ?? '') && !BED_NUMBER_BEFORE_RE.test(text.slice(Math.max(0, t.start - 16), t.start));
  const runs: Run[] = [];
  let cur: Token[] = [];
  const pushRun = (toks: Token[]) => {
    while (toks.length && !toks[toks.length - 1]!.cap) toks.pop();
    while (toks.length && !toks[0]!.cap) toks.shift();
    if (toks.length) runs.push(new Run(toks, toks[0]!.start, toks[toks.length - 1]!.end));
  };
  const flush = () => {
    // "Emeka and Ngozi Chukwu": without an organisation word, "and"/"of" separate two runs
    if (cur.some((t) => hasKind(t, K.ORG_PARTICLES)) && !cur.some((t) => hasKind(t, K.ORG_CUES) || hasKind(t, K.HOSPITAL_FIRST))) {
      let part: Token[] = [];
      for (const t of cur) {
        if (hasKind(t, K.ORG_PARTICLES)) {
          pushRun(part);
          part = [];
        } else part.push(t);
      }
      pushRun(part);
    } else pushRun(cur);
    cur = [];
  };
  for (const t of tokens) {
    let capLike = t.cap && !t.num;
    if (capLike) {
      const b = t.start > 0 ? text.charCodeAt(t.start - 1) : 32;
      const a = t.end < text.length ? text.charCodeAt(t.end) : 32;
      const glued =
        (b >= 48 && b <= 57) || b === 47 || b === 176 || b === 95 || (a >= 48 && a <= 57) || a === 95 || (b === 46 && t.text.length === 1 && t.start > 1 && /\w/.test(text[t.start - 2]!));
      const camel = t.text.length > 2 && hasInnerUpper(t.text) && (/\p{Ll}\p{Lu}{2}/u.test(t.text) || /^\p{Lu}\p{Ll}\p{Lu}$/u.test(t.text)); // MoCA, PaO, HbA
      capLike = !glued && !camel && !hasKind(t, K.BRANDS) && !unitAfterNumber(t);
    }
    const particle = !t.cap && hasKind(t, K.PARTICLES) && cur.length > 0;
    // an organisation's acronym inside a name: "Cincinnati VA Medical Center", "Boston IVF Clinic"
    if (!capLike && t.upper && cur.length > 0 && RUN_ACRONYMS.has(t.lower) && text.slice(cur[cur.length - 1]!.end, t.start) === ' ' && tokens[t.index + 1]?.cap && text.slice(t.end, tokens[t.index + 1]!.start) === ' ') {
      cur.push(t);
      continue;
    }
    if (capLike && hasKind(t, K.TITLES) && !hasKind(t, K.WEAK_TITLES)) {
      flush(); // titles are context, never part of a run
      continue;
    }
    if (!capLike && !particle) {
      flush();
      continue;
    }
    if (cur.length) {
      const last = cur[cur.length - 1];
      const g = text.slice(last!.end, t.start);
      const lastIsInitial = last!.text.length === 1 && (last!.start === 0 || /\s/.test(text[last!.start - 1]!));
      const ok =
        g === ' ' ||
        g === '-' ||
        g === ' & ' ||
        // a quoted nickname inside a name: Ebenezer "Ebo" Osei
        ((g === ' "' || g === ' “') && /^["”] \p{Lu}/u.test(text.slice(t.end, t.end + 3))) ||
        ((g === '" ' || g === '” ') && /[ ]["“]$/.test(text.slice(Math.max(0, last!.start - 2), last!.start))) ||
        /^ ["“][\p{Lu}][\p{L}'’-]*["”] $/u.test(g) ||
        (g === '. ' && (lastIsInitial || PERIOD_ABBR.has(last!.lower))) ||
        // "St Thomas' Church Hall": a possessive without its s
        ((g === "' " || g === '’ ') && last!.lower.endsWith('s') && last!.text.length > 2) ||
        (g === '.' && lastIsInitial);
      if (!ok) flush();
    }
    if (!capLike && cur.length === 0) continue;
    cur.push(t);
  }
  flush();

  const emitName = (toks: Token[], conf: number, rule: string) => {
    let a = 0;
    let b = toks.length - 1;
    while (a <= b && (isCalendar(toks[a]!) || hasKind(toks[a]!, K.ORG_CUES) || !toks[a]!.cap)) a++;
    while (b >= a && (hasKind(toks[b]!, K.ORG_CUES) || isMedical(toks[b]!) || !toks[b]!.cap || hasKind(toks[b]!, K.CREDENTIALS))) b--;
    if (a > b) return;
    const span = toks.slice(a, b + 1);
    if (span.some((t) => hasKind(t, K.ORG_PARTICLES))) return;
    if (isCovered(span[0]!.start, span[span.length - 1]!.end) && conf < 0.9) return;
    emit(span[0]!.start, span[span.length - 1]!.end, 'NAME', conf, rule);
    nameEnds.push(span[span.length - 1]!.end);
    if (conf >= 0.75) for (const t of span) seedName(t, conf);
  };
  const emitPlace = (toks: Token[], conf: number, rule: string) => {
    const s = toks[0]!.start;
    const e = toks[toks.length - 1]!.end;
    if (isCovered(s, e) && conf < 0.9) return;
    emit(s, e, 'LOCATION', conf, rule);
    placeEnds.push(e);
    if (conf >= 0.75 && toks.length === 1 && !isEnglish(toks[0]!)) placeSeeds.set(toks[0]!.lower, conf);
  };

  const before = (pos: number, n = 48) => text.slice(Math.max(0, pos - n), pos);
  /** Up to 3 previous words (lowercase) within the sentence, nearest first; "the" skipped. */
  const prevWordsMemo: (string[] | undefined)[] = [];
  const prevWords = (t: Token): string[] => (prevWordsMemo[t.index] ??= prevWordsOf(t));
  const prevWordsOf = (t: Token): string[] => {
    const out: string[] = [];
    let cur = t;
    for (let k = 1; k <= 4 && out.length < 3; k++) {
      const p = tokens[t.index - k];
      if (!p) break;
      if (/[.;!?\n]/.test(text.slice(p.end, cur.start))) break;
      cur = p;
      if (p.lower === 'the' && out.length === 0) continue;
      out.push(p.lower);
    }
    return out;
  };
  const locContext = (t: Token): 'strong' | 'weak' | '' => {
    const w = prevWords(t);
    if (w.length === 0) return '';
    if (DIRECT_LOC_WORDS.has(w[0]!)) return 'strong';
    if (LOC_PREPS.has(w[0]!) && w[1] !== undefined) {
      if ((w[0] === 'in' || w[0] === 'at') && PROFESSION_LOC_WORDS.has(w[1]) && (!isEnglish(t) || isPlaceWord(t))) return 'strong';
      if ((STRONG_LOC_WORDS.has(w[1]) && (w[0] !== 'with' || WORK_VERBS.has(w[1]))) || (OCCUPATION_RE.test(w[1]) && w[1].length > 4 && (w[0] === 'at' || w[0] === 'for' || w[0] === 'with'))) return 'strong';
      if (w[0] === 'of' && AREA_WORDS.has(w[1])) return 'strong';
    }
    return WEAK_PREPS.has(w[0]!) ? 'weak' : '';
  };
  const introContext = (t: Token): boolean => {
    const w = prevWords(t);
    if (w.length === 0) return false;
    if (INTRO_ONE.has(w[0]!)) return true;
    if (w[1] !== undefined && INTRO_TWO.has(w[1] + ' ' + w[0])) return true;
    const p = tokens[t.index - 1];
    return !!p && INTRO_LABEL.has(w[0]!) && /:/.test(text.slice(p.end, t.start));
  };

  /**
   * A name written in Han, kana or Hangul, known by its context: an honorific after it ("김지은 선생님",
   * "小林さん", "刘女士"), a role, relation or label before it ("Son 李伟", "姓名 Name: 陈美玲", "院長 佐藤 健一"),
   * or its romanisation in brackets after it ("王秀英 (Wang Xiuying)", which is a name too).
   */
  const cjkName = (t: Token) => {
    const suffix = CJK_HONORIFIC_END_RE.exec(t.text);
    const core = suffix ? t.text.slice(0, suffix.index) : t.text;
    if (!CJK_NAME_RE.test(core) || CJK_NOT_NAME_RE.test(core)) return;
    const n = tokens[t.index + 1];
    const spaceNext = !!n && text.slice(t.end, n.start) === ' ';
    // (one to three Han characters after a space, no clinical word: a given name, or an honorific)
    const hanNext = spaceNext && /^[\u3400-\u9fff]{1,3}$/.test(n.text) && !CJK_NOT_NAME_RE.test(n.text);
    // (a Chinese or Korean name starts with a family name from the common ones; a Japanese one is known by a kana
    // honorific or by the given name after a space: "咳嗽 三天" and "主治医生" are words)
    const japanese = (!!suffix && /[ぁ-ゟ]/.test(suffix[0])) || (JAPANESE_FAMILY_NAMES.has(core) && hanNext);
    if (!japanese && !CJK_FAMILY_NAMES.includes(core[0]!)) return;
    const honorificNext = spaceNext && CJK_HONORIFICS.has(n.text);
    const p = tokens[t.index - 1];
    const cue = !!p && /^[ \t]*[:：]?[ \t]*$/.test(text.slice(p.end, t.start)) &&
      (hasKind(p, K.RELATIONS) || hasKind(p, K.ROLE_WORDS) || hasKind(p, K.TITLES) || hasKind(p, K.FOREIGN_TITLES) || CJK_NAME_LABELS.has(p.lower) || (p.hyphen && RELATIONS.has(p.lower.split('-')[0]!)));
    // (after the given name too, and in capitals: "石川 亮 (Ishikawa Ryo)", "鈴木 和子 (SUZUKI Kazuko)")
    const nameEnd = hanNext && !suffix && !CJK_HONORIFICS.has(n.text) ? n.end : t.end;
    let roman = /^ ?[(（]\p{Lu}\p{L}+(?:[ -]\p{L}+){0,3}[)）]/u.exec(text.slice(nameEnd, nameEnd + 40));
    // (a romanised name, not a translation: "川崎病 (Kawasaki disease)", "阿司匹林 (Aspirin)")
    for (let k = tokenAt(tokens, nameEnd); roman && k < tokens.length && tokens[k]!.end <= nameEnd + roman[0].length; k++) {
      const w = tokens[k]!;
      if (isMedical(w) || (isEponym(w) && !isFirst(w) && !isLast(w)) || (isClearPlace(w) && !isFirst(w) && !isLast(w) && !/[ -]/.test(roman[0].trim())) || (isEnglish(w) && !isFirst(w) && !isLast(w) && !/^(?:san|sama|ssi|nim)$/.test(w.lower))) roman = null;
    }
    // or its romanisation before it, the characters in brackets: "TAN AH KOW (陳亞九)", "KANG Young-ja (강영자)"
    const romanBefore = text[t.start - 1] === '(' && text[t.end] === ')' ? /(?:^|[\s:|])((?:\p{Lu}[\p{L}'’-]*[ ]){1,3})\($/u.exec(text.slice(Math.max(0, t.start - 40), t.start)) : null;
    let before: Token[] = [];
    if (romanBefore) {
      const bs = t.start - 1 - romanBefore[1]!.length;
      before = tokens.slice(tokenAt(tokens, bs), tokenAt(tokens, t.start - 1));
      // (a name's words: none medical, one at least a name or no English word; "TAN AH KOW", not "Kawasaki disease")
      if (!before.length || before.some((w) => isMedical(w) || (isEponym(w) && !isFirst(w) && !isLast(w)) || hasKind(w, K.TITLES | K.FUNCTION_WORDS) || medicalHeadAfter(w)) || !before.some((w) => isFirst(w) || isLast(w) || !isEnglish(w))) before = [];
    }
    if (!suffix && !honorificNext && !cue && !roman && !before.length) return;
    if (before.length && !isCovered(before[0]!.start, before[before.length - 1]!.end)) emit(before[0]!.start, before[before.length - 1]!.end, 'NAME', 0.8, 'name-cjk-roman');
    let e = t.start + core.length;
    // a Japanese given name after the family name: "佐藤 健一", "橋本 恵子"
    if (hanNext && !suffix && /^[\u3400-\u9fff]{1,3}$/.test(core) && !CJK_HONORIFICS.has(n.text)) e = n.end;
    emit(t.start, e, 'NAME', 0.8, 'name-cjk');
    if (roman) {
      const rs = nameEnd + roman[0].indexOf(roman[0].includes('(') ? '(' : '（') + 1;
      const re = rs + roman[0].slice(roman[0].search(/[(（]/) + 1, -1).replace(/-(?:san|sama|ssi|nim)$/i, '').length;
      emit(rs, re, 'NAME', 0.8, 'name-cjk-roman');
    }
  };

  // The per-run classification is its own function (compiled and optimised separately);
  // `continue` in it ends the run's single-pass loop, i.e. moves to the next run.
  /** Unclaimed unknown capitalised words (token, inside-a-place-run), emitted after every other rule. */
  const fallback: (Token | boolean)[] = [];
  const classify = (run: Run): void => {
    for (const _once of ONCE) {
      let toks = run.toks;
      if (isCovered(run.start, run.end)) {
        toks = toks.filter((t) => !isCovered(t.start, t.end));
        while (toks.length && !toks[toks.length - 1]!.cap) toks = toks.slice(0, -1);
        if (toks.length === 0) continue;
      }
      const untrimmed = toks;
      // Split off a sentence-initial ordinary word or a relation word ("Admitted St. Agnes ...", "Coach Mark Delaney")
      while (
        toks.length > 1 &&
        // (and a title that is also a word, before a word that can be a name: "on scene Officer Smith", whose title is then the
        // context; not "Major Incident declared", "Private Patient")
        ((toks[0]!.sentenceStart && isEnglish(toks[0]!) && !isFirst(toks[0]!)) || hasKind(toks[0]!, K.RELATIONS) || FIRST_PERSON.has(toks[0]!.lower) || (hasKind(toks[0]!, K.WEAK_TITLES) && toks[0]!.cap && (!isEnglish(toks[1]!) || isFirst(toks[1]!) || isLast(toks[1]!)))) &&
        !isClearPlace(toks[0]!) &&
        !hasKind(toks[0]!, K.ORG_CUES) &&
        // "Survival Flight": do not leave a bare organisation word behind
        !toks.slice(1).every((t) => hasKind(t, K.ORG_CUES) || hasKind(t, K.GENERIC_ORG_WORDS))
      ) {
        toks = toks.slice(1);
      }
      while (toks.length && !toks[0]!.cap) toks = toks.slice(1);
      if (toks.length === 0) continue;
      // fast path: a lone sentence-initial ordinary word ("Started", "The") with no context
      if (toks.length === 1) {
        const t = toks[0]!;
        const p = prevTok(t);
        if (
          t.sentenceStart &&
          isEnglish(t) &&
          !isFirst(t) &&
          !isLast(t) &&
          !isPlaceWord(t) &&
          !hasKind(t, K.ORG_CUES) &&
          !hasKind(t, K.HOSPITAL_FIRST) &&
          !(p && (hasKind(p, K.TITLES) || hasKind(p, K.RELATIONS) || hasKind(p, K.INTRO_LABEL)))
        ) {
          const c = codeAt(text, t.end);
          if (c !== 44 && c !== 40 && c !== 39 && c !== 8217) continue;
        }
      }
      const start = toks[0]!.start;
      const end = toks[toks.length - 1]!.end;
      const last = toks[toks.length - 1];
      const pre = before(start);
      const prevT = prevTok(toks[0]);
      const gapBefore = prevT ? text.slice(prevT.end, start) : '';
      const titleBefore =
        !!prevT &&
        hasKind(prevT, K.TITLES) &&
        !(prevT.lower === 'fr' && /\d\s?$/.test(text.slice(Math.max(0, prevT.start - 2), prevT.start))) &&
        (prevT.cap || (prevT.upper && prevT.text.length <= 4)) &&
        /^\.?\s{1,2}$/.test(gapBefore) &&
        // ("at Northern General. He still": a title written in full ends a sentence with its full stop)
        !(gapBefore.startsWith('.') && prevT.text.length > 5) &&
        // "DC Lane" but not "DC Summary": a two-letter title that is also an abbreviation needs a name after it
        !(ABBREVIATION_TITLES.has(prevT.lower) && !isFirst(toks[0]!) && !isLast(toks[0]!));
      const anyMedical = toks.some((t) => isMedical(t));
      // a capitalised head noun inside the run ("Glasgow Coma Scale", "Boston Carpal Tunnel Questionnaire")
      const headInside = toks.some((t, i) => i > 0 && isHead(t) && !surnameAfterGiven(toks[i - 1]!, t));
      const nx = nextTok(last);
      const suffixAfter = !!nx && !nx.cap && /^\s$/.test(text.slice(last!.end, nx.start)) && MEDICAL_SUFFIX.test(nx.lower) && toks.some(isEponym);
      const eponymHead = headInside || suffixAfter || toks.some((t) => medicalHeadAfter(t)) || medicalHeadAfter(last!);

      // ---- Organisations / facilities with a cue word inside the run
      // "Riverside Community Hospital" at the start of a sentence: if the trimmed name is only
      // generic words, the trimmed sentence-initial word was part of it
      if (untrimmed.length > toks.length && toks.some((t, i) => i > 0 && hasKind(t, K.ORG_CUES)) && toks.every((t) => hasKind(t, K.ORG_CUES) || hasKind(t, K.GENERIC_ORG_WORDS))) {
        const lead = untrimmed[untrimmed.length - toks.length - 1]!;
        // (a verb before it is no part of it, "Admitted Health Centre"; a town in -ing is, "Barking Community Hospital")
        if (!hasKind(lead, K.RELATIONS) && !isMedical(lead) && !hasKind(lead, K.GENERIC_ORG_WORDS) && !/(?:ed|ly)$/.test(lead.lower) && !SENTENCE_OPENERS.has(lead.lower)) toks = untrimmed.slice(untrimmed.length - toks.length - 1);
      } else if (untrimmed.length === toks.length + 1 && toks.some((t) => hasKind(t, K.ORG_CUES)) && toks.length >= 2) {
        // a noun, not a verb, before "Heights Medical Center", "Health Lexington": part of the name ("Admitted", "Seen",
        // "Transferred" are not); of the generic words, those that begin names do ("Southern Cross Pathology")
        const lead = untrimmed[0]!;
        if (!/(?:ed|ing|ly)$/.test(lead.lower) && !hasKind(lead, K.RELATIONS) && !isMedical(lead) && !hasKind(lead, K.FUNCTION_WORDS) && !SENTENCE_OPENERS.has(lead.lower) && (!hasKind(lead, K.GENERIC_ORG_WORDS) || hasKind(lead, K.SAINT_MOUNT) || NAME_LEADING_GENERIC.has(lead.lower))) toks = untrimmed;
      }
      const cueIdx = toks.findIndex((t, i) => i > 0 && hasKind(t, K.ORG_CUES));
      // ("Arviat Health Centre chart AV-22-1187": a head noun after the organisation's last word is its own, not an eponym's)
      // ("King's College criteria", "Mayo Clinic score" stay eponyms, and so do diseases named after a river, forest or valley:
      // "Ross River virus", "Kyasanur Forest disease"; not "Entebbe Laboratory virus unit")
      const orgEponymHead = headInside || suffixAfter || (medicalHeadAfter(last!) && (!hasKind(last!, K.ORG_CUES) || ORG_EPONYM_HEAD_RE.test(text.slice(end, end + 16)) || (PLACE_DISEASE_LAST_WORDS.has(last!.lower) && PLACE_DISEASE_AFTER_RE.test(text.slice(end, end + 14)))));
      if (cueIdx > 0 && !orgEponymHead) {
        const head = toks.filter((t) => !hasKind(t, K.ORG_CUES));
        // "Texas Hospital" names a state; "Victoria Hospital" (a city and a given name too) places a person
        const qualifies = !toks.some((t) => hasKind(t, K.LARGE_AREAS) && !isFirst(t) && toks.length === 2) && head.some(
          (t) => !hasKind(t, K.GENERIC_ORG_WORDS) && !DEPARTMENTS.has(t.lower) && !PEOPLE_SERVED.has(t.lower) && !(hasKind(t, K.ROLE_WORDS) && (!isLast(t) || toks.indexOf(t) > cueIdx)) && !hasKind(t, K.SPECIALTY_WORDS) && !(t.sentenceStart && /ed$/.test(t.lower) && isEnglish(t) && !isFirst(t) && !isLast(t) && !(F(t) & W_PLACE)) && !isMedical(t) && !hasKind(t, K.ORG_PARTICLES) && !hasKind(t, K.PARTICLES) && !isCalendar(t) && !((hasKind(t, K.LARGE_AREAS) || hasKind(t, K.US_STATES)) && !isFirst(t)) && !(t.sentenceStart && isEnglish(t) && head.length === 1 && toks.length === 2 && !isFirst(t) && !isLast(t) && !isPlaceWord(t)),
        );
        // ("Singapore General Hospital", "Texas Children's Hospital": a country or state with generic words is one hospital's name)
        // ("Southern Philippines Medical Center": the area after a generic word)
        // ("North Colorado Medical Center": more than one word of the name may be a region's)
        const isArea = (t: Token) => hasKind(t, K.LARGE_AREAS) || hasKind(t, K.US_STATES);
        const areaNamed = toks.length >= 3 && toks.slice(0, -1).some(isArea) && toks.every((t) => isArea(t) || hasKind(t, K.ORG_CUES) || hasKind(t, K.GENERIC_ORG_WORDS)) && (/^(?:hospital|infirmary|clinic|hospice|center|centre)$/.test(last!.lower) || (last!.lower === 'health' && hasKind(toks[0]!, K.ORG_CUES)));
        // "Royal Hospital for Children", "Royal Infirmary of Edinburgh": generic words, named by what follows
        const onlyGeneric = toks.every((t) => hasKind(t, K.ORG_CUES) || hasKind(t, K.GENERIC_ORG_WORDS));
        // "National Hospital, Abuja", "General Hospital, Kingston": generic words, named by the town after them
        const townAfter = /^,[ \t]*\p{Lu}/u.test(text.slice(end, end + 4)) && (() => {
          const n = tokens[last!.index + 1];
          return !!n && (isClearPlace(n) || placeSeeds.has(n.lower) || ctx.findings.some((f) => f.type === 'LOCATION' && f.start === n.start));
        })();
        // "wait at Royal University Hospital" (no article): three generic words used as a name are that place's name
        const namedBy = (hasKind(last!, K.ORG_CUES) && /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 14)) && onlyGeneric) ||
          (onlyGeneric && toks.length >= 3 && !toks[0]!.sentenceStart && !toks.some((t) => hasKind(t, K.ORG_PARTICLES)) && !!prevT && /^(?:at|to|from|in|into|via)$/.test(prevT.lower) && gapBefore === ' ' && hasKind(last!, K.ORG_CUES)) ||
          (onlyGeneric && toks.length >= 2 && hasKind(last!, K.ORG_CUES) && townAfter) ||
          // ("Child Development Unit, National University Hospital": three generic words and a hospital are one hospital's name)
          (onlyGeneric && toks.length >= 3 && /^(?:hospital|infirmary)$/.test(last!.lower) && !toks[0]!.sentenceStart && !toks.some((t) => hasKind(t, K.ORG_PARTICLES)));
        // title-cased ALL-CAPS lines: "HOME HEALTH INTAKE" is a heading, "BALSALL HEATH HEALTH CENTRE" a place
        if ((qualifies || namedBy || areaNamed) && (!nested || head.some((t) => !isEnglish(t) || isPlaceWord(t)))) {
          let endTok = last;
          const ofM = /^\s+(?:of|for)\s+(?:the\s+)?/.exec(text.slice(endTok!.end, endTok!.end + 12));
          if (ofM) {
            const r = runs.find((x) => x.start === endTok!.end + ofM[0].length);
            if (r) endTok = r.toks[r.toks.length - 1];
            // "Hospital for Women and Children", "University of Science and Technology"
            const andM = r && /^ (?:and|&) /.exec(text.slice(r.end, r.end + 6));
            const r2 = andM && runs.find((x) => x.start === r.end + andM[0].length);
            if (r2 && r2.toks.length <= 2) endTok = r2.toks[r2.toks.length - 1];
          }
          // a leading acronym belongs to the name: "UCSF Benioff Children's Hospital"
          const pre1 = prevTok(toks[0]);
          // (and "Our" of "Our Lady of Lourdes Hospital", trimmed as a sentence's opening word)
          const ourLady = toks[0]!.text === 'Lady' && pre1?.text === 'Our' && text.slice(pre1.end, toks[0]!.start) === ' ';
          // (and the initials of the person it is named after: "W.W. Hastings Hospital")
          const initials = /(?:^|[\s(])((?:\p{Lu}\.){1,3} ?)$/u.exec(text.slice(Math.max(0, toks[0]!.start - 8), toks[0]!.start));
          const orgStart = initials ? toks[0]!.start - initials[1]!.length : (pre1 && pre1.upper && pre1.text.length <= 6 && !SPECIAL_ACRONYMS.has(pre1.text) && text.slice(pre1.end, toks[0]!.start) === ' ' && !isCovered(pre1.start, pre1.end)) || ourLady ? pre1!.start : toks[0]!.start;
          emit(orgStart, endTok!.end, 'LOCATION', 0.9, 'org-cue');
          placeEnds.push(endTok!.end);
          continue;
        }
      }
      // "University of Michigan", "Hospital San Rafael", "Hospital Universitario La Paz"
      if (hasKind(toks[0]!, K.ORG_CUES) || hasKind(toks[0]!, K.HOSPITAL_FIRST)) {
        if (hasKind(toks[0]!, K.HOSPITAL_FIRST) && !headInside) {
          // Romance-language names carry lower-case particles: "Instituto Nacional de Cardiología",
          // "Club de l'âge d'or Sainte-Marthe", "Hospital de la Santa Creu"
          // and the person it is named after: "Hospital Infantil Dr. Robert Reid Cabral"
          const ext = /^(?:\s+w\s+\p{Lu}[\p{L}'’-]*|\s+(?:(?:de|del|della|delle|dello|dei|degli|di|du|des|da|do|dos|das|la|le|las|los|y|e|et|und|für|der)\s+|im\.\s*|l['’]|d['’])\p{L}[\p{L}'’-]*|\s+(?:médicale?|dentaire|universitaire|familiale|régionale?|générale?)(?![\p{L}])|\s+(?:Dr|Dra|Prof)\.(?=\s\p{Lu})|\s+\p{Lu}[\p{L}'’-]*)*/u.exec(text.slice(end, end + 80));
          let e2 = end + (ext ? ext[0].replace(/(?:\s+(?:de|del|della|delle|dello|dei|degli|di|du|des|da|do|dos|das|la|le|las|los|y|e|et|und|für|der))+$/u, '').length : 0);
          const no = /^\s(?:No\.?|Nr\.?|N°|nº)\s?\d{1,4}\b/.exec(text.slice(e2, e2 + 10));
          if (no) e2 += no[0].length;
          if (toks.length >= 2 || e2 > end) {
            emit(start, e2, 'LOCATION', 0.85, 'org-first');
            placeEnds.push(e2);
            continue;
          }
        }
        // "University of Bath", "Hospital of St Cross": an institution named by the place after "of"
        if (toks.length >= 3 && toks[1]!.lower === 'of' && hasKind(toks[0]!, K.ORG_CUES) && toks.slice(2).every((t) => t.cap && !isMedical(t) && !isCalendar(t) && !DEPARTMENTS.has(t.lower) && !hasKind(t, K.SPECIALTY_WORDS) && !hasKind(t, K.ORG_CUES) && !FIELDS_OF_STUDY.has(t.lower))) {
          emit(start, end, 'LOCATION', 0.85, 'org-of-place');
          placeEnds.push(end);
          continue;
        }
        if (hasKind(last!, K.ORG_CUES)) {
          const m = /^\s+(?:of|for)\s+(?:the\s+)?/.exec(text.slice(end, end + 14));
          const r = m && runs.find((x) => x.start === end + m[0].length);
          if (r) {
            emit(start, r.end, 'LOCATION', 0.85, 'org-of');
            placeEnds.push(r.end);
            continue;
          }
        }
      }
      // "Mount Sinai West", "St. Vincent's" after at/to/from/in
      if (toks.length >= 2 && hasKind(toks[0]!, K.SAINT_MOUNT) && /\b(?:at|to|from|in|into|near)\s+(?:the\s+)?$/i.test(pre) && !eponymHead) {
        emitPlace(toks, 0.85, 'place-saint');
        continue;
      }
      // Streets without a house number: "Roskilde Road", "Carver Street"
      // (a head noun inside is part of the street's name after a cue: "on Belt Line Rd")
      const streetCue = toks.length >= 2 && hasKind(last!, K.STREET_WORDS) && /\b(?:on|in|at|off|near|from|lives|living)\s+$/i.test(pre);
      if (toks.length >= 2 && hasKind(last!, K.STREET_WORDS) && (!headInside || (streetCue && /^(?:st|street|rd|road|ave|avenue|lane|ln|blvd|boulevard)$/.test(last!.lower)))) {
        const headToks = toks.slice(0, -1);
        // "lives on Main St", "off High Street": generic words name a street after a cue of where someone is
        // (or before a town and a postcode: "Great Western Road, Gloucester, GL1 3NN")
        const addressAfter = /^,[ \t]*\p{Lu}[\p{L}'’ -]+,[ \t]*[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b/u.test(text.slice(end, end + 40));
        const genericStreet = (streetCue || addressAfter) && /^(?:st|street|rd|road|ave|avenue|lane|ln|drive|blvd|boulevard)$/.test(last!.lower) && headToks.every((t) => !isMedical(t) && t.cap);
        if ((genericStreet || headToks.some((t) => !isMedical(t) && !hasKind(t, K.GENERIC_ORG_WORDS))) && (streetCue || addressAfter || headToks.some((t) => !isEnglish(t) || isLast(t) || isFirst(t) || isPlaceWord(t)))) {
          // (with the word that opens its line: "Upper Maudlin Street", "Great Western Road")
          const lead = untrimmed.length === toks.length + 1 ? untrimmed[0]! : undefined;
          emitPlace(lead && STREET_LEADS.has(lead.lower) && text.slice(lead.end, toks[0]!.start) === ' ' ? untrimmed : toks, 0.85, 'street-name');
          continue;
        }
      }

      // ---- Title before: Mr./Mrs./Dr. X
      if (titleBefore && !toks.some((t) => hasKind(t, K.ORG_CUES) && t !== toks[0])) {
        // ("Dr Park starting first": a surname that is also an organisation's word, alone after the title, is the surname)
        if (toks.length === 1 && hasKind(toks[0]!, K.ORG_CUES) && isLast(toks[0]!) && !isCovered(start, end)) {
          emit(start, end, 'NAME', 0.9, 'name-title');
          nameEnds.push(end);
          continue;
        }
        if (!eponymHead || !anyMedical) {
          emitName(toks, 0.95, 'name-title');
          continue;
        }
      }

      const nameLike = (t: Token) =>
        !(hasInnerUpper(t.text) && !t.hyphen && !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|[ODL]['’])\p{Lu}/u.test(t.text)) &&
        !isMedical(t) && !isCalendar(t) && !hasKind(t, K.ORG_CUES) && !hasKind(t, K.LARGE_AREAS) && !hasKind(t, K.US_STATES) && !hasKind(t, K.CREDENTIALS) && (isFirst(t) || isLast(t) || !isEnglish(t));
      const unknownProper = (t: Token) =>
        !isEnglish(t) &&
        !DEPARTMENTS.has(t.lower) &&
        !isVocabulary(t) &&
        !(hasKind(t, K.FOREIGN_TITLES) && /^\.?\s\p{Lu}/u.test(text.slice(t.end, t.end + 3))) &&
        // (a date's format, "DOB (YYYY/MM/DD)")
        !/^(?:yyyy|yy|mm|mmm|dd|hh)$/.test(t.lower) &&
        !isEponym(t) &&
        !hasKind(t, K.GENERIC_ORG_WORDS) &&
        !MEDICAL_SUFFIX.test(t.lower) &&
        !DRUG_SUFFIX.test(t.lower) &&
        !(t.text.length >= 7 && /(?:ic|al|ous|ary|oid|ine|ase|mab|nib|vir)$/.test(t.lower)) &&
        !/^.+\p{Lu}/u.test(t.text) &&
        !/['’]/.test(t.text);
      const placeLike = (t: Token) => !isMedical(t) && !isCalendar(t) && !hasKind(t, K.LARGE_AREAS) && !hasKind(t, K.US_STATES) && !hasKind(t, K.CREDENTIALS) && !(hasInnerUpper(t.text) && t.text.length <= 5 && !t.hyphen); // TRAb, HBsAg (PureGym, McAllen are places)

      // ---- "City, ST 12345" / "City, State"
      const afterText = text.slice(end, end + 24);
      const stateAfter = /^,\s*([A-Z]{2})\b(?:\s+\d{5}(?:-\d{4})?)?|^\s+([A-Z]{2})\s+\d{5}\b/.exec(afterText);
      const abbr = stateAfter && (stateAfter[1] ?? stateAfter[2]);
      // ("A. Kovacs, MD", "Dr. Sato, MD": a doctor's degree, not Maryland)
      // ("Ma. Lourdes Tan-Villanueva, MD", "Examining physician: Lourdes Tan, MD": after a given name or a physician's label too)
      const degree =
        (abbr === 'MD' || abbr === 'PA' || abbr === 'DO') &&
        ((!!prevT && ((text[prevT.end] === '.' && prevT.text.length <= 4) || hasKind(prevT, K.TITLES))) || (isFirst(toks[0]!) && toks.length >= 2) || /\b(?:physician|doctor|provider|by|signed)\s*:?\s*$/i.test(pre)) &&
        !/^\s*\d{5}/.test(afterText.slice(4));
      if (abbr && US_STATE_ABBR.has(abbr) && !degree && toks.every(placeLike) && !eponymHead && toks.some((t) => !isEnglish(t) || isPlaceWord(t))) {
        emitPlace(toks, 0.9, 'place-state');
        continue;
      }
      const stateNameAfter = /^,\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/.exec(afterText);
      if (
        stateNameAfter &&
        (US_STATES.has(stateNameAfter[1]!.toLowerCase()) || STATE_MULTI.test(stateNameAfter[1]!) || LARGE_AREAS.has(stateNameAfter[1]!.toLowerCase())) &&
        toks.every(placeLike) &&
        !toks.every((t) => isEnglish(t) && !isPlaceWord(t)) &&
        !eponymHead
      ) {
        emitPlace(toks, 0.85, 'place-state-name');
        continue;
      }
      // ---- right after another place: "Hawthorne Road, Bexhill", "Sunflower Child Psychology, Ballarat"
      const afterPlace = /^,\s*$/.test(gapBefore) && placeEnds.includes(prevT ? prevT.end : -1);
      if (afterPlace && toks.length <= 3 && toks.every(placeLike) && !eponymHead && toks.some((t) => !isEnglish(t) || isPlaceWord(t)) && !toks.some((t) => t.upper)) {
        emitPlace(toks, 0.8, 'place-after-place');
        continue;
      }

      // ---- Relation / role before: "her daughter Ruth", "neighbour Doris", "Patient: Bill Gaskell"
      const prevWord = prevT && /^[\s,:]*$/.test(gapBefore) ? prevT.lower : '';
      // (a role ends the line before: "... S. Biju RN\nStart 13:55")
      const relation = (prevWord !== '' && (RELATIONS.has(prevWord) || (ROLE_WORDS.has(prevWord) && !gapBefore.includes('\n')))) || /\b(?:FY|CT|ST|SpR|PGY)-?[1-8] $/i.test(text.slice(Math.max(0, start - 6), start));
      const intro = introContext(toks[0]!);
      // ("nurse Mere", "RN Precious", "driver Col": after a role written as a role, in lower case or as an acronym,
      // a capitalised ordinary word that starts no phrase of its own is the person's name)
      const wordAfterRole =
        relation &&
        toks.length === 1 &&
        !!prevT &&
        (!prevT.cap || prevT.upper) &&
        ROLE_WORDS.has(prevT.lower) &&
        // ("pt Alert and orientated", "patient Happy to go home": how the patient is, not who)
        !ROLE_BEFORE_STATE.has(prevT.lower) &&
        !STATE_WORDS.has(toks[0]!.lower) &&
        !toks[0]!.sentenceStart &&
        !toks[0]!.upper &&
        isEnglish(toks[0]!) &&
        !isMedical(toks[0]!) &&
        !isCalendar(toks[0]!) &&
        !hasKind(toks[0]!, K.ROLE_WORDS | K.GENERIC_ORG_WORDS | K.ORG_CUES | K.FUNCTION_WORDS | K.SPECIALTY_WORDS | K.TITLES | K.LARGE_AREAS) &&
        !DEPARTMENTS.has(toks[0]!.lower) &&
        (isFirst(toks[0]!) || isLast(toks[0]!) || (toks[0]!.text.length <= 6 && !ROLE_NOUN_RE.test(toks[0]!.lower))) &&
        /^(?:[ \t]+[a-z]|[ \t]*(?:[.,;:!?)\n]|$))/.test(text.slice(end, end + 3));
      // ("Daughter Jan visiting 3pm", "husband Jun interpreting": a month's name that is a given name, after a relative, no day after it)
      if (relation && RELATIONS.has(prevWord) && toks.length === 1 && isCalendar(toks[0]!) && isFirst(toks[0]!) && !/^\s*\d/.test(text.slice(end, end + 3)) && !isCovered(start, end)) {
        emit(start, end, 'NAME', 0.8, 'name-relation');
        continue;
      }
      // ("her son Jordan", "partner Georgia": a given name that is also a country, right after a relative)
      const givenCountry = relation && RELATIONS.has(prevWord) && gapBefore === ' ' && toks.length === 1 && isFirst(toks[0]!) && hasKind(toks[0]!, K.LARGE_AREAS) && !toks[0]!.sentenceStart;
      if ((relation || intro) && !toks.some((t) => hasKind(t, K.ORG_PARTICLES)) && (toks.every(nameLike) || wordAfterRole || givenCountry) && !eponymHead && !toks.some((t) => t.upper)) {
        if (!(toks.length === 1 && isClearPlace(toks[0]!) && !isFirst(toks[0]!) && !isLast(toks[0]!))) {
          emitName(toks, 0.85, relation ? 'name-relation' : 'name-intro');
          continue;
        }
      }

      // ---- Name in apposition with an age: "Ngozi Eze, 29, hair stylist", "Hope Adler (96)" (not an area code: "Contato (19) 9 5555-6620")
      const ageAfter = /^(?:,\s*\d{1,3}\s*(?:,|\)|y\b|yo\b|years?\b|-year)|\s+\d{1,3}\s?(?:[MF]|yo|y\/o)\b|\s\(age[ds]?\s\d{1,3}\)|\s\(\d{1,3}\)(?!\s?\d)|\s+\(\d{1,3}\s*(?:y|yo|years?)\b|\s+is\s+\d{1,3}\s+(?:and|years))/.test(text.slice(end, end + 16));
      if (ageAfter && toks.length <= 4 && toks.every((t) => nameLike(t) || hasKind(t, K.PARTICLES)) && !eponymHead && !toks.some((t) => t.upper || hasKind(t, K.ORG_PARTICLES)) && toks.some((t) => !isEnglish(t) || isFirst(t))) {
        emitName(toks, 0.85, 'name-age');
        continue;
      }

      // ---- Place dictionary (multi-word first: "Garden Grove", "New Haven")
      let placed = false;
      for (let i = 0; i + 1 < toks.length && !placed; i++) {
        const cands = lex.placeMulti.get(toks[i]!.lower + ' ' + toks[i + 1]!.lower);
        if (!cands) continue;
        for (const c of cands) {
          if (i + c.length > toks.length) continue;
          let ok = true;
          for (let k = 1; k < c.length; k++) if (toks[i + k]!.lower !== c[k]) ok = false;
          if (!ok) continue;
          const seg = toks.slice(i, i + c.length);
          if (seg.some((t) => isMedical(t)) || eponymHead) continue;
          if (STATE_MULTI.test(seg.map((t) => t.text).join(' '))) continue;
          // extend over trailing capitalised words of the same run ("Sandy Hook Beach")
          const ext = toks.slice(i);
          const segEnd = ext.length > c.length && ext.slice(c.length).every((t) => placeLike(t) && !isFirst(t)) ? ext : seg;
          emitPlace(segEnd, locContext(seg[0]!) ? 0.9 : 0.75, 'place-dict');
          placed = true;
          break;
        }
      }
      if (placed) continue;

      // ---- Strong location context: "lives in X", "works at X", "driver for X"
      const lc = locContext(toks[0]!);
      const strongLoc = lc === 'strong';
      const weakLoc = lc === 'weak';
      // ("A&E", "A" alone: a single letter is no place)
      // ("referred to Neurology", "sent to Pathology and Radiology": departments, not places)
      if (strongLoc && toks.every(placeLike) && !toks.every((t) => DEPARTMENTS.has(t.lower) || hasKind(t, K.ORG_PARTICLES) || hasKind(t, K.SPECIALTY_WORDS)) && !(toks.length === 1 && toks[0]!.text.length === 1) && !toks.some((t) => hasKind(t, K.RELATIONS)) && !eponymHead && toks.some((t) => !isEnglish(t) || isPlaceWord(t) || isLast(t) || toks.length > 1 || !t.sentenceStart) && !toks.some((t) => SPECIAL_ACRONYMS.has(t.text))) {
        emitPlace(toks, 0.85, 'place-context');
        continue;
      }
      // ---- Lower-case facility noun after: "Eastgate anticoagulation clinic", "Lakeshore marathon"
      {
        let k = last!.index + 1;
        let n = 0;
        let fac = false;
        while (k < tokens.length && n < 3) {
          const t = tokens[k];
          if (t!.cap || t!.num) break;
          if (!/^\s+$/.test(text.slice(tokens[k - 1]!.end, t!.start))) break;
          if (hasKind(t!, K.FACILITY_NOUNS_LOWER)) {
            fac = true;
            break;
          }
          n++;
          k++;
        }
        const theBefore = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && !toks[0]!.sentenceStart;
        if (fac && toks.every(placeLike) && (toks.some((t) => !isEnglish(t) || isPlaceWord(t)) || theBefore || (toks.length >= 2 && !toks[0]!.sentenceStart && !toks.every((t) => hasKind(t, K.GENERIC_ORG_WORDS) || hasKind(t, K.ORG_CUES)))) && !toks.every((t) => isFirst(t) || nameSeeds.has(t.lower)) && !eponymHead && !toks.every((t) => t.upper) && !toks.some(isEponym)) {
          emitPlace(toks, 0.8, 'place-facility');
          continue;
        }
      }

      // ---- Dictionary names: "Eleanor Whitfield", "Grace Adeyemi", "Vo Thi Lan"
      const capToks = toks.filter((t) => t.cap);
      if (capToks.length >= 2 && capToks.length === toks.filter((t) => !hasKind(t, K.PARTICLES) || t.cap).length && !eponymHead && !anyMedical && !capToks.some((t) => t.upper || isCalendar(t) || hasKind(t, K.ORG_CUES) || hasKind(t, K.ORG_PARTICLES))) {
        const f = capToks[0];
        const rest = capToks.slice(1);
        const lastT = capToks[capToks.length - 1];
        // (a letter after a word it classifies is no initial: "factor V Leiden", "group O Rh+")
        const firstOk = (isFirst(f!) && !hasKind(f!, K.US_STATES) && (!hasKind(f!, K.LARGE_AREAS) || isLast(lastT!))) || (f!.text.length === 1 && !f!.sentenceStart && !LETTER_CLASSIFIER_BEFORE_RE.test(text.slice(Math.max(0, f!.start - 12), f!.start)));
        const lastOk = (isLast(lastT!) || !isEnglish(lastT!) || lex.greetingNames.has(lastT!.lower)) && lastT!.text.length > 1;
        // (a greeting that is also a surname, after the given name, is the surname: "Will Asante")
        const notAllEnglish = capToks.some((t, i) => !isEnglish(t) || t.text.length === 1 || (i > 0 && lex.greetingNames.has(t.lower)));
        // (a surname that is also a state or country ends a name after a given name: "Marcus Washington", "Michael Jordan")
        const areaSurname = (t: Token) => t === lastT && isLast(t) && (hasKind(t, K.LARGE_AREAS) || hasKind(t, K.US_STATES)) && !hasKind(f!, K.LARGE_AREAS) && !hasKind(f!, K.US_STATES);
        if (firstOk && lastOk && notAllEnglish && rest.every((t) => nameLike(t) || t.text.length === 1 || areaSurname(t)) && !capToks.every((t) => isClearPlace(t) && !isFirst(t))) {
          emitName(capToks, 0.85, 'name-dict-pair');
          continue;
        }
        if (capToks.every((t) => nameLike(t) && !isEnglish(t)) && capToks.some((t) => isFirst(t) || isLast(t)) && !capToks.some((t) => isClearPlace(t) && !isFirst(t) && !isLast(t))) {
          emitName(capToks, 0.75, 'name-dict-run');
          continue;
        }
      }
      // ---- Two or more unknown capitalised words mid-sentence ("Sipho Dlamini"): most often a person
      if (
        capToks.length >= 2 &&
        capToks.length <= 4 &&
        !german &&
        !eponymHead &&
        !anyMedical &&
        (!capToks[0]!.sentenceStart || VERB_AFTER_NAME.test(text.slice(end, end + 16))) &&
        capToks.every((t) => !isEnglish(t) && !t.upper && t.text.length > 1 && !isPlaceWord(t) && !isEponym(t) && !hasKind(t, K.ORG_CUES) && !MEDICAL_SUFFIX.test(t.lower) && !/(?:ic|al|ous|ary|oid|ine|ase|mab|nib|vir)$/.test(t.lower)) &&
        !lc
      ) {
        emitName(capToks, 0.7, 'name-unknown-pair');
        continue;
      }
      // ---- A lone capitalised word that no dictionary knows, mid-sentence: a proper noun,
      //      so a person, place or organisation ("Siobhán", "Kwabena", "Hemi")
      if (
        toks.length === 1 &&
        (!german || germanPersonCue(toks[0]!)) &&
        !formLabel(toks[0]!) &&
        (!toks[0]!.sentenceStart || /^['’]s\b/.test(text.slice(end - 2, end + 1)) || (VERB_AFTER_NAME.test(text.slice(end, end + 16)) && /^\s+\w/.test(text.slice(end, end + 2)))) &&
        !toks[0]!.upper &&
        toks[0]!.text.length >= 3 &&
        !lc &&
        !eponymHead &&
        !isEnglish(toks[0]!) &&
        !isMedical(toks[0]!) &&
        !isEponym(toks[0]!) &&
        !isCalendar(toks[0]!) &&
        !isPlaceWord(toks[0]!) &&
        !isFirst(toks[0]!) &&
        !isLast(toks[0]!) &&
        !hasKind(toks[0]!, K.ORG_CUES) &&
        !hasKind(toks[0]!, K.LARGE_AREAS) &&
        !hasKind(toks[0]!, K.US_STATES) &&
        !hasKind(toks[0]!, K.CREDENTIALS | K.TITLES) &&
        // ("Neuro recommended MRI", "Haem suggested": a team in shorthand)
        !DEPARTMENTS.has(toks[0]!.lower) &&
        // ("Aunty found it": a relative called by the relation)
        // (but "Filho", "Junior" end a name found before them)
        !(hasKind(toks[0]!, K.RELATIONS) && !isFirst(toks[0]!) && !isLast(toks[0]!) && !(prevT && text.slice(prevT.end, start) === ' ' && isCovered(prevT.start, prevT.end))) &&
        !lex.clinical.has(toks[0]!.lower) &&
        // (a foreign title only as a title, before a capitalised name: "Selvi" alone is a given name)
        !(hasKind(toks[0]!, K.FOREIGN_TITLES) && /^\.?\s\p{Lu}/u.test(text.slice(end, end + 3))) &&
        !MEDICAL_SUFFIX.test(toks[0]!.lower) &&
        !DRUG_SUFFIX.test(toks[0]!.lower) &&
        !/^\s*\d/.test(text.slice(end, end + 3)) &&
        !/^[-/]/.test(text.slice(end, end + 1)) &&
        // mixed-case acronyms (TRAb, HBsAg, AChR) and contractions (I'd) are not names
        (!/^.+\p{Lu}/u.test(toks[0]!.text) || /^(?:Mc|Mac|De|Di|Da|La|Le|Van|O['’])\p{Lu}\p{Ll}+$/u.test(toks[0]!.text)) &&
        !/['’](?:d|ll|ve|re|m|t)$/i.test(toks[0]!.text)
      ) {
        emitName(toks, 0.5, 'name-unknown-single');
        continue;
      }
      // ---- Weak location context with a place-like unknown word: "at Costco", "in Brookhaven",
      //      "in Stepney Green", "at the Riverside Walmart"
      if (weakLoc && toks.every(placeLike) && !(toks.length === 1 && DEPARTMENTS.has(toks[0]!.lower)) && !eponymHead && !toks.some((t) => t.upper && t.text.length <= 5) && !toks.some((t) => isEponym(t) && !isPlaceWord(t))) {
        const unknown = toks.filter((t) => !isEnglish(t));
        const clear = toks.some((t) => isClearPlace(t));
        const mixedOk = toks.length > 1 && unknown.length > 0 && !toks[0]!.sentenceStart && unknown.every((t) => !isFirst(t) || isClearPlace(t));
        if ((unknown.length === toks.length && (clear || !toks.some((t) => isFirst(t)))) || mixedOk) {
          emitPlace(toks, clear ? 0.8 : 0.7, 'place-weak-context');
          continue;
        }
        // "flew to Anchorage", "in Rapid City", "here in Norway House": a town whose name is ordinary words, capitalised
        // mid-sentence after to/in/from (never a department, a ward's word or a season)
        const p0 = prevTok(toks[0]);
        const townCue = !toks[0]!.sentenceStart && toks.length <= 3 && !!p0 && (/^(?:to|in|from|near|via|into)$/.test(p0.lower) || (p0.lower === 'of' && prevTok(p0)?.lower === 'out'));
        const multi = townCue && toks.length >= 2 && !!lex.placeMulti.get(toks[0]!.lower + ' ' + toks[1]!.lower)?.some((c) => c.length === toks.length && c.every((w, k) => toks[k]!.lower === w));
        const single = townCue && toks.length === 1 && isPlaceWord(toks[0]!) && !isFirst(toks[0]!) && toks[0]!.text.length >= 4;
        // (and what follows ends the phrase: "to Anchorage same day", "in Cairns.", not "in Normal range", "Section 3")
        const townEnd = (multi || single) && /^(?:[.,;:)!?]|[ \t]*(?:\r?\n|$)|[ \t]+(?:same|for|last|next|this|on|to|with|by|and(?! [A-Z])|yesterday|today|tomorrow|tonight|we|he|she|they|i|at|in|from|via|where|when|until|after|before|since|because|but|so|if|the|a|is|was|took|re)\b)/.test(text.slice(end, end + 12));
        if (townEnd && lineHasLower(start) && !toks.some((t) => lex.properWords.has(t.lower) || DEPARTMENTS.has(t.lower) || hasKind(t, K.SPECIALTY_WORDS | K.ORG_CUES | K.GENERIC_ORG_WORDS | K.TITLES | K.RELATIONS | K.FUNCTION_WORDS) || CARE_SERVICE_WORDS.has(t.lower) || SEASONS.has(t.lower))) {
          emitPlace(toks, 0.6, 'place-word-town');
          continue;
        }
        // "at Alder Hey last month", "known to Turning Point": ordinary words capitalised together mid-sentence
        // after at/to/from are a proper name, and after those a place or an organisation
        if (!nested && unknown.length === 0 && toks.length >= 2 && toks.length <= 4 && !toks[0]!.sentenceStart && /^(?:at|to|from)$/.test(prevTok(toks[0])?.lower ?? '') && lineHasLower(start) && !toks.some((t) => t.upper || DEPARTMENTS.has(t.lower) || hasKind(t, K.SPECIALTY_WORDS | K.TITLES | K.RELATIONS | K.FUNCTION_WORDS | K.CREDENTIALS | K.ORG_CUES | K.GENERIC_ORG_WORDS) || CARE_SERVICE_WORDS.has(t.lower))) {
          emitPlace(toks, 0.6, 'place-proper-words');
          continue;
        }
      }
      // ---- "Rob Young has agreed to cover": a given name and a surname that are both words, before what only a person does
      if (toks.length === 2 && isFirst(toks[0]!) && isLast(toks[1]!) && !headInside && toks.every((t) => !isMedical(t) && !isCalendar(t) && !hasKind(t, K.TITLES | K.RELATIONS | K.FUNCTION_WORDS) && !lex.properWords.has(t.lower)) && PERSON_VERB_AFTER_RE.test(text.slice(end, end + 16)) && !isCovered(start, end)) {
        emitName(toks, 0.6, 'name-word-pair-verb');
        continue;
      }
      // ---- Single-token dictionary hits
      if (headInside) continue;
      for (const t of capToks) {
        // an eponym that is also a given name is a person when a verb follows: "Marcus should have called"
        const personVerb = isFirst(t) && (VERB_AFTER_NAME.test(text.slice(t.end, t.end + 16)) || PERSON_ACTION_AFTER.test(text.slice(t.end, t.end + 16))) && /^\s+\w/.test(text.slice(t.end, t.end + 2));
        // a city that names an eponym, after a comma where its field ends: "GP practice, Glasgow.", "(2012, Montreal)", "HUG, Geneva"
        // (not in a list of eponyms: "Barthel, Glasgow.")
        if (isClearPlace(t) && isEponym(t) && !t.sentenceStart && FIELD_AFTER_COMMA_BEFORE_RE.test(text.slice(Math.max(0, t.start - 7), t.start)) && TOWN_FIELD_END_AFTER_RE.test(text.slice(t.end, t.end + 3)) && !(prevTok(t) && isEponym(prevTok(t)!)) && !isCovered(t.start, t.end)) {
          emitPlace([t], 0.65, 'place-dict-single');
          continue;
        }
        if (t.upper || t.text.length < 3 || isMedical(t) || (isEponym(t) && !(isClearPlace(t) && weakLoc) && !personVerb) || isCalendar(t) || medicalHeadAfter(t) || formLabel(t)) continue;
        if (isEnglish(t)) {
          if (run.toks.length === 1 && !t.sentenceStart && !(weakLoc && isPlaceWord(t)) && isFirst(t) && wordNameMidSentence(t)) emitName([t], 0.5, 'name-word-mid-sentence');
          // (at a sentence's start, before what only a person does: "Patience has the keys", "Will will cover days")
          else if (run.toks.length === 1 && t.sentenceStart && isFirst(t) && !german && !hasKind(t, K.RELATIONS | K.TITLES) && PERSON_VERB_AFTER_RE.test(text.slice(t.end, t.end + 16)) && !lex.properWords.has(t.lower)) emitName([t], 0.5, 'name-word-sentence-start');
          continue;
        }
        if (isCovered(t.start, t.end)) continue;
        if (hasKind(t, K.LARGE_AREAS) || hasKind(t, K.US_STATES) || hasKind(t, K.CREDENTIALS)) continue;
        if (isClearPlace(t) && !(isFirst(t) || isLast(t)) && !afterFactor(t)) {
          emitPlace([t], weakLoc ? 0.8 : 0.65, 'place-dict-single');
          continue;
        }
        if ((isFirst(t) || isLast(t)) && !nested) {
          if (!german || isLast(t)) emitName([t], t.sentenceStart ? 0.55 : 0.65, 'name-dict-single');
        }
      }
      // ---- Safety net: an unknown capitalised word inside a run that no rule above claimed
      //      ("Dr Kaur saw Tamsin Ferreira-Lopes at Wairoa Hospital" parts missed by the dictionaries)
      if (!eponymHead) {
        const hasPlace = toks.some((t) => isPlaceWord(t) || hasKind(t, K.ORG_CUES) || hasKind(t, K.GENERIC_ORG_WORDS));
        for (const t of capToks) {
          if (t.upper || t.text.length < 3 || isCovered(t.start, t.end) || !unknownProper(t) || formLabel(t)) continue;
          if (t.sentenceStart && !/^['’]s\b/.test(text.slice(t.end, t.end + 3)) && !VERB_AFTER_NAME.test(text.slice(t.end, t.end + 16))) continue;
          fallback.push(t, hasPlace);
        }
      }
    }
  };
  for (const run of runs) classify(run);

  // ---- a place or organisation followed by a short code or agency acronym: "Ballyhale GAA", "Amazon BHX4"
  pass(() => {
    for (const f of [...ctx.findings]) {
      if (f.type !== 'LOCATION') continue;
      const m = /^ ([A-Z]{2,5}\d{0,3})\b/.exec(text.slice(f.end, f.end + 10));
      if (!m) continue;
      const code = m[1]!;
      if (SPECIAL_ACRONYMS.has(code) || /^(?:ZIP|APT|STE|UNIT|PO|USA|UK|EU|RD|ST|AVE|DOB|MRN|NHS|TEL|FAX)$/.test(code) || lex.genes.has(code.toLowerCase()) || ((lex.clinical.has(code.toLowerCase()) || US_STATE_ABBR.has(code)) && !AGENCY_ACRONYMS.has(code))) continue;
      const e = f.end + m[0].length;
      if (!isCovered(f.end + 1, e)) emit(f.end + 1, e, 'LOCATION', f.confidence, 'place-code');
    }
  });
  // ---- "Savannah PD": a place-like word before an agency acronym
  pass(() => {
    for (const t of tokens) {
      if (!AGENCY_ACRONYMS.has(t.text) || isCovered(t.start, t.end)) continue;
      const p = prevTok(t);
      if (p && p.cap && !p.sentenceStart && text.slice(p.end, t.start) === ' ' && !isMedical(p) && !hasKind(p, K.LARGE_AREAS)) {
        emit(p.start, t.end, 'LOCATION', 0.85, 'place-agency');
      }
    }
  });
  // ---- strong context before an acronym: "student at UCSF", "works for NYPD"
  pass(() => {
    for (const t of tokens) {
      if (!t.upper || t.text.length < 3 || t.text.length > 6 || isCovered(t.start, t.end) || SPECIAL_ACRONYMS.has(t.text) || isMedical(t) || F(t) & W_ENGLISH) continue;
      if (lex.genes.has(t.lower) || lex.clinical.has(t.lower)) continue;
      const before = text.slice(Math.max(0, t.start - 40), t.start);
      // (a clinical abbreviation only where the cue places a person: "works as a porter at HMR", not "referred to CBT")
      if (isAbbreviation(lex, t.text) && !PERSON_PLACED_BEFORE_RE.test(before)) continue;
      if (locContext(t) === 'strong' || EMPLOYER_BEFORE_RE.test(before)) emit(t.start, t.end, 'LOCATION', 0.75, 'place-acronym');
    }
  });
  // ---- an unknown acronym before a hospital's unit or department: "NNUH cath lab", "LGI ward L10", "RCH (cardiology)"
  pass(() => {
    for (const t of tokens) {
      if (!isUnknownAcronym(t) || HOSPITAL_UNIT_NOT_ACRONYMS.has(t.text) || ACRONYM_UNIT_WORDS.has(t.text)) continue;
      const n = nextTok(t);
      if (!n) continue;
      const gap = text.slice(t.end, n.start);
      if (gap !== ' ' && gap !== ' (') continue;
      if (!(ACRONYM_UNIT_WORDS.has(n.text) || (DEPARTMENTS.has(n.lower) && !n.upper))) continue;
      if (t.text.endsWith('U') && /^ward/i.test(n.text)) continue;
      emit(t.start, t.end, 'LOCATION', 0.6, 'place-acronym-unit');
    }
  });
  // ---- a hospital's or health service's acronym, by how those end, where a place stands: "to QECH", "NTUH ER", "(PYNEH)"
  pass(() => {
    for (const t of tokens) {
      // (isUnknownAcronym's bounds first, before the patterns)
      if (!t.upper || t.text.length < 3 || t.text.length > 6) continue;
      const ending = FACILITY_ACRONYM_RE.test(t.text);
      if (!(ending || FACILITY_FIRST_ACRONYM_RE.test(t.text)) || !isUnknownAcronym(t) || HOSPITAL_UNIT_NOT_ACRONYMS.has(t.text) || ACRONYM_UNIT_WORDS.has(t.text)) continue;
      const before = text.slice(Math.max(0, t.start - 24), t.start);
      const after = text.slice(t.end, t.end + 24);
      // (not a history's heading, a register's or a record's number, "MMC 55218", "QEH no. 2277", nor a kind of centre, "PHC")
      if (HISTORY_AFTER_RE.test(after) || NUMBER_AFTER_ACRONYM_RE.test(after) || GENERIC_FACILITY_ACRONYMS.has(t.text)) continue;
      // (either shape, in brackets right after a place or right before one: "HUSM (Hospital Universiti Sains Malaysia)")
      const bracketAfterPlace = / \($/.test(before) && /^\)/.test(after) && ctx.findings.some((f) => f.type === 'LOCATION' && f.end === t.start - 2);
      if (bracketAfterPlace || (/^ \(/.test(after) && ctx.findings.some((f) => f.type === 'LOCATION' && f.start === t.end + 2))) {
        emit(t.start, t.end, 'LOCATION', 0.7, 'place-acronym-facility');
        continue;
      }
      // (alone in brackets, heading its line or ending a heading after a dash only with a hospital's ending: "(PYNEH)", "TVRH - ED
      // admission", "ED ADMISSION NOTE - TVRH"; not "(HINE)")
      if (PLACE_BEFORE_ACRONYM_RE.test(before) || UNIT_AFTER_ACRONYM_RE.test(after) || (ending && ((/\($/.test(before) && /^\)/.test(after)) || (/(?:^|\n)[ \t]*$/.test(before) && /^[ \t]+[-–—][ \t]/.test(after)) || (/[ \t][-–—][ \t]$/.test(before) && /^[ \t]*(?:\r?\n|$)/.test(after))))) emit(t.start, t.end, 'LOCATION', 0.6, 'place-acronym-facility');
    }
  });
  // ---- practices named after a specialty: "Cascade Pulmonary", "Tri-County Dermatology"
  pass(() => {
    for (const t of tokens) {
      if (!t.cap || !hasKind(t, K.SPECIALTY_WORDS) || isCovered(t.start, t.end)) continue;
      const p = prevTok(t);
      if (!p || !p.cap || text.slice(p.end, t.start) !== ' ' || isCovered(p.start, p.end) || hasKind(p, K.GENERIC_ORG_WORDS) || isMedical(p) || isCalendar(p) || hasKind(p, K.TITLES) || hasKind(p, K.RELATIONS)) continue;
      if ((isEnglish(p) && !isPlaceWord(p) && !isLast(p)) || /(?:al|ic|ive|ary|ous|ist|ogy)$/.test(p.lower)) continue;
      if (hasKind(p, K.LARGE_AREAS) || hasKind(p, K.US_STATES) || (p.sentenceStart && isEnglish(p))) continue;
      emit(p.start, t.end, 'LOCATION', 0.8, 'org-specialty');
    }
  });
  // ---- an unknown acronym after "at"/"to"/"from": "biopsy at LUTH", "Rx sent to CVS"
  pass(() => {
    for (const t of tokens) {
      if (!isUnknownAcronym(t)) continue;
      const p = prevTok(t);
      if (!p || !(p.lower === 'at' || p.lower === 'to' || p.lower === 'from') || text.slice(p.end, t.start) !== ' ') continue;
      // "to" only after a verb that sends a person or a prescription somewhere: "sent to CVS", not "progressed to ARDS"
      const pp = prevTok(p);
      if (p.lower === 'to' && !(pp && ACRONYM_TO_VERBS.has(pp.lower) && text.slice(pp.end, p.start) === ' ')) continue;
      const after = text.slice(t.end, t.end + 12);
      if (/^(?:\s?[-/:]?\s?\d|[-/]\w|\s(?:of|level|score|ratio|criteria|positive|negative|\d))/.test(after)) continue;
      if (!lineHasLower(t.start)) continue;
      emit(t.start, t.end, 'LOCATION', 0.6, 'place-acronym-weak');
    }
  });
  // ---- all-caps headers: "NORTHSHORE IMAGING - EVANSTON"
  pass(() => {
    if (/[A-Z]{4,} [A-Z]{4,}/.test(text)) {
      for (const m of text.matchAll(/^[^a-z\n]{6,80}$/gm)) {
        const line = m[0];
        const words = [...line.matchAll(/[A-Z][A-Z'’&-]+/g)];
        const cue = words.findIndex((w) => ORG_CUES.has(w[0].toLowerCase()));
        if (cue > 0) {
          const head = words.slice(0, cue).filter((w) => !GENERIC_ORG_WORDS.has(w[0].toLowerCase()) && !lex.english.has(w[0].toLowerCase()));
          if (head.length) {
            const s = m.index + head[0]!.index;
            const e = m.index + words[cue]!.index + words[cue]![0].length;
            if (!isCovered(s, e)) emit(s, e, 'LOCATION', 0.8, 'org-caps');
          }
        }
        for (const w of words) {
          const lw = w[0].toLowerCase();
          const s = m.index + w.index;
          if (lex.placeSingle.has(lw) && !lex.english.has(lw) && !LARGE_AREAS.has(lw) && !US_STATES.has(lw) && !isCovered(s, s + w[0].length)) {
            emit(s, s + w[0].length, 'LOCATION', 0.7, 'place-caps');
          }
        }
      }
    }
  });
  // ---- forms: "KOVACS, ISTVAN", "PATEL, NIRAV MD"
  pass(() => {
    if (/[A-Z]{2,}, [A-Z]{2,}/.test(text)) {
      for (const m of text.matchAll(/\b([A-Z][A-Z'’-]{1,30}),\s([A-Z][A-Z'’-]{1,30})(?:\s([A-Z])\.?)?\b/g)) {
        const a = m[1]!.toLowerCase();
        const b = m[2]!.toLowerCase();
        if (CREDENTIALS.has(b) || lex.english.has(a) || lex.english.has(b)) continue;
        if (lex.genes.has(a) || lex.clinical.has(a) || lex.genes.has(b) || lex.clinical.has(b) || US_STATE_ABBR.has(m[1]!) || US_STATE_ABBR.has(m[2]!)) continue;
        if (!(lex.lastNames.has(a) || lex.firstNames.has(b) || lex.firstNames.has(a) || lex.lastNames.has(b))) continue;
        // (two abbreviations in a list of observations, a value before or after them, are no surname and given name:
        // "SpO2 89% RA, RR 26", "HR 58, RA, BGL 142"; without one they may be: "Pt LE, MAI admitted", "HO, MAI")
        if (isAbbreviation(lex, m[1]!) && isAbbreviation(lex, m[2]!) && (/\d\s*%?\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index)) || /^\s*\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)))) continue;
        if (!isCovered(m.index, m.index + m[0].length)) emit(m.index, m.index + m[0].length, 'NAME', 0.85, 'name-caps-comma');
      }
    }
  });
  // ---- French/Spanish/Quebec hospital acronyms: "CHU de Québec"
  pass(() => {
    if (/\b(?:C[HI]|GMF|UMF|CLSC)/.test(text)) for (const m of text.matchAll(/\b(?:CHU|CHRU|CHUM|CHUS|CHUQ|CHR|CHSLD|CH|CIUSSS|CISSS|CLSC|GMF(?:-U)?|UMF|AP-HP|HCL)\s+(?:de\s+(?:la\s+)?|du\s+|des\s+)?\p{Lu}[\p{L}'’-]+(?:[-\s]\p{Lu}[\p{L}'’-]+)*/gu)) {
      if (!isCovered(m.index, m.index + m[0].length)) emit(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'org-acronym');
    }
  });
  // ---- @mentions in comments: "@Nkechi"
  pass(() => {
    if (text.includes('@')) for (const m of text.matchAll(/(?<![\w@])@(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/gu)) {
      const s = m.index + 1;
      const w = (m[1]!.split(/\s/)[0] ?? '').toLowerCase();
      if (TITLES.has(w)) continue;
      if (!isCovered(s, s + m[1]!.length)) emit(s, s + m[1]!.length, 'NAME', 0.85, 'name-mention');
    }
  });
  // ---- lower-case informal notes: "mr dawson", "dr chen"
  pass(() => {
    if (tokens.some((t) => !t.cap && !t.upper && LOWER_TITLES.has(t.text))) for (const m of text.matchAll(/(?<![\w'’-])(mr|mrs|ms|miss|dr|sgt|det|insp|supt|cllr|prof)\.?\s+(\p{L}[\p{Ll}'’-]*\p{Ll})(?![\p{L}\p{N}_'’-])/gu)) {
      const w = m[2]!;
      const lw = w.toLowerCase();
      const s = m.index + m[0].length - w.length;
      const known = lex.lastNames.has(lw) || lex.firstNames.has(lw);
      // ("det smith", "insp jones": det and insp are also short for detected and inspection, so a listed name must follow)
      if ((m[1] === 'det' || m[1] === 'insp') && !known) continue;
      const bare = lw.replace(/^(?:o|d)['’]/, '');
      // (an eponym after a title is a person: "mr baker"; "Baker cyst" is caught by the head noun check below)
      const medical = lex.drugs.has(lw) || lex.genera.has(lw) || (lex.clinical.has(lw) && !lex.lastNames.has(lw));
      // a capitalised word or a surname after the title is a name even when it is also a word ("mrs Hope", "mr baker")
      // "QTc 520 ms. Long QT": a unit after a number is no title
      if (/\d\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index)) && (m[0].startsWith('ms') || m[0].includes('.'))) continue;
      const tok = tokens[tokenAt(tokens, s)];
      if (tok && tok.start === s && medicalHeadAfter(tok)) continue;
      // ("dr said no", "dr reviewed": a verb after the title, the doctor unnamed)
      // (after mr, mrs or ms a listed name stays one: "mr said, 54", "mrs will")
      if ((LOWER_NAME_VERB_AFTER.has(lw) || TITLE_VERBS_LOWER.has(lw)) && (/^(?:dr|prof)$/.test(m[1]!) || !known)) continue;
      const wordName = (/^\p{Lu}/u.test(w) || lex.lastNames.has(lw)) && !FUNCTION_WORDS.has(lw);
      if ((known || w.length >= 2) && ((!lex.english.has(lw) && !lex.english.has(bare)) || wordName) && !medical && !LOWER_TITLES.has(lw) && !isCovered(s, s + w.length)) emit(s, s + w.length, 'NAME', known ? 0.8 : 0.7, 'name-title-lower');
    }
  });
  // ---- "dr b", "mrs w": one initial after a title written in lower case
  pass(() => {
    if (tokens.some((t) => !t.cap && !t.upper && LOWER_TITLES.has(t.text)))
      for (const m of text.matchAll(LOWER_TITLE_INITIAL_RE)) {
        const s = m.index + m[0].length - (m[3] ? 3 : 1);
        // ("dr n. med.", a Polish doctor's degree; "5 ms", a unit)
        if (/^\. ?med\b/.test(text.slice(s + 1, s + 7)) || /\d\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || isCovered(s, s + 1)) continue;
        // (with its full stop before a surname: "dr h. pryce" is one name with the surname found after it; "mrs w." ending a
        // sentence keeps the sentence's)
        emit(s, s + (m[3] ? 2 : 1), 'NAME', 0.7, 'name-title-initial');
      }
  });
  // ---- lower-case writing ("asked sarah about it", "jake kowalczyk 17yo", "lives in fresno"):
  //      after a relation word always; anywhere when the whole text is written in lower case
  pass(() => {
    {
      let words = 0;
      let caps = 0;
      let lowerStarts = 0;
      for (const t of tokens) {
        if (t.num) continue;
        words++;
        if (t.cap || t.upper) caps++;
        else if (t.index === 0 || sentenceEndBefore(text, t.start)) lowerStarts++;
      }
      const lowerStyle = words >= 6 && (caps / words < 0.04 || lowerStarts >= 2);
      // (a word of another language that is also a name is a word in a text of that language: "casi", "ayer" in Spanish)
      const plain = (t: Token) => !t.cap && !t.upper && !t.num && t.text.length >= 3 && !(F(t) & (W_ENGLISH | W_DRUG | W_GENUS | W_EPONYM | W_CLINICAL)) && !(lex.foreignLower.has(t.lower) && isForeignText()) && !isCovered(t.start, t.end);
      // The end of a lower-case venue whose first word is tokens[i] (a venue's word after one or two modifiers), or 0.
      const lowerVenueEnd = (i: number): number => {
        for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
          const head = tokens[k]!;
          if (head.cap || head.upper || head.num || !/^[ \t]$/.test(text.slice(tokens[k - 1]!.end, head.start))) return 0;
          if (!LOWER_VENUE_HEADS.has(head.lower)) continue;
          const modifiers = tokens.slice(i, k);
          return modifiers.every((m) => !m.cap && !m.upper && !m.num && m.text.length >= 3 && !isCovered(m.start, m.end) && !(F(m) & (W_DRUG | W_CLINICAL | W_GENUS)) && !hasKind(m, K.FUNCTION_WORDS) && !hasKind(m, K.VENUE_STOP) && !hasKind(m, K.RELATIONS) && !NOT_VENUE_MODIFIERS.has(m.lower)) ? head.end : 0;
        }
        return 0;
      };
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        // "jasmine kaur dhillon", "amelia r. quispe": a given name that is also a word, followed by
        // a (middle initial and) name-dictionary word in lower-case writing
        if (lowerStyle && !t.cap && !t.upper && !t.num && F(t) & W_FIRST && F(t) & W_ENGLISH && !(F(t) & (W_DRUG | W_CLINICAL)) && !isCovered(t.start, t.end)) {
          let k = i + 1;
          let e = t.end;
          const ini = tokens[k];
          if (ini && ini.text.length === 1 && !ini.num && text.slice(e, ini.start) === ' ' && text[ini.end] === '.') {
            e = ini.end + 1;
            k++;
          }
          const n = tokens[k];
          if (n && plain(n) && /^ $/.test(text.slice(e, n.start)) && (e > t.end || F(n) & (W_FIRST | W_LAST))) {
            let end = n.end;
            const n2 = tokens[k + 1];
            if (n2 && plain(n2) && text.slice(end, n2.start) === ' ' && F(n2) & (W_FIRST | W_LAST)) end = n2.end;
            emit(t.start, end, 'NAME', 0.6, 'name-lowercase-pair');
            continue;
          }
        }
        // "called his son ray at work", "his daughter cookie", "from grandson lee": a given name that is also a word, in lower case
        // right after a family word (not a verb after it: "son will", "wife may")
        if (!t.cap && !t.upper && t.text.length >= 3 && (F(t) & (W_FIRST | W_ENGLISH)) === (W_FIRST | W_ENGLISH) && !(F(t) & (W_DRUG | W_GENUS | W_CLINICAL)) && !NOT_A_NAME_AFTER_FAMILY.has(t.lower) && !isCovered(t.start, t.end)) {
          const r = tokens[i - 1];
          // (after a comma only as an apposition: closed after the name, or followed by a surname or what a person does, "my
          // husband, dusty (Dustin...)", "her son, ray smith, came", "his daughter, faith who is a nurse"; not "wife, hope is
          // for discharge", "son, summer holidays abroad")
          const gap = r ? text.slice(r.end, t.start) : '';
          const n = tokens[i + 1];
          const apposition = !gap.includes(',') || /^[ \t]*(?:[,;.)(]|\r?\n|$)/.test(text.slice(t.end, t.end + 3)) || (!!n && text.slice(t.end, n.start) === ' ' && ((F(n) & W_LAST) !== 0 || /^(?:who|at|from|came|comes|says|said|rang|called|phoned)$/.test(n.lower)));
          // (not after a possessive, whose family word it then describes: "his cousin's maple syrup urine disease")
          if (r && !r.cap && (FAMILY_WORDS.has(r.lower) || r.lower === 'named' || r.lower === 'nicknamed') && !/['’]s$/.test(r.text) && /^[ \t]*[,:]?[ \t]+$|^[ \t]*[,:][ \t]*$/.test(gap) && apposition && !/^[ \t]+(?:be|have|not|to|from|up)\b/.test(text.slice(t.end, t.end + 6))) {
            emit(t.start, t.end, 'NAME', 0.65, 'name-family-word');
            continue;
          }
        }
        // "referred to grace in billing", "dawn on reception said": a given name in lower case before the desk a person works at
        // (not after an article or a possessive, which make it a common noun: "the girl on reception")
        if (!t.cap && !t.upper && t.text.length >= 3 && F(t) & W_FIRST && !(F(t) & (W_DRUG | W_GENUS | W_CLINICAL)) && !isCovered(t.start, t.end) && DESK_AFTER_RE.test(text.slice(t.end, t.end + 24)) && !/\b(?:the|a|an|my|his|her|their|our|your|this|that)[ \t]+$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) {
          emit(t.start, t.end, 'NAME', 0.65, 'name-at-desk');
          continue;
        }
        // "back to cedar court", "all at willow lodge", "a cert at south regional tafe": in lower-case writing, a preposition, one
        // or two words that are neither clinical nor a person's, and the word for a home, a hall or a college
        if (lowerStyle && i > 0 && hasKind(tokens[i - 1]!, K.WEAK_PREPS) && /^[ \t]+$/.test(text.slice(tokens[i - 1]!.end, t.start))) {
          const venueEnd = lowerVenueEnd(i);
          if (venueEnd > 0) {
            emit(t.start, venueEnd, 'LOCATION', 0.65, 'place-lowercase-venue');
            continue;
          }
        }
        if (!plain(t)) continue;
        const f = F(t);
        const isName = (f & (W_FIRST | W_LAST)) !== 0;
        const p = tokens[i - 1];
        // (or a role's acronym before or after it: "told RN aroha", "-jenna RN", "ceri DN")
        // (not PT, OT, GP: also services, "PT eval", "OT rec")
        const roleAcronym = (r: Token | undefined) => !!r && r.upper && hasKind(r, K.ROLE_WORDS) && !SERVICE_ROLES.has(r.lower);
        const nx = tokens[i + 1];
        const endsPhrase = /^(?:[,.;)!?]|[ \t]*(?:\r?\n|$)|[ \t]+[a-z])/.test(text.slice(t.end, t.end + 3));
        const afterRelation =
          (!!p && hasKind(p, K.RELATIONS) && /^[\s,:]+$/.test(text.slice(p.end, t.start))) ||
          (roleAcronym(p) && text.slice(p!.end, t.start) === ' ' && endsPhrase) ||
          (roleAcronym(nx) && text.slice(t.end, nx!.start) === ' ' && !isEnglish(t));
        // (a day or month is a name only after a relation: "wife june", not "mon - woke w/ it")
        if (isName && (afterRelation || (lowerStyle && !WEEKDAY_WORDS.has(t.lower)))) {
          // extend over a following surname-like word: "jake kowalczyk"
          let e = t.end;
          let k = i + 1;
          for (; k < tokens.length && k <= i + 2; k++) {
            const n = tokens[k]!;
            // a middle initial: "amelia r. quispe"
            const n2 = tokens[k + 1];
            if (k === i + 1 && n.text.length === 1 && !n.num && text.slice(e, n.start) === ' ' && text[n.end] === '.' && n2 && plain(n2) && n2.start === n.end + 2) {
              e = n2.end;
              k++;
              continue;
            }
            // (a surname that is also a scale's eponym follows a given name too: "kyle ashworth")
            const eponymSurname = !n.cap && !n.upper && !n.num && (F(n) & W_LAST) !== 0 && (F(n) & W_EPONYM) !== 0 && !(F(n) & (W_ENGLISH | W_DRUG | W_CLINICAL)) && !isCovered(n.start, n.end) && !medicalHeadAfter(n);
            if (!(plain(n) || eponymSurname) || text.slice(e, n.start) !== ' ' || !((F(n) & (W_LAST | W_FIRST)) !== 0 || !(F(n) & W_PLACE))) break;
            e = n.end;
          }
          emit(t.start, e, 'NAME', afterRelation ? 0.75 : 0.6, 'name-lowercase');
          i = k - 1;
          continue;
        }
        // "her husband kunle", "tech kerry-ann": a relation word before an unknown lower-case word
        if (afterRelation && t.text.length >= 3 && !/['’](?:t|s|d|ll|ve|re|m)$/.test(t.lower) && !t.lower.split('-').some((x) => lex.english.has(x)) && !MEDICAL_SUFFIX.test(t.lower) && !DRUG_SUFFIX.test(t.lower)) {
          emit(t.start, t.end, 'NAME', 0.65, 'name-relation-lower');
          continue;
        }
        if (lowerStyle && (f & W_PLACE) && p && hasKind(p, K.WEAK_PREPS)) {
          emit(t.start, t.end, 'LOCATION', 0.6, 'place-lowercase');
          continue;
        }
        // "came in from ballinasloe", "lives out at wagga": strong place context before an unknown word
        if (p && (p.lower === 'from' || p.lower === 'in' || p.lower === 'at') && !(f & (W_FIRST | W_LAST) && !(f & W_PLACE)) && !MEDICAL_SUFFIX.test(t.lower) && !DRUG_SUFFIX.test(t.lower)) {
          const w = prevWords(t);
          if (w.length >= 2 && (LOWER_PLACE_VERBS.has(w[1]!) || (w.length >= 3 && LOWER_PLACE_VERBS.has(w[2]!) && (w[1] === 'in' || w[1] === 'out' || w[1] === 'up' || w[1] === 'down' || w[1] === 'back')))) emit(t.start, t.end, 'LOCATION', 0.65, 'place-lowercase-context');
        }
      }
    }
  });
  // ---- whiteboards and handovers: the words after "bed 7 -", "cub 2", "resus 1", "corridor" are the patient
  pass(() => {
    if (!nested) for (const m of matchesAtWordStarts(ctx, BED_CUE_RE, BED_CUE_FIRSTS)) {
      let i = tokenAt(tokens, m.index + m[0].length);
      const s0 = tokens[i];
      if (!s0 || s0.start !== m.index + m[0].length) continue;
      let e = -1;
      let words = 0;
      let named = false;
      // ("bed 7 - bill - HHS": a given name that is also a word, alone between the numbered bed's dash and the next)
      const numbered = /\d/.test(m[0]);
      for (let k = 0; k < 3 && i < tokens.length; k++, i++) {
        const t = tokens[i]!;
        if (e >= 0 && !/^(?:\.? | )$/.test(text.slice(e, t.start))) break;
        // ("jimmy p, 34m": a surname's initial, then the age)
        const initial = t.text.length === 1 && !t.num && (text[t.end] === '.' || (words > 0 && BED_NAME_AFTER_RE.test(text.slice(t.end, t.end + 12))));
        if (!initial) {
          const f = F(t);
          // "bed 4 - hope adeyemi", "Bed 3 - Hope (91F)", "bed 7 - frank (pt)": a given name that is also a word, when a name or an age follows
          const n = tokens[i + 1];
          const nameNext = n !== undefined && text.slice(t.end, n.start) === ' ' && !n.num && (n.text.length > 1 || BED_NAME_AFTER_RE.test(text.slice(n.end, n.end + 12)));
          // (the next word a name, or an unknown word, and the age after it: "hope adeyemi, 91yo", "Sunday Nwachukwu, 12yo")
          const agedPair = nameNext && k === 0 && (n.text.length === 1 || (F(n) & (W_FIRST | W_LAST)) !== 0 || !(F(n) & (W_ENGLISH | W_DRUG | W_GENUS | W_CLINICAL | W_GENE))) && BED_NAME_AFTER_RE.test(text.slice(n.end, n.end + 12));
          const wordName = (f & W_ENGLISH && f & (W_FIRST | W_LAST) && !(f & (W_DRUG | W_GENUS | W_GENE)) && (BED_NAME_AFTER_RE.test(text.slice(t.end, t.end + 12)) || (numbered && k === 0 && !t.upper && /^\s[-–]\s(?=\S)/.test(text.slice(t.end, t.end + 4))) || agedPair || (nameNext && (!(F(n) & W_ENGLISH) || (t.cap && n.cap)) && (F(n) & (W_FIRST | W_LAST)) !== 0))) ||
            (agedPair && !(f & (W_DRUG | W_GENUS | W_GENE | W_CLINICAL)) && !hasKind(t, K.TITLES) && !(F(n) & W_ENGLISH) && (t.cap ? n.cap : !(f & W_ENGLISH) && !n.cap));
          // ("bed 22 HbA1c", "bed 9 BP": a lab's or an observation's abbreviation)
          if ((/\p{Ll}\p{Lu}/u.test(t.text) && !/^(?:Mc|Mac)\p{Lu}/u.test(t.text)) || (t.upper && t.text.length <= 3)) break;
          if (!wordName && (t.num || t.text.length < 2 || f & (W_ENGLISH | W_DRUG | W_GENUS | W_CLINICAL | W_GENE) || (f & W_EPONYM && !(f & (W_FIRST | W_LAST))) || medicalHeadAfter(t) || isCalendar(t) || hasKind(t, K.TITLES) || hasKind(t, K.CREDENTIALS))) break;
          if (/['’](?:t|s|d|ll|ve|re|m)$/.test(t.lower) && !(f & (W_FIRST | W_LAST))) break;
          if (t.cap || t.upper || f & (W_FIRST | W_LAST)) named = true;
          words++;
        }
        e = t.end + (initial && text[t.end] === '.' ? 1 : 0);
      }
      // (a part already found as a name joins: "Sunday Nwachukwu")
      const free = !isCovered(s0.start, e) || (!isCovered(s0.start, s0.end) && ctx.findings.every((f) => f.type === 'NAME' || f.end <= s0.start || f.start >= e));
      // (two unknown lower-case words with the age after them are a name too: "bed 3 - kev o'dowd, 54")
      if (!named && words >= 2 && BED_NAME_AFTER_RE.test(text.slice(e, e + 12))) named = true;
      if (words > 0 && named && e > s0.start && free) emit(s0.start, text[e - 1] === '.' ? e - 1 : e, 'NAME', 0.7, 'name-bed');
    }
  });
  // ---- an ALL-CAPS surname or given name inside ordinary text: "seen with PAVLOVIC's wife", "M. TOKUNAGA"
  pass(() => {
    if (!nested) for (const t of tokens) {
      if (!t.upper || t.text.length < 4 || isCovered(t.start, t.end)) continue;
      const f = F(t);
      if (!(f & (W_FIRST | W_LAST)) || f & (W_ENGLISH | W_DRUG | W_GENUS | W_CLINICAL | W_GENE) || isMedical(t) || medicalHeadAfter(t) || hasKind(t, K.US_STATES) || hasKind(t, K.LARGE_AREAS) || hasKind(t, K.CREDENTIALS) || SPECIAL_ACRONYMS.has(t.text) || AGENCY_ACRONYMS.has(t.text)) continue;
      // only where the surrounding line has lower-case words (caps lines were read title-cased)
      if (!lineHasLower(t.start)) continue;
      const p = prevTok(t);
      const s = p && p.text.length === 1 && !p.num && text.slice(p.end, t.start) === '. ' && !isCovered(p.start, p.end) ? p.start : t.start;
      emit(s, t.end, 'NAME', 0.6, 'name-caps-dict');
    }
  });
  // ---- a name in capitals after a title written in lower case: "Dr. SUNITHA REDDY, MD", "Mme DIALLO-MARCHAND Aminata",
  //      "Dr. P. LAKSHMI PRASANNA MD" (a title in capitals, "MR SCAN", "MS relapse", is no title)
  pass(() => {
    // (speed: the titles are written in ASCII, so a plain pattern looks for one first)
    if (nested || !/[A-Z][a-z]{0,4}\.?[ \t]+[A-Z][A-Z.]/.test(text)) return;
    for (const m of text.matchAll(TITLE_CAPS_NAME_RE)) {
      const s = m.index + m[0].length - m[1]!.length;
      // (the tokens of the match only: slicing to the text's end for each match was quadratic)
      let ws = tokens.slice(tokenAt(tokens, s), tokenAt(tokens, s + m[1]!.length)).filter((w) => w.end <= s + m[1]!.length);
      // (a credential or a clinical acronym ends the name: "PRASANNA MD")
      const cut = ws.findIndex((w) => w.text.length > 1 && (hasKind(w, K.CREDENTIALS) || isMedical(w) || lex.clinical.has(w.lower) || SPECIAL_ACRONYMS.has(w.text) || DEPARTMENT_ACRONYMS.has(w.text) || hasKind(w, K.FUNCTION_WORDS)));
      if (cut >= 0) ws = ws.slice(0, cut);
      if (!ws.some((w) => w.text.length > 1)) continue;
      const e = ws[ws.length - 1]!.end;
      if (!isCovered(s, e) || ctx.findings.every((f) => f.type === 'NAME' || f.end <= s || f.start >= e)) emit(s, e, 'NAME', 0.85, 'name-title-caps');
    }
  });
  // ---- coordination: "Parents Erik and Maja", "Grant and I"
  pass(() => {
    const coordinate = (s: number) => {
      const t = tokens[tokenAt(tokens, s)];
      if (!t || t.start !== s || !t.cap || isCovered(s, t.end)) return;
      if (hasKind(t, K.TITLES) || isMedical(t) || isEponym(t) || hasKind(t, K.ORG_CUES) || isCalendar(t) || (isEnglish(t) && !isFirst(t) && !isLast(t))) return;
      emit(s, t.end, 'NAME', 0.75, 'name-coordination');
    };
    for (const e of nameEnds) {
      const m = /^\s+(?:and|&|or)\s+(\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(e, e + 40));
      if (m) coordinate(e + m[0].length - m[1]!.length);
    }
    // ... and backwards: "Emeka and Ngozi Chukwu"
    for (const f of [...ctx.findings]) {
      if (f.type !== 'NAME' || f.confidence < 0.5) continue;
      const m = /(\p{Lu}[\p{L}'’-]+)\s+(?:and|&)\s+$/u.exec(text.slice(Math.max(0, f.start - 40), f.start));
      if (m) coordinate(f.start - m[0].length);
    }
    // "Kylie and I": a first name beside the writer
    if (text.includes(' and I '))
      for (let i = 0; i + 2 < tokens.length; i++) {
        const t = tokens[i]!;
        const and = tokens[i + 1]!;
        const me = tokens[i + 2]!;
        // ("I" as its own word, as \b ends it: "I", "I'm", "I've")
        if (and.text !== 'and' || !/^I(?![A-Za-z0-9_])/.test(text.slice(me.start, me.start + 2))) continue;
        if (/^\p{Lu}\p{Ll}+$/u.test(t.text) && /^\s+$/.test(text.slice(t.end, and.start)) && /^\s+$/.test(text.slice(and.end, me.start)) && isFirst(t)) coordinate(t.start);
      }
  });
  // ---- a first name just before a found surname: "Brooke Whitmore" at the start of a sentence
  pass(() => {
    for (const f of [...ctx.findings]) {
      if (f.type !== 'NAME' || f.confidence < 0.5) continue;
      const ti = tokenAt(tokens, f.start);
      const p = tokens[ti - 1];
      if (!p || !p.cap || text.slice(p.end, f.start) !== ' ' || isCovered(p.start, p.end)) continue;
      if (isFirst(p) && !isMedical(p) && !isCalendar(p) && !hasKind(p, K.TITLES) && !hasKind(p, K.RELATIONS) && !hasKind(p, K.ORG_CUES)) emit(p.start, p.end, 'NAME', f.confidence, 'name-first-before');
    }
  });
  // ---- organisation and address spans grown over their neighbours
  pass(() => {
    {
      const plainCap = (t: Token, mid = false) => t.cap && !(F(t) & (W_DRUG | W_GENUS | W_GENE)) && !(isMedical(t) && !isEnglish(t)) && !isCalendar(t) && !hasKind(t, K.CREDENTIALS) && (mid || !hasKind(t, K.RELATIONS)) && !(hasKind(t, K.TITLES) && !hasKind(t, K.WEAK_TITLES)) && !t.num;
      const locs = ctx.findings.filter((f) => f.type === 'LOCATION' && f.confidence >= 0.7).sort((a, b) => a.start - b.start);
      for (const f of locs) {
        // back over the capitalised words of the same name: "The Travel Doctor [Bondi Junction]"
        let ti = tokenAt(tokens, f.start);
        let s = f.start;
        while (ti > 0) {
          const p = tokens[ti - 1]!;
          const g = text.slice(p.end, s);
          // a role word inside a name ("The Travel Doctor Bondi Junction") only with a capitalised word before it
          const pp = tokens[ti - 2];
          const mid = !!pp && pp.cap && text.slice(pp.end, p.start) === ' ';
          if (!(g === ' ' || g === ' & ' || (g === '. ' && PERIOD_ABBR.has(p.lower))) || !plainCap(p, mid) || isCovered(p.start, p.end) || hasKind(p, K.LARGE_AREAS) || hasKind(p, K.US_STATES)) break;
          if (p.sentenceStart && isEnglish(p) && p.lower !== 'the') break;
          if (p.text === 'the') break;
          s = p.start;
          ti--;
          if (p.sentenceStart) break;
        }
        // a bare "The" is not worth a span of its own
        // (one span with the place it grows, not a fragment ending in a space)
        if (s < f.start && !(text.slice(s, s + 4) === 'The ' && tokenAt(tokens, f.start) - ti === 1)) emit(s, f.end, 'LOCATION', f.confidence, 'place-extend');
        // forward over organisation words and a " - Branch": "Royal Sussex County [Hospital]", "... - Temple"
        let e = f.end;
        let k = tokenAt(tokens, e);
        while (k < tokens.length) {
          const n = tokens[k]!;
          const g = text.slice(e, n.start);
          if (g === ' ' && n.cap && (hasKind(n, K.ORG_CUES) || hasKind(n, K.GENERIC_ORG_WORDS)) && !isCovered(n.start, n.end) && !medicalHeadAfter(n) && !isHead(n)) {
            e = n.end;
            k++;
            continue;
          }
          // a branch after a dash: "Ochsner Medical Center – Kenner", "Athletico Physical Therapy – Oak Park" (a town may
          // have been taken for a surname already)
          if (/^ [-–—] $/.test(g) && plainCap(n) && !(isEnglish(n) && !isPlaceWord(n) && !isFirst(n) && !isLast(n)) && (!isCovered(n.start, n.end) || ctx.findings.some((x) => (x.type === 'NAME' || x.type === 'LOCATION') && x.start === n.start))) {
            let be = n.end;
            let bk = k + 1;
            while (bk < tokens.length && bk < k + 3 && text.slice(be, tokens[bk]!.start) === ' ' && plainCap(tokens[bk]!)) be = tokens[bk++]!.end;
            if (/^(?:[ \t]*(?:$|\n|[.,;)|(])|[ \t]+(?:\d|[a-z]))/.test(text.slice(be, be + 2))) {
              e = be;
              k = bk;
            }
          }
          break;
        }
        if (e > f.end) emit(f.start, e, 'LOCATION', f.confidence, 'place-extend');
      }
      // the next part of an address after a comma: "Marine Court, [Hove], East Sussex", "Al Barsha 2, [Dubai]"
      const addrEnds = new Set<number>();
      for (const f of ctx.findings) if (f.type === 'LOCATION' && f.confidence >= 0.75) addrEnds.add(f.end);
      for (const t of tokens) {
        if (!t.cap || t.index === 0 || codeAt(text, t.start - 2) !== 44 || isCovered(t.start, t.end)) continue;
        const p = tokens[t.index - 1]!;
        if (text.slice(p.end, t.start) !== ', ' || !addrEnds.has(p.end)) continue;
        let e = t.end;
        let k = t.index + 1;
        const run = [t];
        while (k < tokens.length && run.length < 3 && text.slice(e, tokens[k]!.start) === ' ' && tokens[k]!.cap) {
          run.push(tokens[k]!);
          e = tokens[k]!.end;
          k++;
        }
        if (!run.every((x) => plainCap(x) && !hasKind(x, K.LARGE_AREAS) && !hasKind(x, K.US_STATES) && !US_STATE_ABBR.has(x.text) && !hasKind(x, K.ORG_PARTICLES)) || run.some((x) => medicalHeadAfter(x))) continue;
        const tail = text.slice(e, e + 3);
        // the chain goes on (another part, a postcode) or the line ends
        const nx = tokens[k];
        const more = /^, /.test(tail) && !!nx && (nx.num || nx.upper || covered[nx.start] === 1 || nx.cap);
        if (!(more || /^[ \t]*(?:$|\n|\||;|\.(?:\s|$))/.test(tail) || /^ [A-Z]{1,2}\d/.test(tail))) continue;
        if (run.every((x) => isEnglish(x) && !isPlaceWord(x)) && !more) continue;
        emit(t.start, e, 'LOCATION', 0.75, 'place-address-part');
        addrEnds.add(e);
      }
    }
  });
  // ---- workplaces and venues without a cue word:
  //      "pharmacist at boots", "lab tech @ quest diagnostics", "works @ the apple store", "outside the Crown & Anchor"
  pass(() => {
    for (let i = 1; i < tokens.length - 1; i++) {
      const p = tokens[i]!;
      const at = p.lower === 'at' || p.lower === 'for' || p.lower === 'outside';
      const atSign = !at && codeAt(text, p.end + 1) === 64 && codeAt(text, p.end) === 32 && codeAt(text, p.end + 2) === 32;
      if (!at && !atSign) continue;
      let k = atSign ? i + 1 : i + 1;
      let q = tokens[k];
      if (!q || (at && text.slice(p.end, q.start) !== ' ') || (atSign && q.start !== p.end + 3)) continue;
      const the = q.lower === 'the' && (!q.cap || !q.sentenceStart);
      if (the) {
        q = tokens[++k];
        if (!q || text.slice(tokens[k - 1]!.end, q.start) !== ' ') continue;
      }
      const cap = q.cap && !q.sentenceStart;
      // who is there: a work word before ("works", "pharmacist", "tech"), or a venue after "the"
      const w = atSign ? p.lower : tokens[i - 1]!.lower;
      // "Medical Center for cath": the end of a place's name is not a worker
      if (!atSign && hasKind(tokens[i - 1]!, K.ORG_CUES)) continue;
      const workCue = (p.lower === 'for' ? WORK_VERBS.has(w) : STRONG_LOC_WORDS.has(w)) || WORK_WORDS.has(w) || (OCCUPATION_RE.test(w) && w.length > 4 && !FUNCTION_WORDS.has(w)) || (atSign && (STRONG_LOC_WORDS.has(tokens[i - 1]!.lower) || WORK_WORDS.has(tokens[i - 1]!.lower)));
      if (!(workCue && p.lower !== 'outside') && !(cap && the)) continue;
      if (!cap && !workCue) continue;
      const words: Token[] = [];
      let e = q.start;
      for (let j = k; j < tokens.length && words.length < 4; j++) {
        const t = tokens[j]!;
        const g = text.slice(e, t.start);
        // "the Fox and Hound", "the Crown & Anchor": pub names join two capitalised words
        const n = tokens[j + 1];
        if (cap && the && words.length && t.lower === 'and' && g === ' ' && n?.cap && text.slice(t.end, n.start) === ' ') {
          e = t.end;
          continue;
        }
        if (words.length && !(g === ' ' || g === ' & ')) break;
        if (t.num || (cap ? !t.cap : t.cap || t.upper) || isCovered(t.start, t.end)) break;
        if (!cap && (hasKind(t, K.FUNCTION_WORDS) || hasKind(t, K.VENUE_STOP))) break;
        if (isMedical(t) || isCalendar(t) || hasKind(t, K.TITLES) || hasKind(t, K.RELATIONS) || medicalHeadAfter(t)) break;
        words.push(t);
        e = t.end;
      }
      if (words.length === 0) continue;
      // "on high st": a street after the venue
      const on = /^ on ([a-z]+ (?:st|street|rd|road|lane|ave))\b/.exec(text.slice(e, e + 24));
      if (!cap && on) e += on[0].length;
      // not a generic place ("at the hospital", "for the practice", "at home", "works for the council")
      if (words.every((t) => hasKind(t, K.ORG_CUES) || hasKind(t, K.GENERIC_ORG_WORDS) || hasKind(t, K.FACILITY_NOUNS_LOWER) || SPECIAL_ACRONYMS.has(t.text) || hasKind(t, K.VENUE_STOP))) continue;
      if (cap && words.every((t) => isEnglish(t) && !isPlaceWord(t)) && !(words.length >= 2 || text.slice(q.start, e).includes('&'))) continue;
      if (text.slice(q.start, e).endsWith(' and')) continue;
      if (!cap && !(words.length >= 2 || ORG_CUES.has(tokens[k + 1]?.lower ?? '') || on || !isEnglish(words[0]!))) continue;
      if (!cap && /^\s*(?:\d|am\b|pm\b)/.test(text.slice(e, e + 4))) continue;
      emit(the ? tokens[k - 1]!.start : q.start, e, 'LOCATION', cap ? 0.75 : 0.65, 'place-venue');
      i = k + words.length - 1;
    }
  });
  // ---- the value of an address label, part by part: "address on file the old rectory, church lane, keswick",
  //      "Home: Villa 12, Street 4, Al Barsha 2, Dubai"
  pass(() => {
    for (const t of tokens) {
      if (!hasKind(t, K.ADDRESS_LABELS) || (codeAt(text, t.end) >= 48 && codeAt(text, t.end) <= 57)) continue;
      const m = ADDRESS_VALUE_RE.exec(text.slice(t.end, t.end + 24));
      if (!m) continue;
      if (t.lower === 'home' && !/:/.test(m[0])) continue;
      if (t.lower !== 'home' && t.index > 0 && tokens[t.index - 1]!.lower === 'to') continue;
      const vs = t.end + m[0].length;
      let ve = vs;
      // "Address:\nFlat 3B, 17 Brunswick Terrace\nHove\nBN3 1HL": a block of lines, up to a blank line or the next label
      const block = m[0].includes('\n');
      let lines = 1;
      const lim = Math.min(text.length, vs + (block ? 200 : 120));
      while (ve < lim) {
        const c = text[ve]!;
        if (c === '\n' && block && lines < 5) {
          const next = text.slice(ve + 1, text.indexOf('\n', ve + 1) < 0 ? text.length : text.indexOf('\n', ve + 1));
          if (next.trim() && !next.includes(':') && next.length <= 60) {
            lines++;
            ve++;
            continue;
          }
        }
        if (c === '\n' || c === ';' || (c === '.' && /^\.(?:\s|$)/.test(text.slice(ve, ve + 2))) || (c === ' ' && text[ve + 1] === ' ')) break;
        // (the sentence goes on after the address: "..., Dublin 6 if you need it")
        if (c === ' ' && /^ (?:if|but|so|because|when|which|that|in case|as|and then|thanks|pls|please)\b/.test(text.slice(ve, ve + 10))) break;
        ve++;
      }
      const value = text.slice(vs, ve);
      const stopAt = /\b(?:tel|phone|mob|mobile|cell|dob|email|fax|nhs|mrn)\b/i.exec(value);
      const v = stopAt ? value.slice(0, stopAt.index) : value;
      if (/^\s*(?:same|unknown|none|n\/?a|nfa|not known|withheld|unchanged|as above|confirmed|updated|verified)\b/i.test(v)) continue;
      const segs: [number, number][] = [];
      const re = /[^,|\n]+/g;
      for (let sm = re.exec(v); sm; sm = re.exec(v)) {
        const raw = sm[0];
        const lead = raw.length - raw.trimStart().length;
        const seg = raw.trim().replace(/[\s.]+$/, '');
        if (!seg) continue;
        segs.push([vs + sm.index + lead, vs + sm.index + lead + seg.length]);
      }
      if (segs.length === 0 || segs.length > (block ? 8 : 6)) continue;
      const segToks = (a: number, b: number) => tokens.slice(tokenAt(tokens, a), tokenAt(tokens, b));
      const all = segToks(segs[0]![0], segs[segs.length - 1]![1]);
      if (all.length === 0 || all.length > (block ? 24 : 16) || all.some((x) => isMedical(x) && !x.num)) continue;
      if (segs.length < 2 && !all.some((x) => x.num || !isEnglish(x) || isPlaceWord(x))) continue;
      // one span over the parts (commas included), up to the last part smaller than a state
      let last = -1;
      for (let q = 0; q < segs.length; q++) {
        const [a, b] = segs[q]!;
        const st = segToks(a, b);
        if (st.length === 0 || st.length > 6) break;
        const w = text.slice(a, b).toLowerCase();
        if (!(LARGE_AREAS.has(w) || US_STATES.has(w) || STATE_MULTI.test(text.slice(a, b)) || US_STATE_ABBR.has(text.slice(a, b)))) last = q;
      }
      if (last >= 0) emit(segs[0]![0], segs[last]![1], 'LOCATION', 0.8, 'address-label');
    }
  });
  // ---- a person addressed at the start of a sentence: "Hemi, was that you?", "Tavita, can you check"
  pass(() => {
    for (const t of tokens) {
      if (!t.cap || !t.sentenceStart || codeAt(text, t.end) !== 44 || t.text.length < 3 || isCovered(t.start, t.end)) continue;
      const n = tokens[t.index + 1];
      if (!n || n.cap || !hasKind(n, K.VOCATIVE_NEXT) || text.slice(t.end, n.start) !== ', ') continue;
      if (isEnglish(t) || isMedical(t) || isCalendar(t) || isPlaceWord(t) || hasKind(t, K.LARGE_AREAS) || hasKind(t, K.TITLES) || hasKind(t, K.RELATIONS) || hasKind(t, K.ORG_CUES)) continue;
      emit(t.start, t.end, 'NAME', 0.7, 'name-vocative');
    }
    // "Kerry-Ann here.", "Wanjiru here 👋": who is writing; "Pinky ma'am", "Kumar sir": a name and an honorific after it
    for (const t of tokens) {
      if (!t.cap || t.upper || t.text.length < 3 || isCovered(t.start, t.end)) continue;
      const after = text.slice(t.end, t.end + 8);
      // ("Mark here for incision": the sign-in ends there, with a stop, a comma, an emoji or the line)
      const here = (t.sentenceStart || /(?:^|\p{Extended_Pictographic}\uFE0F?)[ \t]*$/u.test(text.slice(Math.max(0, t.start - 3), t.start))) && /^ here(?:[.!,:;)]|[ \t]*(?:\n|$|\p{Extended_Pictographic}|[-–])| (?:covering|on call|on nights|till|until|today|tonight|this (?:am|pm|morning|afternoon|evening)))/iu.test(text.slice(t.end, t.end + 26));
      const honorific = /^ (?:ma['’]am|madam|sir|ji|sahab|saab|bhai|didi|akka)\b/i.test(after);
      if (!here && !honorific) continue;
      if (isMedical(t) || isCalendar(t) || hasKind(t, K.LARGE_AREAS) || hasKind(t, K.TITLES) || hasKind(t, K.RELATIONS) || hasKind(t, K.ORG_CUES) || hasKind(t, K.FUNCTION_WORDS) || INTERJECTIONS.has(t.lower)) continue;
      // (an ordinary word is no name: "Respected Sir", "Understood sir"; "Pinky" is in no list of names but is one)
      if (isEnglish(t) && !isFirst(t) && !isLast(t) && (here || /(?:ed|ing|ly|ood)$/.test(t.lower))) continue;
      emit(t.start, t.end, 'NAME', 0.75, here ? 'name-here' : 'name-honorific');
    }
    // a request to someone at the start of a line, without the comma: "Lerato pls do the BI-1663", "wambui can u do the review"
    for (const t of tokens) {
      if (t.num || t.upper || t.text.length < 3 || isCovered(t.start, t.end)) continue;
      // (sentenceStart is kept for capitalised words only; a lower-case chat line starts where the text or a line does)
      if (!t.sentenceStart && !(t.cap ? false : /(?:^|[\n.!?])[ \t]*$/.test(text.slice(Math.max(0, t.start - 3), t.start)))) continue;
      const n = tokens[t.index + 1];
      const n2 = tokens[t.index + 2];
      if (!n || text.slice(t.end, n.start) !== ' ') continue;
      const asks = n.lower === 'pls' || n.lower === 'plz' || n.lower === 'please' || (/^(?:can|could|would)$/.test(n.lower) && !!n2 && /^(?:u|you|ya)$/.test(n2.lower));
      if (!asks) continue;
      if (isMedical(t) || isCalendar(t) || hasKind(t, K.LARGE_AREAS) || hasKind(t, K.TITLES) || hasKind(t, K.RELATIONS) || hasKind(t, K.ORG_CUES) || hasKind(t, K.FUNCTION_WORDS) || (isEnglish(t) && !isFirst(t))) continue;
      // ("Neuro pls see", "Reg pls review": a team or a role is asked, not a person)
      if (hasKind(t, K.ROLE_WORDS) || hasKind(t, K.SPECIALTY_WORDS) || DEPARTMENTS.has(t.lower) || SPECIALTY_SHORT.has(t.lower)) continue;
      emit(t.start, t.end, 'NAME', 0.7, 'name-vocative');
    }
  });
  // ---- a family member's name that is also a word: "aunty Mere", "her sister Hope"
  pass(() => {
    for (const t of tokens) {
      if (!t.cap || t.sentenceStart || t.index === 0 || isCovered(t.start, t.end)) continue;
      const p = tokens[t.index - 1]!;
      if (!hasKind(p, K.FAMILY) || p.cap || text.slice(p.end, t.start) !== ' ') continue;
      // (River, Brook, Dale are names here even though they also name places)
      if (isMedical(t) || isCalendar(t) || hasKind(t, K.LARGE_AREAS) || hasKind(t, K.US_STATES) || hasKind(t, K.TITLES) || hasKind(t, K.RELATIONS) || t.upper || hasKind(t, K.FUNCTION_WORDS)) continue;
      const n = tokens[t.index + 1];
      if (n && n.cap && text.slice(t.end, n.start) === ' ') continue; // runs are the classifier's
      emit(t.start, t.end, 'NAME', 0.75, 'name-family');
    }
  });
  // ---- HL7-style names: "PID|...|SOLBERG^ASTRID^MARIT|", "NK1|SOLBERG^HAAKON|SPOUSE"
  pass(() => {
    for (let c = text.indexOf('^'), done = -1; c > 0; c = text.indexOf('^', c + 1)) {
      if (c < done) continue;
      // from the start of the word before the caret
      const ti = tokenAt(tokens, c) - 1;
      const w = tokens[ti];
      if (!w || w.end !== c || !(w.cap || w.upper)) continue;
      HL7_NAME_RE.lastIndex = w.start;
      const m = HL7_NAME_RE.exec(text);
      // (a clinician's field starts with an ID: "|10882^SIDDIQUI^ZEHRA")
      if (!m || (w.start > 0 && /[\p{L}\p{N}^]/u.test(text[w.start - 1]!) && !/(?:^|[|~])[\w-]{1,15}\^$/u.test(text.slice(Math.max(0, w.start - 17), w.start)))) continue;
      done = m.index + m[0].length;
      const parts = m[0].split('^');
      // (a code's text and its coding system is no name: "2345-7^Glucose^LN", "HDL^LN")
      if (CODING_SYSTEM_RE.test(parts[parts.length - 1]!)) continue;
      if (parts.some((p) => lex.genes.has(p.toLowerCase()) || lex.clinical.has(p.toLowerCase()) || lex.drugs.has(p.toLowerCase()))) continue;
      if (!parts.some((p) => lex.firstNames.has(p.toLowerCase()) || lex.lastNames.has(p.toLowerCase()) || !lex.english.has(p.toLowerCase()))) continue;
      const s = m.index;
      // (the empty components after it belong to it: "VERMEULEN^JORIS^^^")
      const e = s + m[0].length + (/^\^+(?=[|\]\s]|$)/.exec(text.slice(s + m[0].length, s + m[0].length + 8))?.[0].length ?? 0);
      emit(s, e, 'NAME', 0.85, 'name-hl7');
    }
  });
  // ---- a capitalised word before "'s mum", "(daughter)": "Kofi's mum", "Ama Owusu (sister)"
  pass(() => {
    for (const t of tokens) {
      if (!t.cap || t.text.length < 2) continue;
      const c = codeAt(text, t.end);
      if (!(c === 39 || c === 8217 || (c === 32 && codeAt(text, t.end + 1) === 40)) || isCovered(t.start, t.end)) continue;
      const after = text.slice(t.end, t.end + 24);
      const m = /^(?:['’]s\s+|\s\()(\p{Ll}[\p{L}-]*)/u.exec(after);
      if (!m || !RELATIONS.has(m[1]!) || (m[0].includes('(') && after[m[0].length] !== ')')) continue;
      if (isMedical(t) || isCalendar(t) || hasKind(t, K.ORG_CUES) || hasKind(t, K.TITLES) || hasKind(t, K.RELATIONS) || hasKind(t, K.LARGE_AREAS) || hasKind(t, K.US_STATES) || isEponym(t) || (isEnglish(t) && !isFirst(t) && !isLast(t))) continue;
      // and a capitalised word before it: "Ama Owusu (sister)"
      const p = prevTok(t);
      const s = p && p.cap && text.slice(p.end, t.start) === ' ' && !isCovered(p.start, p.end) && (isFirst(p) || !isEnglish(p)) && !isMedical(p) && !hasKind(p, K.TITLES) && !hasKind(p, K.RELATIONS) ? p.start : t.start;
      emit(s, t.end, 'NAME', 0.8, 'name-possessive-relation');
    }
  });
  // ---- sign-offs: "— R. Okonkwo, RN", "Thanks, Priya", "cheers\nsunil"
  pass(() => {
    for (let ls = 0; ls < text.length; ) {
      const nl = text.indexOf('\n', ls);
      SIGNOFF_RE.lastIndex = ls;
      const m = SIGNOFF_RE.exec(text);
      ls = nl < 0 ? text.length : nl + 1;
      if (!m) continue;
      let i = tokenAt(tokens, m.index + m[0].length);
      const s0 = tokens[i];
      if (!s0 || s0.start !== m.index + m[0].length || isCovered(s0.start, s0.end)) continue;
      const dash = /[—–~-][ \t]*$/.test(m[0]);
      let e = -1;
      let n = 0;
      for (; i < tokens.length && n < 3; i++, n++) {
        const t = tokens[i]!;
        if (e >= 0 && !/^\.? $|^-$/.test(text.slice(e, t.start))) break;
        const initial = t.text.length === 1 && t.cap;
        if (!initial && (isMedical(t) || isCalendar(t) || hasKind(t, K.CREDENTIALS) || hasKind(t, K.TITLES) || (isEnglish(t) && !isFirst(t) && !isLast(t)) || t.num)) break;
        if (!t.cap && !(n === 0 && !dash && /^[ \t]*(?:\n|$|,)/.test(text.slice(t.end, t.end + 2)))) break;
        e = t.end;
      }
      if (e < 0) continue;
      // a dash sign-off needs the end of the line or a credential after it: "— R. Okonkwo, RN"
      const tail = text.slice(e, e + 12);
      if (dash && !/^[ \t]*(?:\n|$|,\s*[A-Za-z]{2,6}\b|\()/.test(tail)) continue;
      if (!dash && !/^[ \t]*(?:\n|$|[,.!])/.test(tail)) continue;
      emit(s0.start, e, 'NAME', 0.8, 'name-signoff');
      nameEnds.push(e);
    }
  });
  // ---- lower-case names after a cue that addresses or quotes a person:
  //      "-> sunil:", "hi priya", "asked dmitri", "per sunita", "thanks kev", "cc ollie"
  pass(() => {
    const arrows = text.includes('->') || text.includes('→');
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.cap || t.upper || t.num || t.text.length < 3) continue;
      const p = tokens[i - 1]!;
      const cue = hasKind(p, K.LOWER_NAME_CUES);
      if (!cue) {
        if (!arrows) continue;
        let j = t.start - 1;
        while (j > p.end && (text[j] === ' ' || text[j] === '\t')) j--;
        if (!((text[j] === '>' && text[j - 1] === '-') || text[j] === '→')) continue;
      } else if (!/^[ \t]$|^,[ \t]$/.test(text.slice(p.end, t.start))) continue;
      if (isCovered(t.start, t.end)) continue;
      const f = F(t);
      if (f & (W_ENGLISH | W_DRUG | W_GENUS | W_CLINICAL | W_GENE) || (f & W_EPONYM && !(f & (W_FIRST | W_LAST))) || (f & W_PLACE && !(f & (W_FIRST | W_LAST)))) continue;
      if (/^\s*\d/.test(text.slice(t.end, t.end + 3)) || MEDICAL_SUFFIX.test(t.lower) || DRUG_SUFFIX.test(t.lower) || /['’]/.test(t.text) || t.lower.split('-').some((x) => lex.english.has(x))) continue;
      emit(t.start, t.end, 'NAME', 0.65, 'name-cue-lower');
    }
  });
  // ---- handles: "@neuro_nerd_mo", "@sunil.k"
  pass(() => {
    if (text.includes('@')) for (const m of text.matchAll(/(?<![\w.@])@([A-Za-z][\w.]*\w)(?![\w@])/g)) {
      const s = m.index + 1;
      const h = m[1]!;
      if (h.length < 3 || isCovered(s, s + h.length)) continue;
      const l = h.toLowerCase();
      if (!/[_\d.]/.test(h) && lex.english.has(l)) continue;
      emit(s, s + h.length, /[_\d.]/.test(h) ? 'ID' : 'NAME', 0.75, 'handle');
    }
    for (let k = 0; k < fallback.length; k += 2) {
      const t = fallback[k] as Token;
      if (isCovered(t.start, t.end) || (german && !fallback[k + 1]) || afterFactor(t) || (LAB_RESULT_AFTER_RE.test(text.slice(t.end, t.end + 16)) && !/\b(?:gave|give|given|giving|to|for)\s$/i.test(text.slice(Math.max(0, t.start - 8), t.start)))) continue;
      emit(t.start, t.end, fallback[k + 1] ? 'LOCATION' : 'NAME', 0.5, fallback[k + 1] ? 'place-unknown-fallback' : 'name-unknown-fallback');
    }
  });
  // ---- places the run classifier cannot see
  pass(() => {
    {
      // compound words naming a hospital: "Virchow-Klinikum", "Marienhospital", "Universitätsspital", "Sahlgrenska sjukhuset"
      for (const t of tokens) {
        if (!t.cap || t.text.length < 8 || isCovered(t.start, t.end)) continue;
        const m = COMPOUND_HOSPITAL_RE.exec(t.lower);
        if (m && m.index > 1) emit(t.start, t.end, 'LOCATION', 0.85, 'place-compound');
      }
      // organisations written in capitals inside ordinary text: "sending facility WESTBROOK COMMUNITY HOSP"
      for (const t of tokens) {
        if (!t.upper || !hasKind(t, K.ORG_CUES) || hasKind(t, K.GENERIC_ORG_WORDS) || !lineHasLower(t.start)) continue;
        let k = t.index;
        while (k > 0 && t.index - k < 4) {
          const p = tokens[k - 1]!;
          if (!p.upper || text.slice(p.end, tokens[k]!.start) !== ' ' || p.text.length < 2 || lex.clinical.has(p.lower) || lex.genes.has(p.lower) || SPECIAL_ACRONYMS.has(p.text)) break;
          k--;
        }
        const head = tokens.slice(k, t.index);
        const from = tokens[k]!.start;
        if (head.length === 0 || head.every((p) => hasKind(p, K.GENERIC_ORG_WORDS) || hasKind(p, K.ORG_CUES)) || ctx.findings.some((f) => f.start < t.end && f.end > from && f.rule !== 'name-caps-dict')) continue;
        emit(tokens[k]!.start, t.end, 'LOCATION', 0.8, 'org-caps');
      }
      // "HMP Thornwood", "UBS Jardim Nakamura", "CHU Sainte-Justine": an institution acronym before its name
      for (const t of tokens) {
        if (!t.upper || !ORG_PREFIX_ACRONYMS.has(t.text)) continue;
        let k = t.index + 1;
        let e = t.end;
        while (k < tokens.length && k - t.index <= 4) {
          const n = tokens[k]!;
          const g = text.slice(e, n.start);
          if (g !== ' ' || !n.cap || isMedical(n) || isCalendar(n)) break;
          e = n.end;
          k++;
        }
        if (e > t.end && !isCovered(t.start, t.end)) emit(t.start, e, 'LOCATION', 0.85, 'org-prefix-acronym');
      }
      // a store and its number: "walgreens #07712", "CVS/pharmacy #04471", "Shoppers Drug Mart #1257"
      for (const m of matchesStartingWith(ctx, STORE_NUMBER_RE, ['#'])) {
        const hash = m.index;
        const k = tokenAt(tokens, hash) - 1;
        let first = -1;
        for (let j = k; j >= 0 && j > k - 4; j--) {
          const t = tokens[j]!;
          if (j < k && !/^[ /]$/.test(text.slice(t.end, tokens[j + 1]!.start))) break;
          if (CHAINS.has(t.lower) || STORE_WORDS.has(t.lower)) first = j;
          else if (!(t.cap || t.upper) || isMedical(t)) break;
          else if (first >= 0) first = j;
        }
        if (first < 0 || tokens[k]!.end !== hash - 1) continue;
        // (the run ends at the store: "... Shoppers Drug Mart", not the words before it)
        while (first < k && !(CHAINS.has(tokens[first]!.lower) || tokens[first]!.cap || tokens[first]!.upper)) first++;
        if (!(CHAINS.has(tokens[first]!.lower) || tokens[first]!.cap || tokens[first]!.upper)) continue;
        emit(tokens[first]!.start, hash + m[0].length, 'LOCATION', 0.8, 'place-store-number');
      }
      // chains after "at", "to", "from", "for": "send the prescription to Boots", "works at Target"
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (!t.cap || !CHAINS.has(t.lower) || isCovered(t.start, t.end)) continue;
        const p = tokens[i - 1]!;
        if (!/^(?:at|to|from|for|in|near|outside|behind|opposite)$/.test(p.lower) || text.slice(p.end, t.start) !== ' ') continue;
        emit(t.start, t.end, 'LOCATION', 0.75, 'place-chain');
      }
      // "the Walgreens on Delmar", "CVS on Elm & 3rd": a branch named by its street
      for (let i = 0; i < tokens.length - 2; i++) {
        const t = tokens[i]!;
        if (!(t.cap || t.upper) || !CHAINS.has(t.lower) || tokens[i + 1]!.lower !== 'on' || text.slice(t.end, tokens[i + 1]!.start) !== ' ') continue;
        const m = CHAIN_STREET_RE.exec(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 40));
        if (!m) continue;
        const w = tokens[i + 2]!;
        if (isCalendar(w) || isMedical(w) || hasKind(w, K.FUNCTION_WORDS) || (isEnglish(w) && !isFirst(w) && !isLast(w) && !m[1] && !/\d/.test(w.text))) continue;
        emit(t.start, tokens[i + 1]!.end + m[0].length, 'LOCATION', 0.75, 'place-chain-street');
      }
      // "from Hope, a village in the Peak District": a word described as a place
      // speed: the pattern starts at every capital; the comma and article it needs are rare
    if (PLACE_APPOSITION_GATE_RE.test(text)) for (let m = scan(PLACE_APPOSITION_RE, text); m; m = PLACE_APPOSITION_RE.exec(text)) {
        const s = m.index;
        const t = tokens[tokenAt(tokens, s)];
        if (!t || t.start !== s || isMedical(t) || isCalendar(t) || hasKind(t, K.TITLES) || t.sentenceStart) continue;
        const e = s + m[1]!.length;
        if (!isCovered(s, e)) emit(s, e, 'LOCATION', 0.8, 'place-apposition');
      }
      // "nursery is Little Acorns", "his church - Living Waters", "pub called the Anchor": a kind of place, then its name
      for (const m of matchesAtWordStarts(ctx, FACILITY_NAMED_RE, FACILITY_NAMED_FIRSTS)) {
        const s = m.index + m[0].length - m[1]!.length;
        const toks: Token[] = [];
        for (let k = tokenAt(tokens, s); k < tokens.length && tokens[k]!.end <= s + m[1]!.length; k++) toks.push(tokens[k]!);
        if (toks.length === 0 || toks.some((t) => isMedical(t) || isCalendar(t) || hasKind(t, K.TITLES)) || toks.every((t) => hasKind(t, K.GENERIC_ORG_WORDS) || hasKind(t, K.ORG_CUES))) continue;
        if (!isCovered(s, s + m[1]!.length)) emit(s, s + m[1]!.length, 'LOCATION', 0.8, 'place-facility-named');
      }
      // HL7 message header and patient address: "MSH|^~\\&|EPIC|NORTHLAKE|LAB|NLH|...", "PID|...|882 Tamarack Ln^^Duluth^MN^55803|"
      if (text.includes('|')) {
        for (let m = scan(HL7_MSH_RE, text); m; m = HL7_MSH_RE.exec(text)) {
          // (the fields up to MSH-6 only: in text without line breaks the header runs to the text's end)
          const fields = m[0].split('|', 6);
          let pos = m.index;
          fields.forEach((f, i) => {
            // MSH-4 and MSH-6: sending and receiving facility
            if ((i === 3 || i === 5) && /^[A-Z][A-Za-z0-9 ._'-]{1,40}$/.test(f) && !lex.clinical.has(f.toLowerCase())) emit(pos, pos + f.length, 'LOCATION', 0.8, 'hl7-facility');
            pos += f.length + 1;
          });
        }
        // the facility that assigned a patient's record number: "PID|1||E448120935^^^NLH^MR|"
        if (text.includes('^^^')) for (let m = scan(HL7_ASSIGNING_FACILITY_RE, text); m; m = HL7_ASSIGNING_FACILITY_RE.exec(text)) emit(m.index + 3, m.index + 3 + m[1]!.length, 'LOCATION', 0.8, 'hl7-facility');
        for (let m = scan(HL7_ADDRESS_RE, text); m; m = HL7_ADDRESS_RE.exec(text)) {
          let pos = m.index + 1;
          for (const part of m[1]!.split('^')) {
            // street, other, city, (state: neutral), postcode
            if (part && !US_STATE_ABBR.has(part)) emit(pos, pos + part.length, 'LOCATION', 0.85, 'hl7-address');
            pos += part.length + 1;
          }
        }
        // the address field by its place in the segment, whatever its last component: "SEESTR. 41^^BERLIN^^13353^D"
        // (a state or province code is neutral, and the country and the address type after the postcode are no part of it)
        for (let m = scan(HL7_ADDRESS_SEGMENT_RE, text); m; m = HL7_ADDRESS_SEGMENT_RE.exec(text)) {
          const segment = m[1]!;
          const at = HL7_ADDRESS_FIELD[segment]!;
          const fields = m[0].replace(/^[\r\n]/, '').split('|', at + 1);
          if (fields.length <= at || !fields[at]!.includes('^')) continue;
          let pos = m.index + m[0].indexOf(segment) + fields.slice(0, at).reduce((n, f) => n + f.length + 1, 0);
          // (each address of a repeated field, "...^13353^D~POSTFACH 12^^POTSDAM^^14467^D^M")
          for (const address of fields[at]!.split('~')) {
            address.split('^').forEach((part, i) => {
              if (part && i <= 4 && !(i === 3 && /^[A-Z]{2,3}$/.test(part))) emit(pos, pos + part.length, 'LOCATION', 0.85, 'hl7-address');
              pos += part.length + 1;
            });
          }
        }
        // a practitioner's number before the name, in a segment that names staff: "PV1|1|O|HCLM^CARDIO^^||||1-04477^BOUCHARD^LUC"
        for (let m = scan(HL7_STAFF_SEGMENT_RE, text); m; m = HL7_STAFF_SEGMENT_RE.exec(text)) {
          for (const x of m[0].matchAll(HL7_STAFF_ID_RE)) emit(m.index + x.index + 1, m.index + x.index + 1 + x[1]!.length, 'ID', 0.8, 'hl7-staff-id');
        }
      }
      // hospitals and places in capitals inside ordinary text: "HÔPITAL SAINTE-ANNE - compte rendu", "CAPE TOWN - TB clinic"
      for (const t of tokens) {
        if (!t.upper || isCovered(t.start, t.end) || !lineHasLower(t.start)) continue;
        const n = tokens[t.index + 1];
        if (hasKind(t, K.HOSPITAL_FIRST) && n && n.upper && text.slice(t.end, n.start) === ' ' && !lex.clinical.has(n.lower)) {
          let e = n.end;
          for (let k = t.index + 2; k < tokens.length && k <= t.index + 4 && tokens[k]!.upper && /^[ -]$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)); k++) e = tokens[k]!.end;
          emit(t.start, e, 'LOCATION', 0.8, 'org-caps-first');
          continue;
        }
        if (n && n.upper && text.slice(t.end, n.start) === ' ') {
          const cands = lex.placeMulti.get(t.lower + ' ' + n.lower);
          const c = cands?.find((c) => c.every((w, k) => tokens[t.index + k]?.lower === w));
          if (c) emit(t.start, tokens[t.index + c.length - 1]!.end, 'LOCATION', 0.8, 'place-caps-multi');
        }
      }
      // NHS trusts and health boards named after their area: "Pennine Valley NHS Foundation Trust", "Hywel Dda University Health Board"
      if (includesAny(text, HEALTH_TRUST_ENDS)) for (let m = scan(HEALTH_TRUST_RE, text); m; m = HEALTH_TRUST_RE.exec(text)) {
        const t = tokens[tokenAt(tokens, m.index)];
        // (over a name found in it: "Leeds Teaching Hospitals NHS Trust")
        if (t && t.start === m.index && covered.subarray(m.index, m.index + m[0].length).includes(0)) emit(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'place-health-trust');
      }
      // "QUMALUK, Lucassie", "YOUNG, Nellie", "YELLOW HAWK, MARCUS D": a record's surname in capitals, a comma, the given name
      if (tokens.some((t) => t.upper && t.text.length >= 2 && codeAt(text, t.end) === 44)) for (let m = scan(CAPS_SURNAME_GIVEN_RE, text); m; m = CAPS_SURNAME_GIVEN_RE.exec(text)) {
        const sur = tokens.slice(tokenAt(tokens, m.index), tokenAt(tokens, m.index + m[1]!.length));
        const given = tokens[tokenAt(tokens, m.index + m[1]!.length + 2)];
        // (a surname of letters that read as a word, not an acronym; a given name from the lists, or one no list knows after a
        // listed surname: "YOUNG, Nellie", "YELLOW HAWK, MARCUS D", not "MSSA, TTE", "PACU, Aldrete", "UNIDENTIFIED MALE, ED")
        if (!given || sur.length === 0 || sur.some((t) => t.text.length < 4 || !/[AEIOUY]/.test(t.text) || isMedical(t) || lex.clinical.has(t.lower) || lex.genes.has(t.lower) || SPECIAL_ACRONYMS.has(t.text) || US_STATE_ABBR.has(t.text) || (isEnglish(t) && !isLast(t)) || hasKind(t, K.TITLES | K.CREDENTIALS | K.FUNCTION_WORDS | K.ORG_CUES | K.LARGE_AREAS))) continue;
        const givenOk = given.upper ? isFirst(given) && given.text.length >= 3 : isFirst(given) || (!isEnglish(given) && sur.some((t) => isLast(t)));
        if (!givenOk || given.text.length < 3 || isMedical(given) || isCalendar(given) || lex.clinical.has(given.lower) || isEponym(given) || hasKind(given, K.TITLES | K.FUNCTION_WORDS)) continue;
        emit(m.index, m.index + m[0].length, 'NAME', 0.85, 'name-caps-surname-given');
      }
      // "ROSLAN BIN HAMID", "Subramaniam a/l Krishnan": a Malay or Tamil name joined by son or daughter of
      if ((tokens.some((t) => PATRONYMIC_WORDS.has(t.lower)) || /\b[aAsSdD]\/[lLpPoO] /.test(text)) && / (?:bin|binti|binte|bte|a\/l|a\/p|s\/o|d\/o) /i.test(text)) for (let m = scan(PATRONYMIC_RE, text); m; m = PATRONYMIC_RE.exec(text)) {
        const s = m.index + m[0].length - m[1]!.length;
        const ws = tokens.slice(tokenAt(tokens, s), tokenAt(tokens, s + m[1]!.length)).filter((t) => !/^(?:bin|binti|binte|bte|a|l|p|s|d|o)$/i.test(t.text));
        if (ws.some((t) => isMedical(t) || hasKind(t, K.TITLES | K.FUNCTION_WORDS) || (isEnglish(t) && !isFirst(t) && !isLast(t) && t.text.length > 3))) continue;
        emit(s, s + m[1]!.length, 'NAME', 0.8, 'name-patronymic');
      }
      // military units and bases place a person: "1st Battalion 5th Marines", "3 RAR", "14 Sikh LI", "CFB Petawawa"
      // (the unit's word may have more joined on: "1st Marines-led")
      // (it runs on every token, so the word before a hyphen or apostrophe is searched for, not split off)
      const isUnitWord = (t: Token) => {
        const cut = t.text.search(WORD_JOINER_RE);
        return MILITARY_UNIT_WORDS.has(cut < 0 ? t.text : t.text.slice(0, cut));
      };
      if (tokens.some(isUnitWord) || /\d (?:General|Field) Hospital/.test(text)) {
        let done = 0;
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i]!;
          if (!t.num || t.start < done) continue;
          let unit = false;
          for (let j = i + 1; j <= i + 8 && j < tokens.length && !unit; j++) unit = isUnitWord(tokens[j]!) || tokens[j]!.text.startsWith('Hospital');
          if (!unit) continue;
          MILITARY_UNIT_RE.lastIndex = t.start;
          const m = MILITARY_UNIT_RE.exec(text);
          if (!m) continue;
          done = m.index + m[0].length;
          // (a wing, a battery, a company or guards are military only where the text is: "Ward 4 East Wing", "2 Battery changes")
          if (/\b(?:Wing|Battery|Company|Guards|Troop)$/.test(m[0]) && !MILITARY_CONTEXT_RE.test(text)) continue;
          emit(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'place-military-unit');
        }
      }
      if (tokens.some((t) => MILITARY_BASE_WORDS.has(t.text))) for (let m = scan(MILITARY_BASE_RE, text); m; m = MILITARY_BASE_RE.exec(text)) {
        const t = tokens[tokenAt(tokens, m.index + m[0].indexOf(' ') + 1)];
        if (t && !isMedical(t) && !hasKind(t, K.FUNCTION_WORDS) && !isCalendar(t) && (!isEnglish(t) || isPlaceWord(t) || isFirst(t) || isLast(t))) emit(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'place-military-base');
      }
      // a health board or care board named "NHS" and its area: "NHS Lothian", "NHS Greater Glasgow and Clyde", "NHS Kent and Medway"
      if (text.includes('NHS ')) for (let m = scan(NHS_AREA_RE, text); m; m = NHS_AREA_RE.exec(text)) {
        const s = m.index + 4;
        // the area is the words up to the first that is not a place's ("NHS Lothian Patient Experience")
        let e = s;
        for (const t of tokens.slice(tokenAt(tokens, s), tokenAt(tokens, s + m[1]!.length))) {
          if (t.lower === 'and') continue;
          if (NOT_NHS_AREAS.has(t.lower) || isMedical(t) || (isEnglish(t) && !NHS_AREA_WORDS.has(t.lower))) break;
          e = t.end;
        }
        if (e > s) emit(m.index, e, 'LOCATION', 0.8, 'place-nhs-area');
      }
      // a saint's place written in lower case: "cover 2-8 in st james tmrw", "d/c to st clare's nursing home"
      if (text.includes('st ') || text.includes('st. ')) for (let m = scan(LOWER_SAINT_RE, text); m; m = LOWER_SAINT_RE.exec(text)) {
        const w = m[1]!.replace(/['’]s$/, '');
        if (!lex.firstNames.has(w) || (lex.english.has(w) && !m[2])) continue;
        emit(m.index, m.index + m[0].length, 'LOCATION', 0.75, 'place-saint-lower');
      }
      // a children's hospital called by its short name: "Texas Children's", "East Tennessee Children's", "Children's Mercy"
      if (/Children['’]s/.test(text)) for (let m = scan(CHILDRENS_RE, text); m; m = CHILDRENS_RE.exec(text)) {
        const s = m.index;
        const t = tokens[tokenAt(tokens, s)];
        if (!t || t.start !== s || hasKind(t, K.FUNCTION_WORDS) || isMedical(t) || (t.sentenceStart && isEnglish(t) && !isPlaceWord(t) && !hasKind(t, K.US_STATES))) continue;
        if (!isCovered(s, s + m[0].length)) emit(s, s + m[0].length, 'LOCATION', 0.8, 'place-childrens');
      }
      // city acronyms: "CDMX", "CABA", "NYC"
      for (const t of tokens) if (t.upper && CITY_ACRONYMS.has(t.text) && !isCovered(t.start, t.end)) emit(t.start, t.end, 'LOCATION', 0.8, 'place-acronym-city');
      // an unknown acronym glued to a place: "MPK Warszawa", "UMC Utrecht"
      for (const f of [...ctx.findings]) {
        if (f.type !== 'LOCATION' || f.confidence < 0.75) continue;
        const ti = tokenAt(tokens, f.start);
        const p = tokens[ti - 1];
        if (!p || !p.upper || !/[A-Z]/.test(p.text) || p.text.length < 2 || p.text.length > 5 || text.slice(p.end, f.start) !== ' ' || isCovered(p.start, p.end)) continue;
        if (lex.clinical.has(p.lower) || lex.genes.has(p.lower) || SPECIAL_ACRONYMS.has(p.text) || US_STATE_ABBR.has(p.text) || LABEL_ACRONYMS.has(p.text) || hasKind(p, K.CREDENTIALS) || p.sentenceStart) continue;
        emit(p.start, f.end, 'LOCATION', f.confidence, 'place-acronym-before');
      }
      // Scandinavian hospitals and health centres, written in lower case after the town: "Kirkenes sykehus", "Haukeland universitetssjukehus"
      // (and Finnish, Baltic, Czech and Hungarian ones, with their modifiers: "Paula Stradiņa Klīniskā universitātes slimnīca",
      // "Meilahden tornisairaala", "Vilniaus universiteto ligoninė Santaros klinikos")
      for (const t of tokens) {
        if (t.cap || !(LOWER_FACILITIES.has(t.lower) || t.lower.endsWith('sairaala'))) continue;
        let i = t.index - 1;
        while (i >= 0 && t.index - i <= 2 && FACILITY_MODIFIERS.has(tokens[i]!.lower) && text.slice(tokens[i]!.end, tokens[i + 1]!.start) === ' ') i--;
        let start = -1;
        for (let n = 0; n < 3 && i >= 0; n++, i--) {
          const p = tokens[i]!;
          if (!p.cap || text.slice(p.end, tokens[i + 1]!.start) !== ' ' || isMedical(p) || hasKind(p, K.FUNCTION_WORDS | K.TITLES) || (n > 0 && p.sentenceStart && lex.english.has(p.lower))) break;
          start = p.start;
        }
        if (start < 0) continue;
        // a second facility named after the first: "ligoninė Santaros klinikos"
        const a = tokens[t.index + 1];
        const b = tokens[t.index + 2];
        const end = a && b && a.cap && LOWER_FACILITIES.has(b.lower) && text.slice(t.end, a.start) === ' ' && text.slice(a.end, b.start) === ' ' ? b.end : t.end;
        emit(start, end, 'LOCATION', 0.85, 'place-lower-facility');
      }
      // a care home, practice or school named in lower case, as notes typed in lower case name them: "the beeches care home",
      // "prairie hills family clinic", "moorside academy" (not "a local care home", "her nursing home", "dementia care home")
      for (const t of tokens) {
        if (t.cap || t.upper || !LOWER_NAMED_HEADS.has(t.lower)) continue;
        const pair = tokens[t.index - 1];
        const paired = !!pair && !pair.cap && LOWER_NAMED_HEAD_FIRST.has(`${pair.lower} ${t.lower}`) && text.slice(pair.end, t.start) === ' ';
        const alone = !paired && LOWER_NAMED_HEADS_ALONE.has(t.lower);
        const head = paired ? pair : alone || t.lower === 'academy' ? t : undefined;
        if (!head) continue;
        let start = -1;
        let generic = false;
        for (let i = head.index - 1, n = 0; i >= 0 && n < 3; i--, n++) {
          const p = tokens[i]!;
          if (p.cap || p.upper || p.num || p.text.length < 3 || text.slice(p.end, tokens[i + 1]!.start) !== ' ' || /[-/]/.test(`${text[p.start - 1]}${p.text}`) || /(?:ing|ed|ly)$/.test(p.lower) || hasKind(p, K.FUNCTION_WORDS | K.RELATIONS | K.TITLES | K.ROLE_WORDS | K.PARTICLES) || isMedical(p)) break;
          // (a word that says what kind of place it is may stand inside the name: "bullhook community health center")
          if (GENERIC_FACILITY_LEADS.has(p.lower)) {
            generic = true;
            continue;
          }
          // (a head that is also a common noun, or a kind of place, needs a word no dictionary knows before it: "friarage hospital",
          // not "cottage hospital" or "likes respite care home")
          if ((alone || generic) && start < 0 && lex.english.has(p.lower)) break;
          start = p.start;
        }
        // (over a lower-case name read there first: "cc: harbour view family practice" is no person)
        if (start >= 0 && !ctx.findings.some((f) => f.start < t.end && f.end > start && f.type !== 'NAME')) emit(start, t.end, 'LOCATION', 0.85, 'place-lower-named');
      }
      // East Asian scripts: a hospital, ward or town written in Han or Hangul ("聖路加国際病院", "서울아산병원", "中央区明石町"),
      // and a name in brackets after a romanised one: "Tanaka Haruko (田中春子)"
      if (CJK_RE.test(text)) {
        for (const t of tokens) {
          if (!CJK_RE.test(t.text) || isCovered(t.start, t.end)) continue;
          const facility = CJK_FACILITY_RE.exec(t.text);
          const road = KOREAN_ROAD_RE.test(t.text) && /^ \d{1,4}(?:-\d{1,4})?(?!\d)/.exec(text.slice(t.end, t.end + 11));
          if (CJK_PLACE_RE.test(t.text) && !CJK_GENERIC_PLACES.has(t.text)) emit(t.start, t.end + (CJK_ADDRESS_TAIL_RE.exec(text.slice(t.end, t.end + 24))?.[0].length ?? 0), 'LOCATION', 0.85, 'place-cjk');
          else if (facility) emit(t.start, t.start + facility[0].length, 'LOCATION', 0.8, 'place-cjk');
          else if (road) emit(t.start, t.end + road[0].length, 'LOCATION', 0.8, 'place-cjk');
          else if (text[t.start - 1] === '(' && ctx.findings.some((f) => f.type === 'NAME' && f.end >= t.start - 3 && f.end <= t.start - 1)) {
            // the whole bracket: "(グエン・ヴァン・フン)"
            const close = text.slice(t.start, t.start + 31).indexOf(')');
            const e = close > 0 && CJK_BRACKET_RE.test(text.slice(t.start, t.start + close)) ? t.start + close : t.end;
            if (text[e] === ')') emit(t.start, e, 'NAME', 0.85, 'name-cjk');
          } else cjkName(t);
        }
      }
    }
  });
  // ---- a nickname in quotes: beside a found name ('Travis Kimbrough ("TK")', 'Pt "Hank" (Henry Delgado)'),
  //      or after a relation, a role or a pet ('partner "Deano"', 'Friend = "Hunter"', 'Cat ("Major")')
  pass(() => {
    if (!text.includes('"') && !text.includes('“')) return;
    // the edges of the names found so far, once (a search per quoted word was quadratic)
    let nameEdge: Uint8Array | undefined;
    const nearName = (a: number, b: number) => {
      if (!nameEdge) {
        nameEdge = new Uint8Array(text.length + 1);
        for (const f of ctx.findings) if (f.type === 'NAME') nameEdge[f.end] = nameEdge[f.start] = 1;
      }
      for (let i = Math.max(0, a); i <= Math.min(text.length, b); i++) if (nameEdge[i]) return true;
      return false;
    };
    for (const m of matchesStartingWith(ctx, QUOTED_NICKNAME_RE, QUOTED_NICKNAME_FIRSTS)) {
      const s = m.index + m[0].indexOf(m[1]!);
      const e = s + m[1]!.length;
      const end = m.index + m[0].length;
      // ("family": "Oyelowo": a JSON key is no nickname)
      if (isCovered(s, e) || /^\s*:/.test(text.slice(end, end + 3))) continue;
      const t = tokens[tokenAt(tokens, s)];
      if (!t || t.start !== s || isMedical(t) || isCalendar(t)) continue;
      const byName = nearName(m.index - 3, m.index) || nearName(end, end + 3);
      // ('Mum "worried"', 'Pt: "Dizzy"': a quoted ordinary word is what someone said; in brackets after a name it is what he is
      // called, 'Mr Cornelius Papadakis ("Con")', and he is called so everywhere in the text)
      const bracketed = byName && m[0].startsWith('(') && m[0].endsWith(')');
      const lead = text.slice(Math.max(0, m.index - 24), m.index);
      const named = t.cap && NAMING_BEFORE_QUOTE_RE.test(lead);
      if (isEnglish(t) && !isFirst(t) && !isLast(t) && !bracketed && !named) continue;
      if (bracketed && t.cap) nameSeeds.set(t.lower, 0.8);
      const tail = text.slice(end, end + 4);
      const byWord = named || NICKNAME_CUE_RE.test(lead) || (/^\s*\(/.test(tail) && /\b(?:pt|patient|client)\s*$/i.test(lead));
      // (a lower-case nickname only right beside the name: 'Barry Young ("baz")')
      if (byName || (byWord && t.cap)) emit(s, e, 'NAME', 0.8, 'name-nickname');
    }
  });
  // ---- people named by their context rather than by a dictionary (names that are also words,
  //      Mark, Will, Hope, Frank, are only found this way)
  // names written in Korean romanisation and in Thai script
  pass(() => {
    // "Park Ji-hoon", "Choi Eun-ji": a Korean family name and a given name of two syllables joined by a hyphen
    if (tokens.some((t) => t.hyphen && KOREAN_GIVEN_NAME_START_RE.test(t.text))) for (let m = scan(KOREAN_ROMAN_NAME_RE, text); m; m = KOREAN_ROMAN_NAME_RE.exec(text)) {
      // (both syllables of the given name shaped like romanised Korean: "Ji-hoon", not "Pre-op")
      if (m[1]!.toLowerCase().split('-').every((syllable) => KOREAN_SYLLABLE_RE.test(syllable))) emit(m.index, m.index + m[0].length, 'NAME', 0.9, 'name-korean-roman');
    }
    // "นาง สมศรี ใจดี": a Thai title, then the given name and the family name
    if (/[\u0E00-\u0E7F]/.test(text)) for (let m = scan(THAI_NAME_RE, text); m; m = THAI_NAME_RE.exec(text)) {
      const s = m.index + m[0].length - m[1]!.length;
      emit(s, m.index + m[0].length, 'NAME', 0.8, 'name-thai');
    }
  });
  // (a pass of its own: the one below is near V8's size limit for optimised functions)
  pass(() => {
    // who wrote each line of a chat: "Bex 08:12: anyone free", "hannah.k 10:43: don't wait", "Tama (physio) 3:14 pm:"
    if (!nested && text.includes(':')) {
      const senders: [number, number][] = [];
      // (only beside a sender who is surely a person, from the name lists: "Gaz:", "Becks:" with "Tariq:"; "Obs: stable",
      // "Mgmt: continue" are a form's fields, "Resus 15:45:" and "Visite 08:00:" a timeline's steps)
      let surePerson = false;
      // (or lines stamped in brackets, as a chat app exports them, from senders the name lists know: "[07:44] holly: ...")
      let stamped = 0;
      const repeats = new Map<string, number>();
      /** Counts one more line by a sender, and returns how many that sender has written. */
      const counted = (lines: Map<string, number>, sender: string) => {
        const n = (lines.get(sender) ?? 0) + 1;
        lines.set(sender, n);
        return n;
      };
      const unknownSenders = new Map<string, number>();
      for (const m of matchesStartingWith(ctx, CHAT_SENDER_RE, LINE_STARTS)) {
        if (!m[3] && !m[4] && !/\d[:.]\d/.test(m[1] ?? '')) continue;
        const s = m.index + m[0].indexOf(m[2]!, (m[1] ?? '').length);
        const toks: Token[] = [];
        for (let k = tokenAt(tokens, s); k < tokens.length && tokens[k]!.end <= s + m[2]!.length; k++) toks.push(tokens[k]!);
        if (!toks.length || !toks.every((t) => t.num || t.upper ? false : t.text.length === 1 || (!isMedical(t) && !isCalendar(t) && !(isAbbreviation(lex, t.text) && !isFirst(t)) && !hasKind(t, K.FUNCTION_WORDS | K.ROLE_WORDS | K.TITLES | K.SPECIALTY_WORDS | K.ORG_CUES) && !DEPARTMENTS.has(t.lower) && (!isEnglish(t) || isFirst(t) || isLast(t))))) continue;
        const timed = !!m[3] || /\d[:.]\d/.test(m[1] ?? '');
        if (!timed && !toks.every((t) => t.text.length >= 3 && !t.upper && /[aeiouy]/i.test(t.text) && !lex.clinical.has(t.lower))) continue;
        if (toks.some((t) => (isFirst(t) || isLast(t)) && !isEnglish(t))) surePerson = true;
        // (a given name that is also a word is sure when it writes three lines: "jade: yeah hiya", "jade: lol not yet")
        else if (toks.every((t) => isFirst(t)) && counted(repeats, m[2]!) >= 3) surePerson = true;
        // (or two senders no word list knows, each writing two lines or more: "wanjiku: ..." and "kevo: ..." take turns)
        if (toks.every((t) => t.flags === 0 && t.text.length >= 3)) counted(unknownSenders, m[2]!.toLowerCase());
        // (a stamp is a clock time in brackets, "[07:44]", "[19:02, 24/12/2023]", not a section number, "[1.2]"; and the
        // sender one the name lists know, so an observations log, "[08:00] sats:", "[09:00] bm:", makes no chat)
        if (/^(?:\[[^\]]*|[\d/.]+,?[ \t])\b(?:[01]?\d|2[0-3]):[0-5]\d\b/.test(m[1] ?? '') && toks.every((t) => t.text.length >= 3 && (isFirst(t) || isLast(t)))) stamped++;
        senders.push([s, s + m[2]!.length]);
      }
      // (a chat has more than one such line; one alone may be a heading: "Update 08:12:")
      if (!surePerson && [...unknownSenders.values()].filter((n) => n >= 2).length >= 2) surePerson = true;
      if (senders.length >= 2 && (surePerson || stamped >= 2)) for (const [s, e] of senders) if (!isCovered(s, e) || ctx.findings.every((f) => f.type === 'NAME' || f.end <= s || f.start >= e)) emit(s, e, 'NAME', 0.75, 'name-chat-sender');
    }
    // the same lists typed in lower case, when an age and sex follow: "1. wanjiru kamau 45F DKA"
    // "rm1  florence baxter (99) |", "bed 4 - ron gill, BP 168/92": a room's patient in lower case, in a list of rooms
    const roomList = tokens.some((t) => ROOM_WORDS.has(t.lower)) && /(?:^|\n)[ \t]*(?:rm|room|bed|bay|cub)[ \t]?\d/i.test(text);
    for (const re of roomList ? [LIST_PATIENT_LOWER_RE, ROOM_PATIENT_LOWER_RE] : [LIST_PATIENT_LOWER_RE]) if (!nested) for (const m of matchesStartingWith(ctx, re, LINE_STARTS)) {
      const s = m.index + m[0].length - m[1]!.length;
      const first = tokens[tokenAt(tokens, s)];
      if (!first || first.start !== s) continue;
      const toks: Token[] = [];
      for (let k = first.index; k < tokens.length && tokens[k]!.end <= s + m[1]!.length; k++) toks.push(tokens[k]!);
      if (toks.length === 0 || !toks.every((t) => !isMedical(t) && !isCalendar(t) && !hasKind(t, K.FUNCTION_WORDS) && (!isEnglish(t) || isFirst(t) || isLast(t)) && !MEDICAL_SUFFIX.test(t.lower))) continue;
      // (in a room's list, a given name and a surname, or one word no dictionary holds as a word)
      if (re === ROOM_PATIENT_LOWER_RE && !(toks.length >= 2 ? isFirst(toks[0]!) && toks.slice(1).some((t) => isLast(t) || !isEnglish(t)) : !isEnglish(toks[0]!) && (isFirst(toks[0]!) || isLast(toks[0]!)))) continue;
      const e = toks[toks.length - 1]!.end;
      if (ctx.findings.some((f) => f.start < e && f.end > s && f.type !== 'NAME')) continue;
      emit(s, e, 'NAME', 0.65, 'name-list');
    }
  });
  pass(() => {
    {
      /** Could be a person's name: not vocabulary, not a title or role, and a name or not a word. */
      const personLike = (t: Token | undefined): t is Token =>
        !!t &&
        !t.num &&
        t.text.length >= 2 &&
        !isVocabulary(t) &&
        !hasKind(t, K.FUNCTION_WORDS) &&
        !medicalHeadAfter(t) &&
        !/['’](?:t|d|ll|ve|re|m)$/.test(t.lower) &&
        (isFirst(t) || isLast(t) || !isEnglish(t)) &&
        !(isClearPlace(t) && !isFirst(t) && !isLast(t));
      const person = (s: number, e: number, conf: number, rule: string, toks: Token[]) => {
        if (isCovered(s, e)) return;
        emit(s, e, 'NAME', conf, rule);
        nameEnds.push(e);
        for (const t of toks) seedName(t, conf);
      };
      // a role or relation in brackets after the name: "Mark (her manager)", "frank (pt)", "Jock (farmer, 67)",
      // or the full name in brackets after a short one: "Bill (William Tanaka)", "Faith (Mrs F. Lindqvist)"
      for (const t of tokens) {
        if (codeAt(text, t.end) !== 32 || codeAt(text, t.end + 1) !== 40 || isCovered(t.start, t.end)) continue;
        if (!personLike(t) || !(t.cap || isFirst(t)) || (t.sentenceStart && !t.cap)) continue;
        const inside = text.slice(t.end + 2, t.end + 42);
        // (or a school year or an ID in the brackets: "Ruby (yr 10)", "Jade (ID HA40917)")
        // (or something only a person has in brackets: a school year, an ID, their real name, pronouns, an age)
        const personal = BRACKETS_OF_A_PERSON_RE.test(inside);
        const role = personal ? null : (/^([a-z]+) (?:unknown|not known|unclear)\)/.exec(inside) ?? ROLE_IN_BRACKETS_RE.exec(inside));
        const fullName = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s)?\p{Lu}/u.test(inside) && ctx.findings.some((f) => f.type === 'NAME' && f.start >= t.end + 2 && f.start <= t.end + 8);
        if (!personal && !role && !fullName) continue;
        if (role && !RELATIONS.has(role[1]!.toLowerCase()) && !ROLE_WORDS.has(role[1]!.toLowerCase()) && !(OCCUPATION_RE.test(role[1]!) && role[1]!.length > 4)) continue;
        // "Baker" alone before "(ward clerk)" is a name; the word before it may be too: "Ama Owusu (sister)"
        // (with the given name before it: "alternate: Mark Baker (son)")
        const g = tokens[t.index - 1];
        const given = g && g.cap && isFirst(g) && text.slice(g.end, t.start) === ' ' && !isMedical(g) && !hasKind(g, K.TITLES | K.FUNCTION_WORDS) ? g : undefined;
        person(given ? given.start : t.start, t.end, 0.8, 'name-role-after', given ? [given, t] : [t]);
      }
      // a name in brackets after a relation or role: "neighbour (Mark)", "the reg (Olu)"
      for (let i = 0; i + 1 < tokens.length; i++) {
        const r = tokens[i]!;
        if (!hasKind(r, K.RELATIONS) && !hasKind(r, K.ROLE_WORDS)) continue;
        const t = tokens[i + 1]!;
        // "wife (maria)": a lower-case given name too, in quick notes
        if (text.slice(r.end, t.start) !== ' (' || !(t.cap || isFirst(t)) || !personLike(t)) continue;
        const n = tokens[i + 2];
        const e = n && n.cap && text.slice(t.end, n.start) === ' ' && personLike(n) && text[n.end] === ')' ? n.end : t.end;
        if (text[e] !== ')') continue;
        person(t.start, e, 0.8, 'name-in-brackets', e === t.end ? [t] : [t, n!]);
      }
      // "known as", "known to friends and family as" (a few words after "to", with no stop or comma between)
      const knownBefore = (r: Token) => {
        for (let k = r.index - 1; k >= Math.max(0, r.index - 6); k--) {
          if (/[.,;:\n]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
          if (tokens[k]!.lower === 'known') return k === r.index - 1 || tokens[k + 1]!.lower === 'to';
        }
        return false;
      };
      // "son is Frank", "her carer was Hope", "calls himself Ray", "(later named River)", "known as Bear"
      for (const r of tokens) {
        // tried only after a relation word, "calls" or a naming word: a sticky pattern, not a scan of every word
        // ("known to friends and family as "KJ"": the words between are a few, in one sentence)
        const naming = NAMING_WORDS.has(r.lower) || (r.lower === 'as' && knownBefore(r)) || (r.lower === 'by' && tokens[r.index - 1]?.lower === 'goes');
        if (!hasKind(r, K.RELATIONS) && r.lower !== 'calls' && !naming) continue;
        const re = r.lower === 'calls' ? CALLS_SELF_RE : naming ? NAMED_RE : RELATION_IS_RE;
        re.lastIndex = r.end;
        const m = re.exec(text);
        if (!m) continue;
        const s = m.index + m[0].length;
        const t = tokens[tokenAt(tokens, s)];
        // (after a naming word even an ordinary word is the name: "later named River")
        if (!t || t.start !== s || !t.cap) continue;
        // (an ordinary word after a naming word is the name when nothing follows it: "later named River)")
        const alone = /^["”]?(?:[),.;:!?]|\s*$)/.test(text.slice(t.end, t.end + 2));
        if (!personLike(t) && !(naming && alone && !isVocabulary(t) && !hasKind(t, K.FUNCTION_WORDS) && !medicalHeadAfter(t))) continue;
        person(t.start, t.end, 0.8, 'name-relation-is', [t]);
      }
      // a sign-off at the very end: "...\nStu", "...anything. -Rob", "...taper. Jas" (a text of one line is not signed)
      {
        const tail = text.slice(-60);
        const m = SIGNOFF_END_RE.exec(tail);
        if (m?.indices) {
          const off = text.length - tail.length;
          const a = tokens[tokenAt(tokens, off + m.indices[1]![0])];
          const b = m[2] && a ? tokens[a.index + 1] : undefined;
          if (a && a.start === off + m.indices[1]![0] && a.cap && personLike(a) && (isFirst(a) || !isEnglish(a)) && !THANKS_WORDS.has(a.lower) && (!m[2] || personLike(b))) person(a.start, (b ?? a).end, 0.75, 'name-signoff-end', b ? [a, b] : [a]);
        }
        // the writer's hospital as an acronym on the line of their name: "— Lorena Rocha, INCMNSZ", "Priya (heme fellow, UMMC)",
        // "Mahmudul Hasan, Medicine/ICU, RMCH, cell 01712-339045"
        for (const m of text.matchAll(SIGNATURE_ACRONYM_RE)) {
          const s = m.index + m[0].length - m[1]!.length;
          const t = tokens[tokenAt(tokens, s)];
          if (!t || t.start !== s || !t.upper || isCovered(s, t.end) || isMedical(t) || lex.clinical.has(t.lower) || lex.genes.has(t.lower) || SPECIAL_ACRONYMS.has(t.text) || SIGNOFF_NOT_INITIALS.has(t.text) || US_STATE_ABBR.has(t.text) || CREDENTIALS.has(t.lower) || hasKind(t, K.TITLES | K.CREDENTIALS | K.FUNCTION_WORDS)) continue;
          const lineStart = text.lastIndexOf('\n', s) + 1;
          if (!nameEnds.some((e) => e > lineStart && e < s) && !ctx.findings.some((f) => f.type === 'NAME' && f.end > lineStart && f.end < s)) continue;
          emit(s, t.end, 'LOCATION', 0.6, 'place-signature-acronym');
        }
        // a given name that opens a message, before a dash and lower-case words: "Mark - can you mark the two units", "Jo – spoke to"
        for (const m of matchesStartingWith(ctx, LINE_VOCATIVE_RE, LINE_STARTS)) {
          const s = m.index + m[0].indexOf(m[1]!);
          const t = tokens[tokenAt(tokens, s)];
          // (a given name that is also an eponym or a score is still someone's, "Grace, great pick-up"; not "True, this is",
          // "Winter, this is peak season")
          const comma = text[s + m[1]!.length] === ',';
          if (t && t.start === s && isFirst(t) && !isVocabulary(t) && !hasKind(t, K.FUNCTION_WORDS | K.FOREIGN_TITLES) && !(comma && (COMMA_OPENERS.has(t.lower) || SEASONS.has(t.lower)))) person(t.start, t.end, 0.7, 'name-vocative-dash', [t]);
        }
        // the writer of a quoted message: "> Rich wrote: would you implant", "On 3 May, Ana Lima <a@b.c> wrote:"
        if (text.includes(' wrote:')) for (const m of matchesStartingWith(ctx, WROTE_RE, LINE_STARTS)) {
          const s = m.index + m[0].indexOf(m[1]!);
          const ws = tokens.slice(tokenAt(tokens, s), tokenAt(tokens, s + m[1]!.length)).filter((w) => w.end <= s + m[1]!.length);
          if (ws.length && ws.every((w) => personLike(w) && !isVocabulary(w))) person(s, s + m[1]!.length, 0.8, 'name-wrote', ws);
        }
        // in lower case, after a dash: "... ask there. -deb", "... check FBS daily. -ramesh, pharmacy"
        const lower = SIGNOFF_LOWER_END_RE.exec(tail);
        if (lower?.indices) {
          const t = tokens[tokenAt(tokens, text.length - tail.length + lower.indices[1]![0])];
          // (the last item of a bulleted list is no signature: "Plan:\n- bloods\n- tbc")
          const lineStart = t ? text.lastIndexOf('\n', t.start) + 1 : 0;
          const prevLine = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1));
          const bullets = !!t && /^[ \t]*[-–—~•*]/.test(text.slice(lineStart, t.start)) && /^[ \t]*[-–—~•*\d]/.test(prevLine);
          if (t && t.text === lower[1] && t.text.length >= 3 && !bullets && !isMedical(t) && !lex.clinical.has(t.lower) && !hasKind(t, K.FUNCTION_WORDS) && (isFirst(t) || (!isEnglish(t) && t.text.length >= 4))) person(t.start, t.end, 0.7, 'name-signoff-end', [t]);
        }
      }
      // initials signing a note off: "... Recheck U&E Fri. - KS", "...\n- JM", "...\n- H.", "...\nKK", "...\nThanks, PD"
      {
        // (on the last line, after a sentence's end or at the line's start; a text of one line is not signed; two letters alone
        // on the last line, where three are a team's: "SLT", "TVN")
        const body = text.trimEnd();
        const nl = body.lastIndexOf('\n');
        const m = nl >= 0 || /[.!?]/.test(body) ? SIGNOFF_INITIALS_RE.exec(body.slice(nl + 1)) : null;
        if (m && (m[1] ?? m[3] ?? m[4] ?? (nl >= 0 ? m[2] : undefined))) {
          // (a dotted letter keeps its full stop)
          const w = m[3] ? `${m[3]}.` : (m[1] ?? m[2] ?? m[4])!;
          const s = nl + 1 + m.index + m[0].length - w.length;
          if (!SIGNOFF_NOT_INITIALS.has(w) && !lex.clinical.has(w.toLowerCase()) && !lex.genes.has(w.toLowerCase()) && !SPECIAL_ACRONYMS.has(w) && !US_STATE_ABBR.has(w) && !CREDENTIALS.has(w.toLowerCase()) && !isCovered(s, s + w.length)) emit(s, s + w.length, 'NAME', 0.7, 'name-signoff-initials');
        }
      }
      // initials after the word of who signed or checked, after a dash ending a line, or before a role: "COLLECTED BY JLM",
      // "Signed: HT", "cons PK", "— JP (nights)", "-RJ, RN", "RW (ANP)" (not a clinical abbreviation: "Chk: LJ" is a culture
      // medium as much as a nurse)
      if (/\b[A-Z]{2,3}\b/.test(text))
        for (const m of text.matchAll(INITIALS_CUED_RE)) {
          const k = m[1] ? 1 : m[2] ? 2 : 3;
          const w = m[k]!;
          const s = m.indices![k]![0];
          if (SIGNOFF_NOT_INITIALS.has(w) || lex.clinical.has(w.toLowerCase()) || lex.genes.has(w.toLowerCase()) || isAbbreviation(lex, w) || SPECIAL_ACRONYMS.has(w) || DEPARTMENT_ACRONYMS.has(w) || US_STATE_ABBR.has(w) || CREDENTIALS.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()) || isCovered(s, s + w.length)) continue;
          emit(s, s + w.length, 'NAME', 0.7, 'name-initials-cued');
        }
      // a person's initials in lower case with their full stops: "[07:51] m.k.: i'll ring her", "jb + m.k. pls reply", "born to s.j."
      // (not a Latin or other abbreviation, "b.d.", "p.o.", "e.g.", "o.g.", nor after a figure, "71 y.o.", "1 dd 1 a.n.")
      if (text.includes('.')) for (const m of text.matchAll(LOWER_INITIALS_RE)) {
        if (NOT_LOWER_INITIALS.has(m[0]) || /\d[ \t]?$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || isCovered(m.index, m.index + m[0].length)) continue;
        emit(m.index, m.index + m[0].length, 'NAME', 0.6, 'name-initials-lower');
      }
      // a name with the initial of the other name after it, ending a field: "Validé par: Ingabire A., technologiste", "- Akosua B., SRN"
      // (found from the initial, whose pattern starts with a space: from the name, with a lookbehind at every character, the
      // scan took 2% of the engine's time)
      for (const m of text.matchAll(INITIAL_ENDING_FIELD_RE)) {
        const t = tokens[tokenAt(tokens, m.index) - 1];
        if (!t || t.end !== m.index || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text) || isEnglish(t) || isMedical(t) || isCalendar(t) || hasKind(t, K.TITLES | K.FUNCTION_WORDS | K.ORG_CUES) || isCovered(t.start, t.end)) continue;
        emit(t.start, m.index + m[0].length, 'NAME', 0.7, 'name-then-initial');
      }
      // an initial before a name: "R. Summer", "M. Marchetti" (a found surname takes its initial too)
      for (let i = 0; i + 1 < tokens.length; i++) {
        const ini = tokens[i]!;
        if (ini.text.length !== 1 || !ini.cap || text[ini.end] !== '.' || !/^(?:|[\s(:;,"“/&]|[\s(:;,"“/&][\s(]?)$/.test(text.slice(Math.max(0, ini.start - 1), ini.start)) || (i > 0 && ((tokens[i - 1]!.num && ini.start - tokens[i - 1]!.end <= 1) || UNIT_BEFORE_INITIAL.test(text.slice(Math.max(0, ini.start - 8), ini.start))))) continue;
        const t = tokens[i + 1]!;
        if (!t.cap || !/^\.\s?$/.test(text.slice(ini.end, t.start)) || isCovered(ini.start, ini.end)) continue;
        if (covered[t.start] && ctx.findings.some((f) => f.type === 'NAME' && f.start === t.start)) {
          emit(ini.start, ini.end + 1, 'NAME', 0.8, 'name-initial');
          continue;
        }
        if (isCovered(t.start, t.end) || !personLike(t) || (isEnglish(t) && !isLast(t) && !isFirst(t))) continue;
        person(ini.start, t.end, 0.75, 'name-initial', [t]);
      }
      // a record line or bracket that starts "Surname, Given": "Nguyen, Linh T.", "(Baker, Bill)"
      if (text.includes(', ')) for (const m of matchesStartingWith(ctx, SURNAME_GIVEN_RE, SURNAME_GIVEN_FIRSTS)) {
        const s = m.index + m[0].length - m[1]!.length;
        const a = tokens[tokenAt(tokens, s)];
        const b = a && tokens[a.index + 1];
        if (!a || !b || a.start !== s || !personLike(a) || !personLike(b) || !isFirst(b) || !(isLast(a) || !isEnglish(a))) continue;
        const e = m.index + m[0].length;
        if (!isCovered(s, e) || ctx.findings.some((f) => f.type === 'NAME' && f.start <= s && f.end < e)) emit(s, e, 'NAME', 0.8, 'name-surname-given');
        seedName(a, 0.8);
        seedName(b, 0.8);
      }
      // rosters and sign-in sheets: a line that is a name and a time ("Wiremu 07:30", "K. Pereira 07:00")
      for (const m of matchesStartingWith(ctx, ROSTER_LINE_RE, LINE_STARTS)) {
        const s = m.index + m[0].indexOf(m[1]!);
        const toks: Token[] = [];
        for (let k = tokenAt(tokens, s); k < tokens.length && tokens[k]!.end <= s + m[1]!.length; k++) toks.push(tokens[k]!);
        const words = toks.filter((t) => t.text.length > 1);
        if (words.length === 0 || !words.every((t) => t.cap && personLike(t)) || isCovered(s, s + m[1]!.length)) continue;
        emit(s, s + m[1]!.length, 'NAME', 0.7, 'name-roster');
        for (const t of words) seedName(t, 0.75);
      }
      // lists of patients: "1. Grace - lap chole", "2 Reed - NBM", "3. River Dunmore (93) - hernia"
      for (const m of matchesStartingWith(ctx, LIST_PATIENT_RE, LINE_STARTS)) {
        const s = m.index + m[0].length - m[1]!.length;
        const first = tokens[tokenAt(tokens, s)];
        if (!first || first.start !== s) continue;
        const toks: Token[] = [];
        for (let k = first.index; k < tokens.length && tokens[k]!.end <= s + m[1]!.length; k++) toks.push(tokens[k]!);
        if (toks.length === 0 || !toks.every((t) => t.cap && personLike(t)) || !toks.some((t) => isFirst(t) || isLast(t) || !isEnglish(t))) continue;
        const e = toks[toks.length - 1]!.end;
        if (ctx.findings.some((f) => f.start < e && f.end > s && f.type !== 'NAME')) continue;
        emit(s, e, 'NAME', 0.7, 'name-list');
        for (const t of toks) seedName(t, 0.75);
      }
      // lower-case notes: a given name after a relation word and before a verb ("son will rang",
      // "grandson billy to bring"), a short name after a cue ("ask jo in pharmacy"), or after a
      // two-word cue ("spoke to dave")
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.cap || t.upper || t.num || isCovered(t.start, t.end)) continue;
        const f = F(t);
        if (!(f & W_FIRST) || f & (W_DRUG | W_GENUS | W_CLINICAL | W_GENE) || hasKind(t, K.FUNCTION_WORDS)) continue;
        const p = tokens[i - 1]!;
        const n = tokens[i + 1]!;
        if (!/^[ \t]$/.test(text.slice(p.end, t.start))) continue;
        const relation = hasKind(p, K.RELATIONS) && ((hasKind(n, K.LOWER_NAME_VERB_AFTER) && text.slice(t.end, n.start) === ' ') || text[t.end] === ':');
        // "raza said to hold", "since jojo left", "bill from pharmacy says"
        const reporting = (!(f & W_ENGLISH) && REPORTING_VERBS.has(n.lower) && text.slice(t.end, n.start) === ' ') || (n.lower === 'from' && text.slice(t.end, n.start) === ' ' && DEPARTMENTS.has(tokens[i + 2]?.lower ?? ''));
        const cue = !(f & W_ENGLISH) && t.text.length === 2 && hasKind(p, K.LOWER_NAME_CUES);
        const p2 = tokens[i - 2];
        const cue2 = !(f & W_ENGLISH) && !!p2 && INTRO_TWO.has(p2.lower + ' ' + p.lower) && text.slice(p2.end, p.start) === ' ';
        if (relation || cue || cue2 || reporting) person(t.start, t.end, 0.7, 'name-lower-context', [t]);
      }
      // an age right after a name on a list: "Pearl Okafor 92 - delirium", "Ivo Banks 94, frail"
      for (const f of [...ctx.findings]) {
        if (f.type !== 'NAME') continue;
        const m = /^ (9\d|1[01]\d)(?=\s?[-–,(]|\s?[MF]\b|\s?y)/.exec(text.slice(f.end, f.end + 8));
        if (m && !isCovered(f.end + 1, f.end + 1 + m[1]!.length)) emit(f.end + 1, f.end + 1 + m[1]!.length, 'AGE', 0.8, 'age-after-name');
      }
      // names joined by a particle: "Annelies de Vries-Bakker", "Joana Aparecida da Silva"
      for (const f of [...ctx.findings]) {
        if (f.type !== 'NAME' || f.confidence < 0.7) continue;
        const m = NAME_PARTICLE_AFTER_RE.exec(text.slice(f.end, f.end + 40));
        if (!m) continue;
        const s = f.end + m[0].length - m[1]!.length;
        const t = tokens[tokenAt(tokens, s)];
        if (!t || t.start !== s || !personLike(t) || isCovered(t.start, t.end)) continue;
        emit(f.start, t.end, 'NAME', f.confidence, 'name-particle');
        seedName(t, f.confidence);
      }
      const named = ctx.findings.filter((f) => f.type === 'NAME' || f.type === 'LOCATION').sort((a, b) => a.start - b.start);
      for (let i = 0; i + 1 < named.length; i++) {
        const a = named[i]!;
        const b = named[i + 1]!;
        if (a.type !== 'NAME' && b.type !== 'NAME') continue;
        if (!/^ (?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|ten|bin|binti|al|el|la|le|y|van der|van den|de la|von der)(?: |$)/.test(text.slice(a.end, b.start) + ' ') || b.start - a.end > 9) continue;
        emit(a.start, b.end, 'NAME', Math.min(a.confidence, b.confidence), 'name-particle');
      }
    }
  });
  // ---- Edge extension: a name or place span that stops short of a capitalised neighbour on the
  //      same line takes it in ("Wairoa" + "Valley", "Pruitt & Vance" + "LLP"): the whole
  //      identifier must be covered, and a neighbouring capitalised word is most often part of it
  pass(() => {
    const extOk = (t: Token | undefined): t is Token =>
      !!t && t.cap && !t.upper && t.text.length >= 2 && !(hasInnerUpper(t.text) && t.text.length <= 5) && !isMedical(t) && !isCalendar(t) && !isHead(t) && !hasKind(t, K.TITLES) && !hasKind(t, K.RELATIONS) && !hasKind(t, K.CREDENTIALS) && !hasKind(t, K.FUNCTION_WORDS) && !unitAfterNumber(t);
    for (const f of [...ctx.findings]) {
      if ((f.type !== 'NAME' && f.type !== 'LOCATION') || f.confidence < 0.5) continue;
      let e = f.end;
      let i = tokenAt(tokens, e);
      for (let n = 0; n < 3 && i < tokens.length; n++) {
        const t = tokens[i]!;
        const g = text.slice(e, t.start);
        if (g === ' & ' || (g === ' ' && EXT_CONNECTORS.has(t.text))) {
          // a connector inside the name: "Pruitt & Vance", "Banco de Bogotá", "Isle of Wight"
          const nt = t.text === '&' ? t : tokens[i + 1];
          const ng = nt ? text.slice(t.text === '&' ? e + 3 : t.end, nt.start) : '';
          const target = t.text === '&' ? t : nt;
          if (!target || (t.text !== '&' && ng !== ' ') || !extOk(target) || covered[target.start] || medicalHeadAfter(target)) break;
          e = target.end;
          i = target.index + 1;
          continue;
        }
        if ((g !== ' ' && g !== '-') || !extOk(t) || covered[t.start] || medicalHeadAfter(t)) break;
        e = t.end;
        i++;
      }
      let s = f.start;
      let j = tokenAt(tokens, s) - 1;
      for (let n = 0; n < 2 && j >= 0; n++) {
        const t = tokens[j]!;
        // (a given name that is also a word starts a name, "3. River Dunmore"; in capitals, only a given name, "YAW MENSAH")
        const given = f.type === 'NAME' && isFirst(t) && !isCalendar(t);
        const capsGiven = given && t.upper && t.text.length >= 3 && /^[^\p{Ll}]+$/u.test(text.slice(f.start, f.end)) && !isMedical(t) && !hasKind(t, K.TITLES | K.RELATIONS | K.CREDENTIALS | K.FUNCTION_WORDS);
        if (text.slice(t.end, s) !== ' ' || !(extOk(t) || capsGiven) || covered[t.start] || (t.sentenceStart && isEnglish(t) && !given) || FIRST_PERSON.has(t.lower)) break;
        s = t.start;
        j--;
      }
      // one span over the original (merged with it), not a separate fragment
      if (e > f.end || s < f.start) emit(s, e, f.type, Math.min(f.confidence, 0.6), 'edge-extend');
    }
  });
  // ---- Burmese names, which have no surname: two to four of the syllables they are made of (of two, one no English word)
  // ("Myo Min Thu", "Thin Thin Aye", "May Thu Zar", "Khin Than Nu")
  pass(() => {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!tokens[i]!.cap || !BURMESE_SYLLABLES.has(tokens[i]!.lower)) continue;
      let j = i;
      while (j + 1 < tokens.length && j - i < 3 && tokens[j + 1]!.cap && BURMESE_SYLLABLES.has(tokens[j + 1]!.lower) && text.slice(tokens[j]!.end, tokens[j + 1]!.start) === ' ') j++;
      const run = tokens.slice(i, j + 1);
      // (over a part already found as a name, as one name: "Myo Min" + "Thu")
      if (run.length >= 2 && (run.length >= 3 || run.some((t) => !isEnglish(t) && !isCalendar(t))) && !run.some((t) => isMedical(t)) && !ctx.findings.some((f) => f.type !== 'NAME' && f.start < run[run.length - 1]!.end && f.end > run[0]!.start)) emit(run[0]!.start, run[run.length - 1]!.end, 'NAME', 0.7, 'name-burmese');
      i = j;
    }
  });
  // ---- An organisation's acronym defined in brackets after it is the organisation wherever it appears:
  // "Tampereen yliopistollinen sairaala (TAYS) ... back to TAYS", "Leeds General Infirmary (LGI)"
  pass(() => {
    if (!text.includes('(')) return;
    for (const f of [...ctx.findings]) {
      if (f.type !== 'LOCATION' || f.confidence < 0.75 || !/\s/.test(text.slice(f.start, f.end))) continue;
      // (a service named by ordinary words, "Acute Medical Unit (AMU)", is no place to find elsewhere)
      if (text.slice(f.start, f.end).split(/\s+/).every((w) => w.length <= 3 || lex.english.has(w.toLowerCase()) || lex.clinical.has(w.toLowerCase()))) continue;
      const m = /^ ?\((\p{Lu}{2,6})\)/u.exec(text.slice(f.end, f.end + 10));
      if (!m) continue;
      const acronym = m[1]!;
      const first = text.slice(f.start, f.end).replace(/^the\s+/i, '')[0];
      if (first !== acronym[0] || lex.clinical.has(acronym.toLowerCase()) || lex.genes.has(acronym.toLowerCase()) || SPECIAL_ACRONYMS.has(acronym)) continue;
      const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${acronym}(?![\p{L}\p{N}])`, 'gu');
      for (const a of text.matchAll(re)) if (!isCovered(a.index, a.index + acronym.length)) emit(a.index, a.index + acronym.length, 'LOCATION', 0.8, 'place-acronym-defined');
    }
  });
  // ---- Propagation: a name or place confirmed once is the same identifier everywhere in the text
  pass(() => {
    if (nameSeeds.size || placeSeeds.size) {
      for (const t of tokens) {
        if (!t.cap || covered[t.start]) continue;
        const ns = nameSeeds.get(t.lower);
        const ps = placeSeeds.get(t.lower);
        if (ns === undefined && ps === undefined) continue;
        if (medicalHeadAfter(t) || (t.sentenceStart && isEnglish(t) && !(ns !== undefined && isFirst(t) && VERB_AFTER_NAME.test(text.slice(t.end, t.end + 16))))) continue;
        if (ns !== undefined) emit(t.start, t.end, 'NAME', 0.8, 'name-propagated');
        else emit(t.start, t.end, 'LOCATION', 0.8, 'place-propagated');
      }
    }
  });
}
