/**
 * Names and locations: capitalised token runs classified by dictionaries
 * (first/last names, places) and context (titles, relations, prepositions,
 * organisation cue words), filtered by the medical keep-lists.
 */
import type { PhiType } from '../types';
import { type Ctx, type Token, MEDICAL_HEADS, MONTHS, TITLES, WEAK_TITLES, WEEKDAYS } from './context';

/** Words that end (or start) the name of an organisation or facility that places a person. */
const ORG_CUES = new Set(
  `hospital hospitals infirmary clinic clinics center centre institute university college school academy elementary kindergarten preschool nursery hospice sanatorium sanitarium asylum home homes pharmacy surgery practice healthcare health medical church cathedral chapel mosque synagogue temple parish prison jail penitentiary correctional facility shelter hotel motel inn casino bank freight logistics motors trucking transport airlines airways railway railroad foods farms farm ranch dairy mills mill mine mines factory plant steel industries industry manufacturing construction company co corp corporation inc incorporated llc ltd limited plc group partners associates solutions services systems technologies labs laboratories pharmaceuticals market supermarket store stores mall restaurant cafe café diner bakery grill pub bar brewery winery club gym stadium arena park zoo museum library station barracks base camp ymca ywca foundation trust authority department office agency council bureau ministry court courthouse`.split(/\s+/),
);
/** Organisation cue words that do not by themselves make the preceding word a place (generic heads). */
const GENERIC_ORG_WORDS = new Set(
  `general memorial regional community county city state national university medical heart cancer children's childrens women's womens veterans va specialty teaching district central north south east west northern southern eastern western new upper lower royal saint st mount mt holy sacred good samaritan mercy providence presbyterian methodist baptist lutheran catholic christian jewish adventist health care healthcare rehabilitation rehab behavioral behavioural psychiatric mental surgical orthopedic orthopaedic eye ear dental family primary urgent emergency day high middle junior senior elementary public private international american the of and & at for`.split(/\s+/),
);
const FACILITY_NOUNS_LOWER = new Set(
  `clinic hospital practice surgery centre center school hospice pharmacy church mall marathon race festival fair factory plant farm warehouse office store restaurant gym campus branch shelter prison jail station ward nursing home care home estate apartments mine mill depot warehouse stadium park`.split(/\s+/),
);
const PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'binti', 'bint', 'al', 'el', 'ibn', 'ter', 'ten', 'y', 'dos', 'das', 'st']);
const PERIOD_ABBR = new Set(['st', 'mt', 'ft', 'ste']);

const RELATIONS = new Set(
  `mother father mom mum mommy mummy dad daddy son sons daughter daughters wife husband partner spouse brother brothers sister sisters sibling siblings twin aunt uncle cousin niece nephew grandson granddaughter grandchild grandmother grandfather grandma grandpa granny nana stepmother stepfather stepson stepdaughter stepbrother stepsister fiance fiancé fiancee fiancée boyfriend girlfriend friend friends neighbour neighbor neighbours neighbors caregiver carer guardian roommate flatmate housemate landlord landlady employer boss manager supervisor colleague coworker co-worker child baby infant kid teacher coach pastor priest patient pt named called nicknamed surname forename firstname lastname signed cosigned co-signed dictated attending resident registrar consultant intern fellow surgeon physician doctor nurse midwife therapist physiotherapist physio pharmacist dietitian dietician cardiologist neurologist oncologist nephrologist hepatologist gastroenterologist pulmonologist rheumatologist endocrinologist dermatologist psychiatrist psychologist pediatrician paediatrician obstetrician gynecologist gynaecologist urologist radiologist pathologist anaesthetist anesthesiologist intensivist hospitalist gp pcp paramedic chaplain interpreter translator counsellor counselor advocate widow widower husband's wife's mother's father's`.split(/\s+/),
);
const NAME_INTRO_PHRASES = /(?:\b(?:known as|goes by|go by|name is|name was|names are|names were|named|called|nicknamed|addressed as|signed by|seen by|referred by|reviewed by|performed by|dictated by|attended by|accompanied by|care of|c\/o|attn:?|contact:?|patient:?|pt:?|name:?|informant:?|cc:?|from:?|to:?|per)\s*[,:]?\s*)$/i;

