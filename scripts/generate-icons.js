/**
 * Writes the add-in's icons (assets/icon-<size>.png): a blue rounded square carrying a white
 * bar chart of three rising bars. Pure Node (zlib), so no native image package is needed.
 * Run: node scripts/generate-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Pixel sizes the manifest and the Office store ask for. */
const SIZES = [16, 32, 64, 80, 128];
/** Samples per pixel edge: the shapes are anti-aliased by averaging SS×SS samples. */
const SS = 4;
const BLUE = [0, 90, 158];
const WHITE = [255, 255, 255];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (size×size×4 bytes) as a PNG file. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Inside the rounded square spanning [0,1]², corner radius r. */
function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.pow(x - cx, 2) + Math.pow(y - cy, 2) <= r * r;
}

/** Three bars, left to right, rising; coordinates in the unit square, y downwards. */
const BARS = [
  { x0: 0.2, x1: 0.34, top: 0.55 },
  { x0: 0.43, x1: 0.57, top: 0.38 },
  { x0: 0.66, x1: 0.8, top: 0.2 },
];
const BASELINE = 0.8;

function inBar(x, y) {
  return BARS.some((b) => x >= b.x0 && x < b.x1 && y >= b.top && y < BASELINE);
}

/** Renders the logo at one size: straight-alpha RGBA. */
function renderIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (!inRoundedSquare(x, y, 0.18)) continue;
          cover++;
          if (inBar(x, y)) white++;
        }
      }
      const o = (py * size + px) * 4;
      if (cover === 0) continue;
      const w = white / cover;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BLUE[c] * (1 - w) + WHITE[c] * w);
      rgba[o + 3] = Math.round((255 * cover) / (SS * SS));
    }
  }
  return encodePng(size, rgba);
}

function main() {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, renderIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

module.exports = { encodePng, renderIcon, SIZES };

if (require.main === module) main();
