import { CARE_SECTIONS, type Case, type CareSection } from '../../shared/model/case';

export const SECTION_TITLES: Record<CareSection, string> = {
  presentation: 'Presentation',
  history: 'History',
  findings: 'Examination and findings',
  timeline: 'Timeline',
  diagnostics: 'Diagnostics',
  interventions: 'Interventions',
  outcome: 'Outcome',
  discussion: 'Discussion',
  question: 'Question to colleagues',
};

function fileSlug(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug || 'case';
}

/** A case as a CARE-structured Markdown document. Only called after the sharing gate. */
export function caseToMarkdown(c: Case): { fileName: string; markdown: string } {
  const lines = [`# ${c.title || 'Untitled case'}`, ''];
  const facts = [
    c.specialty && `Specialty: ${c.specialty}`,
    `Age band: ${c.ageBand}`,
    `Sex: ${c.sex}`,
    c.tags.length ? `Tags: ${c.tags.join(', ')}` : '',
  ].filter(Boolean);
  lines.push(...facts.map((f) => `- ${f}`), '');
  for (const section of CARE_SECTIONS) {
    const text = c[section].trim();
    if (!text) continue;
    lines.push(`## ${SECTION_TITLES[section]}`, '', text, '');
  }
  return { fileName: `${fileSlug(c.title)}.md`, markdown: `${lines.join('\n').trimEnd()}\n` };
}
