import sharp from 'sharp';

type Sharp = ReturnType<typeof sharp>;
import { describe, expect, it } from 'vitest';
import { RoundsError } from '../../../src/shared/api';
import { redactImage, sanitise } from '../../../src/server/media';
import { containsAny, jpegWithMetadata, MARKERS, PLANTED, pngWithMetadata, svg } from './fixtures';

const planted = Object.values(PLANTED);

async function expectNoMetadata(bytes: Buffer): Promise<void> {
  expect(containsAny(bytes, [...MARKERS, ...planted, 'iCCP', 'eXIf', 'tEXt', 'iTXt', 'zTXt'])).toEqual([]);
  const meta = await sharp(bytes).metadata();
  expect(meta.exif).toBeUndefined();
  expect(meta.xmp).toBeUndefined();
  expect(meta.iptc).toBeUndefined();
  expect(meta.icc).toBeUndefined();
  expect(meta.comments ?? []).toEqual([]);
}

async function refusal(promise: Promise<unknown>): Promise<RoundsError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(RoundsError);
    return error as RoundsError;
  }
  throw new Error('expected a refusal');
}

describe('image cleaning', () => {
  it('re-encodes a JPEG without EXIF, GPS, XMP, IPTC, ICC or comments, after applying its orientation', async () => {
    const input = await jpegWithMetadata(64, 48, 6);
    expect(containsAny(input, [...MARKERS, ...planted.slice(0, 5)])).toEqual([...MARKERS, ...planted.slice(0, 5)]);
    const before = await sharp(input).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif && before.xmp && before.iptc && before.icc).toBeTruthy();

    const out = await sanitise(input, 'IMG_2231.jpg');
    expect(out.mime).toBe('image/jpeg');
    await expectNoMetadata(out.bytes);
    // Orientation 6 (rotate 90° clockwise) was applied to the pixels, then dropped.
    expect([out.width, out.height]).toEqual([48, 64]);
    const after = await sharp(out.bytes).metadata();
    expect([after.width, after.height, after.orientation ?? 1]).toEqual([48, 64, 1]);
  });

  it('re-encodes a PNG without eXIf, XMP, iCCP or tEXt, keeping transparency and colour', async () => {
    const pixels = sharp({ create: { width: 20, height: 10, channels: 4, background: { r: 10, g: 200, b: 30, alpha: 0.5 } } });
    const input = await pngWithMetadata(pixels);
    expect(containsAny(input, ['iCCP', 'eXIf', 'tEXt', 'XML:com.adobe.xmp', PLANTED.pngText])).toHaveLength(5);
    const out = await sanitise(input, 'photo.png');
    expect(out.mime).toBe('image/png');
    await expectNoMetadata(out.bytes);
    const { data, info } = await sharp(out.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(4);
    // The input was written in Display P3; converted back to sRGB it is within a level or two.
    [10, 200, 30, 128].forEach((v, i) => expect(Math.abs(data[i]! - v)).toBeLessThanOrEqual(2));
  });

  it('turns WebP, TIFF, GIF and AVIF (HEIF) into JPEG or PNG without metadata', async () => {
    const opaque = () => sharp({ create: { width: 16, height: 16, channels: 3, background: '#884422' } });
    const withMeta = (s: Sharp) =>
      s.withExif({ IFD0: { ImageDescription: PLANTED.exifDescription } }).withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/">${PLANTED.xmpCreator}</x:xmpmeta>`);
    const cases: [string, Buffer, string][] = [
      ['a.webp', await withMeta(opaque().webp()).toBuffer(), 'image/jpeg'],
      ['a.tif', await withMeta(opaque().tiff()).toBuffer(), 'image/jpeg'],
      ['a.gif', await opaque().gif().toBuffer(), 'image/png'],
      ['a.avif', await withMeta(opaque().avif()).toBuffer(), 'image/jpeg'],
      ['alpha.webp', await sharp({ create: { width: 8, height: 8, channels: 4, background: { r: 1, g: 2, b: 3, alpha: 0.2 } } }).webp({ lossless: true }).toBuffer(), 'image/png'],
    ];
    for (const [name, bytes, mime] of cases) {
      const out = await sanitise(bytes, name);
      expect(out.mime, name).toBe(mime);
      await expectNoMetadata(out.bytes);
    }
  });

  it('converts 16-bit and CMYK input to 8-bit sRGB, and stores grey images with one channel', async () => {
    const p16 = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).toColourspace('rgb16').png().toBuffer();
    const out16 = await sanitise(p16, 'a.png');
    const raw16 = await sharp(out16.bytes).raw().toBuffer({ resolveWithObject: true });
    expect([...raw16.data.subarray(0, 3)]).toEqual([0x33, 0x66, 0x99]);
    const cmyk = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).toColourspace('cmyk').jpeg().toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    expect((await sharp((await sanitise(cmyk, 'a.jpg')).bytes).metadata()).space).toBe('srgb');

    const grey = await svg(16, 16, '<rect width="16" height="16" fill="#808080"/><rect width="8" height="8" fill="#202020"/>').png().toBuffer();
    const outGrey = await sanitise(grey, 'xray.png');
    expect((await sharp(outGrey.bytes).metadata()).channels).toBe(1);
    const greyAt = async (bytes: Buffer, ...indexes: number[]) => {
      const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
      return indexes.map((i) => data[i * info.channels]);
    };
    expect(await greyAt(outGrey.bytes, 0, 15)).toEqual([0x20, 0x80]);
    // Redaction of a grey image stays exact.
    const redacted = await redactImage(outGrey.bytes, 'png', [{ x: 8, y: 8, width: 8, height: 8 }]);
    expect((await sharp(redacted.bytes).metadata()).channels).toBe(1);
    expect(await greyAt(redacted.bytes, 0, 15, 255)).toEqual([0x20, 0x80, 0]);
  });

  it('keeps only the first frame of an animated GIF', async () => {
    const frame = (colour: string) => sharp({ create: { width: 10, height: 8, channels: 3, background: colour } }).png().toBuffer();
    const gif = await sharp([await frame('#ff0000'), await frame('#0000ff')], { join: { animated: true } }).gif().toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(2);
    const out = await sanitise(gif, 'loop.gif');
    expect([out.mime, out.width, out.height]).toEqual(['image/png', 10, 8]);
    const meta = await sharp(out.bytes).metadata();
    expect(meta.pages ?? 1).toBe(1);
    const { data } = await sharp(out.bytes).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([255, 0, 0]);
  });

  it('refuses an undecodable HEIC with a message that says what to do', async () => {
    const fake = Buffer.concat([Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(64)]);
    const error = await refusal(sanitise(fake, 'IMG_0001.HEIC'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/HEIC.*export it as JPEG or PNG/);
  });

  it('refuses a damaged image, an unknown type, a mismatched name, PDFs and oversized files', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer();
    expect((await refusal(sanitise(png.subarray(0, 40), 'x.png'))).message).toMatch(/could not be decoded/);
    expect((await refusal(sanitise(png, 'scan.jpg'))).message).toMatch(/"jpg" file whose contents are PNG/);
    expect((await refusal(sanitise(Buffer.from('%PDF-1.7\n...'), 'report.pdf'))).message).toBe(
      'PDF attachments cannot be de-identified automatically yet; export the pages as images and attach those.',
    );
    const dicom = Buffer.concat([Buffer.alloc(128), Buffer.from('DICM'), Buffer.alloc(32)]);
    expect((await refusal(sanitise(dicom, 'ct.dcm'))).message).toMatch(/a DICOM file, which Rounds cannot attach/);
    expect((await refusal(sanitise(Buffer.from('PK\x03\x04rest'), 'notes.docx'))).message).toMatch(/ZIP archive/);
    expect((await refusal(sanitise(Buffer.from('hello'), 'hello.txt'))).message).toMatch(/unknown type/);
    const big = Buffer.alloc(25 * 1024 * 1024 + 1);
    png.copy(big);
    expect((await refusal(sanitise(big, 'big.png'))).message).toMatch(/limited to 25 MB/);
  });
});

