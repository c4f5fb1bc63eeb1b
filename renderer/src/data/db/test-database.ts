import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { openReviewerDatabase, type ReviewerDatabase } from './database.ts';

/** A fresh local database on fake-indexeddb, for unit tests of data/ in Node. */
export function openTestDatabase(): Promise<ReviewerDatabase> {
  return openReviewerDatabase({
    unitId: `test-${crypto.randomUUID().slice(0, 8)}`,
    key: 'a'.repeat(64),
    indexedDb: { indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange },
  });
}
