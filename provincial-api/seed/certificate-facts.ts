import type { Category, Claim, Staff } from '../../shared/contract/index.ts';
import type { CertificateFacts } from './certificate-layouts.ts';
import type { Random } from './random.ts';

/** What a seeded certificate prints: the claim's own facts, or the same with one thing wrong. */

export type Mismatch = 'name' | 'hours' | 'date';

const hourCategories: readonly Category[] = ['training', 'expert_service', 'other'];

const dayMs = 86_400_000;
const isoAdd = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * dayMs).toISOString().slice(0, 10);

function claimWindow(claim: Omit<Claim, 'updatedAt'>): [string, string] {
  return claim.startDate !== undefined && claim.endDate !== undefined
    ? [claim.startDate, claim.endDate]
    : [`${String(claim.year)}-01-01`, `${String(claim.year)}-12-31`];
}

/** What the certificate of a claim prints when it tells the truth. */
export function honestFacts(
  r: Random,
  claim: Omit<Claim, 'updatedAt'>,
  staff: Omit<Staff, 'updatedAt'>,
): CertificateFacts {
  const submitted = claim.submittedAt.slice(0, 10);
  const yearEnd = `${String(claim.year)}-12-31`;
  const day =
    claim.startDate ??
    [
      isoAdd(submitted < yearEnd ? submitted : yearEnd, -r.int(5, 40)),
      `${String(claim.year)}-01-02`,
    ]
      .sort()
      .at(-1) ??
    yearEnd;
  const endDate = claim.endDate ?? day;
  return {
    name: staff.name,
    idNumber: staff.idNumber,
    title: claim.title,
    organizer: claim.organizer ?? '单位人事部门',
    startDate: day,
    endDate,
    hours: hourCategories.includes(claim.category) ? claim.claimedHours : undefined,
    certificateNo: `${r.pick(['JX', 'PX', 'ZS', 'XS'])}${String(claim.year)}${String(r.int(100_000, 999_999))}`,
    issueDate: isoAdd(endDate, r.int(1, 12)),
  };
}

/** The same facts with one thing wrong, as a false claim would carry them. */
export function falsified(
  r: Random,
  facts: CertificateFacts,
  kind: Mismatch,
  others: readonly Omit<Staff, 'updatedAt'>[],
): CertificateFacts {
  switch (kind) {
    case 'name': {
      const other = others.find((s) => s.name !== facts.name) ?? others[0];
      return other === undefined ? facts : { ...facts, name: other.name, idNumber: other.idNumber };
    }
    case 'hours':
      return {
        ...facts,
        hours: Math.max(1, Math.floor((facts.hours ?? 0) * r.pick([0.25, 0.5, 0.6]))),
      };
    case 'date': {
      const shift = r.chance(0.5) ? -365 : r.pick([-1, 1]) * r.int(30, 90);
      const startDate = isoAdd(facts.startDate, shift);
      const endDate = isoAdd(facts.endDate, shift);
      return { ...facts, startDate, endDate, issueDate: isoAdd(endDate, r.int(1, 12)) };
    }
  }
}

export function mismatchesOf(
  facts: CertificateFacts,
  claim: Omit<Claim, 'updatedAt'>,
  staff: Omit<Staff, 'updatedAt'>,
): Mismatch[] {
  const [from, to] = claimWindow(claim);
  const list: Mismatch[] = [];
  if (facts.name !== staff.name) list.push('name');
  if (facts.hours !== undefined && facts.hours < claim.claimedHours) list.push('hours');
  if (facts.startDate < from || facts.endDate > to) list.push('date');
  return list;
}
