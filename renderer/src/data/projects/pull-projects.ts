import { ok, type Result } from '#shared/errors/result.ts';
import type { Project } from '#shared/contract/index.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import { metaEntries } from '../meta/meta-entries.ts';
import { readMeta, writeMeta } from '../meta/meta-store.ts';
import type { ApiClient } from '../sync/api-client.ts';
import { isNotOffered } from '../sync/pull/not-offered.ts';
import { checkPage } from '../sync/pull/pages.ts';
import { withRetry, type CallFailure, type RetryOptions } from '../sync/with-retry.ts';

const pageSize = 200;

/**
 * Brings the unit's training projects (the `/projects` pull) into the replica. A unit files a few
 * projects a year, so there is no bulk load and no replication plugin here: pages from the
 * checkpoint kept in `meta`, each checked against the contract (a bad one goes to `pullissues`),
 * a withdrawn one removed. A 1.0 platform has no projects to give (not-offered.ts).
 */
export async function pullProjects(
  db: ReviewerDatabase,
  client: ApiClient,
  unitId: string,
  retry: RetryOptions,
): Promise<Result<number, CallFailure>> {
  let checkpoint = await readMeta(db, metaEntries.projectsCheckpoint);
  let received = 0;
  for (;;) {
    const page = await withRetry(
      () => client.pull(unitId, 'projects', checkpoint, pageSize),
      retry,
    );
    if (!page.ok) return isNotOffered(page.error) ? ok(received) : page;
    const tally = { received: 0, skipped: 0 };
    const checked = (await checkPage(db, 'projects', unitId, page.value, tally)) as Project[];
    const kept = checked.filter((project) => !project.deleted);
    const removed = checked.filter((project) => project.deleted).map((project) => project.id);
    if (kept.length > 0) {
      await db.projects.bulkUpsert(kept.map(({ deleted: _tombstone, ...doc }) => doc));
    }
    if (removed.length > 0) await db.projects.bulkRemove(removed);
    received += tally.received;
    if (page.value.documents.length > 0) {
      checkpoint = page.value.checkpoint;
      await writeMeta(db, metaEntries.projectsCheckpoint, checkpoint);
    }
    if (page.value.documents.length < pageSize) return ok(received);
  }
}
