/**
 * Warnings about what re-encoding cannot remove: identifying content IN the
 * pixels. Both checks are deliberately simple heuristics that prompt the
 * author to look; neither proves an image is safe, and the author must
 * acknowledge every warning (after drawing redactions) before the case can be
 * shared. Pure functions over raw pixels, so they are tested without sharp.
 */

export type ImageWarningKind = 'text' | 'face';
export interface ImageFinding {
  kind: ImageWarningKind;
  message: string;
}

/** Long side of the greyscale copy the text check runs on (smaller images are not enlarged). */
export const TEXT_ANALYSIS_SIDE = 1200;
/** Long side of the colour copy the skin check runs on. */
export const SKIN_ANALYSIS_SIDE = 256;

interface Component {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  area: number;
}

/** 8-connected components of a 0/1 mask; each is its bounding box and pixel count. */
export function components(mask: Uint8Array, width: number, height: number, maxArea = Infinity): Component[] {
  const seen = new Uint8Array(mask.length);
  const stack = new Int32Array(mask.length);
  const out: Component[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    const c: Component = { x0: width, y0: height, x1: -1, y1: -1, area: 0 };
    while (top > 0) {
      const p = stack[--top]!;
      const x = p % width;
      const y = (p - x) / width;
      c.area++;
      if (x < c.x0) c.x0 = x;
      if (x > c.x1) c.x1 = x;
      if (y < c.y0) c.y0 = y;
      if (y > c.y1) c.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const q = ny * width + nx;
          if (mask[q] && !seen[q]) {
            seen[q] = 1;
            stack[top++] = q;
          }
        }
      }
    }
    if (c.area <= maxArea) out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------
// (a) Burned-in text
//
// What it does, on a greyscale copy at most TEXT_ANALYSIS_SIDE px long:
//  1. Local contrast: each pixel is compared with the mean of the 15×15 window
//     around it (integral image). Pixels at least TEXT_CONTRAST grey levels
//     brighter form one mask, pixels that much darker another (light-on-dark
//     DICOM overlays and dark-on-light screenshots both count).
//  2. Connected components of each mask that are glyph-sized: 5–64 px tall
//     (and under 1/6 of the image height), at most 3× as wide as tall,
//     filling at least 8 % of their box, and not a fat solid blob (more than
//     72 % of the box filled while wider than 0.45× the height: spots, dots,
//     balls; thin solid bars such as I, l, 1 stay). The edge of a large
//     bright organ or object makes one long component and is dropped here.
//  3. Glyphs are chained into lines: similar height (ratio < 2), vertical
//     centres within half a glyph height, bottoms (baseline) or tops aligned
//     within 20 % of the glyph height, horizontal gap at most one glyph
//     height. A line is text when it has at least TEXT_MIN_GLYPHS glyphs.
//  4. One warning if any text line exists, saying how many and where (the
//     image's corners/edges are named because overlays usually sit there).
// Limits: it finds horizontal, printed, reasonably sharp text of about 5–64
// px glyphs after scaling; it misses rotated, handwritten, very faint, tiny
// (< 5 px after downscaling a huge image) or very large lettering, and text
// in the same colour as its surroundings. It can fire on regular patterns
// that look like a row of characters (rulers, scale bars, ECG grids with
// labels, tiled textures) and on dense scattered marks of glyph size that
// are not solid (rings, irregular spots in large numbers). It does not read the text: names, dates and IDs
// are not told apart from "L" or "R" markers — a human must look.
// ---------------------------------------------------------------------------

export const TEXT_CONTRAST = 40;
export const TEXT_MIN_GLYPHS = 4;
/** Above this fill of its box, a component wider than 0.45× its height is a solid blob. */
const SOLID_FILL = 0.72;
const WINDOW_RADIUS = 7;

export interface TextLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  glyphs: number;
}

export function findTextLines(gray: Uint8Array, width: number, height: number): TextLine[] {
  // Integral image of grey levels for O(1) window means.
  const iw = width + 1;
  const integral = new Float64Array(iw * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += gray[y * width + x]!;
      integral[(y + 1) * iw + x + 1] = integral[y * iw + x + 1]! + row;
    }
  }
  const bright = new Uint8Array(width * height);
  const dark = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const ya = Math.max(0, y - WINDOW_RADIUS);
    const yb = Math.min(height, y + WINDOW_RADIUS + 1);
    for (let x = 0; x < width; x++) {
      const xa = Math.max(0, x - WINDOW_RADIUS);
      const xb = Math.min(width, x + WINDOW_RADIUS + 1);
      const sum = integral[yb * iw + xb]! - integral[ya * iw + xb]! - integral[yb * iw + xa]! + integral[ya * iw + xa]!;
      const mean = sum / ((yb - ya) * (xb - xa));
      const v = gray[y * width + x]!;
      if (v - mean >= TEXT_CONTRAST) bright[y * width + x] = 1;
      else if (mean - v >= TEXT_CONTRAST) dark[y * width + x] = 1;
    }
  }
  const maxGlyphHeight = Math.min(64, height / 6);
  const glyphs: Component[] = [];
  for (const mask of [bright, dark]) {
    for (const c of components(mask, width, height)) {
      const w = c.x1 - c.x0 + 1;
      const h = c.y1 - c.y0 + 1;
      const fill = c.area / (w * h);
      // A fat, solid blob (a spot, a dot of a rash, a ball) is not a glyph; thin solid bars (I, l, 1) are.
      const solidBlob = fill > SOLID_FILL && w > 0.45 * h;
      if (h >= 5 && h <= maxGlyphHeight && w <= 3 * h && fill >= 0.08 && !solidBlob) glyphs.push(c);
    }
  }
  return chainLines(glyphs).filter((line) => line.glyphs >= TEXT_MIN_GLYPHS);
}

