import { describe, expect, it } from 'vitest';
import { moved } from './split.ts';

describe('moved', () => {
  const split = { listPercent: 26, decisionPercent: 34 };

  it('moves one side and leaves the other', () => {
    expect(moved(split, 'list', 31)).toEqual({ listPercent: 31, decisionPercent: 34 });
    expect(moved(split, 'decision', 29.6)).toEqual({ listPercent: 26, decisionPercent: 30 });
  });

  it('keeps each side within its bounds', () => {
    expect(moved(split, 'list', 2)).toEqual({ listPercent: 15, decisionPercent: 34 });
    expect(moved(split, 'decision', 90)).toEqual({ listPercent: 26, decisionPercent: 49 });
  });

  it('never squeezes the evidence under a quarter of the width', () => {
    expect(moved({ listPercent: 40, decisionPercent: 34 }, 'list', 58)).toEqual({
      listPercent: 41,
      decisionPercent: 34,
    });
  });
});
