import type {
  Claim,
  ClaimStatus,
  Decision,
  DecisionOutcome,
  DecisionResult,
  Staff,
} from '../../shared/contract/index.ts';
import { isoOf } from './clock.ts';
import { invalid, putStaff, type BatchState } from './batch.ts';
import { integrityUntil } from './integrity.ts';
import { nextRevision } from './records.ts';

/** The status a claim's applied decision gives it. */
const claimStatusAfter: Record<DecisionOutcome, ClaimStatus> = {
  approve: 'unit_approved',
  reject: 'unit_rejected',
  return: 'returned',
  revoke: 'unit_rejected',
};

/**
 * The claimant's integrity record (诚信档案) for a claim rejected or revoked with the mark: a new
 * revision of their staff record, or undefined when the batch does not hold it.
 */
function markIntegrity(state: BatchState, claim: Claim, stampMs: number): Staff | undefined {
  const staff = state.staff.get(claim.staffId);
  if (staff?.unitId !== state.unitId || staff.deleted) return undefined;
  const record = { claimId: claim.id, recordedAt: isoOf(stampMs), until: integrityUntil(stampMs) };
  const next = nextRevision<Staff>(
    { ...staff, integrityRecords: [...(staff.integrityRecords ?? []), record] },
    stampMs,
  );
  putStaff(state, next);
  return next;
}

/**
 * A claim decision: approve, reject and return take a `submitted` claim; revoke (1.1) takes the
 * unit's own approval back while the supervisor has not acted (`unit_approved`, not `dept_*`).
 */
export function judgeClaim(state: BatchState, d: Decision, stampMs: number): DecisionResult {
  const claim = state.claims.get(d.target.id);
  if (claim?.unitId !== state.unitId)
    return invalid(d.decisionId, `本单位没有编号为 ${d.target.id} 的学时申报。`);
  const waitingStatus = d.outcome === 'revoke' ? 'unit_approved' : 'submitted';
  if (claim.revision !== d.baseRevision || claim.status !== waitingStatus || claim.deleted) {
    return { decisionId: d.decisionId, status: 'conflict', claim };
  }
  const { creditedHours: _previous, ...rest } = claim;
  const next = nextRevision<Claim>(
    {
      ...rest,
      status: claimStatusAfter[d.outcome],
      ...(d.outcome === 'approve' && d.creditedHours !== undefined
        ? { creditedHours: { ...d.creditedHours } }
        : {}),
      decision: {
        decisionId: d.decisionId,
        outcome: d.outcome,
        ...(d.reason === undefined ? {} : { reason: d.reason }),
        ...(d.integrityMark === true ? { integrityMark: true } : {}),
        reviewerName: d.reviewerName,
        decidedAt: d.decidedAt,
      },
    },
    stampMs,
  );
  state.claims.set(next.id, next);
  state.changed.claims.set(next.id, next);
  const staff = d.integrityMark === true ? markIntegrity(state, next, stampMs) : undefined;
  return {
    decisionId: d.decisionId,
    status: 'applied',
    claim: next,
    ...(staff === undefined ? {} : { staff }),
  };
}

/** A registration decision: approval activates the person; rejection removes the record. */
export function judgeRegistration(state: BatchState, d: Decision, stampMs: number): DecisionResult {
  const staff = state.staff.get(d.target.id);
  if (staff?.unitId !== state.unitId)
    return invalid(d.decisionId, `本单位没有编号为 ${d.target.id} 的人员。`);
  if (
    staff.revision !== d.baseRevision ||
    staff.status !== 'pending_registration' ||
    staff.deleted
  ) {
    return { decisionId: d.decisionId, status: 'conflict', staff };
  }
  // Rejection removes the registration, as a tombstone.
  const next = nextRevision<Staff>(
    d.outcome === 'approve' ? { ...staff, status: 'active' } : { ...staff, deleted: true },
    stampMs,
  );
  putStaff(state, next);
  return { decisionId: d.decisionId, status: 'applied', staff: next };
}
