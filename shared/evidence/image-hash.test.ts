import { describe, expect, it } from 'vitest';
import { differenceHash, hammingDistance, type RgbaImage } from './image-hash.ts';
import { rescanDistance } from './reuse.ts';

/** A page of dark bars (top, left, right) on white, shifted by `dx` pixels and speckled by `noise`. */
function page(
  dx: number,
  noise: number,
  bars: readonly (readonly [number, number, number])[],
): RgbaImage {
  const width = 300;
  const height = 200;
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const isBar = bars.some(
        ([top, left, right]) => y >= top && y < top + 12 && x > left + dx && x < right + dx,
      );
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const value = (isBar ? 40 : 240) + (seed / 2147483648 - 0.5) * noise;
      data.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

describe('differenceHash', () => {
  const lines = [
    [20, 30, 200],
    [60, 30, 120],
    [100, 60, 260],
    [140, 30, 200],
  ] as const;
  it('keeps a rescan within a few bits and puts another page far away', () => {
    const original = differenceHash(page(0, 0, lines));
    const rescan = differenceHash(page(3, 40, lines));
    const other = differenceHash(
      page(0, 0, [
        [30, 150, 280],
        [90, 10, 120],
        [150, 100, 260],
      ]),
    );
    expect(original).toMatch(/^[0-9a-f]{16}$/u);
    expect(hammingDistance(original, rescan)).toBeLessThanOrEqual(6);
    expect(hammingDistance(original, other)).toBeGreaterThan(rescanDistance);
  });
});

describe('hammingDistance', () => {
  it('counts differing bits', () => {
    expect(hammingDistance('00', 'ff')).toBe(8);
    expect(hammingDistance('a0', 'a1')).toBe(1);
  });
});
