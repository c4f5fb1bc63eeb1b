import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, Staff } from '../contract/index.ts';
import { evaluateAll } from '../rules/evaluate-all.ts';
import { claimOf } from '../rules/test-support.ts';
import { shortfall, yearBank } from './year-bank.ts';

function staffOf(overrides: Partial<Staff> & Pick<Staff, 'id'>): Staff {
  return {
    unitId: 'u-1',
    name: '张三',
    idNumber: '11010519491231002X',
    status: 'active',
    updatedAt: '2025-01-01T00:00:00.000Z',
    revision: 1,
    deleted: false,
    ...overrides,
  };
}

const approved = (
  staffId: string,
  hours: { public?: number; professional?: number },
  extra: Partial<Claim> = {},
): Claim =>
  claimOf({
    category: 'training',
    staffId,
    status: 'unit_approved',
    creditedHours: hours,
    ...extra,
  });

describe('yearBank', () => {
  it('sums credited claims of the year and marks the year met when both subjects reach their minimum', () => {
    const rows = yearBank(
      'shandong-2021',
      2025,
      [staffOf({ id: 'a' })],
      [
        approved('a', { public: 30 }),
        approved('a', { professional: 45.25 }),
        claimOf({
          category: 'online_course',
          staffId: 'a',
          status: 'recorded',
          creditedHours: { professional: 14.8 },
        }),
        approved('a', { professional: 50 }, { year: 2024 }),
        approved('a', { professional: 50 }, { status: 'unit_rejected' }),
      ],
    );
    expect(rows).toEqual([
      {
        staffId: 'a',
        year: 2025,
        public: 30,
        professional: 60.1,
        total: 90.1,
        met: true,
        projected: { public: 30, professional: 60.1, total: 90.1, met: true },
      },
    ]);
  });

  it('never lets surplus public hours make up professional hours', () => {
    const [row] = yearBank(
      'shandong-2021',
      2025,
      [staffOf({ id: 'a' })],
      [approved('a', { public: 80, professional: 20 })],
    );
    expect(row).toMatchObject({ total: 100, met: false });
    expect(shortfall({ public: 80, professional: 20 })).toEqual({ public: 0, professional: 40 });
  });

  it('merges certified transfer-in hours of the year (外地调入…合并计算学时)', () => {
    const person = staffOf({
      id: 'a',
      transferredInHours: [
        { year: 2025, publicHours: 12, professionalHours: 20, certificateNo: 'ZM-1' },
        { year: 2024, publicHours: 30, professionalHours: 60, certificateNo: 'ZM-0' },
      ],
    });
    const [row] = yearBank(
      'shandong-2021',
      2025,
      [person],
      [approved('a', { public: 18, professional: 40 })],
    );
    expect(row).toMatchObject({ public: 30, professional: 60, met: true });
  });

  it('projects pending claims approved as suggested and leaves out the others', () => {
    const claims = [
      approved('a', { public: 30, professional: 40 }),
      claimOf({ category: 'competition', staffId: 'a', details: { level: 'provincial' } }),
      claimOf({
        category: 'competition',
        staffId: 'a',
        details: { level: 'national' },
        attachments: [],
      }),
    ];
    const [row] = yearBank('weihai-2022', 2025, [staffOf({ id: 'a' })], claims);
    expect(row).toMatchObject({
      professional: 40,
      met: false,
      projected: { public: 30, professional: 60, total: 90, met: true },
    });
  });

  it('lists only active staff, in input order', () => {
    const staff = [
      staffOf({ id: 'b' }),
      staffOf({ id: 'x', status: 'pending_registration' }),
      staffOf({ id: 'y', status: 'transferred_out' }),
      staffOf({ id: 'z', deleted: true }),
      staffOf({ id: 'a' }),
    ];
    expect(yearBank('shandong-2021', 2025, staff, []).map((row) => row.staffId)).toEqual([
      'b',
      'a',
    ]);
  });

  it('gives the same rows when evaluations made beforehand are passed in', () => {
    const staff = [staffOf({ id: 'a' }), staffOf({ id: 'b' })];
    const claims = [1, 2, 3, 4].map((n) =>
      claimOf({
        category: 'outcome',
        staffId: n % 2 === 0 ? 'a' : 'b',
        title: `论文${String(n)}`,
        details: { outcomeKind: 'paper' },
      }),
    );
    const evaluations = evaluateAll('weihai-2022', claims);
    expect(yearBank('weihai-2022', 2025, staff, claims, { evaluations })).toEqual(
      yearBank('weihai-2022', 2025, staff, claims),
    );
  });

  it('keeps projected hours at or above the bank and every figure to one decimal', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 300 }),
            fc.integer({ min: 0, max: 300 }),
            fc.boolean(),
          ),
          { maxLength: 12 },
        ),
        (rows) => {
          const claims = rows.map(([pub, pro, pending]) =>
            pending
              ? claimOf({ category: 'other', staffId: 'a', claimedHours: pro / 10 })
              : approved('a', { public: pub / 10, professional: pro / 10 }),
          );
          const [row] = yearBank('shandong-2021', 2025, [staffOf({ id: 'a' })], claims);
          if (row === undefined) throw new Error('no row');
          expect(row.projected.total).toBeGreaterThanOrEqual(row.total);
          for (const value of [row.public, row.professional, row.total])
            expect(Math.round(value * 10) / 10).toBe(value);
        },
      ),
    );
  });
});
