// The extension's icon, drawn as a PNG of any size with no image library: a dark rounded
// square with three lines of "text", highlighted in the person, organization and place colours.
import { deflateSync, crc32 } from 'node:zlib';

const BG = [0x1f, 0x23, 0x28];
const TEXT = [0x5b, 0x63, 0x6e];
// [y, height, [x0, x1, colour]...] in units of the icon's side
const LINES = [
  [0.24, 0.13, [0.16, 0.30, TEXT], [0.34, 0.84, [0xff, 0xb3, 0x66]]],
  [0.44, 0.13, [0.16, 0.58, [0x8f, 0xb3, 0xff]], [0.62, 0.84, TEXT]],
  [0.64, 0.13, [0.16, 0.38, TEXT], [0.42, 0.70, [0x8f, 0xd6, 0x94]]],
];

function inRounded(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The colour at (x, y) in [0, 1]², or null outside the icon. */
function colourAt(x, y) {
  if (!inRounded(x, y, 0, 0, 1, 1, 0.22)) return null;
  for (const [ly, h, ...segs] of LINES) {
    for (const [x0, x1, c] of segs) if (inRounded(x, y, x0, ly, x1, ly + h, h / 2)) return c;
  }
  return BG;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A size×size RGBA PNG, each pixel averaged over 4×4 samples (anti-aliased edges). */
export function icon(size) {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = colourAt((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
        }
      }
      const o = row + 1 + px * 4;
      if (a) { raw[o] = Math.round(r / a); raw[o + 1] = Math.round(g / a); raw[o + 2] = Math.round(b / a); }
      raw[o + 3] = Math.round((255 * a) / (S * S));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}
