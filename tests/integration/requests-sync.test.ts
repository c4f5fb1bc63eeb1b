import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReviewActions } from '../../renderer/src/data/review/actions.ts';
import { createReviewStore } from '../../renderer/src/data/review/review-store.ts';
import { requestSubject } from '../../renderer/src/data/requests/request-subject.ts';
import {
  openClient,
  reviewerPassword,
  startSeededServer,
  type ClientFixture,
  type ServerFixture,
} from './client-fixture.ts';
import { serverRecords } from './server-records.ts';

/**
 * Contract 1.1 through the renderer's data layer against the reference server: change requests
 * and transfers pulled and decided through the one outbox, and a revoke with the 诚信档案 mark.
 */
describe('change requests, transfers and revoke against the reference server', () => {
  let fixture: ServerFixture;
  let local: ClientFixture;
  const where = () => ({
    baseUrl: fixture.server.baseUrl,
    account: fixture.account.account,
    password: reviewerPassword,
    unitId: fixture.account.unitId,
  });

  beforeAll(async () => {
    fixture = await startSeededServer({ staff: 40, claims: 200 });
    local = await openClient(fixture, { fetchEvidence: false });
    await local.signIn();
    const first = await local.engine.syncNow();
    expect(first.ok).toBe(true);
  });

  afterAll(async () => {
    await local.close();
    await fixture.close();
  });

  /** 立即同步 with one decision waiting: the platform applies it. */
  async function syncOneApplied() {
    const synced = await local.engine.syncNow();
    expect(synced.ok && synced.value.pushed).toEqual({
      applied: 1,
      conflicts: 0,
      invalid: 0,
      heldBack: 0,
    });
  }

  async function actions() {
    const store = createReviewStore(local.db, 'shandong-2021');
    await store.load();
    return {
      store,
      actions: createReviewActions({ outbox: local.outbox, store, reviewerName: '审核员甲' }),
    };
  }

  it('pulls every change request and transfer the server holds', async () => {
    const changes = await serverRecords(where(), 'changes');
    const transfers = await serverRecords(where(), 'transfers');
    expect({
      changes: (await local.db.changes.find().exec()).map((doc) => doc.id).sort(),
      transfers: (await local.db.transfers.find().exec()).map((doc) => doc.id).sort(),
    }).toEqual({ changes: [...changes.keys()].sort(), transfers: [...transfers.keys()].sort() });
    expect(changes.size).toBeGreaterThanOrEqual(3);
  });

  it('approves a change request offline; after the sync the staff record holds the new values', async () => {
    const { store, actions: act } = await actions();
    const snapshot = store.get();
    const change = (snapshot.changes ?? []).find(
      (c) => c.status === 'submitted' && snapshot.staffById.get(c.staffId)?.status === 'active',
    );
    if (change === undefined)
      throw new Error('the seed has no submitted change of an active person');
    const subject = requestSubject(snapshot, { change });
    const made = await act.decideRequest(subject, 'approve');
    expect(made).toEqual({
      ok: true,
      value: {
        message: `已通过 ${subject.staffName} 的${subject.title}，待同步。`,
        decisionIds: [expect.any(String) as string],
      },
    });
    await syncOneApplied();
    const staff = (await serverRecords(where(), 'staff')).get(change.staffId);
    const wanted = Object.fromEntries(
      Object.entries(change.changes).map(([field, c]) => [field, c.to]),
    );
    expect(staff).toMatchObject(wanted);
    expect((await local.db.staff.findOne(change.staffId).exec())?.toJSON()).toMatchObject(wanted);
    expect((await local.db.changes.findOne(change.id).exec())?.status).toBe('unit_approved');
  });

  it('approves a transfer in: the person is active with the certified hours', async () => {
    const { store, actions: act } = await actions();
    const transfer = (store.get().transfers ?? []).find(
      (t) => t.status === 'submitted' && t.direction === 'in',
    );
    if (transfer === undefined) throw new Error('the seed has no submitted transfer in');
    const made = await act.decideRequest(requestSubject(store.get(), { transfer }), 'approve');
    expect(made.ok).toBe(true);
    await syncOneApplied();
    const decided = (await serverRecords(where(), 'transfers')).get(transfer.id);
    const staff = (await serverRecords(where(), 'staff')).get(decided?.staffId ?? '');
    expect({ status: staff?.status, hours: staff?.transferredInHours }).toEqual({
      status: 'active',
      hours: transfer.transferredInHours,
    });
  });

  it('approves a transfer out: the person is 已调出 on the platform', async () => {
    const { store, actions: act } = await actions();
    const transfer = (store.get().transfers ?? []).find(
      (t) => t.status === 'submitted' && t.direction === 'out',
    );
    if (transfer === undefined) throw new Error('the seed has no submitted transfer out');
    expect((await act.decideRequest(requestSubject(store.get(), { transfer }), 'approve')).ok).toBe(
      true,
    );
    await syncOneApplied();
    const staff = (await serverRecords(where(), 'staff')).get(transfer.staffId ?? '');
    expect(staff?.status).toBe('transferred_out');
  });

  it('revokes an approval with the integrity mark: the server keeps the record for three years', async () => {
    const { store, actions: act } = await actions();
    const claim = store.get().claims.find((c) => c.status === 'unit_approved');
    if (claim === undefined) throw new Error('the seed has no unit_approved claim');
    const made = await act.revokeApproval(claim, '职工', {
      reason: '证书经核实为伪造',
      integrityMark: true,
    });
    expect(made).toEqual({
      ok: true,
      value: {
        message: '已撤销通过，记入诚信档案，待同步。',
        decisionIds: [expect.any(String) as string],
      },
    });
    await syncOneApplied();
    const staff = (await serverRecords(where(), 'staff')).get(claim.staffId);
    expect(staff?.integrityRecords?.map((r) => r.claimId)).toContain(claim.id);
    expect((await local.db.staff.findOne(claim.staffId).exec())?.integrityRecords).toEqual(
      staff?.integrityRecords,
    );
    expect((await serverRecords(where(), 'claims')).get(claim.id)?.status).toBe('unit_rejected');
  });
});
