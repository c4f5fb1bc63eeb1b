import { err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../../db/database.ts';
import type { ApiClient } from '../api-client.ts';
import { storageFailure, type CallFailure } from '../with-retry.ts';
import { bulkLoad, needsBulkLoad } from './bulk-load.ts';
import { readBulkState } from './bulk-state.ts';
import { handOverOnce } from './handover.ts';
import {
  createPageSource,
  createProgress,
  type PullOptions,
  type PullTally,
  type PulledCollection,
} from './pages.ts';
import { replicate } from './replication.ts';

/**
 * Pulls one collection to the end. The very first full pull is a bulk load (bulk-load.ts), handed
 * over to RxDB's replication plugin when it ends (handover.ts); every pull after that goes
 * through the plugin (replication.ts), from the checkpoint the bulk load left. Checkpoints are kept after every page
 * either way, so a pull cut off by a crash resumes where it stopped. Every incoming document is
 * checked against the contract first: a bad one is recorded in `pullissues` and skipped, the rest
 * go on.
 */
export function pullCollection(
  db: ReviewerDatabase,
  client: ApiClient,
  collection: PulledCollection,
  options: PullOptions,
): Promise<Result<PullTally, CallFailure>> {
  return inTurn(db, collection, () => pullToEnd(db, client, collection, options));
}

/**
 * Pulls of one collection of one replica, in turn: the background pull after sign-in and a sync
 * the reviewer starts may overlap, and two bulk loads or replications of the same collection must
 * not. The later one waits, then goes on from the checkpoint the earlier one left.
 */
const turns = new WeakMap<ReviewerDatabase, Map<PulledCollection, Promise<unknown>>>();

function inTurn<T>(
  db: ReviewerDatabase,
  collection: PulledCollection,
  pull: () => Promise<T>,
): Promise<T> {
  let ofDb = turns.get(db);
  if (ofDb === undefined) {
    ofDb = new Map();
    turns.set(db, ofDb);
  }
  const before = ofDb.get(collection) ?? Promise.resolve();
  const mine = before.then(pull, pull);
  ofDb.set(
    collection,
    mine.catch(() => undefined),
  );
  return mine;
}

async function pullToEnd(
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
    return err(storageFailure(error));
  }
  options.onProgress?.({ collection, ...tally, percent: 100 });
  return ok({ ...tally });
}
