import {
  maxDecisionsPerBatch,
  type ChangeRequest,
  type Staff,
  type Transfer,
} from '#shared/contract/index.ts';
import { err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { DecisionDoc } from '../db/schemas.ts';
import { guardStorage, writeErrors } from '../db/storage-errors.ts';
import type { ApiClient, PushAnswer } from './api-client.ts';
import { heldBackDetail } from './messages.ts';
import type { Outbox } from './outbox.ts';
import { countPending } from './sync-status.ts';
import { localFailure, withRetry, type CallFailure, type RetryOptions } from './with-retry.ts';

export interface PushProgress {
  readonly sent: number;
  readonly total: number;
}

export interface PushOptions {
  readonly unitId: string;
  readonly retry: RetryOptions;
  readonly batchSize?: number;
  readonly onProgress?: (progress: PushProgress) => void;
}

export interface PushSummary {
  readonly applied: number;
  readonly conflicts: number;
  readonly invalid: number;
  /** Sent, but the platform's answer for them could not be read: still `sending`, asked again. */
  readonly heldBack: number;
}

/**
 * Sends the outbox in batches of at most 200, each taken afresh from the outbox (so a decision
 * undone meanwhile is not sent) and marked `sending` before it leaves. A decision leaves
 * `sending` only when the platform's answer for it is read, so a crash, a reset connection or a
 * reload at any point means it is sent again; the server's decisionId idempotency turns a repeat
 * into `duplicate`. An unreadable answer for one decision holds back that decision alone.
 */
export async function pushOutbox(
  db: ReviewerDatabase,
  outbox: Outbox,
  client: ApiClient,
  options: PushOptions,
): Promise<Result<PushSummary, CallFailure>> {
  const size = Math.min(options.batchSize ?? maxDecisionsPerBatch, maxDecisionsPerBatch);
  const summary = { applied: 0, conflicts: 0, invalid: 0, heldBack: 0 };
  const counted = await guardStorage(() => countPending(db));
  if (!counted.ok) return err(localFailure(counted.error));
  const total = counted.value;
  const sentIds = new Set<string>();
  options.onProgress?.({ sent: 0, total });

  for (;;) {
    const taken = await outbox.takeBatch(size, sentIds);
    if (!taken.ok) return err(localFailure(taken.error));
    const batch = taken.value;
    if (batch.length === 0) break;
    for (const decision of batch) sentIds.add(decision.decisionId);
    const sent = await withRetry(
      () =>
        client.push(
          options.unitId,
          batch.map((d) => d.payload),
        ),
      options.retry,
    );
    if (!sent.ok) return err(sent.error);
    const settled = await settle(db, batch, sent.value, summary);
    if (!settled.ok) return err(localFailure(settled.error));
    options.onProgress?.({ sent: sentIds.size, total: Math.max(total, sentIds.size) });
  }
  return ok(summary);
}

/** Each decision takes the platform's answer as its state; an unreadable one stays `sending`. */
async function settle(
  db: ReviewerDatabase,
  batch: readonly DecisionDoc[],
  answers: readonly PushAnswer[],
  summary: { applied: number; conflicts: number; invalid: number; heldBack: number },
): Promise<Result<void>> {
  const settledAt = new Date().toISOString();
  const updates = batch.map((decision, index): DecisionDoc => {
    const answer = answers[index];
    if (answer === undefined || !answer.ok) {
      summary.heldBack += 1;
      return {
        ...decision,
        detail: heldBackDetail(answer?.ok === false ? answer.error : '没有答复'),
      };
    }
    const result = answer.value;
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
      ...requestState(result.change ?? result.transfer),
    };
  });
  const written = await guardStorage(() => db.decisions.bulkUpsert(updates));
  if (!written.ok) return written;
  const problem = writeErrors(written.value.error);
  return problem === undefined ? ok(undefined) : err(problem);
}

/**
 * The conflict view shows a person's status, name and revision; the decisions collection is not
 * encrypted, so 身份证号 and phone number stay out of it (they rest encrypted in `staff` only).
 */
function withoutPersonalData(staff: Staff): Omit<Staff, 'idNumber' | 'phone'> {
  const { idNumber: _idNumber, phone: _phone, ...rest } = staff;
  return rest;
}

/**
 * (1.1) Where a change request or transfer stood on the platform: its state only. Its values (a
 * new 身份证号, the person's) come with the next pull into their encrypted collections.
 */
function requestState(request: ChangeRequest | Transfer | undefined): Partial<DecisionDoc> {
  if (request === undefined) return {};
  const { id, status, revision, updatedAt, decision } = request;
  return {
    serverRequest: {
      id,
      status,
      revision,
      updatedAt,
      ...(decision === undefined ? {} : { decision }),
    },
  };
}
