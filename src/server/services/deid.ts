import { RoundsError, type ReplaceSpan } from '../../shared/api';
import { caseFieldsSchema, type Case, type CaseTextField } from '../../shared/model/case';
import { putCase, rowToCase } from '../db/queries/cases';
import {
  addDismissal,
  appendHistory,
  getIndexDate,
  listHistory,
  removeDismissal,
  setIndexDate,
} from '../db/queries/review';
import { reviewCase } from '../deid/gate';
import { CaseNumbering, type NumberedKey } from '../deid/placeholders';
import { applyReplacements } from '../../shared/deid';
import type { ServiceContext } from './context';
import { requireCaseRow } from './case-row';
import { defineService } from './define-service';

function review(ctx: ServiceContext, id: string) {
  return reviewCase(ctx.library.read, requireCaseRow(ctx, id));
}

/** Placeholder numbers already given in this case, from its history. */
function knownNumbers(ctx: ServiceContext, rowid: number): NumberedKey[] {
  const known: NumberedKey[] = [];
  for (const entry of listHistory(ctx.library.read, rowid)) {
    if (entry.kind !== 'deid.replace') continue;
    for (const r of (entry.detail.numbered ?? []) as NumberedKey[]) {
      const existing = known.find((k) => k.type === r.type && k.number === r.number);
      if (existing) existing.keys.push(...r.keys.filter((key) => !existing.keys.includes(key)));
      else known.push({ type: r.type, number: r.number, keys: [...r.keys] });
    }
  }
  return known;
}

/**
 * Applies the replacement policy to the chosen spans of the stored case. Spans
 * must still hold the text the author saw, or the whole call is refused.
 */
function replaceSpans(ctx: ServiceContext, caseId: string, spans: readonly ReplaceSpan[]): Case {
  const row = requireCaseRow(ctx, caseId);
  const current = rowToCase(row);
  if (current.status === 'shared') throw new RoundsError('conflict', 'A shared case cannot be edited');
  const indexDate = getIndexDate(ctx.library.read, row.rowid) ?? undefined;
  const numbering = new CaseNumbering(caseId, knownNumbers(ctx, row.rowid));
  const byField = new Map<CaseTextField, ReplaceSpan[]>();
  for (const span of spans) {
    const text = current[span.field];
    if (span.end > text.length || text.slice(span.start, span.end) !== span.text) {
      throw new RoundsError(
        'conflict',
        `The ${span.field} text changed since it was reviewed; review again before replacing`,
        { span },
      );
    }
    byField.set(span.field, [...(byField.get(span.field) ?? []), span]);
  }
  const next: Case = { ...current, updatedAt: ctx.now().toISOString() };
  const recorded: { field: string; type: string; placeholder: string }[] = [];
  for (const [field, fieldSpans] of byField) {
    const sorted = [...fieldSpans].sort((a, b) => a.start - b.start);
    sorted.forEach((s, i) => {
      const prev = sorted[i - 1];
      if (prev && s.start < prev.end) throw new RoundsError('invalid_input', `Overlapping spans in ${field}`);
    });
    const text = current[field];
    const findings = sorted.map((s) => ({ start: s.start, end: s.end, type: s.type, confidence: 1, rule: 'author' }));
    const { replacements } = applyReplacements(text, findings, { indexDate });
    let out = text;
    for (const r of [...replacements].sort((a, b) => b.start - a.start)) {
      const { placeholder } = numbering.renumber(r.type, r.original, r.replacement);
      out = out.slice(0, r.start) + placeholder + out.slice(r.end);
      recorded.push({ field, type: r.type, placeholder });
    }
    next[field] = out;
  }
  const db = ctx.library.write;
  db.transaction(() => {
    putCase(db, next);
    appendHistory(db, row.rowid, next.updatedAt, 'deid.replace', {
      replacements: recorded,
      numbered: numbering.entries(),
    });
  })();
  ctx.events.emit('cases.changed', { ids: [caseId] });
  return next;
}

