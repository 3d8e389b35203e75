#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16/32/64/80.png, plus a 128 logo): a red check mark on a
 * white rounded square with a thin grey border. Plain Node (zlib for the PNG's deflate), no image
 * library: each pixel is supersampled 4×4 so the edges are smooth at every size.
 *   node scripts/make-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA pixels (Uint8Array, width*height*4) → PNG bytes. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from point p to segment a–b. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  const qx = ax + t * dx - px, qy = ay + t * dy - py;
  return Math.sqrt(qx * qx + qy * qy);
}

/** Inside a rounded square spanning [m, 1-m] with corner radius r (unit coordinates)? */
function inRoundedSquare(x, y, m, r) {
  const lo = m + r, hi = 1 - m - r;
  const cx = Math.max(lo, Math.min(hi, x)), cy = Math.max(lo, Math.min(hi, y));
  const dx = x - cx, dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

const WHITE = [255, 255, 255];
const BORDER = [200, 200, 204];
const RED = [196, 43, 28]; // Fluent "danger" red, readable on white

/** Colour of a point in unit coordinates (x right, y down), or null for transparent. */
function sample(x, y, size) {
  const margin = size <= 16 ? 0.02 : 0.04;
  const radius = 0.18;
  const border = Math.max(1 / size, 0.025);
  if (!inRoundedSquare(x, y, margin, radius)) return null;
  // The check mark: two strokes with round caps.
  const w = size <= 16 ? 0.15 : 0.12;
  const d = Math.min(segDist(x, y, 0.24, 0.52, 0.43, 0.71), segDist(x, y, 0.43, 0.71, 0.77, 0.31));
  if (d <= w / 2) return RED;
  if (!inRoundedSquare(x, y, margin + border, radius - border)) return BORDER;
  return WHITE;
}

function draw(size) {
  const ss = 4;
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size, size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        px[i] = Math.round(r / a);
        px[i + 1] = Math.round(g / a);
        px[i + 2] = Math.round(b / a);
        px[i + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return encodePng(size, size, px);
}

function main() {
  const out = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(out, { recursive: true });
  for (const size of [16, 32, 64, 80, 128]) {
    const file = path.join(out, size === 128 ? 'logo-128.png' : `icon-${size}.png`);
    fs.writeFileSync(file, draw(size));
    console.log(`${path.relative(process.cwd(), file)} ${size}×${size}`);
  }
}

if (require.main === module) main();
module.exports = { encodePng, draw };
