// Draws the Réserve icons (a shield with an exclamation mark on a navy rounded square) at every
// size the manifests need, as PNGs, with Node's zlib only. Run: node extension/icons/make-icons.mjs
// (the PNGs are committed; the build copies them).
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const NAVY = [30, 58, 95];
const WHITE = [255, 255, 255];
const AMBER = [245, 158, 11];

/** Colour of a point in the unit square (0..1), or null for transparent. */
function shade(x, y) {
  const r = 0.19;
  const inset = 0.03;
  const cx = Math.min(Math.max(x, inset + r), 1 - inset - r);
  const cy = Math.min(Math.max(y, inset + r), 1 - inset - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const shield = (s) => {
    // Shield: top edge at y=0.16+s, sides to y=0.5, then a curve to the tip at 0.86-s.
    const top = 0.16 + s;
    const half = 0.3 - s;
    if (y < top || y > 0.86 - s) return false;
    if (y <= 0.5) return Math.abs(x - 0.5) <= half;
    const t = (y - 0.5) / (0.86 - s - 0.5);
    return Math.abs(x - 0.5) <= half * Math.sqrt(Math.max(0, 1 - t * t));
  };
  if (shield(0.05)) {
    if (Math.abs(x - 0.5) <= 0.05 && y >= 0.3 && y <= 0.56) return AMBER;
    if ((x - 0.5) ** 2 + (y - 0.66) ** 2 <= 0.052 ** 2) return AMBER;
    return NAVY;
  }
  if (shield(0)) return WHITE;
  return NAVY;
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const SS = 4; // supersampling per axis
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 96, 128]) fs.writeFileSync(path.join(here, `icon-${size}.png`), png(size));