const STRONG_LOC_BEFORE =
  /(?:\b(?:lives|living|live|lived|resides|residing|resident|native|moved|relocated|born|raised|grew up|hails|comes|came|travel(?:l)?ed|trip|vacation|holiday|holidaying|visiting|visited|returned|emigrated|immigrated|migrated|works|working|worked|employed|employee|job|shift|teaches|teacher|student|studies|studying|enrolled|attends|attended|attending|volunteers|stationed|deployed|incarcerated|admitted|transferred|referred|discharged|presented|driver|cashier|clerk|nurse|worker|manager|mechanic|farmer|labourer|laborer|miner|engineer|technician|owner|chef|cook|waiter|waitress|guard|officer|firefighter|pilot|accountant|lawyer|librarian|janitor|cleaner|secretary|receptionist|assistant|aide|contractor|electrician|plumber|carpenter|welder|fisherman|baker|butcher|barista)\s+(?:(?:in|at|for|from|to|of|near|with|by|outside|around)\s+)?(?:the\s+)?|\b(?:from|near|outside|in|at)\s+(?:the\s+)?(?:town|city|village|county|suburb|area|region|district|state|neighbou?rhood|province|borough|township)\s+of\s+)$/i;
const WEAK_LOC_BEFORE = /(?:\b(?:in|at|from|near|to|outside|around|of|via|towards|toward|across|between)\s+(?:the\s+)?)$/i;

const US_STATE_ABBR = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU ON QC BC AB MB SK NS NB NL PE'.split(' '),
);
const US_STATES = new Set(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'.split(' '),
);
const STATE_MULTI = /^(?:New (?:Hampshire|Jersey|Mexico|York)|North (?:Carolina|Dakota)|South (?:Carolina|Dakota)|West Virginia|Rhode Island)/;
/** Countries and continents are not identifiers (larger than a state). */
const LARGE_AREAS = new Set(
  'america usa us uk england scotland wales ireland britain canada mexico europe asia africa australia india china japan germany france spain italy portugal brazil argentina russia ukraine poland nigeria ghana kenya egypt ethiopia pakistan bangladesh philippines vietnam korea iran iraq syria turkey israel greece sweden norway denmark finland netherlands belgium switzerland austria hungary romania peru chile colombia venezuela cuba haiti jamaica guatemala honduras somalia sudan congo uganda tanzania zimbabwe zambia nepal thailand indonesia malaysia singapore taiwan afghanistan lebanon jordan morocco algeria tunisia libya yemen oman qatar kuwait arabia emirates caribbean latin middle east west north south midwest'.split(' '),
);

interface Run {
  toks: Token[];
  start: number;
  end: number;
}

