import type { Claim, Hours, RulebookId, Staff } from '#shared/contract/index.ts';
import { yearBank } from '#shared/bank/index.ts';
import { addHours, zeroHours } from '#shared/rules/rounding.ts';
import type { TransferDoc } from '../db/schemas.ts';

/** One year of a person's bank before and after a transfer in merges the certified hours. */
export interface MergedYear {
  readonly year: number;
  readonly certified: Hours;
  readonly certificateNo: string;
  readonly before: Hours;
  readonly after: Hours;
}

/** A person's bank in one year as the shared algorithm counts it (credited claims, transfers). */
function bankOf(rulebook: RulebookId, year: number, staff: Staff, claims: readonly Claim[]): Hours {
  const [row] = yearBank(rulebook, year, [{ ...staff, status: 'active', deleted: false }], claims);
  return row === undefined ? zeroHours : { public: row.public, professional: row.professional };
}

/**
 * (000 二（二）合并计算) Each certified year of a transfer in: the person's bank in this unit before
 * (nothing, unless a record of theirs comes back to life) and after the merge.
 */
export function mergedYears(
  rulebook: RulebookId,
  transfer: TransferDoc,
  existing: Staff | undefined,
  claims: readonly Claim[],
): MergedYear[] {
  return (transfer.transferredInHours ?? []).map((certified) => {
    const before =
      existing === undefined ? zeroHours : bankOf(rulebook, certified.year, existing, claims);
    const hours = { public: certified.publicHours, professional: certified.professionalHours };
    return {
      year: certified.year,
      certified: hours,
      certificateNo: certified.certificateNo,
      before,
      after: addHours(before, hours),
    };
  });
}

/** A person's bank for every year they have hours in, latest first (the transfer out's view). */
export function personYears(
  rulebook: RulebookId,
  staff: Staff,
  claims: readonly Claim[],
): { readonly year: number; readonly hours: Hours }[] {
  const years = new Set([
    ...claims.map((claim) => claim.year),
    ...(staff.transferredInHours ?? []).map((certified) => certified.year),
  ]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => ({ year, hours: bankOf(rulebook, year, staff, claims) }));
}
