import type { DecisionOutcome } from '../../../../shared/contract/index.ts';
import type { DecisionState } from '../../data/db/schemas.ts';

export const outcomeLabels: Record<DecisionOutcome, string> = {
  approve: '通过',
  return: '退回',
  reject: '不通过',
  revoke: '撤销通过',
};

export const stateLabels: Record<DecisionState, string> = {
  pending: '待同步',
  applied: '已同步',
  duplicate: '已同步',
  conflict: '冲突',
  invalid: '被拒收',
};

export const claimStatusLabels: Record<string, string> = {
  submitted: '待审核',
  unit_approved: '单位已通过',
  unit_rejected: '单位不通过',
  returned: '已退回',
  withdrawn: '申报人已撤回',
  dept_approved: '主管部门已通过',
  dept_rejected: '主管部门不通过',
  recorded: '平台记录',
};

export function formatTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
