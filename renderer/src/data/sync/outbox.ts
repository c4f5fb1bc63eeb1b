import {
  decisionProblem,
  decisionSchema,
  parseDocument,
  type DecisionOutcome,
  type Hours,
} from '#shared/contract/index.ts';
import { registrationLabel } from '#shared/labels/index.ts';
import { appError, err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
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
function claimDecisionDoc(input: ClaimDecisionInput): DecisionDoc {
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

async function audit(
  db: ReviewerDatabase,
  actor: string,
  action: string,
  subject: string,
  detail: string,
) {
  await db.audit.insert({
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    actor,
    action,
    subject,
    detail,
  });
}

/**
 * Writes decisions to the outbox (never edited afterwards) and takes back ones not yet sent.
 * Decisions being sent right now cannot be taken back: the server may already hold them.
 */
export function createOutbox(db: ReviewerDatabase) {
  const inFlight = new Set<string>();

  async function write(doc: DecisionDoc): Promise<Result<DecisionDoc>> {
    const valid = parseDocument(decisionSchema, doc.payload, '审核决定');
    if (!valid.ok) return err(appError('validation', valid.error.message, valid.error.detail));
    await db.decisions.insert(doc);
    return ok(doc);
  }

  return {
    inFlight,

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
      await db.decisions.bulkInsert(docs);
      await db.audit.bulkInsert(
        docs.map((doc) => ({
          id: crypto.randomUUID(),
          at: doc.createdAt,
          actor: doc.payload.reviewerName,
          action: `decide:${doc.payload.outcome}`,
          subject: `claim:${doc.payload.target.id}`,
          detail: doc.payload.reason ?? doc.payload.note ?? '',
        })),
      );
      return ok(docs);
    },

    async decideRegistration(input: RegistrationDecisionInput): Promise<Result<DecisionDoc>> {
      const problem = decisionProblem({ ...input, targetKind: 'registration' });
      if (problem !== undefined) return err(appError('validation', problem));
      const decidedAt = new Date().toISOString();
      const decisionId = crypto.randomUUID();
      const reason = input.reason?.trim();
      const result = await write({
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
      });
      if (result.ok) {
        await audit(
          db,
          input.reviewerName,
          `register:${input.outcome}`,
          `staff:${input.staff.id}`,
          reason ?? '',
        );
      }
      return result;
    },

    async undo(decisionId: string, actor: string): Promise<Result<void>> {
      const doc = await db.decisions.findOne(decisionId).exec();
      if (doc === null) return err(appError('not_found', '找不到这条审核记录。'));
      if (doc.state !== 'pending' || inFlight.has(decisionId)) {
        return err(appError('conflict', '这条审核已同步或正在同步，不能撤销。'));
      }
      await doc.remove();
      await audit(db, actor, 'undo', `decision:${decisionId}`, doc.title);
      return ok(undefined);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
