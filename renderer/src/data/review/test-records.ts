import type { Staff } from '#shared/contract/index.ts';
import { claimOf } from '#shared/rules/test-support.ts';
import type { StoredClaim, StoredStaff } from './working-set.ts';

/** Test records for the working set: an active person, with a 诚信档案 record when given. */
export const person = (id: string, integrityRecords?: Staff['integrityRecords']): StoredStaff => ({
  id,
  unitId: 'u-1',
  name: `人员${id}`,
  idNumber: '11010519491231002X',
  status: 'active',
  ...(integrityRecords === undefined ? {} : { integrityRecords }),
  updatedAt: '2025-01-01T00:00:00.000Z',
  revision: integrityRecords === undefined ? 1 : 2,
});

/** A claim the rules suggest approving (a city-level competition). */
export const approvable = (id: string, staffId: string): StoredClaim => {
  const { deleted: _deleted, ...claim } = claimOf({
    id,
    staffId,
    category: 'competition',
    details: { level: 'city' },
    submittedAt: '2025-03-01T08:00:00.000Z',
  });
  return claim;
};
