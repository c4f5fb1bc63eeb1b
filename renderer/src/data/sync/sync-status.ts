import { combineLatest, map, type Observable } from 'rxjs';
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

/**
 * Not yet confirmed by the platform: never sent, or sent and the answer not yet read. Counted
 * state by state: RxDB counts only on a plain index match, which `$in` is not.
 */
const unconfirmed = ['pending', 'sending'] as const;

export async function countPending(db: ReviewerDatabase): Promise<number> {
  const counts = await Promise.all(
    unconfirmed.map((state) => db.decisions.count({ selector: { state } }).exec()),
  );
  return counts.reduce((sum, n) => sum + n, 0);
}

/** Decisions made on this machine and not yet accepted by the platform, as they change. */
export function watchPendingCount(db: ReviewerDatabase): Observable<number> {
  return combineLatest(
    unconfirmed.map((state) => db.decisions.count({ selector: { state } }).$),
  ).pipe(map((counts) => counts.reduce((sum, n) => sum + n, 0)));
}
