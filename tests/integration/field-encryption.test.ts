import { createRxDatabase } from 'rxdb';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { databaseName } from '../../renderer/src/data/db/database.ts';
import { staffDocSchema } from '../../renderer/src/data/db/schemas.ts';
import {
  asStored,
  closeReviewerDatabase,
  databaseKey,
  fakeIdb,
  goodStaff,
  idNumberOf,
  openReplica,
  phoneOf,
  rawRecords,
} from './replica-fixture.ts';

/** The 身份证号 field of one staff record as IndexedDB holds it. */
async function storedIdNumber(replica: string, id: string): Promise<string> {
  const raw = await rawRecords(replica);
  const match = new RegExp(`"id":"${id}"[^}]*?"idNumber":"([^"]+)"`).exec(raw);
  if (match?.[1] === undefined) throw new Error(`no stored idNumber for ${id}`);
  return match[1];
}

describe('field encryption of 身份证号 and phone numbers', () => {
  it('reads a replica written by the earlier crypto-js encryption, and rewrites what changes', async () => {
    const replica = 'legacy-crypto-js';
    // A replica as the app wrote it before: RxDB's crypto-js plugin, same key and schema.
    const before = await createRxDatabase({
      name: databaseName(replica),
      storage: wrappedKeyEncryptionCryptoJsStorage({ storage: getRxStorageDexie(fakeIdb) }),
      password: databaseKey,
      multiInstance: false,
    });
    await before.addCollections({ staff: { schema: staffDocSchema } });
    await before['staff']?.bulkInsert([asStored(goodStaff(1, 1)), asStored(goodStaff(2, 2))]);
    await before.close();
    expect(await storedIdNumber(replica, 's-1')).not.toMatch(/^g1:/);

    const db = await openReplica(replica);
    const one = await db.staff.findOne('s-1').exec();
    expect(one?.idNumber).toBe(idNumberOf(1));
    expect(one?.phone).toBe(phoneOf(1));
    await one?.incrementalPatch({ name: '改名职工' });
    await closeReviewerDatabase(db);

    // The changed record is sealed the new way; the other keeps the old form, still readable.
    expect(await storedIdNumber(replica, 's-1')).toMatch(/^g1:/);
    expect(await storedIdNumber(replica, 's-2')).not.toMatch(/^g1:/);
    const raw = await rawRecords(replica);
    for (const n of [1, 2]) {
      expect(raw).not.toContain(idNumberOf(n));
      expect(raw).not.toContain(phoneOf(n));
    }
    const again = await openReplica(replica);
    expect((await again.staff.findOne('s-1').exec())?.idNumber).toBe(idNumberOf(1));
    expect((await again.staff.findOne('s-2').exec())?.phone).toBe(phoneOf(2));
    await closeReviewerDatabase(again);
  });

  it('seals the same number differently each time, so equal numbers do not show as equal', async () => {
    const replica = 'fresh-iv';
    const db = await openReplica(replica);
    await db.staff.bulkInsert([
      asStored(goodStaff(3, 1)) as never,
      { ...asStored(goodStaff(4, 1)), idNumber: idNumberOf(3) } as never,
    ]);
    await closeReviewerDatabase(db);
    const [three, four] = [
      await storedIdNumber(replica, 's-3'),
      await storedIdNumber(replica, 's-4'),
    ];
    expect(three).toMatch(/^g1:/);
    expect(three).not.toBe(four);
  });
});
