import { now } from 'rxdb';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import type { Checkpoint } from '#shared/contract/index.ts';
import { err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../../db/database.ts';
import { storageFailure, type CallFailure } from '../with-retry.ts';
import { markHandedOver, type BulkState } from './bulk-state.ts';
import type { PulledCollection } from './pages.ts';
import { replicationOf, runToEnd } from './replication.ts';

/**
 * Hands a bulk-loaded collection over to the replication plugin: one run of the plugin that
 * stores its two checkpoints through its own `initialCheckpoint` options and moves nothing.
 *
 * Downstream: where the bulk load ended on the server. Upstream: the replica's change feed as of
 * now. Even a pull-only replication runs an upstream, whose first pass reads every local document
 * changed since its checkpoint back out of the replica (and decrypts it) before the pull counts as
 * done; without a checkpoint that is every bulk-loaded record, over a minute for 120,000 of them.
 * The plugin takes an upstream checkpoint only with push options, hence the push handler; it sees
 * nothing, as the app never writes these collections, and would send nothing if it did.
 *
 * The pull handler answers with no documents: with push options the plugin would leave alone
 * any local record it has no replication meta for (every bulk-loaded one), so pages are only ever
 * taken by the pull-only replication that follows, from the checkpoint stored here.
 */
async function handOver(
  db: ReviewerDatabase,
  collection: PulledCollection,
  unitId: string,
  checkpoint: Checkpoint | undefined,
): Promise<string | undefined> {
  const replication = replicateRxCollection<Record<string, unknown>, unknown>({
    ...replicationOf(db, collection, unitId),
    pull: {
      handler: () => Promise.resolve({ documents: [], checkpoint }),
      ...(checkpoint === undefined ? {} : { initialCheckpoint: { ...checkpoint } }),
    },
    push: {
      handler: () => Promise.resolve([]),
      // RxDB's own storage checkpoint: every local change before now is behind it.
      initialCheckpoint: { id: '', lwt: now() },
    },
  });
  return runToEnd(replication);
}

/** Hands a finished bulk load over, once: a crash in between only makes the next sync do it. */
export async function handOverOnce(
  db: ReviewerDatabase,
  collection: PulledCollection,
  unitId: string,
  bulk: BulkState | undefined,
): Promise<Result<void, CallFailure>> {
  if (bulk === undefined || !bulk.done || bulk.handedOver) return ok(undefined);
  const problem = await handOver(db, collection, unitId, bulk.checkpoint);
  if (problem !== undefined) {
    return err(storageFailure(problem));
  }
  await markHandedOver(db, collection, bulk.checkpoint);
  return ok(undefined);
}
