import { ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../../db/database.ts';
import type { ApiClient } from '../api-client.ts';
import type { CallFailure } from '../with-retry.ts';
import type { PullOptions, PullTally } from './pages.ts';
import { isNotOffered } from './not-offered.ts';
import { pullCollection } from './pull-collection.ts';

/** (1.1) What staff ask the unit besides claims, each kind in its own collection. */
export const requestCollections = ['changes', 'transfers'] as const;

/**
 * Change requests and transfers, pulled like staff and claims (checked, bulk-loaded, then
 * replicated); a 1.0 platform has none to give (not-offered.ts).
 */
export async function pullRequests(
  db: ReviewerDatabase,
  client: ApiClient,
  options: PullOptions,
): Promise<Result<PullTally, CallFailure>> {
  const total: PullTally = { received: 0, skipped: 0 };
  for (const collection of requestCollections) {
    const pulled = await pullCollection(db, client, collection, options);
    if (!pulled.ok) {
      if (isNotOffered(pulled.error)) continue;
      return pulled;
    }
    total.received += pulled.value.received;
    total.skipped += pulled.value.skipped;
  }
  return ok(total);
}
