import {
  staffSchema,
  type ChangeRequest,
  type Decision,
  type DecisionResult,
  type Staff,
  type Transfer,
} from '../../shared/contract/index.ts';
import { validateIdNumber } from '../../shared/validators/index.ts';
import { decisionRecord, invalid, putStaff, type BatchState } from './batch.ts';
import { nextRevision } from './records.ts';

/** The id of the staff record a transfer in makes when no record of the person is in the unit. */
export const transferredInStaffId = (transferId: string) => `${transferId}-S`;

/** Why the staff record a change would leave breaks the contract, or undefined (README 1.1). */
function changedStaffProblem(state: BatchState, before: Staff, after: Staff): string | undefined {
  if (after.idNumber !== before.idNumber) {
    const valid = validateIdNumber(after.idNumber);
    if (!valid.ok) return `变更后的身份证号无效：${valid.error.message}`;
    const holder = state.activeIdNumbers.get(after.idNumber);
    if (holder !== undefined && holder !== after.id) {
      return '变更后的身份证号已属于平台上另一名在职人员。';
    }
  }
  const parsed = staffSchema.safeParse(after);
  return parsed.success ? undefined : '变更后的人员信息不符合接口规范（如性别、职称级别的取值）。';
}

/** Keeps the 身份证号 index right after a staff record changed in the batch. */
function reindex(state: BatchState, before: Staff | undefined, after: Staff): void {
  if (before !== undefined && state.activeIdNumbers.get(before.idNumber) === before.id) {
    state.activeIdNumbers.delete(before.idNumber);
  }
  if (after.status === 'active' && !after.deleted)
    state.activeIdNumbers.set(after.idNumber, after.id);
}

/**
 * A change request (变更审核): approval applies every `to` to the staff record, as long as each
 * field still holds its `from`; otherwise the request conflicts and nothing changes.
 */
export function judgeChange(state: BatchState, d: Decision, stampMs: number): DecisionResult {
  const change = state.changes.get(d.target.id);
  if (change?.unitId !== state.unitId)
    return invalid(d.decisionId, `本单位没有编号为 ${d.target.id} 的变更申请。`);
  const conflict: DecisionResult = { decisionId: d.decisionId, status: 'conflict', change };
  if (change.revision !== d.baseRevision || change.status !== 'submitted' || change.deleted) {
    return conflict;
  }
  let staff: Staff | undefined;
  if (d.outcome === 'approve') {
    const before = state.staff.get(change.staffId);
    if (before?.unitId !== state.unitId)
      return invalid(d.decisionId, `变更申请所指的人员 ${change.staffId} 不在本单位。`);
    const fields = Object.entries(change.changes);
    const record = before as Record<string, unknown>;
    if (before.deleted || fields.some(([field, c]) => (record[field] ?? null) !== c.from)) {
      return conflict;
    }
    const after: Staff = { ...before, ...Object.fromEntries(fields.map(([f, c]) => [f, c.to])) };
    const problem = changedStaffProblem(state, before, after);
    if (problem !== undefined) return invalid(d.decisionId, problem);
    staff = nextRevision(after, stampMs);
    putStaff(state, staff);
    reindex(state, before, staff);
  }
  const next = nextRevision<ChangeRequest>(
    {
      ...change,
      status: d.outcome === 'approve' ? 'unit_approved' : 'unit_rejected',
      decision: decisionRecord(d),
    },
    stampMs,
  );
  state.changes.set(next.id, next);
  state.changed.changes.set(next.id, next);
  return { decisionId: d.decisionId, status: 'applied', change: next, ...(staff ? { staff } : {}) };
}

/** The person's record after a transfer in: this unit's record of them, made or reactivated. */
function joinedStaff(state: BatchState, transfer: Transfer): Staff {
  const existing = [...state.staff.values()].find(
    (s) => s.unitId === state.unitId && s.idNumber === transfer.person.idNumber,
  );
  const hours = transfer.transferredInHours ?? [];
  const kept = (existing?.transferredInHours ?? []).filter(
    (h) => !hours.some((n) => n.certificateNo === h.certificateNo),
  );
  return {
    ...(existing ?? {
      id: transferredInStaffId(transfer.id),
      unitId: state.unitId,
      revision: 0,
      updatedAt: transfer.updatedAt,
    }),
    ...transfer.person,
    status: 'active',
    deleted: false,
    ...(kept.length + hours.length > 0 ? { transferredInHours: [...kept, ...hours] } : {}),
  };
}

/**
 * A transfer (人员调转). In: approval makes (or reactivates) the person's staff record, active,
 * with the certified hours. Out: approval marks the active staff member `transferred_out`.
 */
export function judgeTransfer(state: BatchState, d: Decision, stampMs: number): DecisionResult {
  const transfer = state.transfers.get(d.target.id);
  if (transfer?.unitId !== state.unitId)
    return invalid(d.decisionId, `本单位没有编号为 ${d.target.id} 的调转申请。`);
  const conflict: DecisionResult = { decisionId: d.decisionId, status: 'conflict', transfer };
  if (transfer.revision !== d.baseRevision || transfer.status !== 'submitted' || transfer.deleted) {
    return conflict;
  }
  let staff: Staff | undefined;
  if (d.outcome === 'approve' && transfer.direction === 'out') {
    const leaving = state.staff.get(transfer.staffId ?? '');
    if (leaving?.unitId !== state.unitId)
      return invalid(d.decisionId, `调出人员 ${transfer.staffId ?? ''} 不在本单位。`);
    if (leaving.status !== 'active' || leaving.deleted) return conflict;
    staff = nextRevision<Staff>({ ...leaving, status: 'transferred_out' }, stampMs);
  } else if (d.outcome === 'approve') {
    const joined = joinedStaff(state, transfer);
    if (joined.revision === 0) state.createdStaff.add(joined.id);
    staff = nextRevision(joined, stampMs);
  }
  if (staff !== undefined) {
    reindex(state, state.staff.get(staff.id), staff);
    putStaff(state, staff);
  }
  const next = nextRevision<Transfer>(
    {
      ...transfer,
      ...(staff === undefined ? {} : { staffId: staff.id }),
      status: d.outcome === 'approve' ? 'unit_approved' : 'unit_rejected',
      decision: decisionRecord(d),
    },
    stampMs,
  );
  state.transfers.set(next.id, next);
  state.changed.transfers.set(next.id, next);
  return {
    decisionId: d.decisionId,
    status: 'applied',
    transfer: next,
    ...(staff ? { staff } : {}),
  };
}
