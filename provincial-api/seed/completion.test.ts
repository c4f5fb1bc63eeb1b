import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Staff } from '../../shared/contract/index.ts';
import { openTestPglite } from '../conformance/template.ts';
import type { Database } from '../db/database.ts';
import { creditedOf, yearGoal } from './completion.ts';
import { seed } from './seed.ts';

// Demo realism (issue 13): shares of staff who have met the year, relative to today.
const fixedNow = Date.parse('2026-09-15T02:00:00.000Z');
let db: Database;
beforeAll(async () => {
  db = await openTestPglite();
  await seed({ db, units: 2, staff: 120, claims: 800, randomSeed: 13, now: () => fixedNow });
});
afterAll(() => db.close());

const docs = async <T>(table: string, unitId: string) =>
  (await db.query<{ doc: T }>(`SELECT doc FROM ${table} WHERE unit_id = $1`, [unitId])).map(
    (row) => row.doc,
  );

describe('seeded completion', () => {
  it('has 40–60 % of active staff met this year, the rest short by varied amounts, and most met last year', async () => {
    for (const unitId of ['U0001', 'U0002']) {
      const staff = (await docs<Staff>('staff', unitId)).filter((s) => s.status === 'active');
      const claims = await docs<Claim>('claims', unitId);
      const shortfall = (id: string, year: number) => {
        const credited = creditedOf(claims, id, year);
        return (
          Math.max(0, yearGoal.public - credited.public) +
          Math.max(0, yearGoal.professional - credited.professional)
        );
      };
      const thisYear = staff.map((s) => shortfall(s.id, 2026));
      const lastYear = staff.map((s) => shortfall(s.id, 2025));
      const metShare = thisYear.filter((n) => n === 0).length / staff.length;
      expect(metShare).toBeGreaterThanOrEqual(0.4);
      expect(metShare).toBeLessThanOrEqual(0.6);
      expect(new Set(thisYear.filter((n) => n > 0)).size).toBeGreaterThanOrEqual(10);
      expect(lastYear.filter((n) => n === 0).length / staff.length).toBeGreaterThanOrEqual(0.7);
      expect(claims).toHaveLength(800);
      expect(claims.every((c) => c.submittedAt <= new Date(fixedNow).toISOString())).toBe(true);
    }
  });

  it('gives the same demo for the same seed', async () => {
    const again = await openTestPglite();
    try {
      await seed({
        db: again,
        units: 1,
        staff: 120,
        claims: 800,
        randomSeed: 13,
        now: () => fixedNow,
      });
      const read = async (d: Database) =>
        (
          await d.query<{ doc: Claim }>(
            "SELECT doc FROM claims WHERE unit_id = 'U0001' ORDER BY id",
          )
        ).map((row) => row.doc);
      expect(await read(again)).toEqual(await read(db));
    } finally {
      await again.close();
    }
  }, 180_000);
});
