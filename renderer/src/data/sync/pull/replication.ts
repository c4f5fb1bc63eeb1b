import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { Checkpoint } from '#shared/contract/index.ts';
import { err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../../db/database.ts';
import { metaEntries } from '../../meta/meta-entries.ts';
import { readMeta, writeMeta } from '../../meta/meta-store.ts';
import { storageFailure, type CallFailure } from '../with-retry.ts';
import {
  checkPage,
  laterOf,
  type PageSource,
  type PullOptions,
  type PullTally,
  type PulledCollection,
} from './pages.ts';

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
 * The pull through RxDB's replication plugin, from its own checkpoint, or from `initial` (where a
 * bulk load ended) if it has none.
 */
export async function replicate(
  db: ReviewerDatabase,
  pages: PageSource,
  collection: PulledCollection,
  options: PullOptions,
  initial: Checkpoint | undefined,
  { tally, report }: { tally: PullTally; report: (checkpoint: Checkpoint | undefined) => void },
): Promise<Result<void, CallFailure>> {
  let stopped: CallFailure | undefined;

  // RxDB keeps no checkpoint for a handler answer without documents, so a tail of skipped bad
  // records would be fetched again on every sync: remember how far such answers got.
  const skipped = metaEntries.pullSkipped(collection);
  const skippedThrough = () => readMeta(db, skipped);

  // Any exception inside the handler (the database closed by a reload, a storage error) ends the
  // pull as a failure: thrown, RxDB would retry it forever and the sync would never finish.
  async function handler(checkpoint: Checkpoint | undefined, batchSize: number) {
    try {
      return await pullPages(checkpoint, batchSize);
    } catch (error) {
      stopped ??= storageFailure(error);
      return { documents: [], checkpoint };
    }
  }

  async function pullPages(checkpoint: Checkpoint | undefined, batchSize: number) {
    const documents: Record<string, unknown>[] = [];
    const start = laterOf(checkpoint, await skippedThrough());
    let cursor = start;
    for (;;) {
      const page = await pages.take(cursor, batchSize);
      if (!page.ok) {
        stopped = page.error;
        // Not a throw: RxDB would call the handler again every second, forever, and a non-live
        // replication cannot be cancelled until its first sync ends. Ending here keeps the pages
        // already checked; the failure is returned below.
        return { documents, checkpoint: cursor };
      }
      documents.push(...(await checkPage(db, collection, options.unitId, page.value, tally)));
      cursor = page.value.checkpoint;
      report(cursor);
      // A short page is the end. Skipped documents must not shorten what RxDB sees, or it would
      // take a full page with one bad record for the end and stop early.
      if (page.value.documents.length < batchSize || documents.length >= batchSize) break;
    }
    if (documents.length >= batchSize) pages.prefetch(cursor, batchSize);
    if (documents.length === 0 && cursor !== start) {
      await writeMeta(db, skipped, cursor);
    }
    return { documents, checkpoint: cursor };
  }

  const replication = replicateRxCollection<Record<string, unknown>, unknown>({
    ...replicationOf(db, collection, options.unitId),
    pull: {
      batchSize: options.batchSize,
      handler: handler as never,
      ...(initial === undefined ? {} : { initialCheckpoint: { ...initial } }),
    },
  });
  const problem = await runToEnd(replication);
  stopped ??= problem === undefined ? undefined : storageFailure(problem);
  return stopped === undefined ? ok(undefined) : err(stopped);
}
