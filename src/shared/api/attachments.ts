import { z } from 'zod';
import { caseIdSchema } from '../model/case';
import { defineDomain } from './define';

/** Uploads above this are refused (checked on the decoded bytes; the base64 limit below follows from it). */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;
export const MAX_REDACTION_BOXES = 200;

/** What Rounds stores: every image is re-encoded to one of the first two, audio keeps its format. */
export const ATTACHMENT_MIMES = ['image/jpeg', 'image/png', 'audio/wav', 'audio/mpeg'] as const;
export type AttachmentMime = (typeof ATTACHMENT_MIMES)[number];

export const attachmentIdSchema = z.uuid();
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex sha256');

export const WARNING_KINDS = ['text', 'face'] as const;
export type AttachmentWarningKind = (typeof WARNING_KINDS)[number];

/** Something the pixel checks found that re-encoding cannot remove; the author acknowledges it after looking. */
export const attachmentWarningSchema = z.object({
  kind: z.enum(WARNING_KINDS),
  message: z.string(),
  acknowledged: z.boolean(),
});
export type AttachmentWarning = z.infer<typeof attachmentWarningSchema>;

/** A rectangle in image pixel coordinates (origin top-left), burned into the pixels as opaque black. */
export const redactionBoxSchema = z.object({
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
});
export type RedactionBox = z.infer<typeof redactionBoxSchema>;

export const attachmentSchema = z.object({
  id: attachmentIdSchema,
  caseId: caseIdSchema,
  sha256: sha256Schema,
  /** Neutral (`image-1.jpg`): the uploaded file name is never stored, it may identify the patient. */
  name: z.string().min(1).max(255),
  mime: z.enum(ATTACHMENT_MIMES),
  size: z.number().int().min(0),
  width: z.number().int().min(1).nullable(),
  height: z.number().int().min(1).nullable(),
  warnings: z.array(attachmentWarningSchema),
  redactions: z.array(redactionBoxSchema),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentsApi = defineDomain('attachments', {
  /**
   * Attaches a file to a draft or ready case. The type is read from the bytes;
   * images are re-encoded without any metadata and checked for burned-in text
   * and faces, WAV/MP3 lose their tags; anything else is refused with a
   * message saying why. Asynchronous on the server (image decoding).
   */
  'attachments.add': {
    input: z.object({
      caseId: caseIdSchema,
      /** The file's name as picked; used only to catch a name that disagrees with the contents. */
      name: z.string().max(1_000).default(''),
      dataBase64: z
        .string()
        .min(1, 'the file is empty')
        .max(MAX_BASE64_CHARS + 4, `attachments are limited to ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`),
    }),
    output: attachmentSchema,
  },
  'attachments.list': { input: z.object({ caseId: caseIdSchema }), output: z.array(attachmentSchema) },
  /** The stored (cleaned) bytes, for display. */
  'attachments.content': {
    input: z.object({ id: attachmentIdSchema }),
    output: z.object({ mime: z.enum(ATTACHMENT_MIMES), dataBase64: z.string() }),
  },
  /** A small preview of an image (fits in maxSide × maxSide, never enlarged), for lists. Asynchronous on the server. */
  'attachments.thumbnail': {
    input: z.object({ id: attachmentIdSchema, maxSide: z.number().int().min(16).max(1024).default(320) }),
    output: z.object({
      mime: z.enum(['image/jpeg', 'image/png']),
      dataBase64: z.string(),
      width: z.number().int().min(1),
      height: z.number().int().min(1),
    }),
  },
  /**
   * Burns the boxes into the image as opaque black and replaces the stored
   * bytes (new sha256); the unredacted copy is deleted unless another
   * attachment still uses it. Cannot be undone. Asynchronous on the server.
   */
  'attachments.redact': {
    input: z.object({ id: attachmentIdSchema, boxes: z.array(redactionBoxSchema).min(1).max(MAX_REDACTION_BOXES) }),
    output: attachmentSchema,
  },
  /** The author has looked at the image (and redacted what needed it): every warning is marked acknowledged. */
  'attachments.acknowledgeWarnings': { input: z.object({ id: attachmentIdSchema }), output: attachmentSchema },
  'attachments.remove': { input: z.object({ id: attachmentIdSchema }), output: z.object({ id: attachmentIdSchema }) },
});
