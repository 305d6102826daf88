import { RoundsError } from '../../shared/api';
import { getCaseRow, type CaseRow } from '../db/queries/cases';
import type { ServiceContext } from './context';

/** The stored row of a case, or not_found; binned cases only when asked for. */
export function requireCaseRow(ctx: ServiceContext, id: string, { includeDeleted = false } = {}): CaseRow {
  const row = getCaseRow(ctx.library.read, id);
  if (!row || (row.deleted_at && !includeDeleted)) throw new RoundsError('not_found', `No case ${id}`);
  return row;
}

/** The row of a case that may still change: a shared case is final (a conflict). */
export function requireEditableCaseRow(ctx: ServiceContext, id: string, change: string): CaseRow {
  const row = requireCaseRow(ctx, id);
  if (row.status === 'shared') {
    throw new RoundsError('conflict', `This case has been shared, so ${change}; post a revision instead.`);
  }
  return row;
}
