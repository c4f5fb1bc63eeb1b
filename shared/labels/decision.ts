import type { Category, DecisionOutcome, DecisionResultStatus } from '../contract/index.ts';
import { categoryLabels } from '../rules/labels.ts';
import { requestKindLabels } from './requests.ts';

/**
 * Where a decision made on this machine stands: not sent yet; sent, its answer not yet read (the
 * platform may hold it); or what the platform answered.
 */
export type DecisionState = 'pending' | 'sending' | DecisionResultStatus;

export const decisionOutcomeLabels: Record<DecisionOutcome, string> = {
  approve: '通过',
  return: '退回',
  reject: '不通过',
  revoke: '撤销通过',
};

export const decisionStateLabels: Record<DecisionState, string> = {
  pending: '待同步',
  sending: '已提交待确认',
  applied: '已同步',
  duplicate: '已同步',
  conflict: '冲突',
  invalid: '平台拒收',
};

/** The title and category a registration decision is listed under, beside the claims'. */
export const registrationLabel = '人员注册';

/**
 * What a decision is about, in words: a claim's category, 人员注册, or (1.1) 信息变更 or 人员调转.
 * A code this version does not know reads 其他 rather than a raw code.
 */
export function decisionCategoryLabel(category: string): string {
  if (category === 'registration') return registrationLabel;
  if (category === 'change' || category === 'transfer') return requestKindLabels[category];
  return (categoryLabels as Record<string, string | undefined>)[category as Category] ?? '其他';
}

/** A decision's reason as the log and the 审核记录 show it, saying when it put the person in the 诚信档案. */
export function withIntegrityMark(reason: string, integrityMark: boolean | undefined): string {
  return integrityMark === true ? `${reason}（记入诚信档案）` : reason;
}
