import type { Claim, Hours, RulebookId, Staff } from '../contract/index.ts';
import { evaluateAll, type EvaluateOptions } from '../rules/evaluate-all.ts';
import { creditedHoursOf, isCredited } from '../rules/ledger.ts';
import { addHours, totalOf, zeroHours } from '../rules/rounding.ts';
import type { Evaluation, Rulebook } from '../rules/types.ts';

/** 公需 ≥ 30 and 专业 ≥ 60 a year (000; 001 三; 003 二; 004 二); surplus in one never fills the other. */
export const yearRequirement: Hours = { public: 30, professional: 60 };

export interface BankHours {
  readonly public: number;
  readonly professional: number;
  readonly total: number;
  readonly met: boolean;
}

export interface BankRow extends BankHours {
  readonly staffId: string;
  readonly year: number;
  /** The bank if every pending claim of the year is approved as suggested. */
  readonly projected: BankHours;
}

export interface BankOptions extends EvaluateOptions {
  /** Evaluations already made for these claims (by `evaluateAll`), so they are not made twice. */
  readonly evaluations?: readonly Evaluation[];
}

export function isMet(hours: Hours): boolean {
  return (
    hours.public >= yearRequirement.public && hours.professional >= yearRequirement.professional
  );
}

/** What is still missing to complete the year, per subject (0 when met). */
export function shortfall(hours: Hours): Hours {
  return addHours(zeroHours, {
    public: Math.max(0, yearRequirement.public - hours.public),
    professional: Math.max(0, yearRequirement.professional - hours.professional),
  });
}

function bankHours(hours: Hours): BankHours {
  return {
    public: hours.public,
    professional: hours.professional,
    total: totalOf(hours),
    met: isMet(hours),
  };
}

function isActive(staff: Staff): boolean {
  return !staff.deleted && staff.status === 'active';
}

/**
 * The year bank (学时银行) of every active staff member, in input order: credited claims of the
 * year plus certified transfer-in hours (000 二（二）合并计算), and apart from it the projection
 * with every pending claim approved as suggested.
 */
export function yearBank(
  rulebook: Rulebook | RulebookId,
  year: number,
  staff: readonly Staff[],
  claims: readonly Claim[],
  options: BankOptions = {},
): BankRow[] {
  const active = staff.filter(isActive);
  const wanted = new Set(active.map((person) => person.id));
  const banked = new Map<string, Hours>();
  const pendingOf = new Map<string, Claim>();
  const ownClaims: Claim[] = [];
  for (const claim of claims) {
    if (!wanted.has(claim.staffId)) continue;
    ownClaims.push(claim);
    if (claim.year !== year) continue;
    if (isCredited(claim)) {
      banked.set(
        claim.staffId,
        addHours(banked.get(claim.staffId) ?? zeroHours, creditedHoursOf(claim)),
      );
    } else if (claim.status === 'submitted' && !claim.deleted) {
      pendingOf.set(claim.id, claim);
    }
  }
  const projectedExtra = new Map<string, Hours>();
  const evaluations = options.evaluations ?? evaluateAll(rulebook, ownClaims, options);
  for (const evaluation of evaluations) {
    const claim = pendingOf.get(evaluation.claimId);
    if (claim === undefined || evaluation.suggestion !== 'approve') continue;
    projectedExtra.set(
      claim.staffId,
      addHours(projectedExtra.get(claim.staffId) ?? zeroHours, evaluation.credited),
    );
  }
  return active.map((person) => {
    let bank = banked.get(person.id) ?? zeroHours;
    for (const transfer of person.transferredInHours ?? []) {
      if (transfer.year === year) {
        bank = addHours(bank, {
          public: transfer.publicHours,
          professional: transfer.professionalHours,
        });
      }
    }
    const projected = addHours(bank, projectedExtra.get(person.id) ?? zeroHours);
    return { staffId: person.id, year, ...bankHours(bank), projected: bankHours(projected) };
  });
}
