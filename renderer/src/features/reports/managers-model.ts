import type { Unit } from '#shared/contract/index.ts';
import { isIndustry, type Industry } from '#shared/sheets/industries.ts';
import {
  maxManagersPerDepartment,
  normalizeManager,
  validateManager,
  type Manager,
  type ManagersFiling,
} from '#shared/sheets/managers.ts';
import type { StoredManager } from '../../data/managers/managers-repo.ts';

/**
 * The unit-level facts of the filing that the managers' rows do not carry (负责人, 牵头处室,
 * 所属行业, 所属地区); kept in `meta` (data/meta/meta-entries.ts, unitFiling).
 */
export interface UnitFiling {
  readonly responsible: string;
  readonly leadOffice: string;
  readonly industry: string;
  readonly region: string;
}

export function emptyFiling(unit: Unit): UnitFiling {
  return {
    responsible: '',
    leadOffice: '',
    industry: unit.industry !== undefined && isIndustry(unit.industry) ? unit.industry : '',
    region: unit.region,
  };
}

/** Reads what meta holds, keeping only strings, so a damaged record never breaks the page. */
export function filingFromMeta(unit: Unit, value: Record<string, unknown> | undefined): UnitFiling {
  const base = emptyFiling(unit);
  const text = (key: keyof UnitFiling): string => {
    const raw = value?.[key];
    return typeof raw === 'string' ? raw : base[key];
  };
  return {
    responsible: text('responsible'),
    leadOffice: text('leadOffice'),
    industry: text('industry'),
    region: text('region'),
  };
}

/** The filing the sheet builders take; blanks fall back to what the builders derive. */
export function toManagersFiling(
  unit: Unit,
  facts: UnitFiling,
  managers: readonly Manager[],
): ManagersFiling {
  const industry: Industry | undefined = isIndustry(facts.industry) ? facts.industry : undefined;
  return {
    unit,
    responsible: facts.responsible,
    ...(facts.leadOffice.trim() === '' ? {} : { leadOffice: facts.leadOffice.trim() }),
    ...(industry === undefined ? {} : { industry }),
    ...(facts.region.trim() === '' ? {} : { region: facts.region.trim() }),
    managers,
  };
}

export interface FieldProblem {
  readonly field: keyof Manager;
  readonly message: string;
}

/**
 * Problems of adding or editing one manager against the list kept: the model's own checks, the
 * same 身份证号 twice, and 1–2 managers per department (002 三).
 */
export function managerSaveProblems(
  kept: readonly StoredManager[],
  candidate: Manager,
  editingId?: string,
): FieldProblem[] {
  const problems: FieldProblem[] = validateManager(candidate, 'any');
  const m = normalizeManager(candidate);
  const others = kept
    .filter((k) => k.id !== editingId)
    .map((k) => ({ ...normalizeManager(k), id: k.id }));
  if (m.idNumber !== '' && others.some((o) => o.idNumber === m.idNumber)) {
    problems.push({ field: 'idNumber', message: '已有一名管理人员使用这个身份证号码' });
  }
  const sameDepartment = others.filter((o) => o.department === m.department).length;
  if (m.department !== '' && sameDepartment >= maxManagersPerDepartment) {
    problems.push({
      field: 'department',
      message: `“${m.department}”已有 ${maxManagersPerDepartment} 名平台管理人员，每个单位（部门）指定 1–2 名；请先删除或修改其中一名`,
    });
  }
  return problems;
}

export interface ImportPlanRow {
  /** Row number in the imported file. */
  readonly row: number;
  readonly manager: Manager;
  /** The kept record this row replaces (same 身份证号), or undefined for a new one. */
  readonly replaces: string | undefined;
  /** Why this row will not be imported; undefined when it will. */
  readonly problem: string | undefined;
}

/**
 * What 确认导入 would do with the parser's accepted rows: a row with the 身份证号 of a kept
 * manager updates that record, others are added, and rows that would give a department a third
 * manager are left out with the reason.
 */
export function planManagerImport(
  kept: readonly StoredManager[],
  rows: readonly { readonly row: number; readonly value: Manager }[],
): ImportPlanRow[] {
  const normalized = kept.map((k) => ({ id: k.id, ...normalizeManager(k) }));
  const byIdNumber = new Map(normalized.map((k) => [k.idNumber, k]));
  const counts = new Map<string, number>();
  for (const k of normalized) counts.set(k.department, (counts.get(k.department) ?? 0) + 1);
  return rows.map(({ row, value }) => {
    const manager = normalizeManager(value);
    const previous = manager.idNumber === '' ? undefined : byIdNumber.get(manager.idNumber);
    const replaces = previous?.id;
    if (previous?.department === manager.department) {
      return { row, manager, replaces, problem: undefined };
    }
    const count = counts.get(manager.department) ?? 0;
    if (count >= maxManagersPerDepartment) {
      return {
        row,
        manager,
        replaces,
        problem: `“${manager.department || '本单位'}”已有 ${maxManagersPerDepartment} 名平台管理人员，此行不导入`,
      };
    }
    counts.set(manager.department, count + 1);
    if (previous !== undefined) {
      counts.set(previous.department, (counts.get(previous.department) ?? 1) - 1);
    }
    return { row, manager, replaces, problem: undefined };
  });
}
