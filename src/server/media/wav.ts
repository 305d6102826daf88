import { refuse } from './errors';

/**
 * Chunks kept from a WAV file: the format, the samples, and `fact` (a sample
 * count that compressed WAV formats need). Everything else goes — LIST/INFO
 * (artist, comments, creation date, software), `id3 `/`ID3 ` tags, `bext`
 * (Broadcast WAV: originator, date/time, free-text description), iXML, cue
 * points and labels, junk/padding — because any of them can carry a name, a
 * place or a date, and none is needed to play the sound.
 */
const KEEP = new Set(['fmt ', 'fact', 'data']);

export interface WavResult {
  bytes: Buffer;
  dropped: string[];
}

export function stripWav(input: Uint8Array): WavResult {
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'RIFF' || buf.toString('latin1', 8, 12) !== 'WAVE') {
    throw refuse('This is not a valid WAV file.', 'wav_invalid');
  }
  const kept: Buffer[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  let at = 12;
  while (at + 8 <= buf.length) {
    const id = buf.toString('latin1', at, at + 4);
    const declared = buf.readUInt32LE(at + 4);
    const start = at + 8;
    // A streamed recording may leave the data size unset (0 or 0xFFFFFFFF): take what is there.
    const size = id === 'data' ? Math.min(declared === 0 ? buf.length - start : declared, buf.length - start) : declared;
    if (start + size > buf.length) throw refuse(`This WAV file is truncated (chunk "${id.trim()}").`, 'wav_truncated');
    if (KEEP.has(id) && !seen.has(id)) {
      const chunk = Buffer.alloc(8 + size + (size % 2));
      chunk.write(id, 0, 'latin1');
      chunk.writeUInt32LE(size, 4);
      buf.copy(chunk, 8, start, start + size);
      kept.push(chunk);
      seen.add(id);
    } else {
      dropped.push(id);
    }
    at = start + size + (size % 2);
  }
  if (!seen.has('fmt ') || !seen.has('data')) {
    throw refuse('This WAV file has no format or sound data.', 'wav_invalid');
  }
  // fmt first, then fact, then data: the order players expect.
  const order = ['fmt ', 'fact', 'data'];
  kept.sort((a, b) => order.indexOf(a.toString('latin1', 0, 4)) - order.indexOf(b.toString('latin1', 0, 4)));
  const body = Buffer.concat(kept);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WAVE', 8, 'latin1');
  return { bytes: Buffer.concat([header, body]), dropped };
}
