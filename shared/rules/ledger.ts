import type { Claim, ClaimStatus, Hours } from '../contract/index.ts';
import { outcomeKey } from './outcome-key.ts';
import { addHours, roundEach, zeroHours } from './rounding.ts';
import type { CapGroupId, Rulebook } from './types.ts';

/** Statuses whose credited hours are in the bank. */
export const creditedStatuses: readonly ClaimStatus[] = [
  'unit_approved',
  'dept_approved',
  'recorded',
];

export function isCredited(claim: Claim): boolean {
  return !claim.deleted && creditedStatuses.includes(claim.status);
}

/** Rounded on the way in, so later sums add one-decimal values and do not depend on order. */
export function creditedHoursOf(claim: Claim): Hours {
  return roundEach({
    public: claim.creditedHours?.public ?? 0,
    professional: claim.creditedHours?.professional ?? 0,
  });
}

export interface EarlierOutcome {
  readonly claimId: string;
  readonly year: number;
}

/**
 * What one person has used so far, as the evaluator walks their claims: credited claims first,
 * then pending ones in submission order, each consuming what it would be credited.
 */
export class PersonLedger {
  readonly #capUsed = new Map<string, Hours>();
  readonly #outcomes = new Map<string, EarlierOutcome>();

  used(year: number, group: CapGroupId): Hours {
    return this.#capUsed.get(`${String(year)}:${group}`) ?? zeroHours;
  }

  earlierOutcome(claim: Claim): EarlierOutcome | undefined {
    const kind = claim.details?.outcomeKind;
    return kind === undefined ? undefined : this.#outcomes.get(outcomeKey(kind, claim.title));
  }

  consume(rulebook: Rulebook, claim: Claim, hours: Hours): void {
    const group = rulebook.rules[claim.category]?.capGroup;
    if (group !== undefined) {
      const key = `${String(claim.year)}:${group.id}`;
      this.#capUsed.set(key, addHours(this.#capUsed.get(key) ?? zeroHours, hours));
    }
    const kind = claim.details?.outcomeKind;
    if (claim.category === 'outcome' && kind !== undefined) {
      const key = outcomeKey(kind, claim.title);
      if (!this.#outcomes.has(key))
        this.#outcomes.set(key, { claimId: claim.id, year: claim.year });
    }
  }
}

/** Submission order, id as tie-break, so results never depend on the input array's order. */
export function bySubmission(a: Claim, b: Claim): number {
  if (a.submittedAt !== b.submittedAt) return a.submittedAt < b.submittedAt ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return a.revision - b.revision;
}
