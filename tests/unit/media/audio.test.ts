import { describe, expect, it } from 'vitest';
import { RoundsError } from '../../../src/shared/api';
import { sanitise } from '../../../src/server/media';
import { stripMp3 } from '../../../src/server/media/mp3';
import { stripWav } from '../../../src/server/media/wav';
import { containsAny, MP3_FRAMES, mp3WithMetadata, WAV_SAMPLES, wavWithMetadata } from './fixtures';

function chunkIds(wav: Buffer): string[] {
  const ids: string[] = [];
  for (let at = 12; at + 8 <= wav.length; ) {
    const size = wav.readUInt32LE(at + 4);
    ids.push(wav.toString('latin1', at, at + 4));
    at += 8 + size + (size % 2);
  }
  return ids;
}

describe('WAV', () => {
  it('keeps fmt and data and drops LIST/INFO, bext and id3 chunks', async () => {
    const input = wavWithMetadata();
    expect(chunkIds(input)).toEqual(['bext', 'fmt ', 'LIST', 'data', 'id3 ']);
    expect(containsAny(input, ['Jane Patient', 'Elm Street', 'INFO', 'ID3'])).toHaveLength(4);
    const out = await sanitise(input, 'dictation.wav');
    expect(out.mime).toBe('audio/wav');
    expect(chunkIds(out.bytes)).toEqual(['fmt ', 'data']);
    expect(out.removed).toEqual(['bext', 'LIST', 'id3 ']);
    expect(containsAny(out.bytes, ['Jane', 'Elm Street', 'INFO', 'ID3'])).toEqual([]);
    expect(out.bytes.readUInt32LE(4)).toBe(out.bytes.length - 8);
    expect(out.bytes.subarray(out.bytes.length - WAV_SAMPLES.length)).toEqual(WAV_SAMPLES);
  });

  it('refuses a WAV without sound data or with a truncated chunk', () => {
    const noData = Buffer.concat([Buffer.from('RIFF\x04\x00\x00\x00WAVE', 'latin1')]);
    expect(() => stripWav(noData)).toThrow(/no format or sound data/);
    const truncated = wavWithMetadata().subarray(0, 100);
    expect(() => stripWav(truncated)).toThrow(RoundsError);
  });
});

describe('MP3', () => {
  it('strips ID3v2 at the start, APEv2 and ID3v1 at the end and keeps the frames byte for byte', async () => {
    const input = mp3WithMetadata();
    expect(containsAny(input, ['ID3', 'APETAGEX', 'TAG', 'Jane Patient'])).toHaveLength(4);
    const out = await sanitise(input, 'heart-sounds.mp3');
    expect(out.mime).toBe('audio/mpeg');
    expect(out.bytes).toEqual(MP3_FRAMES);
    expect(out.removed).toEqual(['ID3v2', 'ID3v1', 'APE']);
  });

  it('accepts untagged frames and refuses tags with no audio after them', () => {
    expect(stripMp3(MP3_FRAMES).bytes).toEqual(MP3_FRAMES);
    const onlyTag = Buffer.from('ID3\x03\x00\x00\x00\x00\x00\x00more bytes that are not frames', 'latin1');
    expect(() => stripMp3(onlyTag)).toThrow(/does not contain MP3 audio/);
  });
});

describe('MP3 frame walk', () => {
  it('drops bytes hidden between and after frames and a cut final frame', () => {
    const frame = MP3_FRAMES.subarray(0, 417);
    const hidden = Buffer.from('Patient Jane Doe, MRN 48213377', 'latin1');
    const input = Buffer.concat([frame, hidden, frame, frame, Buffer.from('trailing note'), frame.subarray(0, 100)]);
    const out = stripMp3(input);
    expect(out.bytes).toEqual(MP3_FRAMES);
    expect(out.dropped).toEqual([`${hidden.length + 13 + 100} bytes between or after the audio frames`]);
    expect(containsAny(out.bytes, ['Jane', 'trailing'])).toEqual([]);
  });
});
