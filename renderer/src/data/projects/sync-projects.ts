import type { Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { ApiClient } from '../sync/api-client.ts';
import { endsTheSync } from '../sync/sync-parts.ts';
import type { CallFailure, RetryOptions } from '../sync/with-retry.ts';
import { sendProjectOutbox } from './project-outbox.ts';
import { pullProjects } from './pull-projects.ts';

/**
 * The sync's projects step: the filings and attendance lists waiting here go to the platform,
 * then its projects come back with their filing dates. A pull is still made when sending
 * failed for a reason the pull would not meet (a storage error …).
 */
export async function syncProjects(
  db: ReviewerDatabase,
  client: ApiClient,
  unitId: string,
  retry: RetryOptions,
): Promise<Result<number, CallFailure>> {
  const sent = await sendProjectOutbox(db, client, unitId, retry);
  if (!sent.ok && endsTheSync(sent.error)) return sent;
  const pulled = await pullProjects(db, client, unitId, retry);
  return sent.ok ? pulled : sent;
}
