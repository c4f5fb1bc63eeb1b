import type { RxCollection } from 'rxdb';
import type { Checkpoint } from '#shared/contract/index.ts';
import { err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../../db/database.ts';
import type { CallFailure } from '../with-retry.ts';
import { saveBulkProgress, type BulkState } from './bulk-state.ts';
import {
  checkPage,
  type PageSource,
  type PullOptions,
  type PullTally,
  type PulledCollection,
} from './pages.ts';
import { insertUnseen } from './stored-write.ts';

/**
 * Whether this pull is (the rest of) the very first full load: one begun and not finished, or
 * none begun on a replica that holds nothing of this collection yet.
 */
export async function needsBulkLoad(
  db: ReviewerDatabase,
  collection: PulledCollection,
  state: BulkState | undefined,
): Promise<boolean> {
  if (state !== undefined) return !state.done;
  return (await db[collection].count().exec()) === 0;
}

/**
 * The first full pull of a collection, page by page without the replication plugin: each page is
 * checked like the plugin's, written in one bulk write, and its checkpoint kept in `meta`, so a
 * pull cut off anywhere resumes from the last page written. The plugin's per-document work (fork
 * and replication-meta reads, a second decryption of every change) buys nothing on an empty
 * replica; the plugin takes over from the checkpoint this leaves (see pull-collection.ts).
 */
export async function bulkLoad(
  db: ReviewerDatabase,
  pages: PageSource,
  collection: PulledCollection,
  options: PullOptions,
  run: {
    readonly from: Checkpoint | undefined;
    readonly tally: PullTally;
    readonly report: (checkpoint: Checkpoint | undefined) => void;
  },
): Promise<Result<Checkpoint | undefined, CallFailure>> {
  const target = db[collection] as unknown as RxCollection<Record<string, unknown>>;
  // A load begun in this run starts on an empty collection: what it has not written yet is not
  // there, so those documents skip RxDB's conflict read (stored-write.ts). A resumed load cannot
  // know what the run before it wrote, and writes through RxDB throughout.
  const written = run.from === undefined ? new Set<string>() : undefined;
  let cursor = run.from;
  // One page is written while the next is fetched and checked: IndexedDB commits one while this
  // thread works on the other. Writes and their checkpoints go in page order, each after the
  // page before it, so a later state of a record is written after its earlier one.
  let writing: Promise<void> = Promise.resolve();
  for (;;) {
    const page = await pages.take(cursor, options.batchSize);
    if (!page.ok) {
      await writing;
      return err(page.error);
    }
    // A short page is the end; skipped documents do not make a full page short.
    const isLast = page.value.documents.length < options.batchSize;
    if (!isLast) pages.prefetch(page.value.checkpoint, options.batchSize);
    const documents = await checkPage(db, collection, options.unitId, page.value, run.tally);
    const before = writing;
    const at = page.value.checkpoint;
    writing = before.then(async () => {
      await writePage(target, documents, written);
      await saveBulkProgress(db, collection, at, isLast);
      run.report(at);
    });
    // Awaited below or on the next turn; this only keeps a failure from counting as unhandled
    // while the previous page is awaited.
    writing.catch(() => undefined);
    cursor = at;
    if (isLast) {
      await writing;
      return ok(cursor);
    }
    await before;
  }
}

/**
 * Writes one checked page as the replication would: new records inserted, records already here
 * (written by an earlier page, or before a crash) overwritten, tombstones removing what they name.
 * `written`, when the load began on an empty collection, holds every id it has written so far.
 */
async function writePage(
  target: RxCollection<Record<string, unknown>>,
  documents: readonly Record<string, unknown>[],
  written: Set<string> | undefined,
): Promise<void> {
  // Later in the page is later on the server: the last state of an id wins.
  const live = new Map<string, Record<string, unknown>>();
  const gone = new Set<string>();
  for (const { deleted, ...doc } of documents) {
    const id = String(doc['id']);
    if (deleted === true) {
      live.delete(id);
      gone.add(id);
    } else {
      gone.delete(id);
      live.set(id, doc);
    }
  }
  if (written === undefined) {
    await insertOrReplace(target, [...live.values()]);
    await remove(target, [...gone]);
    return;
  }
  const unseen = [...live.values()].filter((doc) => !written.has(String(doc['id'])));
  const again = [...live.values()].filter((doc) => written.has(String(doc['id'])));
  await insertUnseen(target, unseen);
  await insertOrReplace(target, again);
  // A tombstone of a record this load never wrote names nothing here.
  await remove(
    target,
    [...gone].filter((id) => written.has(id)),
  );
  for (const doc of unseen) written.add(String(doc['id']));
}

async function insertOrReplace(
  target: RxCollection<Record<string, unknown>>,
  documents: Record<string, unknown>[],
): Promise<void> {
  if (documents.length === 0) return;
  const byId = new Map(documents.map((doc) => [String(doc['id']), doc]));
  const inserted = await target.bulkInsert(documents);
  const present: Record<string, unknown>[] = [];
  for (const error of inserted.error) {
    const doc = byId.get(error.documentId);
    if (error.status !== 409 || doc === undefined) throw new Error(describe(error));
    present.push(doc);
  }
  if (present.length > 0) {
    const upserted = await target.bulkUpsert(present);
    const [first] = upserted.error;
    if (first !== undefined) throw new Error(describe(first));
  }
}

async function remove(target: RxCollection<Record<string, unknown>>, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const removed = await target.bulkRemove(ids);
  const [first] = removed.error;
  if (first !== undefined) throw new Error(describe(first));
}

const describe = (error: { status: number; documentId: string }) =>
  `write of ${error.documentId} failed with ${String(error.status)}`;
