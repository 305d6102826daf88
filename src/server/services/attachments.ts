import { randomUUID } from 'node:crypto';
import {
  RoundsError,
  type Attachment,
  type AttachmentWarning,
} from '../../shared/api';
import { BlobCorruptedError, BlobMissingError } from '../blobs/blob-store';
import {
  attachmentNames,
  countBlobReferences,
  deleteAttachment,
  getAttachmentRow,
  insertAttachment,
  referencedBlobs,
  listAttachments,
  rowToAttachment,
  setAttachmentWarnings,
  updateAttachmentContent,
  type AttachmentRow,
} from '../db/queries/attachments';
import { sanitise, STORED_EXTENSION, storedFormatOfMime, redactImage, thumbnail, type ImageFinding } from '../media';
import type { ServiceContext } from './context';
import { appendHistory } from '../db/queries/review';
import { requireCaseRow, requireEditableCaseRow } from './case-row';
import { defineService } from './define-service';

/** Why a shared case's attachments cannot change. */
const FROZEN = 'its attachments can no longer change';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function requireAttachment(ctx: ServiceContext, id: string): AttachmentRow {
  const row = getAttachmentRow(ctx.library.read, id);
  if (!row) throw new RoundsError('not_found', `No attachment ${id}`);
  requireCaseRow(ctx, row.case_id);
  return row;
}

function readBlob(ctx: ServiceContext, sha256: string): Buffer {
  try {
    return ctx.blobs.get(sha256);
  } catch (error) {
    if (error instanceof BlobMissingError) {
      throw new RoundsError('not_found', 'The stored copy of this attachment is missing; remove it and attach the file again.');
    }
    if (error instanceof BlobCorruptedError) {
      throw new RoundsError('internal', 'The stored copy of this attachment is damaged and will not be shown; remove it and attach the file again.');
    }
    throw error;
  }
}

/** Deletes the bytes once no attachment refers to them (so unredacted pixels do not linger). */
function releaseBlob(ctx: ServiceContext, sha256: string): void {
  if (countBlobReferences(ctx.library.read, sha256) === 0) ctx.blobs.delete(sha256);
}

/** `image-1.jpg`, `audio-2.mp3`: the first free number for the kind in this case. */
function neutralName(ctx: ServiceContext, caseRowid: number, kind: 'image' | 'audio', extension: string): string {
  const taken = new Set(attachmentNames(ctx.library.read, caseRowid).map((name) => name.replace(/\.[^.]*$/, '')));
  for (let n = 1; ; n++) {
    if (!taken.has(`${kind}-${n}`)) return `${kind}-${n}.${extension}`;
  }
}

/** New findings; one of a kind the author already acknowledged stays acknowledged (redaction only removes pixels). */
function mergeWarnings(findings: readonly ImageFinding[], previous: readonly AttachmentWarning[]): AttachmentWarning[] {
  return findings.map((f) => ({
    kind: f.kind,
    message: f.message,
    acknowledged: previous.some((p) => p.kind === f.kind && p.acknowledged),
  }));
}

function decodeBase64(data: string): Buffer {
  if (data.length % 4 !== 0 || !BASE64.test(data)) {
    throw new RoundsError('invalid_input', 'attachments.add: dataBase64 is not valid base64');
  }
  return Buffer.from(data, 'base64');
}

/**
 * Deletes blobs no attachment refers to any more (and temp files left by a
 * crash). Needed after cases are purged from the bin: ON DELETE CASCADE
 * removes their attachment rows but cannot reach the files. Returns what was
 * deleted.
 */
export function sweepUnreferencedBlobs(ctx: ServiceContext): string[] {
  return ctx.blobs.sweep(referencedBlobs(ctx.library.read));
}

