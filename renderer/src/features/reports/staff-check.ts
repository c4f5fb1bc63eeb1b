import type { Staff } from '#shared/contract/index.ts';
import type { StaffImportRow } from '#shared/sheets/import/parse-import.ts';
import { departmentOf } from '../../ui/department.ts';

export const staffCheckLabels = {
  same: '与平台一致',
  differs: '与平台不一致',
  pending: '平台上待审核注册',
  missing: '平台上没有此人',
  gone: '平台上已调出',
} as const;
export type StaffCheck = keyof typeof staffCheckLabels;

export interface StaffCheckRow {
  readonly row: number;
  readonly name: string;
  readonly idNumber: string;
  readonly check: StaffCheck;
  /** What differs, in Chinese, e.g. 姓名：平台为“张伟”. */
  readonly notes: readonly string[];
}

/**
 * Compares a unit's own staff list with the platform's records by 身份证号. The platform owns
 * staff records, so this only reports; nothing is written.
 */
export function checkStaffList(
  rows: readonly { readonly row: number; readonly value: StaffImportRow }[],
  staff: readonly Staff[],
): StaffCheckRow[] {
  const byIdNumber = new Map<string, Staff>();
  for (const person of staff)
    if (!person.deleted) byIdNumber.set(person.idNumber.toUpperCase(), person);
  return rows.map(({ row, value }) => {
    const person = byIdNumber.get(value.idNumber.toUpperCase());
    const base = { row, name: value.name, idNumber: value.idNumber };
    if (person === undefined) return { ...base, check: 'missing', notes: [] };
    const notes: string[] = [];
    if (person.name !== value.name) notes.push(`姓名：平台为“${person.name}”`);
    const department = value.department?.trim() ?? '';
    if (department !== '' && departmentOf(person) !== department)
      notes.push(`部门：平台为“${departmentOf(person)}”`);
    const title = value.title?.trim() ?? '';
    if (title !== '' && (person.title ?? '') !== title)
      notes.push(`职称：平台为“${person.title ?? '未填写'}”`);
    if (person.status === 'pending_registration') return { ...base, check: 'pending', notes };
    if (person.status === 'transferred_out') return { ...base, check: 'gone', notes };
    return { ...base, check: notes.length === 0 ? 'same' : 'differs', notes };
  });
}

/** Platform staff (active) that the imported list does not name: perhaps left, perhaps forgotten. */
export function activeNotListed(
  rows: readonly { readonly value: StaffImportRow }[],
  staff: readonly Staff[],
): Staff[] {
  const listed = new Set(rows.map((r) => r.value.idNumber.toUpperCase()));
  return staff.filter(
    (p) => !p.deleted && p.status === 'active' && !listed.has(p.idNumber.toUpperCase()),
  );
}
