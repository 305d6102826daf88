import { z } from 'zod';

/** The CARE reporting structure, in the order the editor shows it. */
export const CARE_SECTIONS = [
  'presentation',
  'history',
  'findings',
  'timeline',
  'diagnostics',
  'interventions',
  'outcome',
  'discussion',
  'question',
] as const;
export type CareSection = (typeof CARE_SECTIONS)[number];

/** Every text field the full-text index covers, title first. */
export const CASE_TEXT_FIELDS = ['title', ...CARE_SECTIONS] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

export const AGE_BANDS = [
  'unknown',
  'newborn (<1 month)',
  'infant (1-23 months)',
  'child (2-12)',
  'adolescent (13-17)',
  '18-29',
  '30-44',
  '45-64',
  '65-79',
  '80-89',
  '90+',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const SEXES = ['unknown', 'female', 'male', 'intersex'] as const;
export type Sex = (typeof SEXES)[number];

export const CASE_STATUSES = ['draft', 'ready', 'shared'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Limits keep a single case well inside one sync frame budget and the UI responsive. */
export const CASE_LIMITS = {
  titleChars: 200,
  sectionChars: 50_000,
  tags: 20,
  tagChars: 40,
} as const;

const text = (max: number) => z.string().max(max);

export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(CASE_LIMITS.tagChars)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} \-+/.]*$/u, 'tags use letters, digits, spaces and - + / .');

export const caseFieldsSchema = z.object({
  title: text(CASE_LIMITS.titleChars),
  presentation: text(CASE_LIMITS.sectionChars),
  history: text(CASE_LIMITS.sectionChars),
  findings: text(CASE_LIMITS.sectionChars),
  timeline: text(CASE_LIMITS.sectionChars),
  diagnostics: text(CASE_LIMITS.sectionChars),
  interventions: text(CASE_LIMITS.sectionChars),
  outcome: text(CASE_LIMITS.sectionChars),
  discussion: text(CASE_LIMITS.sectionChars),
  question: text(CASE_LIMITS.sectionChars),
  specialty: z.string().max(80),
  tags: z.array(tagSchema).max(CASE_LIMITS.tags),
  ageBand: z.enum(AGE_BANDS),
  sex: z.enum(SEXES),
});
export type CaseFields = z.infer<typeof caseFieldsSchema>;

export const caseIdSchema = z.uuid();
const isoTimestamp = z.iso.datetime({ offset: false });

/** The API's case: what `cases.get` returns and what one JSON Lines row holds. */
export const caseSchema = caseFieldsSchema.extend({
  id: caseIdSchema,
  status: z.enum(CASE_STATUSES),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type Case = z.infer<typeof caseSchema>;

export const EMPTY_CASE_FIELDS: CaseFields = {
  title: '',
  presentation: '',
  history: '',
  findings: '',
  timeline: '',
  diagnostics: '',
  interventions: '',
  outcome: '',
  discussion: '',
  question: '',
  specialty: '',
  tags: [],
  ageBand: 'unknown',
  sex: 'unknown',
};

/** What must be filled before a case can be marked ready; shared by the editor and the service. */
export function missingForReady(fields: CaseFields): string[] {
  const missing: string[] = [];
  if (!fields.title.trim()) missing.push('title');
  if (!fields.presentation.trim()) missing.push('presentation');
  if (!fields.findings.trim()) missing.push('findings');
  if (!fields.question.trim()) missing.push('question');
  if (!fields.specialty) missing.push('specialty');
  if (fields.ageBand === 'unknown') missing.push('ageBand');
  if (fields.sex === 'unknown') missing.push('sex');
  return missing;
}

export function countWords(value: string): number {
  const matches = value.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return matches ? matches.length : 0;
}

export function caseWordCount(fields: CaseFields): number {
  return CASE_TEXT_FIELDS.reduce((total, field) => total + countWords(fields[field]), 0);
}
