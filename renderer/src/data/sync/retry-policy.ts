/** How a failed request to the provincial server should be handled next. */
export type FailureKind =
  | { readonly kind: 'network' }
  | { readonly kind: 'http'; readonly status: number; readonly retryAfterSeconds?: number };

export type RetryDecision =
  | { readonly action: 'retry'; readonly delayMs: number }
  | { readonly action: 'sign-in' }
  | { readonly action: 'stop' };

/**
 * `maxRetryAfterMs` bounds what a server may ask for: a Retry-After of a day would otherwise put
 * the sync to sleep until tomorrow, with the reviewer's decisions waiting behind it.
 */
export const retryLimits = { baseMs: 500, maxMs: 60_000, maxRetryAfterMs: 15 * 60_000 } as const;

/**
 * The contract's rules: 429 and 503 wait at least Retry-After (at most 15 minutes), then back off;
 * other failures back off exponentially with jitter; a 401 needs a new sign-in; 4xx other than
 * 408, 423 and 429 are never retried.
 */
export function decideRetry(
  failure: FailureKind,
  attempt: number,
  random: () => number = Math.random,
): RetryDecision {
  const backoff = Math.min(retryLimits.maxMs, retryLimits.baseMs * 2 ** attempt);
  // "Full jitter" keeps a province's units from retrying in lockstep.
  const jittered = Math.round(backoff / 2 + random() * (backoff / 2));
  if (failure.kind === 'network') return { action: 'retry', delayMs: jittered };
  const { status } = failure;
  if (status === 401) return { action: 'sign-in' };
  if (status === 429 || status === 503 || status === 423) {
    const floor = Math.min((failure.retryAfterSeconds ?? 0) * 1000, retryLimits.maxRetryAfterMs);
    const delayMs = Math.max(floor, floor > 0 ? floor + random() * 1000 : jittered);
    return { action: 'retry', delayMs: Math.min(delayMs, retryLimits.maxRetryAfterMs) };
  }
  if (status === 408 || status >= 500) return { action: 'retry', delayMs: jittered };
  return { action: 'stop' };
}

/** Retry-After as seconds; the contract sends seconds, an HTTP date is accepted too. */
export function parseRetryAfter(
  header: string | null,
  now: number = Date.now(),
): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
