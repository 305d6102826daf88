import { isMpegFrameHeader } from './detect';
import { refuse } from './errors';

/**
 * Strips the tag blocks an MP3 can carry around its audio frames: ID3v2 at the
 * start (possibly several, possibly with a footer), ID3v1 ("TAG", the last 128
 * bytes, and the 227-byte "TAG+" extension before it), APEv1/v2 ("APETAGEX"),
 * Lyrics3v2 and an ID3v2 appended at the end ("3DI" footer). Tags hold titles,
 * artists, comments, dates, pictures — anything the recorder typed. The audio
 * frames themselves are kept byte for byte; what is left must start with an
 * MPEG frame header or the file is refused.
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
  return { bytes: Buffer.from(buf.subarray(start, end)), dropped };
}