/** Placeholders such as `[NAME 2]` or `[DATE]`, counted to say in the history how many an undo took back. */
const PLACEHOLDER_RE = /\[[A-Z_]+(?: \d+)?\]/g;
const countPlaceholders = (text: string) => text.match(PLACEHOLDER_RE)?.length ?? 0;

/**
 * Puts back the text a replacement changed, only where the stored text is still exactly what the
 * replacement left: an undo must never overwrite what was typed since.
 */
function undoReplacement(
  ctx: ServiceContext,
  caseId: string,
  before: Partial<Record<CaseTextField, string>>,
  after: Partial<Record<CaseTextField, string>>,
): Case {
  const row = requireCaseRow(ctx, caseId);
  const current = rowToCase(row);
  if (current.status === 'shared') throw new RoundsError('conflict', 'A shared case cannot be edited');
  const fields = Object.keys(before) as CaseTextField[];
  if (!fields.length || fields.some((field) => after[field] === undefined)) {
    throw new RoundsError('invalid_input', 'An undo names the same fields before and after the replacement');
  }
  const restored = caseFieldsSchema.partial().safeParse(before);
  if (!restored.success) throw new RoundsError('invalid_input', 'The text to put back is not a valid case text');
  const changed = fields.filter((field) => current[field] !== after[field]);
  if (changed.length) {
    throw new RoundsError('conflict', `The ${changed.join(', ')} text changed since the replacement; it can no longer be undone`);
  }
  const next: Case = { ...current, ...restored.data, updatedAt: ctx.now().toISOString() };
  const placeholders = fields.reduce((n, field) => n + countPlaceholders(after[field]!) - countPlaceholders(before[field]!), 0);
  const db = ctx.library.write;
  db.transaction(() => {
    putCase(db, next);
    // (which fields and how many placeholders, never the restored text: the history holds no identifier)
    appendHistory(db, row.rowid, next.updatedAt, 'deid.undoReplace', { fields, placeholders });
  })();
  ctx.events.emit('cases.changed', { ids: [caseId] });
  return next;
}

export const deidService = defineService('deid', {
  'deid.review': (input, ctx) => review(ctx, input.caseId),
  'deid.dismiss': (input, ctx) => {
    const row = requireCaseRow(ctx, input.caseId);
    const at = ctx.now().toISOString();
    const db = ctx.library.write;
    db.transaction(() => {
      addDismissal(db, row.rowid, input, at);
      appendHistory(db, row.rowid, at, 'deid.dismiss', { field: input.field, type: input.type, text: input.text });
    })();
    return review(ctx, input.caseId);
  },
  'deid.undismiss': (input, ctx) => {
    const row = requireCaseRow(ctx, input.caseId);
    const db = ctx.library.write;
    db.transaction(() => {
      if (removeDismissal(db, row.rowid, input)) {
        appendHistory(db, row.rowid, ctx.now().toISOString(), 'deid.undismiss', {
          field: input.field,
          type: input.type,
          text: input.text,
        });
      }
    })();
    return review(ctx, input.caseId);
  },
  'deid.replace': (input, ctx) => {
    const updated = replaceSpans(ctx, input.caseId, input.spans);
    return { case: updated, review: review(ctx, input.caseId) };
  },
  'deid.undoReplace': (input, ctx) => {
    const updated = undoReplacement(ctx, input.caseId, input.before, input.after);
    return { case: updated, review: review(ctx, input.caseId) };
  },
  'deid.setIndexDate': (input, ctx) => {
    const row = requireCaseRow(ctx, input.caseId);
    const db = ctx.library.write;
    db.transaction(() => {
      setIndexDate(db, row.rowid, input.indexDate);
      appendHistory(db, row.rowid, ctx.now().toISOString(), 'deid.setIndexDate', { indexDate: input.indexDate });
    })();
    return review(ctx, input.caseId);
  },
});
