import type { ReviewerDatabase } from '../db/database.ts';

/** What survives a restart: when the last sync succeeded, what went wrong last, and whether we were online. */
export interface DurableSyncStatus {
  readonly lastSuccessAt: string | null;
  readonly lastError: string | null;
  readonly online: boolean;
}

const key = 'sync-status';
export const emptySyncStatus: DurableSyncStatus = {
  lastSuccessAt: null,
  lastError: null,
  online: true,
};

export async function readSyncStatus(db: ReviewerDatabase): Promise<DurableSyncStatus> {
  const doc = await db.meta.findOne(key).exec();
  return doc === null
    ? emptySyncStatus
    : { ...emptySyncStatus, ...(doc.value as Partial<DurableSyncStatus>) };
}

export async function writeSyncStatus(
  db: ReviewerDatabase,
  patch: Partial<DurableSyncStatus>,
): Promise<DurableSyncStatus> {
  const next = { ...(await readSyncStatus(db)), ...patch };
  await db.meta.upsert({ key, value: { ...next } });
  return next;
}

export async function countPending(db: ReviewerDatabase): Promise<number> {
  return db.decisions.count({ selector: { state: 'pending' } }).exec();
}
