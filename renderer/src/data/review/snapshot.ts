import type { Claim, RulebookId, Staff } from '#shared/contract/index.ts';
import type { Evaluation } from '#shared/rules/index.ts';
import type { DecisionDoc } from '../db/schemas.ts';

/**
 * The reviewer's working set, held in memory: every claim and staff record of the unit with the
 * rules already evaluated, so filtering 100,000 claims is a pass over an array, not a query.
 * It is rebuilt after each sync and patched as decisions are made.
 */
export interface ReviewSnapshot {
  readonly claims: readonly Claim[];
  readonly staff: readonly Staff[];
  readonly staffById: ReadonlyMap<string, Staff>;
  readonly claimsByStaff: ReadonlyMap<string, readonly Claim[]>;
  readonly evaluations: ReadonlyMap<string, Evaluation>;
  /** The latest local decision per target id (claim or registration). */
  readonly decisions: ReadonlyMap<string, DecisionDoc>;
  readonly rulebook: RulebookId;
  readonly version: number;
}

export const emptySnapshot = (rulebook: RulebookId): ReviewSnapshot => ({
  claims: [],
  staff: [],
  staffById: new Map(),
  claimsByStaff: new Map(),
  evaluations: new Map(),
  decisions: new Map(),
  rulebook,
  version: 0,
});
