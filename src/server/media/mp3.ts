import { isMpegFrameHeader } from './detect';
import { refuse } from './errors';

/**
 * Strips the tag blocks an MP3 can carry around its audio frames: ID3v2 at the
 * start (possibly several, possibly with a footer), ID3v1 ("TAG", the last 128
 * bytes, and the 227-byte "TAG+" extension before it), APEv1/v2 ("APETAGEX"),
 * Lyrics3v2 and an ID3v2 appended at the end ("3DI" footer). Tags hold titles,
 * artists, comments, dates, pictures — anything the recorder typed. Then the
 * frames are walked one by one and only whole, valid MPEG audio frames are
 * kept (byte for byte); anything between or after them is dropped. What is
 * left must start with an MPEG frame header or the file is refused.
 */
export interface Mp3Result {
  bytes: Buffer;
  dropped: string[];
}

function syncsafe(buf: Buffer, at: number): number {
  return ((buf[at]! & 0x7f) << 21) | ((buf[at + 1]! & 0x7f) << 14) | ((buf[at + 2]! & 0x7f) << 7) | (buf[at + 3]! & 0x7f);
}

export function stripMp3(input: Uint8Array): Mp3Result {
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const dropped: string[] = [];
  let start = 0;
  let end = buf.length;

  while (end - start >= 10 && buf.toString('latin1', start, start + 3) === 'ID3') {
    const flags = buf[start + 5]!;
    const length = 10 + syncsafe(buf, start + 6) + (flags & 0x10 ? 10 : 0);
    if (start + length > end) throw refuse('This MP3 file is truncated inside its ID3 tag.', 'mp3_truncated');
    dropped.push('ID3v2');
    start += length;
  }

  for (let changed = true; changed; ) {
    changed = false;
    if (end - start >= 128 && buf.toString('latin1', end - 128, end - 125) === 'TAG') {
      end -= 128;
      dropped.push('ID3v1');
      if (end - start >= 227 && buf.toString('latin1', end - 227, end - 223) === 'TAG+') {
        end -= 227;
        dropped.push('ID3v1 extended');
      }
      changed = true;
    }
    if (end - start >= 32 && buf.toString('latin1', end - 32, end - 24) === 'APETAGEX') {
      const size = buf.readUInt32LE(end - 20);
      const hasHeader = (buf.readUInt32LE(end - 12) & 0x80000000) !== 0;
      const length = size + (hasHeader ? 32 : 0);
      if (length < 32 || length > end - start) throw refuse('This MP3 file has a damaged APE tag.', 'mp3_invalid');
      end -= length;
      dropped.push('APE');
      changed = true;
    }
    if (end - start >= 15 && buf.toString('latin1', end - 9, end) === 'LYRICS200') {
      const size = Number(buf.toString('latin1', end - 15, end - 9));
      if (!Number.isInteger(size) || size + 15 > end - start) throw refuse('This MP3 file has a damaged Lyrics3 tag.', 'mp3_invalid');
      end -= size + 15;
      dropped.push('Lyrics3');
      changed = true;
    }
    if (end - start >= 10 && buf.toString('latin1', end - 10, end - 7) === '3DI') {
      const length = 20 + syncsafe(buf, end - 4);
      if (length > end - start) throw refuse('This MP3 file has a damaged ID3 tag at its end.', 'mp3_invalid');
      end -= length;
      dropped.push('ID3v2 (appended)');
      changed = true;
    }
  }

  if (!isMpegFrameHeader(buf, start)) {
    throw refuse('This file does not contain MP3 audio after its tags.', 'mp3_invalid');
  }
  const frames = keepFrames(buf, start, end);
  if (frames.junk) dropped.push(`${frames.junk} bytes between or after the audio frames`);
  if (!frames.bytes.length) throw refuse('This file does not contain MP3 audio after its tags.', 'mp3_invalid');
  return { bytes: frames.bytes, dropped };
}

const BITRATES = {
  v1: { 3: [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448], 2: [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384], 1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320] },
  v2: { 3: [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256], 2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160], 1: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160] },
} as const;
const SAMPLE_RATES: Record<number, readonly number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** Length in bytes of the MPEG audio frame whose header is at `at`, or 0 if it is not one we can measure. */
export function frameLength(buf: Uint8Array, at: number): number {
  if (!isMpegFrameHeader(buf, at)) return 0;
  const b1 = buf[at + 1]!;
  const b2 = buf[at + 2]!;
  const version = (b1 >> 3) & 0x03; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
  const layer = ((b1 >> 1) & 0x03) as 1 | 2 | 3; // 3 = Layer I, 2 = Layer II, 1 = Layer III
  const kbps = BITRATES[version === 3 ? 'v1' : 'v2'][layer][(b2 >> 4) & 0x0f] ?? 0;
  const rate = SAMPLE_RATES[version]?.[(b2 >> 2) & 0x03] ?? 0;
  if (!kbps || !rate) return 0; // free-format bitrate: cannot be walked
  const padding = (b2 >> 1) & 0x01;
  if (layer === 3) return (Math.floor((12 * kbps * 1000) / rate) + padding) * 4;
  if (layer === 1 && version !== 3) return Math.floor((72 * kbps * 1000) / rate) + padding;
  return Math.floor((144 * kbps * 1000) / rate) + padding;
}

/**
 * Walks the frames from `start` and keeps only whole, valid frames. Bytes that
 * are not frames (junk, tags glued in the middle of concatenated files, a cut
 * final frame) are dropped; after junk, the walk resynchronises on two
 * consecutive valid frames. Data hidden inside a frame's own payload cannot be
 * told apart from sound without decoding — that is a known limit.
 */
function keepFrames(buf: Buffer, start: number, end: number): { bytes: Buffer; junk: number } {
  const parts: Buffer[] = [];
  let junk = 0;
  let at = start;
  while (at < end) {
    const length = frameLength(buf, at);
    if (length && at + length <= end) {
      parts.push(buf.subarray(at, at + length));
      at += length;
      continue;
    }
    // Resynchronise: the next offset where a frame is followed by another frame (or ends exactly at the end).
    let next = at + 1;
    for (; next < end; next++) {
      const l = frameLength(buf, next);
      if (l && next + l <= end && (next + l === end || frameLength(buf, next + l))) break;
    }
    junk += next - at;
    at = next;
  }
  return { bytes: Buffer.concat(parts), junk };
}
