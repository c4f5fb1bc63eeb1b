import type { Claim, DecisionOutcome, Hours } from '#shared/contract/index.ts';
import { appError, err, ok, type Result } from '#shared/errors/result.ts';
import { decisionOutcomeLabels } from '#shared/labels/index.ts';
import type { DecisionDoc } from '../db/schemas.ts';
import type { DecidedRequest } from '../sync/decision-doc.ts';
import type { Outbox } from '../sync/outbox.ts';
import type { UndoRefused } from '../sync/undo-refusal.ts';
import type { ReviewStore } from './review-store.ts';

/** What an action did, for the screen to show. */
export interface Done {
  /** Chinese, for the reviewer. */
  readonly message: string;
  /** The decisions written, so the screen can offer to take them back. */
  readonly decisionIds: readonly string[];
}

/** A reviewer's decision on one claim, as the decision form gives it. */
export interface ClaimDecision {
  readonly outcome: DecisionOutcome;
  readonly creditedHours?: Hours;
  readonly reason?: string;
  readonly integrityMark: boolean;
}

/** A person waiting for registration, as the screens hold them. */
export interface RegisteringPerson {
  readonly id: string;
  readonly revision: number;
  readonly name: string;
}

/** A claim the bulk approval takes, with the hours the rules credit it. */
export interface ApprovableClaim {
  readonly claim: Claim;
  readonly staffName: string;
  readonly creditedHours: Hours;
}

const done = (message: string, docs: readonly DecisionDoc[]): Done => ({
  message,
  decisionIds: docs.map((doc) => doc.decisionId),
});

/**
 * Every way a reviewer decides, in one place: each writes the outbox, refreshes the review
 * snapshot the screens draw from, and answers with a message to show. A claim whose decision met
 * a conflict or was refused is decided again the same way: its last decision no longer counts as
 * made (isDecided), so the inbox offers it and the new decision goes to the outbox like any other.
 */
export function createReviewActions(deps: {
  readonly outbox: Outbox;
  readonly store: ReviewStore;
  readonly reviewerName: string;
}) {
  const { outbox, store, reviewerName } = deps;

  async function refreshed<T>(result: Result<T>): Promise<Result<T>> {
    if (result.ok) await store.refreshDecisions();
    return result;
  }

  return {
    async decideClaim(
      claim: Claim,
      staffName: string,
      decision: ClaimDecision,
    ): Promise<Result<Done>> {
      const made = await refreshed(
        await outbox.decideClaim({ claim, staffName, reviewerName, ...decision }),
      );
      if (!made.ok) return made;
      return ok(done(`已${decisionOutcomeLabels[decision.outcome]}，待同步。`, [made.value]));
    },

    /** 批量通过: every claim with the rules' hours, in one write; nothing is written if one fails. */
    async approveAll(claims: readonly ApprovableClaim[]): Promise<Result<Done>> {
      if (claims.length === 0) return err(appError('validation', '没有可批量通过的申报。'));
      const made = await refreshed(
        await outbox.decideClaims(
          claims.map(({ claim, staffName, creditedHours }) => ({
            claim,
            staffName,
            outcome: 'approve' as const,
            creditedHours,
            note: '批量通过（规则建议通过且无提示）',
            reviewerName,
          })),
        ),
      );
      if (!made.ok) return made;
      return ok(done(`已批量通过 ${made.value.length} 条，待同步。`, made.value));
    },

    async decideRegistration(
      person: RegisteringPerson,
      outcome: 'approve' | 'reject',
      reason?: string,
    ): Promise<Result<Done>> {
      const made = await refreshed(
        await outbox.decideRegistration({
          staff: { id: person.id, revision: person.revision, name: person.name },
          outcome,
          ...(reason === undefined || reason.trim() === '' ? {} : { reason }),
          reviewerName,
        }),
      );
      if (!made.ok) return made;
      const word = decisionOutcomeLabels[outcome];
      return ok(done(`已${word} ${person.name} 的注册，等待同步到平台。`, [made.value]));
    },

    /** (1.1) 通过 or 不通过 of a change request or transfer; 不通过 needs a reason. */
    async decideRequest(
      request: DecidedRequest,
      outcome: 'approve' | 'reject',
      reason?: string,
    ): Promise<Result<Done>> {
      const made = await refreshed(
        await outbox.decideRequest({
          request,
          outcome,
          ...(reason === undefined || reason.trim() === '' ? {} : { reason }),
          reviewerName,
        }),
      );
      if (!made.ok) return made;
      const word = decisionOutcomeLabels[outcome];
      return ok(done(`已${word} ${request.staffName} 的${request.title}，待同步。`, [made.value]));
    },

    /**
     * (1.1) 撤销通过: takes back the unit's own approval of a claim the supervisor has not acted on
     * yet, with a reason, and, when the claim was false, the person's 诚信档案 entry.
     */
    async revokeApproval(
      claim: Claim,
      staffName: string,
      revoke: { readonly reason: string; readonly integrityMark: boolean },
    ): Promise<Result<Done>> {
      const made = await refreshed(
        await outbox.decideClaim({ claim, staffName, reviewerName, outcome: 'revoke', ...revoke }),
      );
      if (!made.ok) return made;
      const marked = revoke.integrityMark ? '，记入诚信档案' : '';
      return ok(done(`已撤销通过${marked}，待同步。`, [made.value]));
    },

    /**
     * Takes back one decision not yet sent. One that may have reached the platform is not taken
     * back: the refusal says so plainly and what can be done instead (`instead`).
     */
    async undo(decisionId: string): Promise<Result<Done, UndoRefused>> {
      const undone = await outbox.undo(decisionId, reviewerName);
      if (!undone.ok) return undone;
      await store.refreshDecisions();
      return ok({ message: '已撤销', decisionIds: [decisionId] });
    },

    /**
     * Takes back a batch (撤销本次批量通过): each one not yet sent is taken back; those already on
     * their way stay, and the message says how many were taken back and why the rest were not.
     */
    async undoAll(decisionIds: readonly string[]): Promise<Result<Done>> {
      const undone: string[] = [];
      let sent = 0;
      for (const id of decisionIds) {
        const result = await outbox.undo(id, reviewerName);
        if (result.ok) undone.push(id);
        else if (result.error.onPlatform !== 'no') sent += 1;
      }
      await store.refreshDecisions();
      const rest =
        sent === 0 ? '' : `；另有 ${sent} 条可能已提交省平台，未撤销，下次同步时会确认结果`;
      return ok({ message: `已撤销 ${undone.length} 条${rest}`, decisionIds: undone });
    },
  };
}

export type ReviewActions = ReturnType<typeof createReviewActions>;
