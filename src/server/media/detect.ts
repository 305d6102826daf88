/**
 * What a file is, from its bytes (magic numbers), never from its name or a
 * declared mime type: a name can lie, and a mislabelled file must not slip
 * past the sanitiser that would have stripped it.
 */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' | 'heif';
export type AudioFormat = 'wav' | 'mp3';

export type Detected =
  | { kind: 'image'; format: ImageFormat }
  | { kind: 'audio'; format: AudioFormat }
  | { kind: 'pdf'; format: 'pdf' }
  | { kind: 'unknown'; description: string };

/** Extensions that name each format; used to refuse a name that disagrees with the bytes. */
export const EXTENSIONS: Record<ImageFormat | AudioFormat | 'pdf', readonly string[]> = {
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  png: ['png'],
  webp: ['webp'],
  gif: ['gif'],
  tiff: ['tif', 'tiff'],
  heif: ['heic', 'heif', 'hif', 'avif'],
  wav: ['wav', 'wave'],
  mp3: ['mp3'],
  pdf: ['pdf'],
};

function ascii(bytes: Uint8Array, start: number, length: number): string {
  if (bytes.length < start + length) return '';
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

/** A plausible MPEG audio frame header at `at` (layer I–III, not the reserved values). */
export function isMpegFrameHeader(bytes: Uint8Array, at: number): boolean {
  if (bytes.length < at + 4) return false;
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 0x03;
  const layer = (b1 >> 1) & 0x03;
  const bitrate = (b2 >> 4) & 0x0f;
  const rate = (b2 >> 2) & 0x03;
  return version !== 0x01 && layer !== 0x00 && bitrate !== 0x0f && rate !== 0x03;
}

export function detect(bytes: Uint8Array): Detected {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return { kind: 'image', format: 'jpeg' };
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return { kind: 'image', format: 'png' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { kind: 'image', format: 'gif' };
  if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return { kind: 'image', format: 'tiff' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { kind: 'image', format: 'webp' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE') return { kind: 'audio', format: 'wav' };
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (HEIF_BRANDS.has(brand)) return { kind: 'image', format: 'heif' };
    return { kind: 'unknown', description: `an ISO media file (brand "${brand.trim()}", e.g. MP4/MOV video or M4A audio)` };
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'pdf', format: 'pdf' };
  if (ascii(bytes, 0, 3) === 'ID3' || isMpegFrameHeader(bytes, 0)) return { kind: 'audio', format: 'mp3' };
  return { kind: 'unknown', description: describeUnknown(bytes) };
}

function describeUnknown(bytes: Uint8Array): string {
  const known: [string, string][] = [
    ['DICM', 'a DICOM file'],
    ['PK\x03\x04', 'a ZIP archive (or a Word/Excel/PowerPoint document)'],
    ['\xd0\xcf\x11\xe0', 'an old Microsoft Office document'],
    ['OggS', 'an Ogg audio/video file'],
    ['fLaC', 'a FLAC audio file'],
    ['{\\rtf', 'an RTF document'],
    ['BM', 'a BMP image'],
  ];
  if (ascii(bytes, 128, 4) === 'DICM') return 'a DICOM file';
  for (const [magic, description] of known) if (ascii(bytes, 0, magic.length) === magic) return description;
  if (ascii(bytes, 0, 4) === 'RIFF') return `a RIFF file of type "${ascii(bytes, 8, 4)}" (e.g. AVI video)`;
  if (bytes.length === 0) return 'an empty file';
  return 'a file of unknown type';
}
