import { shortfall, yearBank, yearRequirement, type BankHours } from '#shared/bank/index.ts';
import type { Claim, Hours, RulebookId, Staff, Unit } from '#shared/contract/index.ts';
import { categoryLabels, creditedHoursOf, isCredited, totalOf } from '#shared/rules/index.ts';
import { bySubmission } from '#shared/rules/ledger.ts';
import { maskIdNumber } from '#shared/validators/index.ts';

/** One line of the proof: a credited claim, or hours transferred in from another unit. */
export interface CertificateLine {
  readonly title: string;
  readonly kind: string;
  readonly period: string;
  readonly hours: Hours;
}

/** 年度学时证明: what one person completed in a year, for their title application. */
export interface Certificate {
  readonly unitName: string;
  readonly year: number;
  readonly person: {
    readonly name: string;
    readonly idNumber: string;
    readonly department: string;
    readonly title: string;
  };
  readonly hours: BankHours;
  readonly requirement: Hours;
  readonly missing: Hours;
  readonly lines: readonly CertificateLine[];
}

export interface CertificateInput {
  readonly unit: Unit;
  readonly rulebook: RulebookId;
  readonly year: number;
  readonly person: Staff;
  /** The person's claims (others are ignored). */
  readonly claims: readonly Claim[];
  /** Full 身份证号 only when the reviewer chooses it; masked by default. */
  readonly isFullIdNumber: boolean;
}

function period(claim: Claim): string {
  if (claim.startDate === undefined) return '';
  if (claim.endDate === undefined || claim.endDate === claim.startDate) return claim.startDate;
  return `${claim.startDate} 至 ${claim.endDate}`;
}

/**
 * The year's credited hours as the year bank counts them (credited claims and certified
 * transfers), each listed. Pending claims and local decisions not yet accepted by the platform
 * are not credited, so they are not printed.
 */
export function certificateOf(input: CertificateInput): Certificate {
  const { person, year } = input;
  const own = input.claims.filter((claim) => claim.staffId === person.id);
  const [row] = yearBank(input.rulebook, year, [{ ...person, status: 'active' }], own, {
    evaluations: [],
  });
  const hours: BankHours = row ?? { public: 0, professional: 0, total: 0, met: false };
  const credited = own
    .filter((claim) => claim.year === year && isCredited(claim))
    // In the order the courses took place, as a proof reads.
    .sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '') || bySubmission(a, b))
    .map((claim) => ({
      title: claim.title,
      kind: categoryLabels[claim.category],
      period: period(claim),
      hours: creditedHoursOf(claim),
    }))
    .filter((line) => totalOf(line.hours) > 0);
  const transfers = (person.transferredInHours ?? [])
    .filter((transfer) => transfer.year === year)
    .map((transfer) => ({
      title: `调入前单位认定学时（证书编号 ${transfer.certificateNo}）`,
      kind: '调入学时',
      period: '',
      hours: { public: transfer.publicHours, professional: transfer.professionalHours },
    }));
  return {
    unitName: input.unit.name,
    year,
    person: {
      name: person.name,
      idNumber: input.isFullIdNumber ? person.idNumber : maskIdNumber(person.idNumber),
      department: person.department ?? '',
      title: person.title ?? '',
    },
    hours: {
      public: hours.public,
      professional: hours.professional,
      total: hours.total,
      met: hours.met,
    },
    requirement: yearRequirement,
    missing: shortfall(hours),
    lines: [...credited, ...transfers],
  };
}
