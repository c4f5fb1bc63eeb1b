import type { ChangeableField, RequestStatus, TransferDirection } from '../contract/index.ts';

/** A person's fields by name: a change request's rows, an import's columns. */
export const personFieldLabels: Record<ChangeableField, string> = {
  name: '姓名',
  idNumber: '身份证号',
  gender: '性别',
  phone: '手机号',
  department: '部门',
  title: '职称',
  titleLevel: '职称级别',
  specialty: '专业',
};

/** (1.1) What a reviewer decides besides claims and registrations, as the inbox's 类别 lists it. */
export const requestKindLabels = { change: '信息变更', transfer: '人员调转' } as const;

export const transferDirectionLabels: Record<TransferDirection, string> = {
  in: '调入',
  out: '调出',
};

export const requestStatusLabels: Record<RequestStatus, string> = {
  submitted: '待审核',
  unit_approved: '单位已通过',
  unit_rejected: '单位不通过',
  withdrawn: '申请人已撤回',
};

/** A change request's title in lists and the outbox: 变更身份证号、部门. */
export function changeTitle(fields: readonly ChangeableField[]): string {
  return `变更${fields.map((field) => personFieldLabels[field]).join('、')}`;
}
