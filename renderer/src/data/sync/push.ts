import { maxDecisionsPerBatch, type DecisionResult, type Staff } from '#shared/contract/index.ts';
import { err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { DecisionDoc } from '../db/schemas.ts';
import type { ApiClient } from './api-client.ts';
import { withRetry, type CallFailure, type RetryOptions } from './with-retry.ts';

export interface PushProgress {
  readonly sent: number;
  readonly total: number;
}

export interface PushOptions {
  readonly unitId: string;
  readonly retry: RetryOptions;
  readonly batchSize?: number;
  readonly onProgress?: (progress: PushProgress) => void;
  /** Ids being sent right now; the outbox refuses to undo them. */
  readonly inFlight?: Set<string>;
}

export interface PushSummary {
  readonly applied: number;
  readonly conflicts: number;
  readonly invalid: number;
}

/**
 * Sends every pending decision in batches of at most 200. A decision leaves `pending` only when the
 * server has judged it, so a crash, a reset connection or a reload at any point means the same
 * decisions are sent again; the server's decisionId idempotency turns a repeat into `duplicate`.
 */
export async function pushOutbox(
  db: ReviewerDatabase,
  client: ApiClient,
  options: PushOptions,
): Promise<Result<PushSummary, CallFailure>> {
  const pending = await db.decisions
    .find({ selector: { state: 'pending' }, sort: [{ createdAt: 'asc' }, { decisionId: 'asc' }] })
    .exec();
  const size = Math.min(options.batchSize ?? maxDecisionsPerBatch, maxDecisionsPerBatch);
  const summary = { applied: 0, conflicts: 0, invalid: 0 };
  options.onProgress?.({ sent: 0, total: pending.length });

  for (let start = 0; start < pending.length; start += size) {
    const batch = pending.slice(start, start + size).map((doc) => doc.toJSON() as DecisionDoc);
    for (const decision of batch) options.inFlight?.add(decision.decisionId);
    try {
      const sent = await withRetry(
        () =>
          client.push(
            options.unitId,
            batch.map((d) => d.payload),
          ),
        options.retry,
      );
      if (!sent.ok) return err(sent.error);
      await settle(db, batch, sent.value, summary);
    } finally {
      for (const decision of batch) options.inFlight?.delete(decision.decisionId);
    }
    options.onProgress?.({ sent: start + batch.length, total: pending.length });
  }
  return ok(summary);
}

async function settle(
  db: ReviewerDatabase,
  batch: readonly DecisionDoc[],
  results: readonly DecisionResult[],
  summary: { applied: number; conflicts: number; invalid: number },
): Promise<void> {
  const settledAt = new Date().toISOString();
  const updates = batch.map((decision, index) => {
    const result = results[index];
    if (result === undefined) return decision;
    if (result.status === 'applied' || result.status === 'duplicate') summary.applied += 1;
    if (result.status === 'conflict') summary.conflicts += 1;
    if (result.status === 'invalid') summary.invalid += 1;
    return {
      ...decision,
      state: result.status,
      settledAt,
      ...(result.detail === undefined ? {} : { detail: result.detail }),
      ...(result.claim === undefined ? {} : { serverClaim: result.claim }),
      ...(result.staff === undefined ? {} : { serverStaff: withoutPersonalData(result.staff) }),
    };
  });
  await db.decisions.bulkUpsert(updates);
}

/**
 * The conflict view shows a person's status, name and revision; the decisions collection is not
 * encrypted, so 身份证号 and phone number stay out of it (they rest encrypted in `staff` only).
 */
function withoutPersonalData(staff: Staff): Omit<Staff, 'idNumber' | 'phone'> {
  const { idNumber: _idNumber, phone: _phone, ...rest } = staff;
  return rest;
}
