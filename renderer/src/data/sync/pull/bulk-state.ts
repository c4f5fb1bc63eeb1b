import type { Checkpoint } from '#shared/contract/index.ts';
import type { ReviewerDatabase } from '../../db/database.ts';
import { metaEntries } from '../../meta/meta-entries.ts';
import { readMeta, writeMeta } from '../../meta/meta-store.ts';
import type { PulledCollection } from './pages.ts';

/**
 * How far the first full load of a collection got, kept in `meta` after every page. The bulk load
 * and the hand-over each move it on through their own step below; neither writes it directly.
 */
export interface BulkState {
  readonly checkpoint: Checkpoint | undefined;
  /** The load reached the end of the server's feed. */
  readonly done: boolean;
  /** The replication plugin holds the checkpoint now (handover.ts). */
  readonly handedOver: boolean;
}

export async function readBulkState(
  db: ReviewerDatabase,
  collection: PulledCollection,
): Promise<BulkState | undefined> {
  const stored = await readMeta(db, metaEntries.pullBulk(collection));
  if (stored === undefined) return undefined;
  return { checkpoint: stored.checkpoint, done: stored.done, handedOver: stored.handedOver };
}

async function writeBulkState(
  db: ReviewerDatabase,
  collection: PulledCollection,
  state: BulkState,
): Promise<void> {
  const { checkpoint, done, handedOver } = state;
  await writeMeta(db, metaEntries.pullBulk(collection), {
    ...(checkpoint === undefined ? {} : { checkpoint }),
    done,
    handedOver,
  });
}

/** Bulk load: one more page is written; `done` when it was the last of the server's feed. */
export function saveBulkProgress(
  db: ReviewerDatabase,
  collection: PulledCollection,
  checkpoint: Checkpoint | undefined,
  done: boolean,
): Promise<void> {
  return writeBulkState(db, collection, { checkpoint, done, handedOver: false });
}

/** Hand-over: the replication plugin holds the checkpoint from now on. */
export function markHandedOver(
  db: ReviewerDatabase,
  collection: PulledCollection,
  checkpoint: Checkpoint | undefined,
): Promise<void> {
  return writeBulkState(db, collection, { checkpoint, done: true, handedOver: true });
}
