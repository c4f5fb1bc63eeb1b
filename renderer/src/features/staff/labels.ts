import type { ClaimStatus, StaffStatus } from '#shared/contract/index.ts';

/** Chinese names of record states, so no screen shows a raw code. */
export const staffStatusLabels: Record<StaffStatus, string> = {
  pending_registration: '待审核注册',
  active: '在职',
  transferred_out: '已调出',
};

export const claimStatusLabels: Record<ClaimStatus, string> = {
  submitted: '待审核',
  unit_approved: '单位已通过',
  unit_rejected: '单位不通过',
  returned: '已退回',
  withdrawn: '已撤回',
  dept_approved: '主管部门已通过',
  dept_rejected: '主管部门不通过',
  recorded: '平台记录',
};
