import { appError, missingCaseError, type AppError } from '#shared/errors/result.ts';
import type { DecisionState } from '#shared/labels/index.ts';
import type { DecisionDoc } from '../db/schemas.ts';

/** Whether the platform holds a decision: it said so, it may (sent, answer unread), or not. */
export type OnPlatform = 'yes' | 'maybe' | 'no';

export function onPlatform(state: DecisionState): OnPlatform {
  switch (state) {
    case 'applied':
    case 'duplicate':
      return 'yes';
    case 'sending':
      return 'maybe';
    case 'pending':
    case 'conflict':
    case 'invalid':
      return 'no';
    default:
      throw missingCaseError(state);
  }
}

/**
 * What the reviewer can do instead of undoing: learn the decision's fate at the next sync, revoke
 * an approval the platform holds (contract 1.1 `revoke`), decide again, or nothing here.
 */
export type UndoInstead = 'await-sync' | 'revoke' | 'redecide' | 'none';

export interface UndoRefused extends AppError {
  readonly onPlatform: OnPlatform;
  readonly instead: UndoInstead;
}

const revokePath = '如已接收，可再对该申报办理“撤销通过”。';

/** Why a decision cannot be taken back on this machine, in the reviewer's words. */
export function undoRefusal(decision: DecisionDoc | null): UndoRefused {
  if (decision === null) {
    return { ...appError('not_found', '找不到这条审核记录。'), onPlatform: 'no', instead: 'none' };
  }
  const revocable =
    decision.payload.target.kind === 'claim' && decision.payload.outcome === 'approve';
  const where = onPlatform(decision.state);
  switch (where) {
    case 'maybe':
      return {
        ...appError(
          'conflict',
          `该审核结果可能已提交省平台，不能在本机撤销。下次同步时会确认省平台是否已接收；${revocable ? revokePath : '如需更正，请联系省平台。'}`,
        ),
        onPlatform: 'maybe',
        instead: 'await-sync',
      };
    case 'yes':
      return {
        ...appError(
          'conflict',
          revocable
            ? '该审核结果已提交省平台，不能在本机撤销；如需撤回这条通过，请对该申报办理“撤销通过”。'
            : '该审核结果已提交省平台，不能在本机撤销；如需更正，请联系省平台。',
        ),
        onPlatform: 'yes',
        instead: revocable ? 'revoke' : 'none',
      };
    case 'no':
      // pending is undone, not refused; what is left is a decision the platform did not take.
      return {
        ...appError(
          'conflict',
          '省平台没有接收这条审核结果（冲突或拒收），无需撤销；可在待审核中重新审核。',
        ),
        onPlatform: 'no',
        instead: 'redecide',
      };
    default:
      throw missingCaseError(where);
  }
}
