import type { Category, Claim, RulebookId, Staff } from '#shared/contract/index.ts';
import { shortfall, yearBank } from '#shared/bank/index.ts';
import {
  categoryLabels,
  creditedHoursOf,
  isCredited,
  roundHours,
  type Evaluation,
} from '#shared/rules/index.ts';
import { departmentOf, noDepartment } from '../../ui/department.ts';

export interface DepartmentRow {
  readonly department: string;
  readonly people: number;
  readonly met: number;
  /** Percent with one decimal, 0 when the department has nobody. */
  readonly rate: number;
}

export interface CategoryRow {
  /** A claim category, or 'transferred' for certified hours brought from a former unit. */
  readonly key: Category | 'transferred';
  readonly label: string;
  readonly claims: number;
  readonly public: number;
  readonly professional: number;
  readonly total: number;
}

export interface ShortRow {
  readonly staffId: string;
  readonly name: string;
  readonly department: string;
  readonly public: number;
  readonly professional: number;
  readonly gapPublic: number;
  readonly gapProfessional: number;
  /** Both gaps together: how far the person is from completing the year. */
  readonly gap: number;
}

export interface YearStats {
  readonly year: number;
  readonly people: number;
  readonly met: number;
  readonly rate: number;
  readonly departments: readonly DepartmentRow[];
  readonly categories: readonly CategoryRow[];
  /** Not met, the furthest first. */
  readonly short: readonly ShortRow[];
  readonly shortPublic: number;
  readonly shortProfessional: number;
}

const percent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;

/** Adds hours as whole tenths so sums of one-decimal values stay exact. */
const tenths = (hours: number): number => Math.round(roundHours(hours) * 10);

/**
 * The unit's year at a glance, from the same year bank as the roster: completion by department,
 * credited hours by category (transferred-in hours as their own line), and everyone not yet met.
 */
export function yearStats(
  rulebook: RulebookId,
  year: number,
  staff: readonly Staff[],
  claims: readonly Claim[],
  evaluations: readonly Evaluation[],
): YearStats {
  const bank = yearBank(rulebook, year, staff, claims, { evaluations });
  const byId = new Map(staff.map((person) => [person.id, person]));
  const collator = new Intl.Collator('zh-Hans-CN');

  const departments = new Map<string, { people: number; met: number }>();
  const short: ShortRow[] = [];
  for (const row of bank) {
    const person = byId.get(row.staffId);
    const department = person === undefined ? noDepartment : departmentOf(person);
    const entry = departments.get(department) ?? { people: 0, met: 0 };
    entry.people += 1;
    if (row.met) entry.met += 1;
    departments.set(department, entry);
    if (!row.met) {
      const gap = shortfall(row);
      short.push({
        staffId: row.staffId,
        name: person?.name ?? '',
        department,
        public: row.public,
        professional: row.professional,
        gapPublic: gap.public,
        gapProfessional: gap.professional,
        gap: roundHours(gap.public + gap.professional),
      });
    }
  }

  const active = new Set(bank.map((row) => row.staffId));
  const sums = new Map<
    CategoryRow['key'],
    { claims: number; public: number; professional: number }
  >();
  const addTo = (key: CategoryRow['key'], pub: number, pro: number, count: number): void => {
    const entry = sums.get(key) ?? { claims: 0, public: 0, professional: 0 };
    entry.claims += count;
    entry.public += tenths(pub);
    entry.professional += tenths(pro);
    sums.set(key, entry);
  };
  for (const claim of claims) {
    if (claim.year !== year || !active.has(claim.staffId) || !isCredited(claim)) continue;
    const hours = creditedHoursOf(claim);
    addTo(claim.category, hours.public, hours.professional, 1);
  }
  for (const person of staff) {
    if (!active.has(person.id)) continue;
    for (const transfer of person.transferredInHours ?? []) {
      if (transfer.year === year)
        addTo('transferred', transfer.publicHours, transfer.professionalHours, 1);
    }
  }
  const categories: CategoryRow[] = [...sums.entries()]
    .map(([key, s]) => ({
      key,
      label: key === 'transferred' ? '转入学时' : categoryLabels[key],
      claims: s.claims,
      public: s.public / 10,
      professional: s.professional / 10,
      total: (s.public + s.professional) / 10,
    }))
    .sort((a, b) => b.total - a.total);

  const met = bank.filter((row) => row.met).length;
  return {
    year,
    people: bank.length,
    met,
    rate: percent(met, bank.length),
    departments: [...departments.entries()]
      .map(([department, d]) => ({ department, ...d, rate: percent(d.met, d.people) }))
      .sort((a, b) => a.rate - b.rate || collator.compare(a.department, b.department)),
    categories,
    short: short.sort((a, b) => b.gap - a.gap || collator.compare(a.name, b.name)),
    shortPublic: short.filter((s) => s.gapPublic > 0).length,
    shortProfessional: short.filter((s) => s.gapProfessional > 0).length,
  };
}
