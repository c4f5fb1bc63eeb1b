import type { Unit } from '../contract/index.ts';
import { normalizeIdNumber } from '../validators/index.ts';
import { idNumberProblem } from './id-number.ts';
import { isIndustry, type Industry } from './industries.ts';
import { landlineProblem, mobileProblem, normalizeLandline, normalizeMobile } from './phone.ts';

/**
 * A platform manager (平台管理人员 / 管理员) the unit files with the province: 002 三 and 附件2
 * (所在单位, 姓名, 座机号) and 003 四(三) and 附件3 (姓名, 职务, 身份证号码, 手机号码).
 */
export interface Manager {
  /** 所在单位: the department for a unit with departments, else the unit itself. */
  readonly department: string;
  readonly name: string;
  /** 职务. */
  readonly title: string;
  readonly idNumber: string;
  readonly mobile: string;
  readonly landline: string;
}

/** Everything one filing (one form) says besides its rows. */
export interface ManagersFiling {
  readonly unit: Unit;
  /** 负责人 (附件2). */
  readonly responsible: string;
  /** 牵头处室 (附件3); the managers' departments when not given. */
  readonly leadOffice?: string;
  /** 所属行业 (附件3); the unit's industry when not given. HRSS departments may leave it empty. */
  readonly industry?: Industry;
  /** 所属地区 (附件3); the unit's region when not given. */
  readonly region?: string;
  readonly managers: readonly Manager[];
}

export const managerTemplates = ['shandong', 'fujian'] as const;
export type ManagerTemplate = (typeof managerTemplates)[number];

export const managerFieldLabels = {
  department: '所在单位',
  name: '姓名',
  title: '职务',
  idNumber: '身份证号码',
  mobile: '手机号码',
  landline: '座机号',
} as const satisfies Record<keyof Manager, string>;

export interface ManagerProblem {
  /** Index in the list, or -1 for the filing itself. */
  readonly index: number;
  readonly field: keyof Manager | 'industry' | 'responsible' | 'managers';
  /** Chinese: what is wrong and what to do. */
  readonly message: string;
}

/** 002 三: each unit (department) names 1–2 platform managers. */
export const maxManagersPerDepartment = 2;

/** Trims text and normalises the numbers the way people paste them. */
export function normalizeManager(manager: Manager): Manager {
  return {
    department: manager.department.trim(),
    name: manager.name.trim(),
    title: manager.title.trim(),
    idNumber: normalizeIdNumber(manager.idNumber),
    mobile: normalizeMobile(manager.mobile),
    landline: normalizeLandline(manager.landline),
  };
}

/** Which fields a template prints and so requires; the app keeps all of them when known. */
const requiredByTemplate: Record<ManagerTemplate | 'any', readonly (keyof Manager)[]> = {
  any: ['department', 'name'],
  shandong: ['department', 'name', 'landline'],
  fujian: ['name', 'title', 'idNumber', 'mobile'],
};

/** Problems of one manager, for the add/edit form and for imports; empty when valid. */
export function validateManager(
  manager: Manager,
  template: ManagerTemplate | 'any' = 'any',
): { field: keyof Manager; message: string }[] {
  const m = normalizeManager(manager);
  const problems: { field: keyof Manager; message: string }[] = [];
  for (const field of requiredByTemplate[template]) {
    if (m[field] === '') problems.push({ field, message: `请填写${managerFieldLabels[field]}` });
  }
  if (m.name.length > 50) problems.push({ field: 'name', message: '姓名不能超过 50 个字' });
  if (m.department.length > 100)
    problems.push({ field: 'department', message: '所在单位不能超过 100 个字' });
  if (m.title.length > 50) problems.push({ field: 'title', message: '职务不能超过 50 个字' });
  const idProblem = m.idNumber === '' ? undefined : idNumberProblem(m.idNumber);
  if (idProblem !== undefined) problems.push({ field: 'idNumber', message: idProblem });
  const mobileIssue = m.mobile === '' ? undefined : mobileProblem(m.mobile);
  if (mobileIssue !== undefined) problems.push({ field: 'mobile', message: mobileIssue });
  const landlineIssue = m.landline === '' ? undefined : landlineProblem(m.landline);
  if (landlineIssue !== undefined) problems.push({ field: 'landline', message: landlineIssue });
  return problems;
}

/** Problems of a whole filing: each manager, duplicates, the 1–2 per department rule, industry. */
export function validateFiling(
  filing: ManagersFiling,
  template: ManagerTemplate | 'any' = 'any',
): ManagerProblem[] {
  const problems: ManagerProblem[] = [];
  if (filing.managers.length === 0) {
    problems.push({ index: -1, field: 'managers', message: '请至少添加一名平台管理人员' });
  }
  if (template === 'shandong' && filing.responsible.trim() === '') {
    problems.push({ index: -1, field: 'responsible', message: '请填写负责人' });
  }
  const industry = filing.industry ?? filing.unit.industry;
  if (template === 'fujian' && industry !== undefined && industry !== '' && !isIndustry(industry)) {
    problems.push({
      index: -1,
      field: 'industry',
      message: `所属行业“${industry}”不在附件5《行业分类标准》的 20 个大类中，请从列表中选择`,
    });
  }
  const seenIds = new Map<string, number>();
  const perDepartment = new Map<string, number>();
  filing.managers.forEach((raw, index) => {
    for (const p of validateManager(raw, template)) problems.push({ index, ...p });
    const m = normalizeManager(raw);
    if (m.idNumber !== '') {
      const first = seenIds.get(m.idNumber);
      if (first === undefined) seenIds.set(m.idNumber, index);
      else
        problems.push({
          index,
          field: 'idNumber',
          message: `身份证号码与第 ${first + 1} 名管理人员重复`,
        });
    }
    const count = (perDepartment.get(m.department) ?? 0) + 1;
    perDepartment.set(m.department, count);
    if (count === maxManagersPerDepartment + 1) {
      problems.push({
        index,
        field: 'department',
        message: `“${m.department || filing.unit.name}”已有 ${maxManagersPerDepartment} 名平台管理人员，每个单位指定 1–2 名`,
      });
    }
  });
  return problems;
}
