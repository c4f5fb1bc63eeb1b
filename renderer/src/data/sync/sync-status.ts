import type { Observable } from 'rxjs';
import type { ReviewerDatabase } from '../db/database.ts';
import { metaEntries } from '../meta/meta-entries.ts';
import { readMeta, writeMeta } from '../meta/meta-store.ts';

/** What survives a restart: when the last sync succeeded, what went wrong last, and whether we were online. */
export interface DurableSyncStatus {
  readonly lastSuccessAt: string | null;
  readonly lastError: string | null;
  readonly online: boolean;
}

export const emptySyncStatus: DurableSyncStatus = {
  lastSuccessAt: null,
  lastError: null,
  online: true,
};

export async function readSyncStatus(db: ReviewerDatabase): Promise<DurableSyncStatus> {
  const stored = await readMeta(db, metaEntries.syncStatus);
  return {
    lastSuccessAt: stored?.lastSuccessAt ?? emptySyncStatus.lastSuccessAt,
    lastError: stored?.lastError ?? emptySyncStatus.lastError,
    online: stored?.online ?? emptySyncStatus.online,
  };
}

export async function writeSyncStatus(
  db: ReviewerDatabase,
  patch: Partial<DurableSyncStatus>,
): Promise<DurableSyncStatus> {
  const next = { ...(await readSyncStatus(db)), ...patch };
  await writeMeta(db, metaEntries.syncStatus, next);
  return next;
}

export async function countPending(db: ReviewerDatabase): Promise<number> {
  return db.decisions.count({ selector: { state: 'pending' } }).exec();
}

/** Decisions made on this machine and not yet accepted by the platform, as they change. */
export function watchPendingCount(db: ReviewerDatabase): Observable<number> {
  return db.decisions.count({ selector: { state: 'pending' } }).$;
}
