import { map, type Observable } from 'rxjs';
import type { ReviewerDatabase } from '../db/database.ts';
import { metaEntries } from '../meta/meta-entries.ts';
import { watchMeta, writeMeta } from '../meta/meta-store.ts';
import { defaultEvidenceBudget } from './evidence-room.ts';

/** The most disk the evidence files may take on this machine, in bytes, as it changes. */
export function watchEvidenceBudget(db: ReviewerDatabase): Observable<number> {
  return watchMeta(db, metaEntries.evidenceBudget).pipe(
    map((stored) => stored?.bytes ?? defaultEvidenceBudget),
  );
}

export function saveEvidenceBudget(db: ReviewerDatabase, bytes: number): Promise<void> {
  return writeMeta(db, metaEntries.evidenceBudget, { bytes: Math.round(bytes) });
}
