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

export interface RegistrationDecisionInput {
  readonly staff: { readonly id: string; readonly revision: number; readonly name: string };
  readonly outcome: 'approve' | 'reject';
  readonly reason?: string;
  readonly reviewerName: string;
}

/** The outbox document of one claim decision: the payload exactly as it will be pushed. */
export function claimDecisionDoc(input: ClaimDecisionInput): DecisionDoc {
  const decidedAt = new Date().toISOString();
  const decisionId = crypto.randomUUID();
  const reason = input.reason?.trim();
  const note = input.note?.trim();
  return {
    decisionId,
    payload: {
      decisionId,
      target: { kind: 'claim', id: input.claim.id },
      baseRevision: input.claim.revision,
      outcome: input.outcome,
      reviewerName: input.reviewerName.slice(0, 50),
      decidedAt,
      ...(input.outcome === 'approve' && input.creditedHours !== undefined
        ? { creditedHours: input.creditedHours }
        : {}),
      ...(reason === undefined || reason === '' ? {} : { reason: reason.slice(0, 500) }),
      ...(note === undefined || note === '' ? {} : { note: note.slice(0, 500) }),
    },
    staffId: input.claim.staffId,
    staffName: input.staffName,
    title: input.claim.title,
    category: input.claim.category,
    claimedHours: input.claim.claimedHours,
    integrityMark: input.integrityMark ?? false,
    createdAt: decidedAt,
    state: 'pending',
  };
}

/** The outbox document of one registration decision. */
export function registrationDecisionDoc(input: RegistrationDecisionInput): DecisionDoc {
  const decidedAt = new Date().toISOString();
  const decisionId = crypto.randomUUID();
  const reason = input.reason?.trim();
  return {
    decisionId,
    payload: {
      decisionId,
      target: { kind: 'registration', id: input.staff.id },
      baseRevision: input.staff.revision,
      outcome: input.outcome,
      reviewerName: input.reviewerName.slice(0, 50),
      decidedAt,
      ...(reason === undefined || reason === '' ? {} : { reason: reason.slice(0, 500) }),
    },
    staffId: input.staff.id,
    staffName: input.staff.name,
    title: registrationLabel,
    category: 'registration',
    claimedHours: 0,
    integrityMark: false,
    createdAt: decidedAt,
    state: 'pending',
  };
}