const GAP_RATIO = 1.0;
const ALIGN_RATIO = 0.2;

function chainLines(glyphs: Component[]): TextLine[] {
  glyphs.sort((a, b) => a.x0 - b.x0);
  const parent = glyphs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < glyphs.length; i++) {
    const a = glyphs[i]!;
    const ha = a.y1 - a.y0 + 1;
    const cya = (a.y0 + a.y1) / 2;
    for (let j = i + 1; j < glyphs.length; j++) {
      const b = glyphs[j]!;
      if (b.x0 - a.x1 > GAP_RATIO * 64) break; // sorted by x0: nothing further can be close
      const hb = b.y1 - b.y0 + 1;
      const h = Math.max(ha, hb);
      if (b.x0 - a.x1 > GAP_RATIO * h) continue;
      if (Math.max(ha, hb) / Math.min(ha, hb) >= 2) continue;
      if (Math.abs((b.y0 + b.y1) / 2 - cya) > h / 2) continue;
      // Printed text sits on a baseline (or, for capitals and x-height letters, under a common top).
      const tolerance = Math.max(1.5, ALIGN_RATIO * h);
      if (Math.abs(b.y1 - a.y1) > tolerance && Math.abs(b.y0 - a.y0) > tolerance) continue;
      parent[find(j)] = find(i);
    }
  }
  const lines = new Map<number, TextLine>();
  glyphs.forEach((g, i) => {
    const root = find(i);
    const line = lines.get(root);
    if (!line) lines.set(root, { x0: g.x0, y0: g.y0, x1: g.x1, y1: g.y1, glyphs: 1 });
    else {
      line.x0 = Math.min(line.x0, g.x0);
      line.y0 = Math.min(line.y0, g.y0);
      line.x1 = Math.max(line.x1, g.x1);
      line.y1 = Math.max(line.y1, g.y1);
      line.glyphs++;
    }
  });
  return [...lines.values()];
}

function placeOf(line: TextLine, width: number, height: number): string {
  const cx = (line.x0 + line.x1) / 2 / width;
  const cy = (line.y0 + line.y1) / 2 / height;
  const v = cy < 0.2 ? 'top' : cy > 0.8 ? 'bottom' : '';
  const h = cx < 0.25 ? 'left' : cx > 0.75 ? 'right' : '';
  if (v && h) return `the ${v}-${h} corner`;
  if (v || h) return `the ${v || h} edge`;
  return 'the middle';
}

export function textWarning(gray: Uint8Array, width: number, height: number): ImageFinding | null {
  const lines = findTextLines(gray, width, height);
  if (!lines.length) return null;
  const places = [...new Set(lines.map((l) => placeOf(l, width, height)))];
  return {
    kind: 'text',
    message:
      `Possible burned-in text: ${lines.length} line${lines.length === 1 ? '' : 's'} of text-like marks ` +
      `(near ${places.join(', ')}). Check for names, dates, ID numbers or hospital names and redact them.`,
  };
}

// ---------------------------------------------------------------------------
// (b) A possible face (really: a large skin-coloured region)
//
// What it does, on a colour copy at most SKIN_ANALYSIS_SIDE px long:
//  1. Each pixel is converted to YCbCr (ITU-R BT.601) and called skin when
//     77 ≤ Cb ≤ 127 and 133 ≤ Cr ≤ 173 (the Chai & Ngan 1999 box) and its
//     luma is 40 ≤ Y ≤ 235 (very dark pixels have unreliable chroma; the
//     upper bound keeps faintly pink paper such as ECG grids out). Transparent
//     pixels are never skin. Grey pixels have Cb = Cr = 128, so greyscale
//     images (radiographs, CT, ultrasound) never trigger it.
//  2. The largest 8-connected skin region is measured; one warning when it
//     covers at least SKIN_MIN_FRACTION of the image.
// Limits: this detects skin, not faces. It fires on any close-up of skin
// (most dermatology photos), on wood, sand and beige walls; that is
// intended as a prompt to look for a face, tattoo or birthmark, not a
// verdict. It misses faces in greyscale images, faces under strong coloured
// light, very dark or very pale skin outside the chroma box, and small faces
// (a passer-by in the background), and over-exposed pale skin (Y > 235).
// ---------------------------------------------------------------------------

export const SKIN_MIN_FRACTION = 0.05;

export function isSkin(r: number, g: number, b: number): boolean {
  const y = 0.299 * r + 0.587 * g + 0.114 * b;
  const cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
  const cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
  return y >= 40 && y <= 235 && cb >= 77 && cb <= 127 && cr >= 133 && cr <= 173;
}

/** Fraction of the image covered by its largest skin-coloured region. */
export function largestSkinFraction(pixels: Uint8Array, width: number, height: number, channels: number): number {
  const mask = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    if (channels === 4 && pixels[p + 3]! < 128) continue;
    if (isSkin(pixels[p]!, pixels[p + 1]!, pixels[p + 2]!)) mask[i] = 1;
  }
  let largest = 0;
  for (const c of components(mask, width, height)) largest = Math.max(largest, c.area);
  return largest / (width * height);
}

export function faceWarning(pixels: Uint8Array, width: number, height: number, channels: number): ImageFinding | null {
  const fraction = largestSkinFraction(pixels, width, height, channels);
  if (fraction < SKIN_MIN_FRACTION) return null;
  return {
    kind: 'face',
    message:
      `Possible face or identifying skin feature: a skin-coloured area covers ${Math.round(fraction * 100)}% of the image. ` +
      'Check for a face, tattoo, birthmark or jewellery and redact it.',
  };
}
