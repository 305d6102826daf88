import sharp from 'sharp';
import type { ImageFormat } from './detect';
import { refuse } from './errors';
import {
  faceWarning,
  SKIN_ANALYSIS_SIDE,
  TEXT_ANALYSIS_SIDE,
  textWarning,
  type ImageFinding,
} from './image-warnings';

/** Images larger than this are refused: decoding them would need hundreds of MB. */
export const MAX_IMAGE_PIXELS = 50_000_000;

export type CleanImageFormat = 'jpeg' | 'png';
export const IMAGE_MIME: Record<CleanImageFormat, 'image/jpeg' | 'image/png'> = { jpeg: 'image/jpeg', png: 'image/png' };
export const JPEG_QUALITY = 90;

/** 8-bit sRGB pixels, oriented as the viewer sees them; no metadata of any kind. */
export interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CleanImage {
  bytes: Buffer;
  format: CleanImageFormat;
  mime: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

/**
 * Decodes the first frame, applies the EXIF orientation (`rotate()` with no
 * angle), converts to 8-bit sRGB through any embedded ICC profile and hands
 * back bare pixels. Nothing from the file other than pixels survives this.
 */
export async function decodePixels(bytes: Uint8Array, format: ImageFormat): Promise<Pixels> {
  try {
    const { data, info } = await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS, pages: 1 })
      .rotate()
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3 && info.channels !== 4) throw new Error(`unexpected ${info.channels} channels`);
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (error) {
    const detail = (error as Error).message;
    if (/pixel limit/i.test(detail)) {
      throw refuse(
        `This image is too large (over ${MAX_IMAGE_PIXELS / 1_000_000} megapixels); export a smaller copy.`,
        'image_too_large',
      );
    }
    if (format === 'heif') {
      throw refuse(
        'This HEIC/HEIF image cannot be decoded on this machine (HEVC-compressed HEIC is not supported); ' +
          'export it as JPEG or PNG and attach that.',
        'heif_unsupported',
      );
    }
    throw refuse(`This ${format.toUpperCase()} image could not be decoded (${detail}).`, 'image_undecodable');
  }
}

/**
 * What a clean copy is stored as: JPEG stays JPEG and PNG stays PNG; GIF
 * (graphics, often a first frame of an animation) becomes PNG; WebP, TIFF and
 * HEIF become PNG when they have transparency and JPEG otherwise.
 */
export function cleanFormatFor(format: ImageFormat, channels: 3 | 4): CleanImageFormat {
  if (format === 'jpeg') return 'jpeg';
  if (format === 'png' || format === 'gif') return 'png';
  return channels === 4 ? 'png' : 'jpeg';
}

/** True when every pixel is grey (R = G = B) and opaque: radiographs, CT, ultrasound, scans. */
export function isGrey(pixels: Pixels): boolean {
  const { data, channels } = pixels;
  for (let p = 0; p < data.length; p += channels) {
    if (data[p] !== data[p + 1] || data[p] !== data[p + 2] || (channels === 4 && data[p + 3] !== 255)) return false;
  }
  return true;
}

/**
 * Encodes bare pixels. The encoder is given raw input, so there is no metadata
 * it could copy. Grey images are stored with one channel (a third of the data).
 */
export async function encodePixels(pixels: Pixels, format: CleanImageFormat): Promise<CleanImage> {
  let raw = sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } });
  if (isGrey(pixels)) raw = raw.removeAlpha().toColourspace('b-w');
  const bytes =
    format === 'jpeg'
      ? await raw.flatten({ background: '#ffffff' }).jpeg({ quality: JPEG_QUALITY }).toBuffer()
      : await raw.png().toBuffer();
  return { bytes, format, mime: IMAGE_MIME[format], width: pixels.width, height: pixels.height };
}

export function assertBoxesInside(boxes: readonly Box[], width: number, height: number): void {
  boxes.forEach((b, i) => {
    const ok =
      Number.isInteger(b.x) && Number.isInteger(b.y) && Number.isInteger(b.width) && Number.isInteger(b.height) &&
      b.x >= 0 && b.y >= 0 && b.width >= 1 && b.height >= 1 && b.x + b.width <= width && b.y + b.height <= height;
    if (!ok) {
      throw refuse(
        `Redaction box ${i + 1} (x ${b.x}, y ${b.y}, ${b.width}×${b.height}) is not inside the ${width}×${height} image.`,
        'box_outside',
      );
    }
  });
}

/** Paints the boxes opaque black into the pixels themselves (not an overlay). */
export function burnBoxes(pixels: Pixels, boxes: readonly Box[]): Pixels {
  assertBoxesInside(boxes, pixels.width, pixels.height);
  const data = Buffer.from(pixels.data);
  const { width, channels } = pixels;
  for (const b of boxes) {
    for (let y = b.y; y < b.y + b.height; y++) {
      const row = (y * width + b.x) * channels;
      for (let i = 0; i < b.width; i++) {
        const p = row + i * channels;
        data[p] = 0;
        data[p + 1] = 0;
        data[p + 2] = 0;
        if (channels === 4) data[p + 3] = 255;
      }
    }
  }
  return { ...pixels, data };
}

/** Runs both pixel heuristics (see image-warnings.ts) on downscaled copies. */
export async function findImageWarnings(pixels: Pixels): Promise<ImageFinding[]> {
  const input = () =>
    sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } });
  const gray = await input()
    .flatten({ background: '#ffffff' })
    .resize({ width: TEXT_ANALYSIS_SIDE, height: TEXT_ANALYSIS_SIDE, fit: 'inside', withoutEnlargement: true })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const colour = await input()
    .resize({ width: SKIN_ANALYSIS_SIDE, height: SKIN_ANALYSIS_SIDE, fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const findings: ImageFinding[] = [];
  const text = textWarning(gray.data, gray.info.width, gray.info.height);
  if (text) findings.push(text);
  const face = faceWarning(colour.data, colour.info.width, colour.info.height, colour.info.channels);
  if (face) findings.push(face);
  return findings;
}

/** Decode → bare pixels → re-encode, plus warnings: what is stored for an uploaded image. */
export async function cleanImage(bytes: Uint8Array, format: ImageFormat): Promise<CleanImage & { findings: ImageFinding[] }> {
  const pixels = await decodePixels(bytes, format);
  const clean = await encodePixels(pixels, cleanFormatFor(format, pixels.channels));
  return { ...clean, findings: await findImageWarnings(pixels) };
}

/** Burns boxes into a stored clean image and re-encodes it in the same format; warnings are re-run. */
export async function redactImage(
  bytes: Uint8Array,
  format: CleanImageFormat,
  boxes: readonly Box[],
): Promise<CleanImage & { findings: ImageFinding[] }> {
  const pixels = burnBoxes(await decodePixels(bytes, format), boxes);
  const clean = await encodePixels(pixels, format);
  return { ...clean, findings: await findImageWarnings(pixels) };
}

/** A preview that fits in maxSide × maxSide; the source is already clean, and the encoder copies no metadata. */
export async function thumbnail(bytes: Uint8Array, format: CleanImageFormat, maxSide: number): Promise<CleanImage> {
  const resized = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS }).resize({
    width: maxSide,
    height: maxSide,
    fit: 'inside',
    withoutEnlargement: true,
  });
  const { data, info } = await (format === 'jpeg' ? resized.jpeg({ quality: 80 }) : resized.png()).toBuffer({ resolveWithObject: true });
  return { bytes: data, format, mime: IMAGE_MIME[format], width: info.width, height: info.height };
}
