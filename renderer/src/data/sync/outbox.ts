import { decisionProblem, decisionSchema, parseDocument } from '#shared/contract/index.ts';
import { appError, err, ok, type AppError, type Result } from '#shared/errors/result.ts';
import { withIntegrityMark } from '#shared/labels/index.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { AuditDoc, DecisionDoc } from '../db/schemas.ts';
import { guardStorage, writeErrors } from '../db/storage-errors.ts';
import {
  claimDecisionDoc,
  registrationDecisionDoc,
  requestDecisionDoc,
  type ClaimDecisionInput,
  type RegistrationDecisionInput,
  type RequestDecisionInput,
} from './decision-doc.ts';
import { undoRefusal, type UndoRefused } from './undo-refusal.ts';

function auditLine(
  actor: string,
  action: string,
  subject: string,
  detail: string,
  at = new Date().toISOString(),
): AuditDoc {
  return { id: crypto.randomUUID(), at, actor, action, subject, detail };
}

/** Whether this window may write the outbox: only one window of the app does (window-lock.ts). */
export type WriteGuard = () => AppError | undefined;

/**
 * Writes decisions to the outbox (never edited afterwards), hands the push its batches and takes
 * back decisions not yet sent. A batch is marked `sending` durably before it leaves, under the
 * same turn-taking as undo, so a decision is either taken back or sent, never both: one that may
 * have reached the platform is no longer undone here, and the refusal says what can be done.
 */
