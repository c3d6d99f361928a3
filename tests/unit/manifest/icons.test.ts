import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { MANIFEST_DIR, removeTempDirs, ROOT, tempDir } from './packager';

afterAll(removeTempDirs);

/**
 * Teams' icon rules (learn.microsoft.com, "Teams app package"): a 192x192 full-colour square, and a 32x32
 * outline that is white (255,255,255) on a fully transparent background, with no other colour and no
 * extra padding around the symbol.
 */
const read = (file: string) => PNG.sync.read(readFileSync(file));
const pixel = (png: PNG, x: number, y: number) => [
  ...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4),
];

describe('color.png', () => {
  const png = read(path.join(MANIFEST_DIR, 'color.png'));

  it('is 192x192', () => {
    expect([png.width, png.height]).toEqual([192, 192]);
  });

  it('has no transparent pixel: a full square that Teams can mask', () => {
    let seeThrough = 0;
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) seeThrough++;
    expect(seeThrough).toBe(0);
  });

  it("is a glyph on a flat background in the manifest's accent colour", () => {
    const template = JSON.parse(readFileSync(path.join(MANIFEST_DIR, 'manifest.template.json'), 'utf8'));
    const accent = [1, 3, 5].map((i) => parseInt(template.accentColor.slice(i, i + 2), 16));
    const spots: [number, number][] = [
      [0, 0],
      [191, 0],
      [0, 191],
      [191, 191],
      [96, 10],
      [10, 96],
    ];
    for (const [x, y] of spots) expect(pixel(png, x, y)).toEqual([...accent, 255]);
    const colours = new Set<string>();
    for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.subarray(i, i + 3).join(','));
    expect(colours.size).toBeGreaterThan(4);
  });
});

describe('outline.png', () => {
  const png = read(path.join(MANIFEST_DIR, 'outline.png'));
  const visible: [number, number][] = [];
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) if (pixel(png, x, y)[3]! > 0) visible.push([x, y]);

  it('is 32x32', () => {
    expect([png.width, png.height]).toEqual([32, 32]);
  });

  it('holds only white, at any opacity, on fully transparent pixels', () => {
    const otherColours = visible.filter(([x, y]) => pixel(png, x, y).slice(0, 3).join() !== '255,255,255');
    expect(otherColours).toEqual([]);
  });

  it('has a fully transparent outermost row and column on every side', () => {
    expect(visible.filter(([x, y]) => x === 0 || y === 0 || x === 31 || y === 31)).toEqual([]);
  });

  it('fills the frame: no padding beyond that edge pushes the symbol into a corner or makes it tiny', () => {
    const xs = visible.map(([x]) => x);
    const ys = visible.map(([, y]) => y);
    expect(Math.max(...xs) - Math.min(...xs) + 1).toBeGreaterThanOrEqual(26);
    expect(Math.max(...ys) - Math.min(...ys) + 1).toBeGreaterThanOrEqual(24);
  });
});

describe('scripts/make-icons.js', () => {
  // Pixels, not bytes: another Node's zlib may compress the same image differently.
  it('draws exactly the committed icons, so they can be redrawn after a change', async () => {
    const out = tempDir();
    await new Promise<void>((done, fail) =>
      execFile(process.execPath, [path.join(ROOT, 'scripts/make-icons.js'), '--out', out], (err) =>
        err ? fail(err) : done(),
      ),
    );
    for (const icon of ['color.png', 'outline.png']) {
      const drawn = read(path.join(out, icon));
      const committed = read(path.join(MANIFEST_DIR, icon));
      expect([drawn.width, drawn.height]).toEqual([committed.width, committed.height]);
      expect(drawn.data.equals(committed.data)).toBe(true);
    }
  });
});
