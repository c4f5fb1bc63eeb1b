import { map, type Observable } from 'rxjs';
import type { ReviewerDatabase } from '../db/database.ts';
import type { MetaEntry } from './meta-entries.ts';

/** The value a meta entry holds, read through its schema; undefined when absent or unreadable. */
function parse<T>(entry: MetaEntry<T>, value: unknown): T | undefined {
  if (value === undefined) return undefined;
  const parsed = entry.schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export async function readMeta<T>(
  db: ReviewerDatabase,
  entry: MetaEntry<T>,
): Promise<T | undefined> {
  const doc = await db.meta.findOne(entry.key).exec();
  return parse(entry, doc?.toMutableJSON().value);
}

/** The entry's value now and after every change, for a screen to follow. */
export function watchMeta<T>(db: ReviewerDatabase, entry: MetaEntry<T>): Observable<T | undefined> {
  return db.meta.findOne(entry.key).$.pipe(map((doc) => parse(entry, doc?.toMutableJSON().value)));
}

export async function writeMeta<T extends Record<string, unknown>>(
  db: ReviewerDatabase,
  entry: MetaEntry<T>,
  value: T,
): Promise<void> {
  await db.meta.upsert({ key: entry.key, value: { ...value } });
}
