import type {
  ChangeRequest,
  Claim,
  Decision,
  DecisionResult,
  Staff,
  Transfer,
  UnitDecisionRecord,
} from '../../shared/contract/index.ts';

/**
 * What a batch of decisions has read and changed so far: each decision is judged against the
 * state the decisions before it left, as if each were applied on its own, in order.
 */
export interface BatchState {
  readonly unitId: string;
  readonly claims: Map<string, Claim>;
  readonly staff: Map<string, Staff>;
  readonly changes: Map<string, ChangeRequest>;
  readonly transfers: Map<string, Transfer>;
  /** 身份证号 → id of the active staff record holding it, for the numbers this batch may use. */
  readonly activeIdNumbers: Map<string, string>;
  /** Content of every decisionId applied, before this batch or in it. */
  readonly applied: Map<string, string>;
  /** Records this batch changed (by id), and the staff records it made (a transfer in). */
  readonly changed: {
    readonly claims: Map<string, Claim>;
    readonly staff: Map<string, Staff>;
    readonly changes: Map<string, ChangeRequest>;
    readonly transfers: Map<string, Transfer>;
  };
  readonly createdStaff: Set<string>;
  readonly records: { decisionId: string; content: string; stampMs: number }[];
}

export const invalid = (decisionId: string, detail: string): DecisionResult => ({
  decisionId,
  status: 'invalid',
  detail,
});

/** The unit's decision as a change request or transfer keeps it (`UnitDecisionRecord`). */
export function decisionRecord(d: Decision): UnitDecisionRecord & { decisionId: string } {
  return {
    decisionId: d.decisionId,
    outcome: d.outcome === 'approve' ? 'approve' : 'reject',
    ...(d.reason === undefined ? {} : { reason: d.reason }),
    reviewerName: d.reviewerName,
    decidedAt: d.decidedAt,
  };
}

/** Keeps a staff record's new revision as what later decisions of the batch see and write. */
export function putStaff(state: BatchState, staff: Staff): void {
  state.staff.set(staff.id, staff);
  state.changed.staff.set(staff.id, staff);
}
