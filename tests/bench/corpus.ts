/**
 * Deterministic synthetic case library for the benchmarks: Zipf-distributed
 * words over a ~25k vocabulary mixing function words, everyday words, clinical
 * terms and pronounceable pseudo-words for the long tail.
 */
import { AGE_BANDS, CARE_SECTIONS, SEXES, type Case } from '../../src/shared/model/case';

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = `the of and a to in with was on for is at no by as from were after had he she her his
an or not be which this that there but than patient who also then been are has have it
they their into over two one three day days weeks months years left right`.split(/\s+/);

const CLINICAL = `pain fever cough history blood pressure chest abdominal normal examination acute chronic
treatment diagnosis symptoms heart rate presented admitted discharged hospital clinic
emergency department follow up imaging scan ultrasound tomography magnetic resonance
laboratory results elevated decreased mild moderate severe bilateral unilateral lesion
mass swelling tenderness murmur syncope dyspnea tachycardia bradycardia hypertension
hypotension diabetes insulin glucose renal hepatic pulmonary cardiac neurological
headache seizure stroke infarction ischemia embolism thrombosis anticoagulation warfarin
heparin aspirin antibiotic amoxicillin ceftriaxone vancomycin sepsis pneumonia bronchitis
asthma copd oxygen saturation intubation ventilation fracture dislocation sprain surgery
operative postoperative anesthesia incision biopsy histology carcinoma lymphoma leukemia
metastasis chemotherapy radiotherapy remission relapse rash pruritus erythema vesicle
papule nodule ulcer wound infection abscess cellulitis drainage culture sensitivity
creatinine potassium sodium hemoglobin platelets leukocytes troponin lactate bilirubin
albumin ferritin cortisol thyroid anaemia jaundice ascites cirrhosis hepatitis pancreatitis
appendicitis cholecystitis obstruction perforation peritonitis nausea vomiting diarrhea
constipation dysphagia hematemesis melena weight loss fatigue malaise night sweats
arthralgia myalgia arthritis gout lupus vasculitis sarcoidosis tuberculosis hiv meningitis
encephalitis delirium dementia depression anxiety psychosis schizophrenia bipolar suicidal
insomnia pregnancy gestation delivery cesarean preeclampsia neonate infant toddler
adolescent puberty vaccination allergy anaphylaxis urticaria eczema psoriasis migraine
vertigo tinnitus hearing vision retina glaucoma cataract conjunctivitis otitis sinusitis
tonsillitis pharyngitis laryngitis epistaxis hematuria proteinuria dysuria urinary catheter
prostate kidney stone bladder ovarian uterine cervical breast mammography colonoscopy
endoscopy gastroscopy electrocardiogram echocardiogram angiography stent bypass valve
aortic mitral tricuspid pacemaker defibrillator arrhythmia fibrillation flutter palpitations
edema effusion consolidation pneumothorax atelectasis fibrosis nodular opacity contrast
steroid prednisolone methotrexate biologic infusion dose tapered discontinued resumed
improved worsened stable unchanged resolved recurrent persistent intermittent episodic
sudden gradual onset duration progression outcome prognosis differential consultation
referral multidisciplinary team consent family caregiver physiotherapy rehabilitation`.split(/\s+/);

const EVERYDAY = `home work walking running stairs morning evening night week weekend family wife husband
son daughter mother father brother sister friend school job office car bicycle garden dog
cat food water coffee tea alcohol smoking cigarettes exercise sleep bed chair kitchen
holiday travel trip flight summer winter spring autumn rain cold hot warm tired busy
retired farmer teacher driver nurse builder student shop market church phone television
reading music football swimming dancing cooking cleaning shopping friends neighbour
village city town road bridge river mountain beach park hotel restaurant bread meat
fruit vegetables sugar salt milk cheese rice pasta soup breakfast lunch dinner`.split(/\s+/);

const SYLLABLES = `ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go ha he hi ho
ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru
sa se si so su ta te ti to tu va ve vi vo za ze zi zo bra cre dri fro gla ple pri sto
tra vel mar nor sel ton rin lex dor fen gal hum jor kas lum mox nix pol qui ren sim tal
ver wil xan yor zem ex on an is ol ur`.split(/\s+/);

export interface Vocabulary {
  words: string[];
  /** Cumulative Zipf probabilities, words[i] has rank i + 1. */
  cdf: Float64Array;
}

export function buildVocabulary(size = 25_000, seed = 7, exponent = 1.0): Vocabulary {
  const random = rng(seed);
  const seen = new Set<string>();
  const words: string[] = [];
  const add = (w: string) => {
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  };
  for (const w of FUNCTION_WORDS) add(w);
  // Clinical and everyday words spread over ranks ~60..6000: some common, most content words.
  const real = [...CLINICAL, ...EVERYDAY];
  const pseudo: string[] = [];
  while (seen.size + pseudo.length < size * 1.2) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
    if (!seen.has(w) && w.length >= 4) pseudo.push(w);
  }
  const pseudoSet = [...new Set(pseudo)].filter((w) => !seen.has(w));
  let p = 0;
  let r = 0;
  while (words.length < size) {
    const rank = words.length;
    // Real words are interleaved densely among the commoner ranks, sparsely later.
    const takeReal = r < real.length && random() < (rank < 2_000 ? 0.4 : 0.03);
    if (takeReal) add(real[r++]!);
    else add(pseudoSet[p++]!);
  }
  const cdf = new Float64Array(words.length);
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    sum += 1 / Math.pow(i + 1, exponent);
    cdf[i] = sum;
  }
  for (let i = 0; i < cdf.length; i++) cdf[i]! /= sum;
  return { words, cdf };
}

