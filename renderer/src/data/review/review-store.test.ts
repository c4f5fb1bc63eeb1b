import { afterEach, describe, expect, it } from 'vitest';
import type { Claim, Staff } from '#shared/contract/index.ts';
import { evidence } from '#shared/rules/test-support.ts';
import { fakeClaim, fakeStaff } from '#shared/sheets/test-data.ts';
import { closeReviewerDatabase, type ReviewerDatabase } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { buildInbox } from './inbox-rows.ts';
import { createReviewStore } from './review-store.ts';

let opened: ReviewerDatabase | undefined;

afterEach(async () => {
  if (opened !== undefined) await closeReviewerDatabase(opened);
  opened = undefined;
});

const stored = <T extends { deleted: boolean }>({ deleted: _deleted, ...record }: T) => record;
const pending = (n: number, staffId: string, overrides: Partial<Claim> = {}) =>
  fakeClaim(n, staffId, {
    status: 'submitted',
    submittedAt: `2025-03-${String(n).padStart(2, '0')}T02:00:00.000Z`,
    revision: 1,
    ...overrides,
  });

async function withReplica(staff: readonly Staff[], claims: readonly Claim[]) {
  const db = await openTestDatabase();
  opened = db;
  await db.staff.bulkInsert(staff.map(stored));
  await db.claims.bulkInsert(claims.map(stored));
  return { db, store: createReviewStore(db, 'shandong-2021', { pages: { first: 4, rest: 5 } }) };
}

const rowKeys = (store: ReturnType<typeof createReviewStore>) =>
  buildInbox(store.get()).map((row) => row.key);

describe('review store', () => {
  it('reads the replica with every pending claim evaluated and its person decrypted', async () => {
    const { store } = await withReplica(
      [fakeStaff(1), fakeStaff(2)],
      [pending(1, 's-1'), pending(2, 's-2'), fakeClaim(3, 's-1')],
    );
    await store.load();
    const snapshot = store.get();
    expect({
      rows: rowKeys(store),
      evaluated: [...snapshot.evaluations.keys()].sort(),
      idNumber: snapshot.staffById.get('s-1')?.idNumber,
      loading: snapshot.loading,
      claimsOfFirst: snapshot.claimsByStaff
        .get('s-1')
        ?.map((claim) => claim.id)
        .sort(),
    }).toEqual({
      rows: ['c-1', 'c-2'],
      evaluated: ['c-1', 'c-2'],
      idNumber: fakeStaff(1).idNumber,
      loading: false,
      claimsOfFirst: ['c-1', 'c-3'],
    });
  });

  it('paints the first page before the whole replica is read', async () => {
    const staff = Array.from({ length: 6 }, (_, n) => fakeStaff(n + 1));
    const claims = Array.from({ length: 12 }, (_, n) => pending(n + 1, `s-${(n % 6) + 1}`));
    const { store } = await withReplica(staff, claims);
    const seen: { rows: number; loading: boolean }[] = [];
    store.subscribe(() => {
      const snapshot = store.get();
      seen.push({ rows: buildInbox(snapshot).length, loading: snapshot.loading });
    });
    await store.load();
    // The first page (four claims, read by id) with its people, then everything.
    expect({ first: seen[0], last: seen.at(-1) }).toEqual({
      first: { rows: 4, loading: true },
      last: { rows: 12, loading: false },
    });
  });

  it('says at once that records are arriving when a pull starts, and stops saying so after it', async () => {
    const { store } = await withReplica([], []);
    await store.load();
    store.setReceiving(true);
    expect(store.get().loading).toBe(true);
    store.setReceiving(false);
    await expect.poll(() => store.get().loading).toBe(false);
  });

  it('follows the replica: new records arrive, an older revision never replaces a newer one, a tombstone removes', async () => {
    const { db, store } = await withReplica([fakeStaff(1)], [pending(1, 's-1')]);
    await store.load();
    await db.staff.bulkInsert([stored(fakeStaff(2))]);
    await db.claims.bulkInsert([stored(pending(2, 's-2'))]);
    await db.claims.upsert(stored(pending(1, 's-1', { title: '新标题', revision: 3 })));
    await store.settled();
    expect({
      rows: rowKeys(store),
      title: store.get().claims.find((claim) => claim.id === 'c-1')?.title,
      evaluated: [...store.get().evaluations.keys()].sort(),
    }).toEqual({ rows: ['c-1', 'c-2'], title: '新标题', evaluated: ['c-1', 'c-2'] });

    await db.claims.bulkRemove(['c-2']);
    await store.settled();
    expect({ rows: rowKeys(store), evaluated: [...store.get().evaluations.keys()] }).toEqual({
      rows: ['c-1'],
      evaluated: ['c-1'],
    });
  });

  it('evaluates a claim again when another claim of the same person arrives', async () => {
    // Assignments count 30 公需 and 60 专业 a year together: an earlier one leaves less room.
    const assignment = (months: number) => ({
      category: 'assignment' as const,
      details: { months },
      year: 2025,
      attachments: [evidence],
    });
    const { db, store } = await withReplica([fakeStaff(1)], [pending(9, 's-1', assignment(6))]);
    await store.load();
    const before = store.get().evaluations.get('c-9')?.credited;
    await db.claims.bulkInsert([
      stored(
        fakeClaim(2, 's-1', {
          ...assignment(8),
          submittedAt: '2025-03-01T02:00:00.000Z',
          creditedHours: { public: 20, professional: 40 },
        }),
      ),
    ]);
    await store.settled();
    expect({ before, after: store.get().evaluations.get('c-9')?.credited }).toEqual({
      before: { public: 15, professional: 30 },
      after: { public: 10, professional: 20 },
    });
  });
});
