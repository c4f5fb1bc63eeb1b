import type { DecisionOutcome, Hours } from '#shared/contract/index.ts';
import { registrationLabel } from '#shared/labels/index.ts';
import type { DecisionDoc } from '../db/schemas.ts';

/** The parts of a claim a decision records: what the reviewer saw. */
export interface DecidedClaim {
  readonly id: string;
  readonly revision: number;
  readonly staffId: string;
  readonly title: string;
  readonly category: string;
  readonly claimedHours: number;
}

export interface ClaimDecisionInput {
  readonly claim: DecidedClaim;
  readonly staffName: string;
  readonly outcome: DecisionOutcome;
  readonly creditedHours?: Hours;
  readonly reason?: string;
  readonly note?: string;
  readonly integrityMark?: boolean;
  readonly reviewerName: string;
}

/** (1.1) A change request or transfer as a decision records it: what the reviewer saw. */
export interface DecidedRequest {
  readonly kind: 'change' | 'transfer';
  readonly id: string;
  readonly revision: number;
  /** The person it is about; a transfer in names the person only once approved. */
  readonly staffId: string;
  readonly staffName: string;
  /** What is asked, in words (变更 身份证号、部门; 调入; 调出), listed in the outbox and the log. */
  readonly title: string;
}

export interface RequestDecisionInput {
  readonly request: DecidedRequest;
  readonly outcome: 'approve' | 'reject';
  readonly reason?: string;
  readonly reviewerName: string;
}

export interface RegistrationDecisionInput {
  readonly staff: { readonly id: string; readonly revision: number; readonly name: string };
  readonly outcome: 'approve' | 'reject';
  readonly reason?: string;
  readonly reviewerName: string;
}

/** Free text as the contract takes it: trimmed, at most 500 characters, absent when empty. */
function text<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === ''
    ? {}
    : ({ [key]: trimmed.slice(0, 500) } as Record<K, string>);
}

/** What every decision's payload carries, whatever it decides on. */
function payloadOf(
  target: DecisionDoc['payload']['target'],
  baseRevision: number,
  input: { readonly outcome: DecisionOutcome; readonly reviewerName: string },
) {
  const decisionId = crypto.randomUUID();
  return {
    decisionId,
    target,
    baseRevision,
    outcome: input.outcome,
    reviewerName: input.reviewerName.slice(0, 50),
    decidedAt: new Date().toISOString(),
  };
}

/** The outbox document of one claim decision: the payload exactly as it will be pushed. */
export function claimDecisionDoc(input: ClaimDecisionInput): DecisionDoc {
  const base = payloadOf({ kind: 'claim', id: input.claim.id }, input.claim.revision, input);
  return {
    decisionId: base.decisionId,
    payload: {
      ...base,
      ...(input.outcome === 'approve' && input.creditedHours !== undefined
        ? { creditedHours: input.creditedHours }
        : {}),
      ...text('reason', input.reason),
      ...text('note', input.note),
      // (1.1) The 诚信档案 entry goes to the platform with the decision that finds the claim false.
      ...(input.integrityMark === true ? { integrityMark: true } : {}),
    },
    staffId: input.claim.staffId,
    staffName: input.staffName,
    title: input.claim.title,
    category: input.claim.category,
    claimedHours: input.claim.claimedHours,
    integrityMark: input.integrityMark ?? false,
    createdAt: base.decidedAt,
    state: 'pending',
  };
}

/** The outbox document of one registration decision. */
export function registrationDecisionDoc(input: RegistrationDecisionInput): DecisionDoc {
  const base = payloadOf({ kind: 'registration', id: input.staff.id }, input.staff.revision, input);
  return {
    decisionId: base.decisionId,
    payload: { ...base, ...text('reason', input.reason) },
    staffId: input.staff.id,
    staffName: input.staff.name,
    title: registrationLabel,
    category: 'registration',
    claimedHours: 0,
    integrityMark: false,
    createdAt: base.decidedAt,
    state: 'pending',
  };
}

/** (1.1) The outbox document of one decision on a change request or transfer. */
export function requestDecisionDoc(input: RequestDecisionInput): DecisionDoc {
  const { request } = input;
  const base = payloadOf({ kind: request.kind, id: request.id }, request.revision, input);
  return {
    decisionId: base.decisionId,
    payload: { ...base, ...text('reason', input.reason) },
    staffId: request.staffId,
    staffName: request.staffName,
    title: request.title,
    category: request.kind,
    claimedHours: 0,
    integrityMark: false,
    createdAt: base.decidedAt,
    state: 'pending',
  };
}
