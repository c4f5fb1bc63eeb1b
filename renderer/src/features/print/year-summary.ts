import { shortfall, yearBank, yearRequirement } from '#shared/bank/index.ts';
import type { Claim, Hours, RulebookId, Staff, Unit } from '#shared/contract/index.ts';
import { roundHours } from '#shared/rules/index.ts';
import type { Evaluation } from '#shared/rules/index.ts';
import { maskIdNumber } from '#shared/validators/index.ts';

export interface SummaryRow {
  readonly name: string;
  readonly idNumber: string;
  readonly department: string;
  readonly title: string;
  readonly public: number;
  readonly professional: number;
  readonly total: number;
  readonly met: boolean;
  readonly missing: Hours;
}

/** 年度继续教育完成情况表 for printing, the same table the roster workbook holds. */
export interface YearSummary {
  readonly unitName: string;
  readonly year: number;
  readonly requirement: Hours;
  readonly rows: readonly SummaryRow[];
  readonly totals: {
    readonly public: number;
    readonly professional: number;
    readonly total: number;
    readonly missing: Hours;
    readonly metCount: number;
  };
}

export interface YearSummaryInput {
  readonly unit: Unit;
  readonly rulebook: RulebookId;
  readonly year: number;
  readonly staff: readonly Staff[];
  readonly claims: readonly Claim[];
  /** The snapshot's evaluations, so the bank does not evaluate the claims again. */
  readonly evaluations: readonly Evaluation[];
  readonly isFullIdNumber: boolean;
}

/** Active staff by department in Chinese order (those without one last), as the roster lists them. */
export function yearSummaryOf(input: YearSummaryInput): YearSummary {
  const collator = new Intl.Collator('zh-Hans-CN');
  const byId = new Map(input.staff.map((person) => [person.id, person]));
  const bank = yearBank(input.rulebook, input.year, input.staff, input.claims, {
    evaluations: input.evaluations,
  });
  const rows = bank
    .flatMap((row, order) => {
      const person = byId.get(row.staffId);
      return person === undefined ? [] : [{ person, row, order }];
    })
    .sort(
      (a, b) =>
        collator.compare(a.person.department ?? '\uffff', b.person.department ?? '\uffff') ||
        a.order - b.order,
    )
    .map(({ person, row }) => ({
      name: person.name,
      idNumber: input.isFullIdNumber ? person.idNumber : maskIdNumber(person.idNumber),
      department: person.department ?? '',
      title: person.title ?? '',
      public: row.public,
      professional: row.professional,
      total: row.total,
      met: row.met,
      missing: shortfall(row),
    }));
  const sum = (pick: (row: SummaryRow) => number) =>
    roundHours(rows.reduce((total, row) => total + pick(row), 0));
  return {
    unitName: input.unit.name,
    year: input.year,
    requirement: yearRequirement,
    rows,
    totals: {
      public: sum((row) => row.public),
      professional: sum((row) => row.professional),
      total: sum((row) => row.total),
      missing: {
        public: sum((row) => row.missing.public),
        professional: sum((row) => row.missing.professional),
      },
      metCount: rows.filter((row) => row.met).length,
    },
  };
}
