import sharp from 'sharp';

type Sharp = ReturnType<typeof sharp>;
import { describe, expect, it } from 'vitest';
import { findImageWarnings, decodePixels } from '../../../src/server/media/images';
import { isSkin } from '../../../src/server/media/image-warnings';
import { gradient, svg } from './fixtures';

async function kinds(image: Sharp): Promise<string[]> {
  const bytes = await image.png().toBuffer();
  const warnings = await findImageWarnings(await decodePixels(bytes, 'png'));
  return warnings.map((w) => w.kind).sort();
}

const font = 'font-family="DejaVu Sans Mono"';
/** A dark "scan" with a soft bright blob in the middle, like an ultrasound or CT slice. */
const scan = (w: number, h: number) =>
  `<defs><radialGradient id="g"><stop offset="0" stop-color="#b0b0b0"/><stop offset="1" stop-color="#101010"/></radialGradient></defs>` +
  `<rect width="${w}" height="${h}" fill="#101010"/><ellipse cx="${w / 2}" cy="${h / 2}" rx="${w / 3}" ry="${h / 3}" fill="url(#g)"/>`;

describe('burned-in text warning', () => {
  it('warns for a DICOM-style overlay: light text in the corners of a dark scan', async () => {
    const image = svg(512, 512, `${scan(512, 512)}
      <text x="8" y="20" ${font} font-size="13" fill="#ffffff">DOE^JANE</text>
      <text x="8" y="36" ${font} font-size="13" fill="#ffffff">MRN 00482133</text>
      <text x="380" y="500" ${font} font-size="13" fill="#ffffff">2026-03-14</text>`);
    expect(await kinds(image)).toEqual(['text']);
  });

  it('warns for dark text on a light screenshot and for a single caption line', async () => {
    expect(await kinds(svg(800, 500, `<rect width="800" height="500" fill="#f4f4f4"/>
      <text x="300" y="250" font-family="DejaVu Sans" font-size="18" fill="#202020">Patient: John Smith, born 1954</text>`))).toEqual(['text']);
    expect(await kinds(svg(300, 200, `<rect width="300" height="200" fill="#444"/>
      <text x="10" y="190" font-family="DejaVu Sans" font-size="11" fill="#eee">St Mary ICU</text>`))).toEqual(['text']);
  });

  it('does not warn for a plain gradient, a smooth scan, flat colour or shapes', async () => {
    expect(await kinds(gradient(640, 480))).toEqual([]);
    expect(await kinds(svg(512, 512, scan(512, 512)))).toEqual([]);
    expect(await kinds(sharp({ create: { width: 300, height: 200, channels: 3, background: '#224466' } }))).toEqual([]);
    expect(await kinds(svg(400, 300, `<rect width="400" height="300" fill="#222"/>
      <circle cx="100" cy="150" r="60" fill="#ddd"/><rect x="220" y="60" width="120" height="180" fill="#888"/>`))).toEqual([]);
  });
});

describe('possible face warning', () => {
  it('warns for a large skin-toned oval and not for grey or blue images', async () => {
    const face = svg(300, 400, `<rect width="300" height="400" fill="#3a5f8f"/>
      <ellipse cx="150" cy="190" rx="90" ry="120" fill="#e0ac8a"/>`);
    expect(await kinds(face)).toEqual(['face']);
    expect(await kinds(svg(300, 400, scan(300, 400)))).toEqual([]);
    expect(await kinds(sharp({ create: { width: 200, height: 200, channels: 3, background: '#3a5f8f' } }))).toEqual([]);
    // Faintly pink ECG paper is not skin.
    expect(await kinds(sharp({ create: { width: 200, height: 200, channels: 3, background: '#fff0f0' } }))).toEqual([]);
  });

  it('is a skin detector, not a face detector: a beige wall warns (documented false positive)', async () => {
    expect(await kinds(sharp({ create: { width: 200, height: 200, channels: 3, background: '#d2a679' } }))).toEqual(['face']);
  });

  it('classifies a range of skin tones as skin and grey, blue and green as not', () => {
    for (const [r, g, b] of [[224, 172, 138], [198, 134, 66], [141, 85, 36], [255, 219, 172]] as const) expect(isSkin(r, g, b)).toBe(true);
    for (const [r, g, b] of [[128, 128, 128], [255, 255, 255], [58, 95, 143], [40, 160, 60], [10, 5, 3]] as const) expect(isSkin(r, g, b)).toBe(false);
  });
});
