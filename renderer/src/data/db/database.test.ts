import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { createRxDatabase } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { closeReviewerDatabase, databaseName, openReviewerDatabase } from './database.ts';
import { fieldEncryptionStorage } from './field-encryption.ts';
import {
  claimDocSchema,
  decisionDocSchema,
  staffDocSchema,
  type ClaimDoc,
  type DecisionDoc,
  type StaffDoc,
} from './schemas.ts';

const fakeIdb = { indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange };
const key = 'c'.repeat(64);

/** A decision as a replica before 1.1 kept it. */
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
    await before.collections['decisions']?.insert(kept);
    await before.close();

    const db = await openReviewerDatabase({ unitId, key, indexedDb: fakeIdb });
    expect((await db.decisions.findOne('d-1').exec())?.toJSON()).toEqual(kept);
    await closeReviewerDatabase(db);
  });

  it('opens a replica kept by the 1.0 version (staff, claims and decisions before 1.1) and migrates it', async () => {
    const unitId = `v10-${crypto.randomUUID().slice(0, 8)}`;
    const before = await createRxDatabase({
      name: databaseName(unitId),
      storage: fieldEncryptionStorage(getRxStorageDexie(fakeIdb)),
      password: key,
      multiInstance: false,
    });
    const { integrityRecords: _records, ...staffV0 } = staffDocSchema.properties;
    const { filedBy: _filedBy, ...claimV0 } = claimDocSchema.properties;
    const { serverRequest: _request, ...decisionV1 } = decisionDocSchema.properties;
    await before.addCollections({
      staff: { schema: { ...staffDocSchema, version: 0, properties: staffV0 } },
      claims: { schema: { ...claimDocSchema, version: 0, properties: claimV0 } },
      decisions: { schema: { ...decisionDocSchema, version: 1, properties: decisionV1 } },
    });
    const person: StaffDoc = {
      id: 's-1',
      unitId,
      name: '职工1',
      idNumber: '11010519491231002X',
      phone: '13800000000',
      status: 'active',
      updatedAt: '2026-01-05T08:00:00.000Z',
      revision: 3,
    };
    const claim: ClaimDoc = {
      id: 'c-1',
      unitId,
      staffId: 's-1',
      year: 2026,
      category: 'training',
      title: '学术会议',
      claimedHours: 8,
      attachments: [],
      status: 'submitted',
      submittedAt: '2026-01-04T08:00:00.000Z',
      updatedAt: '2026-01-04T08:00:00.000Z',
      revision: 1,
    };
    const decision: DecisionDoc = { ...kept, state: 'sending' };
    await before.collections['staff']?.insert(person);
    await before.collections['claims']?.insert(claim);
    await before.collections['decisions']?.insert(decision);
    await before.close();

    const db = await openReviewerDatabase({ unitId, key, indexedDb: fakeIdb });
    expect({
      staff: (await db.staff.findOne('s-1').exec())?.toJSON(),
      claim: (await db.claims.findOne('c-1').exec())?.toJSON(),
      decision: (await db.decisions.findOne('d-1').exec())?.toJSON(),
      changes: await db.changes.count().exec(),
      transfers: await db.transfers.count().exec(),
    }).toEqual({ staff: person, claim, decision, changes: 0, transfers: 0 });
    // The 1.1 fields are kept from now on.
    const records = [
      { claimId: 'c-9', recordedAt: '2026-02-01T00:00:00.000Z', until: '2029-02-01' },
    ];
    await db.staff.upsert({ ...person, integrityRecords: records, revision: 4 });
    expect((await db.staff.findOne('s-1').exec())?.toJSON()).toEqual({
      ...person,
      integrityRecords: records,
      revision: 4,
    });
    await closeReviewerDatabase(db);
  });
});
