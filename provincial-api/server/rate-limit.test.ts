import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  it('lets a burst through and then asks the client to wait when the budget is spent', () => {
    let t = 0;
    const limit = createRateLimiter({ perSecond: 2, burst: 3 }, () => t);
    expect([limit('a'), limit('a'), limit('a')]).toEqual([0, 0, 0]);
    expect(limit('a')).toBeCloseTo(0.5);
    expect(limit('b')).toBe(0);
    t += 500;
    expect(limit('a')).toBe(0);
  });
});
