import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import type { Claim, Staff } from '#shared/contract/index.ts';
import type { Result } from '#shared/errors/result.ts';
import type { DecisionDoc } from '../../renderer/src/data/db/schemas.ts';
import {
  databaseName,
  closeReviewerDatabase,
  openReviewerDatabase,
  type ReviewerDatabase,
} from '../../renderer/src/data/db/database.ts';
import { createApiClient, type ApiClient } from '../../renderer/src/data/sync/api-client.ts';
import { pullCollection, type PulledCollection } from '../../renderer/src/data/sync/pull/index.ts';
import { serverTime, type FakeProvincial } from './fake-provincial.ts';
import { idbRequest as request } from '../../renderer/src/host/idb-request.ts';

export const unitId = 'unit-a';
export const databaseKey = 'a'.repeat(64);
export const fakeIdb = { indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange } as const;
export const noWait = { maxAttempts: 3, sleep: () => Promise.resolve() } as const;

/**
 * What the outbox holds for the decision an outbox call answered with: the whole document, for a
 * test to compare the answer with; null when it holds none (or the call failed).
 */
export async function outboxDoc(
  db: ReviewerDatabase,
  made: Result<DecisionDoc>,
): Promise<DecisionDoc | null> {
  if (!made.ok) return null;
  return (await db.decisions.findOne(made.value.decisionId).exec())?.toMutableJSON() ?? null;
}

/** The real data layer's database on fake-indexeddb; `name` picks the replica. */
export function openReplica(name: string, key: string = databaseKey): Promise<ReviewerDatabase> {
  return openReviewerDatabase({ unitId: name, key, indexedDb: fakeIdb });
}

export { closeReviewerDatabase };

export function clientOf(server: FakeProvincial): ApiClient {
  return createApiClient({ baseUrl: server.baseUrl, token: () => 'fake-token', timeoutMs: 10_000 });
}

export function pull(
  db: ReviewerDatabase,
  server: FakeProvincial,
  collection: PulledCollection,
  batchSize: number,
) {
  return pullCollection(db, clientOf(server), collection, {
    unitId,
    batchSize,
    serverNow: Date.now(),
    retry: noWait,
  });
}

/** A distinct, well-formed 身份证号 and mobile number per person. */
export const idNumberOf = (n: number) => `11010119900307${String(n).padStart(3, '0')}X`;
export const phoneOf = (n: number) => `139${String(77_000_000 + n)}`;

export function goodStaff(n: number, at: number, extra: Partial<Staff> = {}): Staff {
  return {
    id: `s-${String(n)}`,
    unitId,
    name: `职工${String(n)}`,
    idNumber: idNumberOf(n),
    phone: phoneOf(n),
    department: '内科',
    status: 'active',
    updatedAt: serverTime(at),
    revision: 1,
    deleted: false,
    ...extra,
  };
}

export function goodClaim(n: number, at: number, extra: Partial<Claim> = {}): Claim {
  return {
    id: `c-${String(n)}`,
    unitId,
    staffId: 's-1',
    year: 2025,
    category: 'training',
    subject: 'professional',
    title: `学术会议 ${String(n)}`,
    startDate: '2025-03-01',
    endDate: '2025-03-02',
    claimedHours: 12,
    attachments: [],
    status: 'submitted',
    submittedAt: serverTime(at),
    updatedAt: serverTime(at),
    revision: 1,
    deleted: false,
    ...extra,
  };
}

/** What the replica keeps of a document: everything the server sent but RxDB's tombstone flag. */
export function asStored(document: Staff | Claim): Record<string, unknown> {
  const { deleted: _deleted, ...rest } = document;
  return rest;
}

export async function storedJson(db: ReviewerDatabase, collection: PulledCollection) {
  const docs = await db[collection].find().exec();
  return new Map(docs.map((doc) => [doc.primary, doc.toJSON() as Record<string, unknown>]));
}

/** Every record of every IndexedDB database behind one replica, read without RxDB. */
export async function rawRecords(replica: string): Promise<string> {
  const names = (await fakeIdb.indexedDB.databases())
    .map((info) => info.name ?? '')
    .filter((name) => name.includes(databaseName(replica)));
  if (names.length === 0) throw new Error(`no IndexedDB database behind replica ${replica}`);
  const parts: string[] = [];
  for (const name of names) {
    const idb = await request(fakeIdb.indexedDB.open(name));
    for (const store of Array.from(idb.objectStoreNames)) {
      const all = await request(idb.transaction(store, 'readonly').objectStore(store).getAll());
      parts.push(JSON.stringify(all));
    }
    idb.close();
  }
  return parts.join('\n');
}
