import { RoundsError, type ReplaceSpan } from '../../shared/api';
import { createHash } from 'node:crypto';
import { caseFieldsSchema, missingForReady, type Case, type CaseTextField } from '../../shared/model/case';
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
function replaceSpans(ctx: ServiceContext, caseId: string, spans: readonly ReplaceSpan[]): { case: Case; before: ReplacedTexts } {
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
  const before = Object.fromEntries([...byField.keys()].map((field) => [field, current[field]])) as ReplacedTexts;
  const after = Object.fromEntries([...byField.keys()].map((field) => [field, next[field]])) as ReplacedTexts;
  const db = ctx.library.write;
  db.transaction(() => {
    putCase(db, next);
    appendHistory(db, row.rowid, next.updatedAt, 'deid.replace', {
      replacements: recorded,
      numbered: numbering.entries(),
      // (hashes of the texts before and after, salted with the case id: what an undo must name, without the texts)
      before: textsHash(caseId, before),
      after: textsHash(caseId, after),
    });
  })();
  ctx.events.emit('cases.changed', { ids: [caseId] });
  return { case: next, before };
}

type ReplacedTexts = Partial<Record<CaseTextField, string>>;

/** A salted hash of the texts of some fields, to recognise them later without keeping them. */
function textsHash(caseId: string, texts: ReplacedTexts): string {
  const hash = createHash('sha256').update(caseId);
  for (const field of Object.keys(texts).sort()) hash.update(`\u0000${field}\u0000${texts[field as CaseTextField]}`);
  return hash.digest('hex');
}

/**
 * Puts back the text the last replacement changed. Refused unless the call names exactly that replacement (its
 * texts before and after hash to what the history recorded, and nothing was undone since) and the stored text is
 * still exactly what it left: an undo must never overwrite what was typed since, nor write text of the client's choosing.
 */
function undoReplacement(ctx: ServiceContext, caseId: string, before: ReplacedTexts, after: ReplacedTexts): Case {
  const row = requireCaseRow(ctx, caseId);
  const current = rowToCase(row);
  if (current.status === 'shared') throw new RoundsError('conflict', 'A shared case cannot be edited');
  const fields = Object.keys(after) as CaseTextField[];
  if (!fields.length || Object.keys(before).length !== fields.length || fields.some((field) => before[field] === undefined)) {
    throw new RoundsError('invalid_input', 'An undo names the same fields before and after the replacement');
  }
  const last = listHistory(ctx.library.read, row.rowid).filter((h) => h.kind === 'deid.replace' || h.kind === 'deid.undoReplace').at(-1);
  if (last?.kind !== 'deid.replace' || last.detail.after !== textsHash(caseId, after) || last.detail.before !== textsHash(caseId, before)) {
    throw new RoundsError('conflict', 'Only the last replacement can be undone');
  }
  const changed = fields.filter((field) => current[field] !== after[field]);
  if (changed.length) {
    throw new RoundsError('conflict', `The ${changed.join(', ')} text changed since the replacement; it can no longer be undone`);
  }
  const restored = caseFieldsSchema.partial().safeParse(before);
  if (!restored.success) throw new RoundsError('invalid_input', 'The text to put back is not a valid case text');
  const next: Case = { ...current, ...restored.data, updatedAt: ctx.now().toISOString() };
  // (as any edit: a ready case that loses a required field goes back to draft)
  if (next.status === 'ready' && missingForReady(next).length) next.status = 'draft';
  const placeholders = ((last.detail.replacements ?? []) as { field: string }[]).filter((r) => fields.includes(r.field as CaseTextField)).length;
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
    const { case: updated, before } = replaceSpans(ctx, input.caseId, input.spans);
    return { case: updated, before, review: review(ctx, input.caseId) };
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