export function createOutbox(db: ReviewerDatabase, canWrite: WriteGuard = () => undefined) {
  // Undo and the marking of a batch run one at a time.
  let turn: Promise<unknown> = Promise.resolve();
  function exclusive<T>(step: () => Promise<T>): Promise<T> {
    const run = turn.then(step, step);
    turn = run.catch(() => undefined);
    return run;
  }

  /** Stores decisions with their audit lines: all of them, or (on a storage failure) none. */
  async function store(docs: DecisionDoc[], lines: AuditDoc[]): Promise<Result<DecisionDoc[]>> {
    const refused = canWrite();
    if (refused !== undefined) return err(refused);
    const written = await guardStorage(() => db.decisions.bulkInsert(docs));
    if (!written.ok) return written;
    const writeProblem = writeErrors(written.value.error);
    const audited =
      writeProblem === undefined
        ? await guardStorage(() => db.audit.bulkInsert(lines))
        : err(writeProblem);
    const problem = audited.ok ? writeErrors(audited.value.error) : audited.error;
    if (problem === undefined) return ok(docs);
    // Nothing half-kept: the reviewer's entries are still in the form and are saved again.
    await db.decisions.bulkRemove(docs.map((doc) => doc.decisionId)).catch(() => undefined);
    return err(problem);
  }

  /** One decision, refused with the contract's words for it, or stored with its log line. */
  async function storeOne(
    problem: string | undefined,
    doc: DecisionDoc,
    action: string,
    subject: string,
  ): Promise<Result<DecisionDoc>> {
    if (problem !== undefined) return err(appError('validation', problem));
    const valid = parseDocument(decisionSchema, doc.payload, '审核决定');
    if (!valid.ok) return err(appError('validation', valid.error.message, valid.error.detail));
    const { reviewerName, reason } = doc.payload;
    const line = auditLine(reviewerName, action, subject, reason ?? '', doc.createdAt);
    const stored = await store([doc], [line]);
    return stored.ok ? ok(doc) : stored;
  }

  return {
    async decideClaim(input: ClaimDecisionInput): Promise<Result<DecisionDoc>> {
      const made = await this.decideClaims([input]);
      if (!made.ok) return made;
      const [doc] = made.value;
      return doc === undefined ? err(appError('internal', '审核记录未写入。')) : ok(doc);
    },

    /** Many decisions in one write (bulk approve): all are checked first, then stored together. */
    async decideClaims(inputs: readonly ClaimDecisionInput[]): Promise<Result<DecisionDoc[]>> {
      const docs: DecisionDoc[] = [];
      for (const input of inputs) {
        const problem = decisionProblem({ ...input, targetKind: 'claim' });
        if (problem !== undefined) return err(appError('validation', problem));
        const doc = claimDecisionDoc(input);
        const valid = parseDocument(decisionSchema, doc.payload, '审核决定');
        if (!valid.ok) return err(appError('validation', valid.error.message, valid.error.detail));
        docs.push(doc);
      }
      return store(
        docs,
        docs.map((doc) =>
          auditLine(
            doc.payload.reviewerName,
            `decide:${doc.payload.outcome}`,
            `claim:${doc.payload.target.id}`,
            withIntegrityMark(
              doc.payload.reason ?? doc.payload.note ?? '',
              doc.payload.integrityMark,
            ),
            doc.createdAt,
          ),
        ),
      );
    },

    decideRegistration(input: RegistrationDecisionInput): Promise<Result<DecisionDoc>> {
      return storeOne(
        decisionProblem({ ...input, targetKind: 'registration' }),
        registrationDecisionDoc(input),
        `register:${input.outcome}`,
        `staff:${input.staff.id}`,
      );
    },

    /** (1.1) A decision on a change request or transfer, checked by the contract's rules. */
    decideRequest(input: RequestDecisionInput): Promise<Result<DecisionDoc>> {
      return storeOne(
        decisionProblem({ ...input, targetKind: input.request.kind }),
        requestDecisionDoc(input),
        `decide:${input.outcome}`,
        `${input.request.kind}:${input.request.id}`,
      );
    },

    /**
     * The next batch to send, read afresh (an undone decision is gone from it): decisions a
     * sync sent before without reading the answer come first, then pending ones, all marked
     * `sending` before they leave. `skip` holds those this sync has sent already.
     */
    takeBatch(size: number, skip: ReadonlySet<string>): Promise<Result<DecisionDoc[]>> {
      return exclusive(async () => {
        const refused = canWrite();
        if (refused !== undefined) return err(refused);
        const found = await guardStorage(() =>
          db.decisions
            .find({
              selector: {
                state: { $in: ['sending', 'pending'] },
                ...(skip.size === 0 ? {} : { decisionId: { $nin: [...skip] } }),
              },
              sort: [{ createdAt: 'asc' }, { decisionId: 'asc' }],
              limit: size,
            })
            .exec(),
        );
        if (!found.ok) return found;
        const batch = found.value.map((doc): DecisionDoc => ({
          ...(doc.toJSON() as DecisionDoc),
          state: 'sending',
        }));
        const fresh = batch.filter((_, index) => found.value[index]?.state === 'pending');
        if (fresh.length === 0) return ok(batch);
        const marked = await guardStorage(() => db.decisions.bulkUpsert(fresh));
        if (!marked.ok) return marked;
        const problem = writeErrors(marked.value.error);
        return problem === undefined ? ok(batch) : err(problem);
      });
    },

    /** Takes back a decision that has not left this machine; any other is refused, and why. */
    undo(decisionId: string, actor: string): Promise<Result<void, UndoRefused>> {
      return exclusive(async () => {
        const refused = canWrite();
        if (refused !== undefined) return err({ ...refused, onPlatform: 'no', instead: 'none' });
        const found = await guardStorage(() => db.decisions.findOne(decisionId).exec());
        if (!found.ok) return err({ ...found.error, onPlatform: 'no', instead: 'none' });
        const doc = found.value;
        if (doc === null) return err(undoRefusal(null));
        if (doc.state !== 'pending') return err(undoRefusal(doc.toJSON() as DecisionDoc));
        // The audit line first: a failure leaves the decision as it was, to be undone again.
        const removed = await guardStorage(async () => {
          await db.audit.insert(auditLine(actor, 'undo', `decision:${decisionId}`, doc.title));
          await doc.remove();
        });
        return removed.ok
          ? ok(undefined)
          : err({ ...removed.error, onPlatform: 'no', instead: 'none' });
      });
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
