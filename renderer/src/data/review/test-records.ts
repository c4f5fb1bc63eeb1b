import type { Staff } from '#shared/contract/index.ts';
import { claimOf } from '#shared/rules/test-support.ts';
import { buildInbox, type InboxItem } from './inbox-rows.ts';
import {
  createWorkingSet,
  type StoredClaim,
  type StoredStaff,
  type WorkingSet,
} from './working-set.ts';

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

/** A weihai-2022 working set holding these people and claims, evaluated. */
export async function evaluatedSet(
  people: readonly StoredStaff[],
  claims: readonly StoredClaim[],
): Promise<WorkingSet> {
  const set = createWorkingSet('weihai-2022');
  set.applyStaff(people.map((record) => ({ kind: 'put', record })));
  set.applyClaims(claims.map((record) => ({ kind: 'put', record })));
  await set.evaluateStale();
  return set;
}

/** The inbox of three approvable claims of two people: named-else, reused and clean. */
export async function threeClaimInbox(): Promise<InboxItem[]> {
  const set = await evaluatedSet(
    [person('s-1'), person('s-2')],
    [approvable('named-else', 's-1'), approvable('reused', 's-2'), approvable('clean', 's-2')],
  );
  return inboxOfView(set.view());
}

/** The inbox of a working set's view (weihai-2022), with nothing decided on this machine. */
export function inboxOfView(view: ReturnType<WorkingSet['view']>): InboxItem[] {
  return buildInbox({
    ...view,
    decisions: new Map(),
    rulebook: 'weihai-2022',
    loading: false,
    version: 1,
  });
}
