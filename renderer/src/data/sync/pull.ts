import { replicateRxCollection } from 'rxdb/plugins/replication';
import type { Subscription } from 'rxjs';
import {
  checkpointSchema,
  claimSchema,
  parseDocument,
  staffSchema,
  type Checkpoint,
} from '../../../../shared/contract/index.ts';
import { err, ok, type Result } from '../../../../shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { ApiClient } from './api-client.ts';
import { withRetry, type CallFailure, type RetryOptions } from './with-retry.ts';

export type PulledCollection = 'staff' | 'claims';

export interface PullProgress {
  readonly collection: PulledCollection;
  readonly received: number;
  readonly skipped: number;
  /** Estimated from how far the checkpoint's time has come towards the server's now. */
  readonly percent: number;
}

export interface PullOptions {
  readonly unitId: string;
  readonly batchSize: number;
  /** The server's clock when the sync began (from the session), for the progress estimate. */
  readonly serverNow: number;
  readonly retry: RetryOptions;
  readonly onProgress?: (progress: PullProgress) => void;
}

const schemas = { staff: staffSchema, claims: claimSchema } as const;

/** The later of two checkpoints in the contract's (updatedAt, id) order. */
export function laterOf(
  a: Checkpoint | undefined,
  b: Checkpoint | undefined,
): Checkpoint | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return a.id >= b.id ? a : b;
}

/**
 * Pulls one collection to the end with RxDB's replication plugin. Checkpoints live in the
 * replication's own meta storage, so a pull cut off by a crash resumes where it stopped. Every
 * incoming document is checked against the contract first: a bad one is recorded in `pullissues`
 * and skipped, the rest go on.
 */
export async function pullCollection(
  db: ReviewerDatabase,
  client: ApiClient,
  collection: PulledCollection,
  options: PullOptions,
): Promise<Result<{ received: number; skipped: number }, CallFailure>> {
  let received = 0;
  let skipped = 0;
  let firstTime: number | undefined;
  let stopped: CallFailure | undefined;

  const report = (checkpoint: Checkpoint | undefined) => {
    const at = checkpoint === undefined ? undefined : Date.parse(checkpoint.updatedAt);
    if (at !== undefined) firstTime ??= at;
    const span = options.serverNow - (firstTime ?? options.serverNow);
    const percent =
      at === undefined || firstTime === undefined || span <= 0
        ? 0
        : Math.min(99, Math.floor(((at - firstTime) / span) * 100));
    options.onProgress?.({ collection, received, skipped, percent });
  };

  // While RxDB writes one page, the next is already on its way: the server's time and the local
  // writes overlap instead of adding up. A prefetch is only used for the checkpoint it was made
  // from, so a restarted or resumed pull never takes a stale page.
  let prefetched: { from: string; page: ReturnType<typeof fetchPage> } | undefined;
  const keyOf = (checkpoint: Checkpoint | undefined) =>
    checkpoint === undefined ? '' : `${checkpoint.updatedAt}|${checkpoint.id}`;
  function fetchPage(cursor: Checkpoint | undefined, batchSize: number) {
    return withRetry(
      () => client.pull(options.unitId, collection, cursor, batchSize),
      options.retry,
    );
  }
  function takePage(cursor: Checkpoint | undefined, batchSize: number) {
    const ready = prefetched?.from === keyOf(cursor) ? prefetched.page : undefined;
    prefetched = undefined;
    return ready ?? fetchPage(cursor, batchSize);
  }

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
      stopped ??= { reason: 'gave-up', failure: { kind: 'network', message: String(error) } };
      return { documents: [], checkpoint };
    }
  }

  async function pullPages(checkpoint: Checkpoint | undefined, batchSize: number) {
    const documents: Record<string, unknown>[] = [];
    const start = laterOf(checkpoint, await skippedThrough());
    let cursor = start;
    for (;;) {
      const page = await takePage(cursor, batchSize);
      if (!page.ok) {
        stopped = page.error;
        // Not a throw: RxDB would call the handler again every second, forever, and a non-live
        // replication cannot be cancelled until its first sync ends. Ending here keeps the pages
        // already checked; the failure is returned below.
        return { documents, checkpoint: cursor };
      }
      const issues = [];
      for (const [index, raw] of page.value.documents.entries()) {
        const rawId = (raw as { id?: unknown } | null)?.id;
        const name = typeof rawId === 'string' ? rawId.slice(0, 64) : `#${index}`;
        const parsed = parseDocument(schemas[collection], raw, `${collection} ${name}`);
        if (parsed.ok && parsed.value.unitId === options.unitId) {
          documents.push(parsed.value);
        } else {
          skipped += 1;
          const message = parsed.ok ? '记录不属于本单位' : parsed.error.message;
          issues.push({
            id: `${collection}:${name}:${page.value.checkpoint.updatedAt}`.slice(0, 200),
            source: collection,
            documentId: name,
            message: message.slice(0, 1000),
            at: new Date().toISOString(),
          });
        }
      }
      if (issues.length > 0) await db.pullissues.bulkUpsert(issues);
      received += page.value.documents.length;
      cursor = page.value.checkpoint;
      report(cursor);
      // A short page is the end. Skipped documents must not shorten what RxDB sees, or it would
      // take a full page with one bad record for the end and stop early.
      if (page.value.documents.length < batchSize || documents.length >= batchSize) break;
    }
    if (documents.length >= batchSize) {
      prefetched = { from: keyOf(cursor), page: fetchPage(cursor, batchSize) };
    }
    if (documents.length === 0 && cursor !== start) {
      await db.meta.upsert({ key: skippedKey, value: { ...cursor } });
    }
    return { documents, checkpoint: cursor };
  }

  const replication = replicateRxCollection<Record<string, unknown>, Checkpoint>({
    replicationIdentifier: `provincial-${collection}-${options.unitId}`,
    collection: db[collection] as never,
    deletedField: 'deleted',
    live: false,
    retryTime: 1000,
    waitForLeadership: false,
    autoStart: true,
    pull: { batchSize: options.batchSize, handler: handler as never },
  });

  const subscriptions: Subscription[] = [];
  const ended = new Promise<'ended'>((resolve) => {
    const fail = (message: string) => {
      stopped ??= { reason: 'gave-up', failure: { kind: 'network', message } };
      resolve('ended');
    };
    subscriptions.push(replication.error$.subscribe((error) => fail(String(error))));
    // A non-live replication cancels itself once done; one cancelled underneath us (the database
    // closed by a reload) would otherwise never finish. Either way the wait ends here, and the
    // checkpoint tells the next sync where to go on.
    subscriptions.push(
      replication.canceled$.subscribe((isCanceled: unknown) => {
        if (isCanceled === true) resolve('ended');
      }),
    );
  });
  await Promise.race([replication.awaitInitialReplication().then(() => 'done' as const), ended]);
  for (const subscription of subscriptions) subscription.unsubscribe();
  await replication.cancel();
  if (stopped !== undefined) return err(stopped);
  options.onProgress?.({ collection, received, skipped, percent: 100 });
  return ok({ received, skipped });
}
