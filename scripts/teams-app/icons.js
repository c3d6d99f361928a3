/**
 * Teams' icon rules (learn.microsoft.com, "Teams app package"), checked on the files that go into the zip:
 * - color: 192x192 and opaque; Teams masks the corners itself.
 * - outline: 32x32, white (255,255,255) on a fully transparent background, no other colour. We also want
 *   a transparent 1 px edge, so the symbol never touches the frame when Teams scales it.
 */
const { PNG } = require('pngjs');

function readPng(buffer, name, problems) {
  try {
    return PNG.sync.read(buffer);
  } catch (err) {
    problems.push(`${name}: not a readable PNG file (${err.message})`);
    return undefined;
  }
}

function checkColorIcon(buffer, name) {
  const problems = [];
  const png = readPng(buffer, name, problems);
  if (!png) return problems;
  if (png.width !== 192 || png.height !== 192)
    problems.push(`${name}: the colour icon must be 192x192 pixels, it is ${png.width}x${png.height}`);
  let seeThrough = 0;
  for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) seeThrough++;
  if (seeThrough > 0)
    problems.push(
      `${name}: the colour icon must be opaque (a full square), ${seeThrough} pixels are transparent`,
    );
  return problems;
}

function checkOutlineIcon(buffer, name) {
  const problems = [];
  const png = readPng(buffer, name, problems);
  if (!png) return problems;
  const { width, height, data } = png;
  if (width !== 32 || height !== 32) {
    problems.push(`${name}: the outline icon must be 32x32 pixels, it is ${width}x${height}`);
    return problems;
  }
  let coloured = 0;
  let onEdge = 0;
  let visible = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (data[i + 3] === 0) continue;
      visible++;
      if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) coloured++;
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) onEdge++;
    }
  }
  if (coloured > 0)
    problems.push(
      `${name}: the outline icon may hold only white (#FFFFFF) and transparency; ${coloured} pixels have another colour`,
    );
  if (onEdge > 0)
    problems.push(`${name}: the outline icon's outermost pixels must be transparent; ${onEdge} are not`);
  if (visible === 0) problems.push(`${name}: the outline icon is empty (every pixel is transparent)`);
  return problems;
}

module.exports = { checkColorIcon, checkOutlineIcon };
