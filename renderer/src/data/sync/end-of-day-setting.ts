import { map, type Observable } from 'rxjs';
import type { ReviewerDatabase } from '../db/database.ts';
import { metaEntries } from '../meta/meta-entries.ts';
import { watchMeta, writeMeta } from '../meta/meta-store.ts';
import { defaultEndOfDay, type EndOfDaySetting } from './schedule.ts';

/** The reviewer's end-of-day sync setting, the default for anything not set, as it changes. */
export function watchEndOfDay(db: ReviewerDatabase): Observable<EndOfDaySetting> {
  return watchMeta(db, metaEntries.endOfDay).pipe(
    map((stored) => ({
      enabled: stored?.enabled ?? defaultEndOfDay.enabled,
      time: stored?.time ?? defaultEndOfDay.time,
      jitterMinutes: stored?.jitterMinutes ?? defaultEndOfDay.jitterMinutes,
    })),
  );
}

export function saveEndOfDay(db: ReviewerDatabase, setting: EndOfDaySetting): Promise<void> {
  return writeMeta(db, metaEntries.endOfDay, { ...setting });
}
