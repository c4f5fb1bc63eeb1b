import { replicateRxCollection } from 'rxdb/plugins/replication';
import { checkpointSchema, type Checkpoint } from '../../../../shared/contract/index.ts';
import { err, ok, type Result } from '../../../../shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { ApiClient } from './api-client.ts';
import { bulkLoad, needsBulkLoad, readBulkState } from './pull-bulk.ts';
import { handOverOnce, replicationOf, runToEnd } from './pull-handover.ts';
import {
  checkPage,
  createPageSource,
  createProgress,
  laterOf,
  type PageSource,
  type PullOptions,
  type PullTally,
  type PulledCollection,
} from './pull-page.ts';
import type { CallFailure } from './with-retry.ts';

export { laterOf };
export type { PullOptions, PullProgress, PulledCollection } from './pull-page.ts';

const gaveUp = (message: string): CallFailure => ({
  reason: 'gave-up',
  failure: { kind: 'network', message },
});

/**
 * Pulls one collection to the end. The very first full pull is a bulk load (pull-bulk.ts), handed
 * over to RxDB's replication plugin when it ends (pull-handover.ts); every pull after that goes
 * through the plugin, from the checkpoint the bulk load left. Checkpoints are kept after every page
 * either way, so a pull cut off by a crash resumes where it stopped. Every incoming document is
 * checked against the contract first: a bad one is recorded in `pullissues` and skipped, the rest
 * go on.
 */
export async function pullCollection(
  db: ReviewerDatabase,
  client: ApiClient,
  collection: PulledCollection,
  options: PullOptions,
): Promise<Result<PullTally, CallFailure>> {
  const tally: PullTally = { received: 0, skipped: 0 };
  const report = createProgress(collection, options, tally);
  const pages = createPageSource(client, collection, options);
  try {
    const bulk = await readBulkState(db, collection);
    if (options.bulkFirstLoad !== false && (await needsBulkLoad(db, collection, bulk))) {
      // It ends at the end of the server's feed; the plugin goes on from there next time.
      const loaded = await bulkLoad(db, pages, collection, options, {
        from: bulk?.checkpoint,
        tally,
        report,
      });
      if (!loaded.ok) return loaded;
      const handed = await handOverOnce(db, collection, options.unitId, {
        checkpoint: loaded.value,
        done: true,
        handedOver: false,
      });
      if (!handed.ok) return handed;
    } else {
      const handed = await handOverOnce(db, collection, options.unitId, bulk);
      if (!handed.ok) return handed;
      const replicated = await replicate(db, pages, collection, options, bulk?.checkpoint, {
        tally,
        report,
      });
      if (!replicated.ok) return replicated;
    }
  } catch (error) {
    // The database closed by a reload, a storage error: the pull ends as a failure, and the
    // checkpoint kept so far tells the next sync where to go on.
    return err(gaveUp(String(error)));
  }
  options.onProgress?.({ collection, ...tally, percent: 100 });
  return ok({ ...tally });
}

/**
 * The pull through RxDB's replication plugin, from its own checkpoint, or from `initial` (where a
 * bulk load ended) if it has none.
 */
async function replicate(
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
  const skippedKey = `pull-skipped-${collection}`;
  async function skippedThrough(): Promise<Checkpoint | undefined> {
    const doc = await db.meta.findOne(skippedKey).exec();
    const parsed = checkpointSchema.safeParse(doc?.value);
    return parsed.success ? parsed.data : undefined;
  }

  // Any exception inside the handler (the database closed by a reload, a storage error) ends the
  // pull as a failure: thrown, RxDB would retry it forever and the sync would never finish.
  async function handler(checkpoint: Checkpoint | undefined, batchSize: number) {
    try {
      return await pullPages(checkpoint, batchSize);
    } catch (error) {
      stopped ??= gaveUp(String(error));
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
      await db.meta.upsert({ key: skippedKey, value: { ...cursor } });
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
  stopped ??= problem === undefined ? undefined : gaveUp(problem);
  return stopped === undefined ? ok(undefined) : err(stopped);
}
