import { MAX_ATTACHMENT_BYTES, type AttachmentMime } from '../../shared/api/attachments';
import { detect, EXTENSIONS, type AudioFormat, type ImageFormat } from './detect';
import { refuse } from './errors';
import { type ImageFinding } from './image-warnings';
import { cleanImage, type CleanImageFormat } from './images';
import { stripMp3 } from './mp3';
import { refusePdf } from './pdf';
import { stripWav } from './wav';

export { type Box, redactImage, assertBoxesInside, IMAGE_MIME, thumbnail } from './images';
export type { ImageFinding } from './image-warnings';


export type StoredFormat = CleanImageFormat | AudioFormat;
export const STORED_MIME: Record<StoredFormat, AttachmentMime> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
};
export const STORED_EXTENSION: Record<StoredFormat, string> = { jpeg: 'jpg', png: 'png', wav: 'wav', mp3: 'mp3' };

export function storedFormatOfMime(mime: string): StoredFormat | undefined {
  return (Object.keys(STORED_MIME) as StoredFormat[]).find((f) => STORED_MIME[f] === mime);
}

export interface Sanitised {
  kind: 'image' | 'audio';
  bytes: Buffer;
  format: StoredFormat;
  mime: AttachmentMime;
  width: number | null;
  height: number | null;
  findings: ImageFinding[];
  /** What was removed, for the case history (chunk/tag names, never their contents). */
  removed: string[];
}

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Refuses a file whose name claims a different known type than its bytes. */
function assertNameMatches(name: string, actual: ImageFormat | AudioFormat | 'pdf'): void {
  const ext = extensionOf(name);
  if (!ext) return;
  const claimed = (Object.keys(EXTENSIONS) as (keyof typeof EXTENSIONS)[]).find((f) => EXTENSIONS[f].includes(ext));
  if (claimed && claimed !== actual) {
    throw refuse(
      `"${ext}" file whose contents are ${actual.toUpperCase()}: the name and the contents disagree, so it was not attached. ` +
        'Re-export the file from the program that made it.',
      'type_mismatch',
    );
  }
}

/**
 * The one door for attachment bytes: detects the type from the bytes, refuses
 * what cannot be cleaned, and returns a copy with no metadata.
 */
export async function sanitise(bytes: Buffer, name: string): Promise<Sanitised> {
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw refuse(
      `This file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; attachments are limited to ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`,
      'too_large',
    );
  }
  const detected = detect(bytes);
  if (detected.kind === 'unknown') {
    throw refuse(
      `This file is ${detected.description}, which Rounds cannot attach. Attach images (JPEG, PNG, WebP, TIFF, GIF, AVIF) or audio (WAV, MP3).`,
      'unsupported_type',
    );
  }
  assertNameMatches(name, detected.format);
  if (detected.kind === 'pdf') refusePdf();
  if (detected.kind === 'audio') {
    const stripped = detected.format === 'wav' ? stripWav(bytes) : stripMp3(bytes);
    return {
      kind: 'audio',
      bytes: stripped.bytes,
      format: detected.format,
      mime: STORED_MIME[detected.format],
      width: null,
      height: null,
      findings: [],
      removed: stripped.dropped,
    };
  }
  const clean = await cleanImage(bytes, detected.format);
  return {
    kind: 'image',
    bytes: clean.bytes,
    format: clean.format,
    mime: STORED_MIME[clean.format],
    width: clean.width,
    height: clean.height,
    findings: clean.findings,
    removed: ['all metadata (re-encoded from pixels)'],
  };
}
