import type { CareSection, CaseFields } from '../../../shared/model/case';

/** What each CARE section is called and what belongs in it. */
export const SECTION_INFO: Record<CareSection, { label: string; hint: string }> = {
  presentation: {
    label: 'Presentation',
    hint: 'The presenting complaint and the patient’s main concerns, in a few sentences.',
  },
  history: {
    label: 'History',
    hint: 'Relevant medical, family and psychosocial history, medications and past interventions.',
  },
  findings: {
    label: 'Clinical findings',
    hint: 'Examination and other clinical findings that matter for the question.',
  },
  timeline: {
    label: 'Timeline',
    hint: 'Key events in order as relative days (day 0, day +3), never calendar dates.',
  },
  diagnostics: {
    label: 'Diagnostic assessment',
    hint: 'Tests and results, the differential diagnosis and the reasoning behind it.',
  },
  interventions: {
    label: 'Interventions',
    hint: 'Treatments given, doses, changes and why they were chosen.',
  },
  outcome: {
    label: 'Outcome and follow-up',
    hint: 'What happened next: results, adherence, adverse or unexpected events.',
  },
  discussion: {
    label: 'Discussion',
    hint: 'What this case teaches, its strengths and limits, relevant literature.',
  },
  question: {
    label: 'Question to colleagues',
    hint: 'What you want to ask — one clear question gets faster answers.',
  },
};

export const FIELD_LABELS: Record<keyof CaseFields, string> = {
  title: 'Title',
  ...Object.fromEntries(Object.entries(SECTION_INFO).map(([k, v]) => [k, v.label])),
  specialty: 'Specialty',
  tags: 'Tags',
  ageBand: 'Age band',
  sex: 'Sex',
} as Record<keyof CaseFields, string>;

export const STATUS_COLORS = { draft: 'gray', ready: 'blue', shared: 'green' } as const;

export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

export function formatWhen(iso: string, now = Date.now()): string {
  const then = Date.parse(iso);
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(then).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
