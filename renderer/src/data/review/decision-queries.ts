import { map, type Observable } from 'rxjs';
import type { ReviewerDatabase } from '../db/database.ts';
import type { AuditDoc, DecisionDoc } from '../db/schemas.ts';

/** Every decision in the outbox, newest first, as it changes (同步 page). */
export function watchDecisions(db: ReviewerDatabase): Observable<DecisionDoc[]> {
  return db.decisions
    .find({ sort: [{ createdAt: 'desc' }] })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

/** The outbox and the audit trail together, for the 审核记录 sheet. */
export async function readDecisionRecord(
  db: ReviewerDatabase,
): Promise<{ decisions: DecisionDoc[]; audit: AuditDoc[] }> {
  const [decisions, audit] = await Promise.all([
    db.decisions.find().exec(),
    db.audit.find().exec(),
  ]);
  return {
    decisions: decisions.map((doc) => doc.toMutableJSON()),
    audit: audit.map((doc) => doc.toMutableJSON()),
  };
}
