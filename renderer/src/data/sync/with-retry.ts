import { err, type AppError, type Result } from '#shared/errors/result.ts';
import { storageError } from '../db/storage-errors.ts';
import type { ApiFailure, ApiResult } from './api-client.ts';
import { decideRetry } from './retry-policy.ts';

export interface RetryOptions {
  readonly maxAttempts: number;
  /** Waits `ms`; a wait cut short by `signal` may resolve early (it is checked afterwards). */
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random?: () => number;
  /** Called before each wait, with the failure that caused it. */
  readonly onRetry?: (failure: ApiFailure, delayMs: number) => void;
  /** Called when a wait ends, whether it ran out or was stopped. */
  readonly onWaited?: () => void;
  /** The reviewer's 停止等待: the wait ends and the call gives up as `cancelled`. */
  readonly signal?: AbortSignal;
}

/**
 * A failure on this side of the wire, never the network: the local database (storage_full,
 * storage_broken), or a window that may not write because another one does (conflict).
 */
export interface LocalFailure {
  readonly kind: 'local';
  readonly error: AppError;
}

export type CallFailure =
  | { readonly reason: 'sign-in'; readonly failure: ApiFailure }
  | { readonly reason: 'refused'; readonly failure: ApiFailure }
  | { readonly reason: 'gave-up'; readonly failure: ApiFailure }
  | { readonly reason: 'cancelled'; readonly failure: ApiFailure }
  | { readonly reason: 'local'; readonly failure: LocalFailure };

/**
 * A storage exception (the database closed by a reload, a full disk) as a failed sync step: the
 * step ends, and the checkpoint kept so far tells the next sync where to go on.
 */
export const storageFailure = (error: unknown): CallFailure => localFailure(storageError(error));

/** A local failure already put in words (storage-errors.ts, the window lock). */
export const localFailure = (error: AppError): CallFailure => ({
  reason: 'local',
  failure: { kind: 'local', error },
});

export const realSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });

/** Runs one request under the contract's retry rules until it succeeds, or must not be retried. */
export async function withRetry<T>(
  call: () => Promise<ApiResult<T>>,
  options: RetryOptions,
): Promise<Result<T, CallFailure>> {
  // A function, not a narrowed property: the signal can fire during the await below.
  const isStopped = () => options.signal?.aborted === true;
  for (let attempt = 0; ; attempt += 1) {
    const result = await call();
    if (result.ok) return result;
    const failure = result.error;
    if (failure.kind === 'malformed') return err({ reason: 'refused', failure });
    const decision = decideRetry(failure, attempt, options.random);
    if (decision.action === 'sign-in') return err({ reason: 'sign-in', failure });
    if (decision.action === 'stop') return err({ reason: 'refused', failure });
    if (attempt + 1 >= options.maxAttempts) return err({ reason: 'gave-up', failure });
    if (isStopped()) return err({ reason: 'cancelled', failure });
    options.onRetry?.(failure, decision.delayMs);
    try {
      await options.sleep(decision.delayMs, options.signal);
    } finally {
      options.onWaited?.();
    }
    if (isStopped()) return err({ reason: 'cancelled', failure });
  }
}
