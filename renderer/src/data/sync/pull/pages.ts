import {
  changeRequestSchema,
  claimSchema,
  parseDocument,
  projectSchema,
  staffSchema,
  transferSchema,
  type Checkpoint,
  type PullPage,
} from '#shared/contract/index.ts';
import type { Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../../db/database.ts';
import type { ApiClient, PulledCollection } from '../api-client.ts';
import { withRetry, type CallFailure, type RetryOptions } from '../with-retry.ts';

export type { PulledCollection } from '../api-client.ts';

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
  /** The first full pull as a bulk load (the default), or all of it through the plugin. */
  readonly bulkFirstLoad?: boolean;
}

/** Counts of one collection's pull, shared by the bulk load and the replication. */
export interface PullTally {
  received: number;
  skipped: number;
}

/** What a pulled page is checked as; projects are pulled apart (data/projects/pull-projects.ts). */
const schemas = {
  staff: staffSchema,
  claims: claimSchema,
  changes: changeRequestSchema,
  transfers: transferSchema,
  projects: projectSchema,
} as const;

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
 * Checks every document of a page against the contract. A bad one, or one of another unit, is
 * recorded in `pullissues` and left out; the rest are returned as sent (tombstone flag included).
 */
export async function checkPage(
  db: ReviewerDatabase,
  collection: keyof typeof schemas,
  unitId: string,
  page: PullPage,
  tally: PullTally,
): Promise<Record<string, unknown>[]> {
  const documents: Record<string, unknown>[] = [];
  const issues = [];
  for (const [index, raw] of page.documents.entries()) {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' ? rawId.slice(0, 64) : `#${index}`;
    const parsed = parseDocument(schemas[collection], raw, `${collection} ${name}`);
    if (parsed.ok && parsed.value.unitId === unitId) {
      documents.push(parsed.value);
    } else {
      tally.skipped += 1;
      const message = parsed.ok ? '记录不属于本单位' : parsed.error.message;
      issues.push({
        id: `${collection}:${name}:${page.checkpoint.updatedAt}`.slice(0, 200),
        source: collection,
        documentId: name,
        message: message.slice(0, 1000),
        at: new Date().toISOString(),
      });
    }
  }
  if (issues.length > 0) await db.pullissues.bulkUpsert(issues);
  tally.received += page.documents.length;
  return documents;
}

/**
 * The server's pages, with the next one already on its way while the local writes run: the
 * server's time and ours overlap instead of adding up. A prefetch is only used for the checkpoint
 * it was made from, so a restarted or resumed pull never takes a stale page.
 */
export function createPageSource(
  client: ApiClient,
  collection: PulledCollection,
  options: Pick<PullOptions, 'unitId' | 'retry'>,
) {
  type PageResult = Promise<Result<PullPage, CallFailure>>;
  let prefetched: { from: string; page: PageResult } | undefined;
  const keyOf = (checkpoint: Checkpoint | undefined) =>
    checkpoint === undefined ? '' : `${checkpoint.updatedAt}|${checkpoint.id}`;
  const fetchPage = (cursor: Checkpoint | undefined, limit: number): PageResult =>
    withRetry(() => client.pull(options.unitId, collection, cursor, limit), options.retry);
  return {
    take(cursor: Checkpoint | undefined, limit: number): PageResult {
      const ready = prefetched?.from === keyOf(cursor) ? prefetched.page : undefined;
      prefetched = undefined;
      return ready ?? fetchPage(cursor, limit);
    },
    prefetch(cursor: Checkpoint, limit: number): void {
      prefetched = { from: keyOf(cursor), page: fetchPage(cursor, limit) };
    },
  };
}

export type PageSource = ReturnType<typeof createPageSource>;

/** Progress as counts and an estimated percent, from the checkpoint's time. */
export function createProgress(
  collection: PulledCollection,
  options: Pick<PullOptions, 'serverNow' | 'onProgress'>,
  tally: PullTally,
) {
  let firstTime: number | undefined;
  return (checkpoint: Checkpoint | undefined) => {
    const at = checkpoint === undefined ? undefined : Date.parse(checkpoint.updatedAt);
    if (at !== undefined) firstTime ??= at;
    const span = options.serverNow - (firstTime ?? options.serverNow);
    const percent =
      at === undefined || firstTime === undefined || span <= 0
        ? 0
        : Math.min(99, Math.floor(((at - firstTime) / span) * 100));
    options.onProgress?.({ collection, ...tally, percent });
  };
}
