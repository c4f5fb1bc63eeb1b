import { describe, expect, it } from 'vitest';
import { fakeClaim, fakeStaff, testUnit } from '#shared/sheets/test-data.ts';
import { yearSummaryOf } from './year-summary.ts';

describe('yearSummaryOf', () => {
  const staff = [
    fakeStaff(1, { department: '外科' }),
    fakeStaff(2, { department: undefined }),
    fakeStaff(3, { department: '内科' }),
    fakeStaff(4, { status: 'transferred_out' }),
  ];
  const claims = [
    fakeClaim(1, 's-1', { creditedHours: { public: 30, professional: 60 } }),
    fakeClaim(2, 's-3', { creditedHours: { public: 10, professional: 20.5 } }),
  ];
  const summary = yearSummaryOf({
    unit: testUnit,
    rulebook: 'shandong-2021',
    year: 2025,
    staff,
    claims,
    evaluations: [],
    isFullIdNumber: false,
  });

  it('lists active staff by department in Chinese order, those without one last', () => {
    expect(summary.rows.map((row) => [row.name, row.department])).toEqual([
      [staff[2]?.name, '内科'],
      [staff[0]?.name, '外科'],
      [staff[1]?.name, ''],
    ]);
  });

  it('gives each row its hours, whether met and what is missing, with the ID masked', () => {
    expect(summary.rows[0]).toEqual({
      name: staff[2]?.name,
      idNumber: `${staff[2]?.idNumber.slice(0, 6) ?? ''}********${staff[2]?.idNumber.slice(14) ?? ''}`,
      department: '内科',
      title: '主治医师',
      public: 10,
      professional: 20.5,
      total: 30.5,
      met: false,
      missing: { public: 20, professional: 39.5 },
    });
  });

  it('totals the hours, the gaps and who met the year', () => {
    expect(summary.totals).toEqual({
      public: 40,
      professional: 80.5,
      total: 120.5,
      missing: { public: 50, professional: 99.5 },
      metCount: 1,
    });
  });
});
