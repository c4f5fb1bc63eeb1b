import { err, type Result } from '#shared/errors/result.ts';
import type { ApiFailure, ApiResult } from './api-client.ts';
import { decideRetry } from './retry-policy.ts';

export interface RetryOptions {
  readonly maxAttempts: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly onRetry?: (failure: ApiFailure, delayMs: number) => void;
}

export type CallFailure =
  | { readonly reason: 'sign-in'; readonly failure: ApiFailure }
  | { readonly reason: 'refused'; readonly failure: ApiFailure }
  | { readonly reason: 'gave-up'; readonly failure: ApiFailure };

/**
 * A failure on this side of the wire (the database closed by a reload, a storage error), reported
 * as a sync that gave up: the sync ends, and the checkpoint kept so far tells the next where to go on.
 */
export const gaveUp = (message: string): CallFailure => ({
  reason: 'gave-up',
  failure: { kind: 'network', message },
});

export const realSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** Runs one request under the contract's retry rules until it succeeds, or must not be retried. */
export async function withRetry<T>(
  call: () => Promise<ApiResult<T>>,
  options: RetryOptions,
): Promise<Result<T, CallFailure>> {
  for (let attempt = 0; ; attempt += 1) {
    const result = await call();
    if (result.ok) return result;
    const failure = result.error;
    if (failure.kind === 'malformed') return err({ reason: 'refused', failure });
    const decision = decideRetry(failure, attempt, options.random);
    if (decision.action === 'sign-in') return err({ reason: 'sign-in', failure });
    if (decision.action === 'stop') return err({ reason: 'refused', failure });
    if (attempt + 1 >= options.maxAttempts) return err({ reason: 'gave-up', failure });
    options.onRetry?.(failure, decision.delayMs);
    await options.sleep(decision.delayMs);
  }
}
