import type { RxCollection } from 'rxdb';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewerDatabase } from '../../renderer/src/data/db/database.ts';
import { databaseName } from '../../renderer/src/data/db/database.ts';
import { insertUnseen } from '../../renderer/src/data/sync/pull/stored-write.ts';
import { idbRequest as request } from '../../renderer/src/host/idb-request.ts';
import {
  asStored,
  closeReviewerDatabase,
  fakeIdb,
  goodClaim,
  goodStaff,
  openReplica,
} from './replica-fixture.ts';

type Loose = RxCollection<Record<string, unknown>>;
const loose = (db: ReviewerDatabase, name: 'staff' | 'claims') => db[name] as unknown as Loose;

const staff = Array.from({ length: 12 }, (_, i) =>
  asStored(goodStaff(i + 1, i + 1, i % 3 === 0 ? { department: '外科' } : {})),
);
const claims = Array.from({ length: 12 }, (_, i) =>
  asStored(goodClaim(i + 1, i + 1, i % 2 === 0 ? { status: 'unit_approved' } : {})),
);

/**
 * The rows IndexedDB holds for one collection of a replica, read without RxDB, with what differs
 * between two databases by design put in words: the write time, the database's token in `_rev`,
 * and each sealed value (a fresh IV every time).
 */
async function storedRows(db: ReviewerDatabase, collection: 'staff' | 'claims') {
  const name = `rxdb-dexie-${databaseName(db.name.slice('ce-'.length))}--1--${collection}`;
  const idb = await request(fakeIdb.indexedDB.open(name));
  const rows = (await request(
    idb.transaction('docs', 'readonly').objectStore('docs').getAll(),
  )) as Record<string, unknown>[];
  idb.close();
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      if (key === '_meta') out[key] = { lwt: typeof (value as { lwt: unknown }).lwt };
      else if (key === '_rev') out[key] = value === `1-${db.token}` ? '1-<token>' : value;
      else if (typeof value === 'string' && value.startsWith('g1:')) out[key] = '<sealed>';
      else out[key] = value;
    }
    return out;
  });
}

const plain = (docs: { toJSON: () => unknown }[]) => docs.map((doc) => doc.toJSON());

type Writer = 'insertUnseen' | 'bulkInsert';

/**
 * A fresh replica whose `collection` gets `docs` from one writer, then `look` at it; RxDB's limit of
 * open collections allows one replica at a time, so the two writers are compared one after the other.
 */
async function afterWrite<T>(
  writer: Writer,
  collection: 'staff' | 'claims',
  docs: Record<string, unknown>[],
  look: (db: ReviewerDatabase) => Promise<T>,
): Promise<T> {
  const db = await openReplica(
    `stored-${writer}-${String(Date.now())}-${String(Math.random()).slice(2, 8)}`,
  );
  try {
    if (writer === 'insertUnseen') await insertUnseen(loose(db, collection), docs);
    else expect((await loose(db, collection).bulkInsert(docs)).error).toEqual([]);
    return await look(db);
  } finally {
    await closeReviewerDatabase(db);
  }
}

const sorted = { sort: [{ id: 'asc' as const }] };
const surgery = { selector: { department: '外科' }, sort: [{ id: 'asc' as const }] };
const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  String(a['id']).localeCompare(String(b['id']));

describe('insertUnseen', () => {
  it('stores every document exactly as RxDB’s own bulkInsert stores it, sealed fields included', async () => {
    for (const [name, docs] of [
      ['staff', staff],
      ['claims', claims],
    ] as const) {
      const rows = async (db: ReviewerDatabase) => (await storedRows(db, name)).sort(byId);
      const mine = await afterWrite('insertUnseen', name, docs, rows);
      expect(mine).toEqual(await afterWrite('bulkInsert', name, docs, rows));
      expect(mine).toHaveLength(12);
      expect(mine[0]).toMatchObject({ _deleted: '0', _attachments: {}, _rev: '1-<token>' });
    }
    // Sealed at rest: no 身份证号 is in the stored rows as sent.
    const raw = await afterWrite('insertUnseen', 'staff', staff, (db) => storedRows(db, 'staff'));
    expect(JSON.stringify(raw)).not.toContain(String(staff[0]?.['idNumber']));
  });

  it('reads back unchanged through find, findOne, a query and count', async () => {
    const reads = async (db: ReviewerDatabase) => ({
      all: plain(await db.staff.find(sorted).exec()),
      one: (await db.staff.findOne('s-4').exec())?.toJSON(),
      surgery: plain(await db.staff.find(surgery).exec()),
      count: await db.staff.count().exec(),
    });
    const mine = await afterWrite('insertUnseen', 'staff', staff, reads);
    expect(mine).toEqual(await afterWrite('bulkInsert', 'staff', staff, reads));
    expect(mine).toEqual({
      all: [...staff].sort(byId),
      one: staff[3],
      surgery: [staff[0], staff[9], staff[3], staff[6]],
      count: 12,
    });
  });

  it('shows the new documents to a live query opened before the write', async () => {
    const db = await openReplica(`stored-live-${String(Date.now())}`);
    const live: unknown[][] = [];
    const subscription = db.staff.find(surgery).$.subscribe((docs) => live.push(plain(docs)));
    try {
      await vi.waitFor(() => {
        expect(live).toEqual([[]]);
      });
      await insertUnseen(loose(db, 'staff'), staff);
      await vi.waitFor(() => {
        expect(live).toEqual([[], [staff[0], staff[9], staff[3], staff[6]]]);
      });
    } finally {
      subscription.unsubscribe();
      await closeReviewerDatabase(db);
    }
  });

  it('takes later upserts, patches and removals over what it wrote, as over RxDB’s own inserts', async () => {
    const changeAndRead = async (db: ReviewerDatabase) => {
      await db.claims.upsert({
        ...(claims[1] as Record<string, unknown>),
        title: '新标题',
        revision: 2,
      });
      await (await db.claims.findOne('c-3').exec())?.incrementalPatch({ claimedHours: 6 });
      await db.claims.bulkRemove(['c-5']);
      return {
        all: plain(await db.claims.find(sorted).exec()),
        approved: (await db.claims.find({ selector: { status: 'unit_approved' } }).exec()).length,
      };
    };
    const mine = await afterWrite('insertUnseen', 'claims', claims, changeAndRead);
    expect(mine).toEqual(await afterWrite('bulkInsert', 'claims', claims, changeAndRead));
    expect(mine.all).toHaveLength(11);
    expect(mine.all.find((doc) => (doc as { id: string }).id === 'c-2')).toEqual({
      ...claims[1],
      title: '新标题',
      revision: 2,
    });
    expect(mine.approved).toBe(5);
  });
});
