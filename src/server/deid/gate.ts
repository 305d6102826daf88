import { RoundsError } from '../../shared/api/errors';
import type { Review, ReviewFinding } from '../../shared/api/deid';
import { findIdentifiers } from '../../shared/deid';
import { CASE_TEXT_FIELDS, type Case } from '../../shared/model/case';
import type { ReadDb } from '../db/handles';
import { rowToCase, type CaseRow } from '../db/queries/cases';
import { attachmentGate } from '../db/queries/attachments';
import { getConsent, getIndexDate, listDismissals, type DismissalKey } from '../db/queries/review';

const dismissalKey = (k: DismissalKey) => `${k.field}\u0000${k.type}\u0000${k.text}`;

/** Every finding the engine reports on the stored case, each marked dismissed or not. */
export function reviewCase(db: ReadDb, row: CaseRow): Review {
  const c: Case = rowToCase(row);
  const dismissed = new Set(listDismissals(db, row.rowid).map(dismissalKey));
  const findings: ReviewFinding[] = [];
  for (const field of CASE_TEXT_FIELDS) {
    const text = c[field];
    if (!text) continue;
    for (const f of findIdentifiers(text)) {
      const found = text.slice(f.start, f.end);
      findings.push({
        field,
        start: f.start,
        end: f.end,
        type: f.type,
        confidence: f.confidence,
        rule: f.rule,
        text: found,
        dismissed: dismissed.has(dismissalKey({ field, type: f.type, text: found })),
      });
    }
  }
  return {
    caseId: c.id,
    findings,
    unresolved: findings.filter((f) => !f.dismissed).length,
    indexDate: getIndexDate(db, row.rowid),
  };
}

/** Findings in a case that is not in the library (an imported line): no dismissals apply. */
export function unresolvedInText(c: Case): { field: string; type: string }[] {
  const found: { field: string; type: string }[] = [];
  for (const field of CASE_TEXT_FIELDS) {
    for (const f of findIdentifiers(c[field])) found.push({ field, type: f.type });
  }
  return found;
}

/** Attachment problems that block sharing: unchecked warnings, and images without recorded consent. */
function attachmentProblems(db: ReadDb, row: CaseRow): string[] {
  const gate = attachmentGate(db, row.rowid);
  const problems: string[] = [];
  if (gate.unacknowledged.length) {
    const listed = gate.unacknowledged.map((w) => `${w.name} (possible ${w.kind === 'face' ? 'face' : 'burned-in text'})`);
    problems.push(`Check and acknowledge the warnings on ${listed.join(', ')}`);
  }
  if (gate.images > 0 && !getConsent(db, row.rowid)) {
    problems.push(`Record the patient's consent: the case has ${gate.images} image${gate.images === 1 ? '' : 's'}`);
  }
  return problems;
}

function describe(f: ReviewFinding): string {
  const shown = f.text.length > 40 ? `${f.text.slice(0, 37)}…` : f.text;
  return `${f.type} “${shown}” in ${f.field}`;
}

/**
 * The gate: runs the engine again on the final stored text and refuses while
 * any finding is neither replaced nor dismissed, or an attachment is unsettled.
 * Every path that lets a case leave the machine calls this; nothing else decides.
 */
export function assertShareable(db: ReadDb, row: CaseRow): Review {
  const review = reviewCase(db, row);
  const unresolved = review.findings.filter((f) => !f.dismissed);
  const problems = attachmentProblems(db, row);
  if (unresolved.length === 0 && problems.length === 0) return review;
  const parts: string[] = [];
  if (unresolved.length) {
    const listed = unresolved.slice(0, 5).map(describe).join('; ');
    const more = unresolved.length > 5 ? `; and ${unresolved.length - 5} more` : '';
    parts.push(
      `${unresolved.length} possible identifier${unresolved.length === 1 ? ' is' : 's are'} unresolved: ${listed}${more}. ` +
        'Replace or dismiss each one in the review panel',
    );
  }
  parts.push(...problems);
  throw new RoundsError('deid_unresolved', `This case cannot be shared yet. ${parts.join('. ')}.`, {
    findings: unresolved.slice(0, 100),
    unresolved: unresolved.length,
    attachmentProblems: problems,
  });
}
