import type { Claim, RulebookId, Staff } from '#shared/contract/index.ts';
import type { Evaluation } from '#shared/rules/index.ts';
import type { ChangeDoc, DecisionDoc, TransferDoc } from '../db/schemas.ts';

/**
 * The reviewer's working set, held in memory: every claim and staff record of the unit with the
 * rules already evaluated, so filtering 100,000 claims is a pass over an array, not a query.
 * It follows the replica's changes (review-store.ts) and is patched as decisions are made.
 */
export interface ReviewSnapshot {
  readonly claims: readonly Claim[];
  readonly staff: readonly Staff[];
  readonly staffById: ReadonlyMap<string, Staff>;
  readonly claimsByStaff: ReadonlyMap<string, readonly Claim[]>;
  readonly evaluations: ReadonlyMap<string, Evaluation>;
  /**
   * (1.1) Change requests and transfers, a few per unit: read whole whenever one changes. Absent
   * in a snapshot made without them (tests of claims only): none.
   */
  readonly changes?: readonly ChangeDoc[];
  readonly transfers?: readonly TransferDoc[];
  /** The latest local decision per target id (claim, registration, change or transfer). */
  readonly decisions: ReadonlyMap<string, DecisionDoc>;
  readonly rulebook: RulebookId;
  /**
   * Records are still arriving (the replica being read, or a pull from the platform): rows may
   * be missing yet, and a claim's evaluation may change when the rest of its person's claims come.
   */
  readonly loading: boolean;
  readonly version: number;
}

export const emptySnapshot = (rulebook: RulebookId): ReviewSnapshot => ({
  claims: [],
  staff: [],
  staffById: new Map(),
  claimsByStaff: new Map(),
  evaluations: new Map(),
  changes: [],
  transfers: [],
  decisions: new Map(),
  rulebook,
  loading: false,
  version: 0,
});
