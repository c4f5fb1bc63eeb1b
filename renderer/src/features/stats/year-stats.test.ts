import { describe, expect, it } from 'vitest';
import { fakeClaim, fakeStaff } from '#shared/sheets/test-data.ts';
import { noDepartment } from '../../ui/department.ts';
import { statYears } from '../../ui/stat-years.ts';
import { yearStats } from './year-stats.ts';

const staff = [
  fakeStaff(1, { department: '内科' }),
  fakeStaff(2, { department: '内科' }),
  fakeStaff(3, { department: '外科' }),
  fakeStaff(4, { department: undefined }),
  fakeStaff(5, { department: '外科', status: 'pending_registration' }),
];
const claims = [
  // 1: met with claims alone.
  fakeClaim(1, 's-1', {
    creditedHours: { public: 30, professional: 0 },
    category: 'online_course',
  }),
  fakeClaim(2, 's-1', { creditedHours: { public: 0, professional: 60.5 } }),
  // 2: 专业 short by 20.
  fakeClaim(3, 's-2', {
    creditedHours: { public: 35, professional: 40 },
    category: 'online_course',
  }),
  // 3: a rejected claim counts for nothing.
  fakeClaim(4, 's-3', { status: 'unit_rejected', creditedHours: undefined }),
  // Another year, and a person not yet registered: both outside the stats.
  fakeClaim(5, 's-3', { year: 2024 }),
  fakeClaim(6, 's-5', {}),
];
const withTransfer = staff.map((p) =>
  p.id === 's-4'
    ? {
        ...p,
        transferredInHours: [
          { year: 2025, publicHours: 30, professionalHours: 60, certificateNo: 'Z' },
        ],
      }
    : p,
);

describe('yearStats', () => {
  const stats = yearStats('shandong-2021', 2025, withTransfer, claims, []);

  it('counts active staff only and gives the unit rate with one decimal', () => {
    expect(stats.people).toBe(4);
    expect(stats.met).toBe(2);
    expect(stats.rate).toBe(50);
  });

  it('gives each department its rate, the lowest first, and names the missing department', () => {
    expect(stats.departments).toEqual([
      { department: '外科', people: 1, met: 0, rate: 0 },
      { department: '内科', people: 2, met: 1, rate: 50 },
      { department: noDepartment, people: 1, met: 1, rate: 100 },
    ]);
  });

  it('sums credited hours by category and transferred-in hours on their own line', () => {
    const byKey = new Map(stats.categories.map((c) => [c.key, c]));
    expect(byKey.get('online_course')).toMatchObject({
      claims: 2,
      public: 65,
      professional: 40,
      total: 105,
    });
    expect(byKey.get('training')).toMatchObject({ claims: 1, professional: 60.5, total: 60.5 });
    expect(byKey.get('transferred')).toMatchObject({ label: '转入学时', total: 90 });
    expect(stats.categories[0]?.key).toBe('online_course');
  });

  it('lists those not met with what each still lacks, the furthest first', () => {
    expect(stats.short.map((s) => [s.staffId, s.gapPublic, s.gapProfessional, s.gap])).toEqual([
      ['s-3', 30, 60, 90],
      ['s-2', 0, 20, 20],
    ]);
    expect(stats.shortPublic).toBe(1);
    expect(stats.shortProfessional).toBe(2);
  });

  it('gives a rate of 0 when nobody is active', () => {
    expect(yearStats('shandong-2021', 2025, [], [], []).rate).toBe(0);
  });
});

describe('statYears', () => {
  it('offers the current year even without claims, newest first', () => {
    expect(statYears(staff, claims, 2026)).toEqual([2026, 2025, 2024]);
  });
});
