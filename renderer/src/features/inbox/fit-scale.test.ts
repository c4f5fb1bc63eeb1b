import { describe, expect, it } from 'vitest';
import { scaleFor } from './fit-scale.ts';

// An A4 portrait page in points; a room of 512 × 612 pixels (500 × 600 once the margin is kept).
const a4 = { width: 595, height: 842 };
const room = { width: 512, height: 612 };

describe('scaleFor', () => {
  it('fits the whole page: the tighter of width and height', () => {
    expect(scaleFor({ fit: 'page', scale: 1 }, a4, room)).toBeCloseTo(600 / (842 * 1.25), 6);
  });

  it('fits the width, the page then scrolling down', () => {
    expect(scaleFor({ fit: 'width', scale: 1 }, a4, room)).toBeCloseTo(500 / (595 * 1.25), 6);
  });

  it('keeps a chosen scale whatever the room', () => {
    expect(scaleFor({ fit: null, scale: 1.5 }, a4, room)).toBe(1.5);
  });
});
