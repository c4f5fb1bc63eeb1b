import { now } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { Checkpoint } from '../../../../shared/contract/index.ts';
import { err, ok, type Result } from '../../../../shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import { markHandedOver, type BulkState } from './pull-bulk.ts';
import type { PulledCollection } from './pull-page.ts';
import type { CallFailure } from './with-retry.ts';

export function replicationIdentifier(collection: PulledCollection, unitId: string): string {
  return `provincial-${collection}-${unitId}`;
}

/**
 * What every replication of a pulled collection shares, the hand-over's and the pulls': the
 * same identifier (so they share one checkpoint), one run to the end, no leader election.
 */
export function replicationOf(db: ReviewerDatabase, collection: PulledCollection, unitId: string) {
  return {
    replicationIdentifier: replicationIdentifier(collection, unitId),
    collection: db[collection] as never,
    deletedField: 'deleted',
    live: false,
    retryTime: 1000,
    waitForLeadership: false,
    autoStart: true,
  } as const;
}

/**
 * Waits until a non-live replication has run to its end. Returns what stopped it early, if
 * anything did: an error RxDB reported, or a cancel underneath us (the database closed by a
 * reload), which would otherwise leave the wait hanging forever.
 */
export async function runToEnd(
  replication: RxReplicationState<Record<string, unknown>, unknown>,
): Promise<string | undefined> {
  let problem: string | undefined;
  const subscriptions = [
    replication.error$.subscribe((error) => {
      problem ??= String(error);
    }),
  ];
  const ended = new Promise<void>((resolve) => {
    subscriptions.push(
      replication.error$.subscribe(() => resolve()),
      replication.canceled$.subscribe((isCanceled: unknown) => {
        if (isCanceled === true) resolve();
      }),
    );
  });
  await Promise.race([replication.awaitInitialReplication(), ended]);
  for (const subscription of subscriptions) subscription.unsubscribe();
  await replication.cancel();
  return problem;
}

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
    return err({ reason: 'gave-up', failure: { kind: 'network', message: problem } });
  }
  await markHandedOver(db, collection, bulk.checkpoint);
  return ok(undefined);
}
