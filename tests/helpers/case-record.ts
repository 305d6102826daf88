import { EMPTY_CASE_FIELDS, type Case } from '../../src/shared/model/case';

/** A stored case, as one JSON Lines row holds it, with empty sections unless given. */
export function caseRecord(fields: Partial<Case> & Pick<Case, 'id'>): Case {
  return {
    ...EMPTY_CASE_FIELDS,
    status: 'draft',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}
