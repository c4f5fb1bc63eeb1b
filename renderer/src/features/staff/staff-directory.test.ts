import { describe, expect, it } from 'vitest';
import { evaluateAll } from '#shared/rules/index.ts';
import { fakeClaim, fakeStaff } from '#shared/sheets/test-data.ts';
import { maskIdNumber } from '#shared/validators/index.ts';
import { departmentsOf, noDepartment } from '../../ui/department.ts';
import { filterStaff, personYears } from './staff-directory.ts';

describe('filterStaff', () => {
  const staff = [
    fakeStaff(1, { name: '张伟', department: '内科' }),
    fakeStaff(2, { name: '李娜', department: '外科' }),
    fakeStaff(3, { name: '张敏', department: '外科', status: 'pending_registration' }),
    fakeStaff(4, { name: '王芳', department: '', deleted: true }),
  ];

  it('matches part of a name when the query is Chinese', () => {
    expect(filterStaff(staff, { query: '张' }).map((p) => p.name)).toEqual(['张伟', '张敏']);
  });

  it('matches the 身份证号 anywhere, ignoring spaces and full-width digits', () => {
    const id = staff[1]?.idNumber ?? '';
    const tail = id.slice(-4).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(filterStaff(staff, { query: ` ${tail} ` }).map((p) => p.name)).toContain('李娜');
  });

  it('keeps one department and the asked statuses only', () => {
    expect(
      filterStaff(staff, { query: '', department: '外科', statuses: ['active'] }).map(
        (p) => p.name,
      ),
    ).toEqual(['李娜']);
  });

  it('never lists removed records', () => {
    expect(filterStaff(staff, { query: '王芳' })).toEqual([]);
  });
});

describe('departmentsOf', () => {
  it('names people without a department and lists each department once', () => {
    const list = departmentsOf([
      fakeStaff(1, { department: '外科' }),
      fakeStaff(2, { department: '外科' }),
      fakeStaff(3, { department: ' ' }),
    ]);
    expect(list).toHaveLength(2);
    expect(list).toContain(noDepartment);
    expect(list).toContain('外科');
  });
});

describe('maskIdNumber', () => {
  it('keeps the region code and the last four when the number has 18 characters', () => {
    expect(maskIdNumber('37060219900101123X')).toBe('370602********123X');
  });
});

describe('personYears', () => {
  const person = fakeStaff(1, {
    transferredInHours: [
      { year: 2024, publicHours: 30, professionalHours: 20, certificateNo: 'Z1' },
    ],
  });
  const claims = [
    fakeClaim(1, person.id, { year: 2024, creditedHours: { public: 0, professional: 40 } }),
    fakeClaim(2, person.id, {
      year: 2025,
      status: 'submitted',
      creditedHours: undefined,
      startDate: '2025-03-01',
      endDate: '2025-03-02',
      attachments: [
        {
          id: 'a',
          fileName: '证明.pdf',
          mimeType: 'application/pdf',
          size: 1,
          sha256: 'a'.repeat(64),
        },
      ],
    }),
  ];
  const evaluations = new Map(evaluateAll('shandong-2021', claims).map((e) => [e.claimId, e]));

  it('merges transferred-in hours into the bank of their year and says how much they are', () => {
    const years = personYears('shandong-2021', person, claims, evaluations, 2026);
    expect(years.map((y) => y.year)).toEqual([2026, 2025, 2024]);
    const y2024 = years.find((y) => y.year === 2024);
    expect(y2024?.bank).toMatchObject({ public: 30, professional: 60, total: 90, met: true });
    expect(y2024?.transferred).toEqual({ public: 30, professional: 20 });
  });

  it('keeps pending claims out of the bank and in the projection when suggested for approval', () => {
    const y2025 = personYears('shandong-2021', person, claims, evaluations, 2025)[0];
    expect(y2025?.bank.total).toBe(0);
    expect(y2025?.pendingCount).toBe(1);
    expect(y2025?.projected.professional).toBe(16);
  });

  it('counts a person still waiting for registration the same way', () => {
    const waiting = { ...person, status: 'pending_registration' as const };
    const years = personYears('shandong-2021', waiting, claims, evaluations, 2024);
    const y2024 = years.find((y) => y.year === 2024);
    expect(y2024?.bank.total).toBe(90);
  });
});
