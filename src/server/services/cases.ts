import { randomUUID } from 'node:crypto';
import { RoundsError, type BadLine } from '../../shared/api';
import {
  EMPTY_CASE_FIELDS,
  caseSchema,
  missingForReady,
  type Case,
} from '../../shared/model/case';
import type { WriteDb } from '../db/handles';
import {
  exportPage,
  getCaseRow,
  indexCasesFrom,
  listCases,
  maxCaseRowid,
  putCase,
  rowToCase,
  setCaseDeleted,
  tagCounts,
  type CaseRow,
} from '../db/queries/cases';
import type { ServiceContext } from './context';
import { defineService, describeZodError } from './define-service';
import { isSpecialtyId } from './taxonomy';

function requireRow(ctx: ServiceContext, id: string, { includeDeleted = false } = {}): CaseRow {
  const row = getCaseRow(ctx.library.read, id);
  if (!row || (row.deleted_at && !includeDeleted)) throw new RoundsError('not_found', `No case ${id}`);
  return row;
}

function assertSpecialty(specialty: string): void {
  if (specialty && !isSpecialtyId(specialty)) throw new RoundsError('invalid_input', `Unknown specialty ${specialty}`);
}

function changed(ctx: ServiceContext, ids: string[]): void {
  ctx.events.emit('cases.changed', { ids });
}

/**
 * Imports a batch of JSON Lines. Valid lines go in one transaction; with a big
 * batch the full-text rows are built in one pass at the end, which is about
 * twice as fast as indexing row by row.
 */
export function importCaseLines(
  db: WriteDb,
  lines: readonly string[],
  firstLine: number,
): { imported: number; bad: BadLine[]; ids: string[] } {
  const bad: BadLine[] = [];
  const valid: Case[] = [];
  lines.forEach((line, i) => {
    const lineNumber = firstLine + i;
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      bad.push({ line: lineNumber, reason: `not JSON (${(error as Error).message})` });
      return;
    }
    const parsed = caseSchema.safeParse(json);
    if (!parsed.success) {
      bad.push({ line: lineNumber, reason: describeZodError(parsed.error) });
      return;
    }
    if (parsed.data.specialty && !isSpecialtyId(parsed.data.specialty)) {
      bad.push({ line: lineNumber, reason: `specialty: unknown specialty ${parsed.data.specialty}` });
      return;
    }
    valid.push(parsed.data);
  });
  db.transaction(() => {
    const deferIndex = valid.length >= 200;
    const before = maxCaseRowid(db);
    let appended = false;
    for (const c of valid) {
      const rowid = putCase(db, c, { index: !deferIndex });
      if (deferIndex && rowid <= before) {
        // A replaced row is not above `before`; index it now.
        db.prepare(
          `INSERT INTO cases_fts (rowid, title, presentation, history, findings, timeline, diagnostics,
             interventions, outcome, discussion, question, tags)
           SELECT rowid, title, presentation, history, findings, timeline, diagnostics,
             interventions, outcome, discussion, question, tags FROM cases WHERE rowid = ?`,
        ).run(rowid);
      } else appended = true;
    }
    if (deferIndex && appended) indexCasesFrom(db, before);
  })();
  return { imported: valid.length, bad, ids: valid.map((c) => c.id) };
}

export const casesService = defineService('cases', {
  'cases.create': (input, ctx) => {
    const fields = { ...EMPTY_CASE_FIELDS, ...input.fields };
    assertSpecialty(fields.specialty);
    const now = ctx.now().toISOString();
    const created: Case = { ...fields, id: randomUUID(), status: 'draft', createdAt: now, updatedAt: now };
    ctx.library.write.transaction(() => putCase(ctx.library.write, created))();
    changed(ctx, [created.id]);
    return created;
  },
  'cases.get': (input, ctx) => rowToCase(requireRow(ctx, input.id)),
  'cases.update': (input, ctx) => {
    const current = rowToCase(requireRow(ctx, input.id));
    if (current.status === 'shared') {
      throw new RoundsError('conflict', 'A shared case cannot be edited; post a revision instead');
    }
    if (input.fields.specialty !== undefined) assertSpecialty(input.fields.specialty);
    const next: Case = { ...current, ...input.fields, updatedAt: ctx.now().toISOString() };
    // A ready case that loses a required field goes back to draft.
    if (next.status === 'ready' && missingForReady(next).length) next.status = 'draft';
    ctx.library.write.transaction(() => putCase(ctx.library.write, next))();
    changed(ctx, [next.id]);
    return next;
  },
  'cases.setStatus': (input, ctx) => {
    const current = rowToCase(requireRow(ctx, input.id));
    if (current.status === input.status) return current;
    if (current.status === 'shared') throw new RoundsError('conflict', 'A shared case stays shared');
    if (input.status !== 'draft') {
      const missing = missingForReady(current);
      if (missing.length) {
        throw new RoundsError('not_ready', `Fill in ${missing.join(', ')} before marking the case ${input.status}`, {
          missing,
        });
      }
    }
    const next: Case = { ...current, status: input.status, updatedAt: ctx.now().toISOString() };
    ctx.library.write.transaction(() => putCase(ctx.library.write, next))();
    changed(ctx, [next.id]);
    return next;
  },
  'cases.list': (input, ctx) => listCases(ctx.library.read, input),
  'cases.delete': (input, ctx) => {
    const row = requireRow(ctx, input.id);
    setCaseDeleted(ctx.library.write, row.rowid, ctx.now().toISOString());
    changed(ctx, [input.id]);
    return { id: input.id };
  },
  'cases.restore': (input, ctx) => {
    const row = requireRow(ctx, input.id, { includeDeleted: true });
    setCaseDeleted(ctx.library.write, row.rowid, null);
    changed(ctx, [input.id]);
    return rowToCase({ ...row, deleted_at: null });
  },
  'cases.tags': (_input, ctx) => tagCounts(ctx.library.read),
  'cases.importLines': (input, ctx) => {
    const result = importCaseLines(ctx.library.write, input.lines, input.firstLine);
    if (result.ids.length) changed(ctx, result.ids);
    return { imported: result.imported, bad: result.bad };
  },
  'cases.exportLines': (input, ctx) => {
    const after = input.cursor === null ? 0 : Number(input.cursor);
    if (!Number.isSafeInteger(after) || after < 0) throw new RoundsError('invalid_input', 'Bad export cursor');
    const { rows, total } = exportPage(ctx.library.read, after, input.limit);
    const last = rows[rows.length - 1];
    return {
      lines: rows.map((r) => JSON.stringify(rowToCase(r))),
      nextCursor: rows.length === input.limit && last ? String(last.rowid) : null,
      total,
    };
  },
});
