/**
 * Measures the two pixel heuristics on a generated set: how many text images
 * warn (recall) and how many plain images warn (false alarms). The figures
 * are printed so a change to the heuristics shows its effect; the assertions
 * hold the floor. Generated images are easy cases compared with real scans
 * and photos — see image-warnings.ts for the limits.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodePixels, findImageWarnings } from '../../../src/server/media/images';

type Sharp = ReturnType<typeof sharp>;
const svg = (w: number, h: number, body: string): Sharp =>
  sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${body}</svg>`));

let seed = 42;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};

const scan = (w: number, h: number) =>
  `<defs><radialGradient id="g"><stop offset="0" stop-color="#b0b0b0"/><stop offset="1" stop-color="#101010"/></radialGradient></defs>` +
  `<rect width="${w}" height="${h}" fill="#101010"/><ellipse cx="${w / 2}" cy="${h / 2}" rx="${w / 3}" ry="${h / 3}" fill="url(#g)"/>`;

const FONTS = ['DejaVu Sans', 'DejaVu Sans Mono', 'DejaVu Serif', 'Liberation Sans', 'Liberation Serif'];
const LABELS = ['DOE^JANE', 'MRN 00482133', '14-Mar-2026 10:22', 'St Mary Hospital', 'Acc: 7781204', 'Smith, John 1954'];

function textSet(): [string, Sharp][] {
  const out: [string, Sharp][] = [];
  for (const font of FONTS) {
    for (const size of [9, 12, 16, 24]) {
      const label = LABELS[Math.floor(rnd() * LABELS.length)]!;
      const weight = rnd() < 0.3 ? 'bold' : 'normal';
      const corner = rnd() < 0.5 ? { x: 6, y: size + 4 } : { x: 250, y: 505 };
      out.push([`${font} ${size}px ${weight} light-on-scan "${label}"`, svg(512, 512, `${scan(512, 512)}<text x="${corner.x}" y="${corner.y}" font-family="${font}" font-weight="${weight}" font-size="${size}" fill="#e8e8e8">${label}</text>`)]);
      out.push([`${font} ${size}px dark-on-light "${label}"`, svg(700, 400, `<rect width="700" height="400" fill="#f2f2f2"/><text x="${40 + rnd() * 300}" y="${40 + rnd() * 300}" font-family="${font}" font-size="${size}" fill="#222">${label}</text>`)]);
    }
  }
  return out;
}

function plainSet(): [string, Sharp][] {
  const out: [string, Sharp][] = [];
  const gradient = (w: number, h: number, vertical: boolean) => {
    const d = Buffer.alloc(w * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) d[y * w + x] = Math.round(((vertical ? y / (h - 1) : x / (w - 1))) * 255);
    return sharp(d, { raw: { width: w, height: h, channels: 1 } });
  };
  out.push(['horizontal gradient', gradient(640, 480, false)], ['vertical gradient', gradient(480, 640, true)]);
  out.push(['smooth scan', svg(512, 512, scan(512, 512))]);
  for (let i = 0; i < 4; i++) {
    const d = Buffer.alloc(400 * 300 * 3);
    for (let j = 0; j < d.length; j++) d[j] = Math.floor(rnd() * 256);
    out.push([`blurred noise ${i}`, sharp(d, { raw: { width: 400, height: 300, channels: 3 } }).blur(2 + i)]);
  }
  for (const cell of [6, 12, 24]) {
    const d = Buffer.alloc(360 * 360);
    for (let y = 0; y < 360; y++) for (let x = 0; x < 360; x++) d[y * 360 + x] = ((Math.floor(x / cell) + Math.floor(y / cell)) % 2) * 255;
    out.push([`checkerboard ${cell}px`, sharp(d, { raw: { width: 360, height: 360, channels: 1 } })]);
  }
  for (const n of [20, 60, 150]) {
    let body = '<rect width="800" height="600" fill="#e0ac8a"/>';
    for (let i = 0; i < n; i++) body += `<ellipse cx="${rnd() * 800}" cy="${rnd() * 600}" rx="${3 + rnd() * 6}" ry="${3 + rnd() * 6}" fill="#8a3b2a"/>`;
    out.push([`${n} spots on skin (rash)`, svg(800, 600, body)]);
  }
  out.push(['shapes', svg(400, 300, '<rect width="400" height="300" fill="#222"/><circle cx="100" cy="150" r="60" fill="#ddd"/><rect x="220" y="60" width="120" height="180" fill="#888"/>')]);
  out.push(['ECG-like trace on pink grid', svg(600, 300, '<rect width="600" height="300" fill="#fff0f0"/>' + Array.from({ length: 30 }, (_, i) => `<line x1="${i * 20}" y1="0" x2="${i * 20}" y2="300" stroke="#f4a0a0"/>`).join('') + `<polyline fill="none" stroke="#000" stroke-width="2" points="${Array.from({ length: 60 }, (_, i) => `${i * 10},${150 + (i % 10 === 5 ? -80 : i % 10 === 6 ? 40 : 0)}`).join(' ')}"/>`)]);
  return out;
}

async function kinds(image: Sharp): Promise<string[]> {
  const pixels = await decodePixels(await image.png().toBuffer(), 'png');
  return (await findImageWarnings(pixels)).map((w) => w.kind);
}

describe('heuristics measured on generated images', () => {
  it('text: warns on nearly all rendered labels and on none of the plain images', async () => {
    const texts = textSet();
    const plains = plainSet();
    const missed: string[] = [];
    for (const [name, image] of texts) if (!(await kinds(image)).includes('text')) missed.push(name);
    const falseAlarms: string[] = [];
    for (const [name, image] of plains) if ((await kinds(image)).includes('text')) falseAlarms.push(name);
    console.log(
      `text heuristic: ${texts.length - missed.length}/${texts.length} labelled images warned; ` +
        `${falseAlarms.length}/${plains.length} plain images warned` +
        (missed.length ? `\n  missed: ${missed.join('; ')}` : '') +
        (falseAlarms.length ? `\n  false alarms: ${falseAlarms.join('; ')}` : ''),
    );
    expect((texts.length - missed.length) / texts.length).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms).toEqual([]);
  });

  it('face: warns on large skin-toned ovals of many tones and not on grey, blue, green or pink images', async () => {
    const tones = ['#ffdbac', '#f1c27d', '#e0ac8a', '#c68642', '#8d5524', '#6b4226'];
    const backgrounds = ['#3a5f8f', '#a0c0a0', '#303030', '#f0f0f0'];
    const faces: [string, Sharp][] = [];
    for (const tone of tones) {
      for (const scale of [0.15, 0.3]) {
        const bg = backgrounds[Math.floor(rnd() * backgrounds.length)]!;
        faces.push([`${tone} oval (${scale}) on ${bg}`, svg(400, 500, `<rect width="400" height="500" fill="${bg}"/><ellipse cx="200" cy="240" rx="${400 * scale}" ry="${500 * scale}" fill="${tone}"/>`)]);
      }
    }
    const plains: [string, Sharp][] = [
      ...plainSet().filter(([name]) => !name.includes('on skin')),
      ...backgrounds.map((bg): [string, Sharp] => [`flat ${bg}`, sharp({ create: { width: 200, height: 200, channels: 3, background: bg } })]),
    ];
    const missed: string[] = [];
    for (const [name, image] of faces) if (!(await kinds(image)).includes('face')) missed.push(name);
    const falseAlarms: string[] = [];
    for (const [name, image] of plains) if ((await kinds(image)).includes('face')) falseAlarms.push(name);
    console.log(
      `face (skin) heuristic: ${faces.length - missed.length}/${faces.length} skin ovals warned; ` +
        `${falseAlarms.length}/${plains.length} non-skin images warned` +
        (missed.length ? `\n  missed: ${missed.join('; ')}` : '') +
        (falseAlarms.length ? `\n  false alarms: ${falseAlarms.join('; ')}` : ''),
    );
    expect(missed.length).toBeLessThanOrEqual(2);
    expect(falseAlarms).toEqual([]);
  });
});
