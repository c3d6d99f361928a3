#!/usr/bin/env node
/**
 * Draws the Teams app icons (manifest/color.png, manifest/outline.png) from geometry, so they can be
 * redrawn the same byte for byte: `node scripts/make-icons.js [--out <dir>]`.
 *
 * The glyph is a contact card (a person and two text lines) with a check mark: a contact person, named.
 * Teams' rules (learn.microsoft.com, "Teams app package" and "Teams app icon for Teams Store and app bar"):
 * - color.png: 192x192, full-bleed square on a flat background (Teams rounds the corners itself), the
 *   glyph inside the central 120x120 safe area, no border.
 * - outline.png: 32x32, white (255,255,255) on a fully transparent background (alpha 0), no other colour,
 *   no extra padding around the symbol. We keep a 1 px transparent edge so scaling never smears white
 *   into the frame, and draw every pixel white so only alpha varies.
 */
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');

/** Samples per pixel side: 8x8 sub-samples give smooth, deterministic edges without a graphics library. */
const SUPERSAMPLE = 8;

// Signed distance functions: negative inside the shape, positive outside.
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const roundRect = (x0, y0, x1, y1, r) => {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = (x1 - x0) / 2 - r;
  const hh = (y1 - y0) / 2 - r;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hw;
    const qy = Math.abs(y - cy) - hh;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
};
const segmentDistance = (x, y, [ax, ay], [bx, by]) => {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};
/** A stroke of the given width along the points, with round ends and joins. */
const stroke = (points, width) => (x, y) => {
  let d = Infinity;
  for (let i = 1; i < points.length; i++) d = Math.min(d, segmentDistance(x, y, points[i - 1], points[i]));
  return d - width / 2;
};
const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));
const intersect =
  (...shapes) =>
  (x, y) =>
    Math.max(...shapes.map((s) => s(x, y)));
const minus = (shape, cut) => (x, y) => Math.max(shape(x, y), -cut(x, y));
const above = (limit) => (_x, y) => y - limit;
/** The band of the given width just inside a shape's edge. */
const ring = (shape, width) => (x, y) => Math.max(shape(x, y), -(shape(x, y) + width));

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

/** Calls paint(x, y) at every sub-sample of every pixel and averages what it returns ([r, g, b, a]). */
function rasterise(size, paint) {
  const png = new PNG({ width: size, height: size });
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const rgba = paint(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE);
          for (let c = 0; c < 4; c++) sum[c] += rgba[c];
        }
      }
      const at = (py * size + px) * 4;
      for (let c = 0; c < 4; c++) png.data[at + c] = Math.round(sum[c] / n);
    }
  }
  return png;
}

/** The accent colour in the manifest is the same blue, so the tile and the app's accents match. */
const BLUE = '#1B5E9E';

function colorIcon() {
  const badge = [134, 126];
  // Painted in order; the last layer that covers a sub-sample gives its colour.
  const layers = [
    [roundRect(38, 46, 142, 132, 12), hex('#FFFFFF')],
    [circle(66, 74, 12), hex(BLUE)],
    [intersect(circle(66, 118, 22), above(114)), hex(BLUE)],
    [
      stroke(
        [
          [92, 70],
          [124, 70],
        ],
        7,
      ),
      hex('#A9C4E0'),
    ],
    [
      stroke(
        [
          [92, 88],
          [118, 88],
        ],
        7,
      ),
      hex('#A9C4E0'),
    ],
    [
      stroke(
        [
          [92, 106],
          [106, 106],
        ],
        7,
      ),
      hex('#A9C4E0'),
    ],
    [circle(badge[0], badge[1], 27), hex(BLUE)],
    [circle(badge[0], badge[1], 22), hex('#1E7F46')],
    [
      stroke(
        [
          [122, 127],
          [131, 136],
          [146, 118],
        ],
        7,
      ),
      hex('#FFFFFF'),
    ],
  ];
  const background = hex(BLUE);
  return rasterise(192, (x, y) => {
    let rgb = background;
    for (const [shape, colour] of layers) if (shape(x, y) <= 0) rgb = colour;
    return [...rgb, 255];
  });
}

function outlineIcon() {
  // The check sits in a gap cut out of the card's lower right corner, as the badge does in the colour icon.
  const badge = circle(24.5, 24.5, 6.4);
  const glyph = union(
    minus(ring(roundRect(1, 3, 27, 25, 3), 2), badge),
    circle(8.5, 10.5, 2.6),
    intersect(circle(8.5, 20, 4.8), above(20)),
    stroke(
      [
        [14, 10],
        [21, 10],
      ],
      2,
    ),
    stroke(
      [
        [14, 14],
        [18.5, 14],
      ],
      2,
    ),
    stroke(
      [
        [20.6, 24.9],
        [23.4, 27.7],
        [29, 22.1],
      ],
      2.5,
    ),
  );
  return rasterise(32, (x, y) => [255, 255, 255, glyph(x, y) <= 0 ? 255 : 0]);
}

function main(argv) {
  const at = argv.indexOf('--out');
  const out = path.resolve(at >= 0 && argv[at + 1] ? argv[at + 1] : path.join(__dirname, '..', 'manifest'));
  fs.mkdirSync(out, { recursive: true });
  // The colour icon is written without an alpha channel: it cannot be anything but opaque.
  const color = PNG.sync.write(colorIcon(), {
    colorType: 2,
    inputColorType: 6,
    inputHasAlpha: true,
    deflateLevel: 9,
  });
  const outline = PNG.sync.write(outlineIcon(), { colorType: 6, deflateLevel: 9 });
  fs.writeFileSync(path.join(out, 'color.png'), color);
  fs.writeFileSync(path.join(out, 'outline.png'), outline);
  process.stdout.write(`make-icons: wrote color.png (192x192) and outline.png (32x32) to ${out}\n`);
}

if (require.main === module) main(process.argv.slice(2));
