/**
 * Test files generated on the fly with sharp and a few hand-built metadata
 * blocks, so the tests control exactly which identifying markers are in the
 * bytes before cleaning.
 */
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

type Sharp = ReturnType<typeof sharp>;

/** Strings planted in metadata; none may survive cleaning. */
export const PLANTED = {
  exifDescription: 'Jane Patient MRN 48213377',
  gpsArea: 'Elm Street Clinic',
  xmpCreator: 'Dr Adams XMP',
  iptcByline: 'Jane Patient IPTC',
  comment: 'Ward 7 bed 3',
  pngText: 'Patient: Jane Roe',
} as const;

/** Markers of the metadata blocks themselves. */
export const MARKERS = ['Exif\0\0', 'http://ns.adobe.com/xap/1.0/', 'Photoshop 3.0', '8BIM', 'ICC_PROFILE'] as const;

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** A big-endian TIFF/EXIF block: Orientation, ImageDescription and a GPS IFD (latitude ref + area text). */
export function exifBlock(orientation: number): Buffer {
  const desc = Buffer.from(`${PLANTED.exifDescription}\0`, 'latin1');
  const area = Buffer.concat([Buffer.from('ASCII\0\0\0', 'latin1'), Buffer.from(PLANTED.gpsArea, 'latin1')]);
  // Layout: header(8) | IFD0: 2 + 3*12 + 4 = 42 | GPS IFD: 2 + 2*12 + 4 = 30 | desc | area
  const ifd0 = 8;
  const gps = ifd0 + 42;
  const descAt = gps + 30;
  const areaAt = descAt + desc.length;
  const t = Buffer.alloc(areaAt + area.length);
  t.write('MM\0*', 0, 'latin1');
  t.writeUInt32BE(ifd0, 4);
  let p = ifd0;
  t.writeUInt16BE(3, p);
  p += 2;
  const entry = (tag: number, type: number, count: number, value: (at: number) => void) => {
    t.writeUInt16BE(tag, p);
    t.writeUInt16BE(type, p + 2);
    t.writeUInt32BE(count, p + 4);
    value(p + 8);
    p += 12;
  };
  entry(0x010e, 2, desc.length, (at) => t.writeUInt32BE(descAt, at));
  entry(0x0112, 3, 1, (at) => t.writeUInt16BE(orientation, at));
  entry(0x8825, 4, 1, (at) => t.writeUInt32BE(gps, at));
  t.writeUInt32BE(0, p);
  p = gps;
  t.writeUInt16BE(2, p);
  p += 2;
  entry(0x0001, 2, 2, (at) => t.write('N\0', at, 'latin1'));
  entry(0x001c, 7, area.length, (at) => t.writeUInt32BE(areaAt, at));
  t.writeUInt32BE(0, p);
  desc.copy(t, descAt);
  area.copy(t, areaAt);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), t]);
}

function xmpPacket(): Buffer {
  return Buffer.from(
    'http://ns.adobe.com/xap/1.0/\0' +
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      `<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${PLANTED.xmpCreator}</dc:creator>` +
      '</rdf:Description></rdf:RDF></x:xmpmeta>',
    'latin1',
  );
}

function iptcBlock(): Buffer {
  const value = Buffer.from(PLANTED.iptcByline, 'latin1');
  const record = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50, 0x00, value.length]), value]);
  const padded = record.length % 2 ? Buffer.concat([record, Buffer.alloc(1)]) : record;
  const size = Buffer.alloc(4);
  size.writeUInt32BE(record.length);
  return Buffer.concat([
    Buffer.from('Photoshop 3.0\0', 'latin1'),
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0x00, 0x00]),
    size,
    padded,
  ]);
}

/**
 * A JPEG (width×height as stored) with an ICC profile (Display P3, written by
 * sharp) plus EXIF (orientation, description, GPS), XMP, IPTC and a comment
 * spliced in after SOI.
 */