describe('redaction', () => {
  it('burns opaque black boxes into PNG pixels and leaves every other pixel exactly as it was', async () => {
    const clean = await sanitise(await svg(40, 30, '<rect width="40" height="30" fill="#3070b0"/><circle cx="20" cy="15" r="8" fill="#f0d0a0"/>').png().toBuffer(), 'a.png');
    const before = await sharp(clean.bytes).raw().toBuffer({ resolveWithObject: true });
    const boxes = [{ x: 5, y: 4, width: 10, height: 6 }, { x: 30, y: 20, width: 10, height: 10 }];
    const out = await redactImage(clean.bytes, 'png', boxes);
    const after = await sharp(out.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(after.info).toMatchObject({ width: 40, height: 30, channels: before.info.channels });
    const ch = after.info.channels;
    const inside = (x: number, y: number) => boxes.some((b) => x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height);
    let blackInside = 0;
    let changedOutside = 0;
    for (let y = 0; y < 30; y++) {
      for (let x = 0; x < 40; x++) {
        const p = (y * 40 + x) * ch;
        const px = [...after.data.subarray(p, p + 3)];
        if (inside(x, y)) blackInside += Number(px.every((v) => v === 0));
        else changedOutside += Number(px.some((v, i) => v !== before.data[p + i]));
      }
    }
    expect(blackInside).toBe(10 * 6 + 10 * 10);
    expect(changedOutside).toBe(0);
    await expectNoMetadata(out.bytes);
  });

  it('burns boxes into a JPEG within compression tolerance', async () => {
    const clean = await sanitise(await jpegWithMetadata(64, 64), 'a.jpg');
    const out = await redactImage(clean.bytes, 'jpeg', [{ x: 16, y: 16, width: 32, height: 32 }]);
    const { data } = await sharp(out.bytes).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * 64 + x) * 3, (y * 64 + x) * 3 + 3)];
    for (const [x, y] of [[20, 20], [32, 32], [44, 44]] as const) expect(Math.max(...at(x, y))).toBeLessThan(12);
    const bg = at(2, 2);
    expect(Math.abs(bg[2]! - 200)).toBeLessThan(20);
  });

  it('refuses boxes outside the image', async () => {
    const clean = await sanitise(await svg(10, 10, '<rect width="10" height="10" fill="red"/>').png().toBuffer(), 'a.png');
    for (const box of [{ x: 5, y: 5, width: 6, height: 1 }, { x: -1, y: 0, width: 2, height: 2 }, { x: 0, y: 0, width: 0, height: 2 }, { x: 0.5, y: 0, width: 2, height: 2 }]) {
      expect((await refusal(redactImage(clean.bytes, 'png', [box]))).message).toMatch(/not inside the 10×10 image/);
    }
  });
});
