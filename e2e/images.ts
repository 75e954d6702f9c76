import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * Images in the export journeys: PNGs decoded with pngjs, SVG rendered by Inkscape (the Debian
 * package; .ci/run installs it), and a tolerant comparison that shrugs off anti-aliasing and font
 * hinting but not a wrong drawing: a black wedge or a blank image fails it (the journey checks
 * that too, so the threshold is known to mean something).
 */

export interface Image {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes a pixel. */
  readonly data: Uint8Array;
}

export function readPng(path: string): Image {
  const png = PNG.sync.read(readFileSync(path));
  return { width: png.width, height: png.height, data: png.data };
}

export function decodePng(bytes: Buffer): Image {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

const INKSCAPE = '/usr/bin/inkscape';

/**
 * Inkscape's path, or null where it is not installed. CI must have it (.ci/run installs it): a
 * missing Inkscape under CI=true is a failure, never a skip.
 */
export function inkscape(): string | null {
  const path = process.env.INKSCAPE_PATH ?? INKSCAPE;
  if (existsSync(path)) return path;
  if (process.env.CI) throw new Error(`Inkscape is missing at ${path}: .ci/run installs it`);
  return null;
}

/** Renders an SVG file to PNG with Inkscape at exactly `width` × `height` pixels. */
export function inkscapePng(
  bin: string,
  svgPath: string,
  pngPath: string,
  size: { width: number; height: number },
): Image {
  execFileSync(
    bin,
    [
      '--export-type=png',
      `--export-filename=${pngPath}`,
      `--export-width=${size.width}`,
      `--export-height=${size.height}`,
      svgPath,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  return readPng(pngPath);
}

/** A plain image of one colour (what a blank export would be). */
export function blank(width: number, height: number, rgb: readonly number[]): Image {
  const data = new Uint8Array(width * height * 4);
  for (let k = 0; k < width * height; k++)
    data.set([rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0, 255], k * 4);
  return { width, height, data };
}

/** A copy with a black triangle painted over it (the wedge the old export drew). */
export function withWedge(image: Image, corners: readonly [number, number][]): Image {
  const data = new Uint8Array(image.data);
  const [a, b, c] = corners as [[number, number], [number, number], [number, number]];
  const side = (p: [number, number], q: [number, number], x: number, y: number) =>
    (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const s1 = side(a, b, x, y);
      const s2 = side(b, c, x, y);
      const s3 = side(c, a, x, y);
      const inside = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
      if (inside) data.set([0, 0, 0, 255], (y * image.width + x) * 4);
    }
  }
  return { ...image, data };
}

export interface Likeness {
  /** Share of pixels that differ beyond anti-aliasing (pixelmatch, threshold 0.2). */
  readonly pixels: number;
  /** Share of 16 px blocks whose mean colour differs by more than 12 % (shapes, not hinting). */
  readonly blocks: number;
}

/** How far apart two images of one size are. */
export function likeness(a: Image, b: Image): Likeness {
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  }
  const { width, height } = a;
  const differing = pixelmatch(a.data, b.data, null, width, height, { threshold: 0.2 });
  const BLOCK = 16;
  let blocks = 0;
  let off = 0;
  for (let by = 0; by < height; by += BLOCK) {
    for (let bx = 0; bx < width; bx += BLOCK) {
      const sums = [0, 0, 0, 0, 0, 0];
      let n = 0;
      for (let y = by; y < Math.min(by + BLOCK, height); y++) {
        for (let x = bx; x < Math.min(bx + BLOCK, width); x++) {
          const k = (y * width + x) * 4;
          for (let c = 0; c < 3; c++) {
            sums[c] = (sums[c] ?? 0) + (a.data[k + c] ?? 0);
            sums[c + 3] = (sums[c + 3] ?? 0) + (b.data[k + c] ?? 0);
          }
          n++;
        }
      }
      const diff =
        [0, 1, 2].reduce((d, c) => d + Math.abs((sums[c] ?? 0) - (sums[c + 3] ?? 0)), 0) /
        (3 * 255 * n);
      blocks++;
      if (diff > 0.12) off++;
    }
  }
  return { pixels: differing / (width * height), blocks: off / blocks };
}