export async function jpegWithMetadata(width: number, height: number, orientation = 1): Promise<Buffer> {
  const base = await sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg({ quality: 95 })
    .withIccProfile('p3')
    .toBuffer();
  return Buffer.concat([
    base.subarray(0, 2),
    segment(0xe1, exifBlock(orientation)),
    segment(0xe1, xmpPacket()),
    segment(0xed, iptcBlock()),
    segment(0xfe, Buffer.from(PLANTED.comment, 'latin1')),
    base.subarray(2),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG with eXIf, XMP (iTXt), an ICC profile (iCCP) — via sharp — and a tEXt chunk spliced after IHDR. */
export async function pngWithMetadata(pixels: Sharp): Promise<Buffer> {
  const base = await pixels
    .png()
    .withExif({ IFD0: { ImageDescription: PLANTED.exifDescription } })
    .withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/">${PLANTED.xmpCreator}</x:xmpmeta>`)
    .withIccProfile('p3')
    .toBuffer();
  const ihdrEnd = 8 + 8 + 13 + 4;
  const text = pngChunk('tEXt', Buffer.from(`Author\0${PLANTED.pngText}`, 'latin1'));
  return Buffer.concat([base.subarray(0, ihdrEnd), text, base.subarray(ihdrEnd)]);
}

export function containsAny(bytes: Buffer, needles: readonly string[]): string[] {
  return needles.filter((n) => bytes.includes(Buffer.from(n, 'latin1')));
}

/** A horizontal grey gradient. */
export function gradient(width: number, height: number): Sharp {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = Math.round((x / (width - 1)) * 255);
      data.fill(v, (y * width + x) * 3, (y * width + x) * 3 + 3);
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } });
}

/** An SVG rendered by sharp (librsvg; DejaVu fonts are installed here). */
export function svg(width: number, height: number, body: string): Sharp {
  return sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`));
}

// --- audio ---

function riffChunk(id: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(id, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

export const WAV_SAMPLES = Buffer.from(Array.from({ length: 800 }, (_, i) => Math.round(128 + 100 * Math.sin(i / 5))));

/** 8 kHz mono 8-bit PCM with LIST/INFO, bext and id3 chunks around fmt and data. */
export function wavWithMetadata(): Buffer {
  const fmt = Buffer.alloc(16);
  fmt.writeUInt16LE(1, 0);
  fmt.writeUInt16LE(1, 2);
  fmt.writeUInt32LE(8000, 4);
  fmt.writeUInt32LE(8000, 8);
  fmt.writeUInt16LE(1, 12);
  fmt.writeUInt16LE(8, 14);
  const info = Buffer.concat([Buffer.from('INFO', 'latin1'), riffChunk('IART', Buffer.from('Jane Patient\0', 'latin1'))]);
  const bext = Buffer.alloc(602);
  bext.write('Recorded at Elm Street Clinic', 0, 'latin1');
  const id3 = Buffer.from('ID3\x03\x00\x00\x00\x00\x00\x0aTIT2Jane', 'latin1');
  const body = Buffer.concat([
    Buffer.from('WAVE', 'latin1'),
    riffChunk('bext', bext),
    riffChunk('fmt ', fmt),
    riffChunk('LIST', info),
    riffChunk('data', WAV_SAMPLES),
    riffChunk('id3 ', id3),
  ]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
}

/** A few MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz: 417 bytes each) with ID3v2, APEv2 and ID3v1 tags. */
export const MP3_FRAMES = Buffer.concat(
  Array.from({ length: 3 }, () => {
    const frame = Buffer.alloc(417, 0x55);
    frame.set([0xff, 0xfb, 0x90, 0x64]);
    return frame;
  }),
);

export function mp3WithMetadata(): Buffer {
  const frame = Buffer.from('TIT2\x00\x00\x00\x0d\x00\x00\x00Jane Patient', 'latin1');
  const id3v2 = Buffer.concat([Buffer.from('ID3\x03\x00\x00\x00\x00\x00', 'latin1'), Buffer.from([frame.length]), frame]);
  const item = Buffer.concat([Buffer.from([12, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('Artist\0Jane Patient', 'latin1')]);
  const apeFooter = Buffer.alloc(32);
  apeFooter.write('APETAGEX', 0, 'latin1');
  apeFooter.writeUInt32LE(2000, 8);
  apeFooter.writeUInt32LE(item.length + 32, 12);
  apeFooter.writeUInt32LE(1, 16);
  apeFooter.writeUInt32LE(0, 20);
  const id3v1 = Buffer.alloc(128);
  id3v1.write('TAGJane Patient v1', 0, 'latin1');
  return Buffer.concat([id3v2, MP3_FRAMES, item, apeFooter, id3v1]);
}
