import type { Claim, RulebookId, Staff } from '#shared/contract/index.ts';
import { evaluateAll } from '#shared/rules/index.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { DecisionDoc } from '../db/schemas.ts';
import { buildInbox } from './inbox-rows.ts';
import { emptySnapshot, type ReviewSnapshot } from './snapshot.ts';

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
