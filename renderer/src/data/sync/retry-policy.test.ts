import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRetry, parseRetryAfter, retryLimits } from './retry-policy.ts';

describe('decideRetry', () => {
  it('waits at least Retry-After when the server answers 429 or 503', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(429, 503),
        fc.integer({ min: 1, max: 120 }),
        fc.nat(10),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (status, seconds, attempt, r) => {
          const decision = decideRetry(
            { kind: 'http', status, retryAfterSeconds: seconds },
            attempt,
            () => r,
          );
          return decision.action === 'retry' && decision.delayMs >= seconds * 1000;
        },
      ),
    );
  });

  it('waits no longer than 15 minutes whatever Retry-After asks', () => {
    for (const seconds of [900, 901, 86_400]) {
      expect(
        decideRetry({ kind: 'http', status: 503, retryAfterSeconds: seconds }, 0, () => 1),
      ).toEqual({ action: 'retry', delayMs: retryLimits.maxRetryAfterMs });
    }
    expect(decideRetry({ kind: 'http', status: 429, retryAfterSeconds: 600 }, 2, () => 0)).toEqual({
      action: 'retry',
      delayMs: 600_000,
    });
  });

  it('never retries a 4xx other than 408, 423 and 429', () => {
    for (const status of [400, 403, 404, 409, 413, 422]) {
      expect(decideRetry({ kind: 'http', status }, 0)).toEqual({ action: 'stop' });
    }
    for (const status of [408, 423, 429]) {
      expect(decideRetry({ kind: 'http', status }, 0).action).toBe('retry');
    }
  });

  it('asks for sign-in when the token has expired', () => {
    expect(decideRetry({ kind: 'http', status: 401 }, 3)).toEqual({ action: 'sign-in' });
  });

  it('backs off exponentially with jitter, capped, when the network or server fails', () => {
    const low = decideRetry({ kind: 'network' }, 0, () => 0);
    const high = decideRetry({ kind: 'network' }, 4, () => 0);
    expect(low).toEqual({ action: 'retry', delayMs: retryLimits.baseMs / 2 });
    expect(high).toEqual({ action: 'retry', delayMs: (retryLimits.baseMs * 16) / 2 });
    const capped = decideRetry({ kind: 'http', status: 500 }, 40, () => 1);
    expect(capped).toEqual({ action: 'retry', delayMs: retryLimits.maxMs });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates and ignores garbage', () => {
    expect(parseRetryAfter('7')).toBe(7);
    expect(
      parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('2026-10-21T07:28:00Z')),
    ).toBe(10);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
