import type { Claim, Hours, RulebookId, Staff } from '../contract/index.ts';
import { evaluateAll, type EvaluateOptions } from '../rules/evaluate-all.ts';
import { creditedHoursOf, isCredited } from '../rules/ledger.ts';
import { addHours, roundHours, totalOf, zeroHours } from '../rules/rounding.ts';
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

/** Pairs each pending claim with its evaluation: by position when the evaluations were made on
 * the same array (the usual case, no lookups), by id otherwise. */
function pairPending(
  claims: readonly Claim[],
  evaluations: readonly Evaluation[],
  visit: (claim: Claim, evaluation: Evaluation) => void,
): void {
  let next = 0;
  const pending: Claim[] = [];
  let aligned = true;
  for (const claim of claims) {
    if (claim.deleted || claim.status !== 'submitted') continue;
    pending.push(claim);
    if (aligned && evaluations[next]?.claimId !== claim.id) aligned = false;
    next += 1;
  }
  if (aligned && next === evaluations.length) {
    pending.forEach((claim, index) => {
      const evaluation = evaluations[index];
      if (evaluation !== undefined) visit(claim, evaluation);
    });
    return;
  }
  const byId = new Map(pending.map((claim) => [claim.id, claim]));
  for (const evaluation of evaluations) {
    const claim = byId.get(evaluation.claimId);
    if (claim !== undefined) visit(claim, evaluation);
  }
}

/** Sums kept in whole tenths of an hour: exact, so the order of claims cannot change a total. */
const tenths = (hours: number): number => Math.round(roundHours(hours) * 10);

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
  const index = new Map(active.map((person, i) => [person.id, i]));
  const bank = {
    public: new Array<number>(active.length).fill(0),
    professional: new Array<number>(active.length).fill(0),
  };
  const extra = {
    public: new Array<number>(active.length).fill(0),
    professional: new Array<number>(active.length).fill(0),
  };
  const add = (into: typeof bank, at: number, hours: Hours): void => {
    into.public[at] = (into.public[at] ?? 0) + tenths(hours.public);
    into.professional[at] = (into.professional[at] ?? 0) + tenths(hours.professional);
  };
  const own: Claim[] = [];
  for (const claim of claims) {
    const at = index.get(claim.staffId);
    if (at === undefined) continue;
    own.push(claim);
    if (claim.year === year && isCredited(claim)) add(bank, at, creditedHoursOf(claim));
  }
  const evaluations = options.evaluations;
  pairPending(
    evaluations === undefined ? own : claims,
    evaluations ?? evaluateAll(rulebook, own, options),
    (claim, evaluation) => {
      const at = index.get(claim.staffId);
      if (at === undefined || claim.year !== year || evaluation.suggestion !== 'approve') return;
      add(extra, at, evaluation.credited);
    },
  );
  return active.map((person, at) => {
    for (const transfer of person.transferredInHours ?? []) {
      if (transfer.year === year) {
        add(bank, at, { public: transfer.publicHours, professional: transfer.professionalHours });
      }
    }
    const banked = {
      public: (bank.public[at] ?? 0) / 10,
      professional: (bank.professional[at] ?? 0) / 10,
    };
    const projected = {
      public: ((bank.public[at] ?? 0) + (extra.public[at] ?? 0)) / 10,
      professional: ((bank.professional[at] ?? 0) + (extra.professional[at] ?? 0)) / 10,
    };
    return { staffId: person.id, year, ...bankHours(banked), projected: bankHours(projected) };
  });
}
