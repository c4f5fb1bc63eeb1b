import type { CallFailure } from '../with-retry.ts';

/**
 * A platform that speaks only contract 1.0 answers 404 for the paths 1.1 added (requests,
 * projects): it has none of those records to give, and the sync goes on without them rather
 * than failing every time.
 */
export const isNotOffered = (failure: CallFailure): boolean =>
  failure.reason === 'refused' && failure.failure.kind === 'http' && failure.failure.status === 404;
