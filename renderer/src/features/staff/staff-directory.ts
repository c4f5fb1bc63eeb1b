import type { Claim, Staff } from '../../../../shared/contract/index.ts';
import { yearBank, type BankHours } from '../../../../shared/bank/index.ts';
import type { Evaluation, Rulebook } from '../../../../shared/rules/index.ts';
import type { RulebookId } from '../../../../shared/contract/index.ts';
import { maskIdNumber } from '../../../../shared/validators/index.ts';
import { roundHours } from '../../../../shared/rules/rounding.ts';

export { maskIdNumber };

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

export interface StaffFilter {
  /** Part of a name, or of a 身份证号 (the check letter in either case). */
  readonly query: string;
  /** undefined: every department. */
  readonly department?: string | undefined;
  /** Which statuses to list; the directory shows everyone but the removed. */
  readonly statuses?: readonly Staff['status'][];
}

/**
 * One pass over the list: 20,000 people filter within a keystroke, so no index is kept. A query
 * of digits matches the 身份证号 anywhere (people search by the last four or the birth date).
 */
export function filterStaff(staff: readonly Staff[], filter: StaffFilter): Staff[] {
  const query = filter.query.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return staff.filter((person) => {
    if (person.deleted) return false;
    if (filter.statuses !== undefined && !filter.statuses.includes(person.status)) return false;
    if (filter.department !== undefined && departmentOf(person) !== filter.department) return false;
    if (query === '') return true;
    return person.name.includes(query) || person.idNumber.toUpperCase().includes(query);
  });
}

export interface PersonYear {
  readonly year: number;
  readonly bank: BankHours;
  /** Certified hours brought from a former unit that year; already inside `bank`. */
  readonly transferred: { readonly public: number; readonly professional: number } | undefined;
  /** The bank if the year's pending claims are approved as suggested. */
  readonly projected: BankHours;
  readonly pendingCount: number;
}

/**
 * A person's 学时银行 year by year, newest first: every year they have a claim or transferred-in
 * hours, and the current year even when empty, so "nothing yet" is visible.
 */
export function personYears(
  rulebook: Rulebook | RulebookId,
  person: Staff,
  claims: readonly Claim[],
  evaluations: ReadonlyMap<string, Evaluation>,
  currentYear: number,
): PersonYear[] {
  const years = new Set<number>([currentYear]);
  for (const claim of claims) if (!claim.deleted) years.add(claim.year);
  for (const transfer of person.transferredInHours ?? []) years.add(transfer.year);
  // The bank counts active staff only; a person still waiting for registration gets the same
  // arithmetic so the reviewer can see what they bring.
  const counted: Staff = { ...person, status: 'active', deleted: false };
  const pending = claims.filter((c) => !c.deleted && c.status === 'submitted');
  const ownEvaluations = pending
    .map((c) => evaluations.get(c.id))
    .filter((e): e is Evaluation => e !== undefined);
  const isEvaluated = ownEvaluations.length === pending.length;
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const [row] = yearBank(rulebook, year, [counted], claims, {
        ...(isEvaluated ? { evaluations: ownEvaluations } : {}),
      });
      const transfers = (person.transferredInHours ?? []).filter((t) => t.year === year);
      const transferred =
        transfers.length === 0
          ? undefined
          : {
              public: roundHours(transfers.reduce((sum, t) => sum + t.publicHours, 0)),
              professional: roundHours(transfers.reduce((sum, t) => sum + t.professionalHours, 0)),
            };
      const zero = { public: 0, professional: 0, total: 0, met: false };
      return {
        year,
        bank: row ?? zero,
        transferred,
        projected: row?.projected ?? zero,
        pendingCount: pending.filter((c) => c.year === year).length,
      };
    });
}
