import { purgeDeletedBefore } from '../db/queries/cases';
import { sweepUnreferencedBlobs } from './attachments';
import type { ServiceContext } from './context';

/** How long a deleted case stays in the bin before it is removed for good. */
export const BIN_RETENTION_DAYS = 30;

/**
 * Run when a library is opened: cases binned longer than the retention are
 * removed with their index rows and attachment rows, then blobs nothing refers
 * to any more are deleted, so a purged case leaves no pixels behind.
 */
export function purgeBin(ctx: ServiceContext): { purgedCases: number; removedBlobs: number } {
  const cutoff = new Date(ctx.now().getTime() - BIN_RETENTION_DAYS * 86_400_000).toISOString();
  const db = ctx.library.write;
  const purgedCases = db.transaction(() => purgeDeletedBefore(db, cutoff))();
  const removedBlobs = sweepUnreferencedBlobs(ctx).length;
  return { purgedCases, removedBlobs };
}
