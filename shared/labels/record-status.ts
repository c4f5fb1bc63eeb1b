import type { ClaimStatus, StaffStatus } from '../contract/index.ts';

/** Chinese names of the platform's record states, so no screen or sheet shows a raw code. */
export const claimStatusLabels: Record<ClaimStatus, string> = {
  submitted: '待审核',
  unit_approved: '单位已通过',
  unit_rejected: '单位不通过',
  returned: '已退回',
  // Says who acted, like 单位已通过 and 主管部门已通过: the reviewer sees why a claim left the inbox.
  withdrawn: '申报人已撤回',
  dept_approved: '主管部门已通过',
  dept_rejected: '主管部门不通过',
  recorded: '平台记录',
};

export const staffStatusLabels: Record<StaffStatus, string> = {
  pending_registration: '待审核注册',
  active: '在职',
  transferred_out: '已调出',
};

/** A status as the platform sent it, which may be one this version does not know. */
export function claimStatusText(status: string): string | undefined {
  return (claimStatusLabels as Record<string, string | undefined>)[status];
}