/** Index of the first cdf entry >= u. */
export function sampleRank(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SPECIALTIES = [
  'cardiology', 'neurology', 'emergency-medicine', 'internal-medicine', 'paediatrics', 'oncology',
  'infectious-diseases', 'general-practice', 'psychiatry', 'dermatology', 'orthopaedic-surgery',
  'obstetrics-and-gynaecology', 'gastroenterology', 'pulmonology', 'nephrology', 'rheumatology',
  'geriatric-medicine', 'intensive-care', 'radiology', 'endocrinology',
];

function uuid(random: () => number): string {
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(random() * 16).toString(16);
    return s;
  };
  const variant = '89ab'[Math.floor(random() * 4)]!;
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

export interface Corpus {
  vocab: Vocabulary;
  /** One JSON line per case. */
  lines: string[];
  /** Document frequency per vocabulary rank (in how many cases the word occurs). */
  df: Int32Array;
  count: number;
}

/** Roughly 1.5 KB of text per case across the CARE sections (≈ 230 words). */
export function generateCorpus(
  count: number,
  { seed = 42, wordsPerCase = 230, statuses = ['draft', 'ready'] as readonly Case['status'][] } = {},
): Corpus {
  const vocab = buildVocabulary();
  const random = rng(seed);
  const df = new Int32Array(vocab.words.length);
  const lastDoc = new Int32Array(vocab.words.length).fill(-1);
  const lines: string[] = new Array<string>(count);
  const start = Date.UTC(2020, 0, 1);
  const sectionShare = [0.16, 0.16, 0.16, 0.08, 0.12, 0.1, 0.07, 0.1, 0.05];
  const word = (doc: number): string => {
    const rank = sampleRank(vocab.cdf, random());
    if (lastDoc[rank] !== doc) {
      lastDoc[rank] = doc;
      df[rank]!++;
    }
    return vocab.words[rank]!;
  };
  const sentence = (doc: number, n: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(word(doc));
    const s = parts.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };
  const text = (doc: number, n: number): string => {
    const out: string[] = [];
    let left = n;
    while (left > 0) {
      const len = Math.min(left, 6 + Math.floor(random() * 12));
      out.push(sentence(doc, len));
      left -= len;
    }
    return out.join(' ');
  };
  for (let doc = 0; doc < count; doc++) {
    const total = Math.round(wordsPerCase * (0.7 + random() * 0.6));
    const sections: Record<string, string> = {};
    CARE_SECTIONS.forEach((section, i) => {
      sections[section] = text(doc, Math.max(1, Math.round(total * sectionShare[i]!)));
    });
    const tagCount = 1 + Math.floor(random() * 4);
    const tags = new Set<string>();
    for (let i = 0; i < tagCount; i++) {
      // Tags come from the commoner clinical-ish ranks.
      tags.add(vocab.words[40 + sampleRank(vocab.cdf, random() * 0.6)]!);
    }
    const created = new Date(start + doc * 60_000 * 13).toISOString();
    const c: Case = {
      id: uuid(random),
      title: sentence(doc, 4 + Math.floor(random() * 6)).slice(0, -1),
      ...(sections as Pick<Case, (typeof CARE_SECTIONS)[number]>),
      specialty: SPECIALTIES[sampleRank(zipfSmall, random())]!,
      tags: [...tags].slice(0, 20),
      ageBand: AGE_BANDS[Math.floor(random() * AGE_BANDS.length)]!,
      sex: SEXES[Math.floor(random() * SEXES.length)]!,
      status: statuses[Math.floor(random() * statuses.length)]!,
      createdAt: created,
      updatedAt: created,
    };
    lines[doc] = JSON.stringify(c);
  }
  return { vocab, lines, df, count };
}

const zipfSmall = (() => {
  const cdf = new Float64Array(SPECIALTIES.length);
  let sum = 0;
  for (let i = 0; i < cdf.length; i++) cdf[i] = sum += 1 / (i + 1);
  for (let i = 0; i < cdf.length; i++) cdf[i]! /= sum;
  return cdf;
})();

export type QueryKind = 'content' | 'raw';

/**
 * Queries of 1–3 words drawn by frequency. `content`: only words found in at
 * most `maxDf` of the cases (commoner words act as stop words); `raw`: any word,
 * the commonest included.
 */
export function makeQueries(corpus: Corpus, kind: QueryKind, n: number, { seed = 99, maxDf = 0.05 } = {}): string[][] {
  const random = rng(seed);
  const limit = maxDf * corpus.count;
  const eligible = (rank: number) => kind === 'raw' || (corpus.df[rank]! <= limit && corpus.df[rank]! > 0);
  const queries: string[][] = [];
  while (queries.length < n) {
    const len = 1 + Math.floor(random() * 3);
    const words: string[] = [];
    while (words.length < len) {
      const rank = sampleRank(corpus.vocab.cdf, random());
      if (!eligible(rank)) continue;
      const w = corpus.vocab.words[rank]!;
      if (!words.includes(w)) words.push(w);
    }
    queries.push(words);
  }
  return queries;
}
