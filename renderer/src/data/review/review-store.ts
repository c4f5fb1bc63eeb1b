import type { Claim, RulebookId, Staff } from '../../../../shared/contract/index.ts';
import { evaluateAll, type Evaluation } from '../../../../shared/rules/index.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { DecisionDoc } from '../db/schemas.ts';
import { buildInbox } from './inbox.ts';

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

const emptySnapshot = (rulebook: RulebookId): ReviewSnapshot => ({
  claims: [],
  staff: [],
  staffById: new Map(),
  claimsByStaff: new Map(),
  evaluations: new Map(),
  decisions: new Map(),
  rulebook,
  version: 0,
});

function latestByTarget(decisions: readonly DecisionDoc[]): Map<string, DecisionDoc> {
  const byTarget = new Map<string, DecisionDoc>();
  for (const decision of [...decisions].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    byTarget.set(decision.payload.target.id, decision);
  }
  return byTarget;
}

export function createReviewStore(db: ReviewerDatabase, rulebook: RulebookId) {
  let snapshot = emptySnapshot(rulebook);
  const listeners = new Set<() => void>();
  const publish = (next: ReviewSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };

  async function readDecisions(): Promise<DecisionDoc[]> {
    const docs = await db.decisions.find().exec();
    return docs.map((doc) => doc.toMutableJSON());
  }

  return {
    get: () => snapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Reads everything from the replica and evaluates every pending claim once. */
    async load(): Promise<void> {
      const [claimDocs, staffDocs, decisions] = await Promise.all([
        db.claims.find().exec(),
        db.staff.find().exec(),
        readDecisions(),
      ]);
      const claims: Claim[] = claimDocs.map((doc) => ({
        ...(doc.toMutableJSON() as Omit<Claim, 'deleted'>),
        deleted: false,
      }));
      const staff: Staff[] = staffDocs.map((doc) => ({
        ...(doc.toMutableJSON() as Omit<Staff, 'deleted'>),
        deleted: false,
      }));
      const claimsByStaff = new Map<string, Claim[]>();
      for (const claim of claims) {
        const own = claimsByStaff.get(claim.staffId);
        if (own === undefined) claimsByStaff.set(claim.staffId, [claim]);
        else own.push(claim);
      }
      const evaluations = new Map(evaluateAll(rulebook, claims).map((e) => [e.claimId, e]));
      publish({
        claims,
        staff,
        staffById: new Map(staff.map((person) => [person.id, person])),
        claimsByStaff,
        evaluations,
        decisions: latestByTarget(decisions),
        rulebook,
        version: snapshot.version + 1,
      });
      // Build the inbox rows now, while the reviewer still waits for the load, not on first open.
      buildInbox(snapshot);
    },

    /** Re-reads only the outbox, after a decision, an undo or a push. */
    async refreshDecisions(): Promise<void> {
      publish({
        ...snapshot,
        decisions: latestByTarget(await readDecisions()),
        version: snapshot.version + 1,
      });
    },
  };
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
