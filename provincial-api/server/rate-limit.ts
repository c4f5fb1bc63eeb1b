export interface RateLimitOptions {
  /** Sustained requests per second per client address. */
  readonly perSecond: number;
  /** How many may come at once after a quiet spell. */
  readonly burst: number;
}

/** A token bucket per client address; answers how many seconds to wait, or 0 to go ahead. */
export function createRateLimiter(options: RateLimitOptions, now: () => number) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (client: string): number => {
    const t = now();
    const bucket = buckets.get(client) ?? { tokens: options.burst, at: t };
    bucket.tokens = Math.min(
      options.burst,
      bucket.tokens + ((t - bucket.at) / 1000) * options.perSecond,
    );
    bucket.at = t;
    buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return (1 - bucket.tokens) / options.perSecond;
  };
}
