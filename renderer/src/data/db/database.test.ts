import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { createRxDatabase } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { closeReviewerDatabase, databaseName, openReviewerDatabase } from './database.ts';
import { fieldEncryptionStorage } from './field-encryption.ts';
import { decisionDocSchema, type DecisionDoc } from './schemas.ts';

const fakeIdb = { indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange };
const key = 'c'.repeat(64);

describe('reviewer database', () => {
  it('opens a database kept by the version before the sending state, decisions and all', async () => {
    const unitId = `kept-${crypto.randomUUID().slice(0, 8)}`;
    const before = await createRxDatabase({
      name: databaseName(unitId),
      storage: fieldEncryptionStorage(getRxStorageDexie(fakeIdb)),
      password: key,
      multiInstance: false,
    });
    const stateV0 = {
      type: 'string',
      enum: ['pending', 'applied', 'duplicate', 'conflict', 'invalid'],
      maxLength: 16,
    };
    await before.addCollections({
      decisions: {
        schema: {
          ...decisionDocSchema,
          version: 0,
          properties: { ...decisionDocSchema.properties, state: stateV0 },
        },
      },
    });
    const kept = {
      decisionId: 'd-1',
      payload: {
        decisionId: 'd-1',
        target: { kind: 'claim', id: 'c-1' },
        baseRevision: 1,
        outcome: 'reject',
        reason: '材料不全',
        reviewerName: '审核员',
        decidedAt: '2026-01-05T08:00:00.000Z',
      },
      staffId: 's-1',
      staffName: '职工1',
      title: '学术会议',
      category: 'training',
      claimedHours: 8,
      integrityMark: false,
      createdAt: '2026-01-05T08:00:00.000Z',
      state: 'pending',
    } satisfies DecisionDoc;
    await before.collections['decisions']?.insert(kept);
    await before.close();

    const db = await openReviewerDatabase({ unitId, key, indexedDb: fakeIdb });
    expect((await db.decisions.findOne('d-1').exec())?.toJSON()).toEqual(kept);
    await closeReviewerDatabase(db);
  });
});