export const attachmentsService = defineService('attachments', {
  'attachments.add': async (input, ctx) => {
    requireEditableCaseRow(ctx, input.caseId, FROZEN);
    const clean = await sanitise(decodeBase64(input.dataBase64), input.name);
    // The case may have changed while the image was decoded.
    const caseRow = requireEditableCaseRow(ctx, input.caseId, FROZEN);
    const sha256 = ctx.blobs.put(clean.bytes);
    const id = randomUUID();
    const createdAt = ctx.now().toISOString();
    try {
      ctx.library.write.transaction(() => {
        const name = neutralName(ctx, caseRow.rowid, clean.kind, STORED_EXTENSION[clean.format]);
        insertAttachment(ctx.library.write, {
          id,
          caseRowid: caseRow.rowid,
          sha256,
          name,
          mime: clean.mime,
          size: clean.bytes.length,
          width: clean.width,
          height: clean.height,
          warnings: mergeWarnings(clean.findings, []),
          redactions: [],
          createdAt,
        });
        appendHistory(ctx.library.write, caseRow.rowid, createdAt, 'attachment.add', {
          attachmentId: id,
          name,
          sha256,
          mime: clean.mime,
          size: clean.bytes.length,
          removed: clean.removed,
          warnings: clean.findings.map((f) => f.kind),
        });
      })();
    } catch (error) {
      releaseBlob(ctx, sha256);
      throw error;
    }
    return rowToAttachment(getAttachmentRow(ctx.library.read, id)!);
  },

  'attachments.list': (input, ctx) => listAttachments(ctx.library.read, requireCaseRow(ctx, input.caseId).rowid),

  'attachments.content': (input, ctx) => {
    const row = requireAttachment(ctx, input.id);
    return { mime: rowToAttachment(row).mime, dataBase64: readBlob(ctx, row.sha256).toString('base64') };
  },

  'attachments.thumbnail': async (input, ctx) => {
    const row = requireAttachment(ctx, input.id);
    const format = storedFormatOfMime(row.mime);
    if (format !== 'jpeg' && format !== 'png') throw new RoundsError('invalid_input', 'Only images have a thumbnail.');
    const small = await thumbnail(readBlob(ctx, row.sha256), format, input.maxSide);
    return { mime: small.mime, dataBase64: small.bytes.toString('base64'), width: small.width, height: small.height };
  },

  'attachments.redact': async (input, ctx) => {
    const row = requireAttachment(ctx, input.id);
    requireEditableCaseRow(ctx, row.case_id, FROZEN);
    const before = rowToAttachment(row);
    const format = storedFormatOfMime(before.mime);
    if ((format !== 'jpeg' && format !== 'png') || before.width === null || before.height === null) {
      throw new RoundsError('invalid_input', 'Only images can be redacted.');
    }
    const redacted = await redactImage(readBlob(ctx, row.sha256), format, input.boxes);
    const after = requireAttachment(ctx, input.id);
    requireEditableCaseRow(ctx, after.case_id, FROZEN);
    if (after.sha256 !== row.sha256) {
      throw new RoundsError('conflict', 'This image was changed while the redaction was applied; look at it again and redo the boxes.');
    }
    const sha256 = ctx.blobs.put(redacted.bytes);
    const at = ctx.now().toISOString();
    try {
      ctx.library.write.transaction(() => {
        updateAttachmentContent(ctx.library.write, input.id, {
          sha256,
          mime: before.mime,
          size: redacted.bytes.length,
          width: redacted.width,
          height: redacted.height,
          warnings: mergeWarnings(redacted.findings, before.warnings),
          redactions: [...before.redactions, ...input.boxes],
        });
        appendHistory(ctx.library.write, row.case_rowid, at, 'attachment.redact', {
          attachmentId: input.id,
          boxes: input.boxes,
          from: row.sha256,
          to: sha256,
        });
      })();
    } catch (error) {
      if (sha256 !== row.sha256) releaseBlob(ctx, sha256);
      throw error;
    }
    if (sha256 !== row.sha256) releaseBlob(ctx, row.sha256);
    return rowToAttachment(getAttachmentRow(ctx.library.read, input.id)!);
  },

  'attachments.acknowledgeWarnings': (input, ctx) => {
    const row = requireAttachment(ctx, input.id);
    requireEditableCaseRow(ctx, row.case_id, FROZEN);
    const current: Attachment = rowToAttachment(row);
    const pending = current.warnings.filter((w) => !w.acknowledged);
    if (!pending.length) return current;
    const warnings = current.warnings.map((w) => ({ ...w, acknowledged: true }));
    ctx.library.write.transaction(() => {
      setAttachmentWarnings(ctx.library.write, input.id, warnings);
      appendHistory(ctx.library.write, row.case_rowid, ctx.now().toISOString(), 'attachment.acknowledge', {
        attachmentId: input.id,
        kinds: pending.map((w) => w.kind),
      });
    })();
    return { ...current, warnings };
  },

  'attachments.remove': (input, ctx) => {
    const row = requireAttachment(ctx, input.id);
    requireEditableCaseRow(ctx, row.case_id, FROZEN);
    ctx.library.write.transaction(() => {
      deleteAttachment(ctx.library.write, input.id);
      appendHistory(ctx.library.write, row.case_rowid, ctx.now().toISOString(), 'attachment.remove', {
        attachmentId: input.id,
        name: row.name,
        sha256: row.sha256,
      });
    })();
    releaseBlob(ctx, row.sha256);
    return { id: input.id };
  },
});
