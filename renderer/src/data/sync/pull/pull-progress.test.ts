import { describe, expect, it } from 'vitest';
import { combineProgress } from './pull-progress.ts';

describe('combineProgress', () => {
  it('weighs each collection by its estimated total, not by its percent alone', () => {
    // 1,000 of about 2,000 staff and 10,000 of about 100,000 claims: 11,000 of 102,000.
    expect(
      combineProgress(
        [
          { received: 1000, percent: 50 },
          { received: 10_000, percent: 10 },
        ],
        10_000,
      ),
    ).toEqual({ received: 11_000, percent: 10, secondsLeft: 90 });
  });

  it('estimates no time left before two seconds have passed', () => {
    expect(combineProgress([{ received: 500, percent: 40 }], 1500)).toEqual({
      received: 500,
      percent: 40,
      secondsLeft: null,
    });
  });

  it('never shows done while one collection has no estimate yet', () => {
    expect(
      combineProgress(
        [
          { received: 3000, percent: 100 },
          { received: 0, percent: 0 },
        ],
        5000,
      ),
    ).toEqual({ received: 3000, percent: 50, secondsLeft: 5 });
  });

  it('is done, with nothing left, when every collection reached the end', () => {
    expect(
      combineProgress(
        [
          { received: 3, percent: 100 },
          { received: 7, percent: 100 },
        ],
        9000,
      ),
    ).toEqual({ received: 10, percent: 100, secondsLeft: null });
  });
});
