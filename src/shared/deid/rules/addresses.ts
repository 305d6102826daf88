import { type Ctx, scan, type Token } from './context';
import { includesAny, LETTER_END_RE, matchesAt, matchesAtWordStarts } from './scans';

const STREET_SUFFIX =
  String.raw`(?:Street|St|Avenue|Ave|Av|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Ter|Terr|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|Row|Alley|Loop|Path|Pike|Run|Walk|Gardens|Grove|Hill|Heights|Mews|Green|Park|View|Point|Ridge|Crossing|Xing|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Route|Rte|Cottages?|Parade|Esplanade|Promenade|Concourse|Gate|Wharf|Quay|Rise|Vale|Yard|Estate|Mansions|Flats|Villas|Complex|Residency|Enclave|Apartments|Apts)`;
const ADDRESS_RE = new RegExp(
  // (an interior number after the house's, "1126 Int. 3 Rizal Ave."; a street numbered, "202-8882 170 St NW")
  String.raw`\b\d{1,6}[A-Za-z]?(?:-\d{1,5})?\s+(?:(?:Int|Unit|Apt|Rm)\.?\s?\d{1,4}[A-Z]?\s+)?(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+|\d{1,3}(?:st|nd|rd|th)\s+|\d{1,3}\s+(?=(?:St|Street|Ave|Avenue)\b)){1,4}${STREET_SUFFIX}\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Flat|Fl|Floor|Room|Rm|#)\.?\s*#?\s*[\w-]+)?`,
  'gu',
);
// the same in capitals, as claim forms and labels print it: "3000 N HALSTED ST STE 510"
const LATAM_CLINIC_WORDS = new Set(['UMF', 'HGZ', 'HGR', 'UMAA', 'CESFAM', 'CESCOF', 'SAPU', 'CECOSF', 'EBAIS', 'UBS', 'USF', 'IPS', 'CAMI']);
const CAPS_SUFFIXES = 'STREET|ST|AVENUE|AVE|ROAD|RD|LANE|LN|DRIVE|DR|BOULEVARD|BLVD|COURT|CT|WAY|PLACE|PL|TERRACE|CIRCLE|CIR|HIGHWAY|HWY|PARKWAY|PKWY|SQUARE|TRAIL|CRESCENT|CLOSE|LOOP|PIKE';
const CAPS_SUFFIX_WORDS = new Set(CAPS_SUFFIXES.split('|'));
const ADDRESS_CAPS_RE = new RegExp(
  String.raw`\b\d{1,6}[A-Z]?(?:-\d{1,5})?[ \t]+(?:(?:N|S|E|W|NE|NW|SE|SW|NORTH|SOUTH|EAST|WEST)\.?[ \t]+)?(?:[A-Z][A-Z'’-]*[ \t]+|\d{1,3}(?:ST|ND|RD|TH)[ \t]+){1,4}(?:${CAPS_SUFFIXES})\b\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?(?:,?[ \t]*(?:APT|UNIT|SUITE|STE|FLAT|FL|FLOOR|RM|#)\.?[ \t]*#?[ \t]*[\w-]+)?`,
  'g',
);
const ROUTE_RE = /\b(?:Route|Rte|Highway|Hwy|Interstate|State Road|State Route|County Road|Exit)\s?-?\d{1,4}[A-Z]?\b|\bI-\d{1,3}\b|\b\d{1,3}(?:st|nd|rd|th)\s(?:Street|Avenue|St|Ave)\b/g;
// lower-case informal street mentions: "lives on elm st"; after any place's preposition, a street word that is not also a
// common noun: "the pharmacy on brown st", "mr pike from larch avenue" (not "on the road", "on her way", "attend court")
const INFORMAL_STREET_RE = /\b(?:(?:lives|living|lived|house|home|apartment|flat)\s+(?:on|at|off)\s+([a-z]+\s(?:st|street|rd|road|ave|avenue|lane|ln|drive|blvd|way|court|ct))|(?:on|at|off|from|near|in|of|to)\s+((?!(?:the|a|an|my|his|her|their|our|your|any|one|same|main)\s)[a-z]+(?:\s[a-z]+)?\s(?:st|rd|ave|ln|blvd|ct|cres|tce|avenue|lane|crescent|terrace|grove|gardens)))\b/g;
// continental addresses: "4410 rue Saint-Denis", "Calle Mayor 12"
const FOREIGN_ADDRESS_RE = /(?<![\w/.-])\d{1,5},?\s+(?:rue|avenue|boulevard|bd|chemin|place|allée|via|viale|piazza|calle|avenida|rua|praça|strasse|straße|weg|laan|straat)\s+(?:(?:de|du|des|la|le|del|della|di|da|do|dos|van|von)\s+)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*|\b(?:Calle|Avenida|Rua|Via|Viale|Rue)\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*,?\s+\d{1,5}\b/gu;
const LOT_RE = /\b(?:Lot|Plot|Site|Space|Pitch)\s\d{1,4}[A-Z]?(?=,\s*[A-Z])|\b(?:Lot|Plot)\s\d{1,4}[A-Z]?(?:\/\d{1,4}[A-Z]?)?(?=,\s*[A-Z]|[ \t]*(?:\r?\n|$))/g;
const FOREIGN_STREET_WORDS = new Set('rue avenue boulevard bd chemin place allée via viale piazza calle avenida rua praça strasse straße weg laan straat'.split(' '));
// French and Portuguese streets: "14 bis rue des Vinaigriers", "rue Fransman 88", "45, Boulevard Zerktouni, 3ème étage, appt 12",
// "Boulevard du 9 Avril 1938", "praça do Kikolo", "Alameda Prof. Hernâni Monteiro"
const R_PART = String.raw`(?:(?:de la|de l['’]|d['’]|de|du|des|la|le|les|l['’]|da|do|dos|das|del|della|di)\s?)`;
const R_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|\d{1,2}(?:er|ère|ème|e|º)?\s\p{Lu}\p{Ll}+(?:\s(?:1[89]|20)\d\d)?)`;
const R_NAME = String.raw`${R_WORD}(?:\s${R_PART}{0,2}${R_WORD}){0,3}`;
// ("bd", "place", "route", "square" and "av." only capitalised: "metformin 1 g bd", "IDC in place", "route IV")
const R_STREET = String.raw`(?:[Rr]ue|[Aa]venue|Av\.|[Bb]oulevard|Bd|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|Route|[Tt]raverse|Square|Place|[Rr]ua|[Aa]venida|[Aa]lameda|[Tt]ravessa|[Pp]raça|[Ll]argo|[Ee]strada)`;
const R_NUM = String.raw`\d{1,5}(?:\s?(?:bis|ter|[A-H])(?![\p{L}]))?`;
const R_TAIL = String.raw`(?:,?\s(?:\d{1,2}(?:ème|e|er|º|ª)\s(?:étage|andar)|app?t?\.?\s?\d{1,4}|bât(?:iment)?\.?\s[A-Z\d]{1,3}|sala\s\d{1,4}|casa\s(?:n\.?º\s?)?\d{1,4}))*`;
// (sticky: tried at each street word and at the house number before it)
const ROMANCE_STREET_STICKY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${R_NUM},?\s${R_STREET}\s${R_PART}{0,2}${R_NAME}|${R_STREET}\s${R_PART}{0,2}${R_NAME},?\s${R_NUM}(?![\d.,/:]\d|\d)|${R_STREET}\s${R_PART}{1,2}${R_NAME}|(?:Rue|Avenue|Boulevard|Chemin|Allée|Impasse|Quai|Square|Rua|Avenida|Alameda|Travessa|Praça|Largo)\s${R_WORD}(?:\s${R_PART}{0,2}${R_WORD}){0,3})${R_TAIL}`,
  'uy',
);
/** Neighbourhoods and facilities named after their French or Portuguese word: "quartier Remblais", "CHU de Treichville", "pharmacie Saint-Bernard", "Escola Primária n.º 1048". */
const ROMANCE_PLACE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:quartier|bairro|marché|mercado|cité|résidence|lotissement|arrondissement|secteur|aldeia|CHU|CHR|CHS|CHG|CHRU|EPH|EHPAD|[Hh]ôpital|[Hh]opital|[Cc]linique|[Cc]liniques(?:\suniversitaires)?|[Cc]entre\sde\ssanté|[Cc]entre\shospitalier(?:\s(?:universitaire|régional))?|[Dd]ispensaire|[Pp]harmacie|PHARMACIE|[Mm]osquée|[Éé]glise|[ÉéEe]cole(?:\s(?:primaire|secondaire|maternelle))?|[Cc]ollège|[Ll]ycée|[Aa]thénée|[Mm]aison\sde\ssanté(?:\spluriprofessionnelle)?|[Ll]ar|[Ee]scola(?:\s(?:Primária|Secundária|Básica|primária|secundária|básica))?|[Pp]osto\sde\ssaúde|[Cc]entro\sde\ssaúde|[Ff]armácia|[Bb]oulangerie|[Ff]aculté\sde\s[Mm]édecine(?:\set\sde\s[Pp]harmacie)?)\s${R_PART}{0,2}(?:n\.?[º°]\s?\d{1,5}|${R_NAME})`,
  'gu',
);
/** Facilities known by their number, as in the former Soviet Union: "Polyclinic No. 12", "School No. 189", "Kindergarten "Balapan" No. 41". */
const NUMBERED_FACILITY_RE = /(?<![\p{L}])(?:(?:\p{Lu}[\p{L}'’-]+\s){0,3}(?:Hospital|Polyclinic|Policlinic|Clinic|School|Kindergarten|Lyceum|Gymnasium|Dispensary|Maternity\s(?:Hospital|Home)|Health\sCent(?:re|er)|Medical\sCent(?:re|er)|Perinatal\sCent(?:re|er))(?:\s["“][^"”\n]{1,20}["”])?(?=\sNo\.?\s?\d)|["“][^"”\n]{1,20}["”](?=\s(?:No\.|№)\s?\d))\s(?:No\.?|№)\s?\d{1,4}(?![\d.,]\d|\d)/gu;
/**
 * South-East Asian facilities and addresses: Indonesian hospitals and schools (RSUD Dr. Soetomo, Puskesmas Kedungkandang,
 * SMP Negeri 9 Ambon), Vietnamese hospitals and health stations (BV Từ Dũ, TYT P. Đội Cấn), Thai hospitals in Thai
 * (รพ.หนองวัวซอ, รพ.สต.บ้านโนนสูง), Thai village and lane numbers (79 Moo 3, 88/5 Soi 11), Indonesian hamlets and estates
 * (Kp. Cikadu RT 02/05, Perum Griya Asri Blok C2/14) and Cambodian numbered streets (Street 310)
 */
const SEA_FACILITY_RE = /(?<![\p{L}])(?:(?:RSUD|RSUP|RSU|RSIA|RSAB|RSJ|Puskesmas|Posyandu|PMB|Klinik|TK)\s(?:Bidan\s)?(?:(?:Prof\.|Dr\.|dr\.)\s?(?:\p{Lu}\.\s?)*)*|(?:TK|SD|SMP|SMA|SMK|MI|MTs|MA)\s(?:Negeri|Swasta|Islam|Kristen|Katolik|Muhammadiyah|IT)\s|(?:BV|TYT|PKĐK|Bệnh viện|Trạm Y tế|Trung tâm Y tế)\s(?:P\.\s|X\.\s|Q\.\s)?)(?:\p{Lu}[\p{L}'’.-]*|\d{1,3})(?:\s(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}))*|(?<![\u0E00-\u0E7F])รพ\.(?:สต\.)?[\u0E00-\u0E7F]+/gu;
const SEA_ADDRESS_RE = /(?<![\p{L}\d/])(?:\d{1,4}(?:\/\d{1,4})?\s(?:Moo|Soi)\s\d{1,3}(?:\s(?:\p{Lu}[\p{L}-]+\s){0,3}(?:Rd|Road|Soi\s\d{1,3}))?|(?:\d{1,4}(?:\/\d{1,4})?\s)?Soi\s(?:\p{Lu}[\p{L}-]+\s){1,3}\d{1,3}|Soi\s\d{1,3}(?![\d.,:/]\d|\d)|(?:Kp\.|Kampung|Perum|Perumahan|Dusun|Dsn\.)\s\p{Lu}[\p{L}'’-]*(?:\s(?!RT\b|RW\b|Rt\b|Blok\b|Blk\b)\p{Lu}[\p{L}'’-]*){0,3}(?:,?\s(?:RT|Rt)\.?\s?\d{1,3}\/(?:RW\s?)?\d{1,3}|\s(?:Blok|Blk)\s[A-Z]?\d{0,3}(?:\/\d{1,3})?)?|Street\s\d{1,4}[A-Z]?(?![\d.,:/]\d|\d|\s?(?:mg|ml|x|times|days?|weeks?|hours?|hrs?|months?|years?|sessions?|visits?|minutes?|mins?)\b)|(?:Lr\.|Lrg\.|Lorong|Gg\.|Gang)\s\p{Lu}[\p{L}'’-]*(?:\s(?!No\b)\p{Lu}[\p{L}'’-]*){0,2}(?:\sNo\.\s?\d{1,4})?)/gu;
/** Vietnamese addresses: "Số 6 ngõ 58 Đội Cấn", "hẻm 242 Nguyễn Thiện Thuật", "xã Phú Thuận", "huyện Bình Đại", "TP.HCM", "Q.3". */
const VN_ADDRESS_RE = /(?<![\p{L}\d])(?:(?:(?:[Ss]ố\s\d{1,4}[A-Z]?(?:\/\d{1,4})*\s)?(?:(?:[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt)\s\d{1,4}(?:\/\d{1,4})*\s)|[Ss]ố\s\d{1,4}[A-Z]?(?:\/\d{1,4})*\s(?:đường\s)?|(?:[Xx]ã|[Hh]uyện|[Pp]hường|[Qq]uận|[Ấấ]p|[Tt]hôn|[Tt]hị\strấn|[Tt]ỉnh|[Tt]hành\sphố|[Đđ]ường|[Pp]hố|[Kk]hu\sphố)\s)\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,3}|TP\.?\s?HCM|TP\.\s?\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2}|[QP]\.\s?\d{1,2}(?![\d.:/]|,\d))(?![\p{L}])/gu;
// (the gate's words: "centre de santé", "centro de saúde", "maison de santé" and "posto de saúde" open it by their last word)
const ROMANCE_PLACE_WORDS = 'quartier bairro marché mercado cité résidence lotissement arrondissement secteur aldeia chu chr chs chg chru eph ehpad hôpital hopital clinique cliniques santé saúde dispensaire pharmacie mosquée église école ecole collège lycée athénée lar escola farmácia boulangerie faculté'.split(' ');
// ("place", "route", "square", "av" and "bd" are left to the capitalised street forms, found with the others)
const ROMANCE_STREET_WORDS = 'rue avenue boulevard chemin allée impasse quai traverse rua avenida alameda travessa praça largo estrada'.split(' ');
const ROMANCE_STREET_CAPITALISED = ['place', 'route', 'square', 'av', 'bd'];
const ROMANCE_STREET_SET = new Set([...ROMANCE_STREET_WORDS, ...ROMANCE_STREET_CAPITALISED]);
const INFORMAL_STREET_WORDS = new Set('st street rd road ave avenue lane ln drive blvd way court ct cres tce crescent terrace grove gardens'.split(' '));
// (tried at digits only, the street looked for behind them: a scan from each capital was a hot spot)
const NUMBER_AFTER_STREET_RE = /(?<=(?<![\p{L}\d.])(\p{Lu}\p{Ll}[\p{L}'’-]*\s(?:St|Ave|Avenue|Street|Rd|Road|Blvd|Boulevard|Lane|Prospekt|Pr)\.?\s))\d{1,4}[A-Za-z]?(?:\/\d{1,4})?(?:,?\s(?:apt|Apt|apartment|flat|Flat|kv)\.?\s?\d{1,4})?(?![\d.,:/]\d|\d)/gu;
const STREET_THEN_NUMBER_TEST = /(?:St|Ave|Avenue|Street|Rd|Road|Blvd|Boulevard|Lane|Prospekt|Pr)\.? \d/;
const UNIT_WORD_AFTER_RE = /^\s*(?:%|x\b|times|sessions?|visits?|doses?|cycles?|weeks?|wks?|days?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|mg|ml|kg|km|miles?|blocks?|doors?|min\b)/i;
const STREET_SUFFIX_WORDS = new Set(STREET_SUFFIX.slice(3, -1).split('|').map((w) => w.replace(/[?]$/, '').replace(/s$/, '')).flatMap((w) => [w, w + 's']));
const GATE_WORDS = new Set('Route Rte Highway Hwy Interstate Exit I Road Street Avenue St Ave Box Lot Plot Site Space Pitch Camp Zone Village Shelter Tent'.split(' '));
// a Hong Kong flat by its floor: "Flat C 21/F Robinson Heights", "12/F Wing On Plaza", "Shop 118 1/F Nina Mall 1"
const HK_FLOOR_RE = /\b(?:(?:Flat|Rm|Room|Unit|Shop)\s[A-Z\d]{1,4},?\s)?(?:\d{1,2}|G|LG|UG)\/F,?[ \t]\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]\p{Lu}\p{Ll}[\p{L}'’-]*){0,3}(?:[ \t]\d{1,2}\b)?/gu;
/** Whether HK_FLOOR_RE can match: a floor ("12/F", "G/F") before a capitalised word, looked for before the pattern is run. */
function hasFloor(text: string): boolean {
  for (let at = text.indexOf('/F'); at > 0; at = text.indexOf('/F', at + 2)) {
    if (/(?:\d|G)$/.test(text.slice(at - 1, at)) && /^\/F,?[ \t]\p{Lu}\p{Ll}/u.test(text.slice(at, at + 6))) return true;
  }
  return false;
}
// a Colombian address: the road, its number, "#", the crossing road and the distance ("Cra 43A # 18 Sur-135", "Calle 145 # 91-19")
const CO_ADDRESS_RE = /\b(?:Calle|Cl|Carrera|Cra|Kr|Kra|Avenida|Av|Diagonal|Dg|Transversal|Tv)\.? ?\d{1,3}[A-Z]?(?: Bis)?(?: (?:Sur|Norte|Este|Oeste))? ?(?:#|No\.?|N°) ?\d{1,3}[A-Z]?(?: (?:Sur|Norte|Este|Oeste))? ?-\s?\d{1,3}(?![\d])/gu;
// a Latin American public clinic by its acronym, then its number or its name: "UMF No. 28", "HGZ No. 1-A Los Venados", "CESFAM Purén"
const LATAM_CLINIC_RE = /\b(?:UMF|HGZ|HGR|UMAA|CESFAM|CESCOF|SAPU|CECOSF|EBAIS|UBS|USF|IPS|CAMI)\b(?:\s(?:No\.?|N°|Nº|#)\s?\d{1,4}(?:-[A-Z])?)?(?:\s(?:de\s|del\s|la\s|Lo\s)?\p{Lu}\p{Ll}[\p{L}'’-]*){0,3}/gu;
// a camp's address, part by part: "Camp 15, Block C, shelter C-41", "Village 8", "Zone 3"
const CAMP_UNIT_RE = /\b(?:Camp|Block|Zone|Village|Shelter|shelter|Tent|tent)\s(?:\d{1,3}[A-Z]{0,2}|[A-Z]\d{0,2}|[A-Z]-?\d{1,3})(?![\p{L}\p{N}-])/gu;
const ZIP_WORDS = new Set(['zip', 'zipcode', 'postal', 'postcode', 'post', 'eircode', 'cep', 'plz', 'pincode', 'pin', 'código', 'codigo', 'kod', 'postnummer', 'postnr', 'cp']);
// rooms, flats and suites place a person inside a building: "Room 312", "Flat 3B", "Bungalow 2" (hospital beds and bays do not)
const UNIT_RE = /\b(?:Room|Rm|Apt|Apartment|Flat|Suite|Unit|Lot|Building|Bldg|Block|Bungalow|Maisonette)\s?#?\d{1,4}[A-Z]?\b/g;
// ... and words that also number other things ("Plot 2 shows", "Cottage 2 pie"), only as the first part of an address, before a
// comma and the next part: "Plot 44, Kigo Road", "Caravan 118, Khanke camp", "Villa 7, Al Barsha"
const ADDRESS_UNIT_RE = /\b(?:Plot|Caravan|Cottage|Chalet|Villa)\s?#?\d{1,4}[A-Z]?(?=,[ \t]?\p{Lu})/gu;
/**
 * A dwelling's number written in lower case, or a house's: "at house 52", "Lives in flat 74", "Sicogi, lot 117", "Matapi Block 4,
 * flat 19", "Domicilio: Manzana 12, Casa 37", "flat 12 kestrel house". Only as a part of where someone is: see dwellingNumbers.
 */
const DWELLING_RE = /(?<![\p{L}\p{N}/.-])(?:flat|house|House|plot|lot|block|unit|apt|casa|Casa|lote|Lote|stand|erf|Erf)[ \t]?(?:no\.?[ \t]?|#[ \t]?)?\d{1,4}[A-Za-z]?(?![\p{L}\p{N}]|[.,/:-]\d)/gu;
/** Right before a dwelling's number: being there ("lives in", "stays with his aunty at"), or another part of the address and a comma. */
const DWELLING_BEFORE_RE = /(?:\b(?:lives?|living|stays?|staying|resides?|residing|moved|we're|we are|based)(?:[ \t]+(?:with[ \t]+)?[^\n.;:]{0,40}?)?[ \t]+(?:at|in)[ \t]+|(?:^|\n|[\p{L}\p{N}.][ \t]*[,(]|[:|]|\s[-–])[ \t]*)$/iu;
/** Right after it: the end of its part of the address, or its building's name ("flat 12 kestrel house", the group). */
const DWELLING_AFTER_RE = /^(?:[ \t]*(?:[,;)|]|\.(?:\s|$)|\r?\n|$)|[ \t]+(?:in|near|behind|opposite|next to|by|off|beside)\b|([ \t]+[\p{L}'’]+(?:[ \t]+[\p{L}'’]+)?[ \t]+(?:house|court|road|street|close|lane|way|drive|avenue|terrace|gardens|view|place|crescent|walk|mansions|tower|estate|flats|building|block))\b)/iu;
/** Words near a number after "block", "unit" or "house" when it is no dwelling: "AV block 2:1", "unit 3 of insulin", "falls group, block 2", "unit no. 2, s/n". */
const NOT_DWELLING_NEAR_RE = /\b(?:AV|heart|nerve|bundle|branch|fascicular|sino-?atrial|mobitz|wenckebach|interscalene|femoral|epidural|spinal|regional|insulin|units?[ \t]+of|ICU|ward|theatre|theater|hospital|department|dept|storey|floor|group|session|class|course|term|attendance|outcomes|s\/n|serial|SN|device|ventilator|pump)(?![\p{L}\p{N}])/iu;

/** Dwellings' numbers where the text places someone: see DWELLING_RE. */
function dwellingNumbers(ctx: Ctx): void {
  const { text } = ctx;
  for (let m = scan(DWELLING_RE, text); m; m = DWELLING_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const end = m.index + m[0].length;
    const after = DWELLING_BEFORE_RE.test(before) ? DWELLING_AFTER_RE.exec(text.slice(end, end + 48)) : null;
    if (!after || NOT_DWELLING_NEAR_RE.test(before.slice(-30)) || NOT_DWELLING_NEAR_RE.test(text.slice(end, end + 16))) continue;
    // (with its building's name: "flat 12 kestrel house")
    ctx.add(m.index, end + (after[1]?.length ?? 0), 'LOCATION', 0.75, 'dwelling');
  }
}

// Australian / New Zealand state and postcode: "Parramatta NSW 2150"
const AU_POSTCODE_RE = /\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+\d{4}\b/g;
const UNIT_WORDS = new Set('Room Rm Apt Apartment Flat Suite Unit Lot Building Bldg Block Bungalow Maisonette Plot Caravan Cottage Chalet Villa'.split(' '));
// (and rural routes: "Rt 2 Box 118", "RR 1, Box 40", "HC 64 Box 12")
const PO_BOX_RE = /\b(?:(?:RR|R\.R\.|Rt\.?|Rte\.?|Route|HC|Star Route)\s?\d{1,3},?\s+Box|P\.?\s?O\.?\s?Box|Post Office Box|PO Box|GPO Box|Locked Bag|Private Bag|PMB|P\.M\.B\.)\s*#?\s*\d+/gi;
/** A French post-office box, "BP 4412 Yaoundé", "B.P. 3006": four or five figures, so never a blood pressure ("BP 158/100"). */
const BOITE_POSTALE_RE = /\b(?:BP|B\.P\.)[ \t]?(?!(?:19|20)\d\d(?!\d))\d{4,5}(?!\d|[/.,]\d|[ \t]?mm)/g;
const ZIP_STATE_RE = /\b([A-Z]{2})\s+\d{5}(?:-\d{4})?\b/g;
/** A town's field before a state and ZIP code: after a comma, a colon, a line's start or a preposition of place. */
const TOWN_BEFORE_STATE_RE = /(?:^|[,:;(\n]\s*|\b(?:in|at|from|to)\s+)((?:[A-Za-z][A-Za-z'’.-]*\s){0,2}[A-Za-z][A-Za-z'’.-]*),\s*$/d;
/** Words of a field that is no town: "fax, NE 68801", "attn billing, IL 62701". */
const TOWN_NOT_WORDS = new Set('fax tel ph phone attn dept department billing suite ste unit apt box the and or of usa us'.split(' '));
const STATES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'.split(' '));
const ZIP_CUE_RE = /\b(?:zip|zip code|zipcode|postal code|postcode|post code|eircode|CEP|PLZ|pin ?code|código postal|codigo postal|kod pocztowy|postnummer|postnr\.?|C\.?P\.?)(?:\s*(?::\s*)?|=|["']?:\s?["'])(\d{5}(?:-\d{3,4})?|\d{2}-\d{3}|\d{3}\s?\d{2,3}|\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4})\b/gi;
// UK postcodes (strict shape) and Canadian postal codes
const UK_POSTCODE_RE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g;
const CA_POSTAL_RE = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s\d[ABCEGHJ-NPRSTV-Z]\d\b/g;
// Polish / Central European street prefixes: "ul. Długa 14", "al. Jerozolimskie 65/79", "os. Tysiąclecia 3"
const PL_PREFIXES = new Set(['ul', 'al', 'os', 'pl', 'ulica', 'aleja']);
const PL_STREET_RE = /\b(?:ul|al|os|pl|ulica|aleja)\.?\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s\d{1,4}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?)?(?![\p{L}\p{N}])/gu;
// compound street names (German, Dutch, Scandinavian): "Lindenstraße 8", "Kongens gate 14", "Prinsengracht 263"
// (found from the suffix, then extended back over the capitalised word: a forward pattern would try every capital)
// (Finnish, Latvian, Lithuanian, Hungarian and Estonian streets too: "Mannerheimintie 4", "Brīvības iela 118-23", "Santariškių g. 2",
// "Gedimino pr. 9", "Váci út 29", "Punane tn 48-17", "Pärnu mnt 102", and a Nordic avenue, "Bygdøy allé 23"; a Finnish road after a
// genitive of three letters or more, not an aunt, "Auntie 2 visits"; with the flat, floor or entrance after the number: "Quellenstraße 88/2/14", "Storgatan 57 B", "Oudegracht 211 bis",
// "Nørrebrogade 44, 3. tv", "krt. 11. II/4")
// (tried at digits only, the street word looked for behind them: a scan from each letter was a hot spot)
const COMPOUND_STREET_SUFFIX_RE = /(?=\d)(?<=(straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer|steig|chaussee|straat|laan|gracht|plein|kade|singel|dijk|dreef|steenweg|polder|hof|markt|wal|gatan|vägen|gata|veien|vegen|vej|gade|stræde|katu| gate| gata| vei| veien| vegen| vej| gade| straße| strasse| allee| weg| gatan| vägen| iela|ų g\.|ės g\.| út| utca| krt\.| körút| tér| tänav| tn\.| tn| mnt| pst|\p{L}{3}ntie| allé| pr\.) )\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?){0,3}(?:\.(?= ))?(?: (?:[A-H]|bis|ter)(?![\p{L}\p{N}]))?(?:,? \d{1,2}\. ?(?:tv|th|mf|sal)\.?|,? [IVX]{1,4}\/\d{1,3}|, ap\. ?\d{1,4})?(?![\p{L}\p{N}])/gu;
// postcode before a town, after a comma, pipe or line start: "10969 Berlin", "0153 Oslo", "80-827 Gdańsk", "1012 AB Amsterdam", "01310-100 São Paulo"
// (spaces only: a tab separates table cells, "40112<TAB>J. Novak<TAB>Press shop")
/** What every match of GERMAN_PLACE_RE holds, looked for before the pattern is run (most texts hold neither). */
const GERMAN_PLACE_TEST = /-(?:Apotheke|Klinik|Krankenhaus|Praxis|Hospital|Spital)|(?:Apotheke|Praxis|Radiologie|Labor|Klinik|Tierklinik|Physiotherapie|Zahnarztpraxis)\s(?:am|an der|im|in der|zum|zur)\s/u;
const GERMAN_PLACE_RE = /(?<![\p{L}-])\p{Lu}\p{Ll}+-(?:Apotheke|Klinik|Klinikum|Krankenhaus|Praxis|Hospital|Spital)(?![\p{L}-])|(?<![\p{L}-])(?:Apotheke|Praxis|Radiologie|Labor|Klinik|Tierklinik|Physiotherapie|Zahnarztpraxis)\s(?:am|an der|im|in der|zum|zur)\s\p{Lu}[\p{L}-]+/gu;
/** The departments after a hospital's acronym, as text to look for before running the pattern. */
const HOSPITAL_UNITS = [' ED', ' A&E', ' resus', ' Resus', ' ICU', ' HDU', ' NICU', ' PICU', ' SCBU', ' CCU', ' casualty', ' Casualty', ' switchboard'];
const HOSPITAL_ACRONYM_UNIT_RE = /(?:^|\n|(?:\b(?:[Tt]o|[Ff]rom|[Aa]t|[Vv]ia|[Ii]nto|and|[Tt]ransfer(?:red)?|[Rr]efer(?:red|ral)?)|->|→)\s)([A-Z]{3,6})(?= (?:ED|A&E|resus|Resus|ICU|HDU|NICU|PICU|SCBU|CCU|casualty|Casualty|switchboard)\b(?![-\d]))/g;
/** Acronyms before a department that are no hospital: the sender or the kind of care ("OOH ED", "ALS ED", "RTC ED"). */
export const HOSPITAL_UNIT_NOT_ACRONYMS = new Set('DGH LAS BIBA NLS APLS CVTS PAED PEDS PAEDS ADULT MRN URN OOH ALS BLS ACLS ATLS RTC MVC MVA GCS BIB HEMS HDU ICU CCU ITU SHO SPR REG CNS ANP ENP NHS GP EMS EMT CPR ROSC STEMI NSTEMI PCI CABG TAVI PEA VF VT DKA HHS COPD PE DVT UTI CAP HAP AKI OD NOK DNR DNAR POLST MEWS NEWS PEWS'.split(' '));
const TITLE_OR_NAME_LABEL_BEFORE_RE = /(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sr|Sister|Nurse)\.?|\b(?:[Pp]atient|[Nn]ame|[Pp]t|[Cc]lient|[Rr]esident)\s*:)\s+$/;
/** The key a hospital's first word is looked up by: before a hyphen, without a possessive ("Addenbrooke's" -> "Addenbrooke"). */
const hospitalKey = (w: string): string => w.split('-')[0]!.replace(/['’]s?$/, '');
const hospitalCache = new WeakMap<string[], { re: RegExp; first: Set<string> }>();
function hospitalRe(list: string[]): { re: RegExp; first: Set<string> } {
  let hit = hospitalCache.get(list);
  if (!hit) {
    const alts = list.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
    // (with the kind of place that may follow: "Groote Schuur Hospital", "Charité Universitätsmedizin")
    hit = { re: new RegExp(`(?:${alts.join('|')})(?:[ \\t](?:University Hospital|Children's Hospital|Academic Hospital|Hospital|Medical Cent(?:re|er)|Infirmary|Clinic|Universitätsmedizin))?(?![\\p{L}\\p{N}'’-])`, 'uy'), first: new Set(list.map((h) => hospitalKey(h.split(/[\s-]/)[0]!))) };
    hospitalCache.set(list, hit);
  }
  return hit;
}
/** "the <Name> on <Street>": a branch of a chain, a lab or a clinic, by the street it is on. */
const BRANCH_ON_STREET_RE = /\bthe ((?:\p{Lu}[\p{L}&'’-]*)(?: \p{Lu}[\p{L}&'’-]*){0,2}) on ((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’.-]*){0,2})(?=[\s,.;:)]|$)/gu;
const STREET_SUFFIX_RE = /^(?:St|Rd|Ave|Av|Blvd|Dr|Ln|Way|Pkwy|Hwy|Street|Road|Avenue|Boulevard|Drive|Lane|Highway|Parkway)\.?$/;
const MONTHS_OR_DAYS = new Set('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter call duty leave'.split(' '));
/** Latitude and longitude in decimal degrees, four or more decimals each. */
const COORDINATES_RE = /(?<![\d.])-?\d{1,2}\.\d{4,}°?\s?[NS]?,\s?-?\d{1,3}\.\d{4,}°?\s?[EW]?(?![\d.])/g;
/** A what3words address, three words that name a 3-metre square: "///tulip.lanes.beyond", "w3w: filled.count.soap" (not a file's path, "file:///var.log.x"). */
const WHAT3WORDS_RE = /(?:(?<![\w:/])\/\/\/|(?<![\p{L}])(?:w3w|W3W|what3words|What3words)\b:?\s?(?:\/\/\/)?)(\p{Ll}{2,}\.\p{Ll}{2,}\.\p{Ll}{2,})(?![\p{L}.])/gu;
/** A British or Irish grid reference after its cue: "grid reference NY 211 106", "OS grid ref SD 9123 4567". */
const GRID_REFERENCE_RE = /\b(?:[Gg]rid\s?[Rr]ef(?:erence)?|OS\s(?:ref|grid(?:\sref(?:erence)?)?))\b[^\n]{0,40}?\b([HNOST][A-HJ-Z]\s?\d{3,5}\s?\d{3,5}|[A-HJ-Z]\s?\d{3}\s?\d{3})\b/g;
/** A numbered road where something happened on it: "on NH-44 near", "N2 inbound", "M62 eastbound between". */
// (a one-letter prefix, N2 or M1, is also a tumour stage: "staged at N2 by PET-CT"; only a direction or a road's part follows it)
const NUMBERED_ROAD_RE = /\b(?:on|along|off|onto|at|from|Scene:|Location:)\s(?:the\s)?((?:NH|SH|US|SR)-?\d{1,3}[A-Z]?(?=\s(?:near|by|between))|(?:NH|SH|N|M|A|I|US|SR|R)-?\d{1,3}[A-Z]?(?=\s(?:inbound|outbound|northbound|southbound|eastbound|westbound|[NSEW]B|junction|toll|exit|J\d|motorway|highway|freeway|bypass|interchange|overpass|off-?ramp|on-?ramp)\b))/g;
const JAPANESE_ADDRESS_RE = /\b\d{1,4}(?:-\d{1,4}){1,2}\s\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+)?(?=,\s\p{Lu}\p{Ll}+(?:-(?:ku|shi|cho|machi|gun|mura)\b|,))/gu;
/** The words at least one of which a named facility or street of NAMED_FACILITY_RES holds (lower case, as tokens read them). */
const NAMED_FACILITY_WORDS = new Set(
  'via viale piazza piazzale corso largo vicolo str straße strasse weg allee platz gasse damm heol ffordd stryd lôn lon im bệnh trường trung phòng asl asst ausl ats aou ulss irccs huisartsenpraktijk huisartsenpost tandartspraktijk fysiotherapiepraktijk notariskantoor advocatenkantoor apotheek ziekenhuis verpleeghuis zorgcentrum gezondheidscentrum post lodge aerie de scuola liceo istituto escuela colegio école collège lycée szpital instytut centrum przychodnia klinika'.split(' '),
);
/** A cue that the text must hold, the pattern, and (for a pattern that starts a word) the words it starts with, in lower case (matchesAtWordStarts). */
const NAMED_FACILITY_RES: [RegExp, RegExp, string[]?][] = [
  // an Italian street with its number: "in via Foria 118", "Via dei Mille 27", "Piazza San Marco 4" (a lower-case via only
  // after in, a, presso...: "NovoRapid via Omnipod 5" is English)
  [/(?:[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso|[Ll]argo|[Vv]icolo) /, /(?:(?<=\b(?:in|a|presso|residente|abita|sita|sito|domiciliat[oa])\s)via|\bVia|\b[Vv]iale|\b[Pp]iazza(?:le)?|\b[Cc]orso|\b[Ll]argo|\b[Vv]icolo)\s(?!Bay\b|Ward\b|Room\b|Bed\b|Resus\b)(?:(?:\p{Lu}\p{Ll}[\p{L}'’]*(?![\p{L}'’])|\p{Lu}\.|de[il]|della|delle|degli|di)\s|(?:d|dell|dall|sull)['’]){1,5}(?!(?:19|20)\d\d(?!\d))\d{1,4}(?:\/?[A-Za-z])?(?![\p{L}\p{N}])/gu, ['via', 'piazza', 'corso', 'largo', 'vicolo']],
  // a German street written in words before its number: "Äußere Sulzbacher Str. 100", "Am Alten Weg 3" (no Ring:
  // "Physio Ring 28 mm", "Please Ring 2222")
  [/(?:Str\.|Straße|Strasse|Weg|Allee|Platz|Gasse|Damm) \d/, /(?:\p{Lu}[\p{L}-]+[ \t]){1,3}(?:Str\.|Straße|Strasse|Weg|Allee|Platz|Gasse|Damm)[ \t]\d{1,4}[a-z]?(?![\p{L}\p{N}])(?![ \t]?(?:mm|cm|ml|mg|kg|g|%))/gu],
  // a Welsh street: "14 Heol y Nant", "3 Ffordd Las"
  [/\d (?:Heol|Ffordd|Stryd|Lôn|Lon) /, /\b\d{1,4}\s(?:Heol|Ffordd|Stryd|Lôn|Lon)\s(?:y\s|yr\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?/gu],
  // a Japanese address in Latin letters: "3-14-9 Kitazawa, Setagaya-ku", "1204-3 Yamanouchi, Kamakura, Kanagawa", "2-14-7 Sakura-shinmachi, Setagaya-ku"
  [/\d-\d{1,4} \S/, JAPANESE_ADDRESS_RE],
  // an Italian local health authority: "ASL Città di Torino", "ASST Papa Giovanni XXIII", "ULSS 6 Euganea" (a word after it:
  // "ATS 2" is an Australasian triage category)
  [/\b(?:ASL|ASST|AUSL|ATS|AOU|ULSS|IRCCS) /, /\b(?:ASL|ASST|AUSL|ATS|AOU|ULSS|IRCCS)\s(?:(?:di|dei|della|del)\s)?(?:\d{1,3}\s)?\p{Lu}\p{Ll}[\p{L}'’]*(?:\s(?:(?:di|dei|della|del)\s)?(?:\p{Lu}[\p{L}'’]*|[IVX]+|\d{1,3}))*/gu],
  // Dutch practices and offices: "Huisartsenpraktijk Assendorp", "Notariskantoor Van Leeuwen & Bos"
  [/(?:praktijk|kantoor|Apotheek|Ziekenhuis|Verpleeghuis|Zorgcentrum|Gezondheidscentrum) \p{Lu}/u, /\b(?:Huisartsenpraktijk|Huisartsenpost|Tandartspraktijk|Fysiotherapiepraktijk|Notariskantoor|Advocatenkantoor|Apotheek|Ziekenhuis|Verpleeghuis|Zorgcentrum|Gezondheidscentrum)\s\p{Lu}[\p{L}'’-]+(?:\s(?:&\s)?\p{Lu}[\p{L}'’-]+){0,3}/gu],
  // a veterans' or fraternal post or lodge with its number: "VFW Post 7401", "American Legion Post 12"
  [/(?:Post|Lodge|Aerie) (?:No\.? ?|#)?\d/, /\b(?:VFW|American Legion|AMVETS|Legion|Elks|Moose|Eagles|Masonic)\s(?:Post|Lodge|Aerie)\s(?:No\.?\s?|#)?\d{1,5}\b/gu],
  // a Polish hospital or institute named after a person: "Wojewódzki Szpital Specjalistyczny im. J. Gromkowskiego"
  [/ im\. /, /(?:\b(?:Wojewódzki|Miejski|Uniwersytecki|Kliniczny|Specjalistyczny|Powiatowy|Dziecięcy|Samodzielny|Publiczny)\s)*\b(?:Szpital|Instytut|Centrum|Przychodnia|Klinika)(?:\s(?:\p{Lu}[\p{Ll}ąćęłńóśźż]+|nr\s\d+))*\s+im\.\s+(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}-]+(?:\s(?:\p{Lu}[\p{L}-]+|I{1,3}|IV))*/gu],
  // a Vietnamese hospital or health centre: capitalised syllables, and the lower-case ones of a proper name ("Nhiệt đới Trung ương")
  [/Bệnh viện|Trung tâm Y tế|Phòng khám|Trường/, /\b(?:Bệnh viện|Trung tâm Y tế|Phòng khám|Trường(?: Mầm non| Tiểu học| THCS| THPT)?)(?:\s(?:TP\.\s?HCM|\p{Lu}\p{L}*|\d{1,3}|\p{Ll}*[^\p{ASCII}\s]\p{Ll}*(?=\s|$)))*(?<=\S)/gu],
  // a hospital, avenue or street named after a date: "Hospital 12 de Octubre", "Av. 9 de Julio", "Calle 5 de Mayo"
  [/ de [A-Z]/, /\b(?:Hospital|Sanatorio|Clínica|Policlínico|Avenida|Av\.|Calle|Plaza|Colonia|Col\.|Barrio)\s(?:\d{1,2}|Dos|Tres|Cinco|Doce|Primero)\sde\s(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre)\b/gu],
  // a school with its town: "scuola primaria di Seriate", "escuela primaria de Tlaquepaque", "école primaire de Villeurbanne"
  [/cuola|iceo|stituto|scuela|olegio|cole|ollège|ycée/, /\b(?:scuola(?: primaria| secondaria(?: di primo grado)?| media| elementare| materna| dell'infanzia)?|liceo(?: scientifico| classico)?|istituto comprensivo|escuela(?: primaria| secundaria)?|colegio|école(?: primaire| maternelle)?|collège|lycée)\s(?:di|de|du|d')\s?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?/gu],
];
const BLOCK_ADDRESS_RE = /\b(?:Blk|BLK|Block)\.? ?\d{1,4}[A-Z]?(?: (?:\p{Lu}[\p{L}'’.]*|\d{1,3}[A-Z]?(?![\p{L}\p{N}])))+?(?:,? ?#\d{1,3}-\d{1,5}[A-Z]?(?![\p{L}\p{N}])|(?=,|\n|$))/gu;
const POSTCODE_TOWN_RE = /(?:^|[,|;\n·•])[ \t]*((?:\d{2}-\d{3}|\d{5}-\d{3}|\d{4}\s?[A-Z]{2}|\d{3}\s\d{2}|\d{4,5}|[A-Z]-\d{4,5}) \p{Lu}[\p{L}'’.-]+(?:[ -](?:am|an der|upon|on|de|la|\p{Lu}[\p{L}'’.-]+)){0,3})(?![\p{L}\p{N}])/gu;
// Indian address parts: "H.No. 212", "House No. 7", "Sector 15", "Rohini, Delhi 110089", "Gandhi Nagar"
const IN_HOUSE_RE = /\b(?:H\.\s?No\.?|House\s+No\.?|House(?=\s[A-Z]?-?\d)|Gali\s+No\.?|Flat\s+No\.?|Plot\s+No\.?|Door\s+No\.?|D\.\s?No\.?|Road\s+No\.?|Street\s+No\.?|Villa|Building|Bldg\.?|Street|Sector|Phase|Block|Khasra\s+No\.?)\s?#?(?:[A-Z]-)?\d{1,5}[A-Z]?(?:[-/]\d{1,4}[A-Z]?)*(?:[-/][A-Z])?(?:,\s(?:Sector|Phase|Block|Street|Lane|Road|Cross|Main|Gali|Galli)\s(?:No\.?\s?)?\d{1,4}[A-Z]?(?:-[A-Z])?)*(?![\p{L}\p{N}])/gu;
const IN_LOCALITY_SUFFIX_RE = / (?:Nagar|Colony|Marg|Vihar|Enclave|Puram|Bagh|Chowk|Layout|Extension|Galli|Gali|Mohalla|Pally|Palli|Basti|Wadi)(?![\p{L}\p{N}])/gu;
const UPPER_START = /^\p{Lu}/u;
/** Start of the word ending at `end` (letters, inner apostrophes and hyphens), or -1 if it is not capitalised. */
function capWordBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && /[\p{L}'’-]/u.test(text[i - 1]!)) i--;
  return i < end && UPPER_START.test(text.slice(i, i + 1)) && (i === 0 || !/[\p{N}]/u.test(text[i - 1]!)) ? i : -1;
}
const PIN_RE = /(?:^|[,|\n])[ \t]*(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?\s(?:[-–]\s)?[1-9]\d{2}\s?\d{3})(?![\p{L}\p{N}])/gu;
// lower-case addresses in informal notes: "flat 14, 2 carpenters rd", "12 church lane"
const LOWER_ADDRESS_RE = /(?<![\w/.,-])(?:(?:flat|apt|apartment|unit)\s?\d{1,4}[a-z]?,?\s)?\d{1,5}[a-z]?\s(?:[a-z][a-z'’-]+\s){1,3}(?:rd|road|st|street|ave|avenue|lane|ln|close|crescent|cres|drive|way|court|ct|terrace|gardens|grove|boulevard|blvd)\b/g;
const NOT_STREET_HEAD = new Set('hour hours hr hrs minute minutes min mins day days week weeks month months year years mile miles km block blocks time times dose doses tab tabs mg ml unit units puff puffs am pm long short min'.split(' '));
/**
 * A farm, hamlet or village named after the word that says what it is: "vereda El Retiro", "comunidad campesina de Quishuar",
 * "contrada San Biagio 14", "Vila Madalena", "Kebele 07" (a capitalised name on the same line, never a number alone, which
 * keeps "Frazione 15 di 25", "Dr Vila 2 weeks ago" and "Aldea 3 días"; nor the words that make them clinical or public:
 * "Sítio Cirúrgico", "Anexo Derecho", "Comunidad Terapéutica", "Hacienda Pública")
 */
// (never right after a letter: found with matchesAt and LETTER_END_RE)
const SMALL_PLACE_PREFIX_RE = /(?:(?:[Vv]ereda|[Ff]inca|[Cc]omunidad(?: [Cc]ampesina| [Nn]ativa| [Ii]nd[íi]gena)?|[Cc]ontrada|[Ff]razione|[Ll]ocalità|[Pp]araje|[Cc]aser[íi]o|[Aa]ldea|[Hh]acienda|[Ee]stancia|[Ff]azenda|[Ss]ítio|[Bb]airro|[Vv]ila|[Aa]nexo|[Mm]ohalla|[Ll]ieu-dit|[Hh]ameau|[Ee]jido|[Cc]orregimiento|[Pp]oblado|[Qq]uartier)[ \t]+(?!(?:Terap|Aut[óo]noma|Valenciana|Foral|Europea|Educativa|P[úu]blica|Hospitalaria|Media|Prolongada|Cir[úu]rgic|Derech|Izquierd)\p{L}*)(?:(?:de|da|do|das|dos|del|la|las|los|el)[ \t]){0,2}\p{Lu}[\p{L}'’-]+(?:[ \t](?:de|da|do|del|la|\p{Lu}[\p{L}'’-]+)){0,3}(?:[ \t]\d{1,4}[A-Za-z]?(?![\d:/]|[.,]\d))?|[Kk]ebele[ \t]+\d{1,3}(?![\d:/]|[.,]\d))/gu;
// districts, wards and neighbourhoods named with a prefix: "Quận 5", "TP. Hồ Chí Minh", "Brgy. Bagong Silang",
// "Col. Tizapán", "Kec. Depok", "Jl. Malioboro 12", "Songpa-gu", "Mahallesi", and the Arabic, Hebrew, Greek and Romanian words
// for a street: "Haret El-Sabbagh", "Rehov Herzl 16", "Odos Ermou 22", "Calea Victoriei 155"
// (a street's name may start with a particle, "Rua dos Remédios", "C/ de la Riera Baixa", "carrer de l'Hospital", or be a
// letter and number, "Rua C-148"; after the number come the flat, floor and plot: "2º Esq.", "2n 1a", "No:112 D:9",
// "RT 005/RW 02", "piso 2 dto. C", "Qd. 312, Lt. 9", "lok. 15")
// (never right after a letter: found with matchesAtWordStarts and LETTER_END_RE)
const ADMIN_PREFIX_RE = /(?:C\/|[Cc]alle|[Cc]arrer|Via|Viale|Piazza|Corso|Largo|Quận|Phường|Huyện|Xã|TP\.|Thành phố|Brgy\.?|Barangay|Purok|Sitio|(?<=,\s)Col\.|Colonia|Fracc\.|Kec\.|Kel\.|Kab\.|Kecamatan|Kelurahan|Kabupaten|Desa|Kampung|Kg\.|Jl\.|Jln\.?|Jalan|Lorong|Taman|Mah\.|Sok\.|Cad\.|Av\.|Avda\.|Avenida|Jr\.(?=\s\p{Lu}\p{Ll}+\s\d)|[Rr]ua|Travessa|vul\.|Urb\.|Urbanizaci[oó]n|Haret|Harat|Shari['’]a?|Sharia|Shareh|Midan|Maydan|Rehov|Rechov|Sderot|Odos|Calea|Aleea|Splaiul|Bulevardul)\s+(?:\d{1,3}(?![\d.:/]|,\d)|(?:(?:de|da|do|das|dos|del|dels|la|les|l['’]|d['’])\s?){0,2}(?:[A-Z]-\d{1,4}|\p{Lu}[\p{L}'’-]+)(?:[ \t](?:de|da|do|das|dos|del|dei|degli|della|la|(?!Gg\.)\p{Lu}[\p{L}'’-]+)){0,3}(?:,?\s(?:No[:.]?\s?)?\d{1,5}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?)?(?![\d.:/]|,\d))?)(?:(?:,?\s|\.\s)(?:\d{1,2}[°º]\s?(?:(?:Esq|Dto|Dir|Izq|Izda|Dcha|Drt)\.?|[A-Z](?![\p{L}]))?|\d{1,2}(?:n|r|t|º|ª)\s\d{1,2}(?:a|º|ª)|ap(?:to|t|p)?\.?\s?\d{1,4}[A-Z]?|piso\s\d{1,2}|(?:dpto|depto|dto)\.?\s?\w{1,4}|bloco\s\w{1,3}|casa\s\d{1,4}|int\.?\s?\d{1,4}[A-Z]?|lok\.?\s?\d{1,4}|No[:.]?\s?\d{1,5}[A-Za-z]?(?:\/\d{1,4})?|D[:.]\s?\d{1,4}|RT\s?\d{1,3}\s?\/\s?RW\s?\d{1,3}|(?:Qd|Lt|Quadra|Lote)\.?\s?\d{1,4}|Gg\.?\s(?:[IVX]+|\p{Lu}[\p{L}'’-]+)|Bloque\s\d{1,4}|#\d{1,5}|[A-Z]{1,2}-\d{1,4}|\d{1,5}))*/gu;
/** How ADMIN_PREFIX_RE's matches start, in lower case. */
const ADMIN_PREFIX_FIRSTS = ['c/', 'calle', 'carrer', 'via', 'piazza', 'corso', 'largo', 'quận', 'phường', 'huyện', 'xã', 'tp.', 'thành phố', 'brgy', 'barangay', 'purok', 'sitio', 'col', 'fracc.', 'kec', 'kel', 'kab', 'desa', 'kampung', 'kg.', 'jl', 'jalan', 'lorong', 'taman', 'mah.', 'sok.', 'cad.', 'av', 'jr.', 'rua', 'travessa', 'vul.', 'urb', 'haret', 'harat', 'shari', 'sharia', 'shareh', 'midan', 'maydan', 'rehov', 'rechov', 'sderot', 'odos', 'calea', 'aleea', 'splaiul', 'bulevardul'];
// Addresses as Russia, Ukraine, the Caucasus, Central Asia and their neighbours write them: the street's word before its name
// ("ул. Профсоюзная, д. 128, корп. 2, кв. 47", "vul. Heroiv Pratsi 22-B, kv. 114", "мкр. Аксай-4, д. 57", "Str. Păcurari nr. 88,
// bl. C4, sc. B, ap. 12", Bulgarian "zh.k. Mladost 1, bl. 31, vh. B, et. 6, ap. 47", "kv. Vladislavovo, bl. 211") or after it ("Большая Сухаревская пл., д. 3", "Səməd Vurğun küç. 43, m. 18"), and a town or village
// after its word ("г. Москва", "м. Харків", "с. Гуниб", but "2019 г." is a year); the Latin words need their dot and a
// number after the name, so "per os", "Str. pneumoniae" and "Ul. Prevention" stay words; "пр." alone is "etc."
// (a name before its street's word is only tried where a word starts: from inside one, the pattern was quadratic)
const EAST_WORD = String.raw`\p{Lu}[\p{L}'’ʼ]*(?:-(?:\p{L}+|\d{1,3}))*`;
const EAST_NAME = String.raw`${EAST_WORD}(?:[ \t]${EAST_WORD}){0,3}`;
const EAST_PART = String.raw`(?:,?[ \t](?:(?:д|буд|корп|к|стр|кв|оф|эт|под|вх|бл|ет|ап|d|bud|korp|kv|nr|bl|sc|ap|et|vh|m)\.[ \t]?)?(?:\d{1,4}(?:[-/]?[\p{L}\d]{1,3})?|[A-ZА-Я]\d{0,3})(?![\p{L}\d]))`;
const EAST_ADDRESS_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:ул|вул|пр-т|просп|пер|пров|бул|б-р|пл|наб|ш|мкр|мкрн|улица|вулиця|проспект|переулок|провулок|площадь|площа|шоссе|бульвар|мікрорайон|микрорайон)\.?[ \t]?${EAST_NAME}${EAST_PART}*` +
    String.raw`|(?<![\p{L}])(?:ul|vul|prosp|pr-t|bul|mkr|mkrn|str|Str|Bd|Bul|Ul|[Kk]v|[Zz]h\.k|ж\.к)\.[ \t]?${EAST_NAME}${EAST_PART}+` +
    String.raw`|(?<![\p{L}\p{N}'’ʼ-])${EAST_NAME}[ \t](?:ул|пл|пр|пер|просп|ш|бул|наб|пр-т|küç|kuç)\.${EAST_PART}*` +
    String.raw`|(?<![\p{L}]|\d[ \t]?)(?:г|м|с|смт|пгт|пос|х|аул)\.[ \t]?\p{Lu}[\p{L}'’ʼ-]*(?:[ \t-]\p{Lu}[\p{L}'’ʼ-]*){0,2}`,
  'gu',
);
/** The words EAST_ADDRESS_RE can hinge on, looked for among the tokens before it runs (a Cyrillic word, a Latin street word, "küç"). */
const EAST_ADDRESS_WORDS = new Set(['ul', 'vul', 'prosp', 'pr-t', 'bul', 'mkr', 'mkrn', 'str', 'Str', 'Bd', 'Bul', 'Ul', 'kv', 'Kv', 'zh', 'Zh', 'küç', 'kuç']);
// (a token may hold the word after a hyphen, an apostrophe or a mark the tokenizer keeps: "Nowak-ul.", "✔️Str."; each part is looked at)
function isEastAddressWord(t: Token): boolean {
  const s = t.text;
  if (EAST_ADDRESS_WORDS.has(s)) return true;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 45;
    if (c >= 0x400 && c <= 0x4ff) return true;
    if (c === 45 || c === 39 || c === 0x2019 || (c >= 0x300 && MARK_RE.test(s[i]!))) {
      if (i > start && EAST_ADDRESS_WORDS.has(s.slice(start, i))) return true;
      start = i + 1;
    }
  }
  return false;
}
const MARK_RE = /\p{M}/u;
/** The first words of ADMIN_PREFIX_RE, to look for by token before running it. */
/** The first words of SMALL_PLACE_PREFIX_RE. */
const SMALL_PLACE_WORDS = new Set('vereda finca comunidad contrada frazione località paraje caserío caserio aldea hacienda estancia fazenda sítio bairro vila anexo mohalla lieu-dit hameau ejido corregimiento poblado quartier kebele'.split(' '));
const ADMIN_PREFIX_WORDS = new Set('urb urbanización urbanizacion carrer avenida vul calle via viale piazza corso largo quận phường huyện xã tp thành brgy barangay purok sitio col colonia fracc kec kel kab kecamatan kelurahan kabupaten desa kampung kg jl jln jalan lorong taman mah sok cad av avda jr rua travessa haret harat shari sharia shareh midan maydan rehov rechov sderot odos calea aleea splaiul bulevardul'.split(' '));
const ADMIN_SUFFIX_RE = /(?<![\p{L}])\p{Lu}\p{Ll}+-(?:gu|dong|si|ro|gil|eup|myeon|ri|ku|shi|machi|cho)(?![\p{L}])|(?<![\p{L}])\p{Lu}[\p{L}]+\s(?:Mahallesi|Caddesi|Sokak|Sokağı|Nagar|Colony)(?![\p{L}])|(?<![\p{L}])\p{Lu}[\p{L}]+\s(?:Mah|Mh|Cad|Cd|Sok|Sk)\.(?:\s\p{Lu}[\p{L}]+\s(?:Cad|Cd|Sok|Sk|Bulv)\.)*(?:,?\s?No[:.]?\s?\d{1,4}[A-Za-z]?(?:\/\d{1,4})?)?(?:\s(?:D|Daire|Kat)[:.]?\s?\d{1,3})?/gu;
// a flat or floor after a street number in other languages: "Storgatan 8, lgh 1102", "ul. Piotrkowska 118 m. 7",
// "Prinsengracht 422-III", "Via dei Mille 27, int. 4", "Calle Hidalgo 215 Int. 3", "No:41 D:6"
const UNIT_AFTER_RE = /^(?:-[IVX]{1,4}\b|,?\s(?:lgh|m\.|lok\.?|int\.?|interno|esc\.?|pta\.?|puerta|piso|étage|et\.|stock|top|tür|bus|boîte|kat|daire|D:|apt\.?|apto\.?|app\.?)\s?\d{1,4}[A-Za-z]?\b|,?\s(?:dto|dpto|depto)\.?\s?\w{1,3}\b|,?\s\d{1,2}[°º]\s?(?:(?:Esq|Dto|Dir|Izq|Izda|Dcha)\.?|[A-Z]\b)?|,?\s\d{1,2}(?:n|r|t)\s\d{1,2}a\b)+/;
// Canadian province and postal code: "NS B0K 1V0"
const CA_PROVINCE_POSTAL_RE = /\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b/g;
// corners: "Cnr Steve Biko and Walter Sisulu Roads", "Rizal Drive cor. 32nd Street and 5th Avenue"
const CORNER_RE = /\b(?:(?:Cnr\.?|Corner(?:\sof)?)\s+(?:[\p{Lu}\d][\p{L}\d'’-]*\s){1,4}(?:and|&)\s(?:[\p{Lu}\d][\p{L}\d'’-]*)(?:\s[\p{Lu}\d][\p{L}\d'’-]*){0,3}|(?:\p{Lu}[\p{L}'’-]+\s){1,3}(?:Drive|Street|Avenue|Road|St|Ave|Rd)\s+cor\.\s+(?:[\p{Lu}\d][\p{L}\d'’-]*\s?){1,3}(?:(?:and|&)\s(?:[\p{Lu}\d][\p{L}\d'’-]*\s?){1,3})?)/gu;
// an estate or colony acronym and its phase or sector: "DLF Phase 4", "HSR Sector 2"
const PHASE_RE = /\b[A-Z]{2,5}\s(?:Phase|Sector|Block|Stage)\s\d{1,3}[A-Z]?\b/g;
const IE_COUNTY_RE = /\bCo\.?\s(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)\b/g;
/** An Eircode: routing key, then four characters with letters and digits. */
// (after a comma in an address, or after the word, its verb or a bracket: "Our Eircode is K78 P2X5", "The Eircode (F92 X7K3)",
// "Eircode on file is P31 KX55"; not "No Eircode given, referral code R93 CX25")
const EIRCODE_RE = /(?<=, |[Ee]ircode(?: (?:on file|is|was|reads))*:? \(?)([AC-FHKNPRTV-Y]\d[\dW]) ?([AC-FHKNPRTV-Y0-9]{4})\b/g;
/** A county's, parish's, borough's or township's name, read back from its word ("Orange County", "St. Tammany Parish"). */
// (from the word, not a scan of the text: tried at every capital, the scan was a hot spot)
const COUNTY_WORD_RE = /^(?:County|Parish|Borough|Township)(?![A-Za-z0-9_])/;
const COUNTY_NAME_BEFORE_RE = /\b(?:\p{Lu}[\p{L}'’.-]+\s){1,3}$/u;

const G_SUFFIX = 1;
const G_INFORMAL = 2;
const G_UNIT = 4;
const G_PL = 8;
const G_COUNTY = 16;
const G_FOREIGN = 32;
const G_ZIP = 64;
const G_ADMIN = 128;
const G_GATE = 256;
const G_ROMANCE = 512;
const G_ROMANCE_STREET = 1024;
const G_SEA = 2048;
const G_SMALL_PLACE = 4096;
/** Lower-case word -> the rule gates it can open (the case checks are made per token). */
const GATE_OF = new Map<string, number>();
for (const [words, bit] of [
  [[...STREET_SUFFIX_WORDS].map((w) => w.toLowerCase()), G_SUFFIX],
  [INFORMAL_STREET_WORDS, G_INFORMAL],
  [[...UNIT_WORDS].map((w) => w.toLowerCase()), G_UNIT],
  [PL_PREFIXES, G_PL],
  [['county', 'parish', 'borough', 'township'], G_COUNTY],
  [FOREIGN_STREET_WORDS, G_FOREIGN],
  [ZIP_WORDS, G_ZIP],
  [ADMIN_PREFIX_WORDS, G_ADMIN],
  [SMALL_PLACE_WORDS, G_SMALL_PLACE],
  [[...GATE_WORDS].map((w) => w.toLowerCase()), G_GATE],
  [ROMANCE_PLACE_WORDS, G_ROMANCE],
  [ROMANCE_STREET_WORDS, G_ROMANCE_STREET],
  [ROMANCE_STREET_CAPITALISED, G_ROMANCE_STREET],
  [['moo', 'soi', 'kp', 'kampung', 'perum', 'perumahan', 'dusun', 'dsn', 'lr', 'lrg', 'lorong', 'gg', 'gang'], G_SEA],
] as [Iterable<string>, number][])
  for (const w of words) GATE_OF.set(w, (GATE_OF.get(w) ?? 0) | bit);

/**
 * The first capitalised word after a street's or facility's word is a drug, a clinical word, an acronym or an ordinary English
 * word: "Place Foley", "route IV", "CHG Bath", "BV Screen Positive", "TK Level" name no place.
 */
const HEAD_WORDS = new Set([...ROMANCE_STREET_SET, ...ROMANCE_PLACE_WORDS, 'centre', 'centro', 'maison', 'posto', 'santé', 'hospitalier', 'universitaires', 'primaire', 'secondaire', 'maternelle', 'primária', 'secundária', 'básica', 'negeri', 'swasta', 'bidan']);
function clinicalAfterHead(ctx: Ctx, m: string): boolean {
  // (the first capitalised word after the street's or facility's own words and titles)
  const w = [...m.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}'’-]*/gu)].map((x) => x[0]).find((x, i) => i > 0 && !HEAD_WORDS.has(x.toLowerCase()) && !/^(?:Prof|Dr|Dra|St|Sta|Sto|Sr|Sra|Nossa|Notre)$/.test(x));
  if (!w) return false;
  const l = w.toLowerCase();
  // (after an acronym head, any ordinary word: "BV Screen", "CHG Bath", "TK Level")
  const acronymHead = /^[A-Z]{2,4}\s/.test(m);
  return ctx.lex.drugs.has(l) || ctx.lex.clinical.has(l) || ctx.lex.genes.has(l) || (w === w.toUpperCase() && w.length <= 4 && !/\d/.test(w)) || (ctx.lex.english.has(l) && (acronymHead || (!ctx.lex.lastNames.has(l) && !ctx.lex.firstNames.has(l) && !ctx.lex.placeSingle.has(l))));
}

/** "l'école", "d'Oran": an apostrophe after one or two letters. */
function isElided(w: string): boolean {
  const a = w.charCodeAt(1);
  const b = w.charCodeAt(2);
  return a === 39 || a === 0x2019 || b === 39 || b === 0x2019;
}

/** What comes before a road's number: "on the A629", "off the M1", "LOC: M4", "Locatie: N11". */
const ROAD_BEFORE_RE = /(?:\b(?:on|off|down|up|via|onto|took|taking|from|joined|joining|leaving|left|crossing|exited) the |(?:^|\n|\s)(?:LOC|Loc|Location|Locatie|Ort|Lieu|Scene|Incident)[ \t]*:[ \t]*)$/i;
/** What may follow a road's number (not "the A2 pulley", "the B12 level"), with the direction and junction that belong to it. */
const ROAD_AFTER_RE = /^(?:\(M\))?(?:[ \t]+(?:north|south|east|west)bound)?(?:[ \t]+(?:between J\d{1,2}[AB]? and J\d{1,2}[AB]?|at (?:exit|junction|jct\.?) \d{1,3}[A-Z]?|J\d{1,2}[AB]?(?![\p{L}\p{N}])))?(?=[ \t]*(?:[,.;:)]|\r?\n|$)|[ \t]+(?:near|between|junction|jct|exit|slip|services|interchange|roundabout|bypass|carriageway|motorway|towards?|at|was|is|heading|going|travell?ing|when|in|through|t\.h\.v\.|richting|afrit|ri\.)\b)/iu;

/** Words of driving and of roads, on a one-figure road's line. */
const DRIVING_RE = /\b(?:motorway|junction|J\d|\w+bound|RTC|RTA|MVC|collision|crash\w*|driv\w+|drove|traffic|lorry|lane|carriageway|exit|services|slip road|lay-by|hard shoulder|car|van|bike|motorbike|cyclist|vehicle)\b/i;
/** The line of the text around `at`. */
function lineAround(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
}

/**
 * Roads by their number where a person was: "collision on the A629 near Cross Hills", "LOC: M4 westbound between J11 and J12",
 * "Locatie: N11" (British and Irish A, B, M and N roads, and the Dutch N). The tokens split the letter from the number.
 */
function roadNumbers(ctx: Ctx): void {
  const { text, tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end - t.start !== 1) continue;
    const c = text.charCodeAt(t.start);
    // A, B, M, N
    if (c !== 65 && c !== 66 && c !== 77 && c !== 78) continue;
    const n = tokens[i + 1]!;
    // (B roads have three or four figures: "B12" is a vitamin)
    if (n.start !== t.end || !n.num || n.end - n.start > 4 || (c === 66 && n.end - n.start < 3)) continue;
    if (/[\p{L}\p{N}-]/u.test(text[t.start - 1] ?? ' ') || !ROAD_BEFORE_RE.test(text.slice(Math.max(0, t.start - 20), t.start))) continue;
    const after = ROAD_AFTER_RE.exec(text.slice(n.end, n.end + 40));
    // (a road of one figure needs driving on its line: "the M1", "the A2" are also an artery's and a valve's segments)
    if (after && n.end - n.start === 1 && !DRIVING_RE.test(lineAround(text, t.start))) continue;
    if (after) ctx.add(t.start, n.end + after[0].length, 'LOCATION', 0.8, 'road-number');
  }
}

export function addressRules(ctx: Ctx): void {
  const { text } = ctx;
  roadNumbers(ctx);
  const words = new Set<string>();
  // one pass over the tokens for every word-triggered rule below (a lookup per token, not one per rule)
  let gates = 0;
  for (const t of ctx.tokens) {
    // (a French or Italian word after its elided article: "l'école", "d'Oran")
    const g = GATE_OF.get(t.lower) ?? (isElided(t.lower) ? GATE_OF.get(t.lower.replace(/^\p{L}{1,2}['’]/u, '')) : undefined);
    if (g === undefined) continue;
    if (t.cap && GATE_WORDS.has(t.text)) words.add(t.text);
    if (g & G_SUFFIX && t.cap && STREET_SUFFIX_WORDS.has(t.text)) gates |= G_SUFFIX;
    if (g & G_INFORMAL && !t.cap && !t.upper && INFORMAL_STREET_WORDS.has(t.text)) gates |= G_INFORMAL;
    if (g & G_UNIT && t.cap && UNIT_WORDS.has(t.text)) gates |= G_UNIT;
    if (g & G_PL && PL_PREFIXES.has(t.text)) gates |= G_PL;
    if (g & G_COUNTY && t.cap) gates |= G_COUNTY;
    gates |= g & (G_FOREIGN | G_ZIP | G_ADMIN | G_ROMANCE | G_SEA | G_SMALL_PLACE);
    if (g & G_ROMANCE_STREET && (t.cap || !ROMANCE_STREET_CAPITALISED.includes(t.lower))) gates |= G_ROMANCE_STREET;
  }
  if (/\bbox\b/i.test(text)) words.add('Box');
  if (/\d[A-Z]?(?: Bis)?(?: (?:Sur|Norte|Este|Oeste))? ?(?:#|No\.?|N°) ?\d/.test(text)) for (let m = scan(CO_ADDRESS_RE, text); m; m = CO_ADDRESS_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'address-co');
  if (ctx.tokens.some((t) => t.upper && LATAM_CLINIC_WORDS.has(t.text))) for (let m = scan(LATAM_CLINIC_RE, text); m; m = LATAM_CLINIC_RE.exec(text)) {
    // (the acronym alone names no one place)
    if (/^\S+$/.test(m[0])) continue;
    ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'clinic-latam');
  }
  if (hasFloor(text)) for (let m = scan(HK_FLOOR_RE, text); m; m = HK_FLOOR_RE.exec(text)) if ((/^(?:Flat|Rm|Room|Unit|Shop)\s/.test(m[0]) || !/\/F,?[ \t](?:Heights|Plaza|Tower|Towers|Mall|Centre|Center|Building|House|Court|Mansion|Mansions|Gardens?|Estate|Block|Commercial|Arcade)\b|\/F,?[ \t]\S*-/.test(m[0])) && (/^(?:Flat|Rm|Room|Unit|Shop)\s/.test(m[0]) || /\b(?:Heights|Plaza|Tower|Towers|Mall|Centre|Center|Building|House|Court|Mansion|Mansions|Gardens?|Estate|Block|Commercial|Arcade)\b/.test(m[0]))) ctx.add(m.index, m.index + m[0].trimEnd().replace(/,$/, '').length, 'LOCATION', 0.85, 'hk-floor');
  if (ctx.tokens.some((t) => t.upper && CAPS_SUFFIX_WORDS.has(t.text)) && /\d[ \t]+[A-Z]{2,}[ \t]/.test(text)) for (let m = scan(ADDRESS_CAPS_RE, text); m; m = ADDRESS_CAPS_RE.exec(text)) {
    if (/^\d+\s+(?:ST|DR)\.?$/.test(m[0]) || (m.index > 0 && /[\w/.-]/.test(text[m.index - 1]!))) continue;
    // ("2 DRAINS IN PLACE", "FOLLOW UP IN 2 WEEKS WITH DR", "TAKE 2 CAPS BY MOUTH DAILY ST": orders, not a street)
    const words = m[0].split(/[ \t]+/);
    if (words.some((w) => /^(?:IN|WITH|FOR|BY|OF|TO|AND|THE|ON|AT|WEEKS?|DAYS?|MONTHS?|HOURS?|TABS?|CAPS?|MG|ML|DAILY|TIMES)$/.test(w))) continue;
    if (/^(?:DR|CT|ST|PL|PLACE)$/.test(words[words.length - 1]!.replace(/\.$/, '')) && words.length >= 3 && ctx.lex.english.has(words[words.length - 2]!.toLowerCase()) && !ctx.lex.lastNames.has(words[words.length - 2]!.toLowerCase())) continue;
    // ("2 MM ST ELEVATION": an ECG's ST segment)
    if (/\b(?:MM|MV|MS|BPM|LEADS?|V\d)\b/.test(m[0]) || /^\s*(?:ELEVATION|DEPRESSION|SEGMENT|CHANGES?|WAVES?)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
    ctx.add(m.index, m.index + m[0].replace(/[.,]+$/, '').length, 'LOCATION', 0.9, 'street-address-caps');
  }
  if (gates & G_SUFFIX && /\d\s+(?:[NSEW]\.?\s+)?[A-Z0-9]/.test(text)) {
    for (const m of text.matchAll(ADDRESS_RE)) {
      // "3 Dr" etc: need at least one street-name word; not part of "1/2", "3.5" or "A-12"
      if (/^\d+\s+(?:St|Dr)\.?$/.test(m[0])) continue;
      let start = m.index;
      // "5/12 Smith Street" (unit/number)
      // ("4/17 Lawson St", "U4/17 Lawson St": a unit's number before the house's)
      const unit = /(?<![\w/.-])U?\d{1,4}[A-Za-z]?\/$/.exec(text.slice(Math.max(0, start - 7), start));
      if (unit) start -= unit[0].length;
      else if (m.index > 0 && /[\w/.-]/.test(text[m.index - 1]!)) continue;
      // (a flat written in lower case only with a number: "flat 3, 59 Brougham Pl", not "flat at 14 Tollington Rise")
      const apt = /(?<![\p{L}])(?:(?:Apt|Apartment|Unit|Flat|Suite|Level|Floor|Lvl|Shop|Office)\.?\s*#?\s*\w{1,5}|(?:apt|apartment|unit|flat|suite)\.?\s*#?\s*[A-Za-z]?\d\w{0,3}),?\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
      if (apt) start -= apt[0].length;
      // ("#17 Coverley Terrace", "No. 118 Thitsar Road": the number's sign belongs to it)
      else if (text[start - 1] === '#') start--;
      else {
        const no = /(?:^|[^\p{L}])((?:No|Nº|N°)\.?\s?)$/u.exec(text.slice(Math.max(0, start - 5), start));
        if (no) start -= no[1]!.length;
      }
      ctx.add(start, m.index + m[0].replace(/[.,]+$/, '').length, 'LOCATION', 0.92, 'street-address');
    }
  }
  // the number after the street, as much of the world writes it: "Komitas Ave. 41 apt 18", "Gorgiladze St 54 apt 12"
  if (gates & G_SUFFIX && STREET_THEN_NUMBER_TEST.test(text)) for (let m = scan(NUMBER_AFTER_STREET_RE, text); m; m = NUMBER_AFTER_STREET_RE.exec(text)) {
    if (UNIT_WORD_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    ctx.add(m.index - m[1]!.length, m.index + m[0].length, 'LOCATION', 0.85, 'street-number-after');
  }
  if (words.has('Route') || words.has('Rte') || words.has('Highway') || words.has('Hwy') || words.has('Interstate') || words.has('Exit') || words.has('I') || words.has('Road') || words.has('Street') || words.has('Avenue') || words.has('St') || words.has('Ave')) for (const m of text.matchAll(ROUTE_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'route');
  if (gates & G_INFORMAL) for (const m of text.matchAll(INFORMAL_STREET_RE)) {
    const street = m[1] ?? m[2]!;
    const s = m.index + m[0].lastIndexOf(street);
    if (!/^(?:the|a|my|his|her|their|our)\s/.test(street)) ctx.add(s, s + street.length, 'LOCATION', 0.8, 'street-informal');
  }
  if (gates & G_FOREIGN) for (const m of text.matchAll(FOREIGN_ADDRESS_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.9, 'street-address-foreign');
  if (/\b(?:RS[A-Z]{0,2}|Puskesmas|Posyandu|PMB|Klinik|TK|SD|SMP|SMA|SMK|MI|MTs|MA|BV|TYT|PKĐK|Bệnh viện|Trạm Y tế|Trung tâm Y tế) |รพ\./.test(text)) for (let m = scan(SEA_FACILITY_RE, text); m; m = SEA_FACILITY_RE.exec(text)) {
    // (the school's or hospital's word alone, or before a clinical word, names nothing: "SD 2.3", "RS Bidan")
    if (!/\s\S*\p{L}{2}/u.test(m[0].slice(m[0].indexOf(' '))) && !m[0].startsWith('รพ.')) continue;
    if (ctx.lex.clinical.has(m[0].split(/\s/).pop()!.toLowerCase()) || clinicalAfterHead(ctx, m[0])) continue;
    ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'place-sea-facility');
  }
  if (gates & G_SEA || /Street \d/.test(text)) for (let m = scan(SEA_ADDRESS_RE, text); m; m = SEA_ADDRESS_RE.exec(text)) if (!/^(?:Gang|Street)\s/.test(m[0]) || !clinicalAfterHead(ctx, m[0])) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'street-sea');
  if (/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ]|TP\.?\s?HCM/.test(text)) for (let m = scan(VN_ADDRESS_RE, text); m; m = VN_ADDRESS_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'street-vietnam');
  if (/\bNo\.? ?\d/.test(text)) for (let m = scan(NUMBERED_FACILITY_RE, text); m; m = NUMBERED_FACILITY_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'place-numbered-facility');
  // (tried at each street word, and at the house number before it: a scan of the whole text was a hot spot)
  if (gates & G_ROMANCE_STREET) {
    let done = 0;
    for (const t of ctx.tokens) {
      if (t.start < done || !ROMANCE_STREET_SET.has(t.lower) || (ROMANCE_STREET_CAPITALISED.includes(t.lower) && !t.cap)) continue;
      const number = /(?<![\p{L}\d])\d{1,5}(?:\s?(?:bis|ter|[A-H]))?,?\s$/u.exec(text.slice(Math.max(0, t.start - 12), t.start));
      ROMANCE_STREET_STICKY.lastIndex = number ? t.start - number[0].length : t.start;
      const m = ROMANCE_STREET_STICKY.exec(text);
      if (!m || clinicalAfterHead(ctx, m[0])) continue;
      done = m.index + m[0].length;
      ctx.add(m.index, m.index + m[0].replace(/[\s,.]+$/, '').length, 'LOCATION', 0.85, 'street-address-romance');
    }
  }
  if (gates & G_ROMANCE) for (let m = scan(ROMANCE_PLACE_RE, text); m; m = ROMANCE_PLACE_RE.exec(text)) if (!clinicalAfterHead(ctx, m[0])) ctx.add(m.index, m.index + m[0].replace(/[\s,.]+$/, '').length, 'LOCATION', 0.8, 'place-romance');
  if (words.has('Camp') || words.has('Zone') || words.has('Village') || words.has('Shelter') || words.has('Tent') || /\b(?:Block|shelter|tent) [A-Z\d]/.test(text))
    for (let m = scan(CAMP_UNIT_RE, text); m; m = CAMP_UNIT_RE.exec(text)) {
      // (not a block or zone of a hospital: "MATERNITY THEATRE (Block 2)", "ICU Zone 3")
      // (and only beside a camp's other parts or where someone lives: "Camp 15, Block C", "Lives Zone 4, Diepkloof", "from Block E6";
      // not a trauma zone, "Flexor tendon injury Zone 2", nor nights in a shelter, "shelter 3 nights", "Oxygen tent 2 L/min")
      const before40 = text.slice(Math.max(0, m.index - 40), m.index);
      if (/^(?:Block|Zone)/.test(m[0]) && (/\(\s*$|\b(?:theatres?|theaters?|wards?|hospital|floor|level|building|wing|unit|icu|ot|ed|resus|department|dept)\b[^\n]{0,30}$/i.test(before40) || !(/\b(?:Camp|camp|Village|Zone|Sector|Block|Shelter|shelter|[Ss]ettlement|lives?|living|from|add|address|resides?|r\/o)\b/.test(before40) || /\p{Lu}\p{Ll}+ $/u.test(before40) || /^,\s*\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))))) continue;
      if (/^\s*(?:nights?|days?|weeks?|months?|L\b|l\/min|L\/min|litres?|liters?|times|x\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
      ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'camp-unit');
    }
  if (words.has('Lot') || words.has('Plot') || words.has('Site') || words.has('Space') || words.has('Pitch')) for (const m of text.matchAll(LOT_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'lot');
  if (words.has('Box') || words.has('box') || words.has('BOX') || /\b(?:Locked Bag|Private Bag|PMB|P\.M\.B)/.test(text)) for (const m of text.matchAll(PO_BOX_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.95, 'po-box');
  if (text.includes('BP') || text.includes('B.P.')) for (const m of text.matchAll(BOITE_POSTALE_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.9, 'po-box');
  if (/\d{5}/.test(text))
    for (const m of text.matchAll(ZIP_STATE_RE)) {
      if (!STATES.has(m[1]!)) continue;
      // (with the town in its own field before it, in any case: "walgreens #06217, grand island, NE 68801")
      const from = Math.max(0, m.index - 40);
      const town = TOWN_BEFORE_STATE_RE.exec(text.slice(from, m.index));
      const s = town && !town[1]!.split(/\s+/).some((w) => TOWN_NOT_WORDS.has(w.toLowerCase())) ? from + town.indices![1]![0] : m.index;
      ctx.add(s, m.index + m[0].length, 'LOCATION', 0.95, 'zip-state');
    }
  if (gates & G_ZIP || text.includes('C.P')) for (const m of text.matchAll(ZIP_CUE_RE)) {
    // (a code written "C.P." belongs to the address's line, and is taken with it: "Col. Centro, C.P. 64000")
    const s = /^C\.P\./.test(m[0]) ? m.index : m.index + m[0].lastIndexOf(m[1]!);
    ctx.add(s, m.index + m[0].lastIndexOf(m[1]!) + m[1]!.length, 'LOCATION', 0.95, 'zip-cue');
  }
  if (/(?:flat|house|plot|lot|block|unit|apt|casa|lote|stand|erf)[ \t]?(?:no\.?[ \t]?|#[ \t]?)?\d/i.test(text)) dwellingNumbers(ctx);
  if (gates & G_UNIT) for (const m of text.matchAll(UNIT_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.7, 'room-unit');
  if (gates & G_UNIT) for (const m of text.matchAll(ADDRESS_UNIT_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.7, 'room-unit');
  if (/\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+\d{4}\b/.test(text)) for (const m of text.matchAll(AU_POSTCODE_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.9, 'au-postcode');
  for (const m of text.matchAll(UK_POSTCODE_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'uk-postcode');
  for (const m of text.matchAll(CA_POSTAL_RE)) {
    if (!/\d/.test(m[0])) continue;
    ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.75, 'ca-postal');
  }
  if (gates & G_PL) for (const m of text.matchAll(PL_STREET_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.9, 'street-pl');
  for (const n of text.matchAll(COMPOUND_STREET_SUFFIX_RE)) {
    // the street word before the number, then the rest as one match
    const at = n.index - 1 - n[1]!.length;
    const m = { index: at, 0: text.slice(at, n.index + n[0].length) };
    // "Lindenstraße 8" (suffix inside the word) or "Kongens gate 14" (a word before a separate street word)
    let s = m[0].startsWith(' ') ? capWordBack(text, m.index) : capWordBack(text, m.index + 1) >= 0 && m.index > 0 && /\p{L}/u.test(text[m.index - 1]!) ? capWordBack(text, m.index) : -1;
    // (a name of two words before a separate street word: "Szent István krt.", "Kongens Nytorv gate")
    if (s > 1 && m[0].startsWith(' ') && text[s - 1] === ' ') {
      const p = capWordBack(text, s - 1);
      if (p >= 0 && !ctx.lex.english.has(text.slice(p, s - 1).toLowerCase())) s = p;
    }
    const e = m.index + m[0].length - (m[0].endsWith('.') && /\d\.$/.test(m[0]) ? 1 : 0);
    // (an English or clinical word that ends like a street is no street: "Alcohol Withdrawal 12 hours")
    const word = s >= 0 ? text.slice(s, n.index - 1).toLowerCase() : '';
    if (!m[0].startsWith(' ') && (ctx.lex.english.has(word) || ctx.lex.clinical.has(word))) continue;
    if (s >= 0 && s < m.index) ctx.add(s, e, 'LOCATION', 0.85, 'street-compound');
  }
  // "Löwen-Apotheke", "Marien-Krankenhaus", "Apotheke am Ring", "Radiologie am Stadtpark": German practices and pharmacies
  if (GERMAN_PLACE_TEST.test(text)) for (const m of text.matchAll(GERMAN_PLACE_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'place-german');
  // where a person was, as a map gives it: coordinates ("49.28128, -123.09946"), a grid reference after its cue ("grid
  // reference NY 211 106"), a numbered road with a direction or a landmark ("NH-44 near Shamshabad", "N2 inbound")
  // (coordinates with their cue or their hemispheres: "8.1234, 5.6789" alone are two lab values)
  if (/\d\.\d{4}/.test(text)) for (const m of text.matchAll(COORDINATES_RE)) if (/[NSEW°]/.test(m[0]) || /\b(?:lat|long|lng|coord|gps|location|pin|map)/i.test(text.slice(Math.max(0, m.index - 40), m.index))) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.9, 'place-coordinates');
  if (text.includes('///') || /w3w|what3words/i.test(text)) for (const m of text.matchAll(WHAT3WORDS_RE)) ctx.add(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'LOCATION', 0.9, 'place-what3words');
  if (/\b[Gg]rid\s?[Rr]ef|\bOS\s(?:ref|grid)/.test(text)) for (const m of text.matchAll(GRID_REFERENCE_RE)) ctx.add(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'LOCATION', 0.9, 'place-grid-reference');
  if (/\b[AIMNRSU][HRS]?-?\d/.test(text)) for (const m of text.matchAll(NUMBERED_ROAD_RE)) ctx.add(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length, 'LOCATION', 0.8, 'place-road');
  // "the Quest on Herndon", "the Fresenius on Golf Rd", "the ATI on Main St": a named branch on its street
  if (text.includes(' on ')) for (const m of text.matchAll(BRANCH_ON_STREET_RE)) {
    const lex = ctx.lex;
    const branch = m[1]!.split(' ').map((w) => w.toLowerCase());
    const street = m[2]!.split(' ');
    const lw = street.map((w) => w.toLowerCase());
    if (branch.some((w) => lex.clinical.has(w) || lex.genes.has(w) || lex.drugs.has(w) || MONTHS_OR_DAYS.has(w))) continue;
    if (lw.some((w) => MONTHS_OR_DAYS.has(w) || lex.clinical.has(w) || lex.drugs.has(w))) continue;
    if (!STREET_SUFFIX_RE.test(street[street.length - 1]!) && !lw.some((w) => !lex.english.has(w))) continue;
    ctx.add(m.index + 4, m.index + m[0].length, 'LOCATION', 0.75, 'place-branch-on-street');
  }
  // a hospital's acronym before one of its departments, after a word that sends a patient there: "-> CUH ED referral", "To RIE
  // resus", "and TBRHSC ED" (not a clinical acronym: "ECG ED", "CT ICU"; no ER, oestrogen receptor, nor theatre after a procedure)
  if (includesAny(text, HOSPITAL_UNITS)) for (const m of text.matchAll(HOSPITAL_ACRONYM_UNIT_RE)) {
    const a = m[1]!;
    const l = a.toLowerCase();
    if (ctx.lex.clinical.has(l) || ctx.lex.genes.has(l) || ctx.lex.english.has(l) || HOSPITAL_UNIT_NOT_ACRONYMS.has(a)) continue;
    const s = m.index + m[0].length - a.length;
    ctx.add(s, s + a.length, 'LOCATION', 0.75, 'place-hospital-acronym');
  }
  // a well-known hospital by the short name clinicians use: "Alder Hey", "Groote Schuur", "NIMHANS" (as written: one pattern,
  // tried only at the tokens that can start a name on the list)
  if (ctx.lex.hospitals.length) {
    const { re, first } = hospitalRe(ctx.lex.hospitals);
    for (const t of ctx.tokens) {
      // (the key is computed only for a word with a hyphen or an apostrophe: most words are looked up as they are)
      if (!(t.cap || t.upper) || !(first.has(t.text) || ((t.hyphen || t.text.includes("'") || t.text.includes('’')) && first.has(hospitalKey(t.text))))) continue;
      re.lastIndex = t.start;
      const m = re.exec(text);
      // ("Dr Whittington", "Mrs Fiona Stanley", "Patient: Brigham Young": after a title or a name's label, a person)
      if (m && !TITLE_OR_NAME_LABEL_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'place-known-hospital');
    }
  }
  // streets, hospitals, schools and offices named the way other languages and places name them (each pattern only where its
  // cheap cue is: the cues cost less than one case-insensitive test for all of them)
  // (speed: one of their words among the tokens first; a Japanese address has none, and its cue is a figure's shape)
  // (an elided article glues to its word: "dell'ASL", "l'Hôpital")
  const facilityWord = ctx.tokens.some((t) => NAMED_FACILITY_WORDS.has(t.lower) || ((t.lower.includes("'") || t.lower.includes('’')) && NAMED_FACILITY_WORDS.has(t.lower.replace(/^\p{L}+['’]/u, ''))));
  for (const [cue, re, firsts] of NAMED_FACILITY_RES) if ((facilityWord || re === JAPANESE_ADDRESS_RE) && cue.test(text)) for (const m of firsts ? matchesAtWordStarts(ctx, re, firsts) : text.matchAll(re)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.96, 'place-named-facility');
  // "Blk 418 Toa Payoh Lor 1 #08-227": a Singapore or Hong Kong block, its street and its unit, one address
  if (/\b(?:Blk|BLK|Block)\.? ?\d/.test(text)) for (const m of text.matchAll(BLOCK_ADDRESS_RE)) if (/ \p{Lu}\p{Ll}/u.test(m[0])) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'block-address');
  // speed: every match has a digit or capital, then a space or tab, then a capital
  if (/[\dA-Z] \p{Lu}/u.test(text)) for (const m of text.matchAll(POSTCODE_TOWN_RE)) {
    const v = m[1]!;
    const vs = m.index + m[0].length - v.length;
    // the word after the number must be a town, not a unit or an ordinary word ("500 Units", "2020 Annual")
    const word = /\s(\p{Lu}[\p{L}'’.-]+)/u.exec(v.slice(/^\d{4}\s?[A-Z]{2}\s/.test(v) ? 7 : 0))?.[1]?.toLowerCase() ?? '';
    if (!word || ((ctx.lex.english.has(word) || ctx.lex.clinical.has(word) || ctx.lex.drugs.has(word)) && !ctx.lex.placeSingle.has(word))) continue;
    ctx.add(vs, vs + v.length, 'LOCATION', 0.85, 'postcode-town');
  }
  if (/(?:No\.?|Villa|Building|Bldg|Street|Sector|Phase|Block|House)\s?#?(?:[A-Z]-)?\d/.test(text)) for (const m of text.matchAll(IN_HOUSE_RE)) {
    // a lone "Street 4", "Block 2", "Phase 3" needs an address around it (a comma after)
    if (/^(?:Street|Phase|Block|Building|Bldg\.?|House)\s/.test(m[0]) && !/^,\s*\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'address-in');
  }
  for (const m of text.matchAll(IN_LOCALITY_SUFFIX_RE)) {
    let s = capWordBack(text, m.index);
    if (s < 0) continue;
    // one more capitalised word before: "Lajpat Rai Nagar"
    if (s > 1 && text[s - 1] === ' ') {
      const s2 = capWordBack(text, s - 1);
      if (s2 >= 0 && s2 < s - 1) s = s2;
    }
    ctx.add(s, m.index + m[0].length, 'LOCATION', 0.8, 'locality-in');
  }
  if (/[1-9]\d{2}\s?\d{3}/.test(text)) for (const m of text.matchAll(PIN_RE)) {
    const v = m[1]!;
    const vs = m.index + m[0].length - v.length;
    const first = /^\p{Lu}[\p{L}'’.-]+/u.exec(v)![0];
    const word = first.toLowerCase();
    if ((ctx.lex.english.has(word) && !ctx.lex.placeSingle.has(word)) || first === first.toUpperCase()) continue;
    // ("RxBin 004336", "Group 610014", "Telèfon 632 418 905": a field's label, not a town and its PIN)
    if (/\p{Ll}\p{Lu}/u.test(first) || /^(?:rx\w*|bin|pcn|grp|group|member|policy|plan|tel|tél|telèfon|telefon|telefono|teléfono|telefone|telefoon|phone|mobile|handy|fax|whatsapp|hp)$/.test(word)) continue;
    ctx.add(vs, vs + v.length, 'LOCATION', 0.8, 'pin-town');
  }
  if (gates & G_INFORMAL || /\d [a-z]+ (?:close|crescent|terrace|gardens|grove)\b/.test(text)) for (const m of text.matchAll(LOWER_ADDRESS_RE)) {
    const words = m[0].replace(/^(?:flat|apt|apartment|unit)\s?\d{1,4}[a-z]?,?\s/, '').split(/\s+/).slice(1, -1);
    if (words.some((w) => NOT_STREET_HEAD.has(w) || ctx.lex.clinical.has(w) || ctx.lex.drugs.has(w) || /^(?:the|a|an|of|to|and|in|on|at|per|x|q)$/.test(w))) continue;
    ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'street-address-lower');
  }
  if (/\b(?:Cnr|Corner|cor\.)\s/.test(text)) for (const m of text.matchAll(CORNER_RE)) ctx.add(m.index, m.index + m[0].trimEnd().length, 'LOCATION', 0.85, 'street-corner');
  if (/[A-Z]{2} (?:Phase|Sector|Block|Stage) \d/.test(text)) for (const m of text.matchAll(PHASE_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'estate-phase');
  if (/\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[A-Z]\d[A-Z]/.test(text)) for (const m of text.matchAll(CA_PROVINCE_POSTAL_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.95, 'ca-province-postal');
  if (ctx.tokens.some(isEastAddressWord)) for (const m of text.matchAll(EAST_ADDRESS_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'street-east');
  if (gates & G_ADMIN || text.includes('C/')) for (const m of matchesAtWordStarts(ctx, ADMIN_PREFIX_RE, ADMIN_PREFIX_FIRSTS, LETTER_END_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'admin-prefix');
  if (gates & G_SMALL_PLACE) for (const m of matchesAt(SMALL_PLACE_PREFIX_RE, text, undefined, LETTER_END_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'small-place-prefix');
  if (/\p{Ll}-(?:gu|dong|si|ro|gil|eup|myeon|ri|ku|shi|machi|cho)\b|\s(?:Mahallesi|Caddesi|Sokak|Sokağı|Mah\.|Mh\.|Cad\.|Cd\.|Sok\.|Sk\.)/u.test(text)) for (const m of text.matchAll(ADMIN_SUFFIX_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.8, 'admin-suffix');
  // Irish counties and Eircodes: "Kingscourt, Co. Cavan, A82 X6K4"
  if (/\bCo\.? \p{Lu}/u.test(text)) for (const m of text.matchAll(IE_COUNTY_RE)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.9, 'county-ie');
  if (/, [AC-FHKNPRTV-Y]\d[\dW] ?[AC-FHKNPRTV-Y0-9]{4}\b/.test(text) || (ctx.lower.includes('eircode') && /ircode(?: (?:on file|is|was|reads))*:? \(?[AC-FHKNPRTV-Y]\d/.test(text))) for (const m of text.matchAll(EIRCODE_RE)) if (/[A-Z]/.test(m[2]!) && /\d/.test(m[2]!)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.9, 'eircode');
  // "〒104-8560": a Japanese postcode (and the district and block after it in Latin letters: "〒160-0021 Kabukicho 2-19-7")
  if (text.includes('〒')) for (const m of text.matchAll(/〒\s?\d{3}-?\d{4}(?:\s?[\u3400-\u9fff\u3040-\u30ff0-9０-９-]+|\s\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?\s\d{1,4}(?:-\d{1,4}){1,2}(?![\d-]))?/gu)) ctx.add(m.index, m.index + m[0].length, 'LOCATION', 0.95, 'postcode-jp');
  if (gates & G_COUNTY)
    for (const t of ctx.tokens) {
      // (the word as \b ends it: "County", "County's", "County-based")
      const word = t.cap ? COUNTY_WORD_RE.exec(t.text) : null;
      if (!word) continue;
      const from = Math.max(0, t.start - 160);
      const m = COUNTY_NAME_BEFORE_RE.exec(text.slice(from, t.start));
      if (m) ctx.add(from + m.index, t.start + word[0].length, 'LOCATION', 0.85, 'county');
    }
  // flat and floor parts after a street found above
  const streets = ctx.findings.filter((f) => f.type === 'LOCATION' && /\d[A-Za-z]?$/.test(text.slice(f.start, f.end)));
  for (const f of streets) {
    const m = UNIT_AFTER_RE.exec(text.slice(f.end, f.end + 24));
    if (m) ctx.add(f.start, f.end + m[0].length, 'LOCATION', f.confidence, 'street-unit');
  }
}
