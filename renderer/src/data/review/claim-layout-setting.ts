import { map, type Observable } from 'rxjs';
import type { ReviewerDatabase } from '../db/database.ts';
import { metaEntries, type StoredClaimLayout } from '../meta/meta-entries.ts';
import { watchMeta, writeMeta } from '../meta/meta-store.ts';

/**
 * The claim view's split at 1366×768: a narrow list, the evidence widest (an A4 page fits its
 * height), the facts and the decision on the right.
 */
export const defaultClaimLayout: StoredClaimLayout = { listPercent: 26, decisionPercent: 34 };

/** The reviewer's split of the claim view, as last left, on this machine. */
export function watchClaimLayout(db: ReviewerDatabase): Observable<StoredClaimLayout> {
  return watchMeta(db, metaEntries.claimLayout).pipe(map((stored) => stored ?? defaultClaimLayout));
}

export function saveClaimLayout(db: ReviewerDatabase, layout: StoredClaimLayout): Promise<void> {
  return writeMeta(db, metaEntries.claimLayout, { ...layout });
}
