import type { Staff } from '#shared/contract/index.ts';

/** The department shown for people the platform lists without one. */
export const noDepartment = '未填写部门';

export function departmentOf(person: Staff): string {
  const department = person.department?.trim() ?? '';
  return department === '' ? noDepartment : department;
}

/** Departments in Chinese collation order, for the filter. */
export function departmentsOf(staff: readonly Staff[]): string[] {
  const collator = new Intl.Collator('zh-Hans-CN');
  return [...new Set(staff.map(departmentOf))].sort(collator.compare);
}
