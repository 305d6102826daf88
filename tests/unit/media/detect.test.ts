import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/server/media/detect';

const bytes = (s: string, pad = 32) => Buffer.concat([Buffer.from(s, 'latin1'), Buffer.alloc(pad)]);

describe('type detection from bytes', () => {
  it('recognises the supported formats by magic number', () => {
    expect(detect(bytes('\xff\xd8\xff\xe0'))).toEqual({ kind: 'image', format: 'jpeg' });
    expect(detect(bytes('\x89PNG\r\n\x1a\n'))).toEqual({ kind: 'image', format: 'png' });
    expect(detect(bytes('GIF89a'))).toEqual({ kind: 'image', format: 'gif' });
    expect(detect(bytes('II*\0'))).toEqual({ kind: 'image', format: 'tiff' });
    expect(detect(bytes('MM\0*'))).toEqual({ kind: 'image', format: 'tiff' });
    expect(detect(bytes('RIFF\0\0\0\0WEBPVP8 '))).toEqual({ kind: 'image', format: 'webp' });
    expect(detect(bytes('\0\0\0\x18ftypheic'))).toEqual({ kind: 'image', format: 'heif' });
    expect(detect(bytes('\0\0\0\x18ftypmif1'))).toEqual({ kind: 'image', format: 'heif' });
    expect(detect(bytes('RIFF\0\0\0\0WAVEfmt '))).toEqual({ kind: 'audio', format: 'wav' });
    expect(detect(bytes('ID3\x04'))).toEqual({ kind: 'audio', format: 'mp3' });
    expect(detect(bytes('\xff\xfb\x90\x64'))).toEqual({ kind: 'audio', format: 'mp3' });
    expect(detect(bytes('%PDF-1.4'))).toEqual({ kind: 'pdf', format: 'pdf' });
  });

  it('names what it does not support', () => {
    const unknown = (b: Buffer) => {
      const d = detect(b);
      return d.kind === 'unknown' ? d.description : d.kind;
    };
    expect(unknown(bytes('\0\0\0\x18ftypisom'))).toMatch(/MP4/);
    expect(unknown(bytes('RIFF\0\0\0\0AVI LIST'))).toMatch(/AVI/);
    expect(unknown(bytes('OggS'))).toMatch(/Ogg/);
    expect(unknown(bytes('BM'))).toMatch(/BMP/);
    expect(unknown(Buffer.alloc(0))).toBe('an empty file');
    expect(unknown(bytes('\xff\xf1\x50\x80'))).toBe('a file of unknown type'); // AAC ADTS is not MP3
  });
});
