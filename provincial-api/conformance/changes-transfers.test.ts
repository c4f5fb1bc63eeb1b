import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeRequest, Staff, Transfer } from '../../shared/contract/index.ts';
import { mutateRecord } from '../db/records.ts';
import { account, startHarness, type Harness } from './harness.ts';
import { requestTools } from './requests-fixture.ts';

// README "Change requests (变更审核, 1.1)" and "Transfers (人员调转, 1.1)", line by line.
let h: Harness;
let t: ReturnType<typeof requestTools>;
beforeAll(async () => {
  h = await startHarness({ units: 2, staff: 60, claims: 60 });
  const a = account(h, 0);
  t = requestTools(h, await h.ready(a), a.unitId);
});
afterAll(() => h.close());

/** A staff member's own action on a request (withdraw), through the server's stamped writes. */
const withdraw = <T extends ChangeRequest | Transfer>(table: 'changes' | 'transfers', doc: T) =>
  mutateRecord<T>(h.server.db, table, doc.id, Date.now(), (now) => ({
    ...now,
    status: 'withdrawn',
  }));

describe('1.1 change requests', () => {
  it('applies every `to` to the staff record in the same transaction and sets the request unit_approved when approved', async () => {
    const change = await t.submittedChange('title');
    const before = (await t.current<Staff>('staff')).get(change.staffId);
    const result = await t.one(t.onRequest('change', change, 'approve'));
    expect(result?.status).toBe('applied');
    const after = (await t.current<Staff>('staff')).get(change.staffId);
    expect(after).toEqual({
      ...before,
      title: change.changes.title?.to,
      titleLevel: change.changes.titleLevel?.to,
      revision: (before?.revision ?? 0) + 1,
      updatedAt: after?.updatedAt,
    });
    expect(result?.staff).toEqual(after);
    expect((await t.current<ChangeRequest>('changes')).get(change.id)).toMatchObject({
      status: 'unit_approved',
      revision: change.revision + 1,
      decision: { outcome: 'approve', decisionId: result?.decisionId },
    });
  });

  it('answers conflict with the request and changes nothing when a field no longer holds its `from`', async () => {
    const change = await t.submittedChange('name');
    await mutateRecord<Staff>(h.server.db, 'staff', change.staffId, Date.now(), (s) => ({
      ...s,
      name: `${s.name}（已改）`,
    }));
    const staffBefore = (await t.current<Staff>('staff')).get(change.staffId);
    const result = await t.one(t.onRequest('change', change, 'approve'));
    expect(result).toMatchObject({ status: 'conflict', change });
    expect((await t.current<Staff>('staff')).get(change.staffId)).toEqual(staffBefore);
    expect((await t.current<ChangeRequest>('changes')).get(change.id)).toEqual(change);
  });

  it('answers invalid when a changed 身份证号 is not valid or belongs to another active staff member, and applies a valid unique one', async () => {
    const seeded = await t.submittedChange('idNumber');
    const [first, second] = (await t.activeStaff()).filter((s) => s.id !== seeded.staffId);
    if (first === undefined || second === undefined) throw new Error('too few staff');
    const bad = await t.makeChange(first, {
      idNumber: { from: first.idNumber, to: '110105194912310021' },
    });
    const taken = await t.makeChange(first, {
      idNumber: { from: first.idNumber, to: second.idNumber },
    });
    const results = await t.push([
      t.onRequest('change', bad, 'approve'),
      t.onRequest('change', taken, 'approve'),
      t.onRequest('change', seeded, 'approve'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['invalid', 'invalid', 'applied']);
    expect(results.slice(0, 2).every((r) => (r.detail ?? '').includes('身份证号'))).toBe(true);
    expect((await t.current<Staff>('staff')).get(seeded.staffId)?.idNumber).toBe(
      seeded.changes.idNumber?.to,
    );
  });

  it('shows a withdrawn request with a new revision, and a decision on it conflicts', async () => {
    const [person] = await t.activeStaff();
    if (person === undefined) throw new Error('no staff');
    const change = await t.departmentChange(person);
    const withdrawn = await withdraw('changes', change);
    expect((await t.current<ChangeRequest>('changes')).get(change.id)).toEqual(withdrawn);
    expect(withdrawn?.revision).toBe(change.revision + 1);
    const result = await t.one(t.onRequest('change', change, 'approve'));
    expect(result).toMatchObject({ status: 'conflict', change: withdrawn });
  });
});

describe('1.1 transfers', () => {
  it('makes an active staff record of the person with the certified hours when a transfer in is approved, and names it in staffId', async () => {
    const transfer = await t.submittedTransfer('in');
    expect(transfer.transferredInHours?.length).toBeGreaterThanOrEqual(1);
    const result = await t.one(t.onRequest('transfer', transfer, 'approve'));
    expect(result?.status).toBe('applied');
    const staffId = result?.transfer?.staffId ?? '';
    const made = (await t.current<Staff>('staff')).get(staffId);
    expect(made).toEqual({
      id: staffId,
      unitId: transfer.unitId,
      ...transfer.person,
      status: 'active',
      transferredInHours: transfer.transferredInHours,
      revision: 1,
      updatedAt: made?.updatedAt,
      deleted: false,
    });
    expect((await t.current<Transfer>('transfers')).get(transfer.id)).toMatchObject({
      status: 'unit_approved',
      staffId,
    });
  });

  it('changes no staff record when a transfer in is rejected', async () => {
    const transfer = await t.makeTransfer({
      direction: 'in',
      person: { name: '周晓', idNumber: '110105199003070016' },
    });
    const staffBefore = await t.pull<Staff>('staff');
    const result = await t.one(t.onRequest('transfer', transfer, 'reject'));
    expect(result?.transfer).toMatchObject({ status: 'unit_rejected', revision: 2 });
    expect(result?.staff).toBeUndefined();
    expect(await t.pull<Staff>('staff')).toEqual(staffBefore);
  });

  it('marks the staff member transferred_out with a new revision, still in the pull, when a transfer out is approved; another transfer out of them then conflicts', async () => {
    const transfer = await t.submittedTransfer('out');
    const before = (await t.current<Staff>('staff')).get(transfer.staffId ?? '');
    expect(before?.status).toBe('active');
    const result = await t.one(t.onRequest('transfer', transfer, 'approve'));
    expect(result?.status).toBe('applied');
    const after = (await t.current<Staff>('staff')).get(transfer.staffId ?? '');
    expect(after).toEqual({
      ...before,
      status: 'transferred_out',
      revision: (before?.revision ?? 0) + 1,
      updatedAt: after?.updatedAt,
    });
    const again = await t.makeTransfer({
      direction: 'out',
      staffId: transfer.staffId ?? '',
      person: transfer.person,
    });
    expect(await t.one(t.onRequest('transfer', again, 'approve'))).toMatchObject({
      status: 'conflict',
      transfer: again,
    });
  });

  it('lets the person withdraw a transfer while it is submitted, and a decision on it then conflicts', async () => {
    const transfer = await t.makeTransfer({
      direction: 'in',
      person: { name: '吴敏', idNumber: '11010519850412002X' },
    });
    const withdrawn = await withdraw('transfers', transfer);
    expect((await t.current<Transfer>('transfers')).get(transfer.id)).toEqual(withdrawn);
    expect(await t.one(t.onRequest('transfer', transfer, 'approve'))).toMatchObject({
      status: 'conflict',
      transfer: withdrawn,
    });
  });
});
