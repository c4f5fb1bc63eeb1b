import { map, type Observable } from 'rxjs';
import type { ReviewerDatabase } from '../db/database.ts';
import { metaEntries } from './meta-entries.ts';
import { watchMeta, writeMeta } from './meta-store.ts';

/** Whether the single-key shortcuts answer, as it changes; on until the reviewer turns them off. */
export function watchShortcutsEnabled(db: ReviewerDatabase): Observable<boolean> {
  return watchMeta(db, metaEntries.shortcuts).pipe(map((stored) => stored?.enabled ?? true));
}

export function saveShortcutsEnabled(db: ReviewerDatabase, enabled: boolean): Promise<void> {
  return writeMeta(db, metaEntries.shortcuts, { enabled });
}
