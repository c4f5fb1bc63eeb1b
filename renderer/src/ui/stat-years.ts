import type { Claim, Staff } from '#shared/contract/index.ts';

/** Years offered in the picker: those with claims or transfers, and always the current one. */
export function statYears(
  staff: readonly Staff[],
  claims: readonly Claim[],
  now: number,
): number[] {
  const years = new Set<number>([now]);
  for (const claim of claims) years.add(claim.year);
  for (const person of staff) for (const t of person.transferredInHours ?? []) years.add(t.year);
  return [...years].filter((y) => y <= now + 1).sort((a, b) => b - a);
}