export function entityRules(ctx: Ctx, covered: Uint8Array): void {
  const { text, lex, tokens } = ctx;

  const isEnglish = (t: Token) => {
    if (lex.english.has(t.lower)) return true;
    if (t.lower.includes('-')) return t.lower.split('-').every((p) => lex.english.has(p));
    return false;
  };
  const isMedicalWord = (w: string) =>
    lex.drugs.has(w) || lex.eponyms.has(w) || lex.genera.has(w) || lex.clinical.has(w) || lex.genes.has(w);
  const isMedical = (t: Token) => {
    if (isMedicalWord(t.lower)) return true;
    if (t.lower.includes('-')) return t.lower.split('-').some((p) => lex.eponyms.has(p) || isMedicalWord(p));
    return false;
  };
  const isCalendar = (t: Token) => MONTHS[t.lower] !== undefined || WEEKDAYS.has(t.lower);
  const isFirst = (t: Token) => lex.firstNames.has(t.lower) || (t.lower.includes('-') && t.lower.split('-').every((p) => lex.firstNames.has(p)));
  const isLast = (t: Token) => lex.lastNames.has(t.lower) || (t.lower.includes('-') && t.lower.split('-').some((p) => lex.lastNames.has(p)));
  const isPlaceWord = (t: Token) => lex.placeSingle.has(t.lower);
  const nextTok = (t: Token | undefined, k = 1) => (t ? tokens[t.index + k] : undefined);
  const prevTok = (t: Token | undefined, k = 1) => (t && t.index - k >= 0 ? tokens[t.index - k] : undefined);
  /** Followed (directly, or after a possessive) by a medical head noun: "Graves disease", "Parkinson's disease". */
  const medicalHeadAfter = (t: Token) => {
    const n = nextTok(t);
    if (!n) return false;
    const g = text.slice(t.end, n.start);
    if (!/^['’]?\s*$/.test(g) && !/^-$/.test(g)) return false;
    return MEDICAL_HEADS.has(n.lower) || (MEDICAL_HEADS.has(n.lower.replace(/s$/, '')) && n.lower.length > 3);
  };
  const isCovered = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (covered[i]) return true;
    return false;
  };

  // ---- 1. Build runs of capitalised tokens
  const runs: Run[] = [];
  let cur: Token[] = [];
  const flush = () => {
    // trim trailing particles
    while (cur.length && !cur[cur.length - 1].cap) cur.pop();
    if (cur.length) runs.push({ toks: cur, start: cur[0].start, end: cur[cur.length - 1].end });
    cur = [];
  };
  for (const t of tokens) {
    const capLike = t.cap && !t.num;
    const particle = !t.cap && PARTICLES.has(t.lower) && cur.length > 0;
    if (!capLike && !particle) {
      flush();
      continue;
    }
    if (cur.length) {
      const last = cur[cur.length - 1];
      const g = text.slice(last.end, t.start);
      const ok =
        g === ' ' ||
        g === '-' ||
        (g === '. ' && (last.text.length === 1 || PERIOD_ABBR.has(last.lower))) ||
        (g === '.' && last.text.length === 1);
      if (!ok) flush();
    }
    if (capLike && (TITLES.has(t.lower) && !WEAK_TITLES.has(t.lower)) && cur.length === 0) {
      // titles start no run; they are context
      continue;
    }
    cur.push(t);
  }
  flush();

  const emit = (s: number, e: number, type: PhiType, conf: number, rule: string) => {
    ctx.add(s, e, type, conf, rule);
    for (let i = s; i < e; i++) covered[i] = Math.max(covered[i], 1);
  };

  const nameSeeds = new Map<string, number>(); // token lower -> confidence
  const placeSeeds = new Map<string, number>();

  const emitName = (toks: Token[], conf: number, rule: string) => {
    // drop leading/trailing tokens that are not name-like (org cues, medical words)
    let a = 0;
    let b = toks.length - 1;
    while (a <= b && (isCalendar(toks[a]) || ORG_CUES.has(toks[a].lower))) a++;
    while (b >= a && (ORG_CUES.has(toks[b].lower) || isMedical(toks[b]) || !toks[b].cap)) b--;
    if (a > b) return;
    const span = toks.slice(a, b + 1);
    if (isCovered(span[0].start, span[span.length - 1].end) && conf < 0.9) return;
    emit(span[0].start, span[span.length - 1].end, 'NAME', conf, rule);
    if (conf >= 0.75) for (const t of span) if (t.text.length > 1 && !isMedical(t)) nameSeeds.set(t.lower, Math.max(nameSeeds.get(t.lower) ?? 0, conf));
  };
  const emitPlace = (toks: Token[], conf: number, rule: string) => {
    const s = toks[0].start;
    const e = toks[toks.length - 1].end;
    if (isCovered(s, e) && conf < 0.9) return;
    emit(s, e, 'LOCATION', conf, rule);
    if (conf >= 0.75 && toks.length === 1 && !isEnglish(toks[0])) placeSeeds.set(toks[0].lower, conf);
  };

  const before = (pos: number, n = 48) => text.slice(Math.max(0, pos - n), pos);

  for (const run of runs) {
    let toks = run.toks;
    if (isCovered(run.start, run.end)) {
      // keep only the uncovered tokens (dates / ids found earlier win)
      toks = toks.filter((t) => !isCovered(t.start, t.end));
      if (toks.length === 0) continue;
    }
    // Split off a sentence-initial ordinary word ("Admitted St. Agnes ...", "Patient Bill Gaskell")
    const first = toks[0];
    if (toks.length > 1 && first.sentenceStart && isEnglish(first) && !isFirst(first) && !isLast(first) && !isPlaceWord(first) && !ORG_CUES.has(first.lower)) {
      toks = toks.slice(1);
    }
    if (toks.length === 0) continue;
    const start = toks[0].start;
    const end = toks[toks.length - 1].end;
    const last = toks[toks.length - 1];
    const pre = before(start);
    const prevT = prevTok(toks[0]);
    const titleBefore =
      prevT &&
      TITLES.has(prevT.lower) &&
      prevT.cap &&
      /^\.?\s{1,2}$/.test(text.slice(prevT.end, start)) &&
      (!WEAK_TITLES.has(prevT.lower) || true);
    const anyMedical = toks.some((t) => isMedical(t) && !(isFirst(t) && isLast(t) && !lex.eponyms.has(t.lower)));
    const eponymHead = toks.some((t) => (lex.eponyms.has(t.lower) || isMedical(t)) && medicalHeadAfter(t)) || medicalHeadAfter(last);

    // ---- Organisations / facilities with a cue word inside the run
    const cueIdx = toks.findIndex((t, i) => i > 0 && ORG_CUES.has(t.lower));
    if (cueIdx > 0) {
      const head = toks.slice(0, cueIdx);
      const qualifies = head.some(
        (t) => !GENERIC_ORG_WORDS.has(t.lower) && !isMedical(t) && (!isEnglish(t) || isFirst(t) || isLast(t) || isPlaceWord(t) || t.text.length <= 3),
      );
      // "Harvard Medical School", "St. Agnes Medical Center"; extend with "of X" ("University of Michigan")
      if (qualifies || /\b(?:at|to|in|from|of)\s+(?:the\s+)?$/i.test(pre)) {
        let endTok = toks[toks.length - 1];
        const ofM = /^\s+of\s+(?:the\s+)?/.exec(text.slice(endTok.end, endTok.end + 12));
        if (ofM) {
          let k = tokens.indexOf(endTok) + 1;
          while (k < tokens.length && !tokens[k].cap) k++;
          const after = tokens[k];
          if (after && after.start === endTok.end + ofM[0].length) {
            const r = runs.find((x) => x.start === after.start);
            if (r) endTok = r.toks[r.toks.length - 1];
          }
        }
        if (qualifies) {
          emit(toks[0].start, endTok.end, 'LOCATION', 0.9, 'org-cue');
          continue;
        }
      }
    }
    // "University of Michigan", "Bank of America": cue run followed by "of X"
    if (toks.length >= 1 && ORG_CUES.has(last.lower) && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 14))) {
      const m = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end, end + 14))!;
      const r = runs.find((x) => x.start === end + m[0].length);
      if (r && !r.toks.every((t) => LARGE_AREAS.has(t.lower) || US_STATES.has(t.lower))) {
        emit(toks[0].start, r.end, 'LOCATION', 0.85, 'org-of');
        continue;
      }
      if (r) {
        // "University of Pennsylvania": a state-level name, but the institution places the person
        emit(toks[0].start, r.end, 'LOCATION', 0.8, 'org-of');
        continue;
      }
    }

    // ---- Title before: Mr./Mrs./Dr. X
    if (titleBefore && !anyMedical) {
      emitName(toks, 0.95, 'name-title');
      continue;
    }
    if (titleBefore && anyMedical && !eponymHead) {
      emitName(toks, 0.9, 'name-title');
      continue;
    }

    const nameLike = (t: Token) => !isMedical(t) && !isCalendar(t) && !ORG_CUES.has(t.lower) && (isFirst(t) || isLast(t) || !isEnglish(t));
    const placeLike = (t: Token) => !isMedical(t) && !isCalendar(t) && !LARGE_AREAS.has(t.lower) && !US_STATES.has(t.lower);

    // ---- "City, ST 12345" / "City, State"
    const afterText = text.slice(end, end + 24);
    const stateAfter = /^,?\s+([A-Z]{2})\b(?:\s+\d{5}(?:-\d{4})?)?/.exec(afterText);
    if (stateAfter && US_STATE_ABBR.has(stateAfter[1]) && toks.every(placeLike) && !eponymHead) {
      emitPlace(toks, 0.9, 'place-state');
      continue;
    }
    const stateNameAfter = /^,\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/.exec(afterText);
    if (
      stateNameAfter &&
      (US_STATES.has(stateNameAfter[1].toLowerCase()) || STATE_MULTI.test(stateNameAfter[1])) &&
      toks.every(placeLike) &&
      !toks.every((t) => isEnglish(t) && !isPlaceWord(t))
    ) {
      emitPlace(toks, 0.85, 'place-state-name');
      continue;
    }

    // ---- Relation / role before: "her daughter Ruth", "neighbour Doris", "Patient: Bill Gaskell"
    const prevWord = prevT && /^[\s,:]*$/.test(text.slice(prevT.end, start)) ? prevT.lower : '';
    const relation = prevWord !== '' && RELATIONS.has(prevWord);
    const intro = NAME_INTRO_PHRASES.test(pre);
    if ((relation || intro) && toks.every(nameLike) && !eponymHead && !toks.some((t) => t.upper)) {
      // a relation word followed by a place ("her son in Boston") is handled below; here the run follows directly
      if (!(toks.length === 1 && isPlaceWord(toks[0]) && !isFirst(toks[0]) && !isLast(toks[0]))) {
        emitName(toks, 0.85, relation ? 'name-relation' : 'name-intro');
        continue;
      }
    }

    // ---- Place dictionary (multi-word first: "Garden Grove", "New Haven")
    let placed = false;
    for (let i = 0; i < toks.length && !placed; i++) {
      const cands = lex.placeMulti.get(toks[i].lower);
      if (!cands) continue;
      for (const c of cands) {
        if (i + c.length > toks.length) continue;
        let ok = true;
        for (let k = 1; k < c.length; k++) if (toks[i + k].lower !== c[k]) ok = false;
        if (!ok) continue;
        const seg = toks.slice(i, i + c.length);
        if (seg.some((t) => isMedical(t)) || medicalHeadAfter(seg[seg.length - 1])) continue;
        if (STATE_MULTI.test(seg.map((t) => t.text).join(' '))) continue;
        emitPlace(seg, WEAK_LOC_BEFORE.test(before(seg[0].start, 20)) || STRONG_LOC_BEFORE.test(before(seg[0].start)) ? 0.9 : 0.75, 'place-dict');
        placed = true;
        break;
      }
    }
    if (placed) continue;

    // ---- Strong location context: "lives in X", "works at X", "driver for X"
    const strongLoc = STRONG_LOC_BEFORE.test(pre);
    const weakLoc = WEAK_LOC_BEFORE.test(pre);
    if (strongLoc && toks.every(placeLike) && !eponymHead && toks.some((t) => !isEnglish(t) || isPlaceWord(t) || isLast(t) || toks.length > 1) && !toks.every((t) => t.upper && t.text.length <= 4)) {
      emitPlace(toks, 0.85, 'place-context');
      continue;
    }
    // ---- Lower-case facility noun after: "Eastgate anticoagulation clinic", "Lakeshore marathon"
    {
      let k = last.index + 1;
      let n = 0;
      let fac = false;
      while (k < tokens.length && n < 3) {
        const t = tokens[k];
        if (t.cap || t.num) break;
        if (!/^\s+$/.test(text.slice(tokens[k - 1].end, t.start))) break;
        if (FACILITY_NOUNS_LOWER.has(t.lower)) {
          fac = true;
          break;
        }
        n++;
        k++;
      }
      if (fac && toks.every(placeLike) && toks.some((t) => !isEnglish(t) || isPlaceWord(t)) && !eponymHead && !toks.every((t) => t.upper)) {
        emitPlace(toks, 0.8, 'place-facility');
        continue;
      }
    }

    // ---- Dictionary names: "Eleanor Whitfield", "Grace Adeyemi", "Vo Thi Lan"
    const capToks = toks.filter((t) => t.cap);
    if (capToks.length >= 2 && !eponymHead && !anyMedical && !capToks.some((t) => t.upper || isCalendar(t) || ORG_CUES.has(t.lower))) {
      const f = capToks[0];
      const rest = capToks.slice(1);
      const lastT = capToks[capToks.length - 1];
      const firstOk = isFirst(f) || (f.text.length === 1);
      const lastOk = isLast(lastT) || !isEnglish(lastT);
      const notAllEnglish = capToks.some((t) => !isEnglish(t) || t.text.length === 1);
      if (firstOk && lastOk && notAllEnglish && rest.every((t) => nameLike(t) || t.text.length === 1)) {
        emitName(capToks, 0.85, 'name-dict-pair');
        continue;
      }
      // all tokens name-ish, none English, at least one in a name list
      if (capToks.every((t) => nameLike(t) && !isEnglish(t)) && capToks.some((t) => isFirst(t) || isLast(t)) && !capToks.some((t) => isPlaceWord(t) && !isFirst(t) && !isLast(t))) {
        emitName(capToks, 0.75, 'name-dict-run');
        continue;
      }
    }
    // ---- Weak location context with a place-like unknown word: "at Costco", "in Brookhaven"
    if (weakLoc && toks.every(placeLike) && !eponymHead && !toks.some((t) => t.upper && t.text.length <= 5) && toks.every((t) => !isEnglish(t) || isPlaceWord(t))) {
      if (toks.some((t) => isPlaceWord(t)) || !toks.some((t) => isFirst(t) || isLast(t))) {
        emitPlace(toks, toks.some((t) => isPlaceWord(t)) ? 0.8 : 0.7, 'place-weak-context');
        continue;
      }
    }
    // ---- Single-token dictionary hits
    for (const t of capToks) {
      if (t.upper || isMedical(t) || isCalendar(t) || isEnglish(t) || medicalHeadAfter(t)) continue;
      if (isCovered(t.start, t.end)) continue;
      if (isPlaceWord(t) && !(isFirst(t) || isLast(t))) {
        if (!LARGE_AREAS.has(t.lower) && !US_STATES.has(t.lower)) emitPlace([t], weakLoc ? 0.8 : 0.65, 'place-dict-single');
        continue;
      }
      if (isFirst(t) || isLast(t)) {
        emitName([t], t.sentenceStart ? 0.55 : 0.65, 'name-dict-single');
      }
    }
  }

  // ---- Propagation: a name or place confirmed once is the same identifier everywhere in the text
  if (nameSeeds.size || placeSeeds.size) {
    for (const t of tokens) {
      if (!t.cap || covered[t.start]) continue;
      const ns = nameSeeds.get(t.lower);
      const ps = placeSeeds.get(t.lower);
      if (ns === undefined && ps === undefined) continue;
      if (medicalHeadAfter(t)) continue;
      if (ns !== undefined) emit(t.start, t.end, 'NAME', 0.8, 'name-propagated');
      else emit(t.start, t.end, 'LOCATION', 0.8, 'place-propagated');
    }
  }
}
